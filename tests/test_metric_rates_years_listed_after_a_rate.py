"""Years listed after a rate, in a clause of their own with 分别 (…调解成功率为99%,2021年、2022年分别为97%、98%): the
rate's label has a value for each year listed, in order, as a count's has (test_metrics_years_listed_after_a_count); the
first value is not the last year's, and the last is not dropped. Parts or places listed with 分别 after a rate
(镇街、村居分别为98%、99%) are no years: none of their values is the label's. A single year after the rate keeps its
value.

Every sentence here is written for the test; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


def yearly(text: str, report_year: int) -> list[tuple[str, float, int | None]]:
    """(key, value, year) of each headline metric of `text`, in order of year."""
    return sorted(((key, value, year) for key, value, year, *_ in read(text, report_year)[0]),
                  key=lambda found: (found[2] or 0, found[1]))


@pytest.mark.parametrize("text, report_year, expected", [
    ("2023年全县调解成功率为99%,2021年、2022年分别为97%、98%。", 2023,
     [("mediation_success_rate", 97, 2021), ("mediation_success_rate", 98, 2022),
      ("mediation_success_rate", 99, 2023)]),
    ("2024年，我市行政机关负责人出庭应诉率达100%，2022年、2023年分别为95.5%、98.2%。", 2024,
     [("head_appearance_rate", 95.5, 2022), ("head_appearance_rate", 98.2, 2023),
      ("head_appearance_rate", 100, 2024)]),
    ("2024年我区行政复议纠错率为12.5%,2021年、2022年、2023年分别为10%、11%、12%。", 2024,
     [("reconsideration_correction_rate", 10, 2021), ("reconsideration_correction_rate", 11, 2022),
      ("reconsideration_correction_rate", 12, 2023), ("reconsideration_correction_rate", 12.5, 2024)]),
])
def test_each_year_listed_has_the_rates_value(text, report_year, expected):
    assert yearly(text, report_year) == expected
    _, rates = read(text, report_year)
    assert sorted(value for _, value in rates) == sorted(value for _, value, _ in expected)


def test_parts_listed_after_a_rate_are_not_years():
    metrics, _ = read("2023年全市调解成功率为99%,镇街、村居分别为98%、99.5%。", 2023)
    assert [(key, value) for key, value, *_ in metrics] == [("mediation_success_rate", 99)]


def test_one_year_after_the_rate_keeps_its_value():
    assert yearly("2023年全县调解成功率为99%,2022年为97%。", 2023) == [
        ("mediation_success_rate", 97, 2022), ("mediation_success_rate", 99, 2023)]
