"""What is read off a pattern's text (scanning: words_held, opening_chars, Shape, guarded) holds for every match the
engine finds, on patterns made at random of the syntax the stages write: characters, escaped signs, classes, escapes,
groups of every head, lookarounds, inline flags and quantifiers."""

from __future__ import annotations

import itertools

import regex
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from lawreport.scanning import Shape, guarded, opening_chars, search_at_openings, words_held

_ATOMS = ["甲", "乙", "a", "B", "L", ".", "^", "$", "\\A", "\\d", "\\p{Han}", "\\pL", "\\b", "\\.", "\\(", "\\《", "\\n",
          "\\x41", "[甲乙]", "[^甲乙]", "[a-z]", "[]甲]", "[|甲]", "[&~]", "[甲||乙]", "\\s", "-", "\\-", "《", "(?m)", "(?s)"]
_HEADS = ["(", "(?:", "(?>", "(?|", "(?i:", "(?s:", "(?=", "(?!", "(?<=", "(?<!"]
_QUANTIFIERS = ["", "", "", "?", "*", "+", "{2}", "{0,2}", "{,2}", "{1,}", "??", "*?", "+?"]
_TEXT = "甲乙aBL《.(-\n A|&~"


def _sequences(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    atom = st.one_of(st.sampled_from(_ATOMS), st.tuples(st.sampled_from(_HEADS), inner).map(lambda t: f"{t[0]}{t[1]})"))
    return st.lists(st.tuples(atom, st.sampled_from(_QUANTIFIERS)).map("".join), max_size=4).map("".join)


_PATTERNS = st.recursive(_sequences(st.just("甲")), lambda inner: st.lists(_sequences(inner), min_size=1, max_size=3)
                         .map("|".join), max_leaves=8)


def _compiled(pattern: str) -> regex.Pattern:
    try:
        return regex.compile(pattern)
    except regex.error:
        assume(False)
        raise


def _matches(pattern: regex.Pattern, text: str) -> list[regex.Match]:
    return [m for pos in range(len(text) + 1) if (m := pattern.match(text, pos)) is not None]


_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])


@_SETTINGS
@given(_PATTERNS, st.text(alphabet=_TEXT, max_size=12))
def test_a_text_holding_none_of_the_words_holds_no_match(pattern, text):
    compiled = _compiled(pattern)
    words = words_held(compiled)
    if words is not None and not any(word in text for word in words):
        assert compiled.search(text) is None, (pattern, words)


@_SETTINGS
@given(_PATTERNS, st.text(alphabet=_TEXT, max_size=12))
def test_every_match_opens_with_an_opening_character(pattern, text):
    compiled = _compiled(pattern)
    chars = opening_chars(compiled)
    if chars is not None:
        for m in _matches(compiled, text):
            assert text[m.start():m.start() + 1] in chars and m.end() > m.start(), (pattern, chars, m)


@_SETTINGS
@given(_PATTERNS, st.text(alphabet=_TEXT, max_size=12))
def test_a_search_tried_at_the_opening_characters_finds_what_the_search_finds(pattern, text):
    compiled = _compiled(pattern)
    found, expected = search_at_openings(compiled, text), compiled.search(text)
    assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups())), pattern


# A pattern opening with what may be left out, a group of the syntax above repeated from none (its openings and
# those of what follows it), as a line-start cue opens (^(?:[|｜][ \t]*)?[▲△]).
_LEFT_OUT_FIRST = st.tuples(st.sampled_from(["", "^", "\\A"]), _sequences(st.just("甲")), st.sampled_from(["?", "*", "??", "{0,2}"]),
                            _PATTERNS).map(lambda t: f"{t[0]}(?:{t[1]}){t[2]}{t[3]}")


@_SETTINGS
@given(_LEFT_OUT_FIRST, st.text(alphabet=_TEXT, max_size=12))
@example("^(?:[|｜][ \t]*)?[▲△]", "｜ ▲")
def test_no_position_a_match_opens_at_is_refused_by_the_openings_of_what_may_be_left_out(pattern, text):
    compiled = _compiled(pattern)
    chars = opening_chars(compiled)
    if chars is not None:
        for pos in range(len(text) + 1):
            if compiled.match(text, pos) is not None:
                assert text[pos:pos + 1] in chars, (pattern, chars, pos)


@_SETTINGS
@given(_PATTERNS, st.text(alphabet=_TEXT, max_size=12))
@example("甲(?m)?", "")  # a repeat after inline flags repeats the atom before them
def test_no_match_is_wider_than_its_shape_nor_empty_where_it_may_not_be(pattern, text):
    compiled = _compiled(pattern)
    shape = Shape.of(compiled)
    if shape is not None:
        for m in _matches(compiled, text):
            assert shape.width is None or m.end() - m.start() <= shape.width, (pattern, shape, m)
            assert shape.empty or m.end() > m.start(), (pattern, shape, m)


@_SETTINGS
@given(_PATTERNS)
def test_a_guarded_pattern_matches_as_the_plain_one(pattern):
    plain = _compiled(pattern)
    guarded_pattern = regex.compile(guarded(pattern))
    for n in range(4):
        for chars in itertools.product("甲乙a《(", repeat=n):
            text = "".join(chars)
            for pos in range(n + 1):
                m, p = guarded_pattern.match(text, pos), plain.match(text, pos)
                assert (m and m.span()) == (p and p.span()), (pattern, text, pos)


def test_a_letter_class_by_its_property_letter_is_one_character_no_word():
    # \pL is one character of any letter: the L is no letter taken literally
    assert words_held(regex.compile("\\pL法院")) == frozenset(("法院",))
    assert opening_chars(regex.compile("(?:法院|\\pL)")) is None
    assert guarded("甲(?<=(?:院|\\pL))") == "甲(?<=(?:院|\\pL))"


def test_an_escaped_sign_opens_a_match_as_itself():
    assert opening_chars(regex.compile("\\《|“")) == "“《"
    assert guarded("甲(?:\\《|“)") == "甲(?=[《“])(?:\\《|“)"  # (in the order of the words)


def test_a_lookbehind_that_may_be_left_out_is_not_guarded():
    assert guarded("x(?<=(?:甲|乙))?") == "x(?<=(?:甲|乙))?"
    assert regex.compile(guarded("(?<=(?:甲|乙))?x")).match("x") is not None
