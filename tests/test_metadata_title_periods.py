"""A period of months a title names, its year written with each month or with the first alone, in dots or in words
((2023.1-2023.12), (2023.01-2023.06), (2023.1.1-2023.12.31), (2023年1月—2023年12月)): within one year it dates the
release by that year, the title kept as written; across two years ((2022年1月-2023年12月), (2022.1—2023.12), a twelve
months' window (2022年12月至2023年11月)) it names a span, and the release reports on no one year, whatever its body's
sentences open with.

Every text below is written for these tests; the figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "全县新收行政复议案件126件,审结118件,其中维持84件,纠错15件。\n"

CASES = [
    ("a year's months in dots", "全市行政复议案件统计表(2023.1-2023.12)\n" + _BODY, 2023),
    ("…in full-width brackets", "全县行政复议案件办理情况统计（2023.1-2023.12）\n" + _BODY, 2023),
    ("…the months padded", "全县行政应诉案件统计(2023.01-2023.06)\n" + _BODY, 2023),
    ("…days with them", "全区法律援助案件统计(2023.1.1—2023.12.31)\n" + _BODY, 2023),
    ("…the year in words before each month", "全县人民调解工作统计(2023年1月-2023年12月)\n" + _BODY, 2023),
    ("…the end month alone after the first's year", "全县行政复议案件统计表(2024.1-6)\n" + _BODY, 2024),
    ("two years' months in dots", "全县法律援助案件统计(2022.1—2023.12)\n2023年,全县受理法律援助案件318件。\n", None),
    ("…in words", "全县行政复议案件统计(2022年1月-2023年12月)\n2023年," + _BODY, None),
    ("a twelve months' window", "全县行政复议案件统计(2022年12月至2023年11月)\n2023年," + _BODY, None),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_title_periods(case, text, expected):
    assert read(text, "report_year") == expected


def test_the_title_is_kept_as_written():
    assert read("全市行政复议案件统计表(2023.1-2023.12)\n" + _BODY, "title") == "全市行政复议案件统计表(2023.1-2023.12)"


def test_a_year_said_alone_stays():
    assert read("全县行政复议案件统计(2023年1-12月)\n" + _BODY, "report_year") == 2023
