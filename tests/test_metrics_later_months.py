"""Figures of months from a later one on (3月至12月, 5月至当年底, 6-9月), as reports write them: a part of the year,
not the year's, in a yearly report and in a news item alike.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text", [
    "2024年4月至12月,全区共受理行政复议案件71件,审结66件。",
    "2024年6月至当年底,全县行政机关负责人出庭应诉97件,出庭应诉率为64%。",
    "6-9月,各调解组织共调解矛盾纠纷540件。",
    "全县8月至11月共办理法律援助案件215件。",
])
@pytest.mark.parametrize("plans_next_year", [True, False])
def test_later_months_give_no_yearly_figure(text, plans_next_year):
    assert facts(text, plans_next_year=plans_next_year) == []


@pytest.mark.parametrize("text, expected", [
    # the whole year (1-12月), a year's count said after the months, or an event's month
    ("1-12月,全区共受理行政复议案件71件。", [("reconsideration_received", 71, 2024, False)]),
    ("4月至12月开展专项整治。全年共受理行政复议案件71件。", [("reconsideration_received", 71, 2024, False)]),
    ("2024年4月至12月开展专项整治,全年共受理行政复议案件71件。", [("reconsideration_received", 71, 2024, False)]),
])
def test_a_years_figure_stays(text, expected):
    assert facts(text) == expected


def test_a_title_naming_the_months_gives_them_as_its_own():
    text = "城南区2024年6-9月矛盾纠纷排查化解情况通报\n6-9月,各调解组织共调解矛盾纠纷540件。"
    assert facts(text) == [("mediation_cases", 540, 2024, False)]
