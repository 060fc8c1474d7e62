"""A table's column headed by a rate with its unit noted (结案率(%), 败诉率（%）) over bare figures: each figure is a value of
that rate, kept as a generic rate (as a row labelled by a rate keeps its figures), a headline one where its label is
one. A column of changes keeps none of its figures with the unit noted too (同比增长率(%), 增减(件)). A row labelled by a
year (2022年 | 100 | 9) dates its cells, whatever year the caption names. A rate's bare figure up to 100, in a table
noting no unit, is in percent (调解成功率 | 98.5 | 99.1). A column of targets (目标值 | 完成值) holds targets.

Every table here is written for the test; bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


def rates(text: str):
    return sorted(read(text)[1])


def dated(text: str):
    return sorted((k, v, y, t) for k, v, y, t, _ in read(text)[0])


@pytest.mark.parametrize("heading", ["结案率(%)", "结案率（%）"])
def test_a_rate_column_keeps_its_bare_figures_as_rates(heading):
    text = f"青禾县行政复议案件统计表\n项目 | 收案数 | 结案数 | {heading}\n合计 | 120 | 118 | 98.3\n"
    assert rates(text) == [("结案率", 98.3)]
    assert dated(text) == [("reconsideration_closed", 118, 2023, False), ("reconsideration_received", 120, 2023, False)]


def test_a_headline_rate_column_gives_the_rate_and_the_headline():
    text = "青禾县行政诉讼情况\n项目\t一审案件\t败诉案件\t败诉率(%)\n合计\t120\t6\t5.0\n白沙镇\t50\t2\t4.0\n"
    assert rates(text) == [("败诉率", 4.0), ("败诉率", 5.0)]
    assert ("litigation_loss_rate", 5.0, 2023, False) in dated(text)


def test_a_row_labelled_by_a_rate_still_names_its_figures():
    text = "青禾县主要指标\n指标 | 2023年\n调解成功率(%) | 98.6\n"
    assert rates(text) == [("调解成功率", 98.6)]


@pytest.mark.parametrize("heading", ["同比增长率(%)", "增长率（%）", "增减(件)"])
def test_a_column_of_changes_with_its_unit_noted_gives_nothing(heading):
    text = f"青禾县行政复议案件统计\n项目 | 2023年 | {heading}\n新收行政复议案件 | 120 | 12.5\n"
    assert rates(text) == []
    assert dated(text) == [("reconsideration_received", 120, 2023, False)]


# A row labelled by a year dates its cells to that year, whatever year the caption names.
@pytest.mark.parametrize("caption", ["青禾县2023年行政诉讼情况", "青禾县行政诉讼情况"])
def test_a_row_labelled_by_a_year_dates_its_cells(caption):
    text = f"{caption}\n年份 | 一审案件 | 败诉案件 | 败诉率(%)\n2022年 | 100 | 9 | 9.0\n2023年 | 120 | 6 | 5.0\n"
    assert dated(text) == [("litigation_first_instance", 100, 2022, False), ("litigation_first_instance", 120, 2023, False),
                           ("litigation_loss_rate", 5.0, 2023, False), ("litigation_loss_rate", 9.0, 2022, False),
                           ("litigation_lost", 6, 2023, False), ("litigation_lost", 9, 2022, False)]
    assert rates(text) == [("败诉率", 5.0), ("败诉率", 9.0)]


# With no unit noted anywhere, a rate's figure up to 100 is in percent; a rate per head's is not, nor a count over 100.
def test_a_rate_rows_bare_figures_are_percents():
    text = "青禾县主要指标\n指标 | 2022年 | 2023年\n调解成功率 | 98.5 | 99.1\n万人成讼率 | 0.8 | 0.7\n"
    assert dated(text) == [("mediation_success_rate", 98.5, 2022, False), ("mediation_success_rate", 99.1, 2023, False)]
    assert rates(text) == [("调解成功率", 98.5), ("调解成功率", 99.1)]


def test_a_figure_over_a_hundred_under_a_rate_is_none():
    assert read("青禾县主要指标\n单位 | 收案 | 结案率\n合计 | 120 | 118\n") == ([], [])


# A column of targets set beside what was done (目标值 | 完成值, 2023年计划数, 考核要求): its cells are targets, outside a
# plan too; the column of what was done holds the levels.
def test_a_column_of_targets_holds_targets():
    text = ("2023年青禾县主要指标完成情况\n序号 | 指标 | 目标值 | 完成值\n1 | 行政机关负责人出庭应诉率 | 90% | 100%\n"
            "2 | 法律援助案件 | 300件 | 320件\n")
    assert dated(text) == [("head_appearance_rate", 90, 2023, True), ("head_appearance_rate", 100, 2023, False),
                           ("legal_aid_cases", 300, 2023, True), ("legal_aid_cases", 320, 2023, False)]
    text = "青禾县主要指标\n指标 | 2023年计划数 | 2023年完成数\n法律援助案件 | 300 | 320\n"
    assert dated(text) == [("legal_aid_cases", 300, 2023, True), ("legal_aid_cases", 320, 2023, False)]
