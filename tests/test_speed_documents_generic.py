"""The catalog's generic titles ([documents] generic) are written plain; compiled, each list of words they try past a
title's start is guarded by a class made from its words (scanning.guarded): tried only after a character one of them
opens with (before 《, one that ends a word or a listed title; before 》, one that ends a last word or a file's
extension), and a headline's share or rank only in a title holding a character one opens with. The guarded pattern
answers as the plain one for every word the pattern names, the documents found keep their readings, and a copy of
the catalog that adds a word to a guarded list finds what the word names."""

from __future__ import annotations

import tomllib
from functools import cache

import pytest
import regex

from lawreport.catalog import DEFAULT_PATH, get_catalog
from lawreport.catalog_file import CatalogFile
from lawreport.documents import find_documents

_TITLES = ("某某", "甲乙普法")
_FILES = ("某局总结.docx", "某局总结.PDF(6页)", "某局总结.wpſ", "某局总结.txt ", "某局总结.xls")


@cache
def _plain() -> regex.Pattern:
    """The generic titles as the catalog writes them, joined as compiled, without guards."""
    generic = CatalogFile.model_validate(tomllib.loads(DEFAULT_PATH.read_text(encoding="utf-8"))).documents.generic
    return regex.compile("(?:" + "|".join(f"(?:{p})" for p in generic) + ")")


def _groups(m: regex.Match | None) -> tuple | None:
    return None if m is None else (m.span(), m.group("after"), m.group("periodical"), m.group("issue"))


def test_each_list_is_guarded_when_compiled():
    plain, guarded = _plain().pattern, get_catalog().generic_title.pattern
    assert "(?=[" not in plain and "(?<=[" not in plain
    # before the words after 》 (the programme's, the journal's), the lookbehinds' words and the headline's run
    for guard in ("(?=[系普法", "(?=[杂雜期半月季周週刊微公视])(?P<periodical>", "(?<=(?i:[证證卡事堂",
                  "]《)(?<=(?P<programme>", "(?=[^《》%位名排居]*+[%位名排居])(?:[^《》%位名排居]++|[%位名排居])*?"):
        assert guard in guarded, guard


def test_the_guarded_pattern_answers_as_the_plain_one():
    guarded, plain = get_catalog().generic_title, _plain()
    words = set(regex.findall(r"\p{Han}+", plain.pattern))
    # every word the pattern names, and each of its characters (微?短?视频 opens with 短 or 视 too)
    words |= {c for w in words for c in w}
    for word in sorted(words):
        listed = [(f"{word}《甲》{join}", "") for join in ("", "、", "和", "及", "与")]
        for before, after in ((word, ""), ("", word), ("", "等" + word), ("", "、《乙》" + word), (word + ":", ""),
                              (word + "——", ""), ("", "被某报" + word), *listed):
            for title in (*_TITLES, *(t + word for t in _TITLES), f"某某{word}第一", f"{word}5%", *_FILES):
                text = f"开展{before}《{title}》{after}。"
                start = text.index("《" + title) + 1
                assert _groups(guarded.match(text, start)) == _groups(plain.match(text, start)), text


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[d.start:d.end], d.type) for d in find_documents(text)]


def test_a_catalog_adding_a_programme_word_finds_no_document_in_its_title(use_catalog):
    text = "。张贴海报《青河普法》。"  # 报 ends no programme word of the shipped catalog
    assert _found(text) == [("青河普法", "document")]
    use_catalog(lambda catalog: catalog.replace("(?P<programme>专题片|", "(?P<programme>海报|专题片|", 1))
    assert _found(text) == []
    assert _found("。印发《青河普法》。") == [("青河普法", "document")]


def test_a_catalog_adding_a_journals_word_finds_a_publication(use_catalog):
    text = "。在《青河法苑》丛刊发表。"  # 丛 opens no journal's word of the shipped catalog
    assert _found(text) == [("青河法苑", "document")]
    use_catalog(lambda catalog: catalog.replace("(?P<periodical>杂志|", "(?P<periodical>丛刊|杂志|", 1))
    assert _found(text) == [("青河法苑", "publication")]
    assert _found("。在《青河法苑》丛书发表。") == [("青河法苑", "document")]


@pytest.mark.parametrize("text, titles", [
    ("。拍摄微电影《某某人家》。", []),
    ("。开设《法润青河》栏目。", []),
    ("。观看《甲》《乙》等警示教育片。", []),
    ("。开设《法润青河》专题网页。", [("法润青河", "document")]),
    ("。在《青河调解》公众号发布。", [("青河调解", "publication")]),
    ("。在《青河调解》公告栏张贴。", [("青河调解", "document")]),
    ("。新华社《青河县出庭应诉率达100%》。", []),
    ("。印发《青河县2024年普法考核100分细则》。", [("青河县2024年普法考核100分细则", "law")]),
    ("。《青河县调解工作位居全市第一》。", []),
    ("。印发《青河县调解工作位次考核办法》。", [("青河县调解工作位次考核办法", "law")]),
    ("。发放《青河县便民服务卡》。", []),
    ("。《青河县2024年工作总结.docx》由会员分享。", []),
    ("。印发《青河县便民服务卡管理办法》。", [("青河县便民服务卡管理办法", "law")]),
])
def test_programmes_journals_and_headlines(text, titles):
    assert _found(text) == titles
