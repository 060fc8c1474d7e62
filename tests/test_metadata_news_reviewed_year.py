"""A news item telling of a report or a white paper that says its year only as what the document reviews
(该白皮书对2019年审结的行政案件进行了分析, 白皮书通报了2022年全区行政审判情况, 报告对2021年…进行了梳理分析): the item reports on
that year, in the lead's first sentence or a later one. A year the document plans for (报告对2024年重点工作作出部署), its
review word only in a later clause, or a span it reviews (2019年以来), names none.

Every text below is written for these tests; the names and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_HEADLINE = "青禾区法院发布行政审判白皮书"
_MEETING = "本报讯 近日,青禾区人民法院召开新闻发布会,发布行政审判白皮书。"

LEADS = [
    ("the white paper analyses the year's cases", _MEETING + "该白皮书对2019年审结的行政案件进行了分析,全年共审结行政案件520件。",
     2019),
    ("the white paper reports the year's work, first sentence",
     "记者 梅青山 日前,青禾区人民法院召开新闻发布会,白皮书通报了2022年全区行政审判情况,共受理行政案件312件。", 2022),
    ("the report sorts the year's cases", _MEETING + "报告对2021年度全区法院审理的行政诉讼案件进行了梳理分析。", 2021),
    ("the report reviews the year, by 就", _MEETING + "报告就2023年行政机关败诉案件作了统计,败诉率为6.2%。", 2023),
    ("the white paper looks back on the year in full", _MEETING + "白皮书全面回顾了2021年度全区行政审判工作。", 2021),
    ("a year the report plans for", _MEETING + "报告对2024年重点工作作出部署,对行政争议实质性化解进行了总结。", None),
    ("a span it reviews", _MEETING + "该白皮书对2019年以来审结的行政案件进行了分析。", None),
]


@pytest.mark.parametrize(("case", "lead", "year"), LEADS, ids=[c[0] for c in LEADS])
def test_the_year_a_report_the_item_tells_of_reviews(case, lead, year):
    assert read(f"{_HEADLINE}\n{lead}\n", "report_year") == year
