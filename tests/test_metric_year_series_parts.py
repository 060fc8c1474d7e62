"""A series of years whose last is a part of a year (2021年…败诉率为20.5%,…,2024年1-10月为7.2%; …2024年上半年261件): the
part's rate is kept as every rate is, and its figure is a headline one where the text's parts of a year are its own.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read

_SERIES = "2021年,白沙区行政机关败诉率为20.5%,2022年下降至15.1%,2023年为9.6%,{part}为7.2%。"
_COUNTS = "2021年青禾县法院受理一审行政案件705件,2022年512件,2023年530件,{part}261件。"
# A yearly report's title: a part of its year is only a part.
_YEARLY = "白沙区2024年法治政府建设年度报告\n"


@pytest.mark.parametrize("part", ["2024年1-10月", "2024年1至10月", "2024年上半年", "2024年前三季度"])
def test_the_part_of_a_year_closing_a_series_is_read(part):
    # a court's release on the years so far, with no year of its own
    metrics, rates = read(_SERIES.format(part=part), None)
    assert rates[-1] == ("白沙区行政机关败诉率", 7.2)
    assert [(k, v, y) for k, v, y, *_ in metrics][-1] == ("litigation_loss_rate", 7.2, 2024)
    assert ("litigation_first_instance", 261, 2024, False) in facts(_COUNTS.format(part=part), None)


def test_a_yearly_reports_part_of_a_year_keeps_only_its_rate():
    metrics, rates = read(_YEARLY + _SERIES.format(part="2024年上半年"), 2024)
    assert rates[-1] == ("白沙区行政机关败诉率", 7.2)
    assert [(k, v, y) for k, v, y, *_ in metrics] == [
        ("litigation_loss_rate", 20.5, 2021), ("litigation_loss_rate", 15.1, 2022), ("litigation_loss_rate", 9.6, 2023)]
    # the first months closing it (2024年1-10月) are the year so far, as 截至2024年10月底 is
    metrics, rates = read(_YEARLY + _SERIES.format(part="2024年1-10月"), 2024)
    assert [(k, v, y) for k, v, y, *_ in metrics][-1] == ("litigation_loss_rate", 7.2, 2024)
    assert facts(_YEARLY + _COUNTS.format(part="2024年上半年"), 2024) == [
        ("litigation_first_instance", 512, 2022, False), ("litigation_first_instance", 530, 2023, False),
        ("litigation_first_instance", 705, 2021, False)]


def test_months_from_a_later_one_on_keep_only_their_rate():
    # a part of a year that has run on (5-10月) is no year's figure in any text
    metrics, rates = read("青禾县行政机关负责人出庭应诉率2022年为80%,2023年为92%,2024年5-10月达到98.5%。", None)
    assert [value for _, value in rates] == [80, 92, 98.5]
    assert [(k, v, y) for k, v, y, *_ in metrics] == [
        ("head_appearance_rate", 80, 2022), ("head_appearance_rate", 92, 2023)]


@pytest.mark.parametrize("text, expected", [
    # a date, no part of a year: the figure after it is the year's level, as a year alone would say
    ("青禾县行政复议纠错率2022年为12%,2023年为10.5%。", [("reconsideration_correction_rate", 10.5, 2023, False),
                                                     ("reconsideration_correction_rate", 12, 2022, False)]),
])
def test_a_series_of_whole_years_is_read_as_before(text, expected):
    assert facts(text, None) == expected
