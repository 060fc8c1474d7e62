"""A document's title is read as the original writes it between its marks, as a heading's is: the spaces a page puts
around a year (the copy drops those inside a date) and a conversion mirror's pinyin gloss stay, so that 《title》 is
the text's own; a line break inside a title goes with its indent. A file a document-sharing site names with its
extension (《….docx》由会员分享) is the page's own report, no document it cites. Every sentence below is written for these
tests."""

from __future__ import annotations

import pytest

from lawreport import extract


def _titles(text: str) -> list[str]:
    return [d.title for d in extract(text).documents]


@pytest.mark.parametrize("title", [
    "青禾县法治政府建设 2024 年重点工作清单",  # a space on either side of the year
    "青禾县 2024 年度依法行政工作要点",
    "2024 年青禾县普法依法治理工作要点",  # the year opening the title
])
def test_spaces_around_a_year_inside_a_title_stay(title):
    text = f"县政府印发《{title}》，明确任务26项。"
    assert _titles(text) == [title]
    assert f"《{_titles(text)[0]}》" in text


def test_a_title_written_solid_stays_solid():
    assert _titles("县政府印发《青禾县2024年度依法行政工作要点》，明确任务26项。") == ["青禾县2024年度依法行政工作要点"]


def test_a_pinyin_gloss_inside_a_title_stays():
    text = "區(qū)政府印發《青禾區(qū)行政執(zhí)法公示辦法》，全面推行執法公示。"
    documents = extract(text).documents
    assert [d.title for d in documents] == ["青禾區(qū)行政執(zhí)法公示辦法"]
    assert documents[0].type == "law"  # typed by the words the gloss is no part of


def test_an_initiative_lists_a_title_as_the_record_does():
    record = extract("一、主要工作\n（一）推行执法公示\n县政府印发《青禾县 2024 年行政执法公示清单》，公示事项120项。\n")
    item = next(i for i in record.initiatives if i.title == "推行执法公示")
    assert item.documents == [d.title for d in record.documents] == ["青禾县 2024 年行政执法公示清单"]


def test_a_line_break_inside_a_title_goes_with_its_indent():
    assert _titles("县政府印发《青禾县行政执法\n    公示办法》，全面推行执法公示。") == ["青禾县行政执法公示办法"]


@pytest.mark.parametrize("note", [
    "《青禾县司法局2024年法治政府建设工作总结.docx》由会员分享,可在线阅读。",
    "更多相关《青禾县司法局2024年法治政府建设工作总结 .docx(6页珍藏版)》请在本站搜索。",
    "《青禾县司法局2024年法治政府建设工作总结.PDF》由用户分享。",
])
def test_a_file_a_site_shares_is_no_document(note):
    assert _titles(f"{note}\n县政府印发《青禾县行政执法公示办法》,全面推行执法公示。") == ["青禾县行政执法公示办法"]


def test_a_title_naming_a_format_in_words_stays():
    assert _titles("局机关印发《青禾县公文处理pdf格式规范》,统一公文格式。") == ["青禾县公文处理pdf格式规范"]


def test_marks_around_a_sentences_end_enclose_no_title():
    """A page read across its columns runs one column's figures into another's title: no title holds 。."""
    text = ("区司法局印发《2024年青禾区“社区受理纠纷1832件。从人大代表、政协委员中 法律之家”建设任务的通知》,"
            "并制定《青禾区人民调解工作规范》。")
    assert _titles(text) == ["青禾区人民调解工作规范"]
