"""A data release gives a bare figure the unit its label notes, however the label is set off from it: after a colon
(法律援助案件数(件):523), on the line above in a table flattened one cell a line (办理公证(件) / 4120, the lines of two
or more such pairs run together by normalize), or with the unit set alone as a cell of its own between the label's line
and the figure's (指标 / 单位 / 数值 flattened: 法律援助案件 / 件 / 523).

Every text here is written for the test; bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from test_metric_families import read

from lawreport import extract

_HEAD = "2023年度白沙区司法行政主要业务数据\n发布日期:2024-01-12\n\n"


@pytest.mark.parametrize("text, expected", [
    ("受理法律援助案件数(件):523\n", [("legal_aid_cases", 523, 2023, False, "法律援助案件数(件):523")]),
    ("调解成功率(%):96.4\n", [("mediation_success_rate", 96.4, 2023, False, "调解成功率(%):96.4")]),
    ("办理公证(件)\n4120\n", [("notarizations", 4120, 2023, False, "办理公证(件)\n4120")]),
    ("办理法律援助案件(件)415\n", [("legal_aid_cases", 415, 2023, False, "法律援助案件(件)415")]),  # two cells run together
    ("指标\n单位\n数值\n法律援助案件\n件\n523\n", [("legal_aid_cases", 523, 2023, False, "法律援助案件\n件\n523")]),
    ("指标\n单位\n数值\n调解成功率\n%\n96.4\n", [("mediation_success_rate", 96.4, 2023, False, "调解成功率\n%\n96.4")]),
])
def test_a_bare_figure_takes_the_unit_noted_apart_from_it(text, expected):
    assert read(text)[0] == expected


@pytest.mark.parametrize("text", [
    "受理法律援助案件数(万元):523\n",  # a measure no bare figure carries
    "受理法律援助案件数(2023年):523\n",  # no unit
    "指标\n单位\n数值\n法律援助经费\n万元\n523\n",  # a unit cell of no count
    "法律援助案件\n2022年\n523\n",  # a year's cell, no unit
])
def test_a_bare_figure_after_no_unit_noted_stays_bare(text):
    assert read(text)[0] == []


def test_a_release_flattened_one_cell_a_line_is_read_row_by_row():
    report = extract(_HEAD + "项目\n数量\n人民调解案件数(件)\n2345\n调解成功率(%)\n98.6\n办理公证(件)\n4120\n"
                     "行政复议收案数(件)\n87\n")
    assert [(m.key, m.value, m.year) for m in report.metrics] == [
        ("mediation_cases", 2345, 2023), ("mediation_success_rate", 98.6, 2023), ("notarizations", 4120, 2023),
        ("reconsideration_received", 87, 2023)]
    report = extract(_HEAD + "指标\n单位\n数值\n法律援助案件\n件\n523\n办理公证\n件\n4120\n")
    assert [(m.key, m.value) for m in report.metrics] == [("legal_aid_cases", 523), ("notarizations", 4120)]


def test_a_release_flattened_under_two_years_gives_each_column_its_year():
    report = extract(_HEAD + "项目\n\n2023年\n\n2022年\n\n办理公证(件)\n\n4120\n\n3900\n\n调解成功率\n\n98.6%\n\n98.2%\n")
    assert [(m.key, m.value, m.year) for m in report.metrics] == [
        ("notarizations", 4120, 2023), ("notarizations", 3900, 2022), ("mediation_success_rate", 98.6, 2023),
        ("mediation_success_rate", 98.2, 2022)]
    report = extract(_HEAD + "指标\n本年累计\n上年同期\n法律援助案件(件)\n523\n498\n")
    assert [(m.key, m.value, m.year) for m in report.metrics] == [("legal_aid_cases", 523, 2023), ("legal_aid_cases", 498, 2022)]
