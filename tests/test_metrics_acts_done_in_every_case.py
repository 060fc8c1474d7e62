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
])
def test_a_bare_label_with_its_figure_is_still_a_rate(text):
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
