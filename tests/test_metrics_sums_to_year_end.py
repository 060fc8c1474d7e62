"""Counts summed up to a year's end (截至2024年底, 截止2024年末, 到2024年底) with 累计, or since a start said before in the paragraph:
the sum of every year since, no one year's; the same date alone, or after a start within the year, is the year's.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text", [
    "自2020年开展行政复议规范化建设以来,渠道更加畅通。\n截至2024年底,累计受理行政复议案件412件。",
    "截止2024年末,全县累计受理行政复议案件412件。",
    "自2021年起推行复议体制改革,截至2024年底,全县共受理行政复议案件412件。",
    # 到 or 至 a year's end, as 截至 (not a span's end: 2021年到2024年底 is a span of years)
    "自2020年开展行政复议规范化建设以来,到2024年底,累计受理行政复议案件412件。",
    "至2024年底,全县累计受理行政复议案件412件。",
])
def test_a_count_summed_to_a_years_end_has_no_year(text):
    assert facts(text) == [("reconsideration_received", 412, None, False)]


@pytest.mark.parametrize("text", [
    "截至2024年底,全县共受理行政复议案件41件。",
    "2024年以来,复议工作稳步推进,截至2024年底,全县共受理行政复议案件41件。",
    "截至2024年底,全县全年累计受理行政复议案件41件。",
    "到2024年底,全县共受理行政复议案件41件。",
    # a start said in another paragraph, without 累计: nothing says the count runs from it
    "自2021年起推行复议体制改革。\n截至2024年底,全县共受理行政复议案件41件。",
])
def test_a_count_to_a_years_end_of_its_own_year_keeps_the_year(text):
    assert facts(text) == [("reconsideration_received", 41, 2024, False)]


@pytest.mark.parametrize("text, expected", [
    # summed (累计) since an event with no date (成立以来, 十八大以来, 自…之日起): of every year since, no one year's
    ("县法律援助中心成立以来累计办理法律援助案件5600件。", [("legal_aid_cases", 5600, None, False)]),
    ("党的十八大以来,全县法律援助机构累计办理案件1.1万件。", [("legal_aid_cases", 11000, None, False)]),
    ("自建站之日起,累计调解矛盾纠纷3200件。", [("mediation_cases", 3200, None, False)]),
    ("2024年,我局深化公共法律服务。县公证处组建以来累计办理公证1.2万件。", [("notarizations", 12000, None, False)]),
    # …the year's own count said after it keeps its year
    ("县法律援助中心挂牌以来,累计办理法律援助案件5600件,今年办理620件。",
     [("legal_aid_cases", 620, 2024, False), ("legal_aid_cases", 5600, None, False)]),
])
def test_a_count_summed_since_an_undated_event_has_no_year(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    # a start within the year (今年以来, 年初以来), or the year's own sum (全年累计)
    "今年以来累计办理法律援助案件560件。",
    "年初以来,全县累计办理法律援助案件560件。",
    "县法律援助中心成立以来,全年累计办理法律援助案件560件。",
])
def test_a_count_summed_within_the_year_keeps_the_year(text):
    assert facts(text) == [("legal_aid_cases", 560, 2024, False)]
