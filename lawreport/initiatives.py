"""Interpret stage, initiatives: each measure a report lists, as a row.

Reports list their measures in a few ways, tried in this order for each paragraph:
(a) items run into one paragraph: 一是…二是… (第一,…第二,…, 其一,…其二,…, ①…②… alike), or (一)…;(二)… / 1.…;2.… numbered
    in sequence;
(b) a heading (一、 / (一) / 1. / (1), or a title alone on its line; not 【】) with no sub-items of its
    own: no numbered children, no items (a) and no lead-sentence paragraphs under
    it — unless its title names a kind of part (存在的问题, 工作计划) rather than a measure;
(c) outside such a heading, a paragraph that opens with a short lead sentence
    (加强统筹谋划抓好推动落实。召开区委…);
(d) in a part whose title names its kind (质量管理情况) and that lists nothing, a
    paragraph whose first clause opens with a measure verb (严格执行《…》,…).
The title is the item's lead phrase as written: a heading standing on its own
line, a lead sentence of at most 30 characters, or else the first clause.

A paragraph runs on across a line break that ends no sentence (text wrapped at a
fixed width, as PDF text layers are), up to an indented or a numbered line.
"""

from __future__ import annotations

import bisect
import functools
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple, TypeVar

from . import lazy_regex as regex
from .catalog import Catalog, compile_cached, compile_re_cached, get_catalog
from .derive import from_catalog
from .documents import names_a_document
from .numbers import parse_numeral
from .scanning import (
    NOT_CONCURRENT,
    OpeningTried,
    alternatives,
    by_trailing_word,
    matches_from,
    opening_chars,
    part_starts,
)
from .structure import (
    BOLD_MARK,
    BRACKET_NUMBERING,
    ITEM_MARKER,
    ITEM_NUMBERING,
    ITEM_NUMBERING_OPENERS,
    LATER_KINDS,
    ORDINAL_MARKS,
    PROSE_LINE,
    SENTENCE_ENDS,
    SENTENCE_MARKS,
    TITLE_END,
    TITLE_ENDS,
    TITLE_LINE,
    WRAP_STOPS,
    Line,
    Outline,
    Section,
    char_class,
    kind_named,
    may_open_item_marker,
    spaced_item_starts,
    without_markup,
)
from .tuples import maker

_COMMA_PATTERN = r"(?<!\d),|,(?!\d)"  # not a thousands separator (13,500)
_CLAUSE_STOP = compile_cached(rf"{_COMMA_PATTERN}|{char_class(TITLE_ENDS)}")
_COMMA = compile_cached(_COMMA_PATTERN)
# The introduction of a run-in list, up to its last clause (…主要存在以下问题:).
_INTRO_CLAUSE = compile_cached(rf"[^{SENTENCE_MARKS},;]*[:,;]?$")
# A section whose body opens this many lead-sentence paragraphs lists its measures in them.
_LISTING_LEADS = 2
# A short lead sentence that opens a paragraph and is followed by more in it, or else a short lead phrase that a colon
# closes (深化执法改革:组织…), a measure when it opens with a measure verb (_LEAD_COLON).
_LEAD_COLON = ":"
_FIRST_SENTENCE = compile_cached(rf"(?:{char_class(SENTENCE_ENDS, negate=True)}{{2,30}}{char_class(SENTENCE_MARKS)}"
                                 rf"|{char_class(SENTENCE_ENDS + ';' + _LEAD_COLON, negate=True)}{{2,30}}{_LEAD_COLON})(?=\S)")
# A lead sentence this long or shorter (punctuation included) is a title as a whole; a longer one gives its first clause.
_SHORT_SENTENCE = 30
# What is left of numbering a page lost (一是 without its 一, (一) without its (一): 是深入学习…, )周密安排部署): no part
# of the lead phrase after it. Not 是否. Tried only on a title opening with either (few do: OpeningTried): a call of the
# engine costs more than the test.
_ORPHAN_OPENING = OpeningTried.of(compile_cached(r"(?:是(?!否)|[)])(?=\p{Han})"))
# A heading line with no sentence end, standing alone, runs to this many characters after its numbering (real ones
# to ~50).
_HEADING_LINE = 50
_ITEM_PAUSES = "。;:"  # what an item run into a paragraph follows
_RUN_IN = compile_cached(rf"(?<={char_class(_ITEM_PAUSES)})[ \t\u3000]*(?:{ITEM_NUMBERING.pattern})(?=\S)")
_OPENING = compile_cached(rf"(?:{ITEM_NUMBERING.pattern})(?=\S)")
# Each pause where the next character may open numbering or an ordinal item (第一,), or the text ends, one pattern a
# pause: re skips ahead to a literal several times faster than it tests every character against a class of the three.
_PAUSES_BEFORE_NUMBERING = tuple(compile_re_cached(rf"{re.escape(pause)}(?=[{ITEM_NUMBERING_OPENERS}{ORDINAL_MARKS}]|\Z)")
                                 for pause in _ITEM_PAUSES)
_QUOTED = compile_re_cached(r"“([^“”\n,。;、]{2,20})”")  # re: it skips to each “ several times faster
_LAUNCH_WINDOW = 8  # characters before a quoted name a launch verb is looked for in, within its sentence
_LAUNCH_WINDOW_END = compile_cached(f"(?r){char_class(TITLE_ENDS + chr(10))}")  # searched backwards: the last one
_T = TypeVar("_T")
_CIRCLE = compile_cached(r"\d{1,3}分钟\p{Han}{2,12}?圈")
_QUALIFIERS = 6  # the most characters qualifying a programme's kind after its quoted name (“西山”人民调解品牌: 4)
_LIST_PAUSE = "、"  # what may part the quoted names of a list (“A”、“B”)
_LISTED_NAME = rf"{_LIST_PAUSE}?“[^“”\n,。;、]{{2,20}}”"  # a quoted name after another in a list (“送法下乡”“以案释法”)
_LIST_CLOSE = "等"  # what closes a list of examples before their kind (“A”“B”等活动)
_LIST_GOES_ON = _LIST_PAUSE + "“" + _LIST_CLOSE  # what a list's rest opens with right after a quoted name
_LIKENING = "的"  # in a quote, what opens the noun a phrase likens its subject to (“家门口的调解室”): _programme_by_name


@dataclass(slots=True)
class FoundInitiative:
    """One initiative, in offsets of the normalized text: its lead phrase (title) and its whole run."""

    title_start: int
    title_end: int
    start: int
    end: int
    section: list[Section]
    category: str
    programmes: list[str]
    first_claims: list[tuple[int, int]]


def _after_pauses(text: str) -> list[int]:
    """Where _RUN_IN and ITEM_MARKER may start after a pause, in order: the next character may open
    numbering, or the text ends."""
    return sorted([m.end() for pattern in _PAUSES_BEFORE_NUMBERING for m in pattern.finditer(text)])


def _title(text: str, start: int, end: int) -> tuple[int, int]:
    """The lead phrase: a sentence (to 。 ; !?) of at most 30 characters, else its first clause."""
    stop = TITLE_END.search(text, start, end, NOT_CONCURRENT)
    sentence_end = stop.start() if stop else end
    if sentence_end - start <= _SHORT_SENTENCE:
        return start, sentence_end
    comma = _COMMA.search(text, start, sentence_end, NOT_CONCURRENT)
    if comma is None:
        return start, sentence_end
    if get_catalog().topic_prefix.fullmatch(text, start, comma.start(), NOT_CONCURRENT):  # 在法治建设上,… : the topic and its clause
        comma = _COMMA.search(text, comma.end(), sentence_end, NOT_CONCURRENT)
    return start, comma.start() if comma else sentence_end


def paragraphs(outline: Outline) -> list[tuple[Line, int]]:
    """(first line, end) of each paragraph: lines joined across breaks that end no sentence.

    A blank line, an indented line and a line opening with numbering (一、 / 一是)
    start a paragraph; a line that ends with 。!?, and a heading standing alone on
    its line, end one.
    """
    return _paragraphs(outline)[0]


def _paragraphs(outline: Outline) -> tuple[list[tuple[Line, int]], set[int]]:
    """paragraphs(), and where the heading lines standing alone on their line (_stands_alone) start."""
    text, lines = outline.text, outline.lines
    spans: list[tuple[Line, int]] = []
    alone: set[int] = set()
    joinable = False  # whether the last line may run on into the next
    last_end = -1
    for i, line in enumerate(lines):
        if joinable and not (line.start > last_end + 1 or line.body > line.start or line.level
                             or ITEM_MARKER.match(text, line.body, line.end, NOT_CONCURRENT)):  # after a blank line, indented, or numbered
            spans[-1] = (spans[-1][0], line.end)
        else:
            spans.append((line, line.end))
        # A line without heading numbering (most) stands alone as no heading: no call asks.
        standing = line.level > 0 and _stands_alone(text, line, lines[i + 1] if i + 1 < len(lines) else None)
        if standing:
            alone.add(line.start)
        joinable = text[line.end - 1] not in SENTENCE_MARKS and not standing
        last_end = line.end
    return spans, alone


def _stands_alone(text: str, line: Line, below: Line | None) -> bool:
    """Whether the line is a heading standing alone, its body below: numbered, with no sentence
    end but one closing it ((一)加强组织领导。) and a title of at most 30 characters; or with no
    sentence end at all and a title of at most _HEADING_LINE characters, as a heading of two or
    three phrases is written ((一)强化组织领导,坚持主要负责人履行…职责), when the line below starts
    a paragraph of its own (after a blank line, indented, or a paragraph on one line). A line that
    stops at a pause, or runs on into a line no longer than a wrapped one, is wrapped text."""
    if line.level <= 0:
        return False
    length = line.end - line.numbering_end
    if length <= _SHORT_SENTENCE:
        return _holds_no_sentence_mark(text, line.body, line.end - 1)
    return (length <= _HEADING_LINE and below is not None and text[line.end - 1] not in WRAP_STOPS
            and (below.start > line.end + 1 or below.body > below.start or below.end - below.body >= PROSE_LINE)
            and _holds_no_sentence_mark(text, line.body, line.end))


_FULL_STOP, _EXCLAMATION, _QUESTION = tuple(SENTENCE_MARKS)  # unpacked whole: a mark added there fails here, not silently


def _holds_no_sentence_mark(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds none of SENTENCE_MARKS: each is searched for by name with str.find, no regex call,
    and no generator over the marks, which cost more than the three searches."""
    return text.find(_FULL_STOP, start, end) < 0 and text.find(_EXCLAMATION, start, end) < 0 \
        and text.find(_QUESTION, start, end) < 0


def _run_in_items(text: str, start: int, end: int, run_in: list[regex.Match]) -> list[regex.Match]:
    """The numbering of items run into one paragraph ((一)…;(二)…), when they count on from 1 in one family: the first
    family whose 1 the paragraph goes on to 2 in, so that a heading's own numbering opening its paragraph ((一)以改革促
    规范。1.深化…。2.构建…; 1.以改革促规范。1.深化…) is no 1 of the list of the items run in after it.

    `run_in`: the paragraph's numbering that follows a sentence end or a pause (_RUN_IN).
    """
    if not run_in:  # the opening numbering alone is no chain
        return []
    found = [m for m in (_OPENING.match(text, start, end, NOT_CONCURRENT),) if m] + run_in
    if len(found) < 2:
        return []
    chains: dict[str | None, list[regex.Match]] = {}  # by family, from its 1 on
    for m in found:
        value = parse_numeral(m.group(m.lastindex or 0))  # the group that matched, by number (a name reads slower)
        chain = chains.get(m.lastgroup)
        if value == 1 and (chain is None or len(chain) == 1):  # a 1 again: the heading's own 1 before its items' 1
            chains[m.lastgroup] = [m]
        elif chain is not None and value == len(chain) + 1:
            chain.append(m)
    return next((chain for chain in chains.values() if len(chain) >= 2), [])


class _Paragraph(NamedTuple):
    """A paragraph of a part that may hold initiatives, with what opens it."""

    start: int
    end: int
    body: int  # after the indent
    first: Line
    heading: int | None  # index in Outline.tree of the heading opening it
    items: list[tuple[int, int]]  # (start, title start) of each item run into it
    lead: regex.Match | None
    path: list[Section]  # the sections enclosing it, when no heading opens it


_new_paragraph = maker(_Paragraph)  # one a paragraph


def find_initiatives(text: str, outline: Outline) -> list[FoundInitiative]:
    """Every initiative of a normalized text, in reading order."""
    scan = _Scan(text, outline)
    make = scan.make
    heading_at = {s.heading.start: i for i, s in enumerate(outline.tree)}
    has_children = {s.parent for s in outline.tree if s.parent is not None}
    spans, alone = _paragraphs(outline)
    first_section = outline.tree[0].start if outline.tree else _series_of_leads(text, spans, scan.openings.measure_verbs)
    paras = [_read(scan, first, end, heading_at, first_section) for first, end in spans]
    listing = set(has_children)  # sections with items of their own under them
    # The kind a list's introduction names (…还存在以下问题:), by the paragraph's start: such a list closing a part's
    # last measure (（八）从严治院 / …但也存在一些问题:一是…) tells another kind of thing, none of that measure's items.
    # A list opening its paragraph, as most do, has no introduction: what none names is read once for them all.
    unintroduced = _named_by_intro(text, 0, 0)
    named_by_intro = {p.start: _named_by_intro(text, p.body, p.items[0][0]) if p.items[0][0] > p.body else unintroduced
                      for p in paras if p.items}
    leads: dict[int, int] = {}
    for p in paras:
        if p.heading is None and (p.items or p.lead):
            path = p.path
            if path and not (p.items and named_by_intro[p.start]):
                index = heading_at[path[-1].heading.start]
                leads[index] = leads.get(index, 0) + (_LISTING_LEADS if p.items else 1)
    listing.update(index for index, count in leads.items() if count >= _LISTING_LEADS)
    found: list[FoundInitiative] = []
    item_headings: set[int] = set()
    verbs = scan.openings.measure_verbs
    for p in paras:
        if p.items:
            named = named_by_intro[p.start]
            # the sections around a paragraph no heading opens are those around each of its items (no heading starts
            # inside a paragraph): read once for them all
            enclosing = p.path if p.heading is None else None
            for k, (item_start, title_start) in enumerate(p.items):
                item_end = p.items[k + 1][0] if k + 1 < len(p.items) else p.end
                item = make(item_start, _title(text, title_start, item_end), item_end, enclosing)
                if named:
                    item.category = named
                found.append(item)
            continue
        if p.heading is not None:
            section = outline.tree[p.heading]
            if p.heading in listing or (section.genre and section.parent is None) or section.framed \
                    or section.heading.numbering == BRACKET_NUMBERING or _half_of_combined_part(outline, section):
                continue
            item_headings.add(p.heading)
            h = section.heading
            if p.first.start in alone and text[h.line_end:section.end].strip():
                found.append(make(p.body, (h.title_start, h.end), section.end, itself=section))
            else:
                found.append(make(p.body, _title(text, h.title_start, h.end), p.end, itself=section))
            continue
        path = p.path if p.body >= first_section else []
        innermost = heading_at[path[-1].heading.start] if path else None
        if p.lead is not None:
            if innermost not in item_headings:
                found.append(make(p.body, (p.body, p.lead.end() - 1), p.end, p.path))
        elif innermost is not None and innermost not in listing and outline.tree[innermost].genre \
                and verbs.match(text, p.body, p.end):
            found.append(make(p.body, _first_clause(text, p.body, p.end), p.end, p.path))
    # A part framing the document (a case's 典型意义, a policy's 起草背景) tells why, not what was done: nothing in it is a measure.
    # An initiative's sections are the outline's: a text without such a part (most) keeps them all, unread.
    if not any(s.framed for s in outline.tree):
        return found
    return [f for f in found if not any(s.framed for s in f.section)]


def _series_of_leads(text: str, spans: list[tuple[Line, int]], verbs: OpeningTried) -> int:
    """Where the lead sentences of a text without headings (a news item, a summary set as paragraphs) may list its
    measures: anywhere (0) when _LISTING_LEADS or more of its paragraphs open with a lead sentence and a measure verb
    (强化组织领导,全面压实责任。… / 健全工作机制,实现闭环管理。…), the other leads of the series too (严控办案质效,筑牢发展
    支撑。…); else nowhere (the text's end): its leads are a story's sentences (会议强调,…; 局长某某在会议上讲话。; one
    measure told). The verb is tried first: most paragraphs open with none, and their lead is not read."""
    count = 0
    for first, end in spans:
        if verbs.match(text, first.body, end) is not None and _FIRST_SENTENCE.match(text, first.body, end, NOT_CONCURRENT):
            count += 1
            if count >= _LISTING_LEADS:
                return 0
    return len(text)


def _half_of_combined_part(outline: Outline, section: Section) -> bool:
    """Whether a sub-heading is one half of a part naming both the problems and the next steps (二、存在的问题及下一步打算
    / (一)存在的问题 / (二)下一步打算): a kind of part as its parent is, not a measure."""
    if section.parent is None or kind_named(section.heading.title) not in LATER_KINDS:
        return False
    title = outline.tree[section.parent].heading.title
    kinds = dict(get_catalog().section_kinds)
    return all(kinds[kind].search(title) for kind in LATER_KINDS)


class _Openings(NamedTuple):
    """The catalog patterns tried at a paragraph's or a quote's edge, each tried only where the text holds a
    character a match may open with; a programme's kind said after words that qualify it (_qualified_kind); and what
    a quoted name tells by itself (_programme_by_name under the catalog)."""

    note: OpeningTried
    measure_verbs: OpeningTried
    programme_nouns: OpeningTried
    qualified_kind: regex.Pattern
    listed_kind: regex.Pattern
    by_name: Callable[[str], bool | None]


@from_catalog
def _openings(catalog: Catalog) -> _Openings:
    # by_name is remembered by the name alone, its patterns bound: reports quote the same few names (“放管服”, “法律明白人”),
    # and a key holding the patterns hashed each of them at every look-up, a look-up's cost three times over.
    by_name = functools.lru_cache(maxsize=1024)(functools.partial(
        _programme_by_name, nouns=catalog.programme_nouns, not_programme=catalog.not_programme))
    return _Openings(OpeningTried.of(catalog.note), OpeningTried.of(catalog.measure_verbs),
                     OpeningTried.of(catalog.programme_nouns), *_kinds_after(catalog), by_name)


def _kinds_after(catalog: Catalog) -> tuple[regex.Pattern, regex.Pattern]:
    """What says a quoted name's kind after it: up to _QUALIFIERS characters of the catalog's programme_qualifier (group
    gap, holding no launch verb: _kind_after), then a programme noun of two characters or more (“老娘舅”调解工作室, “邻里小院”法治文化阵地: one
    of one character, 站 or 队, after other words ends a word of theirs, 网站, 团队); and, closing a list of quoted names
    (“送法下乡”“以案释法”等活动, “A”、“B”等调解品牌), 等 and such a kind, qualified or not: each name of the list is one.

    The kind is tried only after a character a programme noun may open with (a lookahead of opening_chars, when they
    are known): the nouns, some forty, were each tried after every qualifying character (half the time a quote)."""
    kinds = "|".join(noun for noun in alternatives(catalog.programme_nouns.pattern) if len(noun) > 1)
    opens = opening_chars(catalog.programme_nouns)
    kind = f"(?={char_class(opens)})(?:{kinds})" if opens else f"(?:{kinds})"
    qualifier = catalog.programme_qualifier
    return (compile_cached(f"(?P<gap>{qualifier}{{1,{_QUALIFIERS}}}?){kind}"),
            compile_cached(f"(?P<more>(?:{_LISTED_NAME})+)?{_LIST_PAUSE}?{_LIST_CLOSE}(?P<gap>{qualifier}{{0,{_QUALIFIERS}}}?)"
                           f"{kind}"))


def _kind_after(text: str, m: re.Match[str], kind: regex.Pattern, launch_verbs: regex.Pattern) -> regex.Match | None:
    """`kind` (_kinds_after) right after the quoted name, its qualifying words holding no launch verb, which opens the
    next predicate (围绕“节日·法相伴”开展普法活动): looked for in the match, where a lookahead at each character of the
    words cost some 40% more a quote."""
    after = kind.match(text, m.end(), None, NOT_CONCURRENT)
    if after is None or launch_verbs.search(text, after.start("gap"), after.end("gap"), NOT_CONCURRENT) is not None:
        return None
    return after


@from_catalog
def _claim_parts(catalog: Catalog) -> list[tuple[str | None, regex.Pattern]]:
    """first_claim's alternatives, one that closes with a group of words (率先|首创|…) a word at a time:
    each part holds a literal the engine skips ahead to (the whole costs ~20 ns a character).

    With each part, the word it closes with when that is plain text (None otherwise): a part is not
    scanned in a text without its word, and most reports hold few of these words or none.
    """
    parts: list[tuple[str | None, regex.Pattern]] = []
    for alternative in alternatives(catalog.first_claim.pattern):
        split = by_trailing_word(alternative)
        if split is None:
            parts.append((None, compile_cached(alternative)))
            continue
        # The parts are one opening and each word, and not all words open alike: the opening is what all share.
        opening = len(os.path.commonprefix([part.pattern for part in split]))
        parts += [(_plain_word(part, opening), part) for part in split]
    return parts


def _plain_word(part: regex.Pattern, opening: int) -> str | None:
    """What ``part`` closes with after its first ``opening`` characters, when it matches only itself."""
    word = part.pattern[opening:]
    return word if regex.escape(word) == word and not part.flags & regex.IGNORECASE else None


def _first_claims(text: str) -> list[regex.Match]:
    """The catalog's first_claim in text, tried where one of its parts matches: each alone is fast to scan. A part
    whose word's first character the text lacks is passed over without the calls that look for it (most reports
    hold few of these words: 率先, 唯一, 空白), as str.find of that character would find none there."""
    starts = {start for word, part in _claim_parts() if word is None or word[0] in text
              for start in part_starts(part, text, word)}
    return matches_from(get_catalog().first_claim, text, sorted(starts))


def _first_clause(text: str, start: int, end: int) -> tuple[int, int]:
    """Up to the first comma or the end of the sentence; or up to the end of its first line when that line is a title
    standing alone (深化法治宣传 / 持续开展…): no longer than TITLE_LINE, shorter than a line text is wrapped at."""
    stop = _CLAUSE_STOP.search(text, start, end, NOT_CONCURRENT)
    clause_end = stop.start() if stop else end
    line_end = text.find("\n", start, clause_end)
    return start, line_end if 0 <= line_end <= start + TITLE_LINE else clause_end


def _named_by_intro(text: str, start: int, end: int) -> str | None:
    """The kind an unheaded list's introduction names (…还存在以下问题和不足: → shortcomings), when not achievements.

    A list closing an achievements section may be its problems or its next steps. The
    last clause decides (针对存在的问题,我们采取了以下措施: → achievements); without a
    cue there, the whole last sentence.
    """
    intro = text[start:end]
    if intro:
        clause = _INTRO_CLAUSE.search(intro, None, None, NOT_CONCURRENT)
        last_clause = clause.group(0) if clause else None
    else:  # the list opens its paragraph, as most do: nothing to search, the empty introduction is its last clause
        last_clause = ""
    kind = kind_named(last_clause) if last_clause is not None else "other"
    sentence = intro[intro.rfind("。") + 1:]
    if kind == "other" and last_clause != sentence:  # 下一步,我们将抓好以下工作: the cue opens the sentence
        kind = kind_named(sentence)
    return kind if kind in ("shortcomings", "plans") else None


def _read(scan: _Scan, first: Line, end: int, heading_at: dict[int, int], first_section: int) -> _Paragraph:
    """What opens a paragraph: a heading, items run into it, or a lead sentence."""
    text = scan.text
    start, body = first.start, first.body
    heading = heading_at.get(body)
    path = scan.outline.path_at(start) if heading is None else []
    markers = _inside(scan.markers, start, end)
    if heading is not None and markers and markers[0].start(1) < first.numbering_end:
        markers = markers[1:]  # the 一是 that is the heading itself, not an item run into it
    if scan.openings.note.match(text, body, end):
        return _new_paragraph((start, end, body, first, heading, [], None, path))
    if markers:
        items = [(m.start(), m.end()) for m in markers]
    elif not scan.run_in[0]:
        items = []  # the text runs no numbered item in after a pause: none to chain here (most reports)
    else:
        items = [(m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \t\u3000")), m.end())
                 for m in _run_in_items(text, body, end, _inside(scan.run_in, body, end))]
    lead = None
    if heading is None and not items and body >= first_section:
        lead = _FIRST_SENTENCE.match(text, body, end, NOT_CONCURRENT)
        if lead is not None and (get_catalog().lead_exclude.search(lead.group(0), None, None, NOT_CONCURRENT)
                                 or text[lead.end() - 1] == _LEAD_COLON
                                 and not scan.openings.measure_verbs.match(text, without_markup(text, body, end)[0], end)):
            lead = None  # a time or a subject, or a phrase before a colon naming no measure (主要做法:…)
    return _new_paragraph((start, end, body, first, heading, items, lead, path))


class _Scan:
    """What find_initiatives reads of the whole text at once; a paragraph or an item takes its part by offset.

    ITEM_MARKER and _RUN_IN are tried only where their lookbehinds let them start (at a line's
    start, after 。;:) and numbering may follow. A match found in the whole text lies in a
    paragraph or item or outside it, as when found in it alone: numbering does not cross a line;
    items are bounded at a line, a pause or a marker, and no quoted name, circle or first claim
    holds one of those.
    """

    def __init__(self, text: str, outline: Outline) -> None:
        self.text = text
        self.outline = outline
        # a page converted to markup (structure.without_markup); its first character is looked for first, by str.find
        # of one character (memchr), some ten times faster than a search for two
        self.marked_up = BOLD_MARK[0] in text and BOLD_MARK in text
        after_pauses = _after_pauses(text)
        # 一是 opening a line follows its indent: the line's text opens with the numeral; so may the line below a number
        # set apart on its own, which the outline joins to it as its title (1、⏎一是…): where the last line break of a
        # line so joined falls
        line_starts = [line.start for line in outline.lines if may_open_item_marker(text[line.body])] \
            + [at + 1 for line in outline.lines if (at := text.rfind("\n", line.body, line.end)) >= 0]
        marker_starts = sorted(line_starts + [start for start in after_pauses if may_open_item_marker(text[start:start + 1])]
                               + spaced_item_starts(text))
        markers = matches_from(  # 一是 holds no clause end, 第一, ends at one; the lookahead reads one more
            ITEM_MARKER, text, marker_starts, lambda start: outline.clause_end(start) + 2)
        self.markers = _indexed(markers, markers)
        run_in = matches_from(_RUN_IN, text, after_pauses)
        self.run_in = _indexed(run_in, run_in)
        catalog = get_catalog()
        # Whether a quoted name launches something depends on it and its surroundings alone: told once.
        self.openings = openings = _openings()
        programmes = [m for m in _QUOTED.finditer(text) if _is_programme(text, m, catalog, openings)]
        self.programmes = _indexed(programmes, [m.group(1) for m in programmes])
        circles = list(_CIRCLE.finditer(text))
        self.circles = _indexed(circles, [m.group(0) for m in circles])
        claims = _first_claims(text)
        self.claims = _indexed(claims, [m.span() for m in claims])

    def make(self, start: int, title: tuple[int, int], end: int, path: list[Section] | None = None,
             itself: Section | None = None) -> FoundInitiative:
        """The initiative from `start` to `end`, titled `title`; `path`: the sections enclosing `start`, when read
        already; `itself`: the section whose heading it is."""
        if self.marked_up:  # a page converted to markup: the bold marks around a title are no part of it
            title = without_markup(self.text, *title)
        if _ORPHAN_OPENING.match(self.text, *title) is not None:
            title = title[0] + 1, title[1]
        if path is None:
            path = self.outline.path_at(start)
        if itself is not None:
            path = [s for s in path if s is not itself]
        owner = path[0] if path else itself  # a top-level heading that is itself the item gives its own kind
        named = _inside(self.programmes, start, end)
        if self.circles[0]:  # most texts name no circle and claim no first: nothing to look up
            named += _inside(self.circles, start, end)
        return FoundInitiative(title[0], title[1], start, end, path, owner.kind if owner is not None else "other",
                               list(dict.fromkeys(named)) if named else named,
                               _inside(self.claims, start, end) if self.claims[0] else [])


# Matches in order, none overlapping another, so that their ends are in order too: what _inside gives of each
# (the match, or what is read of it, read once), their starts and ends.
_Index = tuple[list[_T], list[int], list[int]]


def _indexed(matches: list[regex.Match] | list[re.Match[str]], values: list[_T]) -> _Index[_T]:
    """The index of `matches` that gives `values`, one for each."""
    return values, [m.start() for m in matches], [m.end() for m in matches]


def _inside(index: _Index[_T], start: int, end: int) -> list[_T]:
    """The indexed matches that lie within [start, end): from the first starting there to the last ending there
    (none when that one comes before; a match takes a character)."""
    matches, starts, ends = index
    return matches[bisect.bisect_left(starts, start):bisect.bisect_right(ends, end)]


def _is_programme(text: str, m: re.Match[str], catalog: Catalog, openings: _Openings) -> bool:
    """A quoted name that launches something (“法立方”, “新享法”服务站, “老娘舅”调解工作室), not a slogan (“打卡”) nor a
    year's document (“2024年普法工作方案”, which documents reads); `openings`: _openings()."""
    name = m.group(1)
    if name[0].isdigit() and names_a_document(name):  # a year opens it
        return False
    named = openings.by_name(name)
    if named is not None:
        return named
    start, end = m.span()
    if openings.programme_nouns.match(text, end):
        return True
    launch_verbs = catalog.launch_verbs
    # the kind said after qualifying words last: the costliest to try; a list only where it goes on right after the
    # name (、, a quote or 等), as most quoted names are not listed
    return _launched(text, start, launch_verbs) \
        or _kind_after(text, m, openings.qualified_kind, launch_verbs) is not None \
        or text[end:end + 1] in _LIST_GOES_ON and _listed(text, m, openings.listed_kind, launch_verbs)


def _launched(text: str, start: int, launch_verbs: regex.Pattern) -> bool:
    """Whether a launch verb stands in the _LAUNCH_WINDOW characters before a quoted name at `start`, in its sentence: a
    verb ending the sentence before (…筑牢法治建设思想。“…”) launches nothing here. The whole window is searched first:
    most hold no verb, and the sentence's end is then not looked for. A verb holds no sentence end, so one found after
    the last end in the window lies in the name's sentence; one found before it, a verb after that end is looked for."""
    verb = launch_verbs.search(text, max(0, start - _LAUNCH_WINDOW), start, NOT_CONCURRENT)
    if verb is None:
        return False
    sentence_end = _LAUNCH_WINDOW_END.search(text, verb.start(), start, NOT_CONCURRENT)
    return sentence_end is None or launch_verbs.search(text, sentence_end.end(), start, NOT_CONCURRENT) is not None


def _listed(text: str, m: re.Match[str], listed_kind: regex.Pattern, launch_verbs: regex.Pattern) -> bool:
    """Whether the quoted name is one of a list of two or more closed by 等 and their kind (_kinds_after): one alone
    before 等 is an example of what the kind covers (“民法典”等法律宣传活动: the Civil Code, no programme)."""
    after = _kind_after(text, m, listed_kind, launch_verbs)
    return after is not None and (after.group("more") is not None
                                  or text[max(0, m.start() - 2):m.start()].rstrip(_LIST_PAUSE).endswith("”"))


def _programme_by_name(name: str, nouns: regex.Pattern, not_programme: regex.Pattern) -> bool | None:
    """True for a quoted name holding a digit or one of the programme nouns (“新享法”服务站 holds none), False for one
    that is no programme wherever it stands (catalog not_programme: “八五”, “3·15”), None where its place tells.
    A noun after 的 in the quote heads a phrase that likens (已成为群众的“家门口的调解室”), not a name: only the words
    before it are searched."""
    if not_programme.fullmatch(name):
        return False
    described = name.find(_LIKENING)
    return True if any(map(str.isdigit, name)) or nouns.search(name, 0, described if described >= 0 else len(name)) \
        is not None else None


def within(spans_starts: list[int], start: int, end: int) -> range:
    """Indexes of the sorted `spans_starts` that fall in [start, end)."""
    return range(bisect.bisect_left(spans_starts, start), bisect.bisect_left(spans_starts, end))
