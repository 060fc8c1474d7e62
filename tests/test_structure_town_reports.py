"""Structure phrasings of town and street reports: three-character towns, a town and its own government
named in one report."""

from __future__ import annotations

import pytest
from conftest import bodies

# Three-character towns --------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, name", [
    ("今年,马家坪镇推行合法性审查", "马家坪镇"),
    ("县司法局指导马家坪镇开展普法", "马家坪镇"),
    ("联合石板溪乡开展排查", "石板溪乡"),
    ("责令西湖街道办事处、黄草岭乡政府重新作出决定", "黄草岭乡政府"),
    ("由凤凰山街道牵头开展调解", "凤凰山街道"),
])
def test_a_town_of_three_characters(sentence, name):
    assert name in bodies(sentence)


@pytest.mark.parametrize("sentence", ["2024年白沙镇推行公开", "2023年度青山乡开展普法", "3月白沙镇开展普法"])
def test_a_date_before_a_town_is_no_part_of_it(sentence):
    assert not [name for name in bodies(sentence) if name[0] in "年度月"]


@pytest.mark.parametrize("sentence", [
    "到青山镇调研调解工作",  # a one-character word a name may follow, then a two-character town
    "如白沙镇建立了调解室",
    "原青山乡撤并后",
    "。百年老镇焕发生机",  # a number
    "会议指出,千年古镇焕发新貌",  # an old or a small town in general
    "会上,江南古镇的做法受到肯定",
    "。风情小镇建成开放",
    "现就我乡法治政府建设情况报告如下",  # the report's own town
    "2023年我镇推进依法行政",
    "共办理镇(街道)备案审查事项20件",  # a verb before 镇
    "打造美丽城镇",
    "统筹城乡党委联建",  # words before 城乡, 城镇 and other nouns ending like a town
    "。推动城镇化发展",
    "。回到家乡创业",
    "。江南水乡风貌",
    "。打造书法之乡",
    "。成为工业重镇",
    "。建设中心集镇",
])
def test_no_three_character_town(sentence):
    assert bodies(sentence) == {}


def test_a_party_committee_of_a_town_in_full():
    assert bodies("中共石门镇委员会 石门镇人民政府")["中共石门镇委员会"].type == "party_committee"
    assert bodies("政协石门镇委员会") == {}


# A town's party committee, in full, as 党委 and as its own report's bare 镇党委, is one body named in full.
@pytest.mark.parametrize("text, name, count", [
    ("中共石门镇委员会高度重视法治建设。石门镇党委书记主持会议。镇党委中心组开展学法", "中共石门镇委员会", 3),
    ("石门镇党委、镇政府联合印发方案。镇党委书记带头讲法", "石门镇党委", 2),
    ("中国共产党石门镇委员会。石门镇党委推进普法", "中国共产党石门镇委员会", 2),
])
def test_a_towns_party_committee_in_every_form_is_one_body(text, name, count):
    found = {n: f for n, f in bodies(text).items() if f.type == "party_committee"}
    assert set(found) == {name}
    assert len(found[name].mentions) == count
    assert found[name].canonical == "中共石门镇委员会"


@pytest.mark.parametrize("text, names", [
    # two towns' committees: the bare 镇党委 may be either
    ("白沙镇党委、青山镇党委联合开展普法。镇党委书记出席", {"白沙镇党委", "青山镇党委", "镇党委"}),
    # a township's committee is no town's: 镇党委 stays apart from it
    ("白沙乡党委开展普法。镇党委书记出席", {"白沙乡党委", "镇党委"}),
    # a street's working committee is named otherwise
    ("石门街道党工委开展普法。石门镇党委推进调解", {"石门街道党工委", "石门镇党委"}),
])
def test_a_bare_town_committee_joins_only_the_one_town_committee_of_its_word(text, names):
    assert {n for n, f in bodies(text).items() if f.type == "party_committee"} == names


# A town and its own government --------------------------------------------------------------------------


@pytest.mark.parametrize("text, name, count", [
    ("德江县白沙镇人民政府2024年法治政府建设情况报告。白沙镇坚持依法行政,白沙镇推行公开", "德江县白沙镇人民政府", 3),
    ("金桥街道办事处关于2023年度情况的报告。金桥街道坚持依法决策", "金桥街道办事处", 2),
    ("白沙镇坚持依法行政。德江县白沙镇开展普法", "白沙镇", 2),
    ("贵州省德江县白沙镇人民政府编制。德江县白沙镇人民政府报告如下:白沙镇推行公开", "贵州省德江县白沙镇人民政府", 3),
])
def test_a_town_and_its_government_are_one_body(text, name, count):
    found = bodies(text)
    assert set(found) == {name}
    assert len(found[name].mentions) == count


@pytest.mark.parametrize("text, name, canonical", [
    ("白沙镇人民政府报告如下。白沙镇政府聘请法律顾问", "白沙镇人民政府", "白沙镇人民政府"),  # 政府 spelled out
    ("德江县白沙镇政府编制。白沙镇人民政府报告如下", "德江县白沙镇政府", "德江县白沙镇人民政府"),
])
def test_a_towns_government_in_short_and_in_full_is_one_body(text, name, canonical):
    found = bodies(text)
    assert len(found) == 1
    assert len(found[name].mentions) == 2
    assert found[name].canonical == canonical


@pytest.mark.parametrize("text, names", [
    # another town's government, and the town's own bodies that are not its government
    ("青山镇人民政府、白沙镇人民政府。青山镇推行公开", {"青山镇人民政府", "白沙镇人民政府"}),
    ("白沙镇开展普法。白沙镇司法所开展调解,白沙镇派出所配合", {"白沙镇", "白沙镇司法所", "白沙镇派出所"}),
    ("大白沙镇人民政府。白沙镇开展普法", {"大白沙镇人民政府", "白沙镇"}),
])
def test_other_bodies_stay_apart_from_the_town(text, names):
    assert set(bodies(text)) == names


# A town after 和 or 与 in a list of bodies ------------------------------------------------------------------


@pytest.mark.parametrize("sentence, names", [
    ("白沙镇、青山镇和石门乡开展试点", {"白沙镇", "青山镇", "石门乡"}),
    ("西湖街道办事处和黄草岭乡政府重新作出决定", {"西湖街道办事处", "黄草岭乡政府"}),
    ("由白沙镇与青山镇联合排查", {"白沙镇", "青山镇"}),
])
def test_a_town_closing_a_list_of_bodies(sentence, names):
    assert set(bodies(sentence)) == names


@pytest.mark.parametrize("sentence", [
    "推进和谐城镇建设",  # 和 inside a word
    "在白沙镇、青山镇和石门乡先行试点",  # a list of places
    "到白沙镇和青山镇调研",
])
def test_no_town_after_and_outside_a_list_of_bodies(sentence):
    assert bodies(sentence) == {}
