"""Institutions: a town's centre for social governance named by its level word alone (镇综治中心) is the one town's
the report names: the centre it writes in full, else the one town of that level it names; in a report naming no town
or several, or as the towns' centres in general (乡镇综治中心, 各镇综治中心, 县、镇综治中心), it is no body. A report
naming no town but calling its own place by the town's level (全镇, 我乡, 本街道) speaks of its own town's: such a body
(镇司法所, 乡人民调解委员会, 街道综合行政执法队) is one, as written, with no canonical name."""

from __future__ import annotations

import pytest
from conftest import bodies


def test_a_towns_centre_by_its_level_word_joins_the_one_written_in_full():
    found = bodies("。青石镇综治中心挂牌运行。镇综治中心全年调处纠纷40件")
    assert set(found) == {"青石镇综治中心"}
    assert found["青石镇综治中心"].mentions == ((1, 8), (13, 18))


@pytest.mark.parametrize("sentence, name, canonical", [
    # a town's own report: the one town it names
    ("青石镇党委高度重视。镇综治中心全年调处纠纷40件", "镇综治中心", "青石镇综治中心"),
    ("。桃源乡开展普法，乡综治中心受理纠纷", "乡综治中心", "桃源乡综治中心"),
    ("。金沙街道办事处推进调解，街道综治中心受理纠纷", "街道综治中心", "金沙街道综治中心"),
])
def test_a_towns_centre_by_its_level_word_is_the_one_towns_the_report_names(sentence, name, canonical):
    found = bodies(sentence)
    assert (found[name].canonical, found[name].type) == (canonical, "mediation")


@pytest.mark.parametrize("sentence", [
    # no town named, or several of that level
    "。镇综治中心全年调处纠纷40件",
    "。青石镇、双河镇开展普法，镇综治中心受理纠纷",
    # the towns' centres in general, a plural, a list of levels
    "。推进乡镇综治中心规范化建设",
    "。各镇综治中心受理纠纷",
    "。全县12个镇综治中心全部挂牌",
    "。在县、镇综治中心设立窗口",
    "。县镇两级综治中心实体化运行",
    "。城乡综治中心联动",
])
def test_no_towns_centre_by_its_level_word(sentence):
    assert not any(name.endswith("综治中心") for name in bodies(sentence))


def test_a_towns_centre_by_its_level_word_joins_none_of_several_written_in_full():
    found = bodies("。青石镇综治中心、双河镇综治中心挂牌，镇综治中心受理纠纷")
    assert set(found) == {"青石镇综治中心", "双河镇综治中心"}
    assert [len(f.mentions) for f in found.values()] == [1, 1]


def test_a_towns_centre_by_its_level_word_is_never_the_countys():
    found = bodies("。县综治中心和镇综治中心联动", "620621")
    assert set(found) == {"县综治中心"}
    assert found["县综治中心"].canonical == "民勤县综治中心"


@pytest.mark.parametrize("sentence, canonical", [
    ("。青石镇推进执法规范化。镇综合行政执法大队办理案件5件", "青石镇综合行政执法大队"),
    ("。青石镇综合行政执法大队成立。镇综合行政执法大队办理案件5件", "青石镇综合行政执法大队"),
])
def test_a_town_s_squad_by_its_level_word_is_the_one_town_s(sentence, canonical):
    found = [f for f in bodies(sentence).values() if "执法大队" in f.name]
    assert [f.canonical for f in found] == [canonical]


@pytest.mark.parametrize("sentence", [
    "。青石镇、双河镇推进执法规范化。镇综合行政执法大队办理案件5件",
    "。推进乡镇综合行政执法大队规范化建设",
])
def test_no_town_s_squad_without_one_town(sentence):
    assert not [f for f in bodies(sentence).values() if f.name.startswith(("镇", "乡"))]


@pytest.mark.parametrize("sentence, name, kind", [
    ("2023年,全镇深化公共法律服务。由镇司法所牵头，联合公证处开展普法", "镇司法所", "justice_bureau"),
    ("。我乡调解组织健全，乡人民调解委员会全年受理纠纷30件", "乡人民调解委员会", "mediation"),
    ("。本街道推进执法规范化，街道综合行政执法队办理案件5件", "街道综合行政执法队", "government"),
])
def test_a_towns_body_by_its_level_word_in_a_text_calling_itself_so_is_its_own(sentence, name, kind):
    found = bodies(sentence)
    assert (found[name].canonical, found[name].type) == (None, kind)


@pytest.mark.parametrize("sentence", [
    # a county's text: the streets' stations in general
    "。全县推进司法所规范化建设，为街道司法所增加政法专项编制",
    # 全乡镇 is the towns in general, no call of a township's own
    "。全乡镇推进公共法律服务，由乡司法所牵头开展普法",
    # a call of another level than the body's
    "。全镇推进公共法律服务，由街道司法所牵头开展普法",
    # the towns' stations as a count
    "。全镇推进公共法律服务。全县16个乡镇司法所全部建成",
])
def test_no_towns_body_by_its_level_word_without_its_own_call(sentence):
    assert not [name for name in bodies(sentence) if name.endswith("司法所")]


@pytest.mark.parametrize("sentence", [
    # a body sharing the level word of a list's first item, written without it
    "。全乡推进法治建设，乡党委、政府积极配合开展督查",
])
def test_no_towns_body_where_its_level_word_opens_no_town(sentence):
    assert not [f for f in bodies(sentence).values() if f.type == "government"]


def test_a_towns_government_named_in_full_is_no_level_words_body():
    # the town's whole name is read (万古镇), no level word alone (镇人民政府, 古镇人民政府)
    found = bodies("。万古镇人民政府推进法治建设，全镇调解纠纷30件")
    assert [name for name, f in found.items() if f.type == "government"] == ["万古镇人民政府"]
