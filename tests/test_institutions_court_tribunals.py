"""Institutions: a court's tribunal named right after its court, by its town or the town's name (县人民法院横水法庭,
区法院城关人民法庭), is one body, the tribunal, named canonically as written after the court; 法庭 alone, in other words
(模拟法庭, 家庭) or after a word no town is, names none."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence, name, canonical", [
    ("。市人民法院白塔法庭审结案件210件", "市人民法院白塔法庭", "白塔法庭"),
    ("，区法院河口人民法庭设立诉调对接工作室", "区法院河口人民法庭", "河口人民法庭"),
    ("。县法院青龙镇人民法庭开展巡回审判", "县法院青龙镇人民法庭", "青龙镇人民法庭"),
])
def test_a_tribunal_after_its_court_is_the_tribunal(sentence, name, canonical):
    found = bodies(sentence)
    assert set(found) == {name}
    assert (found[name].canonical, found[name].type) == (canonical, "court")


@pytest.mark.parametrize("sentence, names", [
    ("。县法院组织模拟法庭进校园", {"县法院"}),
    ("，组织干部到市法院旁听法庭庭审", {"市法院"}),
    ("。县人民法院巡回法庭深入村组", {"县人民法院"}),
    ("，引导家庭成员学法", set()),
    # the court, then its tribunals in general
    ("。区法院人民法庭推行巡回审判", {"区法院"}),
    ("，县人民法院人民法庭审结案件", {"县人民法院"}),
    ("。县人民法院派出人民法庭就地调解", {"县人民法院"}),
])
def test_no_tribunal_without_its_town(sentence, names):
    assert set(bodies(sentence)) == names


def test_the_courts_dispatched_tribunals_are_no_towns():
    assert [f.canonical for f in bodies("。县法院派出人民法庭覆盖所有乡镇").values()] == [None]


def test_a_tribunal_named_after_a_head_alone_is_the_tribunal():
    assert set(bodies("。县柳溪人民法庭开展巡回审判")) == {"县柳溪人民法庭"}
