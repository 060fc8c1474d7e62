"""Institutions: towns whose names open with a modifier (小, 老, 重, 集), ministries, state administrations and
bureaus by their short names, and a body's party group named from inside it after a verb."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence, name, canonical", [
    ("。小陶镇党委专题研究法治建设", "小陶镇党委", "中共小陶镇委员会"),
    ("，老城镇人民政府印发实施方案", "老城镇人民政府", "老城镇人民政府"),
    ("。重固镇政府聘请法律顾问", "重固镇政府", "重固镇人民政府"),
    ("，集美街道办事处开展执法培训", "集美街道办事处", "集美街道办事处"),
    ("。小营街道党工委召开会议", "小营街道党工委", "小营街道党工委"),
    ("。中共小陶镇委员会部署", "中共小陶镇委员会", "中共小陶镇委员会"),
    ("。大桥镇政府开展普法", "大桥镇政府", "大桥镇人民政府"),
])
def test_a_town_opening_with_a_modifier_is_read_before_its_own_body(sentence, name, canonical):
    found = bodies(sentence)
    assert set(found) == {name}
    assert found[name].canonical == canonical


@pytest.mark.parametrize("sentence, names", [
    # the town alone: 小城镇, 老街道 are phrases as often
    ("。小陶镇开展普法宣传", set()),
    ("，老城镇加快旧区改造", set()),
    ("。小城镇建设稳步推进", set()),
    ("，老街道改造完成", set()),
    # a word the modifier opens
    ("。小型镇政府职能转变", set()),
    ("，集中街道办事处执法力量", set()),
    ("，重要乡政府会议", set()),
    ("，老年乡政府补贴", set()),
    # a three-character name opening with a modifier
    ("。小型化街道办事处运行", set()),
    ("。小金口街道开展普法", set()),
    # a modifier before the level word alone
    ("，大镇党委研究", {"镇党委"}),
    ("。新建乡村治理中心", set()),
])
def test_a_modifier_before_a_town_word_names_no_town_otherwise(sentence, names):
    assert set(bodies(sentence)) == names


@pytest.mark.parametrize("sentence, name, canonical", [
    ("。人社部印发工作指引", "人社部", "人力资源和社会保障部"),
    ("，人力资源社会保障部部署专项行动", "人力资源社会保障部", "人力资源和社会保障部"),
    ("。住建部出台办法", "住建部", "住房和城乡建设部"),
    ("，工信部联合发文", "工信部", "工业和信息化部"),
    ("，科技部批复试点", "科技部", "科学技术部"),
    ("。文旅部发布标准", "文旅部", "文化和旅游部"),
    ("。市场监管总局部署执法行动", "市场监管总局", "国家市场监督管理总局"),
    ("，国家市场监督管理总局印发", "国家市场监督管理总局", "国家市场监督管理总局"),
    ("，税务总局明确要求", "税务总局", "国家税务总局"),
    ("。海关总署发布公告", "海关总署", "海关总署"),
])
def test_a_national_body_by_its_short_name_is_spelled_out(sentence, name, canonical):
    found = bodies(sentence)
    assert set(found) == {name}
    assert (found[name].canonical, found[name].type) == (canonical, "government")


def test_a_ministry_by_its_short_and_full_name_is_one_body():
    found = bodies("。人社部印发通知，人力资源和社会保障部随后解读")
    assert set(found) == {"人社部"}
    assert len(found["人社部"].mentions) == 2


@pytest.mark.parametrize("sentence, names", [
    ("，人社部门联合执法", set()),
    ("，科技部门参与评审", set()),
    # a tax bureau's full name opens with its administration's
    ("。国家税务总局宝山区税务局推行说理式执法", {"宝山区税务局"}),
    ("，国家税务总局上海市宝山区税务局联合", {"上海市宝山区税务局"}),
    ("。国家税务总局部署，区税务局落实", {"国家税务总局", "区税务局"}),
])
def test_no_national_body_inside_a_word_or_another_name(sentence, names):
    assert set(bodies(sentence, "310113")) == names


@pytest.mark.parametrize("sentence, name, canonical", [
    ("，区退役军人局联合开展", "区退役军人局", "宝山区退役军人事务局"),
    ("，区数据局推进数据共享", "区数据局", "宝山区数据局"),
    ("，区政数局优化审批", "区政数局", "宝山区政数局"),
    ("，区机关事务局制定制度", "区机关事务局", "宝山区机关事务局"),
    ("，区乡村振兴局开展普法", "区乡村振兴局", "宝山区乡村振兴局"),
    ("，区人防办开展执法", "区人防办", "宝山区人防办"),
    ("，区医保局查处违规", "区医保局", "宝山区医疗保障局"),
    ("，区应急局开展检查", "区应急局", "宝山区应急管理局"),
    ("，区卫健局开展监督", "区卫健局", "宝山区卫生健康局"),
    ("，市人社厅印发", "市人社厅", "上海市人力资源和社会保障厅"),
    ("，区住建局开展", "区住建局", "宝山区住房和城乡建设局"),
])
def test_a_bureau_by_its_short_name(sentence, name, canonical):
    found = bodies(sentence, "310113")
    assert set(found) == {name}
    assert found[name].canonical == canonical


@pytest.mark.parametrize("sentence, names", [
    ("，各数据局协同", set()),
    ("，全区退役军人工作", set()),
])
def test_a_bureaus_short_name_needs_its_own_place(sentence, names):
    assert set(bodies(sentence, "310113")) == names


@pytest.mark.parametrize("verb", ["根据", "按照", "依照", "落实", "坚持", "担任"])
def test_a_party_group_named_from_inside_after_a_verb_is_the_bodys(verb):
    found = bodies(f"。区司法局党组专题研究，{verb}局党组安排", "310113")
    assert set(found) == {"区司法局党组"}
    assert found["区司法局党组"].canonical == "宝山区司法局党组"
    assert len(found["区司法局党组"].mentions) == 2


@pytest.mark.parametrize("sentence, names", [
    # another bureau's party group, its name not one the rules know
    ("。区司法局党组专题研究，区招商服务局党组研究", {"区司法局党组"}),
    # a party organisation is no party group
    ("，落实局党组织生活制度", set()),
])
def test_a_party_group_after_a_name_is_no_party_group_named_from_inside(sentence, names):
    assert set(bodies(sentence, "310113")) == names


@pytest.mark.parametrize("verb", [
    "组成", "包括", "涉及", "辐射", "包联", "挂钩", "督导", "督查", "检查", "抽查", "考核", "评估", "调研", "要求", "约谈",
    "压实", "下达", "下放", "授权", "赋予", "移交", "承接", "通报", "培训",
])
@pytest.mark.parametrize("town_word", ["街道", "镇"])
def test_a_verb_before_a_level_word_names_no_town(verb, town_word):
    assert set(bodies(f"，{verb}{town_word}落实整改")) == set()


@pytest.mark.parametrize("sentence, names", [
    ("，龙华街道落实整改", {"龙华街道"}),
    ("，白沙镇落实整改", {"白沙镇"}),
    # the committee a body formed: the committee, not a town named by the verb
    ("，共同组成街道全面依法治街委员会", {"全面依法治街委员会"}),
])
def test_a_town_before_the_same_words_is_read(sentence, names):
    assert set(bodies(sentence)) == names


@pytest.mark.parametrize("sentence, names", [
    # a verb before a level word, the verb's own word longer than a town's two characters
    ("，建立起街道调解平台", set()),
    ("，推进起镇级网格", set()),
    # a level word in a list of levels
    ("，形成乡、村、组三级网络", set()),
    ("，依托镇、村两级平台", set()),
    # towns in a list, and a town before a village
    ("，白沙镇、青山乡联合", {"白沙镇", "青山乡"}),
    ("。许家坝镇开展", {"许家坝镇"}),
])
def test_a_level_word_after_a_verb_or_in_a_list_of_levels_is_no_town(sentence, names):
    assert set(bodies(sentence)) == names


@pytest.mark.parametrize("sentence, names", [
    ("。最高法发布典型案例", {"最高法": ("最高人民法院", "court")}),
    ("，最高检印发意见", {"最高检": ("最高人民检察院", "procuratorate")}),
    ("。最高法院发布司法解释", {"最高法院": ("最高人民法院", "court")}),
    ("，最高检察院部署", {"最高检察院": ("最高人民检察院", "procuratorate")}),
    ("。最高法、最高检联合发布", {"最高法": ("最高人民法院", "court"), "最高检": ("最高人民检察院", "procuratorate")}),
])
def test_the_supreme_court_and_procuratorate_by_their_short_names(sentence, names):
    assert {name: (f.canonical, f.type) for name, f in bodies(sentence).items()} == names


def test_the_supreme_court_by_its_short_and_full_name_is_one_body():
    found = bodies("。最高人民法院印发意见，最高法随后解读")
    assert set(found) == {"最高人民法院"}
    assert len(found["最高人民法院"].mentions) == 2


@pytest.mark.parametrize("sentence", [
    "。宪法具有最高法律效力", "，最高法定刑为三年", "，最高检查频次每月一次", "，最高检测限值", "，最高法院报刊发",
])
def test_no_supreme_body_in_a_word_opening_like_its_short_name(sentence):
    assert set(bodies(sentence)) == set()


@pytest.mark.parametrize("sentence, name, canonical", [
    ("。市发改局开展价格检查", "市发改局", "慈溪市发展和改革局"),
    ("。市民宗局开展普法", "市民宗局", "慈溪市民族宗教事务局"),
    ("。市教体局开展校园普法", "市教体局", "慈溪市教育体育局"),
])
def test_a_county_bureau_by_its_short_name_is_spelled_out(sentence, name, canonical):
    assert bodies(sentence, "330282")[name].canonical == canonical


def test_a_bureau_by_its_short_and_its_full_name_is_one_body():
    found = bodies("。县发改局牵头，县发展和改革局配合", "410927")
    assert [len(f.mentions) for f in found.values()] == [2]


STATE_BODY_SHORT_NAMES = [
    ("。国务院国资委部署专项行动", "国务院国资委", "国务院国有资产监督管理委员会"),
    ("。中国证监会发布处罚决定", "中国证监会", "中国证券监督管理委员会"),
    ("。国家民委印发通知", "国家民委", "国家民族事务委员会"),
    ("。中国民航局印发通知", "中国民航局", "中国民用航空局"),
    ("。金融监管总局通报典型案例", "金融监管总局", "国家金融监督管理总局"),
    ("。体育总局印发办法", "体育总局", "国家体育总局"),
    ("。广播电视总局印发办法", "广播电视总局", "国家广播电视总局"),
    ("。审计署开展专项审计", "审计署", "审计署"),
]


@pytest.mark.parametrize(("sentence", "name", "canonical"), STATE_BODY_SHORT_NAMES)
def test_a_state_body_by_its_short_name_is_spelled_out(sentence, name, canonical):
    found = bodies(sentence)
    assert set(found) == {name}
    assert (found[name].canonical, found[name].type) == (canonical, "government")


def test_a_department_of_a_field_is_no_ministry():
    assert "交通运输部" not in bodies("，县交通运输部门联合执法")
