"""A level a forecast or a plan says will be reached, said with 可 or 将 before its verb (全年法律援助案件预计可达950件,
调解成功率预计全年可达99%, 预计全年将达到…): the figure is that level, a target of the year it is said for, as 预计达到
says it; and, its label elided after a count of the year so far, the count before's (截至11月底已办理法律援助案件860件,
预计全年可达950件).

Every sentence here is written for the test, read with the report's year given (2024).
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, expected", [
    ("全县全年办理法律援助案件预计可达740件。", [("legal_aid_cases", 740, 2024, True)]),
    ("预计全年公证办证量将达到4200件。", [("notarizations", 4200, 2024, True)]),
    ("截至10月底,全区调解成功率为98.1%,预计全年可达98.5%。",
     [("mediation_success_rate", 98.1, 2024, False), ("mediation_success_rate", 98.5, 2024, True)]),
])
def test_a_forecast_level_said_with_ke_or_jiang_is_the_labels_target(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全区调解成功率为98.1%,实现了平稳运行。", [("mediation_success_rate", 98.1, 2024, False)]),
    ("全年办理法律援助案件510件,可以说成效明显。", [("legal_aid_cases", 510, 2024, False)]),
])
def test_ke_with_no_level_after_it_adds_nothing(text, expected):
    assert facts(text) == expected
