"""Blanks beside a percentage's decimal point, as a PDF's justified line or a scan's reading leaves them (调解成功率98. 7%,
98 .7%, 98 . 7 %, full-width ９８．　７％): the figure reads whole, the evidence as written. A list's number opening a line
or a clause before a percentage (1. 5%的案件…) and a point before words (达98. 全年…) stay as they are.

Every sentence below is written for these tests; the places and figures are made up.
"""

from __future__ import annotations

import pytest

from lawreport import extract
from lawreport.normalize import normalize_mapped

_TITLE = "河湾县人民政府关于2024年度法治政府建设情况的报告\n2024年，全县共排查化解矛盾纠纷2046件，"


def _metrics(raw: str) -> list[tuple[str, float, str]]:
    return sorted((m["key"], m["value"], m["evidence"]["text"]) for m in extract(raw).model_dump()["metrics"])


@pytest.mark.parametrize("written", ["调解成功率97. 3%", "调解成功率97 .3%", "调解成功率为 97 . 3 %", "调解成功率９７．　３％"])
def test_a_blank_beside_the_point_is_no_gap(written):
    assert ("mediation_success_rate", 97.3, written) in _metrics(_TITLE + written + "。\n")


def test_a_correction_rate_with_one_digit_before_the_point():
    raw = _TITLE + "全年办结行政复议案件88件，行政复议直接纠错率为8. 52%。\n"
    assert ("reconsideration_correction_rate", 8.52, "行政复议直接纠错率为8. 52%") in _metrics(raw)


def test_a_list_number_before_a_percentage_stays_apart():
    raw = _TITLE + "其中:\n1. 5%的纠纷经诉前调解化解。\n"
    assert "\n1. 5%" in normalize_mapped(raw).copy


def test_a_point_before_words_stays():
    raw = _TITLE + "调解成功率达98. 全年办结行政复议案件88件。\n"
    assert "98. 全年" in normalize_mapped(raw).copy
    assert not [m for m in _metrics(raw) if m[0] == "mediation_success_rate"]
