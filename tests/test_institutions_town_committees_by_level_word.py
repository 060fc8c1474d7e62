"""Institutions: a town's party committee named by its level word alone (镇党委, 乡党委, 街道党工委, 街道党委) is the committee
of the one town of that level the report names, joined to it where the report writes it in full (礼乐街道党工委) and
named canonically after it otherwise; none where the report names several or none. A town may be named right after a
year (2024年青石镇党委, 2023年度双河乡), while a date's word after its digits opens none (2024年城乡一体化, 2023年度县乡…)."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence, name, canonical", [
    ("。2024年，青石镇推进普法。镇党委召开专题会议", "镇党委", "中共青石镇委员会"),
    ("，双河乡完善制度。乡党委研究部署法治工作", "乡党委", "中共双河乡委员会"),
    ("。白云街道完善制度。街道党工委召开会议，党工委书记讲话", "街道党工委", "白云街道党工委"),
])
def test_the_committee_of_the_one_town(sentence, name, canonical):
    found = bodies(sentence)
    assert found[name].canonical == canonical
    assert found[name].type == "party_committee"


@pytest.mark.parametrize("sentence", [
    "。召开街道党工委理论学习会。白云街道党工委组织学习，全年召开党工委会议5次",
    "。党工委书记带头学法。召开街道党工委理论学习会。白云街道党工委组织学习",
])
def test_the_committee_by_its_level_word_joins_the_one_written_in_full(sentence):
    found = bodies(sentence)
    assert [(f.canonical, len(f.mentions)) for f in found.values()] == [("白云街道党工委", 3)]


@pytest.mark.parametrize("sentence, name", [
    ("。青石镇、双河镇推进普法。镇党委召开专题会议", "镇党委"),
    ("。镇党委召开专题会议", "镇党委"),
    ("，双河乡完善制度。镇党委书记到会", "镇党委"),
])
def test_no_town_committee_where_the_report_names_several_towns_or_none(sentence, name):
    assert bodies(sentence)[name].canonical is None


@pytest.mark.parametrize("sentence, name", [
    ("。2024年青石镇党委研究部署法治工作", "青石镇党委"),
    ("。2023年度双河乡司法所调解纠纷40件", "双河乡司法所"),
    ("2023年白云街道法治政府建设年度报告", "白云街道"),
])
def test_a_town_named_right_after_a_year(sentence, name):
    assert set(bodies(sentence)) == {name}


@pytest.mark.parametrize("sentence", [
    "。2024年城乡一体化加快推进",
    "。3月乡村振兴工作启动",
    "，5日城乡结合部开展整治",
    "。入选2023年度县乡法治政府建设最佳实践",  # a year's 度, then the levels
])
def test_a_dates_word_opens_no_town(sentence):
    assert bodies(sentence) == {}


@pytest.mark.parametrize("sentence, name, canonical", [
    ("。白云街道完善制度。党工委召开专题会议", "党工委", "白云街道党工委"),
    ("。长林街道办事处完善制度。街道工委研究部署", "街道工委", "长林街道党工委"),
])
def test_a_street_s_committee_named_by_itself_is_the_one_street_s(sentence, name, canonical):
    assert bodies(sentence)[name].canonical == canonical


@pytest.mark.parametrize("sentence", [
    "。白云街道、长林街道完善制度。党工委召开专题会议",
    "。党工委召开专题会议",
])
def test_a_street_s_committee_named_by_itself_without_one_street(sentence):
    assert bodies(sentence)["党工委"].canonical is None


@pytest.mark.parametrize("sentence, canonical, mentions", [
    # a street with a party committee (党委), not a working committee
    ("。白云街道完善制度。街道党委召开专题会议", "中共白云街道委员会", 1),
    ("。白云街道党委研究部署，街道党委书记带头述法", "中共白云街道委员会", 2),
])
def test_a_streets_party_committee_by_its_level_word(sentence, canonical, mentions):
    found = [f for f in bodies(sentence).values() if f.type == "party_committee"]
    assert [(f.canonical, len(f.mentions)) for f in found] == [(canonical, mentions)]


@pytest.mark.parametrize("sentence", [
    "。白云街道、青山街道完善制度。街道党委召开专题会议",  # several streets
    "。青石镇完善制度。街道党委召开专题会议",  # no street
])
def test_no_streets_party_committee_without_one_street(sentence):
    assert [f.canonical for f in bodies(sentence).values() if f.type == "party_committee"] == [None]


def test_the_towns_and_streets_committees_in_general_are_none():
    assert [f for f in bodies("。白云街道完善制度，压实乡镇街道党委主体责任").values() if f.type == "party_committee"] == []
