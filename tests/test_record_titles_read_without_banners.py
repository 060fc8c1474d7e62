"""Titles are read without a site's banner the copy dropped inside them, while their evidence cites the original
span whole; a conversion mirror's pinyin gloss is part of the title as the original writes it, and stays.
Every sentence below is written for these tests."""

from __future__ import annotations

from lawreport import extract

_BANNER = "秘书之家—全网资源每日更新www.example.com"
_REPORT = ("青禾县司法局2024年法治政府建设工作报告\n一、主要工作\n"
           f"（一）压实法治建设第一{_BANNER}责任人职责\n全年召开专题会议三次，研究法治建设重点任务。\n"
           "（二）推進(jìn)公證(zhèng)服務\n全年办理公证事项120件。\n")


def test_a_banner_inside_a_heading_is_no_part_of_its_title():
    record = extract(_REPORT)
    section = next(s for s in record.sections if s.numbering == "（一）")
    assert section.title == "压实法治建设第一责任人职责"
    assert section.evidence.text == f"压实法治建设第一{_BANNER}责任人职责"
    initiative = next(i for i in record.initiatives if i.evidence.start == section.evidence.start)
    assert initiative.title == "压实法治建设第一责任人职责"


def test_a_pinyin_gloss_inside_a_heading_stays_in_its_title():
    record = extract(_REPORT)
    assert next(s for s in record.sections if s.numbering == "（二）").title == "推進(jìn)公證(zhèng)服務"


def test_a_banner_inside_the_report_title_is_no_part_of_it():
    record = extract(f"青禾县人民政府关于2023年度法治{_BANNER}政府建设情况的报告\n2023年，青禾县深入推进依法行政。\n")
    assert record.title == "青禾县人民政府关于2023年度法治政府建设情况的报告"
    assert record.metadata_evidence["title"].text == f"青禾县人民政府关于2023年度法治{_BANNER}政府建设情况的报告"


def test_spaces_the_copy_drops_inside_a_title_stay():
    record = extract("青禾县 2024 年度法治政府建设情况报告\n2024年，青禾县深入推进依法行政。\n")
    assert record.title == "青禾县 2024 年度法治政府建设情况报告"


def test_a_document_title_is_read_without_a_banner_in_its_list_and_in_the_initiative_naming_it():
    record = extract("青禾县司法局2024年法治政府建设工作报告\n一、主要工作\n（一）完善制度体系\n"
                     f"全年印发《青禾县行政执法公示{_BANNER}办法》，规范执法程序。\n")
    document = next(d for d in record.documents if d.verb == "印发")
    assert document.title == "青禾县行政执法公示办法"
    assert document.evidence.text == f"青禾县行政执法公示{_BANNER}办法"
    assert next(i for i in record.initiatives if i.title == "完善制度体系").documents == ["青禾县行政执法公示办法"]
