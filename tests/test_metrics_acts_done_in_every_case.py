"""A percent run into the act it qualifies (案中100%调解, 纠错100%建议) says how often the act is done, a slogan's or a
practice's: under a label that names no rate (no 率, no share) it is no rate. A count in 个 run into a noun (“三个百分百”)
counts that noun, not the cases a label before it names.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text", [
    "在行政复议案件办理中推行“四个百分百”(案中100%调解、案后100%释法、咨询100%宣传、纠错100%建议)工作法。",
    "在行政復議案件辦理中推行“三個百分百”(案中100%調解、糾錯100%建議)工作法。",
    "审结行政复议案件80件,纠错100%回访。",
])
def test_a_percent_run_into_an_act_is_no_rate(text):
    assert [k for k, *_ in facts(text) if k == "reconsideration_correction_rate"] == []


@pytest.mark.parametrize("text", [
    "审结行政复议案件80件,纠错为12.5%。",
    "审结行政复议案件80件,直接纠错12.5%左右。",  # a qualifier read with the figure
    # words that go on from a level, not acts
    "审结行政复议案件80件,纠错12.5%和上年持平。",
    "审结行政复议案件80件,纠错12.5%多。",
    "审结行政复议案件80件,纠错12.5%居全市首位。",
    "审结行政复议案件80件,纠错12.5%全市最低。",
    "审结行政复议案件80件,纠错12.5%较上年下降2个百分点。",
    "審結行政復議案件80件,糾錯12.5%較上年下降2個百分點。",
    "审结行政复议案件80件,纠错12.5%同比持平。",
    "审结行政复议案件80件,纠错12.5%其中变更3件。",
    "审结行政复议案件80件,直接纠错12.5%的水平全市最低。",  # 的: the noun it is of, no act
])
def test_a_bare_label_with_its_figure_is_still_a_rate(text):
    assert ("reconsideration_correction_rate", 12.5, 2024, False) in facts(text)


@pytest.mark.parametrize("text", [
    *("审结行政复议案件80件,纠错12.5%" + words + "。" for words in (
        "与上年持平", "及时履行到位", "或更高", "并全部履行到位", "位居全市第一", "排名全市第一", "比上年下降2个百分点",
        "环比下降2个百分点", "上升2个百分点", "下降2个百分点", "提高2个百分点", "提升2个百分点", "降低2个百分点",
        "升幅较大", "增幅明显", "减幅明显", "全省最低", "全区最低", "全县最低", "全州最低", "全旗最低", "全国最低")),
    *("審結行政復議案件80件,糾錯12.5%" + words + "。" for words in (
        "與上年持平", "並全部履行到位", "環比下降2個百分點", "減幅明顯", "全縣最低", "全區最低", "全國最低")),
])
def test_words_going_on_from_a_level_open_no_act(text):
    assert ("reconsideration_correction_rate", 12.5, 2024, False) in facts(text)


def test_a_rate_named_by_its_noun_stays_before_a_word():
    metrics, rates = read("全县行政复议纠错率100%实现。", 2024)
    assert [(k, v) for k, v, *_ in metrics] == [("reconsideration_correction_rate", 100)]
    assert rates == [("行政复议纠错率", 100)]


@pytest.mark.parametrize("text", [
    "推行行政复议“三个百分百”工作法。",
    "行政复议三个百分百工作法全面推开。",
    "全县调解纠纷“两个确保”落实到位。",
])
def test_a_count_in_ge_run_into_its_noun_counts_no_cases(text):
    assert facts(text) == []


def test_a_count_in_ge_at_its_clause_end_counts_the_cases():
    assert facts("全年受理行政复议案件12个,办结10个。") == [
        ("reconsideration_closed", 10, 2024, False), ("reconsideration_received", 12, 2024, False)]
