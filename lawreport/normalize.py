"""A length-preserving normalized copy of a report's text.

Every offset the tool reports indexes the original decoded text, so matching
runs on a copy where character i stands for character i of the original:
each character is replaced by exactly one character, never by several or none.

What changes, per character:

* full-width ASCII (U+FF01–FF5E) becomes ASCII (，→,  ；→;  ％→%  ９→9 …) and the
  ideographic space a space; 。、“”‘’《》 stay, they carry meaning ASCII lacks;
* other compatibility characters take their NFKC form when it is one character
  (Kangxi radical ⾏→行, compatibility ideographs, no-break space …), except
  circled, superscript and subscript forms and Number Forms (①, ², Ⅳ): they are
  list markers and exponents, and as plain digits they would glue onto the
  numbers beside them;
* CJK radical-supplement glyphs that PDF extractors emit for the look-alike
  character (⻓→长, ⻔→门 …) take that character;
* traditional characters become simplified (調→调, 於→于), from
  lawreport/data/t2s.tsv (OpenCC, see scripts/build_t2s.py);
* dashes: hyphens and the minus sign (‐ ‑ ‒ − －) become '-'; an em or en dash
  (— –) becomes '-' only alone between two ASCII digits (2021—2025年), because
  elsewhere it is the Chinese dash (——), which is punctuation, not a range.
"""

from __future__ import annotations

import re  # not `regex`: re compiles a large BMP class to a bitmap, ~100x faster here
import unicodedata
from functools import cache
from importlib.resources import files
from itertools import islice

# Frequent in Chinese text; str.replace is far faster for them than a lookup.
_FREQUENT = ("，", "；", "：", "（", "）", "％", "！", "？", "\u3000")
_ALWAYS_HYPHEN = "\u2010\u2011\u2012\u2212"  # － is full-width ASCII
# The dash first, so the engine can skip ahead to it: ~3x faster than a lookbehind first.
_RANGE_DASH = re.compile(r"[\u2013\u2014](?<=[0-9][\u2013\u2014])(?=[0-9])")
# Runs sampled to tell traditional text (a run every few characters: one
# translate() over everything is faster) from simplified text (split on runs).
_SAMPLE_RUNS = 256
_DENSE_SPAN = 16 * _SAMPLE_RUNS
# NFKC forms kept apart: markers and exponents, not the plain digit or letter.
_KEEP_TAGS = frozenset({"<circle>", "<super>", "<sub>"})
_KEEP_BLOCKS = ((0x2150, 0x218F),)  # Number Forms: fractions, roman numerals
# Code points searched for NFKC changes: planes 0-1 and the plane-2
# compatibility ideographs hold every compatibility decomposition.
_NFKC_SPANS = ((0x00A0, 0x20000), (0x2F800, 0x2FA20))
_RADICAL_GLYPHS = {
    "⺠": "民", "⻄": "西", "⻅": "见", "⻆": "角", "⻉": "贝", "⻋": "车",
    "⻓": "长", "⻔": "门", "⻘": "青", "⻙": "韦", "⻚": "页", "⻛": "风",
    "⻜": "飞", "⻝": "食", "⻢": "马", "⻣": "骨", "⻤": "鬼", "⻥": "鱼",
    "⻦": "鸟", "⻧": "卤", "⻨": "麦", "⻩": "黄", "⻬": "齐", "⻮": "齿",
    "⻰": "龙",
}


def _load_t2s() -> dict[str, str]:
    text = files("lawreport").joinpath("data", "t2s.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {trad: simp for trad, simp in rows}


def _nfkc_single(char: str) -> str | None:
    """The NFKC form of char when it is one other character we accept."""
    if unicodedata.is_normalized("NFKC", char):
        return None
    form = unicodedata.normalize("NFKC", char)
    if len(form) != 1:
        return None
    tag = unicodedata.decomposition(char).partition(" ")[0]
    if tag in _KEEP_TAGS or any(lo <= ord(char) <= hi for lo, hi in _KEEP_BLOCKS):
        return None
    return form


@cache
def _tables() -> tuple[dict[int, str], re.Pattern[str]]:
    """Build the translation table once, on first use (some 30 ms), not at import."""
    t2s = _load_t2s()
    mapping: dict[str, str] = {}
    for lo, hi in _NFKC_SPANS:
        for cp in range(lo, hi):
            form = _nfkc_single(chr(cp))
            if form is not None:
                mapping[chr(cp)] = form
    mapping.update(_RADICAL_GLYPHS)
    mapping.update({c: "-" for c in _ALWAYS_HYPHEN})
    mapping.update({chr(cp): chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)})
    mapping["\u3000"] = " "
    mapping = {src: t2s.get(dst, dst) for src, dst in mapping.items()}
    for trad, simp in t2s.items():
        mapping.setdefault(trad, simp)
    table = {ord(src): dst for src, dst in mapping.items() if src != dst}
    # BMP characters compile to a bitmap, searched at near memory speed; every
    # astral character (rare) joins a run as one range and translate() sorts it out.
    bmp = "".join(sorted(chr(cp) for cp in table if cp < 0x10000 and chr(cp) not in _FREQUENT))
    return table, re.compile("([" + re.escape(bmp) + "\U00010000-\U0010ffff]+)")


def normalize(text: str) -> str:
    """Return the normalized copy of text; len(result) == len(text), always."""
    if text.isascii():  # O(1), and no ASCII character is ever mapped
        return text
    table, runs = _tables()
    for char in _FREQUENT:
        if char in text:
            text = text.replace(char, table[ord(char)])
    sample = list(islice(runs.finditer(text), _SAMPLE_RUNS))
    if len(sample) == _SAMPLE_RUNS and sample[-1].end() < _DENSE_SPAN:
        text = text.translate(table)
    elif sample:
        parts = runs.split(text)
        parts[1::2] = [part.translate(table) for part in parts[1::2]]
        text = "".join(parts)
    if "\u2013" in text or "\u2014" in text:
        text = _RANGE_DASH.sub("-", text)
    return text
