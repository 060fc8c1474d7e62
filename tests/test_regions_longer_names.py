"""A short name followed by a character that, with it, opens another unit's name (长白山 of 长白山保护开发区, 大兴安 of
大兴安岭地区) names no unit by that short name: 长白山管委会 is no body of 长白朝鲜族自治县, whose short name is 长白.

Every text below is written for these tests; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

from lawreport import regions


@pytest.mark.parametrize("text", [
    "长白山管委会2022年法治政府建设情况报告\n2022年,管委会坚持依法行政,新收行政复议案件9件。\n",
    "2023年度长白山管委会法治政府建设工作报告\n一、主要工作\n管委会健全重大行政决策程序。\n",
])
def test_a_title_opening_on_a_longer_name_is_not_the_short_names_county(text):
    assert read(text, "region") != ("吉林省", "白山市", "长白朝鲜族自治县")


@pytest.mark.parametrize(("text", "named"), [
    ("长白山管委会与白山市司法局座谈。", ["白山市"]),  # 长白山 opens 长白山保护开发区: no 长白
    ("大兴安岭林区法院与加格达奇区司法局座谈。", ["大兴安岭地区"]),  # its short name, no 大兴区
    ("法治长白建设取得实效,长白县司法局新收案件9件。", ["长白朝鲜族自治县", "长白朝鲜族自治县"]),  # 长白 before 建设, 县
])
def test_a_short_name_opening_a_longer_name_names_no_unit(text, named):
    assert [mention.division.name for mention in regions.find_mentions(text)] == named


@pytest.mark.parametrize(("text", "expected"), [
    ("长白县2022年法治政府建设情况报告\n2022年,县政府坚持依法行政,新收行政复议案件9件。\n", ("吉林省", "白山市", "长白朝鲜族自治县")),
    ("2022年,法治长白建设扎实推进,长白朝鲜族自治县人民政府新收行政复议案件9件。\n", ("吉林省", "白山市", "长白朝鲜族自治县")),
    ("长白山保护开发区管委会2022年法治政府建设情况报告\n2022年,管委会坚持依法行政。\n", ("吉林省", None, None)),
])
def test_the_short_name_alone_and_full_names_still_place(text, expected):
    assert read(text, "region") == expected
