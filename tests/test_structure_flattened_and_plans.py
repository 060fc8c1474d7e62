"""Outline as real reports write it: a report flattened onto one line, its headings run on mid-line, and a plans part
named only by the coming year and its work."""

from __future__ import annotations

import pytest

from lawreport import extract
from lawreport.normalize import normalize
from lawreport.structure import Outline

# A sentence of prose that makes a flattened line as long as a real report's.
_MORE = "各村各站所按照分工抓好落实,定期报送工作进展,确保各项任务按期完成。" * 3
_OPENING = "某镇2024年度法治政府建设情况报告 2024年,我镇围绕年度目标,扎实推进依法行政各项工作,现将有关情况报告如下:"
_FLAT = (_OPENING
         + "一、主要工作及成效(一)夯实组织保障,压实工作责任。镇党委专题研究法治建设四次,将法治建设纳入年度考核。" + _MORE
         + "(二)规范行政决策,提升依法行政水平。严格落实重大行政决策程序,全年审查合同协议二十余份。" + _MORE
         + "二、存在的问题(一)部分干部运用法治思维解决问题的能力不足。(二)基层法治力量相对薄弱,专业人员缺乏。"
         + "三、下一步工作打算(一)加强学习培训,全年组织集中学法不少于四次。" + _MORE
         + "(二)强化队伍建设,报告中的(一)项内容逐步落实,按照第1.5条规定执行。" + _MORE + "\n")


def _outline(text: str) -> list[tuple[int, str, str]]:
    return [(h.level, h.numbering, h.title) for h in Outline(normalize(text)).headings]


def test_a_flattened_report_has_its_headings_run_on_mid_line():
    """A mark after a sentence end or a colon, in sequence, opens a heading; (一) run on into the title of 一、 too."""
    assert _outline(_FLAT) == [
        (1, "一、", "主要工作及成效"), (2, "(一)", "夯实组织保障,压实工作责任"), (2, "(二)", "规范行政决策,提升依法行政水平"),
        (1, "二、", "存在的问题"), (2, "(一)", "部分干部运用法治思维解决问题的能力不足"),
        (2, "(二)", "基层法治力量相对薄弱,专业人员缺乏"),
        (1, "三、", "下一步工作打算"), (2, "(一)", "加强学习培训,全年组织集中学法不少于四次"),
        (2, "(二)", "强化队伍建设,报告中的(一)项内容逐步落实,按照第1.5条规定执行")]


def test_a_flattened_report_gives_its_parts_kinds_and_its_items():
    record = extract(_FLAT)
    assert [(s.title, s.kind) for s in record.sections if s.level == 1] == [
        ("主要工作及成效", "achievements"), ("存在的问题", "shortcomings"), ("下一步工作打算", "plans")]
    assert [(i.title, i.category) for i in record.initiatives] == [
        ("夯实组织保障,压实工作责任", "achievements"), ("规范行政决策,提升依法行政水平", "achievements"),
        ("部分干部运用法治思维解决问题的能力不足", "shortcomings"), ("基层法治力量相对薄弱,专业人员缺乏", "shortcomings"),
        ("加强学习培训,全年组织集中学法不少于四次", "plans"), ("强化队伍建设", "plans")]


def test_the_same_report_with_its_line_breaks_reads_alike():
    broken = _FLAT
    for mark in ("一、主要", "(一)夯实", "(二)规范", "二、存在", "(一)部分", "(二)基层", "三、下一步", "(一)加强", "(二)强化"):
        broken = broken.replace(mark, "\n" + mark)
    assert _outline(broken) == _outline(_FLAT)


@pytest.mark.parametrize("text", [
    # a paragraph of ordinary length (under 400 characters) keeps the list run into it
    "主要做法如下:(一)加强组织领导,明确责任分工。" + _MORE + "(二)健全工作机制,定期督促检查。" + _MORE
    + "(三)强化宣传引导,营造良好氛围。" + _MORE + "\n",
    # a long line whose marks count on from nothing: (二) and (三) without (一), 二、 without 一、
    "某镇2024年度法治政府建设情况报告 全年工作总体平稳。" + _MORE * 4 + "(二)规范行政决策。" + _MORE + "(三)深化普法宣传。"
    + _MORE + "二、存在的问题较多。" + _MORE + "\n",
    # a lone (一) after a sentence end, with no (二) after it, is no list
    "某镇2024年度法治政府建设情况报告 全年工作总体平稳。" + _MORE * 4 + "(一)规范行政决策。" + _MORE * 2 + "\n",
])
def test_no_heading_is_read_mid_line_without_a_list_in_sequence(text):
    assert _outline(text) == []


def test_a_list_run_into_a_long_paragraph_under_a_heading_does_not_restart_its_family():
    """一、 and 二、 after 三、 count on from nothing: a list run into the part's paragraph, not parts of their own."""
    text = ("三、下一步工作打算\n" + "2025年,我镇将重点抓好以下工作:" + _MORE * 6 + "一、深化普法宣传,推进法治乡村建设。" + _MORE
            + "二、加强队伍建设,提升依法行政能力。" + _MORE + "\n")
    assert _outline(text) == [(1, "三、", "下一步工作打算")]


_REPORT = ("某县司法局2024年法治政府建设年度报告\n2024年,我局扎实推进法治政府建设,2024年全年办理法律援助案件120件。\n"
           "一、主要工作\n全年工作稳步推进。\n二、存在的问题\n基层力量薄弱。\n三、{title}\n全年办理法律援助案件150件。\n")


@pytest.mark.parametrize("title", ["2025年重点工作", "2025年重点任务", "2025年法治政府建设工作"])
def test_a_part_named_by_the_coming_year_and_its_work_is_the_plans(title):
    assert extract(_REPORT.format(title=title)).sections[-1].kind == "plans"


@pytest.mark.parametrize("title", [
    "2024年重点工作",  # the report's own year: work done
    "2025年法治宣传",  # a later year without its work
])
def test_a_part_of_the_report_year_or_naming_no_work_is_not_the_plans(title):
    assert extract(_REPORT.format(title=title)).sections[-1].kind == "other"


def test_a_first_part_named_by_a_later_year_is_not_the_plans():
    """A report opens with what it did, whatever year its first heading names."""
    text = "某县司法局法治政府建设年度报告\n2024年,我局扎实推进法治政府建设。\n一、2025年重点工作\n全年工作稳步推进。\n"
    assert extract(text).sections[0].kind == "achievements"
