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

Everything but the em/en dash is decided per character, ahead of time:
scripts/build_t2s.py writes the table to lawreport/data/chars.tsv.
"""

from __future__ import annotations

import re  # not `regex`: re compiles a large BMP class to a bitmap, ~100x faster here
import unicodedata
from bisect import bisect_left
from functools import cache
from importlib.resources import files
from itertools import islice

# Radical glyphs a PDF's fonts map for the ideograph they look like. The Kangxi
# radicals (U+2F00-U+2FD5: ⾏ for 行) have it as their NFKC form; these, from the
# radicals supplement, have none. Both kinds become the ideograph here (through
# chars.tsv, see scripts/build_t2s.py) and in the PDF reader (radical_ideographs).
KANGXI_RADICALS = range(0x2F00, 0x2FD6)
RADICAL_GLYPHS = {
    "⺠": "民", "⻄": "西", "⻅": "见", "⻆": "角", "⻉": "贝", "⻋": "车",
    "⻓": "长", "⻔": "门", "⻘": "青", "⻙": "韦", "⻚": "页", "⻛": "风",
    "⻜": "飞", "⻝": "食", "⻢": "马", "⻣": "骨", "⻤": "鬼", "⻥": "鱼",
    "⻦": "鸟", "⻧": "卤", "⻨": "麦", "⻩": "黄", "⻬": "齐", "⻮": "齿",
    "⻰": "龙",
}
# Frequent in Chinese text; str.replace is far faster for them than a lookup.
_FREQUENT = ("，", "；", "：", "（", "）", "％", "！", "？", "\u3000")
# The dash first, so the engine can skip ahead to it: ~3x faster than a lookbehind first.
_RANGE_DASH = re.compile(r"[\u2013\u2014](?<=[0-9][\u2013\u2014])(?=[0-9])")
# Runs sampled to tell traditional text (a run every few characters: one
# translate() over everything is faster) from simplified text (split on runs).
_SAMPLE_RUNS = 256
_DENSE_SPAN = 16 * _SAMPLE_RUNS


class _Table(dict):
    """str.translate's table, filled in per character on first sight.

    Building all 7,000 entries up front would add a millisecond to each start,
    and a report meets a few hundred characters. Those that stay are cached
    as themselves, which spares translate() a KeyError for each occurrence.
    """

    def __init__(self, sources: str, targets: str) -> None:
        super().__init__()
        self.sources, self.targets = sources, targets  # sorted sources; target i is for source i

    def __missing__(self, cp: int) -> str:
        char = chr(cp)
        i = bisect_left(self.sources, char)
        self[cp] = value = self.targets[i] if self.sources[i:i + 1] == char else char
        return value


@cache
def _tables() -> tuple[_Table, re.Pattern[str]]:
    """Load the translation table on first use, in 3 ms (deriving it took 30).

    lawreport/data/chars.tsv holds it precomputed by scripts/build_t2s.py from
    the rules above: after the header, a line with the class of its sources
    below U+10000, then one pair a line, each exactly source, tab, target, newline.
    """
    text = files("lawreport").joinpath("data", "chars.tsv").read_text(encoding="utf-8")
    start = 0
    while text.startswith("#", start):
        start = text.index("\n", start) + 1
    bmp_class, _, pairs = text[start:].partition("\n")
    # BMP characters compile to a bitmap, searched at near memory speed; every
    # astral character (rare) joins a run as one range and translate() sorts it out.
    return _Table(pairs[0::4], pairs[2::4]), re.compile(f"([{bmp_class}\U00010000-\U0010ffff]+)")


@cache
def radical_ideographs() -> dict[int, str]:
    """str.translate's table from every radical glyph to its ideograph (⾏→行, ⻓→长), one character each."""
    table = {cp: unicodedata.normalize("NFKC", chr(cp)) for cp in KANGXI_RADICALS}
    table.update({ord(glyph): ideograph for glyph, ideograph in RADICAL_GLYPHS.items()})
    return table


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
