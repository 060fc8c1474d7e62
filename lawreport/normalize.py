"""The normalized copy of a report's text that every rule matches against.

Every offset the tool reports indexes the original decoded text. normalize()
keeps the length: each character is replaced by exactly one character, never
by several or none, so character i of its copy stands for character i of the
original. normalize_mapped() also drops what is not the report's text, the
pinyin a conversion mirror writes after characters (調(diào)解 → 调解), the form feed a PDF's text layer ends a page with, the characters
that show nothing (a zero-width space, a soft hyphen: 调解\u200b成功率 → 调解成功率), the
carriage returns of CRLF line ends (a CR alone or U+2028 becomes LF), the line breaks of text wrapped at a
fixed width (出庭应诉\n率 → 出庭应诉率, see structure.wrap_breaks) and of a phrase split between two full
lines of a paragraph where the lines are too unlike for that (纠错率高\n达55.6%), the banners of
document-sharing sites ([banners] in the catalog: 某某范文网—资源每日更新www.example.com), the
spaces a PDF or word processor puts inside a date (2021 年 3 月 → 2021年3月), a space a web page's line break
left inside a metric's label (调解 成功率98.5% → 调解成功率98.5%; two spaces or a tab so, or one before a label's
connectors: 调解成功率 为98.5%), the spaces of a line a PDF spaced, whole or a sentence of it
(受 理 案 件 1 2 3 件 → 受理案件123件), and the ? or U+FFFD a
conversion left for a lost character inside a figure's statement (调解成功?率98.5%, 行政复议案件?35件); where such
a mark stands inside a metric's label for the one character that makes it a label (行政复议?错率为12%), the copy reads
that character at the mark (_lost_in_labels), the text as written keeps it. normalize_mapped() returns
with the copy an OffsetMap that takes its offsets back to the original; when
nothing is dropped, the map is the identity and costs nothing.

What changes, per character:

* full-width ASCII (U+FF01–FF5E) becomes ASCII (，→,  ；→;  ％→%  ９→9 …) and the
  ideographic space a space; 。、“”‘’《》 stay, they carry meaning ASCII lacks;
* other compatibility characters take their NFKC form when it is one character
  (Kangxi radical ⾏→行, compatibility ideographs, no-break space …), except
  circled, superscript and subscript forms and Number Forms (①, ², Ⅳ): they are
  list markers and exponents, and as plain digits they would glue onto the
  numbers beside them;
* the corner brackets of Taiwan and Hong Kong, which conversion mirrors write for
  quotation marks, become those marks (「一次辦結」率 → “一次办结”率, 『』 → ‘’), and so
  do their vertical and half-width forms;
* CJK radical-supplement glyphs that PDF extractors emit for the look-alike
  character (⻓→长, ⻔→门 …) take that character;
* traditional characters become simplified (調→调, 於→于), and so do their
  Hong Kong and Taiwan forms (衞→卫), from lawreport/data/t2s.tsv (OpenCC,
  see scripts/build_t2s.py);
* then words that conversion mirrors swap take the mainland word of the same
  length (资讯→信息, 社群→社区, 覆议→复议), from lawreport/data/words.tsv;
* the ratio sign ∶ becomes ':' (复议诉讼比1.8∶1);
* an ideographic full stop written for a decimal point, between one to three digits and one or two digits
  right before a percent sign (纠错率达11。3%, as some reprint sites convert a point), becomes '.'; elsewhere
  it ends a sentence (纠错12件。3月起…, 信息97。2023年…);
* dashes: hyphens and the minus sign (‐ ‑ ‒ − －) become '-'; an em or en dash
  (— –) becomes '-' only alone between two ASCII digits (2021—2025年), because
  elsewhere it is the Chinese dash (——), which is punctuation, not a range;
* zeros written with a look-alike, the white circle ○ or the letter O, become
  〇 next to a Chinese digit (二○○九年, 二OO九年 → 二〇〇九年); elsewhere ○ is a
  bullet or a blank (○○县) and O a letter; so do, in a year, the digit 0 typed for it
  and the ? or U+FFFD a conversion to Big5 or GB2312, which lack 〇, left for it
  (二0二三年, 二?二三年 → 二〇二三年);
* a year written in Chinese digits (二〇二三年, 一九九八年度) takes Arabic digits, so that every
  rule reading a year reads this one too; not in a date written in words (二〇二四年五月十日),
  which the date rules read as it stands.

Everything but the words, dashes, zeros and years is decided per character, ahead of
time: scripts/build_t2s.py writes the table to lawreport/data/chars.tsv.
"""

# Annotations are evaluated, not kept as strings (no `from __future__ import annotations`): typing compiles each
# string field of a NamedTuple when the class is made, some 140 K instructions a field at start-up.

import re  # not `regex`: re compiles a large BMP class to a bitmap, ~100x faster here
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import cache
from html import unescape
from itertools import chain, islice, pairwise
from typing import TYPE_CHECKING, NamedTuple

from .catalog import Catalog, after_notes, compile_re_cached, get_catalog, read_data
from .dates import year_number
from .derive import from_catalog
from .scanning import literal_starts, longest_first, longest_word, may_hold_words, words_search
from .structure import (
    HEADING_NUMBERING,
    LINE_BLANKS,
    LIST_SEPARATOR,
    NUMBER_ALONE,
    PAUSES,
    SENTENCE_MARKS,
    ends_sentence,
    page_breaks,
    runs_on,
    wrap_breaks,
)

if TYPE_CHECKING:
    from regex import Pattern  # a string annotation: the catalog's patterns are loaded without regex's parser

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
# The dash first, so the engine can skip ahead to it: ~3x faster than a lookbehind first. One pattern a dash: `re`
# skips ahead to a literal several times faster than it tests every character against a class of the two.
_RANGE_DASHES = tuple((dash, compile_re_cached(rf"{dash}(?<=[0-9]{dash})(?=[0-9])")) for dash in "\u2013\u2014")
# A full stop between digits that is a decimal point: one to three digits before it, one or two and a percent sign
# after it (11。3%). The stop first, so the engine skips ahead to it; the digits before it by two fixed lookbehinds.
_DECIMAL_STOP = compile_re_cached(r"。(?<=[0-9]。)(?<![0-9]{4}。)(?=[0-9]{1,2}%)")
# A letter O only after a Chinese digit (二O一O), a white circle on either side (○○九).
_ZERO_LOOKALIKES = compile_re_cached(r"(?<=[〇零一二三四五六七八九])[○O]+|○+(?=[〇零一二三四五六七八九])")
# A year in Chinese digits (二〇二三年), 19xx or 20xx, not part of a longer numeral nor followed by a month in words.
_CN_YEAR = compile_re_cached(
    r"(?<![〇零一二三四五六七八九十百千万两])[一二][〇零九][〇零一二三四五六七八九]{2}(?=年(?![〇零一二三四五六七八九十]{1,3}月))"
)
# A 〇 of such a year, 2000 to 2099, typed as the digit 0 (二0二三年, 二００六年三月十四日), or lost by a conversion (二?二三年,
# 二\ufffd二四年一月十日): neither Big5 nor GB2312 holds 〇, so a page converted to either writes a ? (or, decoded so,
# U+FFFD) for it, and for no other character of a year. An ASCII ? only: a full-width ？ is a question's, and
# normalize() reads the year before it writes ？ as ?. 二 first, so that the engine skips ahead to it.
_YEAR_ZERO = compile_re_cached(
    r"二(?<![〇零一二三四五六七八九十百千万两0-9０-９]二)[?\ufffd〇零0０][?\ufffd〇零0０一二三四五六七八九]{2}(?=年)")
# What a year's 〇 so written holds: a mark, or 二 before a digit 0 (most texts hold none of them), each hint after the
# character it is looked for by first (_holds_hint).
_YEAR_ZERO_HINTS = (("?", "?"), ("\ufffd", "\ufffd"), ("0", "二0"), ("０", "二０"))
_AS_ZERO = dict.fromkeys(map(ord, "?\ufffd0０"), "〇")
# How every such year opens. The second character of each is the rarer (一 and 二 are among the commonest): it is looked
# for first, by str.find of one character (memchr), some ten times faster than a search for two characters.
_CN_YEAR_OPENINGS = ("二〇", "二零", "一九")
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
    bmp_class, _, pairs = after_notes(read_data("chars.tsv")).partition("\n")
    # BMP characters compile to a bitmap, searched at near memory speed; every
    # astral character (rare) joins a run as one range and translate() sorts it out.
    # A run opens with the class itself, not a group or a repeat of it: then `re` skips ahead to a
    # character of the class without trying a match at every other one (half the time of the scan).
    mapped = f"[{bmp_class}\U00010000-\U0010ffff]"
    return _Table(pairs[0::4], pairs[2::4]), compile_re_cached(f"{mapped}{mapped}*")


@cache
def radical_ideographs() -> dict[int, str]:
    """str.translate's table from every radical glyph to its ideograph (⾏→行, ⻓→长), one character each."""
    table = {cp: unicodedata.normalize("NFKC", chr(cp)) for cp in KANGXI_RADICALS}
    table.update({ord(glyph): ideograph for glyph, ideograph in RADICAL_GLYPHS.items()})
    return table


@cache
def _words() -> tuple[re.Pattern[str], dict[str, str]]:
    """The word swaps of lawreport/data/words.tsv, each source and target of one length: one pattern
    matching any source (the longest where two start alike), and the target of each. A row whose
    target is its source keeps a word that holds another source (渗透过程 holds 透过) as written."""
    text = read_data("words.tsv")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    targets = {source: target for source, target in rows}
    return compile_re_cached(longest_word(targets)), targets


@cache
def _longest_word() -> int:
    """The length of the longest source of _words()."""
    return max(map(len, _words()[1]))


@cache
def _word_characters() -> frozenset[str]:
    """The characters of the sources of _words(): a junction between two characters not both among them splits none."""
    return frozenset("".join(_words()[1]))


def _words_across(copy: str, junctions: list[int]) -> str:
    """copy with the words of _words() that a dropped line or page break had split (行政覆 / — 3 — / 議案件, where
    normalize() read each half alone: 行政覆议) swapped as a word written whole is; `junctions` are where the breaks were
    dropped. Of a word read whole, its target is no source again: only the words a junction is inside are looked at."""
    words, targets = _words()
    reach, held = _longest_word() - 1, _word_characters()
    swaps: list[tuple[int, str]] = []
    for junction in junctions:
        if copy[junction - 1:junction] not in held or copy[junction:junction + 1] not in held:
            continue  # (most junctions: a word across one holds the characters on both sides)
        for m in words.finditer(copy, max(0, junction - reach), junction + reach):
            if m.start() < junction < m.end():
                swaps += zip(range(m.start(), m.end()), targets[m.group()])
    return _written_at(copy, swaps) if swaps else copy


def _holds_hint(text: str, first: str, hint: str) -> bool:
    """Whether text holds a gate's hint of one or two characters, looked for first by one of its characters (the
    rarer): str.find of one character (memchr) costs some tenth of a search for two, which most texts then skip."""
    return first in text and (hint == first or hint in text)


def normalize(text: str) -> str:
    """Return the normalized copy of text; len(result) == len(text), always."""
    if text.isascii():  # O(1), and no ASCII character is ever mapped
        return text
    table, runs = _tables()
    if any(_holds_hint(text, first, hint) for first, hint in _YEAR_ZERO_HINTS):
        text = _YEAR_ZERO.sub(lambda m: m.group().translate(_AS_ZERO), text)
    for char in _FREQUENT:
        if char in text:
            text = text.replace(char, table[ord(char)])
    found = runs.finditer(text)
    sample = list(islice(found, _SAMPLE_RUNS))
    if len(sample) == _SAMPLE_RUNS and sample[-1].end() < _DENSE_SPAN:
        text = text.translate(table)
    elif sample:  # the scan goes on from the sample: the text is read once
        parts: list[str] = []
        previous = 0
        for m in chain(sample, found):
            start, end = m.span()
            parts += (text[previous:start], m.group().translate(table))
            previous = end
        parts.append(text[previous:])
        text = "".join(parts)
    # One scan for every word: a scan per word, even one per character of it, costs more with a few dozen words.
    words, targets = _words()
    if words.search(text) is not None:
        text = words.sub(lambda m: targets[m.group()], text)
    for dash, pattern in _RANGE_DASHES:
        if dash in text:
            text = pattern.sub("-", text)
    if "%" in text:
        text = _DECIMAL_STOP.sub(".", text)
    if "○" in text or "O" in text:
        text = _ZERO_LOOKALIKES.sub(lambda m: "〇" * len(m.group()), text)
    if any(_holds_hint(text, opening[1], opening) for opening in _CN_YEAR_OPENINGS):  # most texts hold none
        text = _CN_YEAR.sub(lambda m: str(year_number(m.group())), text)
    return text


# A pinyin annotation: one syllable in parentheses right after a Han character,
# written with a tone mark (調(diào)) or as one of the toneless syllables of
# neutral tone (們(men)), a space before its closing parenthesis or not (會(huì )議, as
# a mirror may set it). The parenthesis first, so the engine skips to it.
_TONE_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN_LETTERS = "a-zü" + _TONE_VOWELS
_NEUTRAL_SYLLABLES = ("me", "men", "de", "le", "zi", "ne", "ma", "ba", "zhe")
_ANNOTATION = compile_re_cached(
    rf"[(（](?<=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f][(（])"
    rf"(?:[{_PINYIN_LETTERS}]{{0,5}}[{_TONE_VOWELS}][{_PINYIN_LETTERS}]{{0,5}}"
    rf"|{'|'.join(sorted(_NEUTRAL_SYLLABLES, key=len, reverse=True))}) ?[)）]"
)

# Where an annotation may open: a parenthesis before a letter of pinyin. A pattern for each parenthesis:
# `re` skips ahead fast to a literal, and one led by the class [(（] reads every character slowly.
_ANNOTATION_OPENINGS = tuple((paren, compile_re_cached(rf"{re.escape(paren)}[{_PINYIN_LETTERS}]")) for paren in "(（")

class OffsetMap(NamedTuple):
    """Takes offsets of the matching copy back to the original text.

    The copy is the original with some runs dropped. cuts[i] is the offset in
    the copy where the i-th dropped run was, shifts[i] the number of original
    characters dropped up to and including it. A span of the copy keeps the
    runs dropped inside it (調解 → 調(diào)解) and leaves out those at its ends.
    """

    cuts: tuple[int, ...] = ()
    shifts: tuple[int, ...] = ()

    @classmethod
    def dropping(cls, runs: list[tuple[int, int]]) -> "OffsetMap":
        """The map of a copy that drops the given sorted, disjoint [start, end) runs of the original."""
        cuts: list[int] = []
        shifts: list[int] = []
        dropped = 0
        for start, end in runs:
            if cuts and cuts[-1] == start - dropped:
                shifts[-1] += end - start  # touches the run before: one run
            else:
                cuts.append(start - dropped)
                shifts.append(dropped + end - start)
            dropped = shifts[-1]
        return cls(tuple(cuts), tuple(shifts))

    def start(self, offset: int) -> int:
        """The original offset of a span starting at offset: after any run dropped there."""
        i = bisect_right(self.cuts, offset)
        return offset + self.shifts[i - 1] if i else offset

    def end(self, offset: int) -> int:
        """The original offset of a span ending at offset: before any run dropped there."""
        i = bisect_left(self.cuts, offset)
        return offset + self.shifts[i - 1] if i else offset

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original [start, end) of the copy's [start, end); an empty span stays empty."""
        if not self.cuts:
            return start, end
        original_start = self.start(start)
        return original_start, max(original_start, self.end(end))


IDENTITY = OffsetMap()


def _annotations(text: str) -> list[tuple[int, int]]:
    """The [start, end) runs of text's pinyin annotations, in order: tried only where a parenthesis opens
    before a letter of pinyin, which few of a report's parentheses do."""
    runs = []
    openings = [opening for paren, opening in _ANNOTATION_OPENINGS if paren in text]  # a copy holds no （
    for i in sorted(m.start() for opening in openings for m in opening.finditer(text)):
        m = _ANNOTATION.match(text, i)
        if m is not None:
            runs.append(m.span())  # an annotation holds no parenthesis inside: the runs are disjoint
    return runs


def _without(text: str, runs: list[tuple[int, int]]) -> str:
    """text without the given sorted, disjoint [start, end) runs."""
    kept, previous = [], 0
    for start, end in runs:
        kept.append(text[previous:start])
        previous = end
    kept.append(text[previous:])
    return "".join(kept)


def strip_annotations(text: str) -> tuple[str, OffsetMap]:
    """text without its pinyin annotations, and the map back to text."""
    runs = _annotations(text)
    if not runs:
        return text, IDENTITY
    return _without(text, runs), OffsetMap.dropping(runs)


class Original(NamedTuple):
    """A report's decoded text seen through the offsets of its matching copy.

    text is the original; copy is what the rules match; written is the
    original with the dropped runs left out, character i of it the one copy[i]
    stands for (traditional characters as written, for labels and names).
    annotations holds where each dropped annotation starts in the original.
    """

    text: str
    copy: str
    written: str
    offsets: OffsetMap
    annotations: tuple[int, ...] = ()

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original [start, end) of the copy's [start, end)."""
        return self.offsets.span(start, end)

    def slice(self, start: int, end: int) -> str:
        """The original text of the copy's [start, end), dropped runs inside it included."""
        original_start, original_end = self.offsets.span(start, end)
        return self.text[original_start:original_end]

    def annotated(self, start: int, end: int) -> bool:
        """Whether the original of the copy's [start, end) holds an annotation the copy dropped."""
        original_start, original_end = self.offsets.span(start, end)
        return bisect_right(self.annotations, original_end) > bisect_left(self.annotations, original_start)

    def glossed_end(self, original_end: int) -> int:
        """original_end carried over the annotation opening there, its last character's (…已建成82個(gè)): the copy's
        span ends before it, though it is part of a title as a conversion mirror writes it."""
        at = bisect_left(self.annotations, original_end)
        if at == len(self.annotations) or self.annotations[at] != original_end:
            return original_end
        m = _ANNOTATION.match(self.text, original_end)
        return m.end() if m is not None else original_end


# A space inside a date, between a number and 年/月/日 or between 年/月 and the day or month after it.
_DATE_SPACE = compile_re_cached(r"(?<=[0-9]) (?=[年月日])|(?<=[年月]) (?=[0-9]{1,2} ?[月日])")


# What every space inside a date comes right before: one scan for the space, which `re` skips ahead to.
_DATE_SPACE_BEFORE_UNIT = compile_re_cached(r" [年月日]")

# Blanks beside the decimal point of a percentage, as a PDF's justified line or a scan's reading leaves them (调解成功率
# 98. 7%, 98 .7%, 98 . 7%): one to three digits after a Han character (a blank between them or not) before the point,
# one or two digits and the percent sign after it. Not a list's number opening a line or a clause (1. 5%的案件…,
# ;2. 5%…), nor a point before words (达98. 全年…). The blanks in group 1 and group 2; what stands before the digits is
# read by _point_spaces: a pattern opening with a digit, which `re` skips ahead to, where one opening with lookbehinds
# was tried at every position of a text holding a list's "1. ".
_POINT_SPACE = compile_re_cached(r"[0-9]{1,3}( *)\.( *)(?=[0-9]{1,2} ?%)")


# Characters that show nothing and part no words, which a web page's editor or a copy out of a chat app leaves inside
# a text (调解\u200b成功率, 行政&zwnj;复议): the zero-width space, non-joiner and joiner, the word joiner, a byte-order
# mark past the text's start and the soft hyphen; and the form feed a PDF's text layer writes after each page's last
# line break (as pdftotext does, opening the next page's first line: 办结1\n\f18件), which that line break keeps apart (a
# form feed after no line break stays: 办结1\f18件 is no 118).
# Dropped like a CR of CRLF, so that no rule reads a word split by one, and a sentence split by a page is read as one
# wrapped line (structure.wrap_breaks, _split_phrases) or a page break (structure.page_breaks) across it.
# The commonest first; `in` per character: a pattern's class would test every character of the text (ten times slower).
_INVISIBLE = ("\u200b", "\ufeff", "\u00ad", "\u200c", "\u200d", "\u2060")
_PAGE_END = "\n\f"  # the form feed, dropped only after a line break


def _invisibles(text: str) -> list[tuple[int, int]]:
    """The [start, end) of each character of _INVISIBLE in text, in order."""
    present = [char for char in _INVISIBLE if char in text]
    if not present and _PAGE_END[1] not in text:
        return []  # most texts
    feeds = [(i + 1, i + 2) for i in literal_starts(text, _PAGE_END)] if _PAGE_END[1] in text else []
    return sorted([(i, i + 1) for char in present for i in literal_starts(text, char)] + feeds)


# Two U+FFFD in a row stand for one character a strict GB2312 decoder lost: a character GBK adds whose second byte
# GB2312 never has (〇 among them), a mark for each byte. The second is dropped, so that the one left reads as a single
# mark does (二\ufffd\ufffd二三年 → 二〇二三年: _YEAR_ZERO; 行政复\ufffd\ufffd议: _stray_marks).
def _doubled_marks(text: str) -> list[tuple[int, int]]:
    """The [start, end) of the second U+FFFD of each pair in text, pairs taken from the left."""
    if not _holds_hint(text, "\ufffd", "\ufffd\ufffd"):
        return []  # most texts
    runs, at = [], text.find("\ufffd\ufffd")
    while at >= 0:
        runs.append((at + 1, at + 2))
        at = text.find("\ufffd\ufffd", at + 2)
    return runs


# An HTML character reference a page's text kept as written where its markup was taken off (调解成功率&nbsp;98.5%,
# &ldquo;一次办结&rdquo;率, 受理案件&#160;123&#160;件; escaped twice, &amp;nbsp;): the copy reads the character it stands for
# at its &, and drops the rest of it, so that no rule reads the letters of its name or its ; as a clause's end. A tag
# left in the text that breaks a line (<br />, <p>, </div>) reads as a line break at its <, the rest dropped.
_ENTITY = compile_re_cached(r"&(?:amp;)?(?:[A-Za-z][A-Za-z0-9]{1,7}|#[0-9]{2,7}|#[xX][0-9A-Fa-f]{2,6});")
_BREAKING_TAG = compile_re_cached(r"(?i)<(?:br|/?(?:p|div|li|tr|h[1-6]))(?:\s[^<>\n]{0,300})?/?>")
# A tag left in the text that marks words up inside a line (调解成功率<b>98.5%</b>, <span style="…">, <font …>): dropped.
_INLINE_TAG = compile_re_cached(
    r"(?i)</?(?:b|strong|span|font|em|i|u|a|sup|sub|small|big|mark|ins|del|s|strike)(?:\s[^<>\n]{0,300})?>")
# The bold marks of text converted to markdown, as they set a figure apart (受理行政复议案件**123**件, **123件**,
# 调解成功率**98.5%**), or close a label right before its figure (**调解成功率**98.5%): dropped. A bold line or heading
# (**一、主要成效**) keeps them, for the structure's rules; so does a run of stars hiding a name (平安**建设) or a
# year's digits (20**年度), which opens no pair around a figure.
_HAN = "\u4e00-\u9fff"  # the ideographs these patterns and the stray marks' and spaces' below class as Han
_FIGURE_BOLD = compile_re_cached(rf"(\*{{2,3}})[0-9][0-9,.]*(?:%|‰|[万余多]?[{_HAN}]{{0,2}})(\*{{2,3}})")
_LABEL_BOLD = compile_re_cached(rf"(?<=[{_HAN}])\*{{2,3}}(?=[0-9])")


# What two U+FFFD become when their UTF-8 bytes are read as GBK: the mark of one lost character (_doubled_marks), read
# as one U+FFFD at its first character (行政复锟斤拷议 → 行政复\ufffd议, 二锟斤拷二四年 → 二\ufffd二四年).
_LOST_IN_GBK = "锟斤拷"


def _read_as(text: str) -> list[tuple[int, int, str]]:
    """The [start, end) of each character reference of text that stands for one character, of each tag that breaks
    a line and of each 锟斤拷, with the character it reads as."""
    found = [(at, at + len(_LOST_IN_GBK), "\ufffd") for at in literal_starts(text, _LOST_IN_GBK)] if "锟" in text else []
    if "&" in text:
        for m in _ENTITY.finditer(text):
            char = unescape(unescape(m.group()))
            if len(char) == 1:
                found.append((m.start(), m.end(), char))
    if "<" in text:
        found += [(*m.span(), "\n") for m in _BREAKING_TAG.finditer(text)]
    return sorted(found)


def _markup(text: str) -> list[tuple[int, int]]:
    """The [start, end) of each inline tag and of each bold mark setting a figure apart, in order."""
    runs = [m.span() for m in _INLINE_TAG.finditer(text)] if "<" in text else []
    if _holds_hint(text, "*", "**"):
        runs += [span for m in _FIGURE_BOLD.finditer(text) for span in (m.span(1), m.span(2))]
        runs += [m.span() for m in _LABEL_BOLD.finditer(text)]
    return sorted(runs)


# Line ends other than LF and CRLF, each a line break to every rule: a CR alone (a file from an old Mac,
# or one whose lines were joined from files with different ends) and Unicode's line and paragraph separators.
_OTHER_LINE_ENDS = ("\r", "\u2028", "\u2029")
_AS_NEWLINE = dict.fromkeys(map(ord, _OTHER_LINE_ENDS), "\n")


# What a banner's site word may follow in its name (5A范文网); LINE_BLANKS pad a banner on its line.
_SITE_PREFIX = compile_re_cached(r"[A-Za-z0-9]{1,8}\Z")
# What may open a line before a banner and be the rest of the site's name (某某之家—, 某某 of 某某范文网): its start is
# unknown, so the line is left whole to the rules of whole lines (a title's furniture, [metadata] title_furniture).
_NAME_OPENING_LINE = compile_re_cached(r"(?:^|\n)[ \t]*[\u4e00-\u9fffA-Za-z0-9]{1,8}[-—–~|·・ \t]*\Z")


@from_catalog
def _banner_words(catalog: Catalog) -> re.Pattern[str] | None:
    """One search for the words one of which every banner holds (catalog.banner_words)."""
    return words_search(catalog.banner_words)


def _banners(copy: str) -> list[tuple[int, int]]:
    """The [start, end) runs of the banners a document-sharing site wrote into copy (catalog [banners]), each with
    the spaces around it and, before a site's word, the letters and digits of the site's name; no site's banner
    after a line's opening words that may be the rest of its name."""
    if not may_hold_words(_banner_words(), copy):
        return []  # most texts: the banner's pattern opens with no literal, and is tried at every character
    runs = []
    for m in get_catalog().banner.finditer(copy):
        start, end = m.span()
        if m.start("site") == start:
            prefix = _SITE_PREFIX.search(copy, max(0, start - 8), start)
            if prefix is not None:
                start = prefix.start()
        if m.start("notice") < 0 and _NAME_OPENING_LINE.search(copy, max(0, start - 16), start) is not None:
            continue
        while start and copy[start - 1] in LINE_BLANKS:
            start -= 1
        while end < len(copy) and copy[end] in LINE_BLANKS:
            end += 1
        runs.append((start, end))
    return runs


# A line break between two Han characters, between a Han character and a digit (出庭应诉率|99.86%,
# 4.86|万件, 2149|件), or after a clause's comma (审结231件,|直接纠错率): where a phrase or a sentence split across
# lines of a PDF's text layer may rejoin; or inside a number, which a text layer wraps like any word (受理1|26件,
# 8.47|%, 8.|47%, 8|.47%; not a figure ending a line over a date opening the next: 共计12|2024年), and a number
# grouped by a space, where a word processor wraps it (5 316 → 5 |316), or before a group's comma (1|,234件: the comma
# between two digits, three after it, no clause's).
_HAN_BREAK = compile_re_cached(
    r"\n(?:(?<=[\u4e00-\u9fff,;、]\n)(?=[\u4e00-\u9fff0-9])"
    r"|(?<=[0-9]\n)(?=[\u4e00-\u9fff%]|\.?[0-9]++(?:\.[0-9]++)?+(?![年月日号])|,[0-9]{3}(?![0-9]))|(?<=[0-9]\.\n)(?=[0-9])"
    r"|(?<=[0-9] \n)(?=[0-9]{3}(?![0-9])))")
_SPLIT_MIN_WIDTH = 40  # half-width columns (a Han character two): shorter lines are headings, items and debris
_SPLIT_WIDTH_SHARE = 0.9  # how wide a wrapped line is at least against a line beside it, and that line against it
# ASCII that normalize() made of full-width punctuation, as wide as a Han character on the page.
_WIDE_ASCII = ",;:!?()"


def _width(line: str) -> int:
    """A line's width on the page in half-width columns: ASCII letters, digits and marks one, others two."""
    narrow = len(line.encode("ascii", "ignore")) - sum(map(line.count, _WIDE_ASCII))
    return 2 * len(line) - narrow


def _split_phrases(copy: str) -> list[tuple[int, int]]:
    """The line breaks of copy that split a phrase of a paragraph wrapped at a page's width (纠错率高|达55.6%),
    where a text's lines are too unlike for structure.wrap_breaks to find its width: a Han character on
    each side (or a digit on one: 出庭应诉率|100%; or a clause's comma before it; or a number's parts: 办结1|18件,
    8.47|%, 98.|6%, 1|,234件), its line as wide as a page
    and about as wide as the line before or after it in the paragraph (or, the paragraph's first line over its
    last, which ends a sentence, about as wide as the text's widest line of prose), and the sentence running on into the next line
    (structure.runs_on: no heading opens it)."""
    breaks: list[tuple[int, int]] = []
    page = None  # the widest line of prose, a page's width in a text layer: found for the first break that needs it
    for m in _HAN_BREAK.finditer(copy):
        at = m.start()
        start = copy.rfind("\n", 0, at) + 1
        if not start:
            continue  # the first line: a title's, wrapped or not
        line = copy[start:at]
        width = _width(line)
        if width < _SPLIT_MIN_WIDTH or not _in_paragraph(line) or HEADING_NUMBERING.match(line):
            continue
        end = copy.find("\n", at + 1)
        following = copy[at + 1:end if end >= 0 else len(copy)]
        before = copy[copy.rfind("\n", 0, start - 1) + 1:start - 1]
        if not runs_on(line, following) or NUMBER_ALONE.fullmatch(following):
            continue  # a number alone, no unit after it: a page's or a cell's, no part of the phrase (structure.page_breaks)
        if any(_SPLIT_WIDTH_SHARE * width <= _width(beside) and _SPLIT_WIDTH_SHARE * _width(beside) <= width
               and _in_paragraph(beside) for beside in (before, following)):
            breaks.append((at, at + 1))
            continue
        if not ends_sentence(following):
            continue
        if page is None:
            page = max((_width(prose) for prose in copy.split("\n") if _in_paragraph(prose)), default=0)
        if width >= _SPLIT_WIDTH_SHARE * page:
            breaks.append((at, at + 1))
    return breaks


# A table flattened one cell a line (受理行政复议案件 / 126件 / 直接纠错率 / 8.47%): a line of words that may label a
# figure (no figure, no clause, no table's cells), and a line holding a figure alone, a count's or a rate's (126件,
# 1 302件, 8.47%), not a date's (2023年, 12月). Two such pairs one after another at least, so that a heading over a figure is no table's.
_FIGURE_CELL = r"[ \t]*[0-9][0-9,. ]*[ \t]*(?:%|‰|(?![年月日号])[\u4e00-\u9fff]{1,2})?[ \t]*"
_FIGURE_CELL_LINE = compile_re_cached(rf"\n{_FIGURE_CELL}(?=\n|\Z)")  # a line break opening it: `re` skips ahead to one
FIGURE_CELL_ALONE = compile_re_cached(_FIGURE_CELL)
# …or a target's, its bound around it (≥98%, 98%以上), as a plan's table of indicators writes one.
BOUNDED_FIGURE_CELL = compile_re_cached(rf"[ \t]*[≥≤＞＜><]?{_FIGURE_CELL}(?:以上|以下|以内)?[ \t]*")
_LABEL_CELL = compile_re_cached(r"[ \t]*[\u4e00-\u9fff][^0-9\n,;:。!?|\t]{1,29}")
# Such a pair run together (受理纠纷(件)120, 办结法律援助案件452), as _cell_pairs joins two or more in a row.
CELL_PAIR = compile_re_cached(rf"{_LABEL_CELL.pattern}{_FIGURE_CELL}")
_CELL_PAIRS_MIN = 2


def _cell_pairs(copy: str) -> list[tuple[int, int]]:
    """The line breaks between a label and its figure in a table flattened one cell a line, each pair a label's line
    over a figure's (_LABEL_CELL, _FIGURE_CELL), _CELL_PAIRS_MIN pairs or more in a row; not under a numbered
    heading's line (一、主要指标 / 126件), nor a label over two figures or more, a row of a table flattened under its
    columns' headings (出庭应诉率 / 92% / 100%: grids)."""
    if _FIGURE_CELL_LINE.search(copy) is None:
        return []  # most texts: no line holds a figure alone
    lines = copy.split("\n")
    breaks: list[tuple[int, int]] = []
    run: list[int] = []  # where the label lines of the pairs in a row end
    at, i = 0, 0
    lines.append("")  # a line past the last, which no pair holds: the pairs in a row up to the last are ended there
    while i < len(lines):
        line = lines[i]
        if i + 1 < len(lines) and _LABEL_CELL.fullmatch(line) and not HEADING_NUMBERING.match(line.lstrip()) \
                and FIGURE_CELL_ALONE.fullmatch(lines[i + 1]) \
                and not (i + 2 < len(lines) and BOUNDED_FIGURE_CELL.fullmatch(lines[i + 2])):
            run.append(at + len(line))
            at += len(line) + len(lines[i + 1]) + 2
            i += 2
            continue
        if len(run) >= _CELL_PAIRS_MIN:
            breaks += [(end, end + 1) for end in run]
        run = []
        at += len(line) + 1
        i += 1
    return breaks


# What parts a table's cells on a line, never a paragraph's words; what a paragraph's full line holds, and a
# title's (某县2024年法治政府建设情况报告) does not.
_COLUMN_GAPS = ("|", "\t", "  ")
_CLAUSE_MARKS = (",", ";", "。", "、")


def _in_paragraph(line: str) -> bool:
    """Whether a line reads as a full line of a paragraph's prose: clauses, no table's cells (a paragraph's
    first line opens with an indent, two spaces once normalized, which parts no cells)."""
    line = line.strip()
    return any(mark in line for mark in _CLAUSE_MARKS) and not any(gap in line for gap in _COLUMN_GAPS)


def _full_prose(line: str) -> bool:
    """Whether a line reads as a paragraph's, as wide as a page's full line or wider (structure.page_breaks)."""
    return _width(line) >= _SPLIT_MIN_WIDTH and _in_paragraph(line)


def _date_spaces(copy: str) -> list[tuple[int, int]]:
    if _DATE_SPACE_BEFORE_UNIT.search(copy) is None:
        return []
    return [m.span() for m in _DATE_SPACE.finditer(copy)]


def _point_spaces(copy: str) -> list[tuple[int, int]]:
    """The blanks beside a percentage's decimal point (_POINT_SPACE: 98. 7% → 98.7%)."""
    if ". " not in copy and " ." not in copy:
        return []  # most texts
    # (the blanks first: once a text holds one, every percentage matches, most with none)
    return [span for m in _POINT_SPACE.finditer(copy)
            if (m.start(1) < m.end(1) or m.start(2) < m.end(2)) and _after_han(copy, m.start())
            for span in (m.span(1), m.span(2)) if span[0] < span[1]]


def _after_han(copy: str, at: int) -> bool:
    """Whether a Han character stands right before `at` in copy, or before a space right before it."""
    before = at - 1 - (copy[at - 1:at] == " ")
    return before >= 0 and "\u4e00" <= copy[before] <= "\u9fff"


# A mark a page's conversion left where it lost a character (a ? for what the encoding lacked, U+FFFD for bytes no
# decoder read): inside a figure's statement, between a label and its 率 (调解成功?率98.5%, “授权审批”?率93.55%), after a
# 率 before its percentage (调解成功率?98.5%), between a count's label and its number (行政复议案件?35件), or between a
# label and the words that lead to its figure (调解成功率?达98.2%, 复议案件?共计35件: the catalog's connectors, and no
# other word), it parts nothing; nor after a clause's mark or a year's 年, which no question ends with (2022年,?全县…,
# 2022年?全县…: the year is the sentence's). U+FFFD, never text, parts no two characters of a word (行政复\ufffd议).
# A question mark elsewhere, before 率先 (如何提升复议质量?率先建立…) or before words that are no connectors
# (问题出在哪里?全年办理案件35件), or a full-width ？ as written, ends its sentence.
_STRAY_MARKS = "?\ufffd"
_CONNECTED_MAX = 8  # the longest run of connectors between a mark and its figure (已连续三年保持在)


@from_catalog
def _stray_mark(catalog: Catalog) -> re.Pattern[str]:
    """_STRAY_MARKS where they stand for a lost character; a count's measure words are the metrics' own. The words
    between a mark and its figure, where the figure is not right after it, are the group `between`."""
    measures = longest_first({word for rule in catalog.rules for word in rule.measure_words})
    number = "[0-9][0-9,.]*"
    figure = f"{number}(?:万|余|多)?(?:{measures}|%)"
    mark = f"[{_STRAY_MARKS}]"
    return compile_re_cached(
        rf"{mark}(?:(?<=[{_HAN}”\"]{mark})(?=率[{_HAN}]{{0,3}}{number}%)|(?<=率{mark})(?={number}%)"
        rf"|(?<=[{_HAN}]{mark})(?={figure})|(?<=[,;:、]{mark})|(?<=[0-9]年{mark}))"
        rf"|\ufffd(?<=[{_HAN}]\ufffd)(?=[{_HAN}])"
        rf"|{mark}(?<=[{_HAN}]{mark})(?=(?P<between>[{_HAN}]{{1,{_CONNECTED_MAX}}}){figure})")


def _written_marks(pattern: re.Pattern[str], copy: str, written: str) -> Iterator[re.Match[str]]:
    """The matches of the pattern in copy that open at a mark of _STRAY_MARKS as written (a ?, not a full-width ？ the
    copy writes as one; or U+FFFD). Asked only of a text holding such a mark as written (original)."""
    return (m for m in pattern.finditer(copy) if written[m.start()] in _STRAY_MARKS)


def _stray_marks(copy: str, written: str) -> list[tuple[int, int]]:
    """The [start, end) of each mark of _STRAY_MARKS that stands for a lost character (_stray_mark): a ? as written,
    not a full-width ？ the copy writes as one; before words leading to a figure, only where each is a connector."""
    marks = []
    for m in _written_marks(_stray_mark(), copy, written):
        at = m.start()
        between = m.group("between")
        if between is not None and get_catalog().connector.sub("", copy[at - 1] + between) != copy[at - 1]:
            continue  # not connectors alone: the words of a sentence of their own (哪里?全年办理案件35件)
        marks.append(m.span())
    return marks


# A mark left for a lost character inside a metric's label (行政复议?错率为12%, 调解成?率98%), the Han characters after it
# running on to a figure: the copy reads the one character that makes a label of the catalog of the words around it
# (_lost_in_labels), the written text keeps the mark.
_LOST_IN_LABEL = compile_re_cached(rf"[{_STRAY_MARKS}](?<=[{_HAN}][{_STRAY_MARKS}])(?=[{_HAN}]{{0,12}}[0-9])")


@from_catalog
def _label_neighbours(catalog: Catalog) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """For each Han character of the metrics' labels, the Han characters written right after it in a label's pattern,
    and those written right before it: the characters a mark between two others may stand for."""
    after: dict[str, set[str]] = {}
    before: dict[str, set[str]] = {}
    for rule in catalog.rules:
        source = rule.labels.pattern
        for first, second in pairwise(source):
            if "\u4e00" <= first <= "\u9fff" and "\u4e00" <= second <= "\u9fff":
                after.setdefault(first, set()).add(second)
                before.setdefault(second, set()).add(first)
    return ({char: frozenset(chars) for char, chars in after.items()},
            {char: frozenset(chars) for char, chars in before.items()})


def _han_around(copy: str, start: int, end: int) -> tuple[int, int]:
    """Where the Han characters right before [start, end) open (_LABEL_REACH of them at most) and those right after it
    close: the words a metric's label split there may run over."""
    before = start
    while before > start - _LABEL_REACH and before and "\u4e00" <= copy[before - 1] <= "\u9fff":
        before -= 1
    after = end
    while after < len(copy) and "\u4e00" <= copy[after] <= "\u9fff":
        after += 1
    return before, after


def _reads_across(labels: "Pattern", joined: str, junction: int, first_end: int) -> bool:
    """Whether labels' label opens before junction in joined and ends at first_end or after: a label ends its subject
    (each pattern ends in $), so ending joined at each character from first_end on in turn, the leftmost (longest)
    match of a label opening before the junction."""
    return any((label := labels.search(joined, 0, end)) is not None and label.start() < junction
               for end in range(first_end, len(joined) + 1))


def _lost_in_labels(copy: str, written: str) -> list[tuple[int, str]]:
    """Where a mark as written (a ?, not a full-width ？; or U+FFFD) stands for a character lost inside a metric's label,
    and that character: the one, of those a label's pattern writes beside the characters around the mark, that makes a
    label of the catalog read across the mark, its other characters as written; none where the characters that would
    read make different labels (调?成功率: 解 and 处 read one label; the copy takes the first in code order, the
    evidence keeps the mark)."""
    lost = []
    for m in _written_marks(_LOST_IN_LABEL, copy, written):
        at = m.start()
        follows, precedes = _label_neighbours()
        before, after = _han_around(copy, at, at + 1)
        if before and copy[before - 1] in _STRAY_MARKS:
            continue  # a second mark: one lost character a label, the others as written
        candidates = follows.get(copy[at - 1], frozenset()) | precedes.get(copy[at + 1:at + 2], frozenset())
        junction = at - before
        read = {}  # each character that makes a label read across the mark, and the labels it makes
        for char in sorted(candidates):
            joined = copy[before:at] + char + copy[at + 1:after]
            if labels := frozenset(pattern for pattern in _metric_labels()
                                   if _reads_across(pattern, joined, junction, junction + 2)):
                read[char] = labels
        if read and len(set(read.values())) == 1:
            lost.append((at, next(iter(read))))
    return lost


# A run of blanks between two Han characters where a web page's line break or a copy out of a table's cell became one,
# two spaces or a tab (the ideographic space is a space in the copy), the words after it running on to a figure (调解
# 成功率98.5%, 行政复议  纠错率为12.5%, 调解\t成功率): one scan for each blank a run may open with, which `re` skips ahead to.
_LABEL_BLANKS = " \t"
_LABEL_SPACES = tuple(
    (blank, compile_re_cached(rf"{blank}(?<=[{_HAN}]{blank})[{_LABEL_BLANKS}]{{0,2}}(?=[{_HAN}]{{1,12}}[0-9])"))
    for blank in _LABEL_BLANKS)
_LABEL_REACH = 12  # the Han characters before such a space a label may open with (行政机关负责人 出庭应诉率)


@from_catalog
def _metric_labels(catalog: Catalog) -> "tuple[Pattern, ...]":
    """The labels pattern of every metric, each once."""
    return tuple(dict.fromkeys(rule.labels for rule in catalog.rules))


def _label_spaces(copy: str) -> list[tuple[int, int]]:
    """The [start, end) of each run of blanks that splits a metric's label (_LABEL_SPACES: 调解 成功率98.5%, 负责人 出庭应诉率100%):
    a label of the catalog reads across it, opening before it and ending after it; or that parts a label from the
    connectors leading to its figure (调解成功率 为98.5%: the catalog's connectors, and no other word). A space before a
    label that opens after it (全县 调解成功率) or between two names (某县人民政府 某县司法局) stays."""
    spaces = []
    labels_all, connector = _metric_labels(), get_catalog().connector
    for m in chain.from_iterable(blanks.finditer(copy) for blank, blanks in _LABEL_SPACES if blank in copy):
        at = m.start()
        before, after = _han_around(copy, at, m.end())
        joined, junction = copy[before:at] + copy[m.end():after], at - before
        # a label reading across the space, or ending at it with connectors alone after
        across = any(_reads_across(labels, joined, junction, junction + 1) for labels in labels_all)
        if across or (connector.sub("", joined) == joined[:junction]
                      and any(labels.search(joined, 0, junction) is not None for labels in labels_all)):
            spaces.append((at, m.end()))
    return spaces


# A line a PDF's text layer letter-spaced, one space after each character (受 理 行 政 复 议 案 件 1 2 3 件), whole or
# a sentence or a clause of it: found where four Han characters stand so (a space first, which `re` skips ahead to).
_SPACED_HAN = compile_re_cached(rf" (?<=[{_HAN}] )[{_HAN}] [{_HAN}] [{_HAN}](?= |$)", re.MULTILINE)
_BLANKS = " \t\n"
_CLAUSE_BOUNDS = SENTENCE_MARKS + PAUSES + LIST_SEPARATOR  # what ends a clause a spaced run may be
_FIGURE_GOES_ON = "0123456789.%"  # what carries a figure on past its first digit (97.3%)


def _letter_spaces(copy: str) -> list[tuple[int, int]]:
    """The [start, end) of each space of a run of characters each one space apart from the next, four Han characters
    in a row so at least, that fills its line (its blanks at either end aside) or is a sentence or a clause of it:
    opening the line or after a clause's end (_CLAUSE_BOUNDS), and ending the line, with a clause's end or running into
    its figure written unspaced (全年工作有序推进。受 理 案 件 1 2 3 件 。, 办结119件,调 解 成 功 率 为 97.3%): a PDF
    whose text layer spaced every character, or those of a clause, read as the text unspaced (受理行政复议案件123件,
    调解成功率为97.3%). A run opening inside a clause's words (全年受 理 案 件) stays."""
    spaces: list[tuple[int, int]] = []
    at = 0
    while (m := _SPACED_HAN.search(copy, at)) is not None:
        start, end = m.start() - 1, m.end()  # the run's first character, and past its last
        while start >= 2 and copy[start - 1] == " " and copy[start - 2] not in _BLANKS:
            start -= 2
        while end + 1 < len(copy) and copy[end] == " " and copy[end + 1] not in _BLANKS:
            end += 2
        at = end
        line_start = copy.rfind("\n", 0, start) + 1
        if copy[line_start:start].strip(" \t") and copy[start - 1] not in _CLAUSE_BOUNDS:
            # inside a clause's words: the run's clauses start after its first clause's end
            start = next((i + 2 for i in range(start, m.start(), 2) if copy[i] in _CLAUSE_BOUNDS), end)
        line_end = copy.find("\n", end)
        if copy[end:len(copy) if line_end < 0 else line_end].strip(" \t") and copy[end - 1] not in _CLAUSE_BOUNDS \
                and not ("0" <= copy[end - 1] <= "9" and copy[end] in _FIGURE_GOES_ON):
            end = next((i + 1 for i in range(end - 1, m.end(), -2) if copy[i] in _CLAUSE_BOUNDS), start)
        if start < m.start() and end > m.end():
            spaces += [(i, i + 1) for i in range(start + 1, end, 2)]
    return spaces


def normalize_mapped(text: str) -> Original:
    """The matching copy of text, with what takes its offsets back to text.

    The copy drops pinyin annotations, the carriage return of each CRLF line end (a line end of
    another kind becomes LF), the characters that show nothing (_INVISIBLE: 调解\u200b成功率), the second of two U+FFFD
    for one character (_doubled_marks), an HTML character reference but
    for the character it stands for and a tag but for a line break or nothing (_read_as, _markup: &nbsp;, <br />, <b>),
    a bold mark beside a figure (_markup: **123**件), the line and page breaks of text wrapped at a fixed width
    (structure.wrap_breaks) and those splitting a phrase between full lines (_split_phrases), so that a
    sentence broken across lines or pages reads as one, the banners sites write into a text (_banners),
    the spaces inside a date (2021 年) or beside a percentage's decimal point (98. 7%), inside a metric's label (_label_spaces) and of a line or a sentence
    spaced character by character (_letter_spaces), and the marks left for a lost character (_stray_marks); a mark
    left for a character of a label reads as that character (_lost_in_labels).
    """
    annotations = _annotations(text)
    runs = sorted(annotations + [(i, i + 1) for i in literal_starts(text, "\r\n")]) if "\r" in text else annotations
    invisible = _invisibles(text) + _doubled_marks(text) + _markup(text)
    if invisible:
        runs = _merged(runs + invisible)
    read_as = _read_as(text)
    if read_as:  # each read at its first character, the rest dropped: a span of the copy opening with it opens with it
        runs = _merged(runs + [(start + 1, end) for start, end, _ in read_as])
        written = _without(_written_at(text, [(start, char) for start, _, char in read_as]), runs)
    else:
        written = _without(text, runs) if runs else text
    copy = normalize(written)
    if any(end in copy for end in _OTHER_LINE_ENDS):
        copy = copy.translate(_AS_NEWLINE)
    # (most texts hold no mark left for a lost character as written: their copy is not read for one, nor _stray_mark
    # compiled)
    marked = any(mark in written for mark in _STRAY_MARKS)
    lost = _lost_in_labels(copy, written) if marked else []
    if lost:
        copy = _written_at(copy, lost)
    offsets = OffsetMap.dropping(runs) if runs else IDENTITY
    breaks = _merged(wrap_breaks(copy) + page_breaks(copy, _full_prose) + _split_phrases(copy) + _cell_pairs(copy)
                     + _date_spaces(copy) + _point_spaces(copy) + _label_spaces(copy) + _letter_spaces(copy) + _banners(copy) + (_stray_marks(copy, written) if marked else []))
    if breaks:
        runs = _merged(runs + [(offsets.start(start), offsets.start(end)) for start, end in breaks])
        copy, written, offsets = _without(copy, breaks), _without(written, breaks), OffsetMap.dropping(runs)
        if not copy.isascii():
            copy = _words_across(copy, list(OffsetMap.dropping(breaks).cuts))  # where each dropped run joined its sides
    return Original(text, copy, written, offsets, tuple(start for start, _ in annotations))


def _written_at(text: str, chars: list[tuple[int, str]]) -> str:
    """text with each (offset, character) of chars written at its offset, in place of the character there: its
    length kept, so that the offsets of text still index it."""
    read = list(text)
    for at, char in chars:
        read[at] = char
    return "".join(read)


def _merged(runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The runs sorted, those that overlap made one (a page break holds the CRLF line ends it drops)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(runs):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
