"""Institutions: a town's justice, police or market station or its government named by its level word alone (镇司法所, 镇派出所,
镇政府) is the one of the one town of that level the report names, or the one it writes in full; no body where it names none or several, nor for the
towns in general (乡镇司法所, 各镇司法所). So is one named by itself at a boundary (由司法所牵头), of the one town of any
level the report names; not in a list, where it may be the towns' in general (乡镇综治办、司法所)."""

from __future__ import annotations

import pytest
from conftest import bodies


def test_the_station_of_the_one_town():
    found = bodies("。青石镇推进普法。镇司法所全年调解纠纷40件")
    assert found["镇司法所"].canonical == "青石镇司法所"
    assert found["镇司法所"].type == "justice_bureau"


def test_the_station_joins_the_one_written_in_full():
    found = bodies("。青石镇司法所挂牌运行，镇司法所全年调解纠纷40件")
    assert set(found) == {"青石镇司法所"}
    assert len(found["青石镇司法所"].mentions) == 2


def test_a_streets_station():
    found = bodies("，白云街道完善制度。街道司法所开展法律援助")
    assert found["街道司法所"].canonical == "白云街道司法所"


@pytest.mark.parametrize("sentence", [
    "。镇司法所全年调解纠纷40件",
    "。青石镇、双河镇推进普法。镇司法所全年调解纠纷40件",
    "，乡镇司法所全年调解纠纷40件",
    "。各镇司法所全年调解纠纷40件",
])
def test_no_station_without_one_town(sentence):
    assert not any(f.type == "justice_bureau" for f in bodies(sentence).values())


@pytest.mark.parametrize("sentence, name, canonical", [
    ("。青石镇推进普法。镇综合执法队、镇司法所联合执法", "镇司法所", "青石镇司法所"),
    ("，白云街道完善制度。街道党工委、街道综治中心联合排查", "街道综治中心", "白云街道综治中心"),
])
def test_the_station_listed_after_another_body_of_the_town(sentence, name, canonical):
    assert bodies(sentence)[name].canonical == canonical


@pytest.mark.parametrize("sentence", [
    "。青石镇推进普法。健全县、镇司法所工作机制",
    "。青石镇推进普法。完善区、街道综治中心建设",
])
def test_no_station_after_a_list_of_levels(sentence):
    assert not any(f.type in ("justice_bureau", "mediation") for f in bodies(sentence).values())


@pytest.mark.parametrize("sentence, canonical, mentions", [
    # in a town's report: the town's station
    ("。青石镇完善合同审查。凡合同均由司法所和法律顾问审核", "青石镇司法所", 1),
    ("。双河乡推进普法。向司法所申请调解", "双河乡司法所", 1),
    # joined to the one the report names in full
    ("。青石镇司法所获评先进。由司法所牵头调处纠纷", "青石镇司法所", 2),
])
def test_a_justice_station_named_by_itself(sentence, canonical, mentions):
    found = [f for f in bodies(sentence).values() if f.type == "justice_bureau"]
    assert [(f.canonical, len(f.mentions)) for f in found] == [(canonical, mentions)]


@pytest.mark.parametrize("sentence", [
    "。由司法所牵头调处纠纷",  # no town named
    "。青石镇、双河乡推进普法。由司法所牵头调处纠纷",  # several
    "。青石镇推进普法。全县12个司法所均已建成",  # a count
    "。青石镇推进普法。由司法所长主持调解",  # the station's head
    "。青石镇推进普法。推进乡镇综治办、司法所建设",  # listed: maybe the towns' in general
])
def test_no_justice_station_named_by_itself_without_one_town(sentence):
    assert not [f for f in bodies(sentence).values() if f.type == "justice_bureau"]


@pytest.mark.parametrize("sentence, name, canonical", [
    # a town's police and market stations by its level word, as its justice station
    ("。青石镇推进普法。镇派出所开展反诈宣传", "镇派出所", "青石镇派出所"),
    ("，白云街道完善制度。街道市场监管所检查餐饮门店", "街道市场监管所", "白云街道市场监管所"),
    ("。双河乡推进普法。乡市场监督管理所受理投诉", "乡市场监督管理所", "双河乡市场监督管理所"),
    # listed after another body of the town, sharing its level word
    ("。青石镇推进普法。由镇司法所、派出所、市场监管所联合宣传", "派出所", "青石镇派出所"),
    ("。青石镇推进普法。由镇司法所、派出所、市场监管所联合宣传", "市场监管所", "青石镇市场监管所"),
])
def test_a_towns_police_or_market_station_by_its_level_word(sentence, name, canonical):
    found = bodies(sentence)
    assert found[name].canonical == canonical
    assert found[name].type == "government"


@pytest.mark.parametrize("sentence", [
    "。镇派出所开展反诈宣传",  # no town named
    "。青石镇、双河镇推进普法。镇派出所开展反诈宣传",  # several
    "。青石镇推进普法。推进乡镇派出所规范化建设",  # the towns' in general
    "。青石镇推进普法。健全县、镇派出所联动机制",  # a list of levels
    "。青石镇推进普法。各镇市场监管所开展检查",
    "。青石镇推进普法。统筹城镇派出所警力",
])
def test_no_police_or_market_station_without_one_town(sentence):
    assert not [f for f in bodies(sentence).values() if f.name.endswith(("派出所", "市场监管所"))]


@pytest.mark.parametrize("sentence, canonical, written", [
    # a town's government by its level word: the one town's, joined to the town
    ("。青石镇推进普法，镇党委、镇政府高度重视", "青石镇人民政府", ["青石镇", "镇政府"]),
    ("。双河乡推进普法，乡人民政府聘请法律顾问", "双河乡人民政府", ["双河乡", "乡人民政府"]),
    ("。双河乡、青石镇推进普法，乡政府聘请法律顾问", "双河乡人民政府", ["双河乡", "乡政府"]),  # the one 乡
    ("。双河乡推进普法，在乡党委、政府的领导下", "双河乡人民政府", ["双河乡", "政府"]),  # sharing 乡党委's level word
])
def test_a_towns_government_by_its_level_word(sentence, canonical, written):
    found = [f for f in bodies(sentence).values() if f.canonical == canonical]
    assert len(found) == 1
    assert found[0].type == "government"
    assert [sentence[slice(*span)] for span in found[0].mentions] == written


@pytest.mark.parametrize("sentence", [
    "。镇政府开展普法",  # no town named
    "。青石镇、白石镇推进普法。镇政府开展普法",  # several
    "。青石镇推进普法，推进乡镇政府职能转变",  # the towns'
    "。青石镇推进普法，健全县、乡政府联动机制",  # a list of levels
])
def test_no_towns_government_without_one_town(sentence):
    assert not [f for f in bodies(sentence).values() if f.canonical and f.canonical.endswith("人民政府")]


@pytest.mark.parametrize("sentence, name, canonical", [
    ("。青石镇推进普法，镇人民调解委员会调解纠纷12件", "镇人民调解委员会", "青石镇人民调解委员会"),
    ("。青石镇推进普法，镇调委会调解纠纷12件", "镇调委会", "青石镇人民调解委员会"),
    ("，白云街道推进普法，街道人民调解委员会调解纠纷", "街道人民调解委员会", "白云街道人民调解委员会"),
])
def test_a_towns_mediation_committee_by_its_level_word(sentence, name, canonical):
    found = bodies(sentence)
    assert found[name].canonical == canonical
    assert found[name].type == "mediation"


@pytest.mark.parametrize("sentence", [
    "。镇人民调解委员会调解纠纷",
    "。青石镇、白石镇推进普法，镇调委会调解纠纷",
    "。青石镇推进普法，健全县、镇人民调解委员会",
])
def test_no_towns_mediation_committee_without_one_town(sentence):
    assert not [f for f in bodies(sentence).values() if f.type == "mediation"]
