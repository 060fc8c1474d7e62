"""A body's own rules (…制度, …章程, …规范, …规程, …守则, …准则) are of the law's kind, as its 办法 and 规定 are."""

from __future__ import annotations

import pytest

from lawreport.documents import find_documents


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[d.start:d.end], d.type) for d in find_documents(text)]


@pytest.mark.parametrize("title", [
    "松岭县政府常务会议学法制度", "松岭县律师协会章程", "松岭县行政执法文书制作规范", "松岭县行政复议案件审理规程",
    "松岭县行政执法人员守则", "松岭县公职律师行为准则",
])
def test_a_bodys_rules_are_of_the_laws_kind(title):
    assert _found(f"修订《{title}》。") == [(title, "law")]


@pytest.mark.parametrize("title, kind", [
    ("松岭县学法制度建设实施方案", "plan"),  # a plan about rules
    ("松岭县规范执法工作情况通报", "document"),
])
def test_a_title_naming_rules_before_its_own_kind_is_of_that_kind(title, kind):
    assert _found(f"印发《{title}》。") == [(title, kind)]
