"""The kind of an untitled text whose first part names the year's work, its state or its results (一、工作开展情况,
一、2025年主要工作及成效, 一、2024年工作总结): opening the text, or under an opening with the year, it is the year's report;
a half year's summary opening the text stands where its title would (a summary, a report, as one so titled); a part of
a plan, a half year's summary under the year's opening, a part that is not the first, or an opening with no year make
none. This year's work so far (今年以来,…) opens as the year does; a part whose heading tells the work went forward
(…,法治政府建设稳步推进) tells the year's results, as an opening saying them does, a plan's task (稳步推进法治政府建设)
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


_SO_FAR = "今年以来,白沙县司法局在县委、县政府领导下扎实推进各项工作。\n"
_PLACE = "2024年,白沙县深入贯彻党的二十大精神,为全县高质量发展提供坚实法治保障。\n"
_SECOND = "二、依法全面履行政府职能\n(一)深化改革。全年取消证明事项五项。\n"
MORE = [
    # The results named the work's, under a place's opening with the year.
    ("the rule-of-law work's results and its year", _PLACE + "一、2024年法治政府建设主要工作及成效\n" + _PARTS, "annual_report"),
    # This year's work so far opens as the year does, for a first part naming the year's work.
    ("the work's state under this year's work so far", _SO_FAR + "一、2024年工作开展情况\n" + _PARTS, "annual_report"),
    ("…not a half year's state under it", _SO_FAR + "一、上半年工作开展情况\n" + _PARTS, "other"),
    # A first part telling the work went forward, the work its subject, under the year's opening.
    ("a part telling the work went forward", _PLACE + "一、深入学习贯彻习近平法治思想,法治政府建设扎实推进\n" + _PARTS + _SECOND,
     "annual_report"),
    ("…a bettered level", _PLACE + "一、强化制度建设,依法行政水平不断提升\n" + _PARTS + _SECOND + "三、法治政府建设其他工作\n",
     "annual_report"),
    ("…not a task pushing the work on", _PLACE + "一、深入学习贯彻习近平法治思想,稳步推进法治政府建设\n" + _PARTS + _SECOND,
     "other"),
    ("…nor one seeing to it", _PLACE + "一、坚持党的领导,确保法治政府建设有序推进\n" + _PARTS + _SECOND, "other"),
    ("…nor under an opening on a span", "近年来,白沙县深入贯彻党的二十大精神。\n一、深入学习贯彻习近平法治思想,法治政府建设扎实推进\n"
     + _PARTS + _SECOND, "other"),
    # A plan's preamble and a paper's item keep their kinds.
    ("a plan's preamble", "为深入推进法治政府建设,结合本县实际,制定本方案。\n一、主要工作及任务\n" + _PARTS, "plan"),
    ("a paper's item", "本报讯(记者 甲乙)2024年全市新收行政复议案件1200件。\n一、主要做法\n" + _PARTS, "news"),
]


@pytest.mark.parametrize(("case", "text", "expected"), MORE, ids=[c[0] for c in MORE])
def test_an_untitled_texts_first_part_telling_the_years_results(case, text, expected):
    assert read(text, "kind") == expected
