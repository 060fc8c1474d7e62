"""Documents: a work of art named after its kind word (朗诵作品《…》, 诗歌《…》) and a series of lectures (《…大讲堂》) are
no documents; a document about one keeps its own kind, and a law cited before the kind word stays."""

from __future__ import annotations

import pytest

from lawreport.documents import find_documents


def _titles(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[d.start:d.end], d.type, d.verb) for d in find_documents(text)]


@pytest.mark.parametrize("text", [
    "，原创朗诵作品《守护法治之光》获全市一等奖。",
    "。创作诗歌《青河之畔说法治》并在社区展演。",
    "，编排舞蹈《民法典伴我行》参加汇演。",
    "。全年举办6期《青河调解大讲堂》，",
    "，开设《法治微课堂》8期。",
])
def test_a_work_of_art_or_a_series_of_lectures_is_no_document(text):
    assert _titles(text) == []


@pytest.mark.parametrize("text, titles", [
    ("。制定《青河县法治讲堂管理办法》。", [("青河县法治讲堂管理办法", "law", "制定")]),
    ("，开展《宪法》朗诵比赛。", [("宪法", "law", None)]),
    ("，举办《民法典》大讲堂3场。", [("民法典", "law", None)]),
])
def test_a_document_about_one_or_a_law_before_its_kind_word_stays(text, titles):
    assert _titles(text) == titles
