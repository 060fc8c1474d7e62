"""A table's row whose label and figures the prose reading takes together (调解成功率\t97.2%\t98.5%, cells parted by a
tab as an HTML table reaches the text, by two spaces, an ideographic space or one space): each figure is dated by its
column's heading (指标 2023年 2024年), as a cell read alone is, not by the report's year; a column of targets (目标值)
makes its figures targets; and two cells a space apart (420 456) are two figures, never one grouped by a space. A
figure in prose, or in a table whose headings give no year, keeps the report's year; a figure grouped by a space in a
line that is no table's row stays whole.

Every text below is written for these tests; the places and figures are made up.
"""

from __future__ import annotations

import pytest

from lawreport import extract

_TITLE = "松川县人民政府关于2024年度法治政府建设情况的报告\n表1 主要指标完成情况\n"


def _metrics(raw: str) -> set[tuple[str, float, int | None, bool]]:
    return {(m.key, m.value, m.year, m.target) for m in extract(raw).metrics}


def _table(gap: str, headings: str = "指标{g}2023年{g}2024年") -> str:
    return _TITLE + "\n".join(line.format(g=gap) for line in (
        headings, "调解成功率{g}96.4%{g}97.9%", "行政复议纠错率{g}9.3%{g}7.2%", "法律援助案件(件){g}512{g}538")) + "\n"


@pytest.mark.parametrize("gap", ["\t", "  ", "\u3000", " "], ids=["tab", "two spaces", "ideographic space", "space"])
def test_each_column_dates_its_figures(gap):
    found = _metrics(_table(gap))
    assert {("mediation_success_rate", 96.4, 2023, False), ("mediation_success_rate", 97.9, 2024, False),
            ("reconsideration_correction_rate", 9.3, 2023, False), ("reconsideration_correction_rate", 7.2, 2024, False),
            ("legal_aid_cases", 512, 2023, False), ("legal_aid_cases", 538, 2024, False)} <= found
    assert not [m for m in found if m[1] in (512538, 512.538)]


def test_a_column_of_targets_holds_targets():
    raw = _table("\t", "指标\t目标值\t完成值")
    found = _metrics(raw)
    assert ("mediation_success_rate", 96.4, 2024, True) in found
    assert ("mediation_success_rate", 97.9, 2024, False) in found


def test_headings_giving_no_year_leave_the_report_year():
    raw = _TITLE + "指标\t数值\n调解成功率\t97.9%\n行政复议纠错率\t7.2%\n"
    assert {("mediation_success_rate", 97.9, 2024, False), ("reconsideration_correction_rate", 7.2, 2024, False)} \
        <= _metrics(raw)


def test_a_figure_grouped_by_a_space_in_prose_stays_whole():
    raw = _TITLE + "2024年,全县各级人民调解组织共调解矛盾纠纷1 302件,调解成功率 97.9%。\n"
    assert {("mediation_cases", 1302, 2024, False), ("mediation_success_rate", 97.9, 2024, False)} <= _metrics(raw)
