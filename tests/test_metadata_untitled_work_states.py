"""The kind of an untitled text whose first part names the year's work, its state or its results (一、工作开展情况,
一、2025年主要工作及成效, 一、2024年工作总结): opening the text, or under an opening with the year, it is the year's report;
a half year's summary opening the text stands where its title would (a summary, a report, as one so titled); a part of
a plan, a half year's summary under the year's opening, a part that is not the first, or an opening with no year make
none.

Every sentence below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_PARTS = "(一)深化学法。全年开展专题学习十二次。\n(二)规范执法。全年办理行政处罚案件三十件。\n"
_YEAR_OPENING = "2024年,白沙镇坚持以法治思想为指导,为全镇发展提供法治保障。\n"

CASES = [
    # The text opens with its first part naming the year's work.
    ("a text opening with the year's work and results", "一、2025年主要工作及成效\n" + _PARTS, "annual_report"),
    ("…with the work's results, no year", "一、主要工作和成绩\n" + _PARTS, "annual_report"),
    ("…with the year's work summary", "一、2024年度工作总结\n" + _PARTS, "annual_report"),
    ("…with a half year's work summary, as its title would", "一、2024年上半年工作总结\n" + _PARTS, "annual_report"),
    # …or under an opening with its year, though the opening tells no result.
    ("the work's state under an opening with the year", _YEAR_OPENING + "一、工作开展情况\n" + _PARTS, "annual_report"),
    # None of these.
    ("a plan's first part is none", "一、2025年工作目标\n" + _PARTS, "other"),
    ("…nor a half year's summary under the year's opening", _YEAR_OPENING + "一、2024年上半年工作总结\n" + _PARTS, "other"),
    ("…nor the work's state as a later part", _YEAR_OPENING + "一、基本情况\n" + _PARTS + "二、工作开展情况\n" + _PARTS, "other"),
    ("…nor under an opening without the year", "近年来,白沙镇坚持以法治思想为指导,为全镇发展提供法治保障。\n一、工作开展情况\n"
     + _PARTS, "other"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_an_untitled_texts_first_part_naming_the_years_work(case, text, expected):
    assert read(text, "kind") == expected


def test_the_year_of_a_text_opening_with_its_years_work():
    assert read("一、2025年主要工作及成效\n" + _PARTS, "report_year") == 2025
