"""A year's document named without 《》: right after a verb that issues or applies it (印发2025年依法行政工作要点), or
whole in quotes (“2024年法治宣传教育实施方案”), it is a document as a cited title is, and a quoted one no programme;
a year's white paper or report named so is not (发布2024年度行政审判白皮书: what the page reports on).
Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from lawreport import extract
from lawreport.documents import find_documents


def _found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[d.start:d.end], d.type, d.verb) for d in find_documents(text)]


@pytest.mark.parametrize("text, expected", [
    ("县政府印发2025年依法行政工作要点，明确重点任务32项。", [("2025年依法行政工作要点", "plan", "印发")]),
    ("局党组制定2024年领导干部学法计划并抓好落实。", [("2024年领导干部学法计划", "plan", "制定")]),
    ("组织实施“2024年法治宣传教育实施方案”。", [("2024年法治宣传教育实施方案", "plan", "实施")]),
    ("公布2024年度重大行政决策事项目录。", [("2024年度重大行政决策事项目录", "plan", "公布")]),
    # a title in 《》 keeps its place among them
    ("印发2025年普法工作要点和《松岭县行政执法公示办法》。",
     [("2025年普法工作要点", "plan", "印发"), ("松岭县行政执法公示办法", "law", "印发")]),
])
def test_a_years_document_named_without_marks_is_a_document(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "制定2024年的工作计划。",  # a phrase holding 的
    "印发2024年全县法治政府建设工作要点的通知。",  # the notice's title, not the plan's
    "公开2024年部门预算和决算。",  # no kind of document
    "发布2023年度行政复议典型案例5件。",
    "县法院发布了2024年度行政审判白皮书及典型案例。",  # a year's white paper: what the page reports on
    "县法院召开新闻发布会,发布2024年度行政案件司法审查报告。",  # …or a year's report
    "县司法局发布2024年度人民调解工作蓝皮书",
    "现公布我局2024年政府信息公开工作年度报告。",  # the page's own report
    "2024年工作要点明确了任务。",  # no verb before the year
    "“2024年法治宣传教育实施方案落实年”活动启动。",  # the quote holds more than the name
])
def test_a_phrase_that_is_no_years_document_is_none(text):
    assert _found(text) == []


def test_a_years_document_named_inside_a_cited_title_is_that_titles_words():
    text = "学习《关于印发2025年普法工作要点、2025年学法计划的通知》。"
    assert _found(text) == [("关于印发2025年普法工作要点、2025年学法计划的通知", "document", None)]


def test_a_quoted_years_document_is_no_programme_of_its_item():
    record = extract("一、主要成效\n（一）加强普法宣传\n组织实施“2024年法治宣传教育实施方案”，推出“法治松岭”品牌。\n")
    [item] = record.initiatives
    assert item.programmes == ["法治松岭"]
    assert item.documents == ["2024年法治宣传教育实施方案"]
