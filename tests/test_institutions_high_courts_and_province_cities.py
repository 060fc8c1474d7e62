"""Institutions: a province's high court named short (江苏高院, 省高院) is its 高级人民法院, one body with its full name; a
province's report names its cities' courts by their short names too (南通中院, 怒江中院), as a city's report its
counties'. 最高院 is no province's high court, and 高院 inside a word (提高院落) is none."""

from __future__ import annotations

import pytest
from conftest import bodies

JIANGSU, YUNNAN, ZHEJIANG = "320000", "530000", "330000"


@pytest.mark.parametrize("sentence, code, name, canonical", [
    ("。江苏高院联合省司法厅印发工作意见", JIANGSU, "江苏高院", "江苏省高级人民法院"),
    ("。省高院通报全省行政审判情况", JIANGSU, "省高院", "江苏省高级人民法院"),
    ("。南通中院会同该市依法治市办首创自我纠正制度", JIANGSU, "南通中院", "江苏省南通市中级人民法院"),
    ("。怒江中院工作经验入选全国典型", YUNNAN, "怒江中院", "云南省怒江傈僳族自治州中级人民法院"),
])
def test_a_court_by_a_short_name_in_a_provinces_report_is_named_in_full(sentence, code, name, canonical):
    assert bodies(sentence, code)[name].canonical == canonical


def test_a_high_court_by_its_short_and_its_full_name_is_one_body():
    found = bodies("。江苏省高级人民法院发布白皮书，江苏高院副院长介绍情况", JIANGSU)
    assert [(f.canonical, len(f.mentions)) for f in found.values()] == [("江苏省高级人民法院", 2)]


def test_another_provinces_city_court_by_its_short_name_is_none():
    assert "南通中院" not in bodies("。南通中院会同该市依法治市办首创自我纠正制度", ZHEJIANG)


@pytest.mark.parametrize("sentence", [
    "。案件质量受到最高院肯定",
    "。提高院落整治水平",
    "。提升高院校学生法治素养",
])
def test_no_high_court_in_the_supreme_court_or_inside_a_word(sentence):
    assert bodies(sentence) == {}
