"""A rate's values listed year by year before its label, as a lead writes them (2021年97%,2022年98%,2023年99%,全县调解
成功率稳步提升; 2022年为96%,2023年为100%,全县行政机关负责人出庭应诉率连续两年…): two values or more, each of the year
said with it, opening their clause, then a rate's label with no figure of its own in its clause: every value is that
label's, of its year. Not values whose label has its own figure (…,全县调解成功率达到99%: that one is the level), nor
counts, nor one year's value alone.

Every sentence here is written for the test, and read with the report's year given (2024).
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize(("text", "expected"), [
    ("2021年97%,2022年98%,2023年99%,全县调解成功率稳步提升。",
     [("mediation_success_rate", 97, 2021, False), ("mediation_success_rate", 98, 2022, False),
      ("mediation_success_rate", 99, 2023, False)]),
    ("2022年为96%，2023年为100%，全县行政机关负责人出庭应诉率连续两年保持高位。",
     [("head_appearance_rate", 96, 2022, False), ("head_appearance_rate", 100, 2023, False)]),
    ("2023年6.8%、2024年5.1%,我市行政诉讼败诉率持续下降。",
     [("litigation_loss_rate", 5.1, 2024, False), ("litigation_loss_rate", 6.8, 2023, False)]),
    ("2022年度达到11.2%,2023年度达到13.5%,全区行政复议纠错率逐年提高。",
     [("reconsideration_correction_rate", 11.2, 2022, False), ("reconsideration_correction_rate", 13.5, 2023, False)]),
])
def test_values_listed_by_year_before_a_label_are_its_values_of_those_years(text, expected):
    assert facts(text) == expected


def test_a_label_with_its_own_figure_takes_no_values_before_it():
    assert [v for _, v, *_ in facts("2022年97%,2023年98%,全县调解成功率达到99%。")] == [99]


@pytest.mark.parametrize(("text", "expected"), [
    # counts listed so are no rate's
    ("2022年120件,2023年150件,全县法律援助案件逐年增加。", []),
    # a change listed by year is no level
    ("2022年增长12%,2023年增长15%,全县调解成功率稳步提升。", []),
])
def test_no_values_before_a_label_where_the_text_says_other(text, expected):
    assert facts(text) == expected
