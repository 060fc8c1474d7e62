"""Structure stage: headings, top-level sections and their kinds, sentences and clauses.

Reports number their outline in a few conventional ways (一、 / (一) / 1. / 一是 /
【基本情况】). The kind of each top-level section decides whether the numbers in
it are achievements or targets: a figure under 下一步工作计划 is a plan.

This module is also the one home of where text units end; every stage asks an
Outline (``sentence_at``, ``clause_at``) or, where it has none (the readers, the
terminal view), builds on the character sets below. The sets are written for
normalized text (normalize.py turns ，；：！？（） into ASCII; 。、“” stay);
``as_written`` adds the full-width forms for text as decoded. The semantics:

* A sentence ends at 。 ! ? or a line break (a heading line is a sentence). A
  semicolon does not end one: reports chain clauses with it (一是…;二是…).
* A clause ends at a sentence end, at a pause (, ; :), at the list separator 、
  and at brackets and quotes. 、 ends a clause because each item of a list is
  read on its own: in 出庭应诉率、出庭发声率均为100% each rate is a subject;
  brackets and quotes set off an aside that is not the subject of the number
  after it.
* A verb governs what follows it up to the next pause, across a list and
  quotes (印发《A》、《B》: both are issued); that scope ends at VERB_SCOPE_ENDS.
* A title (a heading's, or the lead phrase of a listed measure) ends at a
  sentence end or a semicolon, at a colon that parts no digits (人民调解:全省
  共有… / 存在的问题: — not 2.78:1) and opens no address, and at the end of
  its line.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable
from functools import cached_property, lru_cache
from operator import sub
from typing import NamedTuple

from . import lazy_regex as regex
from .catalog import Catalog, compile_cached, compile_re_cached, get_catalog
from .dates import CN_SMALL_NUMBER, YEAR
from .derive import from_catalog
from .scanning import NOT_CONCURRENT, alternatives, char_starts, self_contained, source_opening_chars
from .tuples import maker

SENTENCE_MARKS = "。!?"
SENTENCE_ENDS = SENTENCE_MARKS + "\n"
PAUSES = ",;:"
LIST_SEPARATOR = "、"
LIST_JOINS = "和及与"  # the words that join a list's last item to the one before (横水镇和柳林镇)
ENCLOSURES = "()“”"
CLAUSE_ENDS = SENTENCE_ENDS + PAUSES + LIST_SEPARATOR + ENCLOSURES
_CLAUSE_MARKS = CLAUSE_ENDS.removeprefix(SENTENCE_ENDS)  # the clause ends that end no sentence
BREAKS = SENTENCE_ENDS + PAUSES  # a sentence's end or a pause: no clause runs past one
VERB_SCOPE_ENDS = BREAKS
TITLE_ENDS = SENTENCE_MARKS + ";"
WRAP_STOPS = PAUSES + LIST_SEPARATOR  # what ends a line of text wrapped mid-sentence, and no heading's title
HAN = compile_cached(r"\p{Han}")  # a Chinese character (the Unicode script Han)


_COMMA, _SEMICOLON, _COLON = PAUSES[0], PAUSES[1], PAUSES[2]


def after_last_pause(text: str, low: int, end: int) -> int:
    """Where the clause before `end` starts, no earlier than `low`: after the last pause (,;:) between them (a
    list's 、 and brackets stay inside the clause: 9月、10月 is one; clause_start breaks at them). Each pause is
    searched for by name: a generator over PAUSES cost more than the three searches."""
    return max(low, text.rfind(_COMMA, low, end) + 1, text.rfind(_SEMICOLON, low, end) + 1,
               text.rfind(_COLON, low, end) + 1)


def unwrapped(title: str) -> str:
    """A title as one line: a line break inside it (a title wrapped at the margin, or over two lines of a
    paragraph) is dropped with the indent after it, which the title does not hold; a line of it set apart letter by
    letter (关于…的 / 报　告, 琼 海 市 人 民 政 府 / 关于…) reads set solid (see set_solid)."""
    if "\n" not in title:
        return title
    return _TITLE_LINE_BREAK.sub("", "\n".join(map(set_solid, title.split("\n"))))


_TITLE_LINE_BREAK = compile_cached(r"[ \t\u3000]*\r?\n[ \t\u3000]*")
# A line of characters each set apart by blanks (报　告, 琼 海 市 人 民 政 府), as a red-headed document sets its letterhead
# and the last word of its title wrapped onto a line of its own.
_SPACED_LINE = compile_cached(r"[ \t\u3000]*\p{Han}(?:[ \t\u3000]+\p{Han})+[ \t\u3000\r]*")


def set_solid(line: str) -> str:
    """A line set apart letter by letter as it reads set solid (报 告 → 报告, 琼 海 市 人 民 政 府 → 琼海市人民政府); any other
    line as it is: a numbered heading (一、主 要 成 效) or a line of words parted by a space (强化组织领导 压实工作责任)."""
    if (" " not in line and "\t" not in line and "\u3000" not in line) or _SPACED_LINE.fullmatch(line) is None:
        return line
    return "".join(line.split())


def as_written(chars: str) -> str:
    """`chars` with the full-width forms of its ASCII members (！ for !), for text that is not normalized."""
    return chars + "".join(chr(ord(c) + 0xFEE0) for c in chars if "!" <= c <= "~")


def char_class(chars: str, *, negate: bool = False) -> str:
    """A regex character class of `chars` (of every other character with `negate`)."""
    return ("[^" if negate else "[") + regex.escape(chars) + "]"


ITEM_DIGITS = "一二三四五六七八九十"  # an item's in words: 一是, 第一部分
_ITEM_MARK = "是"  # what closes an item's numbering: 一是, 二是
_RUN_IN_MARKS = _ITEM_MARK + "要"  # and a run-in item's: a list of what must be done (一要…;二要…) as of what is
_LISTED_LEVEL = 3  # the level of the numbering 1., and of a 一是 heading
_PAREN_DIGIT_LEVEL = 4  # of (1) and 1), below 1. as the order of official documents has it (一、 (一) 1. (1))

# A heading in lenticular brackets (【基本情况】): a label rather than a number, its numbering written 【】.
_BRACKET_HEADING = compile_cached(r"【(?=[^】\n]{1,24}】)")
# (一) to (十) each written as one character (㈠ ㈡, U+3220-3229), as a word processor's numbering turns out: read as
# (一) is, its number the ideograph's (_number_of).
_PAREN_IDEOGRAPHS = "\u3220-\u3229"
_PAREN_IDEOGRAPH_DIGITS = str.maketrans({chr(0x3220 + k): digit for k, digit in enumerate(ITEM_DIGITS)})
BRACKET_NUMBERING = "【】"
# A bracketed number a writer marks twice ((一)、强化…, (2)、…): the mark after the bracket belongs to the numbering,
# not to the title.
_DOUBLED = r"(?:、|\.(?!\d))?"
# A part or a chapter (第一部分, 第二章): the outermost numbering, the others inside it (_outermost_first).
_PART_NUMBERING = compile_cached(rf"第[{ITEM_DIGITS}]{{1,3}}(?:部分|章)\s*")
_PART_ENDS = ("分", "章")  # how its numbering ends, as no other numbering does (an ordinal's 第一, ends in its pause)
# (level, pattern) — the pattern matches the numbering at the start of a line. 一、 may stand alone on its line, its
# title on the line below (_lines joins them), and may be written in lenticular brackets (【一】主要工作), a number
# there rather than a label.
_CN_NUMBERING_DIGITS = 3  # the most Chinese digits a heading's numbering holds (三十一、, (十二), 十二))
_CN_NUMBERING_MARKS = "、."  # what closes the Chinese digits of the one numbering that opens with them (一、, 十二.)
_CN_PAUSE, _CN_DOT = tuple(_CN_NUMBERING_MARKS)  # each looked for by str.find (_may_open_with_numbering)
_HEADING_PATTERNS = (
    (1, compile_cached(rf"(?:[{CN_SMALL_NUMBER}]{{1,{_CN_NUMBERING_DIGITS}}}[{_CN_NUMBERING_MARKS}]|【[{CN_SMALL_NUMBER}]{{1,{_CN_NUMBERING_DIGITS}}}】)[ \t]*(?=\S|$)")),  # 一、 主要工作: a space may follow
    (1, _PART_NUMBERING),
    (1, _BRACKET_HEADING),
    (2, compile_cached(rf"[(][{CN_SMALL_NUMBER}]{{1,{_CN_NUMBERING_DIGITS}}}[)]{_DOUBLED}|[{_PAREN_IDEOGRAPHS}]")),  # (一), or ㈠ in one character
    (_LISTED_LEVEL, compile_cached(r"\d{1,2}(?:[、]|\.(?!\d))")),
    (_PAREN_DIGIT_LEVEL, compile_cached(rf"[(]\d{{1,2}}[)]{_DOUBLED}")),
)
# Numbering written without its opening bracket (一) 1), a page that lost it or a writer's habit), opening a line:
# read as its bracketed form's, by the group that matched (_bare_heading), where it heads the line. Not one of the
# patterns above: mid-line, or opening a wrapped line, a closing bracket after a number closes an aside.
_BARE_CLOSE = ")"  # the bracket closing it, after Chinese digits (十二), as many as its bracketed form's, or two (12)
_BARE_NUMBERING = compile_cached(rf"([{CN_SMALL_NUMBER}]{{1,{_CN_NUMBERING_DIGITS}}})[{_BARE_CLOSE}](?=[ \t]*\S)"
                                 rf"|(\d{{1,2}})[{_BARE_CLOSE}](?=[ \t]*\S)")
_PAREN_LEVELS = (0, 2, _PAREN_DIGIT_LEVEL)  # by the group that matched: as (一) and (1)
_BARE_OPENERS = CN_SMALL_NUMBER + "0123456789"  # what _BARE_NUMBERING may open with
# Any of them: a (normalized) line that opens with heading numbering.
HEADING_NUMBERING = compile_cached("|".join(f"(?:{p.pattern})" for _, p in _HEADING_PATTERNS))
# Numbering proper (一、 (一) 1. 第一部分), without the bracketed label, which may also open a title line
# (【法治动态】…) or stand alone as page furniture: (level, pattern), as _HEADING_PATTERNS.
_NUMBERING_PATTERNS = tuple((level, p) for level, p in _HEADING_PATTERNS if p is not _BRACKET_HEADING)
NUMBERED_HEADING = compile_cached("|".join(f"(?:{p.pattern})" for _, p in _NUMBERING_PATTERNS))
# An enumerated item inside a paragraph or opening a line: 一是…, 二是… (一要…, 二要…), by an ordinal and a comma (第一,…;
# 第二,…, 其一,…;其二,… alike), or by a circled number (①…;②…, ⑴ ⒈ ❶ alike) (group 1: the numeral). A space before it stands for the line
# break a flattened page lost (…工作方面 一是…。 二是…): the first item follows the heading's title there, as the
# others follow a sentence end. Not an ordinal before 、 (第一、第二季度 names two quarters) nor inside a clause
# (排名全省第一,…); not a circled number before anything but a word (…举措。③7: a page's mark and number). A circled
# number alone on its line opens the item on the line below (① / 加强…); one ending a line of text (…规定。①) is a
# note's mark.
ORDINAL_MARKS = "第其"  # what opens an ordinal item marker (第一, 其一,)
# A pause a writer sets after 一是 (一是:开展宪法宣传周活动; 二是,推进…): the marker's, not the start of the item's title,
# which would be empty.
_AFTER_ITEM_MARK = r"(?:[:,](?=\S))?"
_CIRCLED_RANGES = (("\u2460", "\u249b"), ("\u2776", "\u277f"))  # ①-⑳ ⑴-⒇ ⒈-⒛ ❶-❿
CIRCLED_NUMBERS = "".join(f"{first}-{last}" for first, last in _CIRCLED_RANGES)  # as the inside of a character class
ITEM_MARKER = compile_cached(
    rf"(?m)(?:(?<=^[ \t\u3000]*)|(?<=[。;:])|(?<=\S[ \t\u3000]))[ \t\u3000]*"
    rf"(?|([{ITEM_DIGITS}]{{1,3}})[{_RUN_IN_MARKS}]{_AFTER_ITEM_MARK}|[{ORDINAL_MARKS}]([{ITEM_DIGITS}]{{1,3}}),|([{CIRCLED_NUMBERS}])(?:(?<=^[ \t\u3000]*.)[ \t\u3000]*\n[ \t\u3000]*)?(?=\p{{Han}}))(?=\S)")
# 一是 opening a line that holds nothing else but a short title, its body on the lines below, is a heading
# (一是加强组织领导 / 全年召开…。) of the lowest level, nested below any other heading of it (1. 一是); 一是 opening a
# paragraph, or a line of a list of one-line items (一是…/二是…), heads nothing.
_ITEM_HEADING = compile_cached(rf"[{ITEM_DIGITS}]{{1,3}}{_ITEM_MARK}{_AFTER_ITEM_MARK}(?=\S)")
_ITEM_TITLE = 30  # the longest such title: a longer line is a paragraph
_ITEM_HEADING_WIDTH = 5  # the most characters _ITEM_HEADING takes: three digits, 是 and a pause (三十一是:)
# The numbering of a listed item: (一) (1) 一、 1、 1., and (一) (1) written without the opening bracket (一) 1), a
# family of its own) — the group that matched names its family.
ITEM_NUMBERING = compile_cached(
    rf"[(](?P<paren_cn>[{CN_SMALL_NUMBER}]{{1,3}})[)]{_DOUBLED}|[(](?P<paren_digit>\d{{1,2}})[)]{_DOUBLED}"
    rf"|(?P<cn>[{CN_SMALL_NUMBER}]{{1,3}})、|(?P<digit>\d{{1,2}})(?:、|\.(?!\d))"
    rf"|(?P<bare_cn>[{CN_SMALL_NUMBER}]{{1,3}})[)]|(?P<bare_digit>\d{{1,2}})[)]")


# What ITEM_NUMBERING, or the indent before it, may begin with, as the inside of a character class: of
# ASCII, a space, a tab, ( or a digit (not the line break that ends most sentences); else anything but a
# CJK ideograph (U+4E00-9FFF) other than a Chinese digit, so a scan may pass by most of a text.
ITEM_NUMBERING_OPENERS = " \t(0-9\u0080-\u4dff\ua000-\U0010ffff" + CN_SMALL_NUMBER


_ITEM_MARKER_OPENERS = " \t\u3000" + ITEM_DIGITS + ORDINAL_MARKS + "".join(
    chr(code) for first, last in _CIRCLED_RANGES for code in range(ord(first), ord(last) + 1))


def may_open_item_marker(char: str) -> bool:
    """Whether ITEM_MARKER may begin with `char`: its indent, the numeral of 一是, the 第 of 第一 (其 of 其一), or a circled
    number."""
    return char in _ITEM_MARKER_OPENERS


# A space after a character of text, before 一是 (more spaces between them aside): one pattern a space, `re` skips
# ahead to a literal. The space opens the pattern and the character is looked behind for after it: a pattern opening
# with a lookbehind is tried at every character of the text (ten times the time).
_SPACES_BEFORE_ITEM = tuple(compile_re_cached(rf"{space}(?<=\S{space})(?=[ \t\u3000]*[{ITEM_DIGITS}]{{1,3}}{_ITEM_MARK})")
                            for space in " \t\u3000")


def spaced_item_starts(text: str) -> list[int]:
    """Where ITEM_MARKER may start after a space that follows text (…方面 一是…, …方面  一是…), in order: right after
    that first space, where its lookbehind holds."""
    return sorted(m.end() for space, pattern in zip(" \t\u3000", _SPACES_BEFORE_ITEM, strict=True) if space in text
                  for m in pattern.finditer(text))


_HEADING_IDEOGRAPHS = CN_SMALL_NUMBER + "第"  # the ideographs heading numbering may open with (一、 第一部分)


def may_open_heading_numbering(char: str) -> bool:
    """Whether HEADING_NUMBERING may begin with `char`: anything but a CJK ideograph other than a
    Chinese digit or the 第 of 第一部分."""
    return not "\u4e00" <= char <= "\u9fff" or char in _HEADING_IDEOGRAPHS


def _may_open_with_numbering(body: str) -> bool:
    """Whether a line's text (after its indent) may open with HEADING_NUMBERING: may_open_heading_numbering of its
    first character and, when that is a Chinese digit, a 、 or . among the next three. A line of prose opening with a
    digit (一是…, 三年来…, common in reports) is then matched not at all: str.find of one character over three."""
    if body[0] not in CN_SMALL_NUMBER:
        return may_open_heading_numbering(body[0])
    return body.find(_CN_PAUSE, 1, _CN_NUMBERING_DIGITS + 1) >= 0 or body.find(_CN_DOT, 1, _CN_NUMBERING_DIGITS + 1) >= 0


# The head of a text, where a plan document or a principal's report on the duty (述法报告) names itself.
_PLAN_DOCUMENT_HEAD = 600
LINE_BLANKS = " \t"  # the blanks a pattern's [ \t] reads inside a line, between words and around a banner
_INDENT = LINE_BLANKS + "\u3000\xa0"
# A line's indent (group 1), then any heading numbering, each pattern a group of its own (2 on), tried
# in order: one match reads what opens a line.
_NUMBERED_LINE = compile_cached(
    rf"([{_INDENT}]*)(?:" + "|".join(f"({p.pattern})" for _, p in _HEADING_PATTERNS) + ")?")
# A page converted to markup marks a heading bold or as a heading (**一、主要工作**, ### (一)加强组织领导): the marks
# before its numbering are read as its indent (_MARKUP_BEFORE, tried only on a line opening with one), those around
# its title are no part of it (_MARKUP_LEAD, _MARKUP_TRAIL).
_MARKUP_OPENERS = "*#"
BOLD_MARK = "**"  # what opens and closes a bold run (**加强组织领导**, ***…***): a text without it has none
_BOLD = rf"(?:{regex.escape(BOLD_MARK)}\*?)"
_MARKUP_BEFORE = compile_cached(rf"(?:[{_INDENT}]*(?:{_BOLD}|#{{1,6}}))+(?=[{_INDENT}]*(?:{HEADING_NUMBERING.pattern}))")
_MARKUP_LEAD = compile_cached(rf"[ \t]*{_BOLD}")
_MARKUP_TRAIL = compile_cached(rf"{_BOLD}[ \t]*$")
_HEADING_LEVELS = (0, 0, *(level for level, _ in _HEADING_PATTERNS))  # by the last group that matched
# Where a title ends on its line. A colon before Latin letters or a slash names a field or an address (域名:KBQMT.COM,
# http://), not the end of a title.
TITLE_END = compile_cached(rf"{char_class(TITLE_ENDS)}|(?:(?<!\d):|:(?!\d))(?![A-Za-z/])")
_YEAR_IN_TITLE = compile_cached(rf"(?<!\d)({YEAR})年")
# A top-level part named by a coming year and its work (三、2025年重点工作 in a 2024 report) is the plans, though it
# names no plan word (打算, 安排, 思路 are the catalog's plan cues already); the report's own year (一、2024年重点工作)
# names what was done, and so does a first part. The year reported on is, as the outline sees it, the one the text
# before the part names most.
_WORK_IN_TITLE = compile_cached("工作|重点|任务")
# A heading run into its paragraph after a space (一、加强组织领导 今年以来,我镇…。), as a page flattened from a
# document writes it: the title ends at the space when what follows to the title's end is a sentence of prose,
# longer than _RUN_IN_BODY with a pause in it. A space also parts a title's two phrases (强化组织领导 压实工作责任),
# and a PDF's text layer spaces out digits (开展专题学习 18 次): those stay.
_SPACE_BETWEEN_HAN = compile_cached(r"(?<=\p{Han})[ \t]+(?=\p{Han})")
_RUN_IN_BODY = 30
_RUN_IN_PAUSE = compile_cached(char_class(PAUSES))
# A line this long is prose: a web page's tail (links, buttons) starts after the last one, and no line of wrapped
# text is one.
PROSE_LINE = 80
# A report flattened onto one line or a few (a document-sharing site's copy, some portals) runs its headings on
# mid-line: …凝聚共识。(一)强化理论武装,筑牢思想根基。始终把…(二)健全制度体系… A line this long is no paragraph
# (real ones run to ~400 characters), and a list run into a paragraph ((一)…;(二)…) stays in one. In it, heading
# numbering (not 【】) after a sentence end or a pause, counting on from the last heading of its family, opens a
# heading; so does a first one (一) run on into the title of the heading above it, within _FLAT_TITLE characters
# without a sentence end (一、凝聚共识(一)强化…). A number out of sequence (…报告中的(一)项…) heads nothing.
_FLAT_LINE = 600
_FLAT_TITLE = 40
_FLAT_LEVELS = [level for level, _ in _NUMBERING_PATTERNS]
# Heading numbering anywhere, each family a group of its own (1 on) in _NUMBERING_PATTERNS' order.
_FLAT_NUMBERING = compile_cached("|".join(f"({p.pattern})" for _, p in _NUMBERING_PATTERNS))
_FLAT_AFTER = SENTENCE_MARKS + PAUSES  # what a heading run on mid-line follows, spaces aside
# The same numbering after a sentence end or a pause, the numbering's groups as in _FLAT_NUMBERING: one scan that
# stops at the marks (a tenth of a line's characters) finds them, where trying the numbering at every character
# cost tens of instructions a character.
_FLAT_AFTER_PAUSE = compile_cached(rf"{char_class(_FLAT_AFTER)}[{regex.escape(_INDENT)}]*(?:{_FLAT_NUMBERING.pattern})")
_FLAT_DIGITS = compile_cached(rf"[{CN_SMALL_NUMBER}0-9]+")
# How a first heading's numbering writes its one, closed (一、 一. (一) 【一】 第一部分 第一章 1. 1、 (1) (01)) or in one
# character (㈠), and how far into the numbering that stands at most (the 1) of (01)): a stretch holding none of them
# opens no first (_unflattened's run_on), one search where trying the numbering at each character is a loop.
_FIRST_NUMBER = compile_cached("[一1][、.)】部章]|\u3220")
_FIRST_WITHIN = 3
# A longer run without 。!? or a line break is cut into sentences of this length:
# real sentences run to ~250 characters, and each number looks back to the start
# of its sentence, so an unbounded one makes time quadratic in the text's length.
MAX_SENTENCE = 1000


class Heading(NamedTuple):
    level: int
    numbering: str
    title: str
    start: int  # where the numbering starts
    title_start: int
    end: int  # where the title ends
    line_end: int


class Section(NamedTuple):
    heading: Heading
    kind: str  # achievements | shortcomings | plans | responsibilities | other (inherited below level 1)
    start: int
    end: int
    year: int | None  # a year named in the heading (三、2023年工作计划 → 2023)
    parent: int | None  # index of the enclosing section in Outline.tree
    genre: bool  # the title names a kind of part (存在的问题, 工作计划), not one measure
    framed: bool  # the title frames the document (典型意义, 起草背景: [sections] framing): nothing in it is a measure


# (a heading and a section are made for every heading line)
_new_heading = maker(Heading)
_new_section = maker(Section)


LATER_KINDS = ("shortcomings", "plans")  # the kinds of the parts that follow the work done in a report


def kind_named(title: str) -> str:
    """The kind of part a title names by its cue words (存在的问题 → shortcomings, 存 在 的 问 题 alike), else other."""
    return _kind_namer()(title)


def unspaced(title: str) -> str:
    """`title` as its cue words are read: without the spaces between its characters. A heading set wide (二、存 在 的 问 题,
    a full-width space between its characters) names its kind as one set close does; so does a title whose space parts
    two phrases (聚焦突出问题 整改落实到位: 问题整改, a measure, is read as it is without the space)."""
    return title if " " not in title and "\t" not in title else _SPACE_BETWEEN_HAN.sub("", title)  # most hold none


@from_catalog
def _kind_namer(catalog: Catalog) -> Callable[[str], str]:
    """kind_named under `catalog`, remembered per title: reports name their parts in the same few
    ways (二、存在的问题, 三、下一步工作计划), and a list's introduction is often empty."""
    any_kind = _any_kind()

    @lru_cache(maxsize=1024)
    def named(title: str) -> str:
        title = unspaced(title)
        if any_kind is not None and any_kind.search(title) is None:
            return "other"  # one search for the titles that name no kind, most of them
        for kind, pattern in catalog.section_kinds:
            if pattern.search(title):
                return kind
        return "other"

    return named


def _joined(patterns: list[str]) -> regex.Pattern | None:
    """The patterns as one, each an alternative, when they can be joined (each self_contained); else None."""
    if not all(map(self_contained, patterns)):
        return None
    return compile_cached("|".join(f"(?:{pattern})" for pattern in patterns))


@from_catalog
def _any_kind(catalog: Catalog) -> regex.Pattern | None:
    """The cues of every kind of part as one pattern, when they can be joined."""
    return _joined([pattern.pattern for _, pattern in catalog.section_kinds])


@from_catalog
def _any_part_cue(catalog: Catalog) -> regex.Pattern | None:
    """The cues of a part framing the document, of its other matters and of a plan's review of the last period
    (catalog framing, other_matters, review) as one pattern, when they can be joined."""
    return _joined([catalog.framing.pattern, catalog.other_matters.pattern, catalog.review.pattern])


@from_catalog
def _plan_document_alternatives(catalog: Catalog) -> list[regex.Pattern]:
    """The ways a plan document names itself, each searched alone: together, every one is tried at each character."""
    return [compile_cached(alternative) for alternative in alternatives(catalog.plan_document.pattern)]


def _plan_document_named(text: str, head: int) -> bool:
    """Whether the text's first `head` characters name it a plan document (catalog plan_document), on a line other
    than a site's column label set alone (工作计划, 计划规划 on a page's first line, over a summary's title: [metadata.cues]
    genre_column): that names what the site files the page under, not what the text is."""
    column = get_catalog().metadata_cues["genre_column"]
    for pattern in _plan_document_alternatives():
        for m in pattern.finditer(text, 0, head):
            start = text.rfind("\n", 0, m.start()) + 1
            end = text.find("\n", m.start())
            if column.fullmatch(text[start:end if end >= 0 else len(text)].strip(_INDENT)) is None:
                return True
    return False


# How the plan cue of a paragraph (catalog plan_paragraph) opens: at a line's start, after its indent.
_PLAN_CUE_LINE_START = r"(?m)^[ \t\u3000]*"


@from_catalog
def plan_cue_openings(catalog: Catalog) -> str | None:
    """The characters a plan paragraph's cue may open with, when the catalog writes it as one alternative opening with
    _PLAN_CUE_LINE_START, None otherwise. Its indent is one a line's (_INDENT) holds, so a match's cue opens at the
    line's text: a line whose text opens with none of them holds no match, and is not tried."""
    pattern = catalog.plan_paragraph
    if len(alternatives(pattern.pattern)) != 1 or not pattern.pattern.startswith(_PLAN_CUE_LINE_START):
        return None
    return source_opening_chars(pattern.pattern[len(_PLAN_CUE_LINE_START):], pattern.flags)


class Outline:
    """Headings, the section tree, sentences and clauses of one (normalized) text."""

    def __init__(self, text: str):
        self.text = text
        head = min(len(text), _PLAN_DOCUMENT_HEAD)
        self.plan_document = _plan_document_named(text, head)
        self.duty_report = get_catalog().duty_report.search(text, 0, head, NOT_CONCURRENT) is not None
        self.lines = _with_item_headings(_lines(text), text)
        pages = _preview_pages(text, self.lines)
        if pages:
            self.lines = _page_numbers_set_aside(self.lines, pages)
        self.lines = _unflattened(text, self.lines, pages)
        self.headings = _genre_parts_over_repeats(_outermost_first(_find_headings(text, self.lines)))
        self.tree = self._tree()
        self._tree_starts = [s.start for s in self.tree]
        self._paths: list[list[Section]] = []  # each section's enclosing sections, outermost first, itself last
        for s in self.tree:
            self._paths.append([*self._paths[s.parent], s] if s.parent is not None else [s])
        self.sections = [s for s in self.tree if s.heading.level == 1]
        self._section_starts = [s.start for s in self.sections]
        self.plan_parts = self._plan_parts()
        self._plan_part_starts = [start for start, _, _ in self.plan_parts]
        self.plan_paragraphs = self._plan_paragraphs()
        self._plan_starts = [start for start, _ in self.plan_paragraphs]
        self._sentence_marks = self.offsets(SENTENCE_ENDS)  # where a sentence ends
        # Where a clause ends: a sentence's ends and the other marks, merged (a sort of two runs is a merge),
        # in three quarters of the time a scan for all of CLAUSE_ENDS takes besides the one above.
        self._clause_ends = self._sentence_marks + self.offsets(_CLAUSE_MARKS)
        self._clause_ends.sort()
        if len(self.sentence_bounds) > len(self._sentence_marks) + 1:
            # A run without a sentence's mark, cut into sentences, is cut into clauses there too (the character
            # before a cut ends the clause): else every number in a run without marks reads its clause from its start.
            cuts = [bound - 1 for bound in self.sentence_bounds if bound and text[bound - 1] not in SENTENCE_ENDS]
            self._clause_ends = sorted({*self._clause_ends, *cuts})

    @cached_property
    def page_tail(self) -> int:
        """Where a web page's tail of links and buttons starts (len(text) for none): see _page_tail."""
        return _page_tail(self.text, self.lines)

    def offsets(self, chars: str) -> list[int]:
        """Where any of `chars` occurs, in order."""
        return char_starts(self.text, chars)

    def _tree(self) -> list[Section]:
        """Every heading as a section, ending where a heading of its level or higher begins.

        A top-level heading without a cue that comes before any shortcomings or
        plans section is a work area (统筹谋划,系统布局…): its kind is achievements (in a
        principal's own report on the duty, 述法报告, what it did is of kind responsibilities),
        unless it frames the document or tells a case (起草背景, 基本案情: [sections] framing) or closes the report
        with other matters (其他需要报告的情况: [sections] other_matters).
        In a plan document every top-level part after the review of the last
        period (发展基础) is a plan, whatever it is called (主要任务, 保障措施).
        A text that opens inside a part ((三)… / (四)… / 二、存在的问题: a piece of a report) has sections above which no
        heading of the text stands: each takes the kind its title names, as a top-level part does, and one naming none
        is a work area when a part after it names the problems or the plans (the part it is in comes before them);
        else its part, and its kind, are not in the text.
        """
        rows: list[list] = []  # [heading, kind, end, year, parent, genre, framed]
        open_stack: list[int] = []  # indices of sections still open, outermost first
        seen_later_kind = False
        seen_top = False  # a report opens with what it did: a coming year's work is a later part
        review, framing, other_matters = get_catalog().review, get_catalog().framing, get_catalog().other_matters
        any_cue = _any_part_cue()
        kind_of = _kind_namer()  # kind_named, its catalog looked up once for all headings
        # where the last part naming the problems or the plans stands (a heading no lower than the first: an item's
        # title may hold the words, 确保计划…落实), when the text opens below its top level
        first_level = self.headings[0].level if self.headings else 1
        later_named = max((k for k, h in enumerate(self.headings)
                           if h.level <= first_level and kind_of(h.title) in LATER_KINDS), default=-1) \
            if first_level > 1 else -1
        for k, h in enumerate(self.headings):
            title = unspaced(h.title)  # its words, as the cues read them
            item = h.numbering[-1:] == _ITEM_MARK  # 一是 nests below a heading of its level of another family
            if item and any(rows[j][0].numbering[-1:] == _ITEM_MARK for j in open_stack):
                # 二是 after 一是 and the items 一是 opened ((1)…(2)…): it closes them, and 一是, its sibling
                while rows[open_stack[-1]][0].numbering[-1:] != _ITEM_MARK:
                    rows[open_stack.pop()][2] = h.start
            while open_stack and rows[open_stack[-1]][0].level >= h.level \
                    and not (item and rows[open_stack[-1]][0].numbering[-1:] != _ITEM_MARK):
                rows[open_stack.pop()][2] = h.start
            parent = open_stack[-1] if open_stack else None
            named = kind_of(title)
            # whether the title may hold a cue of framing, other_matters or review: a title naming no kind (most) is
            # searched for them all at once, and for each only when it holds one
            cued = named != "other" or any_cue is None or any_cue.search(title, None, None, NOT_CONCURRENT) is not None
            framed = named == "other" and cued and framing.search(title, None, None, NOT_CONCURRENT) is not None
            aside = framed or (named == "other" and cued and other_matters.search(title, None, None, NOT_CONCURRENT) is not None)
            year = _YEAR_IN_TITLE.search(title, None, None, NOT_CONCURRENT) if "年" in title else None
            if h.level == 1 and named == "other" and year and seen_top and _WORK_IN_TITLE.search(title) \
                    and int(year.group(1)) > (_year_named_most(self.text, h.start) or int(year.group(1))):
                named = "plans"
            if h.level == 1 or parent is None:
                seen_top = True
                kind = named
                if self.plan_document and kind in ("achievements", "other"):
                    if not seen_later_kind and cued and review.search(title, None, None, NOT_CONCURRENT):
                        kind = "achievements"
                    elif not aside:  # a part framing the plan (制定依据, 制定过程) plans nothing
                        kind = "plans"
                if kind in LATER_KINDS:
                    seen_later_kind = True
                elif kind == "other" and not seen_later_kind and not aside and (h.level == 1 or k < later_named):
                    kind = "achievements"
                if kind == "achievements" and self.duty_report:
                    kind = "responsibilities"
            else:
                kind = rows[parent][1]
            genre = (named != "other" and not _kind_after_measure(title, kind_of)) or aside \
                or cued and review.search(title, None, None, NOT_CONCURRENT) is not None
            rows.append([h, kind, len(self.text), int(year.group(1)) if year else None, parent, genre, framed])
            open_stack.append(len(rows) - 1)
        return [_new_section((h, kind, h.start, end, year, parent, genre, framed))
                for h, kind, end, year, parent, genre, framed in rows]

    def path_at(self, offset: int) -> list[Section]:
        """The sections enclosing `offset`, outermost first."""
        i: int | None = bisect.bisect_right(self._tree_starts, offset) - 1
        while i is not None and i >= 0 and not self.tree[i].start <= offset < self.tree[i].end:
            i = self.tree[i].parent
        return list(self._paths[i]) if i is not None and i >= 0 else []

    def _plan_parts(self) -> list[tuple[int, int, int | None]]:
        """Parts below the top level that plan the coming period inside a part of another kind (一、2024年工作情况 …
        (三)下一步工作打算, 3.下一步工作计划; a report by work areas: 一、行政复议工作 (一)工作情况 (二)下一步打算): where each
        starts and ends, and the year its title names. Its title names a plan and opens as a plan paragraph does (下一步,
        今后: catalog plan_paragraph), or opens with a year after the one the text before it names most and its work
        ((三)2025年工作计划), as a top-level part names the plans. A measure named with a plan word ((四)科学编制年度普法
        计划, (二)突出工作重点) plans nothing; nor does a part within one found (its own parts are in it)."""
        parts: list[tuple[int, int, int | None]] = []
        kind_of, cue = _kind_namer(), get_catalog().plan_paragraph
        for s in self.tree:
            if s.parent is None or s.kind == "plans" or s.framed or (parts and s.start < parts[-1][1]):
                continue
            title = unspaced(s.heading.title)
            named = kind_of(title)
            if named not in ("plans", "other"):
                continue
            opening = _YEAR_IN_TITLE.match(title) if s.year is not None else None
            year = int(opening.group(1)) if opening is not None else 0
            if (named == "plans" and not _kind_after_measure(title, kind_of)
                    and cue.match(title, None, None, NOT_CONCURRENT) is not None) \
                    or (year and _WORK_IN_TITLE.search(title) is not None
                        and year > (_year_named_most(self.text, s.start) or year)):
                parts.append((s.start, s.end, s.year))
        return parts

    def _plan_paragraphs(self) -> list[tuple[int, int]]:
        """Paragraphs that open with a plan cue (下一步, 今后) outside any numbered plan section, or with the title
        of a plan part run into them after a colon (2025年工作打算:…, 明年工作思路:…), as a line of its own would
        head one (_unnumbered_level).

        The cue opens a line ((?m)^…): it is tried at the start of each line that holds more than its
        indent, not at every character of the text, and only where the line's text opens with a character the cue
        may open with (plan_cue_openings).
        """
        spans = []
        text, pattern = self.text, get_catalog().plan_paragraph
        opens = plan_cue_openings()
        for line in self.lines:
            if opens is None or text[line.body] in opens:  # (its text opens with no cue: most lines)
                m = pattern.match(text, line.start, None, NOT_CONCURRENT)
                if m is not None:
                    end = text.find("\n", m.end())
                    spans.append((m.start(), len(text) if end < 0 else end))
                    continue
            if line.numbering_end == line.body and _titles_a_plan(text, line):
                spans.append((line.start, line.end))
        return spans

    def section_at(self, offset: int) -> Section | None:
        i = bisect.bisect_right(self._section_starts, offset) - 1
        return self.sections[i] if i >= 0 else None

    def in_plan(self, offset: int) -> tuple[bool, int | None]:
        """Whether `offset` lies in a plan (target) part (a top-level one, one below it: plan_parts, or a paragraph
        opening with a plan cue), and the year it plans for when named."""
        section = self.section_at(offset)
        if section is not None and section.kind == "plans":
            return True, section.year
        i = bisect.bisect_right(self._plan_part_starts, offset) - 1  # the parts are disjoint, in order
        if i >= 0 and offset < self.plan_parts[i][1]:
            return True, self.plan_parts[i][2]
        i = bisect.bisect_right(self._plan_starts, offset) - 1  # the paragraphs are disjoint, in order
        return (True, None) if i >= 0 and offset < self.plan_paragraphs[i][1] else (False, None)

    @cached_property
    def sentence_bounds(self) -> list[int]:
        """Offsets where sentences start (after 。!? or a line break, or MAX_SENTENCE characters on)."""
        ends = [mark + 1 for mark in self._sentence_marks]
        bounds = [0, *ends]
        if max(map(sub, ends, bounds), default=0) > MAX_SENTENCE:  # a run without a sentence end is cut
            bounds = [0]
            for end in ends:
                bounds.extend(range(bounds[-1] + MAX_SENTENCE, end, MAX_SENTENCE))
                bounds.append(end)
        bounds.extend(range(bounds[-1] + MAX_SENTENCE, len(self.text), MAX_SENTENCE))
        return bounds

    def sentence_start(self, offset: int) -> int:
        bounds = self.sentence_bounds
        return bounds[bisect.bisect_right(bounds, offset) - 1]

    def sentence_of(self, offset: int) -> tuple[int, int]:
        """(start, next sentence's start or the text's end) of the sentence holding `offset`: the stretch a caller
        walking numbers in order keeps, looking a sentence up again only for a number outside it."""
        bounds = self.sentence_bounds
        i = bisect.bisect_right(bounds, offset)
        return bounds[i - 1], bounds[i] if i < len(bounds) else len(self.text)

    def sentence_end(self, offset: int) -> int:
        """Where the sentence holding `offset` ends: at its closing 。!? or line break, not after it.

        A mark ends a sentence where the next one starts (a bound is the offset after a mark), so the one
        mark a sentence may hold is its last character: one look-up finds both, no search of the marks."""
        bounds = self.sentence_bounds
        i = bisect.bisect_right(bounds, offset)
        text = self.text
        limit = bounds[i] if i < len(bounds) else len(text)
        return limit - 1 if i and offset < limit and text[limit - 1] in SENTENCE_ENDS else limit

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """(start, end) of the sentence holding `offset`, its closing mark left out."""
        return self.sentence_start(offset), self.sentence_end(offset)

    def clause_start(self, offset: int) -> int:
        """Where the clause holding `offset` starts (after a pause, 、, a bracket, a quote or a sentence end)."""
        i = bisect.bisect_left(self._clause_ends, offset) - 1
        return self._clause_ends[i] + 1 if i >= 0 else 0

    def clause_end(self, offset: int) -> int:
        """Where the clause holding `offset` ends: at the mark that closes it (a mark closes the clause before it)."""
        i = bisect.bisect_left(self._clause_ends, offset)
        return self._clause_ends[i] if i < len(self._clause_ends) else len(self.text)

    def clause_at(self, offset: int) -> tuple[int, int]:
        """(start, end) of the clause holding `offset`, its closing mark left out: clause_start and clause_end
        in one look-up, the same for every offset from start to end."""
        ends = self._clause_ends
        i = bisect.bisect_left(ends, offset)
        return ends[i - 1] + 1 if i else 0, ends[i] if i < len(ends) else len(self.text)


def _titles_a_plan(text: str, line: Line) -> bool:
    """Whether the line's text opens with a title naming a plan part (kind_named) and a colon, run into the plan
    (2025年工作打算:持续深化…): no longer than a title standing alone (TITLE_LINE). Not a line going on to tell what
    was done against it (年度目标:…,实际完成…: catalog target_outcome), which sets the targets beside their outcome."""
    colon = text.find(_FIELD, line.body, min(line.end, line.body + TITLE_LINE + 1))
    return colon > line.body and kind_named(text[line.body:colon]) == "plans" \
        and get_catalog().target_outcome.search(text, colon, line.end, NOT_CONCURRENT) is None


def _kind_after_measure(title: str, kind_of: Callable[[str], str]) -> bool:
    """Whether a title names its kind only after a comma, its first phrase a measure (夯实组织基础,改革总体成效初步彰显;
    压实主体责任,履行第一责任人职责): a work area told with its result, no part named by its kind (主要举措和成效), though
    its kind is the one named. A first phrase opening with a year (2024年,主要工作及成效) names no measure."""
    comma = title.find(",")
    return comma > 0 and not title[0].isdigit() and kind_of(title[:comma]) == "other"


def _year_named_most(text: str, end: int) -> int | None:
    """The year text[:end] names more often than any other (2024年), or None (none, or a tie)."""
    counts = Counter(m.group(1) for m in _YEAR_IN_TITLE.finditer(text, 0, end, NOT_CONCURRENT)).most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
        return None
    return int(counts[0][0])


class Line(NamedTuple):
    """A line holding more than its indent: where it starts, its text begins (after the indent) and it
    ends, and the heading numbering that opens its text (HEADING_NUMBERING): its level, 0 for none,
    and where it ends (at the body for none)."""

    start: int
    body: int
    end: int
    level: int
    numbering_end: int


_new_line = maker(Line)


_FIELD = ":"  # what parts a field's name from its value on a line (来源:…, 责任编辑:…)


def _titles_nothing(line: str) -> bool:
    """Whether a line below a number set apart is no title of it: a field (责任编辑:…) or page furniture (相关阅读,
    打印本页), as below a page cut after its (二)."""
    return _FIELD in line.rstrip()[:-1] or _furniture(line)


# An entry of a table of contents (一、主要举措和成效……………1, (二)健全依法决策机制.......2): a heading's numbering and
# title, then leader dots and its page number. It heads nothing: the heading stands again where its part begins.
_CONTENTS_ENTRY = compile_cached(r"(?:[…⋯]{2,}|[.·・‧_-]{4,})[ \t\u3000]*\d{1,3}[ \t\u3000]*$")


def _lines(text: str) -> list[Line]:
    """Every line that holds more than its indent, with its heading numbering: one match a line
    whose text may open with numbering, none for the others (a line of prose opens with an ideograph), and none
    for an entry of a table of contents (_CONTENTS_ENTRY).

    A line holding only its numbering ((一), 1., as a page that sets the number apart writes it) is joined to the
    unnumbered line right below it, its title: one line from the numbering to that line's end; not to a line that
    titles nothing (_titles_nothing). A page setting every paragraph apart by a blank line (_double_spaced) sets the
    number apart from its title by one too: there the title may follow one blank line."""
    lines: list[Line] = []
    pos = 0
    apart = None  # where the line just read ends when it holds only its numbering
    spaced: bool | None = None  # whether the text is double-spaced, asked only of a number set apart by a blank line
    for line in text.split("\n"):
        line_end = pos + len(line)
        body = line.lstrip(_INDENT)
        if body:
            level = 0
            if _may_open_with_numbering(body):
                markup = _MARKUP_BEFORE.match(text, pos, line_end, NOT_CONCURRENT) if body[0] in _MARKUP_OPENERS else None
                m = _NUMBERED_LINE.match(text, markup.end() if markup else pos, line_end, NOT_CONCURRENT)
                if m is not None:  # always: the indent may be empty, the numbering missing
                    level, indent_end, numbering_end = _HEADING_LEVELS[m.lastindex or 0], m.end(1), m.end()
                    if level and line.rstrip(_INDENT)[-1:].isdigit() \
                            and _CONTENTS_ENTRY.search(text, numbering_end, line_end, NOT_CONCURRENT):
                        level, numbering_end = 0, indent_end
            else:
                indent_end = numbering_end = line_end - len(body)
            if pos - 2 == apart and spaced is None:
                spaced = _double_spaced(text)
            if level or not (pos - 1 == apart or spaced and pos - 2 == apart) or _titles_nothing(body):
                lines.append(_new_line((pos, indent_end, line_end, level, numbering_end)))
                apart = line_end if level and numbering_end == line_end else None
            else:  # the title of the numbering alone on the line above
                above = lines[-1]
                lines[-1] = _new_line((above.start, above.body, line_end, above.level, indent_end))
                apart = None
        pos = line_end + 1
    return lines


def _double_spaced(text: str) -> bool:
    """Whether the text sets most of its lines apart by a blank line (a converted page's paragraphs): its line breaks
    come in pairs, two in five of them at least (a text set so throughout has one pair for two breaks)."""
    return 5 * text.count("\n\n") >= 2 * text.count("\n") > 0


def _may_close_bare_numbering(text: str, body: int) -> bool:
    """Whether a bracket closes one to three digits at ``body``, as _BARE_NUMBERING asks: a str.find, where most lines
    opening with a digit are prose and a failing match costs far more."""
    return text.find(_BARE_CLOSE, body + 1, body + 1 + _CN_NUMBERING_DIGITS) >= 0


def _bare_heading(text: str, lines: list[Line], i: int) -> Line:
    """The i-th line, as a heading numbered without its opening bracket (一) 1)) when it is one, read as its bracketed
    form's ((一) (1)): when its numbering counts from one, or on from the last numbering of its level above it,
    bracketed or not, closing as the bracketed family does (二) after (一) or 一)); not when the line above leaves a
    bracket open, which it closes (依据《条例》(第 / 一)项…: a sentence wrapped at the margin), nor out of sequence.
    Asked only where a bracket may close the numbering (_may_close_bare_numbering)."""
    line = lines[i]
    m = _BARE_NUMBERING.match(text, line.body, line.end, NOT_CONCURRENT)
    if m is None:
        return line
    level = _PAREN_LEVELS[m.lastindex or 0]
    if i and text.rfind("(", lines[i - 1].body, lines[i - 1].end) > text.rfind(")", lines[i - 1].body, lines[i - 1].end):
        return line
    value = _number_of(m.group(m.lastindex or 0))
    if value != 1:
        last = next((lines[k] for k in range(i - 1, -1, -1) if lines[k].level == level), None)
        if last is None or text[last.numbering_end - 1] != ")" \
                or _number_of(text[last.body:last.numbering_end]) != (value or 0) - 1:
            return line
    return _new_line((line.start, line.body, line.end, level, m.end()))


def _with_item_headings(lines: list[Line], text: str) -> list[Line]:
    """`lines`, each that a heading numbered without its opening bracket (_bare_heading) or a 一是 heading
    (_item_heading) opens with its numbering: a line opening with a digit or a Chinese numeral and no other
    numbering is tried; and each short line of a title without numbering (_unnumbered_level) as a heading."""
    above: Line | None = None  # the last heading line above: numbered, or a part's title without numbering
    series: dict[int, list[tuple[int, int]]] = {}  # by that heading's start (-1: none): (line, level) of each title
    for i, line in enumerate(lines):
        # Each reading is asked for only where its first test passes, here rather than in a call (most lines opening
        # with a numeral are paragraphs, 一是…, most others are prose longer than a title): the calls cost more.
        if not line.level and text[line.body] in _BARE_OPENERS:
            if _may_close_bare_numbering(text, line.body):
                lines[i] = _bare_heading(text, lines, i)
            if not lines[i].level and text[line.body] in ITEM_DIGITS \
                    and line.end - line.body <= _ITEM_HEADING_WIDTH + _ITEM_TITLE:
                lines[i] = _item_heading(text, lines, i)
        if lines[i].level:
            above = lines[i]
        elif line.end - line.body <= _PAIRED_TITLE_LINE and _title_sized(text, line):
            level, part = _unnumbered_level(text, lines, i, above)
            ordinal = _ORDINAL.match(text, line.body, line.end, NOT_CONCURRENT) if level else None
            numbering_end = ordinal.end() if ordinal is not None else line.body
            if part or ordinal is not None:
                lines[i] = _new_line((line.start, line.body, line.end, level, numbering_end))
                if part:
                    above = lines[i]
            elif level:
                series.setdefault(above.start if above is not None else -1, []).append((i, level))
    for titles in series.values():
        if len(titles) >= 2:
            for i, level in titles:
                line = lines[i]
                lines[i] = _new_line((line.start, line.body, line.end, level, line.body))
    return lines


# A heading without numbering: a line of a short title between paragraphs (…。 / 强化依法行政 / 全年审查…。), as a page
# that lost its numbering or a writer who sets titles in bold alone writes it. Its title opens with a Han character
# or a digit, holds no sentence end and no ;:, and ends with no pause; the line above ends a sentence or is a numbered
# heading, and the line below is a paragraph: no numbering, longer than the title, with a pause or a sentence end in
# it. A title naming a kind of part (存在的问题, 下一步工作计划) heads a top-level part, unless the heading above names
# that kind already (二、存在的问题 / 存在问题主要有 / 一是…: an introduction). Any other heads a part one level below the
# heading above it when another such title follows under that heading: such titles come in a series, and a lone one
# right below a heading is that heading's title wrapped onto a second line (一、理论价值——建立大行政 / 救济理论体系).
# A picture's caption (图为…, ▲…) and the document's title set again over its body are none. A title opening with an
# ordinal (第一,加强组织领导 / 第二,存在的问题) is numbered so: the ordinal is its numbering, and it needs no series.
# A title naming a kind of part (主要工作及成效, 存在的问题) after a sentence's end, over the first of a list no deeper
# than the heading above it (…。 / 存在的问题 / 一、学法用法不够深入), a colon closing it or not (存在的问题:), heads a
# top-level part too, the list below it (_genre_parts_over_repeats).
TITLE_LINE = 20  # the longest title standing alone on its line without numbering
# A title of two phrases parted by one comma or a space (坚持党的领导,扛牢法治建设政治责任), as a part's title is
# written, runs longer: to this many characters, each phrase at least _UNNUMBERED_SHORTEST.
_PAIRED_TITLE_LINE = 32
_PHRASE_PARTING = compile_cached(rf",|{_SPACE_BETWEEN_HAN.pattern}")
_UNNUMBERED_SHORTEST = 4  # a shorter line is a label (附件, 附表), not a title
_UNNUMBERED_OPENING = compile_cached(r"[\p{Han}0-9]")  # 强化依法行政, 2025年工作计划
_UNNUMBERED_BARS = compile_cached(char_class(TITLE_ENDS + ":"))  # a sentence, or a lead-in to what follows (具体做法:)
_PROSE_MARKS = compile_cached(char_class(SENTENCE_MARKS + PAUSES))
_CAPTION = compile_cached(r"^(?:图为|图片为|[▲△])|摄(?:影)?$")
_SUBSTANTIAL_KINDS = ("shortcomings", "plans", "responsibilities")
_ORDINAL = compile_cached(rf"第[{ITEM_DIGITS}]{{1,3}}[,、][ \t\u3000]*")
_LEAD_IN = ":"  # what closes a title set as the lead-in to a list below it (normalized ASCII)


def _title_sized(text: str, line: Line) -> bool:
    """Whether the line is short enough for a title without numbering: TITLE_LINE, or _PAIRED_TITLE_LINE for two
    phrases parted by one comma or a space. Asked only of a line no longer than _PAIRED_TITLE_LINE (_with_item_headings
    tests that before the call: most lines are longer prose)."""
    if line.end - line.body <= TITLE_LINE:
        return True
    partings = list(_PHRASE_PARTING.finditer(text, line.body, line.end, False, NOT_CONCURRENT))
    return len(partings) == 1 and partings[0].start() - line.body >= _UNNUMBERED_SHORTEST \
        and len(text[partings[0].end():line.end].rstrip()) >= _UNNUMBERED_SHORTEST


def _unnumbered_level(text: str, lines: list[Line], i: int, above: Line | None) -> tuple[int, bool]:
    """The level of the i-th line as a heading without numbering (see TITLE_LINE), 0 for none, and whether it
    names a kind of part; `above`: the last heading line above it."""
    line = lines[i]
    if i == 0 or i + 1 >= len(lines):
        return 0, False
    title = text[line.body:line.end].rstrip()
    before, below = lines[i - 1], lines[i + 1]
    if below.level and title.endswith(_LEAD_IN):
        title = title[:-1]  # a part's title set as the lead-in to its list (存在的问题: / 一、…)
    if len(title) < _UNNUMBERED_SHORTEST or title[-1] in WRAP_STOPS or _UNNUMBERED_OPENING.match(title, None, None, NOT_CONCURRENT) is None \
            or _UNNUMBERED_BARS.search(title, None, None, NOT_CONCURRENT) is not None:
        return 0, False
    if not (before.numbering_end > before.body or ends_sentence(text[before.body:before.end].rstrip())):
        return 0, False
    if below.level:  # a part's title over the first of its items (存在的问题 / 一、…): see _genre_parts_over_repeats
        if _number_of(text[below.body:below.numbering_end]) != 1 or kind_named(title) == "other" \
                or (above is not None and below.level > above.level) \
                or not ends_sentence(text[before.body:before.end].rstrip()):
            return 0, False  # inside a part (一、… / 主要做法 / 1.…), or under a list's title (附件: / 一、…清单 / …要点)
    elif below.end - below.body <= len(title) or _PROSE_MARKS.search(text, below.body, below.end, NOT_CONCURRENT) is None:
        return 0, False
    if _CAPTION.search(title, None, None, NOT_CONCURRENT) is not None or _in_title_block(text, lines, i, title):
        return 0, False
    kind = kind_named(title)
    if kind in _SUBSTANTIAL_KINDS:
        if above is not None and kind_named(_heading(text, above.level, above.body, above.numbering_end,
                                                     above.end).title) == kind:
            return 0, False
        return 1, True
    if below.level:
        return 1, True  # 主要工作及成效 / 一、…: the report's first part, over its items
    return (above.level + 1 if above is not None else 1), False


def _in_title_block(text: str, lines: list[Line], i: int, title: str) -> bool:
    """Whether `title` is written in the text's title block, the lines above its first sentence end: the
    document's title set again over its body (a notice, then 2024年全市法治政府建设工作要点 on its own line)."""
    for above in lines[:i]:
        if above.start > _PLAN_DOCUMENT_HEAD:
            return False  # past the head, where a title stands
        written = text[above.body:above.end]
        if title in written:
            return True
        if ends_sentence(written.rstrip()):
            return False
    return False


# What the line below a 一是 heading opens with: its body, no numbering, or the first of its items numbered (1)
# (一是开展案卷评查 / (1)评查案卷200卷;), the family below it. Any other numbering or 一是 below makes it a one-line item.
_BELOW_ITEM_HEADING = (0, _PAREN_DIGIT_LEVEL)


def _item_heading(text: str, lines: list[Line], i: int) -> Line:
    """The i-th line, as a 一是 heading when it is one: 一是 and a title of at most _ITEM_TITLE characters without a
    sentence end or a pause closing it, the line below opening with neither 一是 nor numbering but (1) (a body, or
    its items: _BELOW_ITEM_HEADING). A title closed by its sentence end (一是加强组织领导。) heads too, unless the line
    above is a 一是 line as well: the last of a list of one-line items (二是…。 / 三是…。) heads nothing, though a
    paragraph follows it. Asked only of a line no longer than 一是 and such a title (_ITEM_HEADING_WIDTH + _ITEM_TITLE):
    a longer one is a paragraph opening with 一是, as most are."""
    line = lines[i]
    m = _ITEM_HEADING.match(text, line.body, line.end, NOT_CONCURRENT)
    closed = text[line.end - 1] in SENTENCE_MARKS
    title_end = line.end - closed
    if m is None or line.end - m.end() > _ITEM_TITLE or text[line.end - 1] in WRAP_STOPS \
            or any(text.find(mark, m.end(), title_end) >= 0 for mark in TITLE_ENDS):
        return line
    below = lines[i + 1] if i + 1 < len(lines) else None
    if below is None or below.level not in _BELOW_ITEM_HEADING \
            or _ITEM_HEADING.match(text, below.body, below.end, NOT_CONCURRENT):
        return line
    if closed and i and _ITEM_HEADING.match(text, lines[i - 1].body, lines[i - 1].end, NOT_CONCURRENT):
        return line
    return _new_line((line.start, line.body, line.end, _LISTED_LEVEL, m.end()))


# A document-sharing site's preview of a report runs each of its pages together on one line and numbers the pages
# 1、 2、 …, the first opening the text (after at most the site's line naming the file, 《….docx》由会员分享…) with the
# report's own title: …\n1、某局2023年法治政府建设工作总结一、主要工作及成效(一)加强组织领导…\n2、…。二、存在的问题…
# A page's number is the site's, no heading; the report's parts run on inside the pages, as in a flattened report.
_PREVIEW_LEAD = 2  # the lines a preview's first page may open at
_PART_INSIDE = compile_cached(rf"(?<=[^\d\s第])[{CN_SMALL_NUMBER}]{{1,3}}、")  # not an ordinal (第一、第二季度)


def _preview_pages(text: str, lines: list[Line]) -> frozenset[int]:
    """The lines that are a preview's pages: from one of the first _PREVIEW_LEAD lines on, lines numbered 1、 2、 …
    (or 1. 2.) in sequence, at least two, each but the last a line of prose (PROSE_LINE), one holding a part's
    numbering (一、) after its text. A report whose listed items open it holds no part's numbering inside them (a list
    run into an item is numbered (一)…;(二)…)."""
    first = next((k for k in range(min(_PREVIEW_LEAD, len(lines))) if lines[k].level == _LISTED_LEVEL), None)
    if first is None:
        return frozenset()
    pages: list[int] = []
    for k in range(first, len(lines)):
        line = lines[k]
        if line.level != _LISTED_LEVEL or not text[line.body].isdigit() \
                or _number_of(text[line.body:line.numbering_end]) != len(pages) + 1:
            break
        pages.append(k)
        if line.end - line.body < PROSE_LINE:
            break  # the last page, cut short
    if len(pages) < 2 or not any(_PART_INSIDE.search(text, lines[k].numbering_end, lines[k].end) for k in pages):
        return frozenset()
    return frozenset(pages)


def _page_numbers_set_aside(lines: list[Line], pages: frozenset[int]) -> list[Line]:
    """`lines` with each preview page's number (_preview_pages) set aside as its indent: no heading."""
    return [_new_line((line.start, line.numbering_end, line.end, 0, line.numbering_end)) if k in pages else line
            for k, line in enumerate(lines)]


class _Cut(NamedTuple):
    """A heading run on mid-line: the line it is in (its index), where its numbering starts and ends, its family
    (its group in _FLAT_NUMBERING, less one), its number and how many headings, at a line's start or mid-line, were
    read up to it."""

    line: int
    start: int
    numbering_end: int
    family: int
    value: float | None
    read: int


def _unflattened(text: str, lines: list[Line], pages: frozenset[int] = frozenset()) -> list[Line]:
    """`lines` with each line of a flattened report (_FLAT_LINE), and each page of a preview (`pages`, see
    _preview_pages) whatever its length, cut before the headings run on in it: each heading opens a line of its own,
    as it would in the report as written. The report's title opening a preview's first page is read as a heading's
    title is: its first part may run on into it (…工作总结一、主要工作及成效(一)…). A shorter line a heading opens is
    cut before the firsts of lower levels run on into its title only (一、主要举措 (一)加强组织领导 1.完善工作机制。…, as
    a copy that lost the heads' line breaks sets them), not after its sentence ends: a list run into a paragraph
    ((一)…;(二)…) stays in it.

    The numbering counts on across the text: each family (一、 / (一) / 1. / (1)) from its last heading, or from
    one again after a heading of a higher level."""
    last: dict[int, tuple[int, int]] = {}  # family → (its last value, the count of headings when it was read)
    latest = [0] * (max(_FLAT_LEVELS) + 1)  # by level: the count of headings when the last one of that level was read
    count = 0
    cuts: list[_Cut] = []
    families: list[tuple[int, float | None]] = []  # each heading's family and number, in the order read
    first_page = min(pages, default=-1)  # the line of a preview's first page, if any

    def follows(family: int, value: float | None) -> bool:
        """Whether numbering of `family` with `value` counts on from the last heading of its family."""
        level = _FLAT_LEVELS[family]
        if family not in last:
            return value == 1
        before, read = last[family]
        return value == before + 1 or (value == 1 and any(latest[up] > read for up in range(1, level)))

    def read(family: int, value: float | None) -> None:
        nonlocal count
        count += 1
        families.append((family, value))
        last[family] = (int(value or 0), count)
        latest[_FLAT_LEVELS[family]] = count

    def run_on(title_from: int, title_level: int, reach: int, end: int) -> regex.Match[str] | None:
        """The first heading (一) run on into the title from `title_from` (of a heading of `title_level`), before
        `reach`, within _FLAT_TITLE characters and no sentence end: a first of a lower level that counts on.
        The numbering is tried at each of those few characters that may open it, as a search would, but never past
        them."""
        reach = min(reach, title_from + _FLAT_TITLE + 1)
        if _FIRST_NUMBER.search(text, title_from, min(end, reach + _FIRST_WITHIN)) is None:
            return None  # (no first's numbering opens before `reach`)
        reach = min([reach, *(k + 1 for k in (text.find(c, title_from, reach) for c in SENTENCE_MARKS) if k >= 0)])
        at = title_from
        while at < reach:
            m = _FLAT_NUMBERING.match(text, at, end, NOT_CONCURRENT) if may_open_heading_numbering(text[at]) else None
            if m is None:
                at += 1
                continue
            family = (m.lastindex or 1) - 1
            if _FLAT_LEVELS[family] > title_level and m.end() < end and _number_of(m.group(0)) == 1 \
                    and follows(family, 1):
                return m
            at = m.end()
        return None

    for i, line in enumerate(lines):
        opening = _FLAT_NUMBERING.match(text, line.body, line.end, NOT_CONCURRENT) if line.level else None
        if opening is not None and opening.lastindex:
            read(opening.lastindex - 1, _number_of(opening.group(0)))
        short = line.end - line.body < _FLAT_LINE and i not in pages
        if short and opening is None:
            continue
        title_from, title_level = (opening.end(), _FLAT_LEVELS[opening.lastindex - 1]) \
            if opening is not None and opening.lastindex else (None, 0)
        if i == first_page:  # a preview's first page opens with the report's title, its first part run on
            title_from = line.body
        # The numbering that opens the line's body or follows a pause, in order (its own group, the last, is the
        # numbering without the pause); between two, one run on into the title before it.
        pauses = iter(()) if short else \
            _FLAT_AFTER_PAUSE.finditer(text, line.body if opening is None else opening.end(), line.end)
        pause = (_FLAT_NUMBERING.match(text, line.body, line.end) if opening is None else None) or next(pauses, None)
        while True:
            reach = pause.start(pause.lastindex or 0) if pause is not None else line.end
            m = run_on(title_from, title_level, reach, line.end) if title_from is not None else None
            if m is None:
                if pause is None:
                    break
                m, pause = pause, next(pauses, None)
            family, value = (m.lastindex or 1) - 1, _number_of(m.group(m.lastindex or 0))
            if m.end() < line.end and follows(family, value):
                read(family, value)
                cuts.append(_Cut(i, m.start(m.lastindex or 0), m.end(), family, value, count))
                title_from, title_level = m.end(), _FLAT_LEVELS[family]
            else:  # a number after a pause out of sequence ends the title before it
                title_from = None
    cuts = [cut for k, cut in enumerate(cuts) if _counted_on(cuts, k, families)]
    if not cuts:
        return lines
    split: list[Line] = []
    by_line: dict[int, list[_Cut]] = {}
    for cut in cuts:
        by_line.setdefault(cut.line, []).append(cut)
    for i, line in enumerate(lines):
        starts = by_line.get(i)
        if starts is None:
            split.append(line)
            continue
        ends = [cut.start for cut in starts] + [line.end]
        split.append(_new_line((line.start, line.body, ends[0], line.level, line.numbering_end)))
        for cut, end in zip(starts, ends[1:]):
            split.append(_new_line((cut.start, cut.start, end, _FLAT_LEVELS[cut.family], cut.numbering_end)))
    return split


def _counted_on(cuts: list[_Cut], k: int, families: list[tuple[int, float | None]]) -> bool:
    """Whether the k-th heading run on mid-line is one of a list: one that counts on from another, or a first
    whose second follows, mid-line or opening a line of its own (a lone (一) after a sentence end may open a list run
    into a paragraph; `families` are the family and number of each heading read, in order), or a first that the
    first of a lower level follows closely, and that first (…保障。一、凝聚共识(一)强化…: a page showing the report's
    head alone, its 二、 cut off, heads its one part as the whole report does)."""
    cut = cuts[k]
    if cut.value != 1:
        return True
    following = next((later for later in cuts[k + 1:] if later.family == cut.family), None)
    if following is not None and following.value == 2:
        return True
    if next((value for family, value in families[cut.read:] if family == cut.family), None) == 2:
        return True
    return (k + 1 < len(cuts) and _opens_below(cut, cuts[k + 1])) or (k > 0 and _opens_below(cuts[k - 1], cut))


def _opens_below(above: _Cut, below: _Cut) -> bool:
    """Whether `below`, a first of a lower level than `above` (a first too), follows it on its line within
    _FLAT_TITLE characters of its numbering: run on into its title (一、凝聚共识(一)…) or right after it (一、凝聚共识。
    (一)…), as a part's title and its first sub-part are written."""
    return below.line == above.line and above.value == below.value == 1 \
        and _FLAT_LEVELS[below.family] > _FLAT_LEVELS[above.family] and below.start - above.numbering_end <= _FLAT_TITLE


# Text wrapped at a fixed width (a PDF's text layer, a mail) breaks its lines inside sentences
# (出庭应诉率\n99.86%), where a line break would end one. Such a text shows many lines of one length.
FULL_LINE_SHARE = 0.8  # of the width: a narrower line ends its paragraph
_WRAP_MIN_LENGTH = 20  # shorter lines are headings, list items and debris, not a wrapped paragraph
_WRAP_MIN_LINES = 5  # lines of the commonest length needed before a text counts as wrapped
_WRAP_SHARE = 1 / 3  # ... and their least share of the long lines
_WRAP_LONGEST = 1.5  # a wrapped line's greatest length against the width: digits and Latin letters run narrow
# A table row's, not prose's: a bar, a tab, or two spaces or more between words. The space opens the gap's alternative
# and the word before it is looked behind for: \S {2,}\S, opening with any character, was tried at every one.
_COLUMN_GAP = compile_cached(r"[|\t]| (?<=\S )(?= +\S)")
# A page's number alone on a line (- 3 -, — 12 —, ·3· as an official document's footer sets it, 第3页, 3/12), as a text
# layer writes a page break; or a flipbook's marks of a page, its number (P. 3) and the header naming it with the book
# (Page 3 - 某县司法局2023年度…报告).
PAGE_NUMBER = compile_cached(r"[-—–_·\s]*(?:第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}(?:\s*/\s*\d{1,4})?"
                             r"|P\.\s*\d{1,4}|Page\s*\d{1,4}(?:\s+[-—–]\s+\S.*)?)[-—–_·\s]*")
_PAGE_BREAK_LINES = 6  # a page break's lines: its number, a running header and the blank lines around them
_HEADER_MIN = 4  # a running header's least length (某县人民政府文件): a shorter line repeated is a list's or a table's
_CLOSINGS = "”’」』)】》\"'"  # what may follow the mark that ends a sentence


def ends_sentence(line: str) -> bool:
    """Whether `line` (normalized) ends a sentence: 。!? or a full stop not after a digit (that is a list
    marker or a decimal point), then any closings. A clause end (;:) at the margin is none: so the 65
    paragraphs of a seed set in a PDF all come back whole, where taking ;: as ends breaks one in two."""
    body = line.rstrip(_CLOSINGS)
    if body.endswith("."):
        return len(body) < 2 or not "0" <= body[-2] <= "9"
    return body[-1:] != "" and body[-1] in SENTENCE_MARKS


def runs_on(line: str, following: str) -> bool:
    """Whether a sentence may run on from `line` into `following` (both normalized): `line` ends none,
    and `following` opens no paragraph (it is neither blank nor indented) and no heading (一、, (一), 1.)."""
    return (bool(following) and following[0] not in _INDENT and not ends_sentence(line)
            and not HEADING_NUMBERING.match(following))


def wrap_breaks(text: str) -> list[tuple[int, int]]:
    """Where `text` (normalized) breaks a line only because it is wrapped: the [start, end) runs to drop,
    each a line break, or a page break (the page's number alone on a line, with blank lines around it).

    The width is the commonest length of the text's long prose lines, if enough of them have it and most of
    those run on into the next line (a title, a date line and paragraphs' last lines may share a length by
    chance: they end where they end). A break wraps when its line is about that long and the sentence runs on
    into the next line (runs_on)."""
    if text.count("\n") < _WRAP_MIN_LINES:
        return []
    lines = text.split("\n")
    if max((n for length, n in Counter(map(len, lines)).items() if length >= _WRAP_MIN_LENGTH), default=0) \
            < _WRAP_MIN_LINES:
        return []  # most texts: no five long lines of one length (the count is in C; the rest is not)
    prose = [len(line) >= _WRAP_MIN_LENGTH and not _COLUMN_GAP.search(line) for line in lines]
    lengths = Counter(len(line) for line, long in zip(lines, prose) if long)
    if not lengths:
        return []
    width, count = lengths.most_common(1)[0]
    if count < _WRAP_MIN_LINES or count < _WRAP_SHARE * lengths.total():
        return []
    shortest, longest = FULL_LINE_SHARE * width, _WRAP_LONGEST * width
    starts = _line_starts(lines)
    headers = _running_headers(lines)
    breaks = []
    at_width = running = 0  # the lines of the width, and those of them whose sentence runs on
    for i, (line, long) in enumerate(zip(lines, prose)):
        if long and shortest <= len(line) <= longest and not PAGE_NUMBER.fullmatch(line):
            k = _past_page_break(lines, i + 1, headers)  # the line the sentence runs on into
            runs = k < len(lines) and runs_on(line, lines[k])
            if len(line) == width:
                at_width += 1
                running += runs
            if runs:
                breaks.append((starts[i + 1] - 1, starts[k]))
    return breaks if 2 * running > at_width else []


def _line_starts(lines: list[str]) -> list[int]:
    """Where each of a text's `lines` starts in it, and where a line after the last would."""
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    return starts


def _running_headers(lines: list[str]) -> frozenset[str]:
    """The lines a text layer may repeat at the top or the foot of each page (a running header): the text's first
    line, its title (某县人民政府2023年度法治政府建设情况报告), and any line of _HEADER_MIN characters or more
    written twice. They are a page break's only where a page's number is (_past_page_break)."""
    stripped = [line.strip() for line in lines]
    counts = Counter(line for line in stripped if len(line) >= _HEADER_MIN)
    first = next((line for line in stripped if line), "")
    return frozenset([first, *(line for line, n in counts.items() if n > 1)])


def _past_page_break(lines: list[str], k: int, headers: frozenset[str], paged: bool = False) -> int:
    """The first line from `k` on past a page break (blank lines and a page's number alone, with the running
    `headers` around it, up to _PAGE_BREAK_LINES of them), or `k` when none starts there: blank lines alone end a
    paragraph, and so does a header without a page's number, unless the break is `paged` already (the text's title
    repeated: _titles_repeated)."""
    end = k
    while end < len(lines) and end - k < _PAGE_BREAK_LINES:
        line = lines[end].strip()
        if line:
            if PAGE_NUMBER.fullmatch(line):
                paged = True
            elif line not in headers:
                break
        end += 1
    return end if paged else k


# A page's number set off as a text layer writes a page break (— 2 —, - 2 -, 第2页 共6页, P. 2, Page 2 - …), opening a
# line after another; or a page's number alone on a line (3, the group `alone`), as a copy of a PDF's text writes a
# page's foot, which may as well be a flattened table's cell or a figure set off on a line of its own (受理 / 126 / 件):
# a page's only where the text's numbers so written count its pages (_bare_pages). `re`, and a line break to open it:
# searched in every text, it passes over the others at once (^ in multiline mode was tried at every character); one
# pattern for both, one scan of the text's line breaks (a second pattern scanning them for numbers alone cost some 1%
# of normalize_mapped).
_ALONE = "[0-9]{1,3}"  # a page's number alone
NUMBER_ALONE = compile_re_cached(rf"[ \t]*{_ALONE}[ \t]*")
_PAGE_MARK = compile_re_cached(r"\n[ \t]*(?:[-—–_·][ \t]*\d{1,4}[ \t]*[-—–_·]|第[ \t]*\d{1,4}[ \t]*页"
                               rf"|P\.[ \t]*\d{{1,4}}[ \t]*(?=\n|\Z)|Page[ \t]*\d{{1,4}}(?![0-9])|(?P<alone>{_ALONE})[ \t]*(?=\n))")
_PAGE_MIN_CHARS = 300  # the least distance between two pages' numbers: a page holds more text than that


@from_catalog
def _unit_openings(catalog: Catalog) -> frozenset[str]:
    """The characters a number's measure word, multiplier or date's unit opens with (件, 个, 万, 年): a number alone on a
    line over one of them is a figure's or a date's, never a page's."""
    return frozenset(unit[0] for unit in catalog.numbers.units) | frozenset("万亿余多年月日号届版")


def _bare_pages(numbers: list[tuple[int, int]]) -> dict[int, bool]:
    """For each (number, offset) of a line holding a number alone (_PAGE_MARK's `alone`), whether the number counts the
    text's pages: the next page's number, one more, follows alone on a line of its own _PAGE_MIN_CHARS characters on at
    least, or the page before's, one less, precedes so (1 … 2 … 3, each a page's text apart). Numbers alone in a
    table's column or a list (1 / 2 / 3 a few characters apart) count none."""
    where: dict[int, list[int]] = {}
    for number, at in numbers:
        where.setdefault(number, []).append(at)
    return {at: any(before <= at - _PAGE_MIN_CHARS for before in where.get(number - 1, ()))
            or any(after >= at + _PAGE_MIN_CHARS for after in where.get(number + 1, ())) for number, at in numbers}


def _runs_past_number(counted: bool, following: str) -> bool:
    """Whether the sentence a number alone on a line (_bare_pages) splits runs on past it as past a page's number: into
    a line opening with a digit, which no figure's number runs on into (调解成功率 / 3 / 98.6%); or, where the number
    counts the text's pages, into one opening with a Han character that opens no measure word nor a date's unit
    (_unit_openings: 受理 / 5 / 件 keeps its figure; 受理 / 5 / 行政复议案件 is a page's only among pages so counted)."""
    opening = following[:1]
    return "0" <= opening <= "9" or counted and "\u4e00" <= opening <= "\u9fff" and opening not in _unit_openings()


def _titles_repeated(text: str) -> set[int]:
    """Where the text's first line, its title, is written again alone on a line (after its line break), as a running
    header opens each page of a copy of a PDF's text, with no page's number beside it (…调解成功率达到 / title / 97.4%)."""
    start = 0
    while start < len(text) and text[start].isspace():
        start += 1  # the blank lines before the title (text.lstrip() would copy the text)
    end = text.find("\n", start)
    title = text[start:end].strip() if end >= 0 else ""
    if len(title) < _HEADER_MIN:
        return set()
    repeated, at = set(), text.find(title, end)  # the title alone: with a line break before it, a slower search
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        if text[start:end if end >= 0 else len(text)].strip() == title:
            repeated.add(start)
        at = text.find(title, at + 1)
    return repeated


def page_breaks(text: str, prose: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Where a page break set off by a page's mark (_PAGE_MARK, or a page's number alone: _bare_pages; with the
    running headers around it), or by the text's title repeated alone (_titles_repeated), splits a sentence of `text` (normalized) whatever its lines' widths: a line of `prose`
    (a paragraph's, written on one line or wrapped) that ends no sentence, and the line past the break that the
    sentence runs on into (…出庭应诉 / — 2 — / 某县…情况报告 / 率达100%); the [start, end) runs to drop."""
    titles = _titles_repeated(text)
    found = [(m.start() + 1, m.group("alone")) for m in _PAGE_MARK.finditer(text)]  # after the line break opening each
    if not found and not titles:
        return []  # most texts (one scan of the text: its marks found where they are looked for)
    bare = _bare_pages([(int(alone), at) for at, alone in found if alone is not None])
    found = sorted(found + [(at, None) for at in titles])
    lines = text.split("\n")
    starts = _line_starts(lines)
    headers = _running_headers(lines)
    breaks = []
    for mark, _ in found:
        at = bisect.bisect_right(starts, mark) - 1  # the mark's line
        before = at - 1
        while before >= 0 and at - before < _PAGE_BREAK_LINES and (not lines[before].strip() or lines[
                before].strip() in headers or PAGE_NUMBER.fullmatch(lines[before])):
            before -= 1
        if before < 0 or at - before >= _PAGE_BREAK_LINES:
            continue
        k = _past_page_break(lines, before + 1, headers, mark in titles)
        if k > before + 1 and k < len(lines) and prose(lines[before]) and runs_on(lines[before], lines[k]) \
                and (mark not in bare or _runs_past_number(bare[mark], lines[k])):
            breaks.append((starts[before + 1] - 1, starts[k]))
    return breaks


def _is_furniture(text: str, line: Line) -> bool:
    """Whether a line is page furniture: 【字体:大 中 小】, 【相关链接】, 上一篇:…"""
    return _furniture(text[line.body:line.end])


def _furniture(line: str) -> bool:
    """_is_furniture of a line's text after its indent."""
    return get_catalog().page_furniture.match(line.lstrip("【"), None, None, NOT_CONCURRENT) is not None


# What parts the levels of a page's breadcrumb trail (首页 > 政务公开 > 正文).
_TRAIL_MARKS = ">›»"


def _numbered_furniture(text: str, line: Line) -> bool:
    """Whether a numbered line is page furniture after its number: a page converted to text numbers the items of its
    lists 1. 2. 3., its breadcrumb trail among them (1. 当前位置: / 2. 首页 > 政务公开 / 3. > 正文): one naming furniture, or
    a piece of the trail opening with its mark. Asked of that numbering only (_LISTED_LEVEL), above the report's first
    heading, where a trail stands: a report's parts (一、, (一)) and the items below them are none (1. 首页改版上线)."""
    after = text[line.numbering_end:line.end].lstrip(_INDENT)
    return after[:1] in _TRAIL_MARKS or _furniture(after) if after else False


def _page_tail(text: str, lines: list[Line]) -> int:
    """Where a web page's tail starts: its first line of page furniture (打印本页, 上一篇, 相关阅读 …)
    after its last line of prose. What follows are buttons and links to other pages, whose figures are
    not the report's. len(text) when there is none."""
    last_prose = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].end - lines[i].body >= PROSE_LINE), None)
    if last_prose is None:
        return len(text)  # no paragraph to end: a page of short lines keeps them all
    return next((line.start for line in lines[last_prose + 1:] if _is_furniture(text, line)), len(text))


def _repeats(text: str, above: Line, line: Line) -> bool:
    """Whether `line` holds the text of the line above it, trailing spaces aside. Their first characters are
    compared first: the line above a heading is most often a paragraph, long to copy."""
    return text[above.body] == text[line.body] and text[above.body:above.end].rstrip() == text[line.body:line.end].rstrip()


def _find_headings(text: str, lines: list[Line]) -> list[Heading]:
    headings: list[Heading] = []
    catalog = get_catalog()
    caption: Line | None = None  # the caption of the list of attachments, links or notes the lines above are
    attached = 0  # that list's level, once its first numbered line is read (-1: it holds none)
    for i, line in enumerate(lines):
        if not line.level:
            opens = text[line.body] in _ATTACHMENT_OPENERS and _opens_attachments(catalog, text, line)
            caption, attached = (line if opens else None), 0
            continue  # no numbering
        if caption is not None:  # a file, a page or a note; a part of another family after the notes (三、) ends them
            attached = attached or _attachment_level(text, caption, line)
            if line.level == attached and text[line.numbering_end - 1] != _ITEM_MARK:
                continue
            caption = None
        if _is_furniture(text, line) or (not headings and line.level == _LISTED_LEVEL and _numbered_furniture(text, line)):
            continue  # page furniture
        if i and _repeats(text, lines[i - 1], line):
            continue  # a page that shows a heading twice (its styled copy scraped with it) heads one section
        heading = _heading(text, line.level, line.body, line.numbering_end, line.end)
        if not heading.title:
            continue  # a numbering with nothing after it (a page cut after （二）) heads nothing
        if catalog.site_notice.search(heading.title, None, None, NOT_CONCURRENT):
            continue  # the website's notice (1、凡本网注明…), not the report's
        if heading.numbering != BRACKET_NUMBERING or not (
                catalog.bracket_exclude.search(heading.title, None, None, NOT_CONCURRENT) or _fields_a_page(catalog, text, heading)
                or (i == 0 and _labels_title(text, heading))):
            headings.append(heading)
    return headings


def _fields_a_page(catalog: Catalog, text: str, heading: Heading) -> bool:
    """Whether a bracketed label is a field of the page's box above the report (【发布机构】 某区司法局, 【发布日期】
    2022-03-24, 【索引号】 …　【主题分类】 …), not a part: it names the page's source or date, as the metadata reads
    them, or another label shares its line."""
    label_at = heading.start + 1
    return bool(catalog.source_line.match(text, label_at) or catalog.published_line.match(text, label_at)
                or text.find("【", heading.end, heading.line_end) >= 0)


_TITLE_LABEL_STOPS = compile_cached(rf"[{SENTENCE_MARKS}{PAUSES}]")


def _labels_title(text: str, heading: Heading) -> bool:
    """Whether a bracketed label opening the text's first line labels the title after it on that line (【法治政府】某区
    2024年法治政府建设情况报告: a page's column), not a part: what follows holds no sentence end and no pause, as a
    part's body run into its line does (【基本情况】2024年,全县…)."""
    after = heading.end + 1
    return after < heading.line_end and _TITLE_LABEL_STOPS.search(text, after, heading.line_end) is None


_ATTACHMENT_OPENERS = "附相注备说"  # what a line opening a list of attachments, links or notes may open with


def _opens_attachments(catalog: Catalog, text: str, line: Line) -> bool:
    """Whether an unnumbered line opens a list of attachments, links or notes: 附件:1.…办法 ([tables] annex), 相关附件
    ([sections] attachments), 注:1.…;  ([initiatives] note). The numbered lines right below it, up to the next
    unnumbered line, head nothing."""
    opening = text[line.body:line.end]  # the annex caption is anchored (^附件)
    return any(p.match(opening, None, None, NOT_CONCURRENT) is not None for p in (catalog.annex_caption, catalog.attachments, catalog.note))


def _attachment_level(text: str, caption: Line, line: Line) -> int:
    """The level of a list of attachments, links or notes whose first numbered line below its caption is `line`, -1
    when it opens none: numbered 1. or (1) (附件:1.…办法), or a family counting from one (附件: / 一、…清单 / 二、…目录;
    附件:一、…清单 / 二、…目录, its first item on the caption's line). A 一是 heading or a part counting on (三、) is the
    report's own."""
    if text[line.numbering_end - 1] == _ITEM_MARK:
        return -1
    if line.level >= _LISTED_LEVEL:
        return line.level
    value = _number_of(text[line.body:line.numbering_end])
    inline = _FLAT_NUMBERING.search(text, caption.body, caption.end) if value == 2 else None
    if value == 1 or (inline is not None and _FLAT_LEVELS[(inline.lastindex or 1) - 1] == line.level
                      and _number_of(inline.group(0)) == 1):
        return line.level
    return -1


@lru_cache(maxsize=1024)
def _number_of(numbering: str) -> float | None:
    """The number a heading's numbering counts (（三） → 3), None for none (【】). Remembered: a text numbers its
    headings in a few forms ((一), 1., 二、), each read again at every heading and at every pause of a flattened one."""
    from .numbers import parse_numeral  # numbers reads structure's character classes

    digits = _FLAT_DIGITS.search(numbering.translate(_PAREN_IDEOGRAPH_DIGITS))
    return parse_numeral(digits.group(0)) if digits else None


def _outermost_first(headings: list[Heading]) -> list[Heading]:
    """`headings`, the outermost numbering family the text uses at level 1 when it counts from one: a report whose
    parts are numbered (一) (二) with no 一、 above them ((一)主要工作及成效 / (二)存在的问题) has them as its top-level
    parts, each of the kind its title names, and its 1. items below them at level 2. A family opening past one
    ((五)…(六)…) is a piece torn from a longer outline whose parts are not in the text: it stays below them.
    A report parted by 第一部分 (or by chapters, 第一章) numbering 一、 inside its parts has every other heading one level
    below its parts (第一部分 工作总结 / 一、加强组织领导: 一、 at level 2); so has one whose first heading is a bracketed
    label, when it labels its parts and numbers 一、 inside them (【工作成效】 / 一、…完善 / 【存在不足】)."""
    top = min((h.level for h in headings), default=1)
    if top == 1:
        # two labels at least: one alone above the report may be its page's column (【法治动态】), no part of it
        labelled = bool(headings) and headings[0].numbering == BRACKET_NUMBERING and sum(
            h.numbering == BRACKET_NUMBERING for h in headings) > 1
        is_part = [h.numbering == BRACKET_NUMBERING if labelled else h.numbering[-1:] in _PART_ENDS for h in headings]
        part_at = next((k for k, part in enumerate(is_part) if part), None)
        if part_at is not None and any(
                h.level == 1 and not part for h, part in zip(headings[part_at + 1:], is_part[part_at + 1:])):
            return [h if part else h._replace(level=h.level + 1) for h, part in zip(headings, is_part)]
        return headings
    first = next(h for h in headings if h.level == top)
    if _number_of(first.numbering) != 1:
        return headings
    return [h._replace(level=h.level - top + 1) for h in headings]


def _genre_parts_over_repeats(headings: list[Heading]) -> list[Heading]:
    """`headings`, with the parts of a report that numbers its genre parts and the items in them alike (一、主要工作及成效 /
    一、加强组织领导 / 二、推进依法决策 / 二、存在的问题 / 一、学法用法不够深入 / 三、下一步工作打算 / 一、…) as its top-level parts,
    the items under each one level below it (with theirs): a part is a heading whose title names a kind of part
    (kind_named) and right after which a heading of its family and level naming none counts from one again (a list
    of the parts' titles above the report, 三、下一步打算 / 一、主要工作, is no part); a later heading of
    its family and level naming a kind of part and counting on from the last such part is one too, with items or
    not. So are the genre parts a report titles without numbering (主要工作及成效 / 一、加强组织领导 / 存在的问题 / 一、…:
    see _unnumbered_level), each over a list counting from one, or over none. Nothing changes in a text where no
    heading so opens a list."""
    family = [_numbering_family(h.numbering) for h in headings]
    kind_of = _kind_namer()

    def opens_repeat(k: int) -> bool:
        h = headings[k]
        if k + 1 >= len(headings) or family[k + 1] is None or headings[k + 1].level != h.level \
                or (family[k + 1] != family[k] and h.numbering) or _number_of(headings[k + 1].numbering) != 1:
            return False
        return kind_of(unspaced(h.title)) != "other" and kind_of(unspaced(headings[k + 1].title)) == "other"

    first = next((k for k in range(len(headings)) if opens_repeat(k)), None)
    if first is None:
        return headings
    top, part_family = headings[first].level, family[first]
    last_part = _number_of(headings[first].numbering) if part_family is not None else None
    out = headings[:first + 1]
    for k in range(first + 1, len(headings)):
        h = headings[k]
        if h.level < top or (h.level == top and part_family is not None and family[k] != part_family):
            return out + headings[k:]  # a part of a higher level, or of another family, ends the repeats
        if h.level == top and kind_of(unspaced(h.title)) != "other" and (
                _number_of(h.numbering) == last_part + 1 if last_part is not None else not h.numbering):
            last_part = last_part + 1 if last_part is not None else None
            out.append(h)
        else:
            out.append(h._replace(level=h.level + 1))
    return out


@lru_cache(maxsize=1024)
def _numbering_family(numbering: str) -> int | None:
    """The family of a heading's numbering (its group in _FLAT_NUMBERING), None for none (【】, unnumbered).
    Remembered, as _number_of is: a text writes its numbering in a few forms, each asked at every heading."""
    m = _FLAT_NUMBERING.fullmatch(numbering) if numbering else None
    return m.lastindex if m is not None else None


def _heading(text: str, level: int, start: int, numbering_end: int, line_end: int) -> Heading:
    numbering = text[start:numbering_end].strip()
    title_start = numbering_end
    if numbering == BRACKET_NUMBERING[0]:
        close = text.find(BRACKET_NUMBERING[1], title_start, line_end)
        numbering, title_end = BRACKET_NUMBERING, close
    else:
        # a colon right after the numbering (第一部分:2023年工作总结) opens the title rather than ending it
        stop = TITLE_END.search(text, title_start + (text[title_start:title_start + 1] == ":"), line_end, NOT_CONCURRENT)
        title_end = stop.start() if stop else line_end
        if text.find(" ", title_start, title_end) >= 0:  # str.find: most titles hold no space
            title_end = _run_in_title_end(text, title_start, title_end)
    if text.find("*", title_start, title_end) >= 0:  # str.find: most titles are marked up with nothing
        title_start, title_end = without_markup(text, title_start, title_end)
    raw = text[title_start:title_end]
    title = raw.strip()
    title_start += len(raw) - len(raw.lstrip())
    return _new_heading((level, numbering, title, start, title_start, title_start + len(title), line_end))


def without_markup(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a title without the bold marks of a page converted to markup around it (**加强组织领导**)."""
    lead, trail = _MARKUP_LEAD.match(text, start, end, NOT_CONCURRENT), _MARKUP_TRAIL.search(text, start, end, NOT_CONCURRENT)
    start, end = lead.end() if lead else start, trail.start() if trail else end
    return start, max(start, end)


def _run_in_title_end(text: str, title_start: int, title_end: int) -> int:
    """Where a title run into its paragraph after a space ends (see _SPACE_BETWEEN_HAN), else `title_end`: at the
    first space followed by prose whose first clause holds no further such space (a title's second phrase)."""
    for space in _SPACE_BETWEEN_HAN.finditer(text, title_start, title_end):
        body = space.end()
        pause = _RUN_IN_PAUSE.search(text, body, title_end, NOT_CONCURRENT)
        if title_end - body > _RUN_IN_BODY and pause is not None \
                and _SPACE_BETWEEN_HAN.search(text, body, pause.start(), NOT_CONCURRENT) is None:
            return space.start()
    return title_end
