"""How far an example of one place or unit reaches: up to the area's whole named after it in its sentence (…,带动全县
共调解…), and, said as a sentence of its own (以…为例。), over the sentences after it in its paragraph.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


# The area's whole named after the example in its sentence ends the example: the figures after it are the area's,
# and the example's give way to them.
@pytest.mark.parametrize("text, expected", [
    ("如桃源镇设立调解工作室,调解纠纷64件,带动全县共调解纠纷2790件,调解成功率98.4%。",
     [("mediation_cases", 2790, 2024, False), ("mediation_success_rate", 98.4, 2024, False)]),
    ("以河口乡为例,全年办理法律援助案件38件,全市共办理法律援助案件1175件。",
     [("legal_aid_cases", 1175, 2024, False)]),
])
def test_the_areas_whole_after_an_example_ends_it(text, expected):
    assert facts(text) == expected


# The example's own level (以…镇为例…全镇) is the example's whole, not the area's: its figures stay the example's.
@pytest.mark.parametrize("text, expected", [
    ("全县调解纠纷2790件。以桃源镇为例,全镇调解纠纷64件,调解成功率98.4%。",
     [("mediation_cases", 2790, 2024, False), ("mediation_success_rate", 98.4, 2024, False)]),
])
def test_the_examples_own_whole_keeps_it(text, expected):
    assert facts(text) == expected


# An example said as a sentence of its own speaks through the sentences after it in its paragraph (该镇…).
@pytest.mark.parametrize("text, expected", [
    ("以柳溪镇为例。该镇今年调解纠纷92件,调解成功率97.8%。全县共调解纠纷3015件,调解成功率98.2%。",
     [("mediation_cases", 3015, 2024, False), ("mediation_success_rate", 98.2, 2024, False)]),
    ("全县共调解纠纷3015件。以柳溪镇为例:该镇调解纠纷92件。", [("mediation_cases", 3015, 2024, False)]),
])
def test_an_example_said_alone_reaches_its_paragraph(text, expected):
    assert facts(text) == expected


# The next paragraph is no longer the example's; a sentence ending in 例 that opens no example (如下例。) reaches nothing.
@pytest.mark.parametrize("text, expected", [
    ("以柳溪镇为例。该镇今年调解纠纷92件。\n全县全年调解纠纷3015件。\n全县办理法律援助案件640件。",
     [("legal_aid_cases", 640, 2024, False), ("mediation_cases", 3015, 2024, False)]),
    ("以柳溪镇为例。该镇今年调解纠纷92件。\n全年共办理法律援助案件640件。",
     [("legal_aid_cases", 640, 2024, False), ("mediation_cases", 92, 2024, False)]),
    ("调解工作规范有序,详见下例。全年调解纠纷3015件。\n办理法律援助案件640件。",
     [("legal_aid_cases", 640, 2024, False), ("mediation_cases", 3015, 2024, False)]),
])
def test_an_example_said_alone_ends_with_its_paragraph(text, expected):
    assert facts(text) == expected
