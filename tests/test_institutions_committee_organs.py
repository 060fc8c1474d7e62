"""Institutions: the party committee's organs. The rule-of-law office written in full (县委依法治县办公室) is read whole
and is one body with its short name (县委依法治县办, its canonical form) and with its name alone (依法治县办公室) where
the report names it in full; the political-legal commission named after the level word without 委 (县政法委) is the
committee's, as after 县委; the discipline commission (县纪委) is no organ of it."""

from __future__ import annotations

import pytest
from conftest import bodies

CIXI = "330282"


@pytest.mark.parametrize("sentence, name", [
    ("。市委依法治市办公室印发工作要点", "市委依法治市办公室"),
    ("。县委巡察办公室开展专项巡察", "县委巡察办公室"),
])
def test_an_office_written_in_full_is_read_whole(sentence, name):
    assert set(bodies(sentence)) == {name}


def test_an_office_by_its_short_and_its_full_name_is_one_body():
    found = bodies("。市委依法治市办牵头督察，市委依法治市办公室通报结果", CIXI)
    assert [(f.canonical, len(f.mentions)) for f in found.values()] == [("中共慈溪市委依法治市办", 2)]


@pytest.mark.parametrize("sentence, canonical", [
    ("。市政法委组织执法检查", "中共慈溪市委政法委"),
    ("。市纪委开展监督检查", "慈溪市纪委"),
])
def test_an_organ_without_the_committee_s_word(sentence, canonical):
    assert [f.canonical for f in bodies(sentence, CIXI).values()] == [canonical]


def test_the_organ_named_by_the_committee_and_without_it_is_one_body():
    found = bodies("。市委政法委牵头，市政法委组织执法检查", CIXI)
    assert [len(f.mentions) for f in found.values()] == [2]


def test_the_office_named_alone_joins_the_one_named_in_full():
    found = bodies("。市委依法治市办公室印发要点。依法治市办公室每季度通报", CIXI)
    assert [len(f.mentions) for f in found.values()] == [2]


def test_the_office_named_alone_for_another_level_stays_apart():
    found = bodies("。市委依法治市办公室印发要点。依法治县办公室每季度通报", CIXI)
    assert len(found) == 2


@pytest.mark.parametrize("sentence, canonical", [
    ("。市委法治办督办整改", "中共慈溪市委法治办"),
    ("。市委网信办开展执法检查", "中共慈溪市委网信办"),
])
def test_the_rule_of_law_office_by_its_shortest_name(sentence, canonical):
    assert [f.canonical for f in bodies(sentence, CIXI).values()] == [canonical]


@pytest.mark.parametrize("sentence", ["。坚持法治办事原则", "。推进平安办理提速", "。完善巡察办法"])
def test_a_verb_or_a_method_after_the_office_s_words_names_none(sentence):
    assert bodies(sentence, CIXI) == {}


def test_another_office_ending_like_it_is_not_the_rule_of_law_office():
    assert "法治办" not in bodies("。统筹平安法治办、派出所力量", CIXI)
