"""A count's level after a trend its label ends in (新收案件连续三年增长,达到320件): the count of the sentence's year, as a
rate's level after its trend is; a sum of the years said after the trend (逐年增长,累计达到900件) is no year's count.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, expected", [
    ("全市新收行政复议案件连续三年增长,达到320件。", [("reconsideration_received", 320, 2024, False)]),
    ("2023年,全市新收行政复议案件连续三年增长,达到320件。", [("reconsideration_received", 320, 2023, False)]),
    ("办理法律援助案件数量稳步提升,达1250件。", [("legal_aid_cases", 1250, 2024, False)]),
    ("全县调解纠纷数量逐年下降,为320件。", [("mediation_cases", 320, 2024, False)]),
])
def test_a_count_after_its_trend_is_the_years_level(text, expected):
    assert facts(text) == expected


def test_the_evidence_holds_the_label_and_its_trend():
    metrics, _ = read("全市新收行政复议案件连续三年增长,达到320件。", 2024)
    assert [evidence for *_, evidence in metrics] == ["新收行政复议案件连续三年增长,达到320件"]


@pytest.mark.parametrize("word", ["累计", "总计", "合计", "共计", "总共", "一共", "共"])
def test_a_sum_after_a_trend_is_no_years_count(word):
    assert facts(f"全市受理行政复议案件逐年增长,{word}900件。") == []


@pytest.mark.parametrize("text", [
    "全市受理行政复议案件逐年增长,分别为200件、260件、320件。",  # each year's, listed
    "全市受理行政复议案件持续增长,较上年增加50件。",  # a change, no level
])
def test_figures_after_a_trend_that_are_no_level(text):
    assert [k for k, *_ in facts(text) if k == "reconsideration_received"] == []
