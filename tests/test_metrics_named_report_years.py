"""去年 after the year of a report or a meeting a news item names as its source (公布了2016年全省…统计分析报告,…去年…;
从2016年度工作总结会上获悉,去年…) counts from the item's own date: that year names the report, not the figures 去年 counts
back from. A year whose figures the sentence states (2022年受理…,去年…) is still the one counted back from.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metrics_intake_kinds_and_this_year import facts

_DATED = {"published_year": 2017, "plans_next_year": False}


@pytest.mark.parametrize("text, expected", [
    # a statistics report the item names
    ("青禾市法制办近日公布了2016年全市行政复议案件统计分析报告,全市各级行政复议机关去年共收到行政复议申请371件。",
     [("reconsideration_received", 371, 2016)]),
    # …the year said with 年度, the report named as the one the reporter learned it from (…报告中获悉)
    ("记者从青禾县司法局2016年度人民调解工作报告中获悉,去年全县人民调解组织共调解矛盾纠纷1318件。",
     [("mediation_cases", 1318, 2016)]),
    # a meeting's year
    ("记者从白沙区司法局召开的2016年度工作总结会上获悉,去年全区人民调解组织共调解矛盾纠纷926件。",
     [("mediation_cases", 926, 2016)]),
    ("在2016年全县司法行政工作会议上,县司法局局长介绍,去年全县共办理法律援助案件245件。",
     [("legal_aid_cases", 245, 2016)]),
    # a year whose figures are stated: 去年 counts back from it
    ("2015年全县受理行政复议案件48件,去年受理行政复议案件41件。",
     [("reconsideration_received", 41, 2014), ("reconsideration_received", 48, 2015)]),
])
def test_a_past_year_after_a_named_reports_year_counts_from_the_items_date(text, expected):
    assert facts(text, 2016, **_DATED) == expected
