"""A year after the report's said as a start up to now (2025年以来 in a report on 2024, written the next spring).

Its figures are that year's so far, not the report's year's nor its paragraph's; a year before the report's so said
still spans the years since, and the report's own year so said is the report's. Every sentence is written for these
tests (invented figures).
"""

from __future__ import annotations

import pytest

from lawreport.metrics import Interpreter
from lawreport.normalize import normalize
from lawreport.numbers import scan
from lawreport.structure import Outline


def _years(text: str) -> list[tuple[str, float, int | None]]:
    norm = normalize(text)
    metrics, _, _ = Interpreter(norm, Outline(norm), [], 2024, published_year=2025).run(scan(norm))
    return [(m.key, m.value, m.year) for m in metrics]


@pytest.mark.parametrize("label,text,expected", [
    ("a later year so far", "2025年以来,全县已新收行政复议案件14件。\n", [("reconsideration_received", 14, 2025)]),
    ("…in a paragraph opening with the report's year",
     "2024年,全县扎实推进法治政府建设,全年办理法律援助案件208件;2025年以来,已办理法律援助案件31件。\n",
     [("legal_aid_cases", 208, 2024), ("legal_aid_cases", 31, 2025)]),
    ("…said as 至今", "2025年至今,全县调解矛盾纠纷96件。\n", [("mediation_cases", 96, 2025)]),
    ("…before a year said after it", "2025年以来新收行政复议案件14件,2024年全年新收66件。\n",
     [("reconsideration_received", 14, 2025), ("reconsideration_received", 66, 2024)]),
    # The report's own year so said is the report's; an earlier year's spans the years since.
    ("the report's year so far", "2024年以来,全县已新收行政复议案件52件。\n", [("reconsideration_received", 52, 2024)]),
    ("an earlier year's start spans the years", "2022年以来,全县累计办理法律援助案件615件。\n",
     [("legal_aid_cases", 615, None)]),
])
def test_a_later_year_so_far_dates_its_figures(label, text, expected):
    assert _years(text) == expected, label
