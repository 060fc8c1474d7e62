"""Documents as converted pages and meeting notes cite them: a title whose marks stand apart from it on another line,
a kind word wrapped over two lines, and a year's document named without 《》 after the verb and the text's own place."""

from __future__ import annotations

import pytest

from lawreport import extract
from lawreport.documents import find_documents


def _found(text: str) -> list[tuple[str, str, str | None]]:
    return [(d.title, d.type, d.verb) for d in extract(text).documents]


@pytest.mark.parametrize("text", [
    "县政府印发《\n青禾县行政执法公示办法》，全面推行执法公示。",  # the line broken right after 《
    "县政府印发《青禾县行政执法公示办法\n》，全面推行执法公示。",  # ... or right before 》
    "县政府印发《青禾县行政执法\n公示办法》，全面推行执法公示。",
])
def test_a_title_broken_at_its_marks_is_read_whole(text):
    assert _found(text) == [("青禾县行政执法公示办法", "law", "印发")]


def test_a_blank_line_ends_a_title():
    assert _found("县政府印发《\n\n青禾县行政执法公示办法》，全面推行执法公示。") == []


@pytest.mark.parametrize("text, expected", [
    ("县政府印发《青禾县法治政府建设实施方\n案》，明确任务36项。", ("青禾县法治政府建设实施方案", "plan", "印发")),
    ("县政府制定《青禾县重大行政决策程序规\n定》。", ("青禾县重大行政决策程序规定", "law", "制定")),
    ("县政府审议《青禾县法治政府建设情况\n的报告》。", ("青禾县法治政府建设情况的报告", "document", "审议")),
])
def test_a_kind_word_wrapped_over_two_lines_types_the_title(text, expected):
    assert _found(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("县委常委会审议我区2025年法治政府建设工作要点。", ("2025年法治政府建设工作要点", "plan", "审议")),
    ("制定了全县2024年普法依法治理工作要点。", ("2024年普法依法治理工作要点", "plan", "制定")),
    ("印发本镇2024年法治政府建设工作计划。", ("2024年法治政府建设工作计划", "plan", "印发")),
    ("现公布我局2024年度重大行政决策事项目录。", ("2024年度重大行政决策事项目录", "plan", "公布")),
])
def test_a_years_document_named_after_the_texts_own_place_is_a_document(text, expected):
    assert _found(text) == [expected]


@pytest.mark.parametrize("text", [
    "全县2024年法治政府建设工作计划已全部完成。",  # no verb introduces it
    "落实全县2024年的工作计划。",  # a phrase holding 的
    "完成全县2024年普法工作要点确定的任务。",  # 完成 introduces no document
])
def test_a_years_plan_after_a_place_needs_the_verb_right_before_it(text):
    assert find_documents(text) == []
