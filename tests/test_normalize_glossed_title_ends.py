"""A conversion mirror glosses a title's last character too (…已建成82個(gè)): the copy's span ends before the gloss, and
the title as the original writes it takes the gloss in, as it takes one inside it; a parenthesis after the title that
is no gloss (…服務(2024)), or a gloss opening later, stays out.

Every sentence below is written for these tests; the places and figures are made up.
"""

from __future__ import annotations

from lawreport import extract
from lawreport.normalize import normalize_mapped

_TITLE = "青禾:三級(jí)公共法律服務(wù)平臺(tái)已建成82個(gè)"
_ITEM = f"{_TITLE}\n發布時間:2022-01-26\n22日,全縣公共法律服務工作會議召開。\n"


def test_a_gloss_closing_the_title_stays_in_it():
    assert extract(_ITEM).title == _TITLE


def test_a_gloss_closing_a_heading_stays_in_its_title():
    report = ("青禾县司法局2024年法治政府建设工作报告\n一、主要工作\n（一）推進(jìn)公證(zhèng)\n全年办理公证事项120件。\n"
              "（二）压实法治建设第一责任人职责\n全年召开专题会议三次。\n")
    assert next(s for s in extract(report).sections if s.numbering == "（一）").title == "推進(jìn)公證(zhèng)"


def test_an_end_no_gloss_opens_at_stays():
    original = normalize_mapped("平臺(tái)已建成82個(gè)\n次年(2024)起")
    end = original.text.index("個") + 1
    assert original.glossed_end(end) == end + len("(gè)")
    assert original.glossed_end(end - 1) == end - 1  # 2個: the gloss opens after the next character
    year_end = original.text.index("年") + 1
    assert original.glossed_end(year_end) == year_end  # (2024) is no gloss
