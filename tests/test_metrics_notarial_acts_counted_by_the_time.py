"""Notarial acts counted by the time (件次), as the other services' counts are by default (调解矛盾纠纷1200件次,
办理法律援助案件320件次): a notarization count in 件次 is the year's count, said with its label or by the verb alone
where notarization is the topic; certificates issued beside the acts still give way to them.

Every text here is written for the test.
"""

from __future__ import annotations

import pytest

from lawreport import extract


def notarizations(text: str) -> list[tuple[float, str | None]]:
    return sorted((m.value, m.qualifier) for m in extract(text).metrics if m.key == "notarizations")


@pytest.mark.parametrize(("text", "expected"), [
    ("2023年,全省共办理公证事项46.7万件次。", [(467000, None)]),
    ("2023年,全区共办理公证2.6万余件次。", [(26000, "at_least")]),
    ("2023年,市公证处全年共办理3850件次。", [(3850, None)]),
    ("2023年,全县共办理公证2740件,出具公证书3120件次。", [(2740, None)]),
])
def test_a_notarization_count_by_the_time_is_the_years_count(text, expected):
    assert notarizations(text) == expected
