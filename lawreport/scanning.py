"""Finding a pattern's matches from where they may start, for patterns that match rarely.

``finditer`` tries a pattern at every character, and the regex engine only skips
ahead fast to a single literal: a pattern that opens with a class (\\p{Han}, [全本],
(?:19|20)), or an alternation of such, costs tens of nanoseconds a character. Where
a cheap scan finds every offset a match may start at (after a literal found with
str.find, or where one of the pattern's top-level alternatives matches: each of
them alone may open with a literal the engine finds fast), `matches_from` tries the
pattern there only, and gives what finditer gives.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import pairwise

import regex


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
            m = pattern.match(text, start, bound(start) if bound else len(text))
            if m is not None:
                found.append(m)
                pos = m.end() if m.end() > start else start + 1
    return found


def literal_starts(text: str, literal: str, *before: int) -> list[int]:
    """Offsets `before` characters ahead of each occurrence of `literal` (0: the occurrence), none before the text."""
    found: list[int] = []
    i = text.find(literal)
    while i >= 0:
        found.extend(i - shift for shift in before if i >= shift)
        i = text.find(literal, i + 1)
    return found


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of `pattern` (A|B, or (?:A|B) as a whole), each with the flags
    that open the pattern ((?m)A|B → (?m)A, (?m)B), or the pattern alone when it is not
    self-contained or is verbose."""
    flags = _LEADING_FLAGS.match(pattern)
    prefix = flags.group(0) if flags else ""
    if "x" in prefix:
        return [pattern]
    body = pattern[len(prefix):]
    inner = body[3:-1] if body.startswith("(?:") and _closing(body, 0) == len(body) - 1 else body
    bars = _top_level_bars(inner)
    if bars is None:
        return [pattern]
    cuts = [-1, *bars, len(inner)]
    return [prefix + inner[a + 1:b] for a, b in pairwise(cuts)]


_LEADING_FLAGS = regex.compile(r"\(\?[a-zA-Z0-9]+\)")  # (?m), (?iV1): flags for the whole pattern


def self_contained(pattern: str) -> bool:
    """Whether `pattern` means the same split into its alternatives or joined with other patterns:
    it has no inline flags (whose reach would change) and no back references (whose group would
    be renumbered)."""
    return _top_level_bars(pattern) is not None


def _top_level_bars(pattern: str) -> list[int] | None:
    """Offsets of the | that part `pattern`'s top-level alternatives; None when not self-contained."""
    bars, depth, i = [], 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            if pattern[i + 1:i + 2] in _BACK_REFERENCE:
                return None
            i += 1
        elif c == "[":
            i = _class_end(pattern, i)
        elif c == "(":
            kind = pattern[i + 2:i + 3] if pattern.startswith("(?", i) else ""
            if (kind.isalnum() or kind == "&") and not pattern.startswith("(?P<", i):
                return None  # flags (?i), or a call of a group by its number or name: (?1), (?&name), (?R)
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            bars.append(i)
        i += 1
    return bars


_BACK_REFERENCE = set("123456789gk")  # \1, \g<name>, \k<name>


def _closing(pattern: str, opening: int) -> int:
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


def _class_end(pattern: str, opening: int) -> int:
    """The offset of the ] that closes the class opening at `opening` (a ] first in the class is a member)."""
    i = opening + 1
    if pattern.startswith("^", i):
        i += 1
    if pattern.startswith("]", i):
        i += 1
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i
