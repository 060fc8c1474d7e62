"""Institutions: a verb that empowers or helps towns opens no town's name (赋能街道, 助力乡镇), in a project's title in quotes
as anywhere; a headless name counted, before the count or after it, in quotes or not, is a kind of body (首批36家“…调解
工作室”, 调解室12个); a town's body in full leaves no town alone (中村乡党政办公室)."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence", [
    "。打造“服务下沉 赋能街道”品牌",
    "，推荐“编写执法指南 赋能街道综合行政执法”入选",
    "。助力打造环大学知识经济圈",
    "。建成首批20家“老兵调解工作室”",
    "，完成首批36家“邻里家事调解工作室”建设",
    "。设立驻所人民调解室6个",
    "。打造“老马调解工作室”3个",
    "。建成商事调解中心共5家",
])
def test_no_body_in_a_verbs_title_or_a_count(sentence):
    assert bodies(sentence) == {}


@pytest.mark.parametrize("sentence, name", [
    ("。东湖街道办事处参与调解", "东湖街道办事处"),
    ("。东湖街道开展普法宣传", "东湖街道"),
    ("，成立“老娘舅调解工作室”化解纠纷", "老娘舅调解工作室"),
    ("。老马调解工作室3月挂牌运行", "老马调解工作室"),
])
def test_a_body_not_counted_stays(sentence, name):
    assert set(bodies(sentence)) == {name}


def test_a_towns_office_in_full_leaves_no_town_alone():
    assert set(bodies("作者：中村乡党政办公室  来源：本站")) == {"中村乡党政办公室"}
