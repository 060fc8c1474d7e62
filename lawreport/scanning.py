"""What a pattern's text tells about its matches, so that searches whose answer is known are skipped.

Where matches may start (`matches_from`, `part_starts`, `word_starts`, `literal_starts`, `alternatives`), how far an
attempt reads and how a match may end (`Shape`, `Ending`, `AtEnd`), which words every match holds (`words_held`).

Finding a pattern's matches from where they may start, for patterns that match rarely:

``finditer`` tries a pattern at every character, and the regex engine only skips
ahead fast to a single literal: a pattern that opens with a class (\\p{Han}, [全本],
(?:19|20)), or an alternation of such, costs tens of nanoseconds a character. Where
a cheap scan finds every offset a match may start at (after a literal found with
str.find, or where one of the pattern's top-level alternatives matches: each of
them alone may open with a literal the engine finds fast), `matches_from` tries the
pattern there only, and gives what finditer gives.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterable
from itertools import accumulate, pairwise, repeat
from operator import add
from typing import NamedTuple

from . import lazy_regex as regex
from .catalog import analysed, compile_cached, compile_re_cached

# regex's `concurrent` argument, given in place (match(text, pos, endpos, NOT_CONCURRENT)) to the many short
# matches tried one by one: by default each releases the GIL and takes it again, ~0.3 µs a call, more than
# most of these matches take. A keyword costs more than it saves: regex parses keywords slowly.
NOT_CONCURRENT = False


def matches_where(pattern: regex.Pattern, parts: Iterable[regex.Pattern], text: str) -> list[regex.Match]:
    """``list(pattern.finditer(text))``, tried only where one of `parts` matches: patterns that match
    wherever `pattern` may start (its alternatives, or its leading words), each fast to scan alone."""
    return matches_from(pattern, text, sorted({start for part in parts for start in part_starts(part, text)}))


def part_starts(part: regex.Pattern, text: str, word: str | None = None) -> list[int]:
    """Every offset a match of `part` starts at, as ``part.finditer(text, overlapped=True)`` gives them.

    `word`, when given, is plain text every match of `part` ends with: without it in the text there is
    none. A part that opens with an alternation gives the engine no literal to skip ahead to, and is
    tried at every character; one of bounded width that reads nothing past its match (Shape) is
    tried only in the stretch that ends with each occurrence of its word.
    """
    if word is not None:
        occurrences = word_starts(text, word)
        if not occurrences:
            return []
        shape = Shape.of(part)
        if shape is not None and shape.width is not None and shape.reach == shape.width:
            return _starts_before(part, text, occurrences, len(word), shape.width)
    return [m.start() for m in part.finditer(text, None, None, True, NOT_CONCURRENT)]


def _starts_before(part: regex.Pattern, text: str, occurrences: list[int], length: int, width: int) -> list[int]:
    """part_starts of a part at most `width` characters wide whose matches end with a word of `length`
    characters found at `occurrences`."""
    starts = []
    for occurrence in occurrences:
        end = occurrence + length
        starts += [m.start() for m in part.finditer(text, max(0, end - width), end, True, NOT_CONCURRENT)]
    return starts


# Occurrences of a word's first character word_starts tries a word at, before it looks for the word itself.
_FIRST_CHARACTER_TRIES = 16


def word_starts(text: str, word: str) -> list[int]:
    """Offsets of each occurrence of `word` in `text`, overlapping ones too.

    In a Chinese text ``word in text`` steps a few characters at a time (~15 µs for 5,000 characters
    without a two-character word), where str.find of one character runs memchr, some twenty times
    faster: most words are absent or rare, so the word is first tried where its first character
    occurs, and looked for as a whole only past the first few of those.
    """
    found: list[int] = []
    first = word[0]
    i = text.find(first)
    for _ in range(_FIRST_CHARACTER_TRIES):
        if i < 0:
            return found
        if text.startswith(word, i):
            found.append(i)
        i = text.find(first, i + 1)
    i = text.find(word, i) if i >= 0 else -1
    while i >= 0:
        found.append(i)
        i = text.find(word, i + 1)
    return found


def matches_from(pattern: regex.Pattern, text: str, starts: Iterable[int],
                 bound: Callable[[int], int] | None = None) -> list[regex.Match]:
    """``list(pattern.finditer(text))``, given every offset a match may start at (more do no harm), ascending.

    `bound(start)`, when given, is where a try from `start` stops: an offset no match from there
    reaches, nor its lookarounds read. Without one, a pattern that opens with a repeat and then
    needs a literal ([ \\t]*是) has the engine look for the literal through the rest of the text
    at every try.
    """
    found: list[regex.Match] = []
    pos = 0
    for start in starts:
        if start >= pos:
            m = pattern.match(text, start, bound(start) if bound else len(text), NOT_CONCURRENT)
            if m is not None:
                found.append(m)
                pos = m.end() if m.end() > start else start + 1
    return found


def search_at_openings(pattern: regex.Pattern, text: str) -> regex.Match | None:
    """``pattern.search(text)``, tried only where the text holds a character a match may open with (opening_chars),
    which str.find finds: for a pattern opening with characters a report holds a few dozen times (现, 特), where the
    engine's search tries it at every character."""
    chars = opening_chars(pattern)
    if chars is None:
        return pattern.search(text)
    for start in char_starts(text, chars) if chars else ():
        if (m := pattern.match(text, start, None, NOT_CONCURRENT)) is not None:
            return m
    return None


def char_starts(text: str, chars: str) -> list[int]:
    """Offsets of every occurrence of any of `chars` in text, in order.

    Each other character is made the first by str.replace and one str.split finds them all in C, in
    order: a split per character and a sort of their offsets took twice as long. Each occurrence is
    the length of the piece before it, plus one, past the one before (from -1: the first is at 0).
    """
    first = chars[0]
    for c in chars[1:]:
        text = text.replace(c, first)
    offsets = list(accumulate(map(add, map(len, text.split(first)), repeat(1)), initial=-1))
    del offsets[0]  # the -1
    offsets.pop()  # the end of the piece that follows the last occurrence
    return offsets


def literal_starts(text: str, literal: str, *before: int) -> list[int]:
    """Offsets `before` characters ahead of each occurrence of `literal` (none given, or 0: the occurrence),
    none before the text; a literal that may overlap itself (aa in aaa) is found at each place it stands.

    A str.find loop, a Python step per occurrence, for literals a report holds a few dozen times (the years'
    19 and 20, 五): str.split, one pass in C, copies the text into its pieces and reads each piece again for its
    widest character, which cost half again as many instructions (19, 20, 五 and 年 in 60 corpus reports: 12.0
    against 8.1 M). For characters a report holds thousands of times, see char_starts.
    """
    occurrences: list[int] = []
    i = text.find(literal)
    while i >= 0:
        occurrences.append(i)
        i = text.find(literal, i + 1)
    if before in ((), (0,)):
        return occurrences
    if len(before) == 1:
        shift = before[0]
        return [i - shift for i in occurrences if i >= shift]
    return [i - shift for i in occurrences for shift in before if i >= shift]


def blanked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """`text` with the characters of each [start, end) of `spans` spaces (in any order, overlapping or not): its
    length, so its offsets, kept; what stands after a span opens at a boundary."""
    pieces: list[str] = []
    kept = 0
    for start, end in sorted(spans):
        if end > kept:
            start = max(start, kept)
            pieces += text[kept:start], " " * (end - start)
            kept = end
    pieces.append(text[kept:])
    return "".join(pieces)


def opening_chars(pattern: regex.Pattern) -> str | None:
    """The characters a match of `pattern` may open with, when its text names them all: alternatives that each open
    with a plain character, a class of plain characters or a group of such ((?:注|备注|说明)[:], [(（]…,
    (?:(?:严格)|(?:加强)), [|｜]), past lookarounds, a start's anchor (^, \\A) and what may be left out (一?(?:是|要),
    (?:[|｜][ \t]*)?[▲△]); None otherwise (a class with a range, an escape or a negation, an escape, another anchor,
    flags, or a match that may be empty).

    A position whose character is none of them holds no match: ``text[i:i + 1] in chars`` (a scan of a short
    string, no hashing) spares a call of the engine, which costs more than a short match tried there takes.
    """
    return source_opening_chars(pattern.pattern, pattern.flags)


def source_opening_chars(source: str, flags: int = 0) -> str | None:
    """opening_chars of the pattern ``source`` would compile to with ``flags``: read off its text, for a part of a
    pattern that is never compiled on its own."""
    if flags & (regex.IGNORECASE | regex.VERBOSE):
        return None
    chars = _openings(source)
    return None if chars is None else "".join(sorted(chars))


class OpeningTried(NamedTuple):
    """A pattern matched at a position only where the text holds a character a match may open with (opening_chars;
    None: any character)."""

    pattern: regex.Pattern
    chars: str | None

    @classmethod
    def of(cls, pattern: regex.Pattern) -> OpeningTried:
        return cls(pattern, opening_chars(pattern))

    def match(self, text: str, pos: int, endpos: int | None = None) -> regex.Match | None:
        chars = self.chars
        if chars is not None and text[pos:pos + 1] not in chars:
            return None
        return self.pattern.match(text, pos, endpos, NOT_CONCURRENT)


def _openings(pattern: str) -> frozenset[str] | None:
    """opening_chars of a pattern's text, kept in the pattern cache (catalog.analysed): reading the pattern in Python
    at each start costs more than the look-up."""
    return analysed("openings", pattern, 0, lambda: _read_openings(pattern))


def _read_openings(pattern: str) -> frozenset[str] | None:
    nodes = _guard_nodes(pattern)
    found = None if nodes is None else _first_chars(nodes, _named_groups(nodes))
    return None if found is None or found.empty or found.folded else frozenset(found.chars)


# --- reading a pattern's text ---------------------------------------------------------------------------------------
# One reader turns a pattern's text into nodes (_read_pattern). What the stages ask of a pattern is read off them: the
# characters a match opens with (opening_chars), the guards before its word lists (guarded), the words every match
# holds (words_held) and its Shape. Each question refuses (_Unread) the syntax whose meaning for it is not read.

class _Unread(Exception):
    """Syntax a question asked of a pattern's text does not read."""


class _Node:
    """An atom of a pattern as written (_read_nodes): its span, its quantifier included; its kind; its head (how a
    group or lookaround opens: (, (?:, (?>, (?|, (?P<name>, (?i:, (?=, (?!, (?<=, (?<!; a flags node's whole text;
    the backslash of an escaped sign); its value (a char's character, an escape's text, a class's body, a group's or
    a call's name, a flags node's letters); its alternatives (of a group or lookaround); its fewest and most repeats
    (most None: no bound) and its quantifier as written; and whether it reads letters in any case.

    Kinds: char (a character taken literally, an escaped sign too), escape (\\d, \\p{Han}, \\1 …), class ([…]), any
    (.), start (^), end ($), brace (a { or a repeat sign that repeats nothing), group, ahead and behind (lookarounds),
    flags ((?m): to the end of the group), call ((?&name)) and other ((?#…), (?1) …). (A plain class: a NamedTuple's
    making costs every start some 0.5 M instructions, for a reading done only when a pattern is not in the cache.)"""

    __slots__ = ("alternatives", "end", "folded", "head", "high", "kind", "low", "quantifier", "start", "value")

    def __init__(self, start: int, end: int, kind: str, head: str, value: str,
                 alternatives: tuple[tuple[_Node, ...], ...], low: int, high: int | None, quantifier: str,
                 folded: bool) -> None:
        self.start, self.end, self.kind, self.head, self.value = start, end, kind, head, value
        self.alternatives, self.low, self.high, self.quantifier, self.folded = alternatives, low, high, quantifier, folded


# How a group opens: (?P<name> (?<name>, (?<= (?<!, (?: (?> (?| (?= (?! (?&, flags (?i: or (?m), or a plain (.
_GROUP_HEAD = compile_cached(r"\((?:\?(?:P?<(\w+)>|<[=!]|[:>|=!&]|([a-zA-Z]+)[:)])|(?!\?))")
_LOOKAROUNDS = {"(?=": "ahead", "(?!": "ahead", "(?<=": "behind", "(?<!": "behind"}
_POSITIVE_LOOKAROUNDS = ("(?=", "(?<=")
_SIGN_KINDS = {".": "any", "^": "start", "$": "end", "{": "brace", "?": "brace", "*": "brace", "+": "brace"}
_CLASS_ESCAPES = {"d": 0, "D": 0, "w": 0, "W": 0, "s": 0, "S": 0, "n": 0, "r": 0, "t": 0, "f": 0, "v": 0,
                  "x": 2, "u": 4, "U": 8}  # a one-character escape -> the hex digits after its letter
_UNREAD_ESCAPES = "0123456789xuUNgk"  # escapes that may stand for a character or a group: not read
_QUANTIFIER = compile_cached(r"\{(\d*)(?:(,)(\d*))?\}")


def _read_pattern(pattern: str) -> tuple[tuple[_Node, ...], ...] | None:
    """The alternatives of a whole pattern (_read_nodes); None where its syntax is not read here (a nested set, a
    group or class left open, a ) closing nothing)."""
    try:
        top, end = _read_nodes(pattern, 0, False)
    except (_Unread, IndexError, ValueError):
        return None
    return top if end == len(pattern) else None


def _read_nodes(p: str, i: int, folded: bool) -> tuple[tuple[tuple[_Node, ...], ...], int]:
    """The alternatives from p[i] to the end of their group (or of the pattern), and where they end."""
    alternatives: list[tuple[_Node, ...]] = []
    sequence: list[_Node] = []
    while i < len(p) and p[i] != ")":
        start, c = i, p[i]
        if c == "|":
            alternatives.append(tuple(sequence))
            sequence, i = [], i + 1
            continue
        head, value = "", c
        inner: tuple[tuple[_Node, ...], ...] = ()
        if c == "(":
            kind, head, value, inner, i = _read_group(p, i, folded)
        elif c == "[":
            end = _class_end(p, i, nested=False)
            if end < 0 or end >= len(p):
                raise _Unread(p)  # a nested set or a POSIX class, or no closing ]
            kind, value, i = "class", p[i + 1:end], end + 1
        elif c == "\\":
            i = _escape_end(p, i)
            if i == start + 2 and not p[i - 1].isalnum():
                kind, head, value = "char", "\\", p[i - 1]  # an escaped sign: itself
            else:
                kind, value = "escape", p[start:i]
        else:
            kind, i = _SIGN_KINDS.get(c, "char"), i + 1
        atom_end, low = i, 1
        high: int | None = 1
        if i < len(p) and p[i] in "?*+":
            low, high = (0, 1) if p[i] == "?" else (0 if p[i] == "*" else 1, None)
            i += 1
        elif (braces := _QUANTIFIER.match(p, i)) is not None and (braces.group(1) or braces.group(3)):
            low = int(braces.group(1) or 0)
            high = (int(braces.group(3)) if braces.group(3) else None) if braces.group(2) else low
            i = braces.end()  # (other braces are literal, or fuzzy matching in `regex`)
        if i > atom_end and i < len(p) and p[i] in "?+":
            i += 1  # lazy or possessive
        if i > atom_end and kind == "flags":
            raise _Unread(p)  # `regex` repeats the atom before inline flags: 甲(?m)? is 甲?
        sequence.append(_Node(start, i, kind, head, value, inner, low, high, p[atom_end:i], folded))
    alternatives.append(tuple(sequence))
    return tuple(alternatives), i


def _read_group(p: str, i: int, folded: bool) -> tuple[str, str, str, tuple[tuple[_Node, ...], ...], int]:
    """The group opening at p[i]: its kind, head, value and alternatives (_Node), and where it ends (past its ))."""
    end = closing(p, i)
    if end < 0:
        raise _Unread(p)
    opened = _GROUP_HEAD.match(p, i)
    if opened is None:
        return "other", "", "", (), end + 1
    head, letters = opened.group(), opened.group(2)
    if head == "(?&":
        return "call", head, p[i + 3:end], (), end + 1
    if letters is not None and head.endswith(")"):
        return "flags", head, letters, (), end + 1
    inner, inner_end = _read_nodes(p, opened.end(), folded or "i" in (letters or ""))
    if inner_end != end:
        raise _Unread(p)
    return _LOOKAROUNDS.get(head, "group"), head, opened.group(1) or "", inner, end + 1


def _escape_end(p: str, i: int) -> int:
    """Where the escape at the backslash p[i] ends: \\p{…} (\\N{…}, \\x{…}) past its }, \\pL past its letter, \\x41
    (\\u, \\U) past its hex digits, \\g<1> (\\k<name>) past its >, \\12 past its digits; any other past its character."""
    e = p[i + 1]  # (a backslash ending the pattern: an IndexError, read as syntax not read)
    if p.startswith("{", i + 2) and e in "pPNxuU":
        return p.index("}", i) + 1
    if e in "pP":
        return i + 3
    if e in "xuU":
        return i + 2 + _CLASS_ESCAPES[e]
    if p.startswith("<", i + 2) and e in "gk":
        return p.index(">", i) + 1
    i += 2
    while e.isdigit() and i < len(p) and p[i].isdigit():
        i += 1
    return i


# --- guards before word lists ---------------------------------------------------------------------------------------
# `regex` tries a list of words (?:甲…|乙…) word by word wherever it stands past a pattern's start (and a lookbehind's
# words at every try of it), where one class test tells that no word opens (or ends) there. Its openings are read from
# the words themselves, so that a guard never disagrees with its list.

_GUARD_GROUP_FLAGS = "ims"  # flags of a group whose words guards and openings read: they change no character read


def _guard_nodes(pattern: str) -> tuple[tuple[_Node, ...], ...] | None:
    """The nodes of a pattern as guards and openings read them; None for one that sets flags for the whole, or that
    holds where they read a back reference or a character by its code."""
    if _LEADING_FLAGS.search(pattern) is not None:
        return None
    top = _read_pattern(pattern)
    return None if top is None or _unread_escape(top) else top


# What makes a class's body other than the characters it lists: an escape, a nested set, a negation, a range; and a
# version 1 set operation (a||b, a&&b, a~~b), whose sign taken once is itself ([|｜], a bar of either width).
_CLASS_SIGNS = "\\[]^-"
_SET_OPERATORS = "|&~"


def _guard_kind(node: _Node) -> str:
    """How guards and openings read a node: char, class (of plain characters), negated ([^…]), group (its words
    read), call, ahead and behind (positive lookarounds), not (a negative one) or other."""
    kind = node.kind
    if kind in ("char", "brace"):
        return "char"
    if kind == "class":
        body = node.value
        plain = body and not set(body) & set(_CLASS_SIGNS) and not any(sign * 2 in body for sign in _SET_OPERATORS)
        return "negated" if body.startswith("^") else "class" if plain else "other"
    if kind == "group":
        read = node.head in ("(", "(?:", "(?>", "(?|") or node.head.startswith(("(?P<", "(?<")) \
            or node.head.endswith(":") and not set(node.head[2:-1]) - set(_GUARD_GROUP_FLAGS)
        return "group" if read else "other"
    if kind in ("ahead", "behind"):
        return kind if node.head in _POSITIVE_LOOKAROUNDS else "not"
    return "call" if kind == "call" else "other"


def _unread_escape(alternatives: tuple[tuple[_Node, ...], ...]) -> bool:
    """Whether the alternatives hold, where guards read, a back reference or a character by its code."""
    return any(node.value[1] in _UNREAD_ESCAPES if node.kind == "escape"
               else _guard_kind(node) in ("group", "ahead", "behind") and _unread_escape(node.alternatives)
               for sequence in alternatives for node in sequence)


def _named_groups(alternatives: tuple[tuple[_Node, ...], ...]) -> dict[str, _Node]:
    """The named groups among the alternatives, by name: what a call (?&name) matches."""
    groups = {}
    for sequence in alternatives:
        for node in sequence:
            if _guard_kind(node) in ("group", "ahead", "behind"):
                if node.kind == "group" and node.value:
                    groups[node.value] = node
                groups.update(_named_groups(node.alternatives))
    return groups


class _Chars:
    """The characters a part of a pattern may open (or end) with, whether it may match nothing, and whether any of
    them is read in any case (a plain class, as _Node)."""

    __slots__ = ("chars", "empty", "folded")

    def __init__(self, chars: dict[str, None], empty: bool, folded: bool) -> None:
        self.chars, self.empty, self.folded = chars, empty, folded


def _first_chars(alternatives: tuple[tuple[_Node, ...], ...], groups: dict[str, _Node],
                 backward: bool = False, calling: frozenset[str] = frozenset()) -> _Chars | None:
    """The characters a match of the alternatives may open with (with `backward`, end with), None where one of them
    is not a plain character (a class with a range or an escape, \\d, ., an anchor but ^ and \\A …) or a group calls
    itself (`calling`: the groups called on the way). Lookarounds and those two anchors read none."""
    chars: dict[str, None] = {}
    empty = folded = False
    for sequence in alternatives:
        for node in reversed(sequence) if backward else sequence:
            kind = _guard_kind(node)
            if kind in ("ahead", "behind", "not") or node.kind == "start" or node.value == "\\A":
                continue  # (an anchor at a start, ^ or \A, reads no character either)
            if kind == "char":
                inner = _Chars({node.value: None}, False, node.folded)
            elif kind == "class":
                inner = _Chars(dict.fromkeys(node.value), False, node.folded)
            elif kind in ("group", "call"):
                called = node if kind == "group" else groups.get(node.value)
                if called is None or node.value in calling:
                    return None
                found = _first_chars(called.alternatives, groups, backward,
                                     calling | {node.value} if node.value else calling)
                if found is None:
                    return None
                inner = found
            else:
                return None
            chars.update(inner.chars)
            folded |= inner.folded
            if not (inner.empty or node.low == 0):
                break
        else:
            empty = True
    return _Chars(chars, empty, folded)


def _char_class(chars: Iterable[str], folded: bool) -> str:
    text = "[" + "".join(map(regex.escape, chars)) + "]"
    return f"(?i:{text})" if folded else text


def guarded(pattern: str) -> str:
    """`pattern` (compiled without flags) with a guard before each list of words it tries past its start, made from
    the words: a lookahead class of their first characters before a group of alternatives ((?:甲…|乙…) → (?=[甲乙])
    (?:甲…|乙…)); before a positive lookbehind, one of the last characters its words end with, and its last
    character when all end alike ((?<=(?:片|剧)《) → (?<=[片剧]《)(?<=(?:片|剧)《)); a lazy run of a negated class
    before a list read as runs up to the characters the list opens with, tried only where the text holds one
    ([^《》]*?(?:%|位居) → (?=[^《》%位]*+[%位])(?:[^《》%位]++|[%位])*?(?:%|位居)). A list whose words open (or end) with
    no plain character (\\d, a class with a range or an escape) stays unguarded; so does the pattern when it sets
    flags for the whole."""
    top = _guard_nodes(pattern)
    if top is None:
        return pattern
    groups = _named_groups(top)
    inserted: list[tuple[int, int, str]] = []  # (start, end, text): pattern[start:end] replaced by text

    def guard(alternatives: tuple[tuple[_Node, ...], ...], at_start: bool) -> None:
        for sequence in alternatives:
            for k, node in enumerate(sequence):
                kind = _guard_kind(node)
                if kind == "behind":
                    if node.low:  # (one that may be left out needs no guard)
                        _guard_behind(node, groups, inserted)
                    continue
                if kind not in ("group", "call"):
                    continue
                called = node if kind == "group" else groups.get(node.value)
                listed = called is not None and len(called.alternatives) > 1 and node.low != 0
                opens = _first_chars(called.alternatives, groups) if listed and called else None
                if opens is None or opens.empty:
                    if kind == "group":
                        guard(node.alternatives, at_start and not k)
                    continue
                if k and _guard_kind(run := sequence[k - 1]) == "negated" and run.quantifier == "*?" \
                        and not opens.folded and not any(regex.match(f"[{run.value[1:]}]", c) for c in opens.chars):
                    body, words = run.value[1:] + "".join(map(regex.escape, opens.chars)), _char_class(opens.chars, False)
                    inserted.append((run.start, run.end, f"(?=[^{body}]*+{words})(?:[^{body}]++|{words})*?"))
                elif k or not at_start:
                    inserted.append((node.start, node.start, f"(?={_char_class(opens.chars, opens.folded)})"))
                if kind == "group":
                    guard(node.alternatives, True)  # its alternatives' first lists are guarded with it

    guard(top, True)
    out, at = [], 0
    for start, end, text in sorted(inserted):
        out += [pattern[at:start], text]
        at = end
    return "".join(out) + pattern[at:]


def _guard_behind(node: _Node, groups: dict[str, _Node], inserted: list[tuple[int, int, str]]) -> None:
    """The guard before a positive lookbehind holding a list of words (guarded)."""
    alternatives = node.alternatives
    if not any(len(alternatives) > 1 or _guard_kind(n) in ("group", "call") for sequence in alternatives for n in sequence):
        return
    tail = ""
    if len(alternatives) == 1 and alternatives[0] and _guard_kind(last := alternatives[0][-1]) == "char" \
            and not last.quantifier and not last.folded:
        tail, alternatives = regex.escape(last.value), (alternatives[0][:-1],)
    ends = _first_chars(alternatives, groups, backward=True)
    if ends is not None and not ends.empty and ends.chars:
        inserted.append((node.start, node.start, f"(?<={_char_class(ends.chars, ends.folded)}{tail})"))


def longest_first(words: Iterable[str]) -> str:
    """The words as one alternation, each taken literally, the longest first: where two start alike (人民法院, 人民法院
    院长) the longer is the match. Words of one length are in code-point order, whatever order they come in (a set's
    changes with each process's hash seed): the pattern is then the same in every run, and so its key in the cache of
    compiled patterns."""
    return "|".join(map(re.escape, sorted(words, key=lambda word: (-len(word), word))))


def longest_word(words: Iterable[str]) -> str:
    """A ``re`` pattern of the longest of ``words`` (literal words) at a position, as their alternation longest first
    would be: one class of their first characters, then for each length, longest first, a class of the words'
    characters at each place after the first, the words of that length as a lookbehind.

    ``re`` tries an alternation word by word at every character one opens (上 of 上级, 新 of 新时代, a few percent
    of a report's characters; 解, 事 or 规 for normalize's swapped words): a class of the second characters turns
    nearly all of them away at once, and the words are tried only where two characters fit. Where every word has two
    characters or more, a lookahead of a class of every second character turns away, before any length is tried, what
    opens no word though its first character does (法 of 法治 and 法规, where normalize's swapped words hold 法 only in
    法律扶助: a tenth less of their search over a report)."""
    listed_words = sorted(words)
    by_length: dict[int, list[str]] = {}
    for word in listed_words:
        by_length.setdefault(len(word), []).append(word)
    lengths = [
        "".join(char_class("".join(word[at] for word in listed)) for at in range(1, length))
        + f"(?<={'|'.join(map(re.escape, listed))})"
        for length, listed in sorted(by_length.items(), reverse=True)
    ]
    seconds = f"(?={char_class(''.join(word[1] for word in listed_words))})" if min(map(len, listed_words), default=0) > 1 else ""
    return f"{char_class(''.join(word[0] for word in listed_words))}{seconds}(?:{'|'.join(lengths)})"


def char_class(before: str) -> str:
    """The ``re`` character class of the characters ``before`` ("^" first: any character but those), runs of
    consecutive characters written as ranges."""
    negated, chars = before.startswith("^"), sorted(set(before.removeprefix("^")))
    if not chars:
        return "(?s:.)" if negated else "(?!)"
    runs: list[list[str]] = []
    for c in chars:
        if runs and ord(c) == ord(runs[-1][-1]) + 1:
            runs[-1].append(c)
        else:
            runs.append([c])
    written = "".join(re.escape(run[0]) + (f"-{re.escape(run[-1])}" if len(run) > 2 else re.escape("".join(run[1:])))
                      for run in runs)
    return f"[{'^' if negated else ''}{written}]"


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of `pattern` (A|B, or (?:A|B) as a whole), each with the flags
    that open the pattern ((?m)A|B → (?m)A, (?m)B), or the pattern alone when it is not
    self-contained or is verbose. A back reference is no bar where its group keeps its number in its
    alternative standing alone (年鉴|(\\p{Han}+)\\n【\\1】: no group opens in an alternative before it).

    Kept in the pattern cache (catalog.analysed): read character by character in Python, the
    catalog's long word lists took some 25 M instructions of a single extract (5%)."""
    return list(analysed("alternatives", pattern, 0, lambda: _read_alternatives(pattern)))


def _read_alternatives(pattern: str) -> tuple[str, ...]:
    flags = _LEADING_FLAGS.match(pattern)
    prefix = flags.group(0) if flags else ""
    if "x" in prefix:
        return (pattern,)
    body = pattern[len(prefix):]
    inner = body[3:-1] if body.startswith("(?:") and closing(body, 0) == len(body) - 1 else body
    bars = _top_level_bars(inner, apart=True)
    if bars is None:
        return (pattern,)
    cuts = [-1, *bars, len(inner)]
    return tuple(prefix + inner[a + 1:b] for a, b in pairwise(cuts))


def by_leading_word(pattern: str) -> tuple[tuple[str, regex.Pattern], ...] | None:
    """``(?:A|B)rest`` as the patterns ``Arest`` and ``Brest``, each with its word (A, B); None for a pattern of
    another shape.

    A pattern that opens with an alternation is tried at every character of a text; each of
    these opens with its own word, which the engine skips ahead to, so where they match is
    where the whole may (some ten times faster for the labels of published_line).
    """
    close = closing(pattern, 0) if pattern.startswith("(?:") else -1
    if close < 0:
        return None
    rest = pattern[close + 1:]
    words = alternatives(pattern[:close + 1])
    if rest[:1] in ("?", "*", "+", "{") or len(words) < 2 or not self_contained(rest):
        return None
    return tuple((word, compile_cached(word + rest)) for word in words)


def by_trailing_word(pattern: str) -> tuple[regex.Pattern, ...] | None:
    """``rest(?:A|B)`` as the patterns ``restA`` and ``restB``; None for a pattern of another shape, or when
    A and B open with one character.

    A match must hold a literal the engine can skip ahead to (it does so to a literal anywhere in a
    pattern, or to the character all of a closing group's words open with); ``rest`` may hold none,
    each of these holds its word.
    """
    opening = _last_group(pattern)
    if opening <= 0 or not pattern.startswith("(?:", opening):
        return None
    rest = pattern[:opening]
    words = alternatives(pattern[opening:])
    if len(words) < 2 or len({word[:1] for word in words}) < 2 or _top_level_bars(rest) != []:  # self-contained, one branch
        return None
    return tuple(compile_cached(rest + word) for word in words)


def _last_group(pattern: str) -> int:
    """The offset of the ( of the top-level group that ends `pattern`, or -1 when it ends otherwise."""
    i = 0
    while i < len(pattern):
        if pattern[i] == "(":
            end = closing(pattern, i)
            if end < 0 or end == len(pattern) - 1:
                return i if end >= 0 else -1
            i = end
        elif pattern[i] == "[":
            i = _class_end(pattern, i)  # the class's ], or the pattern's end for a class left open
        elif pattern[i] == "\\":
            i += 1
        i += 1
    return -1


_LEADING_FLAGS = compile_cached(r"\(\?[a-zA-Z0-9]+\)")  # (?m), (?iV1): flags for the whole pattern
_INLINE_FLAGS = compile_cached(r"\(\?[aiLmsux]+\)")  # (?m) inside a group: flags to its end (not (?R), a call)
_SCOPED_FLAGS = compile_cached(r"\(\?[aiLmsux]+:")  # (?i:…): a group with flags of its own, self-contained


def self_contained(pattern: str) -> bool:
    """Whether `pattern` means the same split into its alternatives or joined with other patterns:
    it has no inline flags outside a group (whose reach would change) and no back references (whose
    group would be renumbered)."""
    return _top_level_bars(pattern) is not None


def _top_level_bars(pattern: str, apart: bool = False) -> list[int] | None:
    """Offsets of the | that part `pattern`'s top-level alternatives; None when not self-contained. With `apart` (the
    alternatives each to stand alone, never joined to a pattern opening with a group), a back reference \\1-\\9 to
    a group opened before it in its own alternative, where no group opens in an alternative before that, is no bar:
    each alternative's groups up to it keep their numbers."""
    bars, depth, i = [], 0, 0
    groups = groups_before = 0  # capturing groups opened so far, and before the alternative under way
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            if pattern[i + 1:i + 2] in _BACK_REFERENCE and not (
                    apart and not groups_before and (group := _numbered_reference(pattern, i)) and group <= groups):
                return None
            i += 1
        elif c == "[":
            i = _class_end(pattern, i)
        elif c == "(":
            kind = pattern[i + 2:i + 3] if pattern.startswith("(?", i) else ""
            if (kind.isalnum() or kind == "&") and not pattern.startswith("(?P<", i) \
                    and not (depth and _INLINE_FLAGS.match(pattern, i)) and not _SCOPED_FLAGS.match(pattern, i):
                # flags (?i) reaching to the pattern's end, or a call of a group by its number or name: (?1),
                # (?&name), (?R); flags inside a group reach to its end only ((?:(?m)^A)|B is (?:(?m)^A) or B)
                return None
            if not kind or pattern.startswith("(?P<", i) or kind == "<" and pattern[i + 3:i + 4] not in "=!":
                groups += 1  # (…), (?P<name>…), (?<name>…): numbered
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            bars.append(i)
            groups_before = groups
        i += 1
    return bars


_BACK_REFERENCE = set("123456789gk")  # \1, \g<name>, \k<name>


def _numbered_reference(pattern: str, i: int) -> int | None:
    """The group a back reference \\1 … \\9 at the backslash ``pattern[i]`` repeats, None for any other escape
    (\\12 is read as no such reference)."""
    digit = pattern[i + 1:i + 2]
    return int(digit) if digit in _BACK_REFERENCE and digit.isdigit() and not pattern[i + 2:i + 3].isdigit() else None


def closing(pattern: str, opening: int) -> int:
    """The offset of the parenthesis that closes the group opening at `opening`."""
    depth, i = 0, opening
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 1
        elif c == "[":
            i = _class_end(pattern, i)
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def without_negative_lookarounds(pattern: str) -> str:
    """`pattern` without its negative lookaheads and lookbehinds, read past escapes and classes: the characters a
    match may hold (a negative lookaround adds none)."""
    return _without_lookarounds(pattern, ("(?!", "(?<!"), ())


def without_positive_lookarounds(pattern: str) -> str:
    """`pattern` without the lookbehinds and lookaheads that must match, read past escapes and classes (and
    negative lookarounds, kept whole with what they hold): it matches every text `pattern` matches, and more."""
    return _without_lookarounds(pattern, ("(?=", "(?<="), ("(?!", "(?<!"))


def _without_lookarounds(pattern: str, dropped: tuple[str, ...], whole: tuple[str, ...]) -> str:
    """`pattern` without the lookarounds opening with one of `dropped`, those opening with one of `whole` kept as
    written, read past escapes and classes; a lookaround left unclosed takes the rest of the pattern."""
    kept, at = [], 0
    while at < len(pattern):
        if pattern.startswith(dropped + whole, at):
            end = closing(pattern, at)
            end = len(pattern) - 1 if end < 0 else end
            if pattern.startswith(whole, at):
                kept.append(pattern[at : end + 1])
            at = end + 1
            continue
        step = 2 if pattern[at] == "\\" else _class_end(pattern, at) + 1 - at if pattern[at] == "[" else 1
        kept.append(pattern[at : at + step])
        at += step
    return "".join(kept)


def _class_end(pattern: str, opening: int, *, nested: bool = True) -> int:
    """The offset of the ] that closes the class opening at `opening` (a ] first in the class is a member);
    with nested=False, -1 where an unescaped [ inside may open a nested set or a POSIX class."""
    i = opening + 1
    if pattern.startswith("^", i):
        i += 1
    if pattern.startswith("]", i):
        i += 1
    while i < len(pattern) and pattern[i] != "]":
        if not nested and pattern[i] == "[":
            return -1
        i += 2 if pattern[i] == "\\" else 1
    return i


# Two facts about a pattern let the interpreter skip searches whose answer is known: how far past
# where an attempt starts it reads (a sentence's matches then serve every number in it), and what
# the last character of a match may be (a subject ending otherwise cannot end in that rule's label).
# They are read from the pattern's text; syntax not read here (back references, \L lists, fuzzy
# matching, (?x) …) makes both unknown, and the pattern is then searched every time.

# Flags that change no match's width. With them, last characters are known unless I (any case) or M ($ at every
# line break) is set.
_PLAIN_FLAGS = regex.I | regex.M | regex.S | regex.A | regex.U | regex.V0
_SHAPE_FLAGS = "imsa"  # inline flags (?m), (?i:…) read for a shape: like _PLAIN_FLAGS


def words_held(pattern: regex.Pattern) -> frozenset[str] | None:
    """Words one of which every match of the pattern holds, as far as its text tells (of each alternative, a run
    of characters taken literally that no repeat makes optional, or the words of a group it must match): a text
    holding none of them holds no match, and a search for them is cheaper than one for the pattern. A run with the
    words a lookahead right after it wants (行政(?=法律援助|法援)) is such a word too, though it ends past the match,
    within what an attempt reads (Shape.reach). None when an alternative shows no such word (or the pattern's syntax is
    not read here).

    Kept in the pattern cache (catalog.analysed): read in Python at each start, the patterns metadata and metrics
    pre-check cost some 1 M instructions of a single extract."""
    return analysed("words_held", pattern.pattern, pattern.flags, lambda: _read_words_held(pattern))


def _read_words_held(pattern: regex.Pattern) -> frozenset[str] | None:
    if pattern.flags & (regex.IGNORECASE | regex.VERBOSE):
        return None
    top = _read_pattern(pattern.pattern)
    try:
        words = None if top is None else _alternatives_held(top)
    except _Unread:
        return None
    if words is None:
        return None
    return frozenset(w for w in words if not any(v != w and v in w for v in words))  # 零败诉 holds 败诉


_WORD_FLAGS = "ix"  # inline flags that change what characters taken literally match, or how they are written


def _alternatives_held(alternatives: tuple[tuple[_Node, ...], ...]) -> frozenset[str] | None:
    """words_held of alternatives: the words of any one; None when one holds none (each read: its syntax may be
    unread)."""
    words: set[str] = set()
    wordless = False
    for sequence in alternatives:
        held = _sequence_held(sequence)
        wordless |= held is None
        words |= held or set()
    return None if wordless else frozenset(words)


def _sequence_held(sequence: tuple[_Node, ...]) -> frozenset[str] | None:
    """words_held of one alternative: of the sets of words it must hold (each run of characters taken literally, each
    group's words), the rarest (_rarity)."""
    found: list[frozenset[str]] = []
    run = ""  # characters taken literally, in a row
    for node in sequence:
        c, held, kind = "", None, node.kind
        if kind == "char":
            c = "" if node.head else node.value  # (an escaped sign is taken for no word)
        elif kind == "group":
            if not (node.head in ("(", "(?:", "(?|") or node.head.startswith(("(?P<", "(?<"))):
                raise _Unread  # atomic groups, flags for a group
            held = _alternatives_held(node.alternatives)
        elif kind in ("ahead", "behind"):
            _alternatives_held(node.alternatives)  # matches no character: holds no word (its syntax read)
            ahead = _literals(node.alternatives) if node.head == "(?=" and run and not node.quantifier else None
            if ahead is not None:  # 行政(?=法律援助|法援): what the text holds past the match's 行政 is a word too
                found.append(frozenset(run + word for word in ahead))
        elif kind == "flags":
            if _INLINE_FLAGS.fullmatch(node.head) is None or set(node.value) & set(_WORD_FLAGS):
                raise _Unread  # flags that change the characters taken literally
        elif kind == "escape":
            if node.value[1] in _UNREAD_ESCAPES and _numbered_reference(node.value, 0) is None:
                raise _Unread  # (\1: its group's text again, no word of its own)
        elif kind in ("brace", "call", "other"):
            raise _Unread
        if node.quantifier:  # a repeat: what it repeats may be missing, or its words not in a row
            c, held = "", None
        if c:
            run += c
            continue
        if run:
            found.append(frozenset((run,)))
            run = ""
        if held is not None:
            found.append(held)
    if run:
        found.append(frozenset((run,)))
    return max(found, key=_rarity) if found else None


def _literals(alternatives: tuple[tuple[_Node, ...], ...]) -> tuple[str, ...] | None:
    """Each alternative's text where every one is only characters taken literally, each once; else None."""
    words = []
    for sequence in alternatives:
        if any(node.kind != "char" or node.head or node.quantifier for node in sequence):
            return None
        words.append("".join(node.value for node in sequence))
    return tuple(words)


def _rarity(words: frozenset[str]) -> tuple[bool, int]:
    """How seldom a text may hold one of the words, to choose among the sets of words an alternative must hold:
    figures fill the texts read (a year's 20 is everywhere), then the shorter word is the commoner."""
    return not any(word.isdigit() for word in words), min(map(len, words))


@functools.lru_cache(maxsize=256)  # a report asks for the same few searches (metrics' share words): built once
def words_search(words: frozenset[str] | None) -> re.Pattern[str] | None:
    """One search for any of the words (words_held), or None for none: `re`, which passes over the characters that
    open none of them some three times faster than `regex`."""
    return None if words is None else compile_re_cached("|".join(map(re.escape, sorted(words))))


def words_gate(words: frozenset[str] | None) -> str | re.Pattern[str] | None:
    """What may_hold_words looks for to tell whether a text holds any of the words (words_held): a word alone itself,
    which str.find looks for at a tenth of the cost of `re`'s search, several by words_search; None for none."""
    return next(iter(words)) if words is not None and len(words) == 1 else words_search(words)


def may_hold_words(words: str | re.Pattern[str] | None, text: str, start: int = 0, end: int = sys.maxsize) -> bool:
    """Whether text[start:end] may hold a match of a pattern whose words_gate (or words_search) is `words`: it holds
    one of the words, or there are none to look for (None)."""
    if words is None:
        return True
    if isinstance(words, str):
        return text.find(words, start, end) >= 0
    return words.search(text, start, end) is not None


def words_each(words: frozenset[str] | None) -> tuple[str, ...] | None:
    """The words of words_held for a gate over a whole text (holds_any_word), or None for none: a few words looked
    for each with `in` cost a fifth to a quarter of `re`'s search for any of them (words_search), which tests every
    character of a report against their first characters (记者, 笔者 in 60 corpus reports: 3.2 against 16.9 M)."""
    return None if words is None else tuple(sorted(words))


def holds_any_word(words: tuple[str, ...] | None, text: str) -> bool:
    """Whether ``text`` holds one of ``words`` (words_each), or there are none to look for (None)."""
    return words is None or any(map(text.__contains__, words))


def held_word_starts(words: re.Pattern[str], text: str, start: int, end: int) -> list[int] | None:
    """Where text[start:end] says each of the words of a words_search, overlapping ones too, in order; None for
    none."""
    found = words.search(text, start, end)
    if found is None:
        return None
    starts = []
    while found is not None:
        starts.append(found.start())
        found = words.search(text, found.start() + 1, end)
    return starts


# What the last character of a match may be: characters and one-character patterns (classes, \p{…}),
# or None for any character.
_Last = tuple[frozenset[str], tuple[str, ...]] | None
_NO_CHARACTER: _Last = (frozenset(), ())


class Shape(NamedTuple):
    """How a pattern (or a part of it) matches: width and reach are None when unbounded."""

    width: int | None  # the most characters a match takes
    reach: int | None  # the farthest character an attempt reads, counted from where it starts
    empty: bool  # whether a match may take no character
    last: _Last
    anchored: bool = False  # it ends with $: every match ends at the end (or before a final line break)

    @staticmethod
    @functools.lru_cache(maxsize=128)
    def of(pattern: regex.Pattern) -> Shape | None:
        """The shape of a compiled pattern, or None when it uses syntax not read here (kept in the user cache)."""
        fields = analysed("shape", pattern.pattern, pattern.flags, lambda: _read_shape(pattern.pattern, pattern.flags))
        return None if fields is None else Shape(*fields)

    def then(self, other: Shape) -> Shape:
        width = None if self.width is None or other.width is None else self.width + other.width
        reach = None if self.reach is None or self.width is None or other.reach is None else max(
            self.reach, self.width + other.reach)
        last = _either(other.last, self.last) if other.empty else other.last
        return Shape(width, reach, self.empty and other.empty, last, other.anchored)

    def otherwise(self, other: Shape) -> Shape:
        return Shape(_most(self.width, other.width), _most(self.reach, other.reach), self.empty or other.empty,
                      _either(self.last, other.last))

    def times(self, low: int, high: int | None) -> Shape:
        if high == 0:
            return Shape(0, 0, True, _NO_CHARACTER)
        if high is None:
            width = 0 if self.width == 0 else None
            reach = self.reach if self.width == 0 else None
        else:
            width = None if self.width is None else high * self.width
            reach = None if self.width is None or self.reach is None else (high - 1) * self.width + self.reach
        return Shape(width, reach, low == 0 or self.empty, self.last)


def _read_shape(pattern: str, flags: int) -> tuple[int | None, int | None, bool, _Last, bool] | None:
    """Shape.of's fields, worked out from the pattern's text: a plain tuple, which the cache loads
    before this module has defined Shape."""
    if flags & ~_PLAIN_FLAGS:
        return None
    top = _read_pattern(pattern)
    if top is None:
        return None
    shaper = _Shaper()
    try:
        shape = shaper.alternatives(top, top=True)
    except _Unread:
        return None
    if shaper.flagged or flags & (regex.I | regex.M):
        return shape.width, shape.reach, shape.empty, None, shape.anchored
    return shape.width, shape.reach, shape.empty, shape.last, shape.anchored


def _most(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else max(a, b)


def _either(a: _Last, b: _Last) -> _Last:
    return None if a is None or b is None else (a[0] | b[0], a[1] + b[1])


def _char(c: str) -> Shape:
    return Shape(1, 1, False, (frozenset(c), ()))


def _one_of(pattern: str) -> Shape:
    return Shape(1, 1, False, (frozenset(), (pattern,)))


def _zero_width(reach: int) -> Shape:
    return Shape(0, reach, True, _NO_CHARACTER)


class _Shaper:
    """The Shape of a pattern's nodes (_read_nodes), read in order."""

    def __init__(self) -> None:
        self.flagged = False  # inline flags: last characters are left unknown
        self.behind = 0  # inside how many lookbehinds (where nothing may look ahead)
        self.ahead_behind = 0  # how many lookaheads were read inside a lookbehind

    def alternatives(self, alternatives: tuple[tuple[_Node, ...], ...], top: bool = False) -> Shape:
        shape = self.sequence(alternatives[0])
        for sequence in alternatives[1:]:
            shape = shape.otherwise(self.sequence(sequence))
        return shape if top or not shape.anchored else Shape(shape.width, shape.reach, shape.empty, shape.last)

    def sequence(self, sequence: tuple[_Node, ...]) -> Shape:
        shape = Shape(0, 0, True, _NO_CHARACTER)
        for node in sequence:
            atom = self.atom(node)
            anchored = node.kind == "end"
            if (node.low, node.high) != (1, 1):
                atom, anchored = atom.times(node.low, node.high), False
            shape = shape.then(atom)
            if anchored:
                shape = Shape(shape.width, shape.reach, shape.empty, shape.last, True)
        return shape

    def atom(self, node: _Node) -> Shape:
        kind = node.kind
        if kind == "char":
            return _char(node.value)
        if kind == "class":
            return _one_of(f"[{node.value}]")
        if kind == "escape":
            return self.escape(node.value)
        if kind == "any":
            return _one_of(".")
        if kind == "start":
            return _zero_width(0)
        if kind == "end":
            if self.behind:
                raise _Unread
            return _zero_width(2)  # the end, or a line break right before it
        if kind in ("group", "ahead", "behind", "flags"):
            return self.group(node)
        raise _Unread  # a brace taken literally or fuzzy, a call, (?#…) …

    def escape(self, escape: str) -> Shape:
        e = escape[1]
        if e in ("p", "P"):
            return _one_of(escape)
        if e in _CLASS_ESCAPES:
            if escape[2:3] == "{":
                raise _Unread  # \x{…}
            return _one_of(escape)
        if e in ("b", "B", "Z") and not self.behind:
            return _zero_width(1)  # reads the character after it
        if e == "A":
            return _zero_width(0)
        raise _Unread  # back references, \L named lists, \X, \K …

    def group(self, node: _Node) -> Shape:
        """A bracketed group: grouping, a lookaround or inline flags."""
        head, kind = node.head, node.kind
        if kind == "flags" or head.endswith(":") and head != "(?:":
            if set(head[2:-1]) - set(_SHAPE_FLAGS):
                raise _Unread  # (?x) (?r) (?V1) (?L) and the like
            self.flagged = True
            if kind == "flags":
                return _zero_width(0)
        elif head == "(?|":
            raise _Unread
        self.ahead_behind += kind == "ahead" and self.behind > 0
        aheads = self.ahead_behind
        self.behind += kind == "behind"
        inner = self.alternatives(node.alternatives)
        self.behind -= kind == "behind"
        if kind == "group":
            return inner
        if kind == "behind":  # a lookahead inside reads on from before here, how far past here not told: ({TOWN})
            return _zero_width(0) if self.ahead_behind == aheads else Shape(0, None, True, _NO_CHARACTER)
        return Shape(0, inner.reach, True, _NO_CHARACTER)


class Ending:
    """What the last character of a subject must be for a pattern anchored at its end ($) to match in it."""

    def __init__(self, last: tuple[frozenset[str], tuple[str, ...]], flags: int):
        self.chars = last[0]
        self.classes = compile_cached("|".join(last[1]), flags) if last[1] else None

    @staticmethod
    @functools.lru_cache(maxsize=128)
    def of(pattern: regex.Pattern) -> Ending | None:
        """None when any subject may hold a match, as far as the pattern's text tells."""
        shape = Shape.of(pattern)
        if shape is None or not shape.anchored or shape.empty or shape.last is None:
            return None
        return Ending(shape.last, pattern.flags)

    @staticmethod
    def tail(subject: str) -> str:
        """Where a match anchored by $ may end in `subject`: its last character, or the one before a
        final line break too."""
        return subject[-2:] if subject[-1:] == "\n" else subject[-1:]

    def allows(self, subject: str) -> bool:
        """Whether a match may end `subject` (what tail() keeps of it decides)."""
        for c in Ending.tail(subject):
            if c in self.chars or (self.classes is not None and self.classes.match(c) is not None):
                return True
        return False


class AtEnd:
    """pattern.search(subject) for a pattern anchored at the end ($), not run when no match can end as
    subject does: its Ending read once, the characters a subject may end in (a final line break let
    through to the search), or None when any may."""

    def __init__(self, pattern: regex.Pattern):
        self.pattern = pattern
        ending = Ending.of(pattern)
        self.last = None if ending is None or ending.classes is not None else ending.chars | {"\n"}

    def search(self, subject: str) -> regex.Match | None:
        return self.pattern.search(subject) if self.last is None or subject[-1:] in self.last else None
