"""作者: naming a body's public account by its place and its work (作者:白沙普法, 作者:法治白沙) tells no press item: the body
posts its own page; a person named as author (作者:林青) still does.

Every text below is written for these tests; the bodies, places and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as field

TITLE = "白沙镇开展调解员业务培训\n"
BODY = "\n为提升基层调解能力,白沙镇组织全镇调解员参加业务培训,共培训八十余人次。\n"

CASES = [
    ("an account by its place and 普法", TITLE + "作者:白沙普法" + BODY, "other"),
    ("an account opening with 法治", TITLE + "作者:法治白沙" + BODY, "other"),
    ("an account of 平安 and a place", TITLE + "作者:平安青禾" + BODY, "other"),
    ("a person named as author is a press item's writer", TITLE + "作者:林青" + BODY, "news"),
]


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_an_account_as_author_makes_no_news(name, text, expected):
    assert field(text, "kind") == expected
