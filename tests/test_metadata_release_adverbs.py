"""A headline telling that bodies put out their report or white paper with a word on when or how before the verb
(某省高院、省司法厅首次联合发布…白皮书, 某局正式发布…报告): the item announcing it is news, as without the word; the
report itself posted under such a headline keeps its kind."""

import pytest
from conftest import metadata_field as read

_TOLD = ("\n6月12日上午,东湖省高级人民法院、东湖省司法厅联合发布2025年度《东湖省行政复议和行政审判白皮书》。\n"
         "《白皮书》显示,2025年,全省新收行政复议案件7300件,同比上升12%。\n")
_REPORT = "\n2025年,青禾县司法局坚持依法行政,法治政府建设取得新成效。现将有关情况报告如下。\n一、主要举措\n"
HEADLINES = [
    ("first and jointly", "东湖省高院、省司法厅首次联合发布行政复议和行政审判白皮书" + _TOLD, "news"),
    ("formally", "青禾市中级人民法院正式发布2025年度行政审判白皮书" + _TOLD, "news"),
    ("the report itself", "青禾县司法局首次发布2025年度法治政府建设情况报告" + _REPORT, "annual_report"),
]


@pytest.mark.parametrize(("case", "page", "expected"), HEADLINES, ids=[c[0] for c in HEADLINES])
def test_a_word_before_the_verb_keeps_an_announcement_news(case, page, expected):
    assert read(page, "kind") == expected
