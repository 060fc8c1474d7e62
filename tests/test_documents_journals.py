"""Documents: a title followed by the word for a journal or an account that posts (《…》杂志, 《…》《…》等期刊, 《…》周刊,
《…》微信公众号) is a publication, whatever its title ends with, and so is a title before an issue (《…》第3期) where
it names no kind of document; a title followed by other words keeps the type its own
words give. A paper cited as a source (据《某某日报》报道, 文章出处:《某某日报》, 《某某晚报》记者) is a publication by the
word its name ends with; a law or a circular cited so keeps its type. A study outline (《…学习纲要》) is a book, no plan."""

from __future__ import annotations

import pytest

from lawreport.documents import find_documents


def _titles(text: str) -> list[tuple[str, str]]:
    return [(text[d.start:d.end], d.type) for d in find_documents(text)]


@pytest.mark.parametrize("text, titles", [
    ("。调解案例在《基层调解》杂志发表。", [("基层调解", "publication")]),
    ("，经验做法被《青河司法》《基层调解》等期刊刊发。", [("青河司法", "publication"), ("基层调解", "publication")]),
    ("。相关文章刊登于《法治与社会》周刊。", [("法治与社会", "publication")]),
    ("，在《法治青河》微信公众号发布普法信息。", [("法治青河", "publication")]),
    ("。经验做法刊登于《基层调解》2024年第3期。", [("基层调解", "publication")]),
])
def test_a_title_before_a_journals_word_is_a_publication(text, titles):
    assert _titles(text) == titles


@pytest.mark.parametrize("text, titles", [
    ("。学习《基层调解》读本。", [("基层调解", "document")]),
    ("，落实《人民调解法》杂项要求。", [("人民调解法", "law")]),
    ("。印发《青河县调解工作方案》。", [("青河县调解工作方案", "plan")]),
    ("，举办《民法典》第3期培训班。", [("民法典", "law")]),
])
def test_a_title_before_other_words_keeps_its_type(text, titles):
    assert _titles(text) == titles


@pytest.mark.parametrize("text, titles", [
    ("。将《法治思想学习纲要》纳入学习计划。", [("法治思想学习纲要", "document")]),
    ("，贯彻《青河县法治建设实施纲要(2021—2025年)》。", [("青河县法治建设实施纲要(2021—2025年)", "plan")]),
])
def test_a_study_outline_is_no_plan(text, titles):
    assert _titles(text) == titles


@pytest.mark.parametrize("text, titles", [
    ("。据《法制日报》报道,全省调解成功率达98%。", [("法制日报", "publication")]),
    ("\n文章出处:《青禾日报》第A5版\n", [("青禾日报", "publication")]),
    ("。《青禾晚报》记者从县司法局获悉,全县办理法律援助案件120件。", [("青禾晚报", "publication")]),
    ("。青禾经验被《人民日报》海外版刊发。", [("人民日报", "publication")]),
])
def test_a_paper_cited_as_a_source_is_a_publication_not_a_document(text, titles):
    assert _titles(text) == titles


@pytest.mark.parametrize("text, titles", [
    ("。根据《人民调解法》规定,调解协议具有法律约束力。", [("人民调解法", "law")]),
    ("。印发《关于青禾县调解工作情况的通报》。", [("关于青禾县调解工作情况的通报", "document")]),
])
def test_a_law_or_a_circular_cited_so_keeps_its_type(text, titles):
    assert _titles(text) == titles
