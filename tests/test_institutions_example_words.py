"""Institutions: a word giving an example before a town word (例如街道, 比如乡镇) makes no town's name."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence", [
    "。例如街道今年邀请专业律师授课",
    "，比如街道开展矛盾排查",
    "，譬如乡镇综合执法",
])
def test_an_example_word_opens_no_town(sentence):
    assert bodies(sentence) == {}


def test_a_town_after_an_example_word_is_read():
    assert "青石镇" in bodies("。例如，青石镇开展普法")
