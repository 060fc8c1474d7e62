"""Structure rules met on published reports: section kinds, document types, bodies acting."""

from __future__ import annotations

import pytest

from lawreport.documents import find_documents
from lawreport.normalize import normalize
from lawreport.structure import kind_named


def document_types(sentence: str) -> dict[str, str]:
    text = normalize(sentence)
    return {text[found.start:found.end]: found.type for found in find_documents(text)}


# Sections --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["镇长履行推进法治建设职责情况", "局领导班子履行法治政府建设职责的情况"])
def test_a_head_fulfilling_a_duty_is_the_responsibilities_part(title):
    assert kind_named(title) == "responsibilities"


def test_a_body_fulfilling_its_duty_names_no_head_duty():
    """It names no kind: a top-level part without a cue takes the kind of its place (work done first)."""
    assert kind_named("立足本职，认真履行推进依法行政职责") == "other"


def test_problems_put_right_are_work_done():
    assert kind_named("去年督察反馈问题整改落实情况") == "achievements"


def test_problems_found_are_shortcomings():
    assert kind_named("工作中存在的问题") == "shortcomings"
    assert kind_named("存在问题及整改方向") == "shortcomings"


# Documents -------------------------------------------------------------------------------------------


def test_a_code_of_law_is_a_law():
    types = document_types("组织职工集中学习《中华人民共和国民法典》和《某某市物业管理条例》。")
    assert types == {"中华人民共和国民法典": "law", "某某市物业管理条例": "law"}


def test_a_dictionary_is_no_law():
    assert document_types("向社区书屋捐赠《现代汉语词典》50册。") == {"现代汉语词典": "document"}
