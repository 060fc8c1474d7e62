"""A rate's 率 said once for two labels, the first written without it (满意和基本满意率, 网办、掌办率).

Each sentence is written for the test. Of one value, the phrase is one rate, its label as written from the first word
(满意及基本满意率: the share satisfied or basically satisfied, no 满意率 of its own; 网办、掌办率均达100%: both words said
of the one figure). In a 分别 list of values, the first label is the word the second ends in before 率, which the
second qualifies (基本, 比较): each is a rate of its own value; two different words joined so (合格和优秀率分别为…) are
labels written in part, none emitted. A longer label after the joiner (复议和诉讼案件败诉率) is one rate of both, its
label as written from the first word; labels each written whole keep their reading.
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
     [("满意和基本满意率", 100, "满意和基本满意率均达100%"),
      ("行政复议案件办结率", 100, "行政复议案件办结率、满意和基本满意率均达100%")]),
    ("全县群众满意及基本满意率为98.5%。", [("群众满意及基本满意率", 98.5, "群众满意及基本满意率为98.5%")]),
    ("调解协议合格、基本合格率均为100%。", [("调解协议合格、基本合格率", 100, "调解协议合格、基本合格率均为100%")]),
    ("政协提案办理满意及基本满意率达到99.1%。", [("政协提案办理满意及基本满意率", 99.1, "政协提案办理满意及基本满意率达到99.1%")]),
])
def test_one_value_of_a_word_and_its_qualified_form_is_one_rate(sentence, expected):
    assert rates(sentence) == sorted((label, float(value), evidence) for label, value, evidence in expected)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("群众知晓和满意率均达95%。", [("群众知晓和满意率", 95, "群众知晓和满意率均达95%")]),
    ("依申请事项即办、网办率均达100%。", [("依申请事项即办、网办率", 100, "依申请事项即办、网办率均达100%")]),
    ("全市政务服务2.0网办、掌办率达到100%。", [("网办、掌办率", 100, "网办、掌办率达到100%")]),
    ("执法案卷评查合格和优秀率均为100%。", [("执法案卷评查合格和优秀率", 100, "执法案卷评查合格和优秀率均为100%")]),
])
def test_one_value_of_two_words_before_one_rate_is_the_label_as_written(sentence, expected):
    assert rates(sentence) == sorted((label, float(value), evidence) for label, value, evidence in expected)


@pytest.mark.parametrize(("sentence", "expected"), [
    # a 分别 list: each label its own value
    ("回访对象满意和比较满意率分别为90.2%、8.1%。",
     [("回访对象满意率", 90.2, "回访对象满意和比较满意率分别为90.2%"), ("比较满意率", 8.1, "比较满意率分别为90.2%、8.1%")]),
    ("执法案卷评查优秀率、合格率分别为35%、98%。",
     [("执法案卷评查优秀率", 35, "执法案卷评查优秀率、合格率分别为35%"), ("合格率", 98, "合格率分别为35%、98%")]),
    # two words in a 分别 list: labels written in part, none read
    ("执法案卷评查合格和优秀率分别为90%、30%。", []),
    # each label written whole: read as before
    ("群众满意率和基本满意率均达99%。", [("基本满意率", 99, "基本满意率均达99%"), ("群众满意率", 99, "群众满意率和基本满意率均达99%")]),
    ("备案审查报备率、及时率、规范率均达100%。",
     [("及时率", 100, "及时率、规范率均达100%"), ("备案审查报备率", 100, "备案审查报备率、及时率、规范率均达100%"),
      ("规范率", 100, "规范率均达100%")]),
    # a label longer than a word after the joiner: one rate of both, its label as written from the first word
    ("复议和诉讼案件败诉率为5%。", [("复议和诉讼案件败诉率", 5, "复议和诉讼案件败诉率为5%")]),
    # a value that tells how many share it: the pieces listed, a piece naming no rate left out
    ("事项认领率、发布率、电子证照、签章率“四个100%”。",
     [("事项认领率", 100, "事项认领率、发布率、电子证照、签章率“四个100%"), ("发布率", 100, "发布率、电子证照、签章率“四个100%"),
      ("签章率", 100, "签章率“四个100%")]),
])
def test_labels_listed_each_with_its_value_or_written_whole(sentence, expected):
    assert rates(sentence) == sorted((label, float(value), evidence) for label, value, evidence in expected)


def test_one_measure_said_twice_of_one_value_is_one_rate():
    # 出庭应诉率 said of the same value in two sentences is one measure: the shorter label stands for both
    assert [label for label, *_ in rates("全县行政机关负责人出庭应诉率为100%。全年出庭应诉率100%。")] == ["出庭应诉率"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # an activity named before the rate of its outcome, a 、 between: what was rated, the label after the 、
    ("组织机关干部参加年度学法考试、通过率达100%。", [("通过率", 100, "通过率达100%")]),
    ("全年开展行政执法案卷评查、优秀率为42%。", [("优秀率", 42, "优秀率为42%")]),
    ("执法人员参加执法资格考核、合格率98.5%。", [("合格率", 98.5, "合格率98.5%")]),
])
def test_an_activity_before_its_outcome_s_rate_is_no_elided_rate(sentence, expected):
    assert rates(sentence) == sorted((label, float(value), evidence) for label, value, evidence in expected)


@pytest.mark.parametrize(("sentence", "expected"), [
    # two outcomes, no activity: one rate of both, as written
    ("新申请事项即办、网办率均达99%。", [("新申请事项即办、网办率", 99, "新申请事项即办、网办率均达99%")]),
    # the activity run into its rate's label, no 、: the label as written
    ("全局干部学法考试参考率达到100%。", [("全局干部学法考试参考率", 100, "全局干部学法考试参考率达到100%")]),
])
def test_outcomes_listed_or_an_activity_run_in_keep_their_labels(sentence, expected):
    assert rates(sentence) == sorted((label, float(value), evidence) for label, value, evidence in expected)
