"""Documents: a division of the work among bodies, written as a table too, is a plan."""

from __future__ import annotations

import pytest

from lawreport.documents import find_documents


def _found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[d.start:d.end], d.type, d.verb) for d in find_documents(text)]


@pytest.mark.parametrize("text, title", [
    ("街道制定《某街道作风建设专项行动工作分工表》,逐项落实。", "某街道作风建设专项行动工作分工表"),
    ("印发《某县法治政府建设重点任务分工表》。", "某县法治政府建设重点任务分工表"),
    ("出台《2024年法治政府建设工作要点与责任分工》。", "2024年法治政府建设工作要点与责任分工"),
    ("印发《某局法治建设任务分工》。", "某局法治建设任务分工"),
])
def test_a_division_of_the_work_or_its_table_is_a_plan(text, title):
    assert [(t, kind) for t, kind, _ in _found(text)] == [(title, "plan")]


@pytest.mark.parametrize("text, title", [
    ("填写《行政执法案件登记表》。", "行政执法案件登记表"),
    ("制定《某局岗位分工说明》。", "某局岗位分工说明"),
])
def test_a_table_or_a_note_of_another_kind_stays_a_document(text, title):
    assert [(t, kind) for t, kind, _ in _found(text)] == [(title, "document")]
