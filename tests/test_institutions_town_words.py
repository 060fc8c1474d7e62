"""Town precision: common words ending in 镇 or 乡 are no towns, while the towns written like them are."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence, name", [
    # a town's name may open with 故 (故乡 is too short for one)
    ("。故驿镇开展普法宣传", "故驿镇"),
    ("联合故里乡开展矛盾排查", "故里乡"),
    # a two-character town whose second character is 家, 重, 强, 大 or 坐, and one after 经
    ("。马家乡推行合法性审查", "马家乡"),
    ("。九重镇推行合法性审查", "九重镇"),
    ("。自强镇组织执法人员培训", "自强镇"),
    ("。石大镇组织执法人员培训", "石大镇"),
    ("经白沙镇同意", "白沙镇"),
    # a three-character town ending like one of those words, but not in one
    ("由马家坪镇牵头开展调解", "马家坪镇"),
    ("。回龙镇开展送法下乡活动", "回龙镇"),
    ("。下洋镇组织返乡人员学法", "下洋镇"),
    # a town whose name is no kind of town
    ("。建新镇开展普法宣传", "建新镇"),
    ("。远山乡推行合法性审查", "远山乡"),
])
def test_a_town_is_read(sentence, name):
    assert name in bodies(sentence)


@pytest.mark.parametrize("sentence", [
    # a word a one-character boundary word opens (经), then a word ending in 镇
    "该县是全省经济重镇",
    "。打造经济强镇",
    "努力建成经济大镇",
    # a verb before 家乡 at the start of a sentence
    "回家乡创业的青年逐年增多",
    "。爱家乡、建家乡、美家乡蔚然成风",
    "。返家乡过年的外出人员增多",
    # a three-character phrase ending in a noun like a town (扩权强镇, 文化大镇, 广大老乡)
    "。扩权强镇改革稳步推进",
    "。文化大镇建设取得成效",
    "。广大老乡踊跃参与",
    # a verb with 乡 or 镇 (送法下乡, 衣锦还乡, 组织返乡, 进入梦乡, 鼓励回乡, 亲自坐镇)
    "。送法下乡活动覆盖全县",
    "。衣锦还乡的能人回村任职",
    "组织返乡人员参加普法培训",
    "。进入梦乡的村庄格外宁静",
    "。鼓励回乡创业人员参与调解",
    "。亲自坐镇指挥调处",
    # a kind of town
    "。建制镇全部建成公共法律服务工作站",
    "。专业镇企业开展合规体检",
    "。贫困乡法律援助全覆盖",
    "。边远乡设立巡回法庭",
    "。偏远乡群众办事更便利",
])
def test_a_word_ending_like_a_town_is_none(sentence):
    assert bodies(sentence) == {}
