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
