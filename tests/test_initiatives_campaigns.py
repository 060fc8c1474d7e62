"""A campaign named in quotes before its 活动 (“法律进乡村”活动, “宪法宣传周”主题活动) is a programme of the item
that runs it, with no launch verb before it; a slogan is none."""

from __future__ import annotations

import pytest

from lawreport import extract


def _programmes(body: str) -> list[str]:
    return [name for i in extract("一、主要成效\n（一）加强普法宣传\n" + body + "\n").initiatives for name in i.programmes]


@pytest.mark.parametrize("body, names", [
    ("“法律进乡村”活动覆盖全部村居。", ["法律进乡村"]),
    ("全县“宪法宣传周”主题活动吸引群众3000余人参与。", ["宪法宣传周"]),
    ("“以案释法进万家”系列活动共举办12场。", ["以案释法进万家"]),
])
def test_a_quoted_campaign_before_its_activity_is_a_programme(body, names):
    assert _programmes(body) == names


@pytest.mark.parametrize("body", [
    "全县干部坚持“谁执法谁普法”，践行“枫桥经验”。",
    "“法律进乡村”的理念深入人心，群众活动更加丰富。",
])
def test_a_quoted_slogan_not_before_an_activity_is_no_programme(body):
    assert _programmes(body) == []


@pytest.mark.parametrize("body", [
    "加强法治队伍建设。按照“一人一岗”要求配齐人员。",  # the launch verb ends the sentence before
    "推进法治建设；落实“谁主管谁负责”要求。",
    "利用“3·15”消费者权益保护日开展宣传。",  # a day of the year, not a programme
    "围绕“12.4”国家宪法日组织宣传。",
    "深入实施“八五”普法规划，开展“十四五”规划中期评估。",  # a five-year period after a launch verb
    "组织开展“五四”青年节主题活动。",  # a day named, before an activity
])
def test_a_quote_after_another_sentences_verb_or_naming_a_day_is_no_programme(body):
    assert _programmes(body) == []


@pytest.mark.parametrize("body, names", [
    ("全县着力打造“法润万家”，群众参与度高。", ["法润万家"]),  # the verb in its own sentence
    ("开通“12348”法律服务热线。", ["12348"]),  # digits that name no day
])
def test_a_quote_launched_in_its_own_sentence_or_numbered_is_a_programme(body, names):
    assert _programmes(body) == names


@pytest.mark.parametrize("body, names", [
    ("“百日攻坚”专项行动查处违法案件12件。", ["百日攻坚"]),
    ("“学法+考试+旁听”长效机制覆盖全体班子成员。", ["学法+考试+旁听"]),
    ("“双随机”工作机制在全部执法部门运行。", ["双随机"]),
])
def test_a_quoted_campaign_or_mechanism_before_its_kind_said_in_full_is_a_programme(body, names):
    """专项行动, 长效机制 and 工作机制 after the quote name a campaign or a mechanism, as 活动 and 机制 do."""
    assert _programmes(body) == names


@pytest.mark.parametrize("body", [
    "“关键少数”专项培训覆盖全体班子成员。",
    "“一把手”工作责任压紧压实。",
])
def test_a_quoted_figure_before_other_words_of_work_is_no_programme(body):
    assert _programmes(body) == []
