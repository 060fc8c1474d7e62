"""Institutions: the departments a county's or a city's government has had since its institutions were reformed, by
their full names (县林业和草原局, 县文化广电和旅游局, 县城市管理综合行政执法局); and a word 局 opens after words ending like
a bureau's name (建设局面, 科学技术局限于) is no bureau, though a bureau before a verb opening so stays (县公安局面向群众)."""

from __future__ import annotations

import pytest
from conftest import bodies

COUNTY = "420923"  # 云梦县


@pytest.mark.parametrize("name", [
    "县城市管理综合行政执法局", "县城市管理综合执法局", "县林业和草原局", "县政务服务和大数据管理局", "县文化广电和旅游局",
    "县科学技术局", "县经济和信息化局", "县地方金融监督管理局", "县投资促进局", "县公共资源交易局",
])
def test_a_reformed_department_by_its_full_name(name):
    found = bodies(f"。{name}开展执法检查", COUNTY)
    assert set(found) == {name}
    assert found[name].canonical == "云梦" + name
    assert found[name].type == "government"


@pytest.mark.parametrize("sentence", [
    "。形成全社会共同参与法治建设局面",
    "。开创招商引资投资促进局面",
    "，运用科学技术局限于试点",
    "。把握城市管理局势",
])
def test_a_word_opened_by_the_bureau_character_is_no_bureau(sentence):
    assert bodies(sentence, COUNTY) == {}


@pytest.mark.parametrize("sentence, name", [
    ("。县公安局面向群众开展反诈宣传", "县公安局"),
    ("，县司法局面临人员不足", "县司法局"),
    ("。县市场监管局限期整改到位", "县市场监管局"),
    ("，县城管局面对面听取意见", "县城管局"),
])
def test_a_bureau_before_a_verb_opening_like_such_a_word_stays(sentence, name):
    assert set(bodies(sentence, COUNTY)) == {name}
