"""A year's document named without 《》 after a verb and the body whose document it is, said by its level alone (制定了局
2022年度…工作计划, 印发院2023年…), or as the level's government or committee (出台省政府2023年立法工作计划, 编制县人民政府
…目录, 印发区委…工作要点): the document's name opens at its year, the verb is the one before the body. Not a year's
report, a count or a meeting after such a body (审议通过了区2022年度…情况报告, 召开县2022年度工作会议), which no kind of
document closes. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from lawreport.documents import find_documents


def _found(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[d.start:d.end], d.type, d.verb) for d in find_documents(text)]


@pytest.mark.parametrize("text, expected", [
    ("我局制定了局2022年度法治建设工作计划,明确任务18项。", [("2022年度法治建设工作计划", "plan", "制定")]),
    ("院党组制定院2023年普法责任清单。", [("2023年普法责任清单", "plan", "制定")]),
    ("推动出台省政府2023年立法工作计划。", [("2023年立法工作计划", "plan", "出台")]),
    ("编制市政府2021年立法工作计划,报市政府常务会议审议。", [("2021年立法工作计划", "plan", "编制")]),
    ("印发县人民政府2024年重大行政决策事项目录。", [("2024年重大行政决策事项目录", "plan", "印发")]),
    ("印发了区委2024年全面依法治区工作要点和普法规划。", [("2024年全面依法治区工作要点", "plan", "印发")]),
    ("青禾县印发县2025年法治政府建设工作要点。", [("2025年法治政府建设工作要点", "plan", "印发")]),
])
def test_a_years_document_after_its_bodys_level_is_a_document(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "审议通过了区2022年度法治政府建设情况报告。",  # a year's report: no kind of document here
    "下发市2022年度考核结果。",
    "召开县2022年度工作会议。",
    "落实局2022年工作部署。",
    "制定了局2022年的工作计划。",  # a phrase holding 的
    "局2022年度法治建设工作计划明确了任务。",  # no verb before the body
])
def test_a_phrase_after_a_bodys_level_that_names_no_document_is_none(text):
    assert _found(text) == []
