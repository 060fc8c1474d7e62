"""A table whose row holds figures alone, under a heading row of labels (收案数 | 结案数 | 纠错数 under a caption of
行政复议): the first figure is its column's value, as every other is; a row labelled (件数 | 236 | …) or led by a
serial number (序号 | 1 | …) keeps its first cell as its label.

Every sentence here is written for the test; bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts

_CAPTION = "表1 2024年行政复议案件情况\n"


@pytest.mark.parametrize("rows", [
    "收案数 结案数 纠错数\n236 205 24\n",
    "收案数　结案数　纠错数\n236　205　24\n",
    "收案数 | 结案数 | 纠错数\n236 | 205 | 24\n",
])
def test_the_first_figure_of_a_row_of_figures_is_its_column_s(rows):
    assert facts(_CAPTION + rows)[:1] == [("reconsideration_closed", 205, 2024, False)]
    assert ("reconsideration_received", 236, 2024, False) in facts(_CAPTION + rows)


def test_a_row_of_figures_led_by_its_serial_number_keeps_it_as_its_label():
    got = facts(_CAPTION + "序号 收案数 结案数\n1 236 205\n")
    assert got == [("reconsideration_closed", 205, 2024, False), ("reconsideration_received", 236, 2024, False)]


def test_a_row_of_figures_of_another_service():
    got = facts("表2 2024年人民调解情况\n调解案件数 调解成功数 调解成功率\n1520 1498 98.6%\n")
    assert got == [("mediation_cases", 1520, 2024, False), ("mediation_succeeded", 1498, 2024, False),
                   ("mediation_success_rate", 98.6, 2024, False)]
