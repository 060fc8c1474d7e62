"""A place called back (该市) after a place its own clause names (…由南通市中级人民法院会同该市司法局首创) is that place,
named in passing: it is no call of the report's own place as a whole, so the figures of a place above the level the
report was placed at (全省…) stay, as in a report that never speaks of its level as a whole. 该市 opening a clause of
its own (今年以来,该市…) calls the report's own city back, and a figure of the province above it is not the city's.

Every sentence below is written for these tests; the figures are made up.
"""

from __future__ import annotations

import pytest
from test_metric_families import read

from lawreport.metrics import own_level

CITY = own_level("江苏省", "南通市", None)
_FIGURES = "其中全省行政机关一审败诉案件1210件,一审败诉率6.9%。"
_KEPT = [("litigation_loss_rate", 6.9), ("litigation_lost", 1210)]


def found(text: str) -> list[tuple[str, float]]:
    return sorted((k, v) for k, v, *_ in read(text, level=CITY)[0])


@pytest.mark.parametrize(("case", "text", "expected"), [
    ("该市 after the city its clause names: named in passing, the province's figures stay",
     _FIGURES + "该机制由南通市中级人民法院会同该市司法局首创。", _KEPT),
    ("…called back after a comma inside the clause's sentence, its place named in the clause", _FIGURES
     + "值得一提的是,该机制由南通市中级人民法院联合该市司法局首创。", _KEPT),
    ("该市 opening a clause of its own calls the report's city back: the province's figures are above it",
     "近日,南通市司法局召开会议。今年以来,该市办理法律援助案件320件。" + _FIGURES, [("legal_aid_cases", 320)]),
    ("全市 anywhere is the report's own whole", _FIGURES + "该机制由南通市中级人民法院会同全市各级法院推广。", []),
])
def test_a_place_called_back_in_its_own_clause_is_no_call_of_the_report_s_whole(case, text, expected):
    assert found(text) == expected
