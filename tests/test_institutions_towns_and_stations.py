"""Towns and the bodies around them: a level word inside a town's name, words that name a kind or a level of town,
a town's stations named without its level word, a street office after its government; departments by short names,
a bureau's branch, the rule-of-law committee with or without 全面."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence, name", [
    # a level word as a two-character town's second character, where it heads no place
    ("。故县镇开展普法宣传", "故县镇"),
    ("联合新市镇开展矛盾排查", "新市镇"),
    ("。九州乡推行合法性审查", "九州乡"),
    ("宝山区新市镇人民政府印发清单", "宝山区新市镇人民政府"),
    # a town named like the words of a kind of town, but not one
    ("。济阳镇开展普法宣传", "济阳镇"),
    ("。苏家镇组织执法培训", "苏家镇"),
    ("。移山乡推行合法性审查", "移山乡"),
    ("。口岸镇开展普法宣传", "口岸镇"),
    ("。业兴镇开展普法宣传", "业兴镇"),
    ("、府前镇开展普法宣传", "府前镇"),
    # a town whose name follows a verb word at a boundary
    ("。白沙镇编制权责清单", "白沙镇"),
])
def test_a_town_is_read(sentence, name):
    assert name in bodies(sentence)


@pytest.mark.parametrize("sentence", [
    # a level word after a character that makes it a word (城区, 山区, 郊区) or a plural (市县), before a town word
    "在城区街道开展走访",
    "在山区乡镇推广巡回调解",
    "对郊区街道开展督查",
    "。市县乡三级联动",
    # a three-character run ending in a level word is no town: the verb before it stays a verb
    "，推动县乡两级落实",
    "，落实市镇两级责任",
    # a kind of town by its economy or people, and the Inner Mongolian township word
    "。经济镇建设取得成效",
    "。农业乡群众增收",
    "。工贸镇企业开展合规体检",
    "。边境乡设立调解室",
    "。移民镇安置工作有序推进",
    "。民族乡法律服务全覆盖",
    "。工矿镇企业开展合规体检",
    "。边贸镇市场秩序规范",
    "。渔业乡渔民学法",
    "。商业镇商户参与调解",
    "。苏木镇调委会每月开展矛盾排查",
    # the government before its head's title
    "、政府乡长任副组长",
    "，政府镇长带头学法",
    # 镇级, 乡级: a level of government
    "。编制镇级权责事项清单",
    "。形成镇级权责清单",
    "。形成乡级事项目录",
    # a verb before the generic 镇
    "。建成镇综治中心",
    "。编制镇权责清单",
])
def test_no_town(sentence):
    assert bodies(sentence) == {}


def test_a_one_stop_centre_is_a_kind_not_a_name():
    assert bodies("，打造“一站式”矛调中心") == {}
    assert "“石榴籽”调解室" in bodies("，设立“石榴籽”调解室")


@pytest.mark.parametrize("sentence, name, canonical, kind", [
    ("柳林镇人民调解委员会受理纠纷。柳林司法所派员参与。", "柳林司法所", "柳林镇司法所", "justice_bureau"),
    ("。金龙街道开展普法，金龙司法所参与", "金龙司法所", "金龙街道司法所", "justice_bureau"),
    ("白沙镇开展普法，白沙派出所配合", "白沙派出所", "白沙镇派出所", "government"),
])
def test_a_station_named_by_its_town_without_its_level_word(sentence, name, canonical, kind):
    found = bodies(sentence)[name]
    assert (found.canonical, found.type) == (canonical, kind)


def test_a_station_joins_the_one_written_in_full():
    found = bodies("凤翔区柳林镇司法所成立。柳林镇开展普法，柳林司法所参与")
    assert "柳林司法所" not in found
    assert len(found["凤翔区柳林镇司法所"].mentions) == 2


@pytest.mark.parametrize("sentence, station", [
    # no town named as a body: the station's name alone says nothing of a town, and is its own name
    ("。柳林司法所派员参与调解", "柳林司法所"),
    # another town's name: never that town's station
    ("白沙镇开展普法，青石司法所参与", "青石司法所"),
])
def test_without_its_town_a_station_is_its_own_name(sentence, station):
    found = bodies(sentence)
    assert {name: f.canonical for name, f in found.items() if name.endswith("司法所")} == {station: station}


@pytest.mark.parametrize("sentence", [
    # a verb before the generic 街道 or 镇: the street's or the town's own, not a town named so
    "，通过街道公众号推送普法内容",
    "，代理街道行政应诉案件5件",
    "，协助街道开展矛盾排查",
    "，帮助街道完善合同审查",
])
def test_a_verb_before_a_street_word_is_no_street(sentence):
    assert bodies(sentence) == {}


def test_a_street_whose_name_a_verb_ends_is_read():
    assert "石过街道" in bodies("。石过街道推行合法性审查")


def test_a_street_office_after_its_districts_government_is_one_body():
    found = bodies("江宁区人民政府金桥街道办事处关于年度报告的说明。金桥街道开展普法。")
    assert list(found) == ["江宁区人民政府金桥街道办事处"]
    assert len(found["江宁区人民政府金桥街道办事处"].mentions) == 2


def test_a_town_is_no_body_of_the_government_before_it():
    assert "江宁区人民政府白沙镇" not in bodies("江宁区人民政府白沙镇联合调研")


@pytest.mark.parametrize("sentence, name", [
    # departments by the short names some cities write (a commission as 委, a bureau by its words)
    ("，区卫生健康委开展执法检查", "区卫生健康委"),
    ("，区城管委开展执法检查", "区城管委"),
    ("，区城市管理委开展执法检查", "区城市管理委"),
    ("，区住房城乡建设委牵头整治", "区住房城乡建设委"),
    ("，区规划自然资源委审查方案", "区规划自然资源委"),
    ("，区疾病预防控制局开展检查", "区疾病预防控制局"),
    ("，区园林绿化局开展检查", "区园林绿化局"),
    ("，区人力社保局开展检查", "区人力社保局"),
    ("，市营商环境建设局牵头", "市营商环境建设局"),
    ("，区政务服务和数据管理局推行", "区政务服务和数据管理局"),
    ("，区国防动员办公室牵头演练", "区国防动员办公室"),
])
def test_a_department_by_its_short_name(sentence, name):
    assert list(bodies(sentence)) == [name]


@pytest.mark.parametrize("sentence", [
    # 委 opening 委托: no commission
    "，加强城管委托执法",
    "，规范城市管理委托事项",
])
def test_a_department_word_before_a_verb_is_none(sentence):
    assert bodies(sentence) == {}


def test_a_short_bureau_name_is_spelled_out():
    found = bodies("江宁区人力资源和社会保障局印发通知，区人力社保局配合")
    assert list(found) == ["江宁区人力资源和社会保障局"]


@pytest.mark.parametrize("code", [None, "440309"])
def test_the_rule_of_law_committee_with_or_without_its_full_word_is_one_body(code):
    found = bodies("召开区委全面依法治区委员会会议，发挥区委依法治区委统筹作用，区委依法治区办协调", code)
    assert list(found) == ["区委全面依法治区委员会", "区委依法治区办"]
    assert len(found["区委全面依法治区委员会"].mentions) == 2


def test_the_committee_and_its_office_stay_apart():
    found = bodies("召开区委全面依法治区委员会会议，区委依法治区办协调")
    assert len(found) == 2


@pytest.mark.parametrize("sentence, name", [
    ("广州市公安局增城区分局关于年度报告", "广州市公安局增城区分局"),
    ("，市生态环境局江宁区分局开展执法检查", "市生态环境局江宁区分局"),
])
def test_a_bureaus_branch_named_by_its_place_is_one_body(sentence, name):
    assert list(bodies(sentence)) == [name]


@pytest.mark.parametrize("sentence, name", [
    # the city's bureau, then a place that is no branch's name
    ("，广州市公安局联合增城区开展整治", "广州市公安局"),
    ("，市公安局、增城区分局联合执法", "市公安局"),
])
def test_a_bureau_before_a_place_without_its_branch_word_stays_the_bureau(sentence, name):
    assert name in bodies(sentence)
    assert not any(found.endswith("分局") and found != name for found in bodies(sentence))


@pytest.mark.parametrize("sentence, name", [
    # the report's own statement names its town (现将…报告如下)
    ("现将白沙镇2023年法治政府建设情况报告如下：", "白沙镇"),
    ("现将白沙镇人民政府2023年工作情况报告如下。", "白沙镇人民政府"),
])
def test_a_town_after_the_statements_opening_is_read(sentence, name):
    assert name in bodies(sentence)


@pytest.mark.parametrize("sentence", ["现将有关情况报告如下：", "将白沙镇纳入试点范围。"])
def test_no_body_after_the_statements_opening_without_a_name_nor_after_a_bare_jiang(sentence):
    assert not bodies(sentence)
