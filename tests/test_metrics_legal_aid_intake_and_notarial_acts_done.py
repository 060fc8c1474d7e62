"""Legal-aid cases taken in and closed said 收案 and 结案 (法律援助中心全年收案N件, 法律援助案件结案N件): the intake and
the cases closed as 受理 and 办结 say them, the closed giving way to the intake in either order; the applications
(受理法律援助申请N件) giving way to the cases taken up from them (指派法律援助案件M件); and the notarial acts said done
(完成公证N件) as 办理公证 says them.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize(("text", "value"), [
    ("2023年,县法律援助中心全年收案418件。", 418),
    ("2023年,全县法律援助案件结案405件。", 405),
    # the cases closed give way to those taken in, in either order
    ("2023年,县法律援助中心共收案418件,结案405件。", 418),
    ("2023年,县法律援助中心共结案405件,收案418件。", 418),
])
def test_legal_aid_cases_taken_in_and_closed(text, value):
    assert facts(text, 2023) == [("legal_aid_cases", value, 2023, False)]


@pytest.mark.parametrize(("text", "value"), [
    ("2023年,县法律援助中心共受理法律援助申请371件,指派法律援助案件362件,办结340件。", 362),
    ("2023年,县法律援助中心办理法律援助案件362件,受理法律援助申请371件。", 362),
    # the applications said alone, or beside the cases closed only: the count there is
    ("2023年,县法律援助中心共受理法律援助申请371件,办结340件。", 371),
    ("2023年,县法律援助中心共受理法律援助申请371件。", 371),
])
def test_legal_aid_applications_give_way_to_the_cases_taken_up(text, value):
    assert facts(text, 2023) == [("legal_aid_cases", value, 2023, False)]


@pytest.mark.parametrize("text", [
    # a court's and a reconsideration office's intake
    "2023年,县法院全年收案4180件,结案4050件。",
    "2023年,县行政复议局收案86件。",
])
def test_no_legal_aid_intake_of_another_body(text):
    assert [f for f in facts(text, 2023) if f[0] == "legal_aid_cases"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("2023年,县公证处全年完成公证2716件。", [("notarizations", 2716, 2023, False)]),
    # a plan's
    ("2024年,县公证处计划完成公证3000件。", [("notarizations", 3000, 2024, True)]),
])
def test_notarial_acts_said_done(text, expected):
    assert facts(text, 2023) == expected


def test_no_notarial_acts_done_of_another_service():
    assert [f for f in facts("2023年,县司法鉴定所完成鉴定416件。", 2023) if f[0] == "notarizations"] == []
