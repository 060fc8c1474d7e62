"""Notarial acts counted by kind (民事, 经济 and 涉外; or 国内 and 涉外) with no total: no kind's count is the year's
figure; where every kind of one way is listed, their sum is a derived one; a total said before or after the kinds is
the figure, and a kind said alone is the one figure there is.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read

from lawreport import extract


def notarizations(text: str) -> list[tuple[float, bool]]:
    """(value, derived) of each notarizations figure of `text` read as a whole report."""
    return [(m.value, m.derived) for m in extract(text).metrics if m.key == "notarizations"]


@pytest.mark.parametrize("text, expected", [
    ("全年办理民事公证事项700件、经济公证事项1000件、涉外公证300件。", [(2000, True)]),
    ("白沙区公证处全年办理国内公证1500件,涉外公证500件。", [(2000, True)]),
    ("青禾县公证处全年办理国内民事公证410件、国内经济公证95件,办理涉外和涉港澳台公证62件。", [(567, True)]),
])
def test_the_kinds_of_one_way_add_up_to_a_derived_figure(text, expected):
    assert notarizations(text) == expected


def test_the_derived_figure_cites_the_kinds():
    metrics, _ = read("全年办理民事公证事项700件、经济公证事项1000件、涉外公证300件。")
    assert metrics == [("notarizations", 2000, 2023, False, "民事公证事项700件、经济公证事项1000件、涉外公证300件")]


@pytest.mark.parametrize("text, expected", [
    # a total after the kinds, their sum: the figure stated
    ("全年办理国内民事公证860件、国内经济公证240件、涉外及涉港澳台公证150件,合计1250件。", [(1250, False)]),
    ("全年办理民事公证事项700件、经济公证事项1000件、涉外公证300件,共计2000件。", [(2000, False)]),
    # a total before them, in the sentence or the one before
    ("全年共办理公证2000件,其中民事公证700件、经济公证1000件、涉外公证300件。", [(2000, False)]),
    ("全年办理各类公证事项2000件。办理民事公证事项700件、经济公证事项1000件、涉外公证300件。", [(2000, False)]),
])
def test_a_total_said_with_the_kinds_is_the_figure(text, expected):
    assert notarizations(text) == expected


@pytest.mark.parametrize("text", [
    # counts said as bounds add up to no figure
    "2022年,青禾县公证处办理民事公证事项7千多件、经济公证事项1万多件,同时还办理涉外公证3千多件。",
    # the kinds listed in two sentences of a paragraph: each a part, no one's sum
    "2022年,青禾县公证处办理民事公证事项7200件、经济公证事项9800件。同时,还办理涉外公证3100件。",
    # 经济 unsaid: 民事 and 涉外 are not all of it
    "全年办理民事公证事项700件,涉外公证事项300件。",
    # a part of a part (其中) in the list: nothing is added up
    "全年办理国内公证事项1500件,其中民事公证900件、经济公证600件;办理涉外公证500件。",
])
def test_kinds_that_are_not_plainly_all_of_it_give_nothing(text):
    assert facts(text) == []


@pytest.mark.parametrize("text, expected", [
    # a kind said alone is the one figure there is
    ("全年办理涉外公证300件。", [("notarizations", 300, 2024, False)]),
    # kinds joined before one count are that count's label
    ("全年办理国内民事、经济公证1023件。", [("notarizations", 1023, 2024, False)]),
    # matters notarized are no kinds of this division: read as before
    ("全年办理遗嘱公证120件。", [("notarizations", 120, 2024, False)]),
])
def test_a_kind_alone_or_kinds_joined_keep_their_figure(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the matters notarized, some of many: a sum said after them is the figure, the first matter none
    ("2023年,县公证处办理涉外公证300件、继承公证200件、委托公证150件,共计650件。", [(650, False)]),
    ("2023年,县公证处办理继承公证210件、委托公证140件、涉外公证320件,合计670件。", [(670, False)]),
    ("2023年,县公证处办理继承公证210件、委托公证140件,总计办理公证350件。", [(350, False)]),
    # …or the whole of the kinds named after them, with 等
    ("2023年,县公证处办理涉外公证300件、继承公证200件等各类公证1200件。", [(1200, False)]),
    # a total before them: the figure, as before
    ("2023年,县公证处共办理公证1200件,其中涉外公证300件、继承公证200件。", [(1200, False)]),
    # a matter said alone: the one figure there is
    ("2023年,县公证处共办理遗嘱公证80件。", [(80, False)]),
])
def test_a_list_of_matters_notarized_gives_only_a_total_said(text, expected):
    assert notarizations(text) == expected


@pytest.mark.parametrize("text", [
    # matters listed with no total: no one of them is the year's, and their sum is none (some of many)
    "2023年,县公证处办理继承公证200件、涉外公证300件。",
    "2023年,县公证处办理赋予强制执行效力债权文书公证50件,办理继承公证200件。",
    # a sum said after them that is not theirs: no total of the list
    "2023年,县公证处办理继承公证200件、委托公证150件,共计400件。",
])
def test_a_list_of_matters_notarized_with_no_total_gives_nothing(text):
    assert notarizations(text) == []


@pytest.mark.parametrize("text, expected", [
    # a kind or a matter counted after the whole in its sentence, with no part marker: a part of it
    ("2023年,县公证处办理公证1200件,办理涉外公证300件。", [(1200, False)]),
    ("2023年,县公证处办理公证1200件,为企业办理保全证据公证35件。", [(1200, False)]),
    # a kind's count in a sentence of its own, no whole before it in its sentence: the one figure there is
    ("2023年,县公证处办理涉外公证300件。", [(300, False)]),
])
def test_a_kind_after_the_whole_in_its_sentence_is_a_part(text, expected):
    assert notarizations(text) == expected


@pytest.mark.parametrize("text, expected", [
    # every kind of one way, their values listed after 分别: their sum
    ("2023年,全县办理国内、涉外公证分别为1500件、500件。", [(2000, True)]),
    ("全年办理民事、经济、涉外公证事项分别为700件、1000件和300件。", [(2000, True)]),
    # a kind left out, or matters of many: none
    ("2023年,全县办理民事、涉外公证分别为1500件、500件。", []),
    ("2023年,全县办理继承、委托公证分别为200件、150件。", []),
])
def test_the_kinds_listed_before_their_values(text, expected):
    assert notarizations(text) == expected
