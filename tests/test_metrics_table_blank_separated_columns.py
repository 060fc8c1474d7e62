"""A table written with tabs or runs of spaces between its cells, as a page's table converted to text gives it: a cell
whose column heading dates it (2022年 | 2023年, 2023年完成值, 本年累计) or sets it as a target or a plan's base level
(目标值, 基期值) takes its year and its target from the heading, as in a table set off by bars, not from the sentence
its row's label would open in prose.

Every table here is written for the test; bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("gap", ["\t", "      "])
def test_a_rates_cells_under_year_columns_take_their_columns_years(gap):
    text = gap.join(["指标", "2022年", "2023年"]) + "\n" + gap.join(["行政机关负责人出庭应诉率", "96.1%", "100%"]) + "\n" \
        + gap.join(["调解成功率", "97.8%", "98.4%"])
    assert facts(text) == [("head_appearance_rate", 96.1, 2022, False), ("head_appearance_rate", 100, 2023, False),
                           ("mediation_success_rate", 97.8, 2022, False), ("mediation_success_rate", 98.4, 2023, False)]


def test_a_plans_table_of_last_years_levels_and_this_years_targets():
    text = ("青禾县2025年法治政府建设工作要点\n附件:主要指标\n序号\t指标名称\t2024年完成值\t2025年目标值\n"
            "1\t行政复议直接纠错率\t11.6%\t≤10%\n2\t人民调解成功率\t98.2%\t≥98.5%")
    assert facts(text, 2025, plan_document=True) == [
        ("mediation_success_rate", 98.2, 2024, False), ("mediation_success_rate", 98.5, 2025, True),
        ("reconsideration_correction_rate", 10, 2025, True), ("reconsideration_correction_rate", 11.6, 2024, False)]


def test_a_column_of_targets_beside_what_was_done():
    text = "指标    目标值    完成值\n行政机关负责人出庭应诉率    95%    99.2%"
    assert facts(text) == [("head_appearance_rate", 95, 2024, True), ("head_appearance_rate", 99.2, 2024, False)]


def test_a_column_heading_naming_no_period_keeps_the_rows_reading():
    # 各区 | 出庭应诉率: the column says nothing of year or target; nor does a label set off by blanks in prose
    text = "2024年各区出庭应诉情况\n区\t行政机关负责人出庭应诉率\n东城区\t98.5%"
    assert facts(text) == [("head_appearance_rate", 98.5, 2024, False)]
    assert facts("2023年全县调解成功率 98.2%。") == [("mediation_success_rate", 98.2, 2023, False)]
