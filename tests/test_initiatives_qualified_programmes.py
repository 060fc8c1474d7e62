"""A quoted name whose kind is said after a few words qualifying it (“老娘舅”调解工作室, “邻里小院”法治文化阵地) is a
programme of the item naming it, as one right before its kind is; words that end the name's phrase, a kind of one
character after other words, a watchword and a phrase that likens make none."""

from __future__ import annotations

import pytest

from lawreport import extract


def _programmes(body: str) -> list[str]:
    return [name for i in extract("一、主要成效\n（一）加强普法宣传\n" + body + "\n").initiatives for name in i.programmes]


@pytest.mark.parametrize("body, names", [
    ("全镇建成“邻里小院”法治文化阵地3处。", ["邻里小院"]),
    ("依托“老娘舅”调解工作室,全年调解纠纷120件。", ["老娘舅"]),
    ("“红石榴”普法宣讲队深入村组宣讲20场。", ["红石榴"]),
    ("“西山”人民调解品牌在全县推广。", ["西山"]),
    ("“法润吾心”法治宣讲团走进校园8次。", ["法润吾心"]),
    ("各村“和为贵”调解室受理纠纷56件。", ["和为贵"]),  # a mediation room named right before its kind
])
def test_a_quoted_name_before_its_qualified_kind_is_a_programme(body, names):
    assert _programmes(body) == names


@pytest.mark.parametrize("body", [
    "群众可登录“信用某市”网站查询。",  # 站 after other words ends one of theirs
    "“民法典”等法律宣传活动共举办12场。",  # 等 ends the name's phrase
    "“宪法”和法律宣传活动共举办12场。",
    "全局落实“两个维护”十项制度机制。",  # a watchword names no programme
    "各村调解室已成为群众信得过的“家门口的调解室”。",  # a phrase that likens
])
def test_a_quote_before_other_words_a_watchword_or_a_likening_is_no_programme(body):
    assert _programmes(body) == []


def test_a_name_holding_de_before_its_kind_said_after_it_is_a_programme():
    assert _programmes("“我们的节日”主题活动覆盖全部村居。") == ["我们的节日"]


def test_a_launch_verb_after_the_quote_opens_the_next_predicate():
    assert _programmes("围绕“节日·法相伴”开展各类普法活动48期。") == []


@pytest.mark.parametrize("body, names", [
    ("全县形成“有事好商量”“家门口说法”等调解品牌。", ["有事好商量", "家门口说法"]),
    ("开展“送法下乡”、“以案释法”、“法律体检”等活动30场。", ["送法下乡", "以案释法", "法律体检"]),
    ("依托“某山法治”“某山司法”等官方平台发布信息120条。", ["某山法治", "某山司法"]),
])
def test_a_list_of_quoted_names_closed_by_its_kind_is_of_programmes(body, names):
    assert _programmes(body) == names


@pytest.mark.parametrize("body", [
    "组织学习“宪法”“民法典”等法律法规。",  # no kind of programme closes the list
    "“民法典”等法律宣传活动共举办12场。",  # one name alone before 等 is an example of what the kind covers
])
def test_a_list_closed_by_no_kind_or_a_lone_example_is_no_programme(body):
    assert _programmes(body) == []


@pytest.mark.parametrize("body, names", [
    ("全镇推出“清风驿”,群众办事少跑腿。", ["清风驿"]),  # a launch verb before the name, in its sentence
    ("全镇已启用。随后打造“清风驿”,群众办事少跑腿。", ["清风驿"]),  # one before the sentence's end, one after it
    ("全镇已启用。随后“清风驿”深受好评。", []),  # the verb ends the sentence before
    ("全镇推出\n“清风驿”深受好评。", []),  # … or the line before
])
def test_a_launch_verb_counts_only_in_the_names_sentence(body, names):
    assert _programmes(body) == names
