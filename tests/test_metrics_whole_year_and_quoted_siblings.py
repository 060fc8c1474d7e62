"""Two ways a rate's label is said apart from its value: the whole year between them (出庭应诉率全年保持100%: the label,
then the year its value is of), and a second rate quoted after the first in a list that shares the value
(出庭应诉率、“出声率”均达到100%: each rate listed has it), the quoted one qualified by words of its own or not
(出庭应诉率、庭审中发言的“出声率”均达到100%).

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read

from lawreport import extract


@pytest.mark.parametrize("text, expected", [
    ("2022年行政机关负责人出庭应诉率全年保持100%。", [("head_appearance_rate", 100, 2022, False)]),
    ("2024年,全县调解成功率全年为98.5%,同比上升1个百分点。", [("mediation_success_rate", 98.5, 2024, False)]),
    ("全县人民调解成功率年内达到98.5%。", [("mediation_success_rate", 98.5, 2024, False)]),
])
def test_the_whole_year_after_a_label_leaves_the_label(text, expected):
    assert facts(text) == expected


def test_a_quoted_rate_listed_after_a_rate_shares_its_value():
    text = "全区行政机关负责人出庭应诉率、“出声率”均达到100%。"
    assert facts(text) == [("head_appearance_rate", 100, 2024, False)]
    assert sorted(read(text)[1]) == [("出声率", 100), ("行政机关负责人出庭应诉率", 100)]


def test_a_quoted_rate_alone_keeps_to_itself():
    assert facts("全区“出声率”达到100%。") == []


@pytest.mark.parametrize("text, target", [
    ("全区行政机关负责人出庭应诉率、庭审中主动发言的“出声率”均达到100%。", False),
    ("全区行政机关负责人出庭应诉率、在庭审中实际发言的“出声率”均要达到100%。", True),
])
def test_a_quoted_rate_with_a_qualifier_of_its_own_shares_the_value_of_the_rate_before_it(text, target):
    assert facts(text) == [("head_appearance_rate", 100, 2024, target)]
    assert sorted(read(text)[1]) == [("出声率", 100), ("行政机关负责人出庭应诉率", 100)]


def test_a_quoted_rate_after_a_piece_that_is_no_qualifier_shares_nothing_with_it():
    # a rate of its own in the words before the quote: no qualifier of the quoted one, no list sharing its value
    text = "全区行政复议纠错率、败诉率较高单位的“出声率”达到100%。"
    assert facts(text) == []
    assert read(text)[1] == [("出声率", 100)]
    assert facts("行政机关负责人出庭应诉率、出声率均达到100%。") == [("head_appearance_rate", 100, 2024, False)]


@pytest.mark.parametrize("text, expected", [
    # a quoted name counting the rates written right before it is no label: the rates listed are
    ("全县法治宣传知晓率、群众满意率“两率”分别达到92.4%和95.1%。", [("法治宣传知晓率", 92.4), ("群众满意率", 95.1)]),
    ("热线工单受理率、办结率、回访满意率“三率”均达到98%以上。",
     [("办结率", 98), ("回访满意率", 98), ("热线工单受理率", 98)]),
])
def test_a_quoted_count_of_the_rates_listed_before_it_leaves_their_labels(text, expected):
    assert sorted(read(text)[1]) == expected


def test_a_quoted_count_of_rates_after_no_rate_stays_the_label():
    assert read("全县法治建设“两率”分别为90.6%、93.8%。")[1] == [("两率", 90.6), ("两率", 93.8)]


@pytest.mark.parametrize("text, expected, metric", [
    # the rates a name counts, listed in a bracket right after it: their labels, each its value in order
    ("全镇矛盾纠纷“三率”(排查率、调处率、调解成功率)分别为100%、97.8%、99.3%。",
     [("排查率", 100), ("调处率", 97.8), ("调解成功率", 99.3)], [("mediation_success_rate", 99.3, 2024, False)]),
    ("全市“两率”(行政机关负责人出庭应诉率、出声率)分别达到96%和100%。",
     [("出声率", 100), ("行政机关负责人出庭应诉率", 96)], [("head_appearance_rate", 96, 2024, False)]),
    ("全区两率(调解率、调解成功率)均为98.5%。", [("调解成功率", 98.5), ("调解率", 98.5)],
     [("mediation_success_rate", 98.5, 2024, False)]),
])
def test_a_count_of_rates_with_the_rates_bracketed_after_it_leaves_their_labels(text, expected, metric):
    assert sorted(read(text)[1]) == expected
    assert [f for f in facts(text) if f[0].endswith("rate")] == metric



def labels(text: str) -> list[tuple[str, float]]:
    """The rates' labels as read, and their values: a label bracketed after its value is cited from the name before."""
    return sorted((r.label, r.value) for r in extract(text).rates)


@pytest.mark.parametrize("text, expected, metric", [
    # the rates a name counts, bracketed after the list of its values: their labels, each its value in order, each cited
    # from the name the rates go by
    ("全镇矛盾纠纷“三率”分别为100%、97.8%、99.3%(排查率、调处率、调解成功率)。",
     [("排查率", 100), ("调处率", 97.8), ("调解成功率", 99.3)], [("mediation_success_rate", 99.3, 2024, False)]),
    ("全市“两率”分别达到96%和100%（行政机关负责人出庭应诉率、出声率）。",
     [("出声率", 100), ("行政机关负责人出庭应诉率", 96)], [("head_appearance_rate", 96, 2024, False)]),
])
def test_a_count_of_rates_with_the_rates_bracketed_after_its_values_leaves_their_labels(text, expected, metric):
    assert labels(text) == expected
    assert facts(text) == metric
    # the evidence runs from the name the rates go by to the names bracketed
    assert all(r.label in r.evidence.text for r in extract(text).rates)


@pytest.mark.parametrize("text", [
    # the names not one per value, or no names of rates in the bracket: the label stays
    "全镇矛盾纠纷“三率”分别为100%、97.8%(排查率、调处率、调解成功率)。",
    "全镇矛盾纠纷“三率”分别为100%、97.8%、99.3%(数据来源于县司法局)。",
])
def test_no_bracket_of_one_name_per_value_leaves_the_count_of_rates(text):
    assert {label for label, _ in labels(text)} == {"三率"}


@pytest.mark.parametrize("text, expected", [
    # a quoted name qualifying the last label of a list: the labels before it share the value, or take theirs in turn
    ("全县规范性文件备案审查率、行政执法“两项公示”落实率均为100%。", [("落实率", 100), ("规范性文件备案审查率", 100)]),
    ("全县规范性文件备案审查率、“两项公示”落实率均为100%。", [("落实率", 100), ("规范性文件备案审查率", 100)]),
    ("全区涉企事项网上办理率、“掌上办”覆盖率分别达到97%和93%。", [("涉企事项网上办理率", 97), ("覆盖率", 93)]),
])
def test_a_quoted_name_before_the_last_label_of_a_list_leaves_the_labels_listed(text, expected):
    assert sorted(read(text)[1]) == expected


@pytest.mark.parametrize("text, expected", [
    # no list before the quoted name, or a quoted name holding a rate: the label after the quote alone
    ("全县推行“两项公示”,落实率为100%。", [("落实率", 100)]),
    ("全县推进“三项制度”,公示率、落实率均为100%。", [("公示率", 100), ("落实率", 100)]),
    ("全县备案审查、“两项公示”落实率达到99%。", [("落实率", 99)]),
])
def test_a_quoted_name_after_no_list_of_rates_shares_nothing(text, expected):
    assert sorted(read(text)[1]) == expected


@pytest.mark.parametrize("text, expected", [
    # rates named by a quoted name alone (“…”率) listed together: each its value, or the value they share
    ("全区涉企事项“秒批”率、“零跑动”率分别达到93%、88%。", [("“零跑动”率", 88), ("涉企事项“秒批”率", 93)]),
    ("全区“秒批”率、“零跑动”率均达到91%。", [("“秒批”率", 91), ("“零跑动”率", 91)]),
    ("全区涉企事项网上办理率、“零跑动”率分别为97%、88%。", [("“零跑动”率", 88), ("涉企事项网上办理率", 97)]),
])
def test_rates_named_by_a_quoted_name_listed_together_keep_their_values(text, expected):
    assert sorted(read(text)[1]) == expected


def test_a_quoted_name_listed_before_a_word_that_is_no_rate_shares_nothing():
    assert read("全区推行“秒批”事项、“零跑动”率达到91%。")[1] == [("“零跑动”率", 91)]


@pytest.mark.parametrize("text, expected", [
    # the text's own year said after the label, as 全年 is: the figure the year's
    ("全县行政机关负责人出庭应诉率今年达到100%。", [("head_appearance_rate", 100, 2024, False)]),
    ("我区人民调解成功率本年度为98.7%。", [("mediation_success_rate", 98.7, 2024, False)]),
    # and the year before said after it as the figure's own clause: the base of that year
    ("本市行政复议纠错率今年为13.1%，去年为10.2%。",
     [("reconsideration_correction_rate", 10.2, 2023, False), ("reconsideration_correction_rate", 13.1, 2024, False)]),
])
def test_the_text_s_year_after_a_rate_label_dates_its_figure(text, expected):
    assert facts(text) == expected


def test_the_text_s_year_after_a_rate_label_in_a_dated_item_is_the_item_s():
    found = extract("发布时间：2024-12-20\n全县行政机关负责人出庭应诉率今年达到100%。\n").metrics
    assert [(m.key, m.value, m.year) for m in found] == [("head_appearance_rate", 100, 2024)]
