"""Headings of several levels run into one line of an otherwise broken report (一、主要举措和成效 (一)加强组织领导
1.完善工作机制。…), as a copy that lost the heads' line breaks sets them: each first of a lower level run on into
the title of the heading the line opens with heads a section of its own. After a sentence end, or with no second of
its family anywhere, a (一) on such a line opens a list run into a paragraph, no heading."""

from __future__ import annotations

from lawreport.normalize import normalize
from lawreport.structure import Outline

_OPENING = "青禾县2023年法治政府建设年度报告\n2023年,我县坚持依法行政,扎实推进法治政府建设,现将有关情况报告如下。\n"


def _outline(body: str) -> list[tuple[int, str, str]]:
    return [(h.level, h.numbering, h.title) for h in Outline(normalize(_OPENING + body)).headings]


def test_three_levels_run_into_the_line_of_the_first_each_head():
    body = ("一、主要举措和成效 （一）加强组织领导 1.完善工作机制。县政府常务会议专题研究法治政府建设4次。\n"
            "2.压实工作责任。将法治建设纳入绩效考核。\n(二)推进依法决策\n1.规范决策程序。全年审查重大行政决策12件。\n"
            "二、存在的不足\n学法用法还不够深入。\n")
    assert _outline(body) == [
        (1, "一、", "主要举措和成效"), (2, "(一)", "加强组织领导"), (3, "1.", "完善工作机制"), (3, "2.", "压实工作责任"),
        (2, "(二)", "推进依法决策"), (3, "1.", "规范决策程序"), (1, "二、", "存在的不足")]


def test_a_first_run_on_without_a_blank_heads_and_a_later_part_may_hold_one_too():
    body = ("一、主要举措和成效(一)加强组织领导\n县政府常务会议专题研究4次。\n(二)推进依法决策\n全年审查重大行政决策12件。\n"
            "二、下一步工作打算 (一)深化法治宣传。全年开展普法活动50场。\n(二)加强队伍建设。\n")
    assert _outline(body) == [
        (1, "一、", "主要举措和成效"), (2, "(一)", "加强组织领导"), (2, "(二)", "推进依法决策"),
        (1, "二、", "下一步工作打算"), (2, "(一)", "深化法治宣传"), (2, "(二)", "加强队伍建设")]


def test_a_list_run_into_a_heading_line_after_a_colon_heads_nothing():
    # its (二) runs on in the same line after a pause: a list in a paragraph, the only (一)…(二) of the part
    body = ("一、主要举措和成效\n(一)加强组织领导。县政府常务会议专题研究4次。\n(二)推进依法决策。全年审查重大行政决策12件。\n"
            "二、存在的不足 主要是:(一)学法用法不够深入;(二)执法队伍素质有待提升。\n三、下一步工作打算\n(一)深化法治宣传。\n")
    assert _outline(body) == [
        (1, "一、", "主要举措和成效"), (2, "(一)", "加强组织领导"), (2, "(二)", "推进依法决策"),
        (1, "二、", "存在的不足 主要是"), (1, "三、", "下一步工作打算"), (2, "(一)", "深化法治宣传")]


def test_a_first_after_the_titles_sentence_end_on_a_short_line_heads_nothing():
    body = ("一、主要举措和成效。全年召开专题会议4次,(一)号文件全面落实。\n二、存在的不足\n(一)学法用法不够深入。\n"
            "(二)执法队伍素质有待提升。\n")
    assert _outline(body) == [
        (1, "一、", "主要举措和成效"), (1, "二、", "存在的不足"), (2, "(一)", "学法用法不够深入"),
        (2, "(二)", "执法队伍素质有待提升")]
