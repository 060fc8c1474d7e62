"""Items of a page flattened onto long lines, its line breaks become spaces: the first 一是 follows the heading's
title after a space (…工作方面 一是…), the others a sentence end, and each is read as an item."""

from __future__ import annotations

from lawreport import extract

_HEAD = "2024年,某区市场监管局扎实推进法治建设。\n一、主要举措和成效\n"


def _titles(body: str) -> list[str]:
    return [i.title for i in extract(_HEAD + body).initiatives]


def test_the_first_item_after_the_heading_and_a_space_is_read_as_the_others():
    body = ("(一)落实第一责任人职责,强化组织保障方面 一是局党组把法治建设列入年度工作要点,全年召开专题会议4次,"
            "研究解决执法中的难点问题。 二是建立领导干部学法制度,全年组织集中学法6次,覆盖干部职工120余人次。\n")
    assert _titles(body) == ["局党组把法治建设列入年度工作要点", "建立领导干部学法制度"]


def test_the_first_item_of_a_flattened_report_is_read():
    filler = "组织执法人员参加业务培训,规范执法文书制作,推行执法全过程记录制度,提升执法规范化水平。" * 8
    body = ("(一)深化依法行政,规范执法行为方面 一是修订执法事项清单,明确各科室执法职责,全年梳理执法事项86项。"
            f"{filler} 二是开展执法案卷评查,全年评查案卷40卷,发现问题当场整改。\n")
    assert _titles(body) == ["修订执法事项清单,明确各科室执法职责,全年梳理执法事项86项",
                             "开展执法案卷评查,全年评查案卷40卷,发现问题当场整改"]


def test_the_first_item_after_two_spaces_is_read_too():
    body = ("(一)落实第一责任人职责,强化组织保障方面 \u3000一是局党组把法治建设列入年度工作要点,全年召开专题会议4次。"
            " 二是建立领导干部学法制度,全年组织集中学法6次。\n")
    # a lead sentence this short is the title whole
    assert _titles(body) == ["局党组把法治建设列入年度工作要点,全年召开专题会议4次", "建立领导干部学法制度,全年组织集中学法6次"]


def test_a_numeral_glued_to_the_word_before_opens_no_item():
    """统一是 is a word and 是, no 一是 item: only a space or a line break before the numeral parts it off."""
    body = ("(一)规范行政执法\n"
            "全局坚持标准统一是执法规范化的前提,全年修订执法标准12项,组织执法人员培训5次,统一执法文书格式。\n")
    assert _titles(body) == ["规范行政执法"]
