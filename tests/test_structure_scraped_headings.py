"""Headings as web pages scrape them: a heading shown twice (the page's styled copy of it scraped with it)."""

from __future__ import annotations

from lawreport import extract
from lawreport.normalize import normalize
from lawreport.structure import Outline


def _outline(text: str) -> list[tuple[int, str]]:
    return [(h.level, h.title) for h in Outline(normalize(text)).headings]


_TWICE = ("2024年,我区扎实推进依法行政。现将有关情况报告如下:\n"
          "一、压实领导责任,统筹法治建设\n"
          "一、压实领导责任,统筹法治建设\n"
          "一是健全议事机制。区政府常务会议专题研究法治工作3次,明确年度任务清单。\n"
          "二是抓实述法考核。组织12个部门主要负责人现场述法,结果纳入年度考核。\n"
          "二、规范执法行为,提升执法质效\n"
          "（一）开展案卷评查  \n"
          "（一）开展案卷评查\n"
          "全年评查行政执法案卷160卷,发现问题21个,均已整改到位。\n")


def test_a_heading_shown_twice_heads_one_section():
    assert _outline(_TWICE) == [(1, "压实领导责任,统筹法治建设"), (1, "规范执法行为,提升执法质效"),
                                (2, "开展案卷评查")]


def test_a_heading_shown_twice_is_one_initiative():
    titles = [i.title for i in extract(_TWICE).initiatives]
    assert titles == ["健全议事机制", "抓实述法考核", "开展案卷评查"]


def test_two_headings_with_other_numbering_and_the_same_words_stay_two():
    """The same words under another number are two parts (a plan's heading repeating an achievement's)."""
    text = ("一、加强普法宣传\n全年开展送法下乡40场。\n"
            "二、加强普法宣传\n明年将开展送法进企业活动。\n"
            "（一）加强普法宣传\n（二）加强普法宣传\n")
    assert [t for _, t in _outline(text)] == ["加强普法宣传"] * 4
