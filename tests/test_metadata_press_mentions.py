"""A yearly report telling of the press in its own sentences (a reporter interviewed its head, a media centre followed
its work) is still the report under a title naming it; an item whose own byline, lead or source is the press's stays
news, the report it reprints or tells of inside. Untitled, a report's parts (below its first numbered heading, or after it
says what follows: 现将…报告如下) telling of reporters or correspondents leave it the report. Every text below is written for these tests; places, bodies and
figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

TITLE = "松川县司法局2024年法治政府建设年度报告\n"
WORK = "全年办结行政复议案件84件,纠错率为9.5%。"

CASES = [
    # --- reporters the report speaks of -----------------------------------------------------------------------------
    ("a media centre's reporters following the work",
     TITLE + "2024年,县司法局扎实推进法治政府建设,县融媒体中心记者全程跟踪报道复议工作。" + WORK, "kind", "annual_report"),
    ("…and the bureau in the title is its issuer",
     TITLE + "2024年,县司法局扎实推进法治政府建设,县融媒体中心记者全程跟踪报道复议工作。" + WORK, "issuer", "松川县司法局"),
    ("its head interviewed by a national broadcaster's reporter",
     TITLE + "2024年,局主要负责人接受中央电视台记者采访,介绍调解工作做法。" + WORK, "kind", "annual_report"),
    ("a broadcaster's reporters going down to the villages",
     TITLE + "2024年,央视记者深入我县乡村,关注基层矛盾纠纷化解。" + WORK, "kind", "annual_report"),
    ("correspondents it trained",
     TITLE + "2024年,县司法局举办培训班,培训政务信息通讯员60名。" + WORK, "kind", "annual_report"),
    # --- the item's own press marks ---------------------------------------------------------------------------------
    ("a reporter's byline over the report",
     TITLE + "记者 郑可 报道\n近日,县司法局公布了年度报告。" + WORK, "kind", "news"),
    ("a paper's lead over the report",
     TITLE + "本报讯(记者 郑可 通讯员 韩青)近日,县司法局公布了年度报告。" + WORK, "kind", "news"),
    ("a reporter learning of it from the bureau",
     TITLE + "记者从县司法局获悉," + WORK, "kind", "news"),
    ("a paper as the source of the reprinted report",
     TITLE + "来源:松川日报 发布时间:2025-02-20\n2024年,县司法局扎实推进法治政府建设。" + WORK, "kind", "news"),
    ("an interview mentioned under a title naming no yearly report still reads as before",
     "我县调解工作获好评\n局主要负责人接受记者采访时介绍," + WORK, "kind", "news"),
]


@pytest.mark.parametrize(("why", "text", "field", "expected"), CASES, ids=[case[0] for case in CASES])
def test_metadata(why, text, field, expected):
    assert read(text, field) == expected


_OPENING = "2024年,松川县司法局认真落实法治政府建设各项任务,现将有关情况报告如下:\n"
_PART = "一、主要举措和成效\n(一)加强法治宣传。"
UNTITLED = [
    ("correspondents trained, told in an untitled report's part",
     _OPENING + _PART + "全年培养法治宣传通讯员50名,在省级媒体发稿30篇。\n", "annual_report"),
    ("reporters received, told so", _OPENING + _PART + "全年接待中央媒体记者来访3次。\n", "annual_report"),
    ("…below the first heading, no statement before it",
     "2024年,松川县司法局认真落实法治政府建设各项任务。\n" + _PART + "全年接待中央媒体记者来访3次。\n二、存在问题\n宣传形式单一。\n",
     "annual_report"),
    # An item's byline or source heads its text, before any part; a column's mark in its title is the title's.
    ("a byline over an item's parts", "记者 郑可 报道\n近日,县司法局部署三项工作。\n一、强化排查\n二、规范调解\n", "news"),
    ("a paper as source under a title holding a column's mark",
     ("【普法在行动】松川县司法局:落实普法责任制\n\n来源:松川日报 作者: 发布时间:2024-07-24 09:09:47\n\n"
     "松川日报讯 (记者 郑可) 近日,县司法局聚焦职能职责,推进普法工作。\n"), "news"),
]


@pytest.mark.parametrize(("why", "text", "expected"), UNTITLED, ids=[case[0] for case in UNTITLED])
def test_press_words_in_an_untitled_reports_parts(why, text, expected):
    assert read(text, "kind") == expected
