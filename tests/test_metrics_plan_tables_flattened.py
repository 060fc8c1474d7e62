"""A plan's table of indicators scraped one cell a line may number its rows (序号 / 1) and close each with a column of
words (属性 / 约束性、预期性), its targets bounded (≥98%, 98%以上): it is read as a table all the same, each row's
base-year figure a level of that year and its goal-year figure a target of the goal's year. The rows were read as
label and figure pairs run together, the base figure taken for a target of no year and the goal's lost.

Every table here is written for the test.
"""

from __future__ import annotations

import pytest

from lawreport import extract
from lawreport.grids import find_grids
from lawreport.normalize import normalize, normalize_mapped

_HEAD = "青禾市法治政府建设实施方案(2026—2030年)\n为深入推进依法行政,结合本市实际,制定本方案。\n表1 主要指标\n"
NUMBERED_WITH_KINDS = _HEAD + ("序号\n指标名称\n2025年\n2030年\n指标属性\n"
                               "1\n行政机关负责人出庭应诉率\n93%\n100%\n约束性\n"
                               "2\n行政复议直接纠错率\n8.5%\n≥12%\n预期性\n"
                               "3\n办理法律援助案件(件)\n5400\n6100\n预期性\n"
                               "4\n人民调解成功率\n96.5%\n98%以上\n预期性\n")
KINDS_ONLY = _HEAD + ("指标\n2025年\n2030年\n属性\n"
                      "行政机关负责人出庭应诉率\n93%\n100%\n约束性\n"
                      "人民调解成功率\n96.5%\n98%以上\n预期性\n")


def facts(text: str) -> list[tuple]:
    return sorted((m.key, m.value, m.year, m.target) for m in extract(text).metrics)


def test_numbered_rows_closed_by_their_kind_are_a_table():
    [grid] = find_grids(normalize(NUMBERED_WITH_KINDS))
    assert [cell.text for cell in grid.header] == ["序号", "指标名称", "2025年", "2030年", "指标属性"]
    assert [[cell.text for cell in row] for row in grid.rows][1] == ["2", "行政复议直接纠错率", "8.5%", "≥12%", "预期性"]
    assert grid.caption is not None and grid.caption.text == "表1 主要指标"


def test_a_flattened_plan_table_gives_base_levels_and_goal_targets():
    assert facts(NUMBERED_WITH_KINDS) == [
        ("head_appearance_rate", 93, 2025, False), ("head_appearance_rate", 100, 2030, True),
        ("legal_aid_cases", 5400, 2025, False), ("legal_aid_cases", 6100, 2030, True),
        ("mediation_success_rate", 96.5, 2025, False), ("mediation_success_rate", 98, 2030, True),
        ("reconsideration_correction_rate", 8.5, 2025, False), ("reconsideration_correction_rate", 12, 2030, True)]


def test_rows_closed_by_their_kind_without_numbers_are_a_table():
    assert facts(KINDS_ONLY) == [
        ("head_appearance_rate", 93, 2025, False), ("head_appearance_rate", 100, 2030, True),
        ("mediation_success_rate", 96.5, 2025, False), ("mediation_success_rate", 98, 2030, True)]


@pytest.mark.parametrize("lines", [
    "约束性\n2\n行政机关负责人出庭应诉率\n93%\n100%\n",  # a label over two figures: a row, no pair
    "属性\n1\n人民调解成功率\n96.5%\n98%以上\n",  # …its second figure a target's bound
])
def test_a_label_over_two_figures_is_not_run_into_a_pair(lines):
    raw = _HEAD + lines
    assert normalize_mapped(raw).copy == normalize(raw)


def test_label_and_figure_pairs_are_still_run_together():
    raw = _HEAD + "办结行政复议案件\n205件\n行政机关负责人出庭应诉率\n97.6%\n"
    assert "办结行政复议案件205件" in normalize_mapped(raw).copy


def test_a_unit_column_before_the_figures_is_an_opening_column():
    text = _HEAD + ("序号\n指标\n单位\n2025年\n2030年\n属性\n"
                    "1\n行政机关负责人出庭应诉率\n%\n93\n100\n约束性\n"
                    "2\n办理法律援助案件\n件\n5400\n6100\n预期性\n")
    [grid] = find_grids(normalize(text))
    assert [cell.text for cell in grid.header] == ["序号", "指标", "单位", "2025年", "2030年", "属性"]
    assert facts(text) == [
        ("head_appearance_rate", 93, 2025, False), ("head_appearance_rate", 100, 2030, True),
        ("legal_aid_cases", 5400, 2025, False), ("legal_aid_cases", 6100, 2030, True)]


def test_a_serial_number_opens_no_row_of_a_label_alone():
    # one opening column: its cell is the row's label, which a number is not
    assert find_grids("项目\n2024年\n2023年\n1\n4120\n3900\n") == []
