"""Institutions: a town's rule-of-law committee named right after the town (青石镇全面依法治镇委员会), also after a founding
verb with 了 (成立了…), is the town party committee's one (青石镇党委全面依法治镇委员会), and the town's party committee
named by its level word (镇党委) stays that committee, not the rule-of-law one."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence, name, canonical", [
    ("。成立了青石镇全面依法治镇委员会", "青石镇全面依法治镇委员会", "青石镇党委全面依法治镇委员会"),
    ("，双河乡依法治乡委员会召开会议", "双河乡依法治乡委员会", "双河乡党委依法治乡委员会"),
    ("。组建了青石镇人民调解委员会", "青石镇人民调解委员会", "青石镇人民调解委员会"),
])
def test_the_committee_after_the_town(sentence, name, canonical):
    found = bodies(sentence)
    assert set(found) == {name}
    assert found[name].canonical == canonical


def test_both_ways_are_one_committee():
    found = bodies("。青石镇党委全面依法治镇委员会印发要点，青石镇全面依法治镇委员会召开会议")
    assert set(found) == {"青石镇党委全面依法治镇委员会"}
    assert len(found["青石镇党委全面依法治镇委员会"].mentions) == 2


def test_the_bare_town_committee_is_the_party_committee():
    found = bodies("。中共青石镇委员会统筹推进。成立了青石镇全面依法治镇委员会。镇党委专题研究法治工作")
    assert set(found) == {"中共青石镇委员会", "青石镇全面依法治镇委员会"}
    assert len(found["中共青石镇委员会"].mentions) == 2


@pytest.mark.parametrize("text, full", [
    ("。中共青石街道工委全面依法治街委员会办公室正式揭牌。这是全区首个挂牌的全面依法治街委员会办公室。",
     "中共青石街道工委全面依法治街委员会办公室"),
    ("。双河镇党委全面依法治镇委员会召开第一次会议。会上，依法治镇委员会审议了年度工作要点。",
     "双河镇党委全面依法治镇委员会"),
])
def test_the_committee_named_alone_is_the_one_the_report_names_in_full(text, full):
    assert set(bodies(text)) == {full}


@pytest.mark.parametrize("text", [
    # no full name to join: it stays as written
    "。这是全区首个挂牌的全面依法治街委员会办公室。",
    # two towns' committees: it joins neither
    "。双河镇党委全面依法治镇委员会、青石镇党委全面依法治镇委员会相继成立。依法治镇委员会每季度召开会议。",
])
def test_the_committee_named_alone_stays_apart_without_one_to_join(text):
    found = bodies(text)
    alone = [name for name in found if name.startswith(("全面", "依法治"))]
    assert len(alone) == 1
    assert found[alone[0]].canonical is None


@pytest.mark.parametrize("text, name, canonical", [
    ("。青石镇推进普法。依法治镇委员会召开第一次会议", "依法治镇委员会", "青石镇党委依法治镇委员会"),
    ("。长林街道办事处推进普法。全面依法治街委员会办公室督办", "全面依法治街委员会办公室",
     "长林街道党工委全面依法治街委员会办公室"),
])
def test_the_committee_named_alone_is_the_one_town_s(text, name, canonical):
    assert bodies(text)[name].canonical == canonical


@pytest.mark.parametrize("text, name", [
    ("。青石镇、双河镇推进普法。依法治镇委员会召开会议", "依法治镇委员会"),  # several towns
    ("。青石镇推进普法。依法治乡委员会召开会议", "依法治乡委员会"),  # none of its level
])
def test_the_committee_named_alone_without_one_town_of_its_level(text, name):
    assert bodies(text)[name].canonical is None


def test_the_office_named_alone_joins_no_committee():
    found = bodies("。双河镇党委全面依法治镇委员会召开会议。依法治镇委员会办公室设在党政办。")
    assert found["依法治镇委员会办公室"].canonical == "双河镇党委依法治镇委员会办公室"
    assert len(found["双河镇党委全面依法治镇委员会"].mentions) == 1
