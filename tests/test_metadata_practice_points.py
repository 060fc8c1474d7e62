"""An account laid out in practice points, its second point opening a line (…多措并举,… / 一是…。 / 二是…。), that no
kind's cue claims and whose opening states no year nor a day tells how a body does its work: experience material, a
case study. An opening with the year or this year's work so far (2023年,…; 今年以来,…), one going on to a clause
opening with the year (…,2022年全镇各调解组织共受理…), an excerpt opening inside a report's parts ((三)…), or points
run on in one paragraph (…。二是…) make none, nor do points under a title naming a document (…工作指引); a kind's cue
still decides (a reporter's closing credit).

Every text below is written for these tests; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_POINTS = ("{opening}青禾县司法局立足职能,以“早发现、快化解”为目标,推出“三步”解纷工作法,多措并举提升化解实效。\n"
           "一是织密网络抓排查,构建村组全覆盖的排查体系。各村设立调解小组,每月走访农户。\n"
           "二是整合力量抓调处,打造联动高效的化解平台。组建调解专家库,疑难纠纷由专家参与。\n"
           "三是回访巩固抓长效,建立案结事了的跟踪机制。调解结束后一个月内回访当事人。\n")

CASES = [
    ("an undated account in points", _POINTS.format(opening=""), "case_study"),
    ("…under a headline no kind claims",
     "青禾县司法局“三步”工作法提升解纷实效\n" + _POINTS.format(opening=""), "case_study"),
    ("…opening with the span of years", _POINTS.format(opening="近年来,"), "case_study"),
    ("…opening on the first point itself", _POINTS.split("\n", 1)[1], "case_study"),
    ("an opening with the year is the year's account", _POINTS.format(opening="2023年,"), "other"),
    ("…with this year's work so far", _POINTS.format(opening="今年以来,"), "other"),
    ("…with a day", _POINTS.format(opening="3月5日,"), "other"),
    ("an opening going on to the year's figures",
     _POINTS.format(opening="").replace("多措并举提升化解实效。", "多措并举,2022年全县各调解组织共受理纠纷812件。", 1), "other"),
    ("an excerpt opening inside a report's parts", "(三)规范调解,提升化解实效。" + _POINTS.split("\n", 1)[1],
     "annual_report"),
    ("points run on in one paragraph", _POINTS.format(opening="").replace("\n二是", "二是").replace("\n三是", "三是"), "other"),
    ("a reporter's closing credit makes news", _POINTS.format(opening="") + "(甲乙 丙丁)\n", "news"),
    ("points under a title naming a document are the document's",
     "青禾县矛盾纠纷化解工作指引\n" + _POINTS.format(opening=""), "other"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_practice_points(case, text, expected):
    assert read(text, "kind") == expected
