"""A document-sharing site's preview runs each page of a report together on one line and numbers the pages 1、 2、 …,
the first opening with the report's title: the numbers are the site's, no headings, and the report's own parts run on
inside the pages are read as a flattened report's are. A report whose numbered items open it keeps them.
Every sentence below is written for these tests."""

from __future__ import annotations

import pytest

from lawreport import extract

_FILE = "《青禾县司法局2024年法治政府建设工作总结.docx》由会员分享,可在线阅读,更多相关文档请在本站搜索。\n"
_PAGES = ("1、青禾县司法局2024年法治政府建设工作总结一、主要工作及成效(一)加强组织领导,健全法治建设机制。"
          "局党组召开专题会议5次,研究部署法治建设重点任务,压实第一责任人职责。(二)推进严格执法,规范执法行为。"
          "组织执法人员培训3次,开展案卷评查两轮,全年办理行政处罚案件36件。\n"
          "2、法律顾问参与审查合同28份。二、存在的问题一是执法力量不足;二是普法形式单一。三、2025年工作计划"
          "一是深化法治宣传;二是强化执法监督。\n")


@pytest.mark.parametrize("head", [_FILE, ""])
def test_a_previews_page_numbers_head_nothing_and_its_parts_are_read(head):
    record = extract(head + _PAGES)
    assert [(s.level, s.numbering) for s in record.sections] == [
        (1, "一、"), (2, "(一)"), (2, "(二)"), (1, "二、"), (1, "三、")]
    assert [s.kind for s in record.sections if s.level == 1] == ["achievements", "shortcomings", "plans"]
    assert record.sections[0].title == "主要工作及成效"


def test_a_report_opening_with_numbered_items_keeps_them():
    text = ("1、加强组织领导。局党组召开专题会议5次,研究部署法治建设重点任务,明确了以下分工:(一)局办公室负责统筹协调;"
            "(二)法制科负责合法性审查;(三)各科室按职责抓好落实。全年督办事项12件,均按期办结。\n"
            "2、推进严格执法。组织执法人员培训3次,开展案卷评查两轮,全年办理行政处罚案件36件,未发生被纠错案件。\n")
    record = extract(text)
    assert [(s.numbering, s.title) for s in record.sections] == [("1、", "加强组织领导"), ("2、", "推进严格执法")]


def test_pages_without_a_part_inside_stay_numbered_items():
    text = _PAGES.replace("一、主要工作及成效", "主要工作及成效").replace("二、存在的问题", "存在的问题") \
        .replace("三、2025年工作计划", "2025年工作计划")
    assert [s.numbering for s in extract(text).sections][:2] == ["1、", "2、"]
