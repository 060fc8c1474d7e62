"""A rate's label as a clause of its own, then its values for parts of the year (调解成功率,1-9月为97.2%,1-11月为
98.1%): read as said run together (调解成功率1-9月为97.2%,…): the later first months are the year so far, its level the
year's; the earlier a part of it, a rate kept; a quarter's level is a part's, no headline one.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, expected, rates", [
    ("全县调解成功率，1-9月为97.2%，1-11月为98.1%。", [("mediation_success_rate", 98.1, 2024, False)],
     [("调解成功率", 97.2), ("调解成功率", 98.1)]),
    ("我区人民调解成功率,1-10月达到98.6%。", [("mediation_success_rate", 98.6, 2024, False)], [("人民调解成功率", 98.6)]),
    ("本局行政复议纠错率，前三季度为12.4%。", [("reconsideration_correction_rate", 12.4, 2024, False)],
     [("行政复议纠错率", 12.4)]),
    ("全县行政机关负责人出庭应诉率，一季度为90%，二季度为95%。", [],
     [("行政机关负责人出庭应诉率", 90), ("行政机关负责人出庭应诉率", 95)]),
])
def test_a_label_clause_then_parts_of_the_year_reads_as_run_together(text, expected, rates):
    assert facts(text) == expected
    assert read(text, 2024)[1] == rates
    run_together = text.replace("，", "", 1).replace(",", "", 1)
    assert facts(run_together) == expected
    assert read(run_together, 2024)[1] == rates


@pytest.mark.parametrize("text", [
    "全县调解成功率，1-9月受理纠纷1200件。",  # the part's clause counts, no rate's value
    "全县调解成功率稳步提升。1-9月为97.2%。",  # the label in the sentence before, a trend's
])
def test_a_part_of_the_year_after_no_label_alone_is_no_rate_s(text):
    assert [fact for fact in facts(text) if fact[0].endswith("_rate")] == []
    assert read(text, 2024)[1] == []


# The label's clause, then the whole year (全年为…, 年内达到…), a part's value after it or none: read as said run together
# (出庭应诉率全年为97.2%), the whole year's level the label's.
@pytest.mark.parametrize("text, expected, rates", [
    ("全县行政机关负责人出庭应诉率，全年为97.2%。", [("head_appearance_rate", 97.2, 2024, False)],
     [("行政机关负责人出庭应诉率", 97.2)]),
    ("本市调解成功率,年内达到98.4%,其中上半年为97.9%。", [("mediation_success_rate", 98.4, 2024, False)],
     [("调解成功率", 98.4), ("调解成功率", 97.9)]),
])
def test_a_label_clause_then_the_whole_year_reads_as_run_together(text, expected, rates):
    assert facts(text) == expected
    assert read(text, 2024)[1] == rates


def test_the_whole_year_after_a_clause_of_no_rate_is_no_rate_s():
    assert read("全县开展普法宣传活动，全年为120场。", 2024)[1] == []
