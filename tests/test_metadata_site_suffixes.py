"""A page's title as a browser shows it, the site's name after the title's (…的报告_某县人民政府, …的报告 -某县司法局网站,
…的报告--某县人民政府, …年度报告_政务公开_某县民政局), its web address after it or not (…的报告--某县人民政府门户网站--www.
example.gov.cn): the site's name is no part of the title, and the site's place is
the page's where the text names none; a dash between a title's own words, or a column naming no place, says nothing
of it.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = ("2024年,我局坚持以习近平法治思想为指导,扎实推进依法行政。现将有关情况报告如下:\n一、主要举措和成效\n"
         "全年办理行政复议案件17件,纠错率为11.8%。\n二、存在的问题\n一是执法人员培训还不够深入。\n")

SUFFIXES = [
    ("a government's site after an underscore", "关于2024年度法治政府建设情况的报告_兰陵县人民政府\n", "关于2024年度法治政府建设情况的报告",
     "兰陵县"),
    ("a bureau's site after a dash", "关于2024年度法治政府建设情况的报告 -兰陵县司法局网站\n", "关于2024年度法治政府建设情况的报告",
     "兰陵县"),
    ("a government's site after a double dash", "关于2024年度法治政府建设情况的报告--兰陵县人民政府\n",
     "关于2024年度法治政府建设情况的报告", "兰陵县"),
    ("a column and a bureau named alone after underscores", "2024年法治政府建设年度报告_政务公开_兰陵县民政局\n",
     "2024年法治政府建设年度报告", "兰陵县"),
    ("a column and a government between bars", "2024年法治政府建设年度报告 | 政务公开 | 兰陵县人民政府\n",
     "2024年法治政府建设年度报告", "兰陵县"),
    ("a site's name and its web address after double dashes",
     "关于2024年度法治政府建设情况的报告--兰陵县人民政府门户网站--www.example.gov.cn\n", "关于2024年度法治政府建设情况的报告",
     "兰陵县"),
    ("a government and its web address after underscores", "2024年法治政府建设年度报告_兰陵县人民政府_www.example.gov.cn\n",
     "2024年法治政府建设年度报告", "兰陵县"),
    ("a government and its address with its scheme after spaced dashes",
     "2024年法治政府建设年度报告 - 兰陵县人民政府 - http://www.example.gov.cn/\n", "2024年法治政府建设年度报告", "兰陵县"),
    ("a dash between a title's own words stays, naming no place", "关于2024年度法治政府建设情况的报告-解读\n",
     "关于2024年度法治政府建设情况的报告-解读", None),
    ("a column after a bar names no place", "关于2024年度法治政府建设情况的报告|法治动态\n", "关于2024年度法治政府建设情况的报告", None),
]


@pytest.mark.parametrize(("case", "head", "title", "county"), SUFFIXES, ids=[c[0] for c in SUFFIXES])
def test_a_sites_name_after_the_title_is_its_suffix_and_places_the_page(case, head, title, county):
    text = head + _BODY
    assert read(text, "title") == title
    assert read(text, "county") == county
