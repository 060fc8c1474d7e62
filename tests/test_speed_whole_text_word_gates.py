"""The word gates read over a whole text with `in` or str.find (scanning.words_each) pass what `re`'s search for the
words did."""

from __future__ import annotations

from unittest.mock import patch

from hypothesis import given
from hypothesis import strategies as st

from lawreport import metadata
from lawreport.metadata import _CuePatterns, _cues, _lines, _link_blocks, _patterns
from lawreport.regions import _lexicon, _reporter_words
from lawreport.scanning import holds_any_word, may_hold_words, words_each, words_gate, words_held

_PIECES = ["记者", "笔者", "通讯员", "图/文", "文/", "记", "者", "笔", "通讯", "图/", "/文", "走访了", "来到", "某区", "调解室",
           "某县司法局", "本报讯", "。", ",", "\n", " "]
_texts = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)


@given(_texts)
def test_the_words_looked_for_each_pass_what_the_search_for_any_passed(text):
    for pattern in (_cues()["reporter_line"], _lexicon().reporter_visit):
        held = words_held(pattern)
        assert holds_any_word(words_each(held), text) == may_hold_words(words_gate(held), text)


@given(_texts)
def test_a_text_a_reporter_cue_matches_in_holds_its_words(text):
    if _cues()["reporter_line"].search(text):
        assert holds_any_word(_patterns().reporter_words, text)
    words = _lexicon()
    if words.reporter_visit.search(text) or words.reporter_scene.search(text):
        assert holds_any_word(_reporter_words(words.reporter_visit), text)


def test_no_words_to_look_for_pass_every_text():
    assert holds_any_word(words_each(None), "")


# --- the blocks of links under an article: only the lines holding a heading's words are tried -----------------------

_PAGE_PIECES = ["【相关链接】", "推荐阅读", "延伸阅读", "相关新闻", "新闻推荐", "相关", "新闻", "阅读", "某县开展普法宣传", "某县司法局",
                "全县共受理案件120件。", "。", "\n", "\n", " "]


@given(st.lists(st.sampled_from(_PAGE_PIECES), max_size=14).map("".join))
def test_the_link_blocks_are_those_every_line_tried_finds(text):
    lines = _lines(text)
    plain = _CuePatterns(**{**vars(_patterns()), "related_links_words": None})
    with patch.object(metadata, "_patterns", lambda: plain):
        every_line = _link_blocks(text, lines)
    assert _link_blocks(text, lines) == every_line
