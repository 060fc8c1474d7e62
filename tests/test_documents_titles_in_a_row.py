"""Documents: titles in a row before the verb they are the object, the topic or the subject of (将《甲》和《乙》印发,
对《甲》《乙》进行修订, 《甲》、《乙》已于…印发) are each introduced by it; a row with no such verb after it has none."""

from __future__ import annotations

import pytest

from lawreport.documents import find_documents


def _verbs(text: str) -> list[tuple[str, str | None]]:
    return [(text[d.start:d.end], d.verb) for d in find_documents(text)]


@pytest.mark.parametrize("text, verbs", [
    # objects before their verb
    ("现将《白河县行政执法公示办法》和《白河县执法全过程记录规定》印发给你们。",
     [("白河县行政执法公示办法", "印发"), ("白河县执法全过程记录规定", "印发")]),
    ("把《白河县合同审查办法》、《白河县法律顾问工作规则》以及《白河县听证细则》一并修订。",
     [("白河县合同审查办法", "修订"), ("白河县法律顾问工作规则", "修订"), ("白河县听证细则", "修订")]),
    # topics of 对…进行
    ("县政府对《白河县行政复议工作规则》《白河县重大行政决策程序规定》进行了修改。",
     [("白河县行政复议工作规则", "修改"), ("白河县重大行政决策程序规定", "修改")]),
    # subjects, done at a time
    ("《白河县行政执法公示办法》《白河县合法性审查办法》已于今年6月印发实施。",
     [("白河县行政执法公示办法", "印发"), ("白河县合法性审查办法", "印发")]),
    # a run of verbs before the row
    ("制定出台《白河县行政执法公示办法》、《白河县合法性审查办法》。",
     [("白河县行政执法公示办法", "出台"), ("白河县合法性审查办法", "出台")]),
])
def test_titles_in_a_row_share_the_verb_after_the_last(text, verbs):
    assert _verbs(text) == verbs


@pytest.mark.parametrize("text, verbs", [
    # no verb after the row
    ("将《白河县行政执法公示办法》和《白河县合法性审查办法》纳入学习清单。",
     [("白河县行政执法公示办法", None), ("白河县合法性审查办法", None)]),
    ("对《白河县行政执法公示办法》《白河县合法性审查办法》的执行情况进行检查。",
     [("白河县行政执法公示办法", None), ("白河县合法性审查办法", None)]),
    # the row ends at a comma: the verb after it is another clause's
    ("将《白河县行政执法公示办法》纳入清单，《白河县合法性审查办法》印发后施行。",
     [("白河县行政执法公示办法", None), ("白河县合法性审查办法", None)]),
])
def test_a_row_without_a_verb_after_it_has_none(text, verbs):
    assert _verbs(text) == verbs


@pytest.mark.parametrize("text, verbs", [
    # another item of a list: the verb before the first title is that title's own
    ("县政府常务会议审议《白河县行政执法公示办法》、听取《白河县行政审判白皮书》情况汇报。",
     [("白河县行政执法公示办法", "审议"), ("白河县行政审判白皮书", None)]),
    ("，审议《白河县行政执法公示办法》、印发《白河县合法性审查办法》。",
     [("白河县行政执法公示办法", "审议"), ("白河县合法性审查办法", "印发")]),
])
def test_a_title_in_another_item_of_a_list_takes_only_the_verb_after_the_title_before_it(text, verbs):
    assert _verbs(text) == verbs
