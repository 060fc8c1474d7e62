"""Institutions: a body's other nameplate, in brackets right after its name and a body of its type (区委党校(行政学院),
县市场监管局(知识产权局)), is the same body, one entry with both mentions; after the word of such bodies in general
(各级党校(行政学院)) it names none; after a body of another type it is a body of its own (县司法局(县行政复议局))."""

from __future__ import annotations

import pytest
from conftest import bodies

COUNTY = "420923"  # 云梦县


def _mentions(sentence: str) -> list[tuple[str, int]]:
    return [(name, len(found.mentions)) for name, found in bodies(sentence, COUNTY).items()]


@pytest.mark.parametrize("sentence, expected", [
    ("。县委党校（行政学院）举办专题培训班两期", [("县委党校", 2)]),
    ("。县市场监管局（知识产权局）开展执法检查", [("县市场监管局", 2)]),
    # a body of another type in the brackets stays a body of its own
    ("。县司法局（县行政复议局）办理复议案件", [("县司法局", 1), ("县行政复议局", 1)]),
])
def test_a_nameplate_in_brackets_after_a_body(sentence, expected):
    assert _mentions(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "。将法治课程纳入各级党校（行政学院）主体班次",
    "，列入党校（行政学院）和干部学院的重点课程",
])
def test_a_nameplate_of_bodies_in_general_is_no_body(sentence):
    assert bodies(sentence, COUNTY) == {}


@pytest.mark.parametrize("sentence, name", [
    ("。邀请省行政学院教授作专题讲座", "省行政学院"),  # a body of its own, in no brackets
    ("。建立行业性调解组织（医疗纠纷人民调解委员会）", "医疗纠纷人民调解委员会"),  # after a word of no body
])
def test_a_body_in_no_nameplate_stays(sentence, name):
    assert set(bodies(sentence, COUNTY)) == {name}
