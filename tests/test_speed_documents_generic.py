"""The catalog's generic titles ([documents] generic) try each list of words only after a character one of them opens
with (before 《, one that ends a word or a listed title; before 》, one that ends a last word or a file's extension), and
a headline's share or rank only in a title holding a character one opens with: each guard answers as the pattern
without it, for every word the pattern names, and the documents found keep their readings."""

from __future__ import annotations

import pytest
import regex

from lawreport.catalog import get_catalog
from lawreport.documents import find_documents

_GUARD = regex.compile(r"\(\?=\[[^\]]+\]\)|\(\?<=\[[^\]]+\]《?\)|\(\?=\[\^《》[^\]]+\]\*\+\[[^\]]+\]\)")
_TITLES = ("某某", "甲乙普法")
_FILES = ("某局总结.docx", "某局总结.PDF(6页)", "某局总结.wpſ", "某局总结.txt ", "某局总结.xls")


def _groups(m: regex.Match | None) -> tuple | None:
    return None if m is None else (m.span(), m.group("after"), m.group("periodical"), m.group("issue"))


def test_the_pattern_holds_its_guards():
    assert len(_GUARD.findall(get_catalog().generic_title.pattern)) == 5


def test_each_guard_answers_as_the_pattern_without_it():
    guarded = get_catalog().generic_title
    plain = regex.compile(_GUARD.sub("", guarded.pattern))
    words = set(regex.findall(r"\p{Han}+", guarded.pattern))
    # every word the pattern names, and each of its characters (微?短?视频 opens with 短 or 视 too)
    words |= {c for w in words for c in w}
    for word in sorted(words):
        listed = [(f"{word}《甲》{join}", "") for join in ("", "、", "和", "及", "与")]
        for before, after in ((word, ""), ("", word), ("", "等" + word), ("", "、《乙》" + word), (word + ":", ""),
                              (word + "——", ""), *listed):
            for title in (*_TITLES, *(t + word for t in _TITLES), f"某某{word}第一", f"{word}5%", *_FILES):
                text = f"开展{before}《{title}》{after}。"
                start = text.index("《" + title) + 1
                assert _groups(guarded.match(text, start)) == _groups(plain.match(text, start)), text


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
    assert [(text[d.start:d.end], d.type) for d in find_documents(text)] == titles
