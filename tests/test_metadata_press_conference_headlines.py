"""A court's item headlined with the press conference it held (某法院召开行政审判新闻发布会 通报2023年度…情况), its lead telling
the day's doings, is news: neither the 行政审判 of the conference's name nor the 年度 of what it told makes it the white
paper or the yearly report. A headline naming the report itself keeps the report's kind.

Every text here is written for the test; the court and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field

_PAGE = "\n发布时间：2024-04-18　来源：青禾区人民法院\n"
_LEAD = ("　　4月17日上午，青禾区人民法院召开行政审判新闻发布会，通报2023年度全区行政案件审理情况。"
         "2023年，该院新收一审行政案件598件，行政机关负责人出庭应诉率为96.1%。\n")


@pytest.mark.parametrize("headline, kind", [
    ("青禾法院召开行政审判新闻发布会 通报2023年度行政案件审理情况", "news"),
    ("青禾法院召开行政审判工作新闻发布会", "news"),
    # the report named in the headline is what the page carries
    ("青禾区人民法院2023年度行政审判工作报告", "white_paper"),
    ("青禾区司法局2023年度法治政府建设情况", "annual_report"),
])
def test_a_press_conference_headline_is_the_days_item(headline, kind):
    assert metadata_field(headline + _PAGE + _LEAD, "kind") == kind
