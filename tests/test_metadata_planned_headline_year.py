"""A news headline's year that is planned (a meeting's, or a plan's: 2025年重点提升…, 2025年将…) is not the year the
item reports on; a headline year whose work is told is."""

from __future__ import annotations

import pytest

from tests.conftest import metadata_field

STAMP = "\n2025年01月13日 20:14 青禾日报\n\n"
LEAD = "记者从青禾市司法局获悉,2024年全市新收行政复议案件320件,同比增长15%。\n\n"


@pytest.mark.parametrize("headline", [
    "青禾市司法局:2025年重点提升法律服务质量",
    "青禾市2025年重点推进行政复议规范化建设",
    "青禾市2025年将新建一批调解组织",
    "青禾市2025年要全面推进行政复议规范化建设",
    "青禾市召开2025年全市司法行政工作会议",
])
def test_a_planned_headline_year_gives_way_to_the_lead(headline):
    assert metadata_field(headline + STAMP + LEAD, "report_year") == 2024


@pytest.mark.parametrize("headline, year", [
    ("青禾市2023年重点工作成效明显", 2023),
    ("青禾市2023年新收行政复议案件增长一成", 2023),
])
def test_a_told_headline_year_is_the_report_year(headline, year):
    assert metadata_field(headline + STAMP + LEAD, "report_year") == year
