"""A rate's label said as a clause of its own, then the values of the years one by one, no span word (全县行政机关负责人
出庭应诉率,2022年为96%,2023年为100%): each value is the label's, of its own year, as after a colon (出庭应诉率:2022年为
96%…) or a trend's clause (出庭应诉率逐年提升,2023年达95%). A run of years the level held after them stays the bound it
was. A figure with no year after the label's clause names no label so.

Every sentence here is written for the test; the figures are made up.
"""

from __future__ import annotations

import pytest
from test_metric_families import read

_YEARLY = "青禾县2023年法治政府建设年度报告\n"


@pytest.mark.parametrize("text, expected", [
    ("全县行政机关负责人出庭应诉率，2022年为96%，2023年为100%。",
     [("head_appearance_rate", 96, 2022), ("head_appearance_rate", 100, 2023)]),
    ("全县行政复议纠错率,2021年12%,2022年10.5%,2023年9.8%。",
     [("reconsideration_correction_rate", 12, 2021), ("reconsideration_correction_rate", 10.5, 2022),
      ("reconsideration_correction_rate", 9.8, 2023)]),
    ("我区调解成功率，2023年达到99.2%。", [("mediation_success_rate", 99.2, 2023)]),
])
def test_each_years_value_after_the_labels_clause(text, expected):
    metrics, rates = read(_YEARLY + text, 2023)
    assert [(key, value, year) for key, value, year, *_ in metrics] == expected
    assert [value for _, value in rates] == [value for _, value, _ in expected]


def test_the_run_of_years_after_them_stays_a_bound():
    metrics, _ = read(_YEARLY + "全县行政机关负责人出庭应诉率,2022年为96%,2023年为100%,连续两年保持在95%以上。", 2023)
    assert [(value, year) for _, value, year, *_ in metrics] == [(96, 2022), (100, 2023), (95, 2023)]


@pytest.mark.parametrize("text", [
    "全县调解成功率，98%。",  # no year after the label's clause
    "全县调解成功率，2023年全县调解纠纷320件，成功率较高。",  # the year's clause holds no rate's value
])
def test_no_value_of_the_labels_clause_without_a_year_alone(text):
    metrics, rates = read(_YEARLY + text, 2023)
    assert [key for key, *_ in metrics if key == "mediation_success_rate"] == [] and rates == []
