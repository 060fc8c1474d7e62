"""A rate's 率 said once for two labels, the first written without it (满意和基本满意率均达100%).

Each sentence is written for the test: the first label is the word the second ends in before 率, which the second
qualifies (基本, 比较); both are rates of that value, or of their own values in a 分别 list. Two different words joined
before one 率 (知晓和满意率) are no such pair: the first is not read as a rate.
"""

from __future__ import annotations

import pytest

from lawreport.metrics import Interpreter
from lawreport.normalize import normalize
from lawreport.numbers import scan
from lawreport.structure import Outline


def rates(text: str) -> list[tuple[str, float, str]]:
    """(label, value, evidence) of each rate of `text`, read as a 2023 report's."""
    norm = normalize(text)
    _, found, _ = Interpreter(norm, Outline(norm), [], 2023).run(scan(norm))
    return sorted((r.label, r.value, text[r.start:r.end]) for r in found)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("2023年,全区行政复议案件办结率、满意和基本满意率均达100%。",
     [("基本满意率", 100, "基本满意率均达100%"), ("满意率", 100, "满意和基本满意率均达100%"),
      ("行政复议案件办结率", 100, "行政复议案件办结率、满意和基本满意率均达100%")]),
    ("全县群众满意及基本满意率为98.5%。",
     [("基本满意率", 98.5, "基本满意率为98.5%"), ("群众满意率", 98.5, "群众满意及基本满意率为98.5%")]),
    ("调解协议合格、基本合格率均为100%。",
     [("基本合格率", 100, "基本合格率均为100%"), ("调解协议合格率", 100, "调解协议合格、基本合格率均为100%")]),
    ("回访对象满意和比较满意率分别为90.2%、8.1%。",
     [("回访对象满意率", 90.2, "回访对象满意和比较满意率分别为90.2%"), ("比较满意率", 8.1, "比较满意率分别为90.2%、8.1%")]),
])
def test_the_first_label_takes_the_rate_the_second_says(sentence, expected):
    assert rates(sentence) == sorted((label, float(value), evidence) for label, value, evidence in expected)


@pytest.mark.parametrize(("sentence", "expected"), [
    # two words before one 率: the first is no rate said
    ("群众知晓和满意率均达95%。", [("满意率", 95, "满意率均达95%")]),
    ("执法案卷评查合格和优秀率均为100%。", [("优秀率", 100, "优秀率均为100%")]),
    # each label written whole: read as before
    ("群众满意率和基本满意率均达99%。", [("基本满意率", 99, "基本满意率均达99%"), ("群众满意率", 99, "群众满意率和基本满意率均达99%")]),
])
def test_no_rate_for_a_word_the_label_does_not_end_in(sentence, expected):
    assert rates(sentence) == sorted((label, float(value), evidence) for label, value, evidence in expected)


def test_one_measure_said_twice_of_one_value_is_one_rate():
    # 出庭应诉率 said of the same value in two sentences is one measure: the shorter label stands for both
    assert [label for label, *_ in rates("全县行政机关负责人出庭应诉率为100%。全年出庭应诉率100%。")] == ["出庭应诉率"]
