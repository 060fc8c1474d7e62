"""Interpret stage, metadata: kind, title, issuer, region, report year, publication date.

Each field comes from a named cue (the title line, a 来源/发布时间 line, the dated
signature, the opening sentence) and is null when no cue says it: a correct
abstention costs nothing, a guess is a defect.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, islice, pairwise, repeat, takewhile
from typing import TypeAlias

from . import institutions, regions
from . import lazy_regex as regex
from .catalog import Catalog, Fields, compile_cached, compile_re_cached, get_catalog
from .dates import CN_YEAR, RELATIVE_YEARS, SINCE, YEAR, compact_date_at, date_at, find_years, month_at, year_number
from .derive import from_catalog
from .findings import FoundFinding
from .grids import YEAR_HEADING
from .normalize import CELL_PAIR, FIGURE_CELL_ALONE
from .numbers import CN_DIGITS, CN_SMALL_UNITS
from .scanning import (
    Ending,
    alternatives,
    blanked,
    by_leading_word,
    holds_any_word,
    literal_starts,
    matches_where,
    may_hold_words,
    opening_chars,
    search_at_openings,
    words_each,
    words_gate,
    words_held,
)
from .structure import (
    BREAKS,
    HAN,
    ITEM_DIGITS,
    LINE_BLANKS,
    LIST_JOINS,
    LIST_SEPARATOR,
    MAX_SENTENCE,
    NUMBERED_HEADING,
    SENTENCE_MARKS,
    Outline,
    Section,
    char_class,
    kind_named,
    runs_on,
    set_solid,
    unwrapped,
)
from .vocab import COMMITTEE_JOINERS, COMMITTEE_JOINING_WORDS, COUNTY

_HEAD_CHARS = 400
_NOTICE_LINES = 3  # the last lines a platform's notice is read on: its English version may follow it
_CREDIT_LINES = 2  # the last lines a closing credit is read on: the last paragraph's and a line of its own below it
_SOURCE_HEAD = 2000  # the characters searched for a 来源 line naming the issuer
_TITLE_MAX = 60
# A title citing a title that cites another (某市人民政府关于《…对〈…的报告〉的审议意见》研究处理情况的报告) runs longer:
# a line up to this long holding such nested marks and no pause is still a title.
_NESTED_TITLE_MAX = 100
_NESTED_TITLE = compile_cached(r"《[^《》\n]*〈[^〈〉\n]+〉[^《》\n]*》")
_TITLE_SCAN = 16  # lines above the first paragraph searched for the title
_CAPTION_SCAN = 40  # lines searched for a run of photo captions under a headline (a portal's menu may come first)
_CAPTION_MAX = 40  # characters of a photo's caption: one short sentence
_CAPTIONS_MIN = 2  # captions above a credit that make a run: a lead's one short sentence may have its photo credited
_WRAPPED_MIN = 10  # a title line wrapped at the margin is at least this long (关于我们 above a title is a link)
_HEADLINE_MIN = 4  # a shorter line without a title word is a site name, not a headline
_LEAD_PARAGRAPHS = 3  # paragraphs of a news item searched for the year it reports on
_LATE_LEAD = 1  # paragraphs after those a feature's year may open, its lead a scene (…小程序,15分钟便完成了… / 2024年,某厅…)
_SOME_LEVEL = "县"  # a level a self-reference opens with: whatever follows one may follow any
_COMPLETED = "+region"  # how an issuer named by a bare self-reference was found: the region completes it
_PLACE_FILLER = "地"  # a character the body pattern accepts inside a place name
_TOWNSHIP_ENDS = tuple(level[-1] for level in regions.TOWNSHIP_OFFICES)  # a township name's last characters
_GLUED_MIN = 6  # a title run into its first paragraph is at least this long (a place and a title word)
_GLUED_YEAR = compile_cached(rf"(?<![\d\s])\s*{YEAR}\s*年")  # the year opening the paragraph a title runs into
_PAUSE = compile_cached(char_class(BREAKS))  # no title holds these: a sentence is under way
_PART_MARKS = " \t\u3000(（)）、"  # what marks a part's number (一、, (一)), with the blanks before it
_FIRST = "一"  # the number of a body's first part
_EXCERPTS = ("1、", "2、")  # how a document-sharing site numbers the first two excerpts it shows of a file
_SPEECH_OPENING = 100  # characters after a salutation the speaker's formula is read in (现在,我代表…向大会报告工作)
# A table's heading row (首长级 非首长级, 项目 数量 单位): short cells parted by spaces; a headline's parts run longer.
_TABLE_ROW = compile_cached(r"\S{2,5}(?:[ \t\u3000]+\S{2,5})+")
_CELL_BARS = "|｜ \t"  # what a row of empty table cells after a title is made of
_PARTY = "中共"  # what opens a party body's name: before a state body's (中共青禾县财政局党组), its party group's
_COMMITTEE_SPELLED_OUT = "员会"  # what follows the 委 of a party committee's name spelled out (中共青禾县委员会)
_STATEMENT_OPENING = len("现将")  # the words opening a report_statement (现将, 现对, 现就) before the name it may give


def _cues() -> dict[str, regex.Pattern]:
    """The named cues of [metadata.cues] in catalog.toml."""
    return get_catalog().metadata_cues


# A part of a cue as _first_match tries it: the part, the one word its every match holds (scanning.words_held;
# None where it shows none or several), and the words one of which it holds where they are several: a text without
# them is not searched with the part, which may open with a class, a repeat or a lookbehind and be tried at every
# character (a yearbook's head cue, its alternatives joined by a back reference, over a head holding none of its 年鉴,
# 【, 年内 …). `in` looks for each word at C speed in the stretch searched, cut out once: a head's 400 characters
# cost a find with bounds or `re`'s pass for several words (words_search) about twice as much. (A string:
# regex.Pattern evaluated at import would import regex's parser, which a run of cached patterns never needs.)
_Part: TypeAlias = "tuple[regex.Pattern, str | None, tuple[str, ...] | None]"


# A pattern opening with one of its labels, as scanning.by_leading_word makes it, and the label when it is plain text
# (a text without it holds no match: `in` tells at C speed, where a search for the pattern costs twice as much).
_Label: TypeAlias = "tuple[str | None, regex.Pattern]"


class _CuePatterns(Fields):
    """Patterns built around the catalog's cues: a catalog record (catalog.Fields), built once."""

    opening_year: regex.Pattern  # a paragraph opening with the year it reports on, after a dateline, 【topic】 or grounds
    year_opening: regex.Pattern  # …or stating what the year was (2023年是…开局之年,…) or under whom (2022年在县委…领导下)
    body_year: regex.Pattern  # …or running into its subject with no comma (2022年市交通运输局在…, 2023年我局坚持…)
    topic: regex.Pattern  # a yearbook entry's 【topic】 opening a line, behind its category path or not; the topic in group 1
    paragraph_year: regex.Pattern  # …or, in a line known to be a paragraph, before its scope (1995年全市共有…)
    # The sentence after a paragraph's first opening with the year, a comma after it or running into its scope or
    # subject as a paragraph's does (…的基石。2022年,在县委的领导下,…; (一)化解矛盾纠纷。2023年我局共调解…)
    sentence_year: regex.Pattern
    # A place in a familiar phrase (法治坪山), the place in group 1: a pattern for each word of the prefix, the
    # alternation as a whole tried at every character, each of these only where its word is (a literal found fast).
    familiar_by_prefix: tuple[regex.Pattern, ...]
    dateline_lead: regex.Pattern  # a news dateline opening a line
    # A clause opening with the year of its figures and their scope (据统计,2022年,全州…; 去年全县…; 今年前9个月,全市…):
    # the year in group 1, 去年 in group 2, 今年 in group 3.
    scoped_figures: regex.Pattern
    elsewhere_clause: regex.Pattern  # a word naming another place than the opening's own (赴, 借鉴) to its clause's end
    org_ending: Ending | None  # the last characters a body's name may have: other lines need no place masking
    org_at_end: regex.Pattern  # a body's name ending where the search ends
    debris: tuple[_LineSearch, ...]  # the catalog's debris as _per_line_patterns tries it
    page_date_line: tuple[_LineSearch, ...]  # the page_date_line cue as _per_line_patterns tries it
    # A search for what a head line _published reads holds (the words of the comments_header and today_line cues,
    # the page_date_line parts' gates, what _post_header asks for), or None: most head lines hold none of them, and
    # the four cues' calls cost some 12,000 instructions a line.
    head_line_read: re.Pattern[str] | None
    yearbook_book: tuple[_LineSearch, ...]  # the yearbook_book cue as _per_line_patterns tries it
    photo_credit: _LineSearch  # the photo_credit cue, searched only in a line holding its words (提供)
    photo_caption: tuple[_LineSearch, ...]  # the photo_caption cue as _per_line_patterns tries it
    kind_heads: tuple[tuple[_Part, ...] | None, ...]  # each kind's head cue as _first_match tries it
    # …and the parts of it that open at the text's start (\A), opening at the search's start (\G) instead, to be
    # tried where the page furniture above the text ends (_furniture).
    kind_body_heads: tuple[tuple[_Part, ...], ...]
    # …and its title cue: a title holds few of the words its parts each need (测评, 解读, 规划), where a search of the
    # whole cue tried each of its alternatives at every character (some 50,000 instructions a title for a long cue).
    kind_titles: tuple[tuple[_Part, ...] | None, ...]
    # The title_furniture cue as _first_match tries it: searched whole, a title's every character was tried with each
    # of its thirty alternatives (some 14,000 instructions a character), where most parts skip to a mark or a word.
    title_tail: tuple[_Part, ...]
    yearly_report_head: tuple[_Part, ...]  # the annual_report kind's head cue, read to a long opening's end
    published_by_label: tuple[_Label, ...] | None  # published_line a label at a time (_by_label)
    source_by_label: tuple[_Label, ...] | None  # source_line a label at a time
    # A party committee's own organ after its name, up to what follows a title's author (县委|全面依法治县委员会办公室
    # 关于…, 县委|依法治县办2023年…) or a body joined to it (县委|依法治县办 某县司法局关于…): the organ, named first,
    # authors the report, never the committee its name opens with.
    committee_organ: regex.Pattern
    # A title's year (2024年, 2024年度, or 2024 before the work it names: 2024法治政府建设…, bare_year_follow); not a span's
    # end (2021-2024年, 2021—2024年) nor a day's (2024年3月1日), nor an edition's (指标体系(2021年版)); a dash after the body's
    # name opens the year all the same (某局——2024年度…报告). The year in group 1. A year inside
    # a title's title cited in it (…对〈某市人民政府关于2017年度…的报告〉的审议意见) is that report's, not its own. A title is
    # searched as its own string (_title_year): a title set alone in 〈〉 on its line, read without them, cites none.
    title_year: regex.Pattern
    # What follows a town or a level's body opening a title that it authors: its year (township_title_follow, or the year
    # without 年 before the work) or 关于.
    title_follow: regex.Pattern
    column_name: regex.Pattern  # a column's name heading an item (法治要闻: ending in a column_word; 通知公告: a column_label)
    # A disclosure box's other fields run onto its title's line after a blank or a bullet's dash (…的报告 - 文 号:某府〔2025〕8号,
    # …的报告 发文日期:2025-03-20): the disclosure_field cue past its line's start, cut from the title (see _trimmed).
    box_fields_after: regex.Pattern
    # A search for the words one of which every compiled_by match holds (编制, 编写): an opening without them is not
    # searched with the cue, whose second alternative is tried after every pause (~60% of a long paragraph's metadata).
    compiled_by_words: str | re.Pattern[str] | None
    # …and the words of the post_location cue (IP属地, 发表于, 所在地), each looked for with `in`: over a whole text, `re`'s
    # pass for any of them tests each character against their first characters, some five times the instructions.
    post_location_words: tuple[str, ...] | None
    # …and the words a related_links heading holds one of (相关, 推荐阅读 …), each found by str.find: only the lines holding
    # one are tried. (`re`'s pass for any of them tested each character of the text, some 2.5 times the instructions.)
    related_links_words: tuple[str, ...] | None
    # …and for those of a party committee's name (委): a line above a title without them is no joint letterhead's
    # first line, and the title is not masked for places to see whether a government below is joined to it.
    committee_words: str | re.Pattern[str] | None
    # …and for those of the published_line's and source_line's matches (时间, 日期, 来源 …): a line without them runs
    # no headline into a label, and is not searched with those patterns, tried at every character.
    label_words: str | re.Pattern[str] | None
    # …and for those of the reporter_line cue (记者, 通讯员): a text without them (a body's own report, most texts) is not
    # searched with the cue, whose line alternative opens with ^ and is tried at every character (~0.7% of a report).
    # Each is looked for with `in` (scanning.words_each), as the post_location words are: the whole text is read.
    reporter_words: tuple[str, ...] | None


def _alternatives_unwrapped(pattern: str) -> list[str]:
    """The top-level alternatives of `pattern` in order, each without a (?:…) around it (the engine skips ahead
    fast to a literal only where it opens the pattern), and split in turn when it is an alternation itself."""
    return [part for alternative in alternatives(pattern) for part in alternatives(alternative)]


def _parts(pattern: str) -> tuple[_Part, ...]:
    """The alternatives of `pattern` as _first_match tries them (_alternatives_unwrapped)."""
    parts = map(compile_cached, _alternatives_unwrapped(pattern))
    return tuple((part, min(words), None) if words is not None and len(words) == 1
                 else (part, None, None if words is None else tuple(sorted(words)))
                 for part, words in ((part, words_held(part)) for part in parts))


def _search_parts(pattern: regex.Pattern) -> tuple[_Part, ...]:
    """`pattern` as _first_match tries it: its alternatives (_parts), or the pattern whole where its flags, which the
    alternatives would each have to carry, change what it matches."""
    return ((pattern, None, None),) if pattern.flags & _READING_FLAGS else _parts(pattern.pattern)


def _first_match(parts: tuple[_Part, ...], text: str, endpos: int, pos: int = 0) -> regex.Match | None:
    """What the alternation of `parts` finds first in text[pos:endpos]: the earliest match, the first part's on a tie.

    A search for each part, which the engine may skip ahead to, costs less than one of an alternation of
    parts that open with a class or a repeat, tried at every character."""
    first = None
    stretch = text[pos:endpos]
    holds = stretch.__contains__  # called by any(map(…)) in C, where a generator's frame cost each word a resumption
    for part, word, words in parts:
        if word is not None and word not in stretch or words is not None and not any(map(holds, words)):
            continue
        m = part.search(text, pos, endpos)
        if m is not None and (first is None or m.start() < first.start()):
            first = m
    return first


_READING_FLAGS = regex.IGNORECASE | regex.MULTILINE | regex.DOTALL | regex.VERBOSE  # flags that change what matches


class _LineSearch:
    """A search of one line for a part of a pattern (_per_line_patterns), made only where the line holds one of the
    words each match holds (scanning.words_held), and for the part opening with ^ a match at the line's start, where
    the line opens with a character a match may open with (scanning.opening_chars): regex's search tries ^ at every
    character, some 4 µs a heading's line where the match takes 1 µs, and most lines hold none of the words
    (scanning.words_gate) nor open as a match may."""

    __slots__ = ("at_start", "opening", "pattern", "words")

    def __init__(self, pattern: regex.Pattern, at_start: bool, gate: re.Pattern[str] | None = None) -> None:
        """`gate`, where given, is a search one of whose matches every line matching the pattern holds, in place of
        its words."""
        self.pattern, self.at_start = pattern, at_start
        self.opening = opening_chars(pattern) if at_start else None
        self.words = gate or words_gate(words_held(pattern))

    def search(self, line: str) -> regex.Match | None:
        if self.opening is not None and line[:1] not in self.opening or not may_hold_words(self.words, line):
            return None
        return self.pattern.match(line) if self.at_start else self.pattern.search(line)


def _stretch_may_hold(searches: tuple[_LineSearch, ...], text: str, lines: list[Line]) -> bool:
    """Whether one of `lines`, each a part of `text`, may hold a match of one of the searches: their words looked for
    once over the lines' stretch of the text, where few heads hold them (年鉴, 提供), not in each line by a call or two."""
    return bool(lines) and any(may_hold_words(search.words, text, lines[0].start, lines[-1].end) for search in searches)


def _per_line_patterns(pattern: str, at_start_gate: re.Pattern[str] | None = None) -> tuple[_LineSearch, ...]:
    """Searches one of which matches a line where `pattern` does, asked of many lines, for whether any matches.

    The alternatives that open with ^ become one pattern tried at the line's start only (only where a line holds a
    match of `at_start_gate`, if given), the others one alternation: as a whole, the catalog's alternation is tried
    at every character with every alternative; one search per alternative costs ~0.3 µs each, more than a line
    takes to read. A pattern with flags, which its alternatives would each carry, is tried whole.
    """
    whole = compile_cached(pattern)
    if whole.flags & _READING_FLAGS:
        return (_LineSearch(whole, False),)
    parts = _alternatives_unwrapped(pattern)
    at_start = [part[1:] for part in parts if part.startswith("^")]
    anywhere = [part for part in parts if not part.startswith("^")]
    return tuple(_LineSearch(compile_cached(alternation), opens_line, at_start_gate if opens_line else None)
                 for alternation, opens_line in
                 (("^(?:" + "|".join(at_start) + ")" if at_start else "", True), ("|".join(anywhere), False))
                 if alternation)


# What every line-start alternative of the page_date_line cue holds: a year written as a date's, before a dash, a dot or a
# slash, or before 年 or a blank and what may be a digit (2024-03-12, 2020.01.10, 2025/08/22, 2024年3月12日, 2024 04/22), or
# after a dot (19.09.2015).
# Its words (年, -, a blank, the year's 19 and 20) pass most of a head's lines naming a year (2023年法治政府建设工作报告,
# 一、2022年工作情况), and the part costs some 24,000 instructions a line tried. Any character but a comma, CJK
# punctuation and ideographs (none a digit) may be the day's or the month's digit: `re` and `regex` differ on which
# characters \d takes. Each alternative opens with its characters, so `re` skips to them, alone or joined with other
# gates (_any_gate), where it tried each character of a line with each alternative, at three times the cost.
_DATE_SHAPED_YEAR = "|".join([*(year + r"[\s\S]{2}(?:-|\.|/|[年 ][^,\u3000-\u9fff])" for year in ("19", "20")), r"\.19", r"\.20"])


def _any_gate(gates: Sequence[str | re.Pattern[str] | None]) -> re.Pattern[str] | None:
    """One search for what any of the gates looks for (a word, or a search with no flags of its own: words_gate's, a
    part's gate); None where one looks for nothing, every text passing it."""
    sources = []
    for gate in gates:
        if gate is None or not isinstance(gate, str) and gate.flags != re.UNICODE:
            return None
        sources.append(re.escape(gate) if isinstance(gate, str) else gate.pattern)  # each a whole alternation
    return compile_re_cached("|".join(sources))


def _by_label(pattern: regex.Pattern) -> tuple[_Label, ...] | None:
    """The pattern a label at a time (scanning.by_leading_word), each with its label where it is plain text."""
    parts = by_leading_word(pattern.pattern)
    if parts is None:
        return None
    plain = not pattern.flags & (regex.IGNORECASE | regex.VERBOSE)
    return tuple((label if plain and regex.escape(label) == label else None, part) for label, part in parts)


@from_catalog
def _patterns(catalog: Catalog) -> _CuePatterns:
    cues = catalog.metadata_cues
    familiar_place = r"(\p{Han}{2,3}?)(?=" + cues["familiar_follow"].pattern + r")"  # what follows a familiar prefix
    org_at_end = compile_cached(r"(?:" + catalog.org.pattern + r")$")
    year_lead = (r"^\s*(?:(?:" + cues["news_dateline"].pattern + r")\s*(?:\([^)\n]{0,30}\))?\s*|(?:"
                 + cues["yearbook_path"].pattern + r")?【[^】\n]{1,20}】\s*|(?:" + cues["opening_grounds"].pattern + r"))?"
                 r"(?:" + cues["subject_before_year"].pattern + r")?"
                 rf"[在自]?({YEAR}|{CN_YEAR})年(?:度|(?P<since>{SINCE}))?")  # (在2022年,…: the year the paragraph is of too;
    # 自2024年以来,…: a span from it)
    published_words, source_words = words_held(catalog.published_line), words_held(catalog.source_line)
    kind_heads = tuple(None if rule.head is None else _parts(rule.head.pattern) for rule in catalog.kinds)
    page_date_line = _per_line_patterns(cues["page_date_line"].pattern, compile_re_cached(_DATE_SHAPED_YEAR))
    # the subject a year may run into with no comma (2022年市交通运输局在…, 2023年我局坚持…)
    own_body = cues["own_subject"].pattern + r"|" + cues["opening_body"].pattern
    # what closes a year a paragraph or a sentence opens with: a comma, 全年, or the scope or the body it runs into
    year_close = r"(?:,|全年|(?=" + cues["opening_scope"].pattern + r"|" + own_body + r"))"
    return _CuePatterns(
        opening_year=compile_cached(year_lead + r"(?:,|全年)"),
        year_opening=compile_cached(year_lead + r"(?:,|全年|是|在)"),
        body_year=compile_cached(year_lead + r"(?=" + own_body + r")"),
        topic=compile_cached(r"(?m)^\s*(?:" + cues["yearbook_path"].pattern + r")?【([^】\n]{2,20})】"),
        # A title may open so too (2019年全市人民调解工作数据统计): only a paragraph is read this way.
        paragraph_year=compile_cached(year_lead + r"(?:" + cues["year_part"].pattern + r")?" + year_close),
        sentence_year=compile_cached(rf"[ \t]*({YEAR})年(?:度)?" + year_close),
        familiar_by_prefix=tuple(compile_cached(word + familiar_place)
                                 for word in alternatives(cues["familiar_prefix"].pattern)),
        dateline_lead=compile_cached(r"^\s*(?:" + cues["news_dateline"].pattern + r")\s*(?:\([^)\n]{0,30}\))?\s*"),
        scoped_figures=compile_cached(rf"(?<=[,;:。])\s*(?:({YEAR})年(?:度)?|({cues['last_year'].pattern})|"
                                      rf"({cues['this_year'].pattern}))(?:{cues['this_year'].pattern})?,?"
                                      rf"(?={cues['opening_scope'].pattern})"),
        elsewhere_clause=compile_cached("(?:" + cues["opening_elsewhere"].pattern + ")"
                                        + char_class(BREAKS, negate=True) + "*"),
        org_at_end=org_at_end,
        org_ending=Ending.of(org_at_end),
        debris=(*_per_line_patterns(catalog.debris.pattern), _LineSearch(cues["office_holder"], False)),
        page_date_line=page_date_line,
        head_line_read=_any_gate((words_gate(words_held(cues["comments_header"])), words_gate(words_held(cues["today_line"])),
                                  *(part.words for part in page_date_line), *_POST_HEADER_MARKS)),
        yearbook_book=_per_line_patterns(cues["yearbook_book"].pattern),
        photo_credit=_LineSearch(cues["photo_credit"], False),
        photo_caption=_per_line_patterns(cues["photo_caption"].pattern),
        kind_heads=kind_heads,
        kind_body_heads=tuple(_parts("|".join("\\G" + part[2:] for part in _alternatives_unwrapped(rule.head.pattern)
                                              if part.startswith("\\A")))
                              if rule.head is not None and "\\A" in rule.head.pattern else ()
                              for rule in catalog.kinds),
        kind_titles=tuple(None if rule.title is None else _search_parts(rule.title) for rule in catalog.kinds),
        title_tail=_search_parts(cues["title_furniture"]),
        yearly_report_head=next((head for rule, head in zip(catalog.kinds, kind_heads, strict=True)
                                 if rule.kind == "annual_report" and head is not None), ()),
        published_by_label=_by_label(catalog.published_line),
        source_by_label=_by_label(catalog.source_line),
        committee_organ=compile_cached(r"(?:(?!" + cues["wrapped_title_opening"].pattern + r")\p{Han}){1,12}?(?:"
                                       + cues["committee_organ_end"].pattern + r")(?="
                                       + cues["township_title_follow"].pattern + r"|[ \t、]+\p{Han})"),
        title_year=compile_cached(rf"(?<![\d\-~])(?<!\d—)(?<!\d——)(?<!〈[^〈〉\n]{{0,80}})({YEAR})(?:年(?:度)?(?!版|修订版)|(?="
                                  + cues["bare_year_follow"].pattern + r"))(?![\-—~])(?!\d{1,2}月\d{1,2}日)"),
        title_follow=compile_cached(r"(?:" + cues["township_title_follow"].pattern + rf"|[ \t]*{YEAR}(?="
                                    + cues["bare_year_follow"].pattern + r"))"),
        column_name=compile_cached(r"\p{Han}{1,4}(?:" + cues["column_word"].pattern + r")|(?:"
                                   + cues["column_label"].pattern + r")"),
        box_fields_after=compile_cached(r"[ \t]+(?:[-–][ \t]*)?(?:" + cues["disclosure_field"].pattern.replace("^", "", 1) + ")"),  # its anchor dropped
        label_words=words_gate(None if published_words is None or source_words is None
                                 else published_words | source_words),
        compiled_by_words=words_gate(words_held(cues["compiled_by"])),
        post_location_words=words_each(words_held(cues["post_location"])),
        related_links_words=words_each(words_held(cues["related_links"])),
        committee_words=words_gate(words_held(cues["party_committee"])),
        reporter_words=words_each(words_held(cues["reporter_line"])),
    )


_LEADING_YEAR = compile_cached(rf"{YEAR}年(?:度)?")
_YEAR_START = compile_cached(rf"(?<!\d){YEAR}|{CN_YEAR}年")  # _opens_with_year reads its shape
# A day written first closing a line after a space, its time of day after it or not (… 09.01.2015 09:57): see _dates_in.
_DAY_FIRST_CLOSING = compile_cached(rf"[ \t](\d{{1,2}}\.\d{{1,2}}\.{YEAR})(?:[ \t]+\d{{1,2}}:\d{{2}})?[ \t]*$")
# A date so written (18.03.2015) is how reprint sites stamp the pages they copy: see _published.
_DAY_FIRST_DATE = compile_cached(rf"\d{{1,2}}\.\d{{1,2}}\.{YEAR}")


Dated = tuple[str, tuple[int, int]]  # an ISO date and the span it is written in
Annotated = Callable[[int, int], bool]  # whether the original had annotations in a span of the copy


@dataclass(slots=True)
class Line:
    text: str
    start: int
    end: int
    paragraph: bool = False  # it holds a 。 or is longer than a title (a title line, cut from a line, is none)


@dataclass(slots=True)
class Metadata:
    kind: str = "other"
    title: tuple[int, int] | None = None  # span of the title in the text
    issuer: str | None = None
    issuer_span: tuple[int, int] | None = None
    issuer_how: str | None = None
    # The author as the text names it, a place alone too (青山镇, 留下街道, 某某新区, which name no body: `issuer` is its
    # government, office or committee, or none): whose level the report's figures are (metrics.own_level).
    author: str | None = None
    region: regions.RegionResult | None = None
    report_year: int | None = None
    report_year_span: tuple[int, int] | None = None
    published: str | None = None
    published_span: tuple[int, int] | None = None
    # The item's own day its 今年 and 去年 count from: the day it was published, else an undated news item's lead day
    # (本报讯(记者 某某)2024年2月18日,记者…: _lead_date), which is no publication date.
    dated: str | None = None
    kind_span: tuple[int, int] | None = None
    problems: list[FoundFinding] = field(default_factory=list)


def _lines(text: str) -> list[Line]:
    """The text's lines that hold more than whitespace, each stripped and told a paragraph or not once (a title row's
    empty table cells after it, …年度报告 | ||||, make it no longer; a short line saying what follows, …报告如下:, is one)."""
    lines, start = [], 0
    follows_below = _cues()["follows_below"]
    for raw in text.split("\n"):
        if stripped := raw.strip():
            paragraph = ("。" in stripped or _longer_than_title(stripped) and not _is_nested_title(stripped)
                         or stripped.endswith(":") and follows_below.search(stripped) is not None)
            if not paragraph:
                stripped = _controls_cut(stripped)
            lines.append(Line(stripped, start + len(raw) - len(raw.lstrip()), start + len(raw), paragraph))
        start += len(raw) + 1
    return lines


def _longer_than_title(line: str) -> bool:
    """Whether a line is longer than a title, but for what a page runs onto a title's line after it and _trimmed cuts
    (a byline, the site's name: title_furniture's tails; a title row's empty cells, …年度报告 | ||||): a headline run
    into its authors (…的建言报告 某市政协某某委员会专题调研组) is a title's line however long."""
    if len(line.rstrip(_CELL_BARS)) <= _TITLE_MAX:
        return False
    tail = _first_match(_patterns().title_tail, line, len(line), 1)
    return tail is None or tail.end() < len(line) or len(line[:tail.start()].rstrip()) > _TITLE_MAX


def _controls_cut(line: str) -> str:
    """A dated head line without the page's controls run onto its end (某市司法局 2020-01-20 【大 中 小】, 发布时间:
    2024-03-01 来源:某县司法局 【打印】): they are no part of a byline, a date or a name. Not a path's steps after its
    label or its number (当前位置: 首页 > …, 2. 首页 > …): those lines name no day."""
    if _HEAD_DATE.search(line) is None:
        return line
    furniture = get_catalog().page_furniture
    for gap in _GAP.finditer(line, 1):
        if furniture.match(line[gap.end():]) and _HEAD_DATE.search(line, 0, gap.start()):
            return line[:gap.start()].rstrip()
    return line


_HEAD_DATE = compile_cached(r"\d{4}[-/.年]\d{1,2}")  # a day a head line names (2020-01-20, 2020年1月20日)


def _is_nested_title(line: str) -> bool:
    """A line longer than a title that is one citing nested titles (see _NESTED_TITLE_MAX)."""
    return (len(line) <= _NESTED_TITLE_MAX and "〈" in line and _PAUSE.search(line) is None
            and _NESTED_TITLE.search(line) is not None)


def _is_debris(line: Line) -> bool:
    """Whether the line is page furniture; asked mostly of paragraphs (see _per_line_patterns)."""
    return _debris_in(_patterns().debris, line.text)


@lru_cache(maxsize=256)  # the title's, the opening's and the lead's rules ask of the same first lines
def _debris_in(debris: tuple[_LineSearch, ...], line: str) -> bool:
    """Whether one of the debris patterns matches in the line: searched once for a line asked of again."""
    return any(alternative.search(line) for alternative in debris)


def _is_yearbook_book(line: str) -> bool:
    """Whether the line is a yearbook's book line; asked of the head's lines, paragraphs mostly. Searched as
    _per_line_patterns splits it: for the 年鉴 the engine skips ahead to, and for a volume's line (2022卷) at the
    line's start, where the cue's alternation was tried at every character (~30,000 instructions a paragraph)."""
    return any(alternative.search(line) for alternative in _patterns().yearbook_book)


def _places_masked(name: str) -> str:
    """`name` with the characters of the division names in it (but their level, 自治 with it: 某某自治县) replaced by a
    neutral one, so a place whose name holds a word the body pattern stops at (和平区, 太和县) still reads as a place,
    and an autonomous one as long as the body pattern lets it be (双江拉祜族佤族布朗族傣族自治县)."""
    chars = list(name)
    for start, end, _ in regions.find_named_units(name):  # a name at a time, however many divisions it may be
        level = len(_AUTONOMOUS) + 1 if name.startswith(_AUTONOMOUS, end - 1 - len(_AUTONOMOUS), end - 1) else 1
        chars[start:end - level] = _PLACE_FILLER * (end - level - start)
    return "".join(chars)




def _is_org(line: str) -> bool:
    """Whether a whole line (a letterhead, a sign-off, a 来源) is the name of one body.

    Masking keeps a line's last character, so a line no body's name may end as is none. A street office or a
    town named by its place alone (留下街道, 白沙镇) is its office's name; so is a town's justice station by the town's
    name without its level (花明楼司法所).
    """
    if line[-1:] in _TOWNSHIP_ENDS and _cues()["township"].fullmatch(line):
        return True  # a street office or a town by its place alone (留下街道)
    if line.endswith(institutions.STATION) and _cues()["station_short"].fullmatch(line):  # its names end so
        return True
    ending = _patterns().org_ending
    if ending is not None and not _org_may_end(ending, Ending.tail(line)):
        return False
    if get_catalog().org.fullmatch(_places_masked(line)) is not None:
        return not _collective_courts(line)
    return _court_called(line) == (0, len(line))


_COURTS = "法院"  # a province's or a city's full name before it alone names all its courts, no one court
# The words a court's name closes with as it is called (榆林中院, 海淀法院, 陕西高院), and as it is named in full (某区人民法院).
_COURT_CALLED = (_COURTS, "中院", "高院")
_COURT_IN_FULL = "人民" + _COURTS


def _court_called(text: str, start: int = 0) -> tuple[int, int] | None:
    """The span of a court `text` names at `start` by the form it is called by, its place's short name or its level
    before a short court word (榆林中院, 海淀法院, 陕西高院, 榆林市中院, 省高院), which the body pattern (catalog org) reads
    only in full: institutions reads it, as in running text, in the place `text` names (a short name is read only so).
    None where no court's name opens there, where it is called by its level alone (省高院, 区法院, 市中级人民法院): a
    self-reference, which the region completes where the text reads it as one (catalog self_reference), or where it
    is in full (the body pattern's, or a place's no division has)."""
    if not any(word in text for word in _COURT_CALLED):
        return None
    for found in institutions.find_institutions(text, regions.resolve("", [text])):
        start_at, end = found.mentions[0]
        if found.type == "court" and start_at == start:
            name = text[start_at:end]
            called = name.endswith(_COURT_CALLED) and not name.endswith(_COURT_IN_FULL)
            return (start_at, end) if called and _level_named(name) is None else None
    return None


def _court_in_full(name: str, region: regions.RegionResult) -> str | None:
    """A court an issuer names by the form it is called by (榆林中院, 海淀法院, 省高院, 朝阳区法院) by its name in full, as
    institutions names it in the report's region (陕西省榆林市中级人民法院, 北京市海淀区人民法院); None for a name in full
    already, or where the region does not say which court it is."""
    if not name.endswith(_COURT_CALLED) or name.endswith(_COURT_IN_FULL):
        return None
    return _court_named(name, region)


def _court_named(name: str, region: regions.RegionResult) -> str | None:
    """The name in full of the one court `name` names whole, as institutions names it in `region`; None for any other."""
    found = institutions.find_institutions(name, region)
    if len(found) != 1 or found[0].type != "court" or found[0].mentions != ((0, len(name)),):
        return None
    canonical = found[0].canonical
    return canonical if canonical is not None and canonical.endswith(_COURT_IN_FULL) else None


def _spells_court_out(name: str, called: str) -> bool:
    """Whether `name` (a 来源's, a sign-off's: 台州市黄岩区人民法院) names in full the court a title calls by a short form
    (黄岩法院): the one court, each read in the places it names."""
    if not name.endswith(_COURT_IN_FULL) or not called.endswith(_COURT_CALLED):
        return False
    spelled = _court_in_full(called, regions.resolve("", [called]))
    return spelled is not None and _court_named(name, regions.resolve("", [name])) == spelled


# 各 in a body's name picks many (某县各乡镇人民调解委员会, 某市各司法所: the plural the institutions' generic words hold);
# inside a village's name before 庄 it is part of the name (王各庄镇人民政府), as institutions reads it.
_EACH = compile_cached(r"(?<=\p{Han})各(?!庄)")


def _collective_courts(name: str) -> bool:
    """Whether a body's name is all the courts or procuratorates of an area ([institutions] collective), no one body:
    an area-wide or a plural word before them ([institutions] generic: 上海全市法院, 苏州市两级法院, 全省各级检察院), or
    a province's or a city's full name before 法院 alone (威海市法院, 北京市法院: their own courts are the 中级 and
    高级人民法院). A county's, a district's or a county-level city's (荣成市法院, 某区法院) is its one court."""
    rules = get_catalog().institutions
    word = next((m for m in rules.collective.finditer(name) if m.end() == len(name)), None)
    if word is None:
        return False
    head = name[:word.start()]
    if rules.generic.search(head):
        return True
    if word.group(0) != _COURTS or not head.endswith(tuple(regions.NAME_ENDS)):
        return False
    units = [units for _, end, units in regions.find_named_units(head) if end == len(head)]
    return bool(units) and all(unit.level != COUNTY for unit in units[-1])


@lru_cache(maxsize=1024)  # keyed on the last character or two of a name: a few hundred, shared by every report
def _org_may_end(ending: Ending, tail: str) -> bool:
    """ending.allows(tail), told once for each ending: a character outside its plain ones is matched against its
    classes, a call of the engine costing some 1.5 µs each time a line is asked whether it names a body."""
    return ending.allows(tail)


def _opening(lines: list[Line], captions: range) -> Line | None:
    """The first paragraph that is no page debris nor an address (a paper's affiliation line) nor a photo's caption
    (`captions`, the text's _caption_run) nor a slogan over the title (_banner_over_title): the year and the author are
    often stated there."""
    address = get_catalog().lexicon.address_line
    return next((line for at, line in enumerate(lines) if line.paragraph and not _is_debris(line)
                 and not address.match(line.text) and at not in captions and not _banner_over_title(lines, at)), None)


_BANNER_GAP = 2  # lines a column's label or the site's chrome may take between a portal's slogan and the title below it


def _banner_over_title(lines: list[Line], at: int) -> bool:
    """Whether the paragraph at `at` is a portal's slogan set above the page's title (高举…伟大旗帜,…而团结奋斗。 /
    司法信息 / 某市人民政府关于2025年…的报告): one sentence naming no year and no statement of what follows, over a line of
    the title's form within _BANNER_GAP lines: the places or the body it is of, its year and a title's last word (…报告,
    …总结, …情况). A text's own opening sentence names its year, or a heading of its first part (一、…, 2019年工作情况)
    is below it, not a title."""
    line = lines[at]
    if not line.text.endswith("。") or line.text.count("。") > 1 or _WRITTEN_YEAR.search(line.text) \
            or _cues()["follows_below"].search(line.text.replace("。", ":")):
        return False
    for below in lines[at + 1:at + 2 + _BANNER_GAP]:
        if below.paragraph or NUMBERED_HEADING.match(below.text):
            return False
        year = _patterns().title_year.search(below.text)
        if year and _cues()["wrapped_title_end"].search(set_solid(below.text)) and not _is_furniture(below):
            owner = below.text[:year.start()].rstrip()
            if (about := _cues()["wrapped_title_opening"].search(owner)) is not None and about.end() == len(owner):
                owner = owner[:about.start()]  # 某市人民政府关于2025年…
            return _is_owner(owner)
    return False


def _caption_run(lines: list[Line]) -> range:
    """The lines of a feature's photo captions heading its body, down to the one crediting the photos (某院法官开展巡回
    审判。 / 干警参加宣讲大会。 / …举行宪法宣誓仪式。图片均由某院提供): one short sentence a line, whose bodies are the
    pictures' subjects, not the text's author; an empty range when no credit closes such a run of _CAPTIONS_MIN. The
    credit is looked for only in a head holding such a run, as few do (a search a line cost more than the rest)."""
    head = lines[:_CAPTION_SCAN]
    captions = [len(line.text) <= _CAPTION_MAX and line.text.endswith("。") and line.text.count("。") == 1
                for line in head]
    run = longest = 0
    for caption in captions:
        run = run + 1 if caption else 0
        longest = max(longest, run)
    if longest < _CAPTIONS_MIN:
        return range(0)
    start = None
    credit = _patterns().photo_credit
    for at, line in enumerate(head):
        if credit.search(line.text):
            return range(start, at + 1) if start is not None and at - start >= _CAPTIONS_MIN else range(0)
        start = (at if start is None else start) if captions[at] else None
    return range(0)


def _captions_length(lines: list[Line], captions: range) -> int:
    """The characters a feature's run of photo captions (`captions`, the text's _caption_run) takes under its headline:
    no part of the head the kind cues read, which goes on past them to the byline and the lead (…图片均由某院提供 /
    □甲乙 本报记者 丙丁)."""
    return lines[captions[-1]].end - lines[captions[0]].start if captions else 0


def _is_furniture(line: Line) -> bool:
    """Debris, a yearbook's book line or catalogue label, a line naming only a body (a site's name), or a reprint's
    note of where the piece first ran (本文首发于…, the first_published cue)."""
    return (_is_debris(line) or _is_yearbook_book(line.text)
            or bool(_cues()["yearbook_label"].search(line.text)) or _is_org(line.text)
            or bool(_cues()["first_published"].match(line.text)))


def _is_headline(line: Line) -> bool:
    """A line that can stand as a title without a title word: long enough, not a fragment or a date (a day, or the month
    a cover dates its document by under its body's name: 某市司法局 / 2024年3月)."""
    return (len(line.text) >= _HEADLINE_MIN and not _cues()["headline_end"].search(line.text)
            and HAN.search(line.text) is not None and _TABLE_ROW.fullmatch(line.text) is None
            and month_at(line.text, 0, len(line.text)) is None)


# The spaces a title's line may part it from page furniture with, or none before a control in 【】 (…报告【字体:大 中 小】).
_GAP = compile_cached(r"[ \t]+|(?=【)")


def _trimmed(line: Line) -> Line:
    """The title without what is not part of it: a newspaper in 《》, a 【category】, a trailing date, a disclosure box's
    label before it (信息名称:, 标 题:) and its other fields after it (see box_fields_after)."""
    text, start = line.text, line.start
    lead = _cues()["title_furniture"].match(text)
    if lead and lead.end() < len(text) and not _author_tag(text, lead.end()):
        text, start = text[lead.end():], start + lead.end()
    if (fields := _patterns().box_fields_after.search(text, 1)) is not None:
        text = text[:fields.start()]  # the box's other fields run onto its title's line (…的报告 - 文 号:…)
    tail = _first_match(_patterns().title_tail, text, len(text), 1)  # the cue's search from the second character
    if tail and tail.end() == len(text) and tail.start() > 0:
        text = text[:tail.start()].rstrip()  # a tail's rule opens on its mark, not on the spaces before it
    for gap in _GAP.finditer(text, 1):  # a page's controls run onto the title's line (…情况报告 分享到: 微信 微博, …报告【打印】)
        if get_catalog().page_furniture.match(text[gap.end():]):
            text = text[:gap.start()]
            break
    if (last := _SIGN_OFF_GAP.search(text)) is not None and _cues()["wrapped_title_end"].search(text, 0, last.start()) \
            and _header_body(text[last.end():], 0) is not None:
        text = text[:last.start()]  # its author run onto its line after spaces (…年度报告  县司法局: see _byline_org)
    return Line(text, start, start + len(text))


def _author_tag(text: str, end: int) -> bool:
    """Whether the furniture a title's line opens with up to `end` is a tag naming the body whose yearly report follows
    it (【某县应急管理局】2023年度法治政府建设工作报告): the report's author, part of its title, not a column's tag
    (【工作动态】, 【法治建设】) nor a place's (【某县】…报告), nor a site's column over a title naming its own body
    (【某县司法局】某县应急管理局2023年度…报告)."""
    tag = _TAG.fullmatch(text, 0, end)
    return tag is not None and _is_org(tag.group(1)) and _cues()["yearly_report_title"].search(text, end) is not None \
        and _title_org(text, Line(text[end:], end, len(text))) is None


def _unwrapped(text: str, lines: list[Line], at: int, title: Line) -> Line:
    """The title with the line it was wrapped onto: the body's name on the line above a title opening with
    关于 or with its year (东山区人民政府 / 关于2023年…的报告, 中共某局党组 / 2023年度…报告) or naming the work alone
    (某区卫生健康局 / 政府信息公开工作年度报告: _work_alone), or a government by its level alone under its party committee's line
    (中共阳山县委 / 县人民政府 / 关于…, a joint letterhead: see _committee_above), a line holding the title's 关于 but not its end above the rest
    (东山区人民政府关于 / 2023年…的报告, 县司法局关于2023年度行 / 政复议工作总结), or the body's name and the year (某州人民政府
    2024年度法治政府 / 建设情况报告), a headline's subject on the line above
    the rest of it (我县律师人数 / 已达一千人), and the end of a title on the
    line below (…法治政府建设 / 年度报告), which a notice below its body's name may also have (three lines), or a cover's
    year in brackets there (…白皮书 / (2024)); not a
    numbered heading below (…典型案例 / 一、基本情况), the text's first part.

    Only lines next to each other with nothing but line breaks between: the title's span then holds them, and
    the record reads the title without its breaks.
    """
    cues = _cues()
    if at > 0 and cues["headline_continued"].match(title.text):  # a headline broken before its verb (我县… / 同比增长两成),
        # its subject a body's name too (某县白沙司法所 / 荣获全国模范司法所称号: no site's name, which no verb goes on from)
        above = lines[at - 1]
        if _is_headline(above) and not above.paragraph and (_is_org(above.text) or not _is_furniture(above)) \
                and not cues["headline_continued"].match(above.text) \
                and _only_breaks(text, above.start + len(above.text), title.start):
            return Line(text[above.start:title.end], above.start, title.end)
    if at > 0 and not _box_value(lines, at - 1):
        above = lines[at - 1]
        opening = cues["wrapped_title_opening"]
        with_above = Line(text[above.start:title.end], above.start, title.end)
        if ((opening.match(title.text) or _opens_with_year(title.text) or _work_alone(title.text))
                and (_is_letterhead(set_solid(above.text)) or at > 1 and _committee_above(text, lines[at - 2], with_above))
                or _opens_unfinished(above) and not opening.search(title.text)
                and (cues["wrapped_title_end"].search(title.text) or _end_below(text, lines, at, title))) \
                and _only_breaks(text, above.start + len(above.text), title.start):
            title = with_above  # its end may still be below
        elif _place_and_year(above, title) and not _is_furniture(title) and not NUMBERED_HEADING.match(title.text) \
                and not _opens_with_year(title.text) and _only_breaks(text, above.start + len(above.text), title.start):
            title = with_above  # 南通市2024年度 / 行政机关负责人出庭应诉情况通报
        elif _year_cut(above, title) and _only_breaks(text, above.start + len(above.text), title.start):
            title = with_above  # 某县司法局2023 / 年法治政府建设工作报告
        elif _office_cut(above, title) and _only_breaks(text, above.start + len(above.text), title.start):
            title = with_above  # 某区人民政府某某街道 / 办事处2023年…报告
        top = at - 1 if title.start < lines[at].start else at
        if top > 0 and _committee_above(text, lines[top - 1], title):
            title = Line(text[lines[top - 1].start:title.end], lines[top - 1].start, title.end)
    if at + 1 < len(lines) and _COVER_YEAR.fullmatch((below := lines[at + 1]).text) \
            and _only_breaks(text, title.end, below.start):  # a cover's title set over its year (…白皮书 / (2024))
        return Line(text[title.start:below.end], title.start, below.end)
    if at + 1 < len(lines) and not (below := lines[at + 1]).paragraph \
            and cues["title_joined_plan"].match(set_solid(below.text)) and _only_breaks(text, title.end, below.start):
        end = below.start + len(below.text)  # a summary's title over its plan's (…工作总结 / 及2024年工作计划)
        return Line(text[title.start:end], title.start, end)
    if len(title.text) >= _WRAPPED_MIN and not cues["wrapped_title_end"].search(title.text) \
            and (end_line := _end_below(text, lines, at, title)) is not None:
        end = end_line.start + len(end_line.text)
        return Line(text[title.start:end], title.start, end)
    return title


def _work_alone(title: str) -> bool:
    """Whether a title names the work it reports on and no body nor place (政府信息公开工作年度报告, 法治政府建设工作总结),
    nor a body by its level alone (市司法局2023年…报告), nor a town by its place before its year (白沙镇2023年…报告, under
    its committee's and government's letterhead): set under its body's letterhead (某区卫生健康局 / 政府信息公开工作年度
    报告), it is that body's, wrapped."""
    return bool(_cues()["wrapped_title_end"].search(title)) and not _places_opening(title) \
        and get_catalog().org.match(_places_masked(title)) is None and get_catalog().self_reference.match(title) is None \
        and not ((town := _cues()["township"].match(title)) and _patterns().title_follow.match(title, town.end()))


def _end_below(text: str, lines: list[Line], at: int, title: Line) -> Line | None:
    """The line right below the title's line (at `at`) that ends it (…法治政府建设 / 年度报告, …法治政府建设 / 情况的报告):
    a short line of its own, no numbered heading nor the page's furniture; None where there is none."""
    if at + 1 >= len(lines):
        return None
    below = lines[at + 1]
    if not below.paragraph and HAN.match(below.text) and not _opens_with_year(below.text) \
            and not NUMBERED_HEADING.match(below.text) \
            and _cues()["wrapped_title_end"].search(set_solid(below.text)) and not _is_furniture(below) \
            and _only_breaks(text, title.end, below.start):
        return below
    return None


def _is_letterhead(line: str) -> bool:
    """Whether a whole line names the body a title opening with 关于 below it has: one body, or a party committee
    and the government after it (中共青禾县委 青禾县人民政府 / 关于…的报告, a joint title wrapped)."""
    if _is_org(line) or _is_party_group(line):
        return True
    committee = get_catalog().org.match(_places_masked(line))
    if committee is None or not _is_party_committee(committee.group(0)):
        return False
    government = line[committee.end():].lstrip()
    return _is_government(government) and _is_org(government)


def _is_party_group(line: str) -> bool:
    """Whether a whole line is a state body's party group under 中共 (中共青禾县财政局党组), which puts its name to the
    body's report as a letterhead does (see _title_org)."""
    if not line.startswith(_PARTY):
        return False
    org = get_catalog().org.match(_places_masked(line))
    group = _cues()["party_group"].match(line, org.end()) if org is not None else None
    return group is not None and group.end() == len(line)


def _committee_above(text: str, line: Line, title: Line) -> bool:
    """Whether `line`, right above the title, is a party committee's name alone (or its office's) that the title's
    opening government (or its office) is joined to (中共青禾县委 / 青禾县人民政府 / 关于…的报告, 中共青禾县委 / 青禾县人民政府
    关于…, 中共青禾县委办公室 / 青禾县人民政府办公室 / 关于…; either by its level alone: 中共阳山县委 / 县人民政府 / 关于…): a
    joint letterhead's first line (see _joint_government)."""
    if not may_hold_words(_patterns().committee_words, line.text) \
            or not _only_breaks(text, line.start + len(line.text), title.start):
        return False
    plain = line.text + "\n" + title.text
    masked = _places_masked(plain)
    committee = get_catalog().org.match(masked)
    return (committee is not None and committee.end() == len(line.text)
            and _joint_government(plain, masked, committee) is not None)


def _opens_unfinished(line: Line) -> bool:
    """A line holding a title's 关于, or a body's name or a place's and the year, but not its end (东山区人民政府关于 /
    县司法局关于2023年度行, 某州人民政府2024年度法治政府 / 建设情况报告, 石门县2023年法治政府 / 建设年度报告): its end is
    below."""
    opening = _cues()["wrapped_title_opening"].search(line.text)
    if opening is not None and opening.end() == len(line.text) and _is_org(line.text[:opening.start()]):
        return True  # 东山区人民政府关于
    year = _patterns().title_year.search(line.text) if opening is None else None
    if year is not None and _is_owner(line.text[:year.start()]):
        opening = year
    return (len(line.text) >= _WRAPPED_MIN and not line.paragraph and opening is not None
            and not _cues()["wrapped_title_end"].search(line.text) and not line.text.endswith((":", "。"))
            and not _is_furniture(line))


def _box_value(lines: list[Line], at: int) -> bool:
    """Whether the line at `at` is the value of a disclosure box's label set alone above it (• 发布机构: / 某区生态环境局):
    the box's, no letterhead of the title below."""
    field = _cues()["disclosure_field"].match(lines[at - 1].text) if at else None
    return field is not None and field.end() == len(lines[at - 1].text)


def _place_and_year(line: Line, title: Line) -> bool:
    """Whether a line is only a place's name (or a body's) and a year, the opening of a title wrapped after them
    (内蒙古自治区2025年度 / 第一批行政复议典型案例): no line stands as so much alone; or the year alone over a title
    ending as one does (2023年度 / 法治政府建设工作报告, a cover's)."""
    if line.paragraph or (year := _patterns().title_year.search(line.text)) is None or year.end() != len(line.text):
        return False
    owner = line.text[:year.start()]
    return _is_owner(owner) or not owner.strip() and _cues()["wrapped_title_end"].search(title.text) is not None


_CUT_YEAR_HEAD = compile_cached(r"\d{1,4}$")  # the digits of a year a line closes on, wrapped before the rest of it
_CUT_YEAR_TAIL = compile_cached(r"\d{0,3}(?=年)")  # …and those the next line opens with before its 年


def _year_across(head: str, head_end: int, tail: str, tail_start: int) -> tuple[int, int, int] | None:
    """A year cut by a line's end: the digits `head` closes on before `head_end` and those `tail` opens with from
    `tail_start` before its 年 (某县司法局2023 / 年…, 某县202 / 3年度…); the year, where its digits start in `head` and
    where they end in `tail`, or None."""
    first, rest = _CUT_YEAR_HEAD.search(head, 0, head_end), _CUT_YEAR_TAIL.match(tail, tail_start)
    if first is None or rest is None or re.fullmatch(YEAR, year := first.group() + rest.group()) is None:
        return None
    return int(year), first.start(), rest.end()


def _year_cut(above: Line, line: Line) -> bool:
    """Whether a title's year is cut by the line's end, the line above closing on its owner and the first of its digits
    and `line` opening with the rest and 年 (某县司法局2023 / 年法治政府建设工作报告, 某县202 / 3年度…报告)."""
    cut = None if above.paragraph else _year_across(above.text, len(above.text), line.text, 0)
    return cut is not None and _is_owner(above.text[:cut[1]])


def _office_cut(above: Line, line: Line) -> bool:
    """Whether a town's or a street's office is cut by the line's end, the line above closing on the town's name after
    its places or its district's government, and `line` opening with the office and the title's year (重庆市某区人民政府
    某某街道 / 办事处2023年政府信息公开工作年度报告, 某县某某镇 / 人民政府2024年…报告)."""
    if above.paragraph:
        return False
    return any(above.text.endswith(level) and line.text.startswith(office)
               and _opens_with_year(line.text[len(office):]) and _is_owner(above.text + office)
               for level, office in regions.TOWNSHIP_OFFICES.items())


def _cut_title_year(title: Line) -> tuple[int, tuple[int, int]] | None:
    """The year of a title its wrapping cut (某县司法局2023 / 年法治政府建设工作报告: see _year_cut), and its span across the
    break; None where no break cuts one."""
    brk = title.text.find("\n")
    while brk >= 0:
        if (cut := _year_across(title.text, brk, title.text, brk + 1)) is not None:
            return cut[0], (title.start + cut[1], title.start + cut[2])
        brk = title.text.find("\n", brk + 1)
    return None


def _is_owner(name: str) -> bool:
    """Whether a title's words before its year name whose it is: places alone (内蒙古自治区, 江门市蓬江区) or a body."""
    name = name.rstrip()
    return bool(name) and (_places_opening(name) == len(name) or _is_org(name))


def _only_breaks(text: str, start: int, end: int) -> bool:
    """Whether only line breaks part two lines, and the blanks that centre a cover's lines (a PDF's text layer
    pads them with spaces)."""
    return start < end and "\n" in text[start:end] and not text[start:end].strip(" \t\n")


def find_title(text: str, lines: list[Line]) -> Line | None:
    """The title line above the first paragraph: the first that names a title word, else the headline;
    with the line it was wrapped onto (see _unwrapped).

    The headline is the last candidate above the page's date/source line or the first paragraph, so
    a site name or banner above it does not count; page furniture and numbered headings never do, nor
    anything above the page's path or an item's column name, nor a paper's affiliation line and the authors
    right above it, nor a row of a disclosure box (of its fields, some holding dates; a title row aside) nor its values
    set without their labels above its range of disclosure (the box_scope_value cue), nor a paper's name set alone under
    the headline (the local_paper cue), a photo's caption or a date/source line with no headline above it. A text
    whose first line is a paragraph may have its title run into it (see _glued_title).
    """
    candidates: list[tuple[int, Line]] = []
    accounts: set[str] = set()  # the names a WeChat article's header gives (its author, its account)
    value_below = False  # whether the line above is a disclosure box's label set alone, its value on this line
    values_inline = False  # whether a row of the box above holds its value after its label: one set alone is empty
    value_mark = ""  # what the line of a value below its label must open with, where the label is in brackets
    scan = _TITLE_SCAN  # the lines searched: counted from the end of the page's furniture (its path, its box)
    opening = None  # the paragraph closing the header
    for at, line in enumerate(lines):
        if at >= scan:
            break
        if _is_path(line) or at and _repeats_last_step(lines, at):
            candidates.clear()  # what is above the page's path or the item's column is the site's chrome
            scan = max(scan, at + 1 + _TITLE_SCAN)
            continue
        if _cues()["genre_column"].fullmatch(line.text) and at + 1 < len(lines) \
                and get_catalog().title_words.search(lines[at + 1].text) and not lines[at + 1].paragraph \
                and not NUMBERED_HEADING.match(lines[at + 1].text):
            # a column named by its items' genre over a title (法治政府建设年报 / 某局2023年…报告); over the first numbered
            # part it is the end of the title above wrapped (某局2013年度信息公开工作 / 年度报告 / 一、…情况), over a paragraph
            # the title of a page naming no more (工作计划 / 2020年,我局将…)
            candidates.clear()
            continue
        if line.text in accounts:
            continue
        field = _cues()["disclosure_field"].match(line.text)
        if value_below and value_mark and not line.text.startswith(value_mark):
            value_below = False  # a bulleted box's label in brackets left empty (• [ 有效性 ]): its value is bulleted too
        if field is not None or value_below:
            # a row of a disclosure box heading the page, or the value on the line below a label of it set alone
            # (• 审核程序: / 单位审核公开): no title, and no date/source line closing the header (成文日期 2025-03-21 …).
            # In a box whose rows hold their values (• 成文日期:2022-12-30), a label set alone is an empty field
            # (• 文号:): the line below is not its value. A label in brackets (• [ 主题分类 ] / • 城乡建设、环境保护) has
            # its value below only on a line opening with its own mark: the title under an empty last field is none.
            alone = field is not None and field.end() == len(line.text)
            values_inline = values_inline or field is not None and not alone
            value_below = alone and not values_inline
            value_mark = line.text[0] if alone and line.text.endswith("]") else ""
            scan = max(scan, at + 1 + _TITLE_SCAN)
            continue
        if _cues()["box_scope_value"].fullmatch(line.text):
            candidates.clear()  # the last of a box's values set without their labels: what is above is the box
            continue
        if not line.paragraph and (header := _post_header(line.text)) is not None:
            # A WeChat header closes nothing: a mirror may set the headline below it. Its names are no headline.
            accounts.update(header.group(1).split())
            candidates = [(above, candidate) for above, candidate in candidates if candidate.text not in accounts]
            continue
        if _path_to_below(lines, at):  # read after a WeChat header, whose account's name may be repeated below it
            candidates.clear()  # what is above the page's path is the site's chrome
            continue
        if (head := _run_into_label(line)) is not None:
            candidates.append((at, head))  # (trimmed there)
            break  # the rest of its line is the page's date/source line, which closes the header
        if _dated_label_line(line):
            if not candidates:
                continue  # a date/source line over the first paragraph (2024年3月5日 来源:某某日报): no headline above it
            _drop_outlet_above(candidates, at, line)
            break  # the page's date/source line, its date first (2023/01/16 19:16 来源:…), closes the header
        if _stamps_headline(candidates, at, line):
            break  # the headline's own date line, a site's name or slogan before the day (某某快讯 2024年03月02日 09:10:11)
        if not candidates and _cues()["keyword_line"].fullmatch(line.text):
            continue  # a site's keyword line above the page: no paragraph the title is glued to
        if line.paragraph and not _is_debris(line) or _patterns().opening_year.match(line.text):
            if line.paragraph and _index_entry(lines, at):
                continue
            if line.paragraph and not candidates:
                following = lines[at + 1] if at + 1 < len(lines) else None
                if (glued := _glued_title(line, following)) is None and _banner_over_title(lines, at):
                    continue  # a portal's slogan over the title: its furniture
                return glued
            opening = line
            break
        if _cues()["affiliated_byline"].match(line.text):  # a paper's byline, its affiliation on its line: no title
            continue
        if get_catalog().lexicon.address_line.match(line.text):  # an author's affiliation under a paper's byline
            if candidates and candidates[-1][0] == at - 1 and _cues()["byline_names"].fullmatch(candidates[-1][1].text):
                candidates.pop()  # the authors right above it
            continue
        if _is_furniture(line):
            if candidates and (get_catalog().published_line.search(line.text) or get_catalog().source_line.search(line.text)
                               or date_at(line.text, 0) is not None):
                _drop_outlet_above(candidates, at, line)
                break  # the page's date/source line closes the header
            continue
        if NUMBERED_HEADING.match(line.text) or _CASE_HEADING.match(line.text) and _under_collection_title(candidates):
            break
        if candidates and _is_figure_cell(line) and any(map(_is_figure_cell, lines[at + 1:at + 1 + _NEXT_CELL])):
            _drop_row_label(candidates, at)
            break  # a table flattened one cell a line opens (人民调解案件数(件) / 2345): the header ends above it
        if candidates and CELL_PAIR.fullmatch(line.text) and at + 1 < len(lines) and CELL_PAIR.fullmatch(lines[at + 1].text):
            break  # …its labels and figures run together (受理纠纷(件)120 / 调解成功(件)118: normalize joins such rows)
        if line.text.endswith((":", "。")):
            continue
        if _cues()["dateline_alone"].fullmatch(line.text) or _cues()["abstract_label"].match(line.text):
            continue  # a news dateline set alone (某报全媒体讯) or the abstract under the headline ([摘要]…)
        if candidates and _cues()["local_paper"].fullmatch(line.text) or _is_photo_caption(line) \
                or _is_bar_caption(lines, at) or _BYLINE_PART in line.text and _cues()["reporter_line"].match(line.text):
            continue  # the outlet's name set alone under the headline (某某日报), a reprint's masthead; a photo's caption;
            # a paper's byline by part (文/图 甲 乙)
        candidates.append((at, _trimmed(line)))
    candidates = _without_reprint_note(lines, candidates)
    for index, (at, line) in enumerate(candidates):
        if get_catalog().title_words.search(line.text):
            if _SUBTITLE.match(line.text) and index and _is_headline(candidates[index - 1][1]):
                at, line = candidates[index - 1]  # a subtitle's title word (——以…为分析样本) serves the line above
            elif opening is not None and (own := _title_of_opening_year(candidates[index + 1:], opening, line)):
                at, line = own
            return _repeated_in_full(text, lines, at, line)
    headlines = [(at, line) for at, line in candidates if _is_headline(line)]
    headlines = [(at, line) for at, line in headlines if not _SUBTITLE.match(line.text)] or headlines
    return _repeated_in_full(text, lines, *headlines[-1]) if headlines else None


_UNIT_CELL = 2  # characters of a unit set alone as a cell between a row's label and its figure (件, 人次)
_CELL_DIGITS = 2  # digits of a figure opening a flattened table: one alone (1) numbers a page or an item
_NEXT_CELL = 3  # lines below a flattened table's first figure its next one stands within (a label, a unit cell between)


def _is_figure_cell(line: Line) -> bool:
    """Whether a line holds a figure alone, as a cell of a table flattened one cell a line does (2345, 98.6%, 1 586件):
    two digits or more, no year (2023年) nor date (2024.01.05)."""
    return FIGURE_CELL_ALONE.fullmatch(line.text) is not None and sum(map(str.isdigit, line.text)) >= _CELL_DIGITS \
        and not YEAR_HEADING.fullmatch(line.text.strip()) and date_at(line.text, 0) is None


def _drop_row_label(candidates: list[tuple[int, Line]], at: int) -> None:
    """Drop from the title's candidates the label of the row whose figure stands alone on line `at` (办理公证(件) /
    4120), and the unit set alone between them (法律援助案件 / 件 / 523): a table's cells, no headline. A line naming a
    title word stays (行政审判白皮书 / 2023 is a cover's; a year alone opens no table)."""
    above = at - 1
    while candidates and candidates[-1][0] == above and not get_catalog().title_words.search(candidates[-1][1].text):
        unit = len(candidates.pop()[1].text) <= _UNIT_CELL
        if not unit:
            break
        above -= 1


# A case's number heading the first of a collection's cases (案例一:某公司不服某局行政处罚案, 【案例1】…), or its label
# heading the one case a page under the collection's title holds (某县典型案例 / 案例:张某诉某镇政府行政强制案): the body's
# first part under the collection's title, as a numbered heading is.
_CASE_HEADING = compile_cached(rf"[【\[]案例[{ITEM_DIGITS}\d]{{1,3}}[】\]]|案例(?:[{ITEM_DIGITS}\d]{{1,3}}[ \t]*[:、.]|[ \t]*:)")
_CASES_WORD = "案例"  # what a collection's title names its cases by (某市2023年度行政复议典型案例, 案例选编)


def _under_collection_title(candidates: list[tuple[int, Line]]) -> bool:
    """Whether the title candidate above a case's heading is a collection's title naming its cases (某市2023年度…典型案例):
    the heading is the collection's first part. A case's heading under no such line (a banner, nothing) heads a page of
    its own: its title."""
    return bool(candidates) and _CASES_WORD in candidates[-1][1].text


def _is_path(line: Line) -> bool:
    """Whether the line is the page's path (当前位置:首页 > …, a path's step on a line of its own) or the name of the
    column the item is filed in: the end of the site's chrome above the item."""
    return _is_breadcrumb(line) or _patterns().column_name.fullmatch(line.text) is not None \
        or _cues()["path_step"].match(line.text) is not None


_TITLE_OWNER = compile_cached(r"\p{Han}{2,20}")  # a place's or a body's name before a title's year


def _index_entry(lines: list[Line], at: int) -> bool:
    """Whether the paragraph at `at` is the entry of an index the page is filed under (98.市县政府每年第一季度…报告上一年度
    法治政府建设情况…, an item of a list of a campaign's criteria): a numbered paragraph right above the page's path or
    above the report's own title, a place's or a body's name and its year before a title word (某县2019年度依法行政工作
    情况的报告);
    chrome, as the path is, not the text's opening."""
    if at + 1 >= len(lines) or not NUMBERED_HEADING.match(lines[at].text):
        return False
    below = lines[at + 1]
    if _is_path(below):
        return True
    year = None if below.paragraph or NUMBERED_HEADING.match(below.text) else _title_year(below)
    if year is None or _TITLE_OWNER.fullmatch(owner := below.text[:year.start()].rstrip()) is None:
        return False
    return (owner[-1] in _LEVELS or _is_org(owner)) and get_catalog().title_words.search(below.text, year.end()) is not None


def _title_of_opening_year(below: list[tuple[int, Line]], opening: Line,
                           first: Line) -> tuple[int, Line] | None:
    """The title line below the first one with a title word, the same title but for its year, whose year the opening
    paragraph opens with where the first names another (县 2022 年…工作总结 / 县2019年…工作总结 / 2019年,我县…): a
    mirror's page title over the document's own, whose opening agrees with it. None where the first names no year or
    the opening's; a line of other words (a heading, 2023年工作总结 under a plan's title) is no title of it."""
    year = _title_year(first)
    opened = _opening_year(opening, None, undated_span=False)
    if year is None or not opened or opened == _NO_YEAR or int(year.group(1)) == opened[0]:
        return None
    words = _but_year(first.text, year)
    return next(((at, line) for at, line in below if (own := _title_year(line)) is not None
                 and int(own.group(1)) == opened[0] and _but_year(line.text, own) == words), None)


def _but_year(title: str, year: regex.Match) -> str:
    """A title's words without the year it names and without blanks (县 2022 年…总结 and 县2019年…总结 are one)."""
    return "".join((title[:year.start()] + title[year.end():]).split())


def _drop_outlet_above(candidates: list[tuple[int, Line]], at: int, date_line: Line) -> None:
    """Drop the candidate right above the page's date/source line when that line names it again (某某新闻网 /
    2024-05-08 10:15 来源:某某新闻网): the outlet's name set under the headline, not a headline of its own."""
    if len(candidates) > 1 and candidates[-1][0] == at - 1 and candidates[-1][1].text in date_line.text:
        candidates.pop()


def _without_reprint_note(lines: list[Line], candidates: list[tuple[int, Line]]) -> list[tuple[int, Line]]:
    """The title candidates without a reprint's note of the headline it first ran under (原标题:…) when the page's
    own headline stands beside it: the page titles the piece as it carries it."""
    note = _cues()["reprint_title_note"]
    kept = [(at, line) for at, line in candidates if not note.match(lines[at].text)]
    return kept if len(kept) < len(candidates) and any(_is_headline(line) for _, line in kept) else candidates


def _repeated_in_full(text: str, lines: list[Line], at: int, title: Line) -> Line:
    """The title, or its repetition below the page's header when that one goes on to the line below (贵州省2023年度
    法治政府建设工作 / 发布日期:… / 贵州省2023年度法治政府建设工作 / 情况报告): a page's title field may keep only the first
    line of a title its document wraps. A title ending as a title does is whole (…情况报告 / 来源:… / …情况报告), but one
    opening with 关于 names no body: its repetition under the document's letterhead is the title (关于2025年…的报告 /
    来源:… / 某区人民政府 / 关于2025年…的报告)."""
    title = _unwrapped(text, lines, at, title)
    whole = _cues()["wrapped_title_end"].search(title.text) is not None
    if whole and not _cues()["wrapped_title_opening"].match(title.text):
        return title
    for below in range(at + 1, min(len(lines), _TITLE_SCAN)):
        if lines[below].paragraph:
            break
        if lines[below].text == title.text:
            repeated = _unwrapped(text, lines, below, lines[below])
            grown = repeated.start < lines[below].start if whole else repeated.end > lines[below].end
            return repeated if grown else title
    return title


_POST_HEADER_MARKS = "原创", ":"  # 原创 opening a WeChat article's header line, or the colon of its time


def _post_header(line: str) -> regex.Match | None:
    """A WeChat article's header line (see the post_header cue), asked only of a line opening with 原创 or holding a time's
    colon: the cue costs microseconds a line, more than most lines of a long report take to read otherwise."""
    original, colon = _POST_HEADER_MARKS
    return _cues()["post_header"].match(line) if line.startswith(original) or colon in line else None


def _title_below_cover(text: str, lines: list[Line]) -> Line | None:
    """The title of a document its page heads with the note sending it (省政府办公厅: / 现将我厅2025年…年度报告函报贵厅。 /
    某省司法厅 / 2026年1月30日 / (此件主动公开) / 某省司法厅 / 2025年…年度报告 / 根据…): the title below the note's
    sign-off, a body's line over a line a date fills, when it names a title word; asked only of a text with no title
    above its first paragraph, which is the note's."""
    for at, line in enumerate(lines[1:_TITLE_SCAN], 1):
        if _whole_date(text, line, line.start + len(line.text)) and _is_org(lines[at - 1].text):
            below = find_title(text, lines[at + 1:])
            return below if below is not None and get_catalog().title_words.search(below.text) else None
    return None


_LABEL_BRACKETS = "(【["  # what may open a date or source label run on after a headline, its close after the value


def _run_into_label(line: Line) -> Line | None:
    """A headline the page runs into its date or source line without a break (…示范项目发布时间:2021-09-16 来源:…): the
    part before the label, when it reads as a headline; None for a line opening with its label or a sentence's."""
    if not may_hold_words(_patterns().label_words, line.text):
        return None
    catalog = get_catalog()
    labels = [m for m in (catalog.published_line.search(line.text), catalog.source_line.search(line.text)) if m is not None]
    if not labels:
        return None
    cut = min(m.start() for m in labels)
    before = line.text[:cut].rstrip().rstrip(_LABEL_BRACKETS).rstrip()  # (…报告(来源:某局), …报告【发布时间:…】: the mark)
    head = Line(before, line.start, line.start + len(before))
    # its pauses read without what is no part of a title: a box's label before it, its other fields after (标题:…的报告 -
    # 文号:…)
    if _PAUSE.search((title := _trimmed(head)).text) or not _is_headline(head) or _is_furniture(head):
        return None
    return title


def _stamps_headline(candidates: list[tuple[int, Line]], at: int, line: Line) -> bool:
    """Whether the line is the page's date line right under the headline it stamps, words before the day and its time
    (最高法:行政案件收案平稳 / 快讯速递 2024年03月02日 09:10:11): a site's name or slogan there, never a headline of
    its own. A stamped line with no headline right above it (某县司法局扎实做好调处工作 2015-01-09 09:57) is a short
    headline a reprint site stamped, and one naming a title word is a title."""
    return (bool(candidates) and candidates[-1][0] == at - 1 and date_at(line.text, 0) is None
            and _is_headline(candidates[-1][1]) and not get_catalog().title_words.search(line.text) and _is_stamp(line))


def _dated_label_line(line: Line) -> bool:
    """Whether the line is a page's date/source line opening with its date (2023/01/16/ 19:16 来源:某某网 记者…): a
    headline run into its label (see _run_into_label) opens with words."""
    if date_at(line.text, 0) is None or not may_hold_words(_patterns().label_words, line.text):
        return False
    catalog = get_catalog()
    return catalog.source_line.search(line.text) is not None or catalog.published_line.search(line.text) is not None


def _path_to_below(lines: list[Line], at: int) -> bool:
    """Whether the line is the page's path written with spaces, not marks, its last step the headline on the line below
    (某市人民政府门户网站 某市司法局 工作动态 某某新举措 / 某某新举措): chrome, as a path with > is."""
    if at + 1 >= len(lines):
        return False
    line, below = lines[at].text, lines[at + 1].text
    return len(line) > len(below) and line.endswith(below) and line[-len(below) - 1] in LINE_BLANKS


# A body's name before a space opening a portal's line (青禾县人民政府 2024年01月08日): see _dated_publisher.
_DATED_BODY = compile_cached(r"(\p{Han}{2,30})[ \t]+")
# …or the date first, its time of day after it, the body closing the line (2024-08-09 08:46 青禾县司法局), in group 1.
_TIME_OF_DAY = r"\d{1,2}:\d{2}(?::\d{2})?"  # a page's stamp gives it after the date (2024-08-09 08:46)
_BODY_AFTER_DATE = compile_cached(rf"[ \t]+(?:{_TIME_OF_DAY}[ \t]+)?(\p{{Han}}{{2,30}})[ \t]*")
# …which a scrape may run into the first paragraph (2024-12-02 14:00:00 2023年6月21日,…): see _run_on_stamp.
_DATE_TIME_REST = compile_cached(rf"(?:[ \t]+{_TIME_OF_DAY})?[ \t]*")  # what may follow a portal's date on its line
_STAMP_TIME = compile_cached(rf"[ \t]+{_TIME_OF_DAY}[ \t]")
# …or a day written with dashes and a space after it, its time left out (2024-12-02 2024年,…): see _run_on_stamp.
_DASHED_STAMP = compile_cached(rf"{YEAR}-\d{{1,2}}-\d{{1,2}}[ \t]+(?!\d{{1,2}}:)")
_ADDRESSEE = regions.ADDRESSEE  # the bodies a report is addressed to (区政府:, 市委、市政府:), the last in group 1
_ADDRESSEE_MAX = 40  # characters of the bodies a report is sent to, between its title and its first paragraph on one line
# A subtitle under a headline (——以某县为例): it qualifies the line above, which is the title.
_SUBTITLE = compile_cached(r"\s*(?:—|-){1,2}(?!\s*$)")


def _is_breadcrumb(line: Line) -> bool:
    """The page's path (当前位置:首页 > 政务公开 > 工作报告): page debris that steps from one page to the next."""
    return ">" in line.text and _is_debris(line)


def _repeats_last_step(lines: list[Line], at: int) -> bool:
    """Whether the line at `at`, right below the page's path, is its last step alone over a headline of its own
    (当前位置:首页>专题专栏>法治建设 / 法治建设 / 普法宣传 | 送法进乡村): the column the item is filed in, no title. A step
    over the page's date line or the first paragraph is the item's title repeated (…>关于…的公告 / 关于…的公告 / 发布时间:…)."""
    path, line = lines[at - 1], lines[at]
    if not _is_breadcrumb(path) or path.text.rsplit(">", 1)[1].strip() != line.text or at + 1 >= len(lines):
        return False
    below = lines[at + 1]
    return not below.paragraph and _is_headline(below) and not _is_furniture(below) and not _dated_label_line(below)


def _breadcrumb_title(lines: list[Line]) -> Line | None:
    """The page's path's last step when it names the page's document with its year (当前位置:首页>政务公开>某县司法局2024年
    法治政府建设年度报告): the title, asked only of a text with no title line of its own (a scrape kept the path, not the
    headline). A section's name (…>法治政府建设年度报告, no year) or a headline's words cut at a pause are none."""
    for line in lines[:_TITLE_SCAN]:
        if line.paragraph:
            return None
        if not _is_breadcrumb(line):
            continue
        step = line.text.rsplit(">", 1)[1]
        name = step.strip()
        if len(name) < _GLUED_MIN or _PAUSE.search(name) or not get_catalog().title_words.search(name) \
                or _patterns().title_year.search(name) is None:
            return None
        start = line.start + len(line.text) - len(step) + step.index(name)
        return Line(name, start, start + len(name))
    return None


def _title_above_path(lines: list[Line]) -> Line | None:
    """The title a page's head sets above its path when it names the page's document with its year (关于2023年度法治政府
    建设情况的报告 / 首页 > 政务公开 > 法治政府建设 / 发布时间:… / 2023年,我县…): asked only of a text with no title line of
    its own under the path (a scrape kept the page's title over the site's chrome, not the headline). The last such line
    above the path is the title; a column's or a menu's name (法治政府建设年度报告, no year) or a sentence is none."""
    title = None
    for line in lines[:_TITLE_SCAN]:
        if line.paragraph:
            return None
        if _is_path(line):
            return title
        if _is_furniture(line) or _PAUSE.search(line.text) or len(line.text) < _GLUED_MIN:
            continue
        if get_catalog().title_words.search(line.text) and _title_year(line) is not None \
                and not _cues()["genre_column"].fullmatch(line.text):
            title = _trimmed(line)
    return None


def _shared_file_title(lines: list[Line]) -> Line | None:
    """The name of the file a document-sharing site shows, from the note opening its page (《某局2023年…工作总结.docx》由会员
    分享,…): the title of a text whose scrape kept no title line, when the name holds a title word; asked only of the
    lines above the first paragraph and that one, where the note stands."""
    for line in lines[:_TITLE_SCAN]:
        m = _cues()["shared_file"].match(line.text)
        if m is not None:
            if not get_catalog().title_words.search(m.group(1)):
                return None
            return Line(m.group(1), line.start + m.start(1), line.start + m.end(1))
        if line.paragraph:
            return None
    return None


def _glued_title(paragraph: Line, following: Line | None = None) -> Line | None:
    """The title of a text whose first line runs it into the first paragraph (…情况报告2023年,全县…): what
    comes before a year, when it ends as a title does and no pause comes before, without what is no part of a title
    line (see _trimmed: a site's banner run into it); a report sent up may set the body it is sent to between, after a
    space (…建设的报告 中共某市委、某市人民政府: 2024年,…), as a page put on one line does with its lines."""
    for m in _GLUED_YEAR.finditer(paragraph.text, _GLUED_MIN, _TITLE_MAX + _ADDRESSEE_MAX):
        head = paragraph.text[:m.start()]
        gap = head.rstrip(LINE_BLANKS).rfind(" ")
        if gap > 0 and _after_addressee(addressee := head[gap:].strip(LINE_BLANKS)) == len(addressee):
            head = head[:gap].rstrip(LINE_BLANKS)  # the bodies it is sent to, after a space
        if _PAUSE.search(head) or len(head) > _TITLE_MAX:
            break
        if _cues()["wrapped_title_end"].search(head):
            return _trimmed(Line(head, paragraph.start, paragraph.start + len(head)))
    return _title_run_on(paragraph, following)


def _title_run_on(paragraph: Line, following: Line | None) -> Line | None:
    """The title of a page copied as one line (from a PDF, or a document-sharing site's excerpt), run straight into the
    speech's salutation (…政府工作报告各位代表:现在,我代表…向大会报告工作…: a salutation whose speech opens with the
    delivery_formula cue) or into its body's first part (…年度报告书 (一)深入开展…, 一、 alike): what comes before, when
    it ends as a title does and holds no pause. The first part's number is 一: a part numbered on is no body's opening.
    A line opening with a number is a part's heading (1、基本情况 (一)…), unless the number is a document-sharing site's
    for its first excerpt: its second (2、…) on the line below (following), or a title naming its year after it."""
    text = paragraph.text
    pause = _PAUSE.search(text, 0, _TITLE_MAX + 1)
    end = pause.start() if pause is not None else min(len(text), _TITLE_MAX)
    if not get_catalog().title_words.search(text, 0, end):
        return None
    ending = _cues()["wrapped_title_end"]
    for cut in range(end, _GLUED_MIN - 1, -1):  # the longest title first (…报告工作情况的报告各位委员:)
        if not ending.search(text, 0, cut):
            continue
        rest = text[cut:cut + _ADDRESSEE_MAX + _SPEECH_OPENING].lstrip(LINE_BLANKS)
        if (salutation := _cues()["salutation"].match(rest)) is not None and salutation.end() <= _ADDRESSEE_MAX:
            sentence = rest[salutation.end():].split("。", 1)[0]
            if not _cues()["delivery_formula"].search(sentence):
                continue
        elif (part := _cues()["numbered_opening"].match(rest)) is None or part.group(0).strip(_PART_MARKS) != _FIRST:
            continue
        title = _trimmed(Line(text[:cut].rstrip(LINE_BLANKS), paragraph.start, paragraph.start + cut))
        if NUMBERED_HEADING.match(text) and not (
                text.startswith(_EXCERPTS[0]) and (following is not None and following.text.startswith(_EXCERPTS[1])
                                                   or _patterns().title_year.search(title.text))):
            return None
        return title
    return None


# A gazetteer's numbered chapter or section heading (第四章 司法行政, 第一节 机构, 第十八编 政法).
_RANKED_HEADING = compile_cached(r"[ \t]*第[一二三四五六七八九十]{1,3}[编章节][ \t]")


def _yearbook_title(text: str, lines: list[Line]) -> Line | None:
    """A yearbook entry's section heading (the last headline above its first entry), else its one
    【topic】; an entry of several topics under no heading has no title. A gazetteer's numbered chapter or section
    (第四章 司法行政, 第一节 机构) is none, its name letter-spaced or not (第一节 机 构): it reads as a table's row does."""
    headlines = []
    for line in lines[:_TITLE_SCAN]:
        if line.paragraph or line.text.startswith("【"):
            break
        if not _is_furniture(line) and _is_headline(line) and not _RANKED_HEADING.match(line.text):
            headlines.append(_trimmed(line))
    if headlines:
        return headlines[-1]
    topics = list(_patterns().topic.finditer(text))
    if len(topics) == 1:
        return Line(topics[0].group(1), topics[0].start(1), topics[0].end(1))
    # the first topic alone on its line over entries run in after theirs (【司法行政】 / 是年,… / 【行政复议】 2022年,…)
    # heads them; topics each alone on its line (【人民调解】 / 年内,…) are the entries' own
    alone = [m for m in topics if not _rest_of_line(text, m.end()).strip()]
    if len(alone) == 1 and alone[0] is topics[0]:
        return Line(topics[0].group(1), topics[0].start(1), topics[0].end(1))
    return None


def _rest_of_line(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start:end if end >= 0 else len(text)]


_NO_YEAR = (None, None)  # a cue that the item speaks of a span (去年以来, 近年来): it reports on no one year
_LOOKBACK_LAST_MONTH = 3  # 过去一年 in an item dated up to March is the year before (the season of annual reviews)
_DECEMBER = 12  # …and in December the year itself; in between it is not said which


def _first_sentence_end(text: str, line: Line) -> int:
    """Where the first sentence of `line` ends (its 。), or the line's end."""
    end = text.find("。", line.start, line.end)
    return line.end if end < 0 else end


def _year_looked_back_on(year: int, month: int | None) -> int | None:
    """The year an item dated in `year` and `month` looks back on (过去一年, a yearly report naming no year): the year
    before in the season of annual reviews (or with no month said: a session's report named by its year, delivered early
    in it), the year itself in December, None in between."""
    if month == _DECEMBER:
        return year
    return year - 1 if month is None or month <= _LOOKBACK_LAST_MONTH else None


def _relative_year(text: str, start: int, end: int, published: str | None):
    """去年/今年 (and 上半年, 1至6月, 过去一年, 全年 …) in text[start:end], dated against the item's own date; a part of the
    year with its year written before it (2017年前三季度, 2017年1-9月, in an item of January 2018) by that year;
    _NO_YEAR when the first cue names a span (去年以来), None when there is no cue."""
    if published is None:
        return None
    own = int(published[:4])
    cues = [(m.start(), own - 1, m.span()) for m in _cues()["last_year"].finditer(text, start, end)]
    for m in _cues()["this_year"].finditer(text, start, end):
        if (written := _year_written_before(text, m.start())) is None:
            cues.append((m.start(), own, m.span()))
        elif not _ends_span(text, written.start(1)):  # 2015年至2017年上半年: a span's end dates no one year
            cues.append((written.start(1), year_number(written.group(1)), written.span(1)))
    if (reviewed := _year_looked_back_on(own, int(published[5:7]))) is not None:
        cues += [(m.start(), reviewed, m.span()) for cue in ("past_year", "whole_year")
                 for m in _cues()[cue].finditer(text, start, end)]
    spans = [m.start() for m in _cues()["relative_span"].finditer(text, start, end)]
    if not cues:
        return _NO_YEAR if spans else None
    at, year, span = min(cues)
    if spans and min(spans) <= at:
        return _NO_YEAR
    return year, span


# A year written right before a position (2017年|前三季度, 2017年度|上半年, 二〇一七年|1-9月), in group 1.
_YEAR_BEFORE = compile_cached(rf"(?<=({YEAR}|{CN_YEAR})年度?)")
_SPAN_MARKS = ("-", "—", "~", "至", "到")  # what closes a span before its end's year (2015年至2017年上半年)


def _year_written_before(text: str, at: int) -> regex.Match | None:
    """The year written right before text[at], a part of the year the this_year cue names there (2017年前三季度,
    2017年1-9月, 2017年上半年): that year's part, not one of the item's own year, whatever the item's date."""
    return _YEAR_BEFORE.match(text, at) if text[at - 1:at] in ("年", "度") else None


def _ends_span(text: str, year_start: int) -> bool:
    """Whether the year written at `year_start` closes a span (2015年至|2017年上半年, 2016-|2017年)."""
    return text.startswith(_SPAN_MARKS, max(0, year_start - 1))


def _said_this_year(text: str, start: int, end: int) -> regex.Match | None:
    """The first match of the this_year cue in text[start:end] saying a part of the item's own year (今年, 上半年, 前9个月),
    not of a year written before it (2017年上半年: see _year_written_before)."""
    return next((m for m in _cues()["this_year"].finditer(text, start, end)
                 if _year_written_before(text, m.start()) is None), None)


def _opening_year(line: Line, published: str | None, undated_span: bool = True):
    """The year a paragraph opens with (2023年,全市…). One opening a span (2021年以来,全省…) is a yearly report's
    year when undated (so yearly reports open their year's work) or dated within that year or the annual-report
    season after it; dated later, it opens a review of several years (_NO_YEAR). Without `undated_span`, undated it
    opens none: an item's (6月23日,…发布会… / 2024年以来,全市…) span may run to any later year. A year opening a
    statement of what it was or under whom the work went on (2017年是某区基础建设年,我局…; 2022年在县委领导下,…) is one too."""
    m = _patterns().paragraph_year.match(line.text) or _patterns().year_opening.match(line.text)
    if m is None:
        return None
    year = year_number(m.group(1))
    if m.group("since") and (
            _reviews_years(year, published) if published is not None else not undated_span):
        return _NO_YEAR
    return year, (line.start + m.start(1), line.start + m.end(1))


_WINDOW_MONTHS = 10  # the fewest months of a window a year's figures are counted over (not a campaign's 12月至次年1月)
_WINDOW_LEAD = 8  # characters of a line a window's first year opens within (after its indent)


def _account_spans_years(lines: list[Line], outline: Outline, year: int) -> bool:
    """Whether the account that opens with `year` runs over two years:
    - a paragraph opens with the account of the year before or after as the opening does with its own (2005年,全市…共
      收到… / 2006年,全市…共收到…): a summary of two years side by side; not a paragraph saying what the next year
      will bring (2024年,全县将…: a plan's, outline.in_plan; 2024年,区法援中心将…: the planned_year cue), nor one
      opening a span (2021年以来,…);
    - a paragraph opens with a window of most of a year from `year` into the next (2021年8月1日至2022年7月31日,市、区
      两级政府…共办理…: the year_window cue): figures counted over a reform's first year, say, not a calendar year's.
    Only a paragraph holding the years in digits is matched (a find each, where most hold none)."""
    own, beside = str(year), (str(year - 1), str(year + 1))
    for line in lines:
        if not line.paragraph:
            continue
        text = line.text
        if (beside[0] in text or beside[1] in text) and (m := _patterns().opening_year.match(text)) \
                and not m.group("since") and abs(year_number(m.group(1)) - year) == 1 \
                and not outline.in_plan(line.start)[0] \
                and not (year_number(m.group(1)) > year and _cues()["planned_year"].match(text, m.start(1))):
            return True
        if own in text[:_WINDOW_LEAD] and (m := _cues()["year_window"].match(text)) \
                and year_number(m.group(1)) == year:
            last = year_number(m.group(3))
            if last > year and (last - year) * 12 + int(m.group(4)) - int(m.group(2)) + 1 >= _WINDOW_MONTHS:
                return True
    return False


def _year_after_saying(text: str, opening: Line):
    """The year an untitled report opening on a saying states next (法治是安邦治国的基石。2022年,全县…): the second
    sentence's, when the first names no year nor a span (近年来) the report may review instead."""
    first_end = text.find("。", opening.start, opening.end)
    if first_end < 0:
        return None
    m = _patterns().sentence_year.match(text, first_end + 1, opening.end)
    if m is None or _patterns().title_year.search(text, opening.start, first_end) \
            or _cues()["relative_span"].search(text, opening.start, first_end):
        return None
    return int(m.group(1)), m.span(1)


def _after_saying(text: str, opening: Line | None) -> Line | None:
    """The opening from its second sentence, when its first is a saying naming no body (依法行政是政府工作的生命线。
    2023年,石桥镇坚持…; 法治政府建设是…的重要标志,…。2024年,某街道…) and the second opens with the year
    (_year_after_saying): there the report's subject acts, as in an opening with no saying before it; so it does after a
    day's doings of no year the report opens on (3月15日,区委依法治区办到某街道调研…。2024年,某街道坚持…: the day_lead
    cue), whoever did them. Another first sentence naming a body (某县司法局印发《…》。2023年,…) is no saying: the opening
    is read as it stands."""
    if opening is None:
        return None
    year = _year_after_saying(text, opening)
    if year is None:
        return None
    first_end = text.find("。", opening.start, opening.end)
    if (get_catalog().org.search(text, opening.start, first_end)
            or get_catalog().self_reference.search(text, opening.start, first_end)) \
            and not _cues()["day_lead"].match(text, opening.start, first_end + 1):
        return None
    start = year[1][0]
    return Line(text[start:opening.end], start, opening.end, opening.paragraph)


def _reviews_years(year: int, published: str) -> bool:
    """Whether a span opened in `year` (2021年以来) runs over several years, dated as the page is: it does when
    dated after that year and the annual-report season after it."""
    return (int(published[:4]) - year not in (0, 1)
            or int(published[:4]) > year and int(published[5:7]) > _LOOKBACK_LAST_MONTH)


def _span_year(text: str, published: str | None):
    """The year of a report stating that it covers a span (现将2008年以来…报告如下): none, unless the page is dated in
    that year or its annual-report season (现将2023年以来…, dated 2023 or early 2024: that year's report); None
    when no such statement is made."""
    m = search_at_openings(_cues()["span_statement"], text)
    if m is None:
        return None
    year = int(m.group(1))
    if m.group(2) is None and published is not None and not _reviews_years(year, published):
        return year, m.span(1)
    return _NO_YEAR


def _lead_paragraphs(lines: list[Line], late: int = 0) -> Iterator[Line]:
    """The paragraphs that lead a text, up to _LEAD_PARAGRAPHS and `late` more, page debris apart. A bilingual item's
    English lines gloss its lead: only its Chinese paragraphs are read."""
    return islice((line for line in lines if line.paragraph and not _is_debris(line) and HAN.search(line.text)),
                  _LEAD_PARAGRAPHS + late)


def _lead_year(text: str, lines: list[Line], published: str | None):
    """The year an item's lead paragraphs report on: the year opening one, a dated report it names, the year it says
    is closing (2024年即将落幕,…: closing_year) or 去年/今年 in its first sentence, an official's level at a year's end
    (表示,截至2022年底,…: said_year_end); after a span or a plan there, a later clause's dated scope (see _scoped_year), or,
    where a paragraph names only the span (近年来,某局不断完善…), a later paragraph's (2020年,全市…). A feature opening
    on a scene or a saying puts off its year: the paragraph after the lead counts when it opens with one (2023年,全区…),
    not when it only dates an event (今年7月31日,…)."""
    for at, line in enumerate(_lead_paragraphs(lines, _LATE_LEAD)):
        if at >= _LEAD_PARAGRAPHS:
            return _opening_year(line, published, undated_span=False) or _NO_YEAR
        lead = _patterns().dateline_lead.match(line.text)
        pos = line.start + (lead.end() if lead else 0)
        sentence_end = text.find("。", pos, line.end)
        sentence_end = line.end if sentence_end < 0 else sentence_end
        opened = _opening_year(line, published, undated_span=False)
        if opened and opened != _NO_YEAR:
            return opened
        report = _cues()["named_report"].search(text, pos, sentence_end)
        if report:
            return int(report.group(1)), report.span(1)
        if closing := _cues()["closing_year"].search(text, pos, sentence_end):  # 2024年即将落幕,…: a year's review
            return int(closing.group(1)), closing.span(1)
        found = opened or _relative_year(text, pos, sentence_end, published)
        if found is None or found == _NO_YEAR:  # a span named first covers its sentence's clauses
            later = _scoped_year(text, pos if found is None else sentence_end, line.end, published)
            if later:
                return later
        if found is None and (dated := _one_year(_DATED_CLAUSE.finditer(text, pos, sentence_end))
                              or _one_year(_TOLD_CLAUSE.finditer(text, sentence_end, line.end))
                              or _one_year(_cues()["said_year_end"].finditer(text, pos, line.end))):
            return dated
        if found == _NO_YEAR and _patterns().scoped_figures.search(text, sentence_end, line.end) is None:
            continue  # 近年来,… as background: the year's figures may follow in a paragraph of their own
        if found:
            return found
    return _NO_YEAR


# A clause of a news item's lead sentence opening with a year alone (记者从…发布会上获悉,2024年,某市…): the year
# its figures are about; later in the lead, a year so placed may date an event instead (2022年,省政府出台了…).
# …or right after the words telling where the reporter learned it (记者从…会议上了解到,2024年司法行政工作取得…), whatever
# follows the year there, but a span (了解到,2021年以来…) or a list of years (获悉,2021年、2022年、2023年,…: figures of each);
# a level stated there at a year's end (获悉:截至2022年底,全国共
# 建成…) is that year's figure, one at a month's end in it (截至2023年6月底) none.
# The reporter's words may come in a later sentence of the lead (今天上午,…新闻发布会召开。记者从发布会上获悉,2019年,…):
# the year they learned of dates the item there too; and so do the figures a lead cites (…推进会。数据显示,2024年,该局…;
# 据统计,2023年,…), unless more years follow in their sentence, a series (据统计,2021年…310件;2022年增至620件), other than
# one compared with (较2022年增长). A report or a white paper the item tells of may say the year only as what it reviews
# (该白皮书对2019年审结的行政案件进行了分析, 白皮书通报了2022年全市行政审判情况, 白皮书全面回顾了2021年度…): that year,
# not a year it plans for (报告对2024年工作作出部署), its review word in the clause after the year.
_TOLD = "获悉|了解到"
_CITED = "数据显示|统计显示|据统计"
_REVIEWED_BY = "报告|白皮书"
_REVIEW_WORDS = "分析|梳理|总结|通报|回顾|统计"
_REVIEW_MANNER = "全面|系统|深入|详细"  # how it reviews, before the word (全面回顾了2021年度…)
_TOLD_YEAR = (rf"(?|(?<=(?:{_TOLD})[,:])\s*({YEAR})年(?:度)?(?!{SINCE}|至|到|[-—~、]|[和及与]{YEAR})"
              rf"|(?<=(?:{_TOLD})[,:])\s*(?:截至|截止)到?\s*({YEAR})年(?:底|末|12月31日)"
              rf"|(?<=(?:{_CITED})[,:])\s*({YEAR})年(?:度)?(?!{SINCE}|至|到|[-—~、]|[和及与]{YEAR})"
              rf"(?![^。\n]*?(?<![较比与和同\d]){YEAR}年)"
              rf"|(?<=(?:{_REVIEWED_BY})(?:{_REVIEW_MANNER})?(?:{_REVIEW_WORDS})了?)\s*({YEAR})年(?:度)?(?!{SINCE}|至|到|[-—~、]|[和及与]{YEAR})"
              rf"|(?<=(?:{_REVIEWED_BY})[对就])\s*({YEAR})年(?:度)?(?!{SINCE}|至|到|[-—~、]|[和及与]{YEAR})"
              rf"(?=[^。,;:\n]{{0,40}}?(?:{_REVIEW_WORDS})))")
_DATED_CLAUSE = compile_cached(rf"(?|(?<=[,;:])\s*({YEAR})年(?:度)?,|{_TOLD_YEAR})")
_TOLD_CLAUSE = compile_cached(_TOLD_YEAR)


def _one_year(matches: Iterator[regex.Match]):
    """The year of group 1 of `matches` with the first span, when they all give that one year."""
    found = [(int(m.group(1)), m.span(1)) for m in matches]
    return found[0] if found and all(year == found[0][0] for year, _ in found) else None


def _scoped_year(text: str, start: int, end: int, published: str | None):
    """The year the clauses of text[start:end] give their figures (近年来…。据统计,2022年,全州共办理…; 今年要…,去年
    全县…): a lead whose first sentence names a span or a plan still reports on that year; none when they name several."""
    years: dict[int, tuple[int, int]] = {}
    for m in _patterns().scoped_figures.finditer(text, start, end):
        if m.group(1):
            years.setdefault(int(m.group(1)), m.span(1))
        elif published is not None:
            relative = 2 if m.group(2) else 3
            years.setdefault(int(published[:4]) - (relative == 2), m.span(relative))
    if len(years) != 1 or not _clause_years(text, start, end) <= years.keys():
        return None  # none, or several: a series of years' figures (2021年全区收到…;2022年激增到…;2023年…)
    return next(iter(years.items()))


# A year opening a clause, its figures' (…;2022年激增到208件), not an event's day or month (2021年12月,出台…) nor a span's
# start (2022年以来): see _clause_years. It opens with the year's digits, the break before it read apart.
_CLAUSE_YEAR = compile_cached(rf"({YEAR})年(?!度?{SINCE}|\d{{1,2}}月)")
_CLAUSE_BREAKS = ",;:。"
_PARAGRAPH_BREAKS = _CLAUSE_BREAKS + "\n"  # …and a paragraph's opening below the first (…锦旗。⏎2023年,某中心…受理…834件。)


def _clause_years(text: str, start: int, end: int) -> set[int]:
    """The years opening the clauses of text[start:end], after a break and any blanks."""
    return {int(m.group(1)) for m in _clause_year_matches(text, start, end)}


def _clause_year_matches(text: str, start: int, end: int, breaks: str = _CLAUSE_BREAKS,
                         year: regex.Pattern = _CLAUSE_YEAR) -> Iterator[regex.Match]:
    """The matches of `year` (_CLAUSE_YEAR) opening a clause of text[start:end], after a break (one of `breaks`) and any
    blanks."""
    for m in year.finditer(text, start, end):
        before = m.start() - 1
        while before >= start and text[before] in LINE_BLANKS:
            before -= 1
        if before >= start and text[before] in breaks:
            yield m


_WRITTEN_YEAR = compile_cached(rf"({YEAR})年")  # a year as written anywhere (2023年, 2023-2025年's 2025)
_CITED_TITLE = compile_cached(r"《[^《》\n]*》")  # a title cited in full: its years are its name's (…(2023-2025年)》)


def _states_figure(text: str, pos: int) -> bool:
    """Whether the sentence going on at `pos` states a figure (…审核各类事项64件): digits before its end or its line's,
    within a sentence's length (MAX_SENTENCE: a text without sentence ends is not read to its end from each year)."""
    limit = min(len(text), pos + MAX_SENTENCE)
    line_end = limit if (found := text.find("\n", pos, limit)) < 0 else found
    end = line_end if (stop := text.find("。", pos, line_end)) < 0 else stop
    return any(char.isdigit() for char in text[pos:end])


def _body_year(text: str, published: str | None):
    """The one year an untitled text's clauses or later paragraphs open with where their sentences state figures (…。2024年
    法律顾问审核各类事项64件; 2023年,全县调解…2243件 under a scene opening the text; not 2018年,市政府出台了…, an event's
    year) when it writes no other year outside the titles it cites, nor, dated, says 今年 or 去年 of another: the year its
    figures report on, where no title, lead or opening dated it; none when it names several (2023年,全县… beside 2020年以来 or 于2017年出台…). A year the text plans
    for (…。2024年,区法援中心将进一步…: the planned_year cue) is neither its figures' nor another it reports on."""
    planned = _cues()["planned_year"]
    found = _one_year(m for m in _clause_year_matches(text, 0, len(text), _PARAGRAPH_BREAKS)
                      if _states_figure(text, m.end()) and not planned.match(text, m.start()))
    if found is None:
        return None
    if published is not None and (search_at_openings(_cues()["last_year"], text) and int(published[:4]) - 1 != found[0]
                                  or _said_this_year(text, 0, len(text)) and int(published[:4]) != found[0]):
        return None
    titles = _CITED_TITLE.finditer(text)  # walked beside the years, both in the text's order
    title = next(titles, None)
    for m in _WRITTEN_YEAR.finditer(text):
        while title is not None and title.end() <= m.start():
            title = next(titles, None)
        if int(m.group(1)) != found[0] and (title is None or title.start() > m.start()) \
                and not planned.match(text, m.start()):
            return None
    return found


def _title_year(title: Line) -> regex.Match | None:
    """The year a title names, searched in the title's own text: what stands before it (the 〈 of a title set alone
    in its marks) is no part of it. A title naming a year's plan before another's summary (2024年工作计划及2023年工作总结:
    the plan_before_summary cue) names the summary's, the year the text reviews."""
    if (order := _cues()["plan_before_summary"].search(title.text)) is not None:
        return _patterns().title_year.search(title.text, order.start(1))
    m = _patterns().title_year.search(title.text)
    if m is None:  # a period of months within one year (统计表(2023.1-2023.12)): that year's (see _span_titled)
        return _cues()["title_period"].search(title.text)
    return None if _ISSUE_MONTH.fullmatch(title.text, m.end()) else m


# A month closing a title after its year (某县司法局 / 2025年1月, the body's name and its issue's month read as one line):
# the month the text was issued in, not the year it reports on, as a full date there (2025年1月10日) is none; so in the
# brackets closing a title (某县人民政府工作报告(2024年1月): the month it was delivered in).
_ISSUE_MONTH = compile_cached(r"[ \t]*\d{1,2}[ \t]*月[ \t]*[)）]?[ \t]*")


def _span_titled(title: Line) -> bool:
    """Whether a title names a span or a plan period (关于2018年以来…的报告, 近五年…工作情况), or months across two years
    (统计表(2022年1月-2023年12月): the title_period cue), of its own: the span of a title it cites is that title's name (关于2017年贯彻落实《某纲要(2015-2020年)》情况的报告 reports on 2017)."""
    cited = [m.span() for m in _CITED_TITLE.finditer(title.text)]
    spans = (*_cues()["span_title"].finditer(title.text),
             *(m for m in _cues()["title_period"].finditer(title.text) if m.group(2) not in (None, m.group(1))))
    return any(not any(start <= m.start() < end for start, end in cited) for m in spans)


def _news_year(text: str, title: Line | None, lines: list[Line], published: str | None):
    """The year a news item reports on: its headline's year, 去年/今年 or dated report, else its lead paragraphs'. The year of
    a meeting the headline reports (召开2024年司法行政工作会议), or of a plan it tells (2025年重点提升…), is the year
    planned, not the one reviewed (planned_year)."""
    if title is not None:
        if _span_titled(title):
            return _NO_YEAR
        year = _title_year(title)
        if year and not _cues()["planned_year"].match(title.text, year.start()):
            return int(year.group(1)), (title.start + year.start(1), title.start + year.end(1))
        if year is None:
            found = _relative_year(text, title.start, title.end, published)
            if found:
                return found
            if report := _cues()["named_report"].search(text, title.start, title.end):  # 《…报告(2023)》发布
                return int(report.group(1)), report.span(1)
            if reviewed := _subtitle_year(title, lines):
                return reviewed
    return _lead_year(text, lines, published)


def _subtitle_year(title: Line, lines: list[Line]):
    """The year a feature's sub-headline right below its headline says it reviews (…护航高质量发展 / 某省全省法院2023年
    工作综述): see the review_subtitle cue."""
    below = next((line for line in lines if line.start > title.end), None)
    if below is None or below.paragraph:
        return None
    return _reviewed_year(below)


def _reviewed_year(line: Line):
    """The year a line says is reviewed (the review_subtitle cue: 2020年工作回顾, 某省全省法院2023年工作综述), with its
    span; None where it says none."""
    m = _cues()["review_subtitle"].match(line.text)
    return (int(m.group(1)), (line.start + m.start(1), line.start + m.end(1))) if m else None


_CASE_READ = 4000  # characters of a case study searched for 今年/去年: a case is short
_EVENT_MONTH = compile_cached(rf"({YEAR})年\d{{1,2}}月")  # the month an event of a case opens a clause with (2024年3月,…)
_EVENT_BREAKS = _PARAGRAPH_BREAKS + "】"  # …after a break, or after the label of a case's part (【案情简介】2024年3月,…)


def _case_year(text: str, published: str | None):
    """The year a case study's events and figures fall in: 今年/去年 (今年3月…, 今年以来…) dated against its own
    date, and the months its clauses open with (【案情简介】2024年3月,…), when all name the same year; nothing when
    they differ or a span is named."""
    end = min(len(text), _CASE_READ)
    if _cues()["relative_span"].search(text, 0, end) or _cues()["past_year"].search(text, 0, end):
        return _NO_YEAR
    found: list[tuple[int, tuple[int, int]]] = [
        (int(m.group(1)), m.span(1)) for m in _clause_year_matches(text, 0, end, _EVENT_BREAKS, _EVENT_MONTH)]
    if published is not None:
        last = _cues()["last_year"].search(text, 0, end)
        this = _said_this_year(text, 0, end)
        if last is not None and this is not None:
            return _NO_YEAR  # both: not one year
        if said := last or this:
            found.append((int(published[:4]) - (said is last), said.span()))
    if not found or len({year for year, _ in found}) > 1:
        return _NO_YEAR
    return min(found, key=lambda year: year[1])


def _lead_date(text: str, lines: list[Line]) -> str | None:
    """The day a news item's first lead paragraph opens with in full, after its dateline if any (2023年12月5日讯 …, 本报讯
    (记者 某某)2023年11月28日,记者…), or the day of the event the paragraph opens on (2023年12月5日,某局召开…: the day_lead
    cue): the lead_day cue, the item's own day, which its 今年/去年 count from where its page is undated."""
    line = next(_lead_paragraphs(lines), None)
    if line is None:
        return None
    lead = _patterns().dateline_lead.match(line.text)
    m = _cues()["lead_day"].match(text, line.start + (lead.end() if lead else 0), line.end)
    if m is None or m.group(2) is None and not _cues()["day_lead"].match(text, line.start, line.end):
        return None
    found = date_at(text, m.start(1), m.end(1), whole=True)
    return None if found is None else found[0]


def _report_year(text: str, title: Line | None, lines: list[Line], opening: Line | None, outline: Outline, kind: str,
                 published: str | None, published_span: tuple[int, int] | None):
    if kind == "news":
        # (a report delivered: the year its first part reviews; an undated page: its lead's day dates 今年/去年, passed as
        # `published` by the caller, Metadata.dated)
        found = _news_year(text, title, lines, published)
        return found if found != _NO_YEAR else _review_year(text, outline) or _NO_YEAR
    span_titled = title is not None and _span_titled(title)
    if title is not None and not span_titled and not _delivery_titled(title):
        m = _title_year(title)
        if m:
            return int(m.group(1)), (title.start + m.start(1), title.start + m.end(1))
        if cut := _cut_title_year(title):
            return cut
        # …白皮书(2023) of a text that is a report, …白皮书 / (2024) read as one title; an article reading a report it names
        # in its headline (报告精读 | …评估报告(2017), kind other) is not that report
        if m := (_closing_year(title) if kind != "other" else _cover_year_closing(title)):
            return int(m.group(1)), (title.start + m.start(1), title.start + m.end(1))
        year_line, _ = _cover_lines(title, lines)
        if year_line and (m := _COVER_YEAR.fullmatch(year_line.text)):  # 行政检察工作白皮书 / (2024): the title's year
            return int(m.group(1)), (year_line.start + m.start(1), year_line.start + m.end(1))
        if reviewed := _subtitle_year(title, lines):
            return reviewed
        if kind == "statistics":
            found = _relative_year(text, title.start, title.end, published)
            if found:
                return found
    m = search_at_openings(get_catalog().report_statement, text) or _cues()["statistics_period"].search(text) \
        or (_cues()["plan_statement"].search(text) if kind == "plan" else None)
    if m:
        return int(m.group(1)), m.span(1)
    if spanned := _span_year(text, published):
        return spanned  # the year a span's first paragraph opens with (2008年以来,…) is not the one reported on
    if span_titled:
        return _NO_YEAR  # …nor where the title names the span (关于2018年以来…情况的报告, 近五年…工作情况)
    if opening is not None and (year := _opening_year(opening, published) or _year_after_saying(text, opening)):
        if year != _NO_YEAR and _account_spans_years(lines, outline, year[0]):
            return _NO_YEAR  # two years' accounts side by side (2005年,全市… / 2006年,全市…), or a twelve-month
            # window's (2021年8月1日至2022年7月31日,…): no one year reported on
        if kind == "yearbook" and year != _NO_YEAR and len({year for year, _ in _entry_years(lines)}) > 1:
            return _NO_YEAR  # a gazetteer's entries, opening with years decades apart (1951年,… / 1985年,…): a history
        if kind == "plan" and year != _NO_YEAR and (planned := _planned_after(text, opening, year[0])):
            return planned
        return year
    if kind == "yearbook" and (recorded := _entries_year(lines)):
        return recorded
    if reviewed := _review_year(text, outline) or _review_line_year(lines, title, outline) \
            or (kind == "annual_report" and _first_part_year(lines, outline)):
        return reviewed
    if kind == "annual_report" and (delivered := _delivery(text, title, lines)) is not None:
        return _delivered_year(text, lines, *delivered)  # (a report to a people's congress: the year it reviews)
    if kind in ("statistics", "white_paper"):  # a release or a white paper without a dated title is dated by its
        return _lead_year(text, lines, published)  # lead (去年全市…, 3月21日,2022年…白皮书发布)
    if kind == "case_study":
        return _case_year(text, published)
    if published is None and (present := _one_year(_cues()["present_year"].finditer(text))):
        return present  # an undated summary of the year so far (2024年截至目前,…)
    if kind == "annual_report" and published is not None and title is not None \
            and (dated := _dated_review(text, title, opening, published, published_span)):
        return dated
    if kind == "annual_report" and published is not None and (so_far := _year_so_far(text, lines, published)):
        return so_far  # a report's account, where an item's 今年以来 may lead to figures of several dates
    return _NO_YEAR


# the year after the one a plan's opening reviews (明年, 下一年度)
_NEXT_YEAR = compile_cached("|".join(word for word, offset in RELATIVE_YEARS.items() if offset == 1))


def _planned_after(text: str, opening: Line, year: int):
    """The year a plan's opening plans for after the year it opens with and reviews (2024年,我局取得…。2025年,我局将…),
    and its span: the one the plan is for; _NO_YEAR where it plans for the next year unnamed (…。明年,我局将…); None
    where it plans for no later year (2025年,全县…工作的总体要求是…: the opening's year is the plan's)."""
    for m in _cues()["planned_year"].finditer(text, opening.start, opening.end):
        later = _WRITTEN_YEAR.match(text, m.start())
        if later is not None and int(later.group(1)) > year:
            return int(later.group(1)), later.span(1)
    return _NO_YEAR if _NEXT_YEAR.search(text, opening.start, opening.end) else None


def _dated_review(text: str, title: Line, opening: Line | None, published: str,
                  published_span: tuple[int, int] | None):
    """The year a titled yearly report writing it nowhere reviews, by its date: its opening's first sentence looking back
    over the past year (过去一年,… / 一年来,…: the past_year cue), or its title calling it the year's report (某局法治政府
    建设年度报告, 年终工作总结: the undated_yearly_title cue, the title naming no year). Dated in the season of annual
    reviews (a sign-off of 2025年1月20日) it is the year before, in December the year itself; dated in between, or
    opening on a span (近年来,…, 去年以来,…), it tells none (None)."""
    year = _year_looked_back_on(int(published[:4]), int(published[5:7]))
    if year is None:
        return None
    if opening is not None:
        end = _first_sentence_end(text, opening)
        if _cues()["relative_span"].search(text, opening.start, end):
            return None  # 近年来,… / 去年以来,…: several years' account
        if (past := _cues()["past_year"].search(text, opening.start, end)) is not None:
            return year, past.span()
    if published_span is not None and _cues()["undated_yearly_title"].search(title.text) \
            and not find_years(title.text):
        return year, published_span
    return None


def _delivery_titled(title: Line) -> bool:
    """Whether a title names a report to a people's congress by the year it is delivered in (某县2025年政府工作报告: the
    delivered_report cue): that year is the plan's, the work reviewed the year before's, which the text says (一、2024年
    工作回顾) or not; the title dates none of it."""
    m = _title_year(title)
    return m is not None and _cues()["delivered_report"].match(title.text, m.start(1)) is not None


def _delivery(text: str, title: Line | None, lines: list[Line]) -> tuple[int, int | None] | None:
    """The year and month a report was delivered to a people's congress in (_delivery_date: the day its occasion or its
    title's brackets give; or the month alone there, …工作报告(2024年1月)), or its year alone, where its title names it
    by that year (_delivery_titled: 某县2024年政府工作报告); None where the text is no such report."""
    if (day := _delivery_date(text, lines)) is not None \
            or (closing := _delivered_on(text, lines)) is not None and (day := month_at(text, *closing)) is not None:
        return int(day[0][:4]), int(day[0][5:7])
    if title is not None and _delivery_titled(title) and (m := _title_year(title)) is not None:
        return int(m.group(1)), None
    return None


def _delivered_year(text: str, lines: list[Line], year: int, month: int | None):
    """The year a report delivered to a people's congress (in `year`, and `month` when dated) reviews, as the first
    sentence of its account says it after the speaker's formula (现在,我代表县人民政府,向大会报告工作…: the
    delivery_formula cue): 过去一年,… / 一年来,… / 去年,… (dated against its delivery) or the year written (2023年,全院…).
    A report delivered in the season of annual reviews early in a year (or named by that year, as a session's report
    is) reviews the year before, one delivered in December that year: a year said otherwise, a span (五年来,…) or
    none said dates nothing (_NO_YEAR); a report delivered in between reviews no year this tells."""
    reviewed = _year_looked_back_on(year, month)
    if reviewed is None:
        return _NO_YEAR
    day = f"{year}-{month or 1:02d}-01"  # a session's report named by its year is delivered early in it
    formula = _cues()["delivery_formula"].search
    for line in _lead_paragraphs(lines):
        if said := formula(line.text):
            if (run_on := _run_on_review(line, said.end())) is not None and run_on[0] == reviewed:
                return run_on  # (a page copied as one line: the first part's heading after the formula)
            continue
        found = _opening_year(line, day) or _relative_year(text, line.start, _first_sentence_end(text, line), day)
        return found if found and found[0] == reviewed else _NO_YEAR
    return _NO_YEAR


_COURTESY_MAX = 40  # characters of what may follow the formula's sentence before the account (并请…提出意见。)


def _run_on_review(line: Line, said: int):
    """The year the first part's heading names, where a page copied as one line runs it on after the speaker's formula
    (ending at `said`) and into its first sentence (…请予审议。一、2023年工作回顾2023年是…; …请予审议。并请…提出意见。一、
    2023年主要工作2023年以来,…): a heading naming the work done (kind_named), opening with its year; not a span's
    (一、2018年以来的工作). None where no such heading opens a sentence right after the formula's."""
    text = line.text
    end = text.find(SENTENCE_MARKS[0], said)
    while 0 <= end < said + _COURTESY_MAX:
        start = end + 1
        part = _cues()["numbered_opening"].match(text[start:start + _TITLE_MAX])
        if part is not None and part.group(0).strip(_PART_MARKS) == _FIRST:
            heading = text[start + part.end():start + _TITLE_MAX]
            heading = heading[:m.start()] if (m := _PAUSE.search(heading)) else heading
            year = _CLAUSE_YEAR.match(heading)
            if year is None or kind_named(heading) != "achievements":
                return None
            at = line.start + start + part.end()
            return int(year.group(1)), (at + year.start(1), at + year.end(1))
        end = text.find(SENTENCE_MARKS[0], start)
    return None


def _entries_year(lines: list[Line]) -> tuple[int, tuple[int, int]] | None:
    """The one year a yearbook page's entries open with, when its first opens with none (【司法行政】 / 是年,… /
    【行政复议】 2022年,…): the year the page records, which 是年 and 年内 refer to; none when they open with several."""
    found = _entry_years(lines)
    return found[0] if found and all(year == found[0][0] for year, _ in found) else None


def _entry_years(lines: list[Line]) -> list[tuple[int, tuple[int, int]]]:
    """The year each paragraph of a yearbook page opens with, and its span, in order (none for a paragraph opening
    with no year)."""
    return [(year_number(m.group(1)), (line.start + m.start(1), line.start + m.end(1)))
            for line in lines if line.paragraph and (m := _patterns().paragraph_year.match(line.text))]


def _review_year(text: str, outline: Outline):
    """The year the first part's heading says it reviews (一、2023年工作回顾; 2023年工作回顾 under a news item's lead on a
    report delivered): a span's heading (一、2018年以来的工作) names none."""
    for section in outline.sections[:1]:
        if section.kind == "achievements" and section.year and not _cues()["span_title"].search(
                text, section.heading.title_start, section.heading.end):  # 一、2018年以来的工作: a span
            m = _patterns().title_year.search(text, section.heading.start, section.heading.end)
            return section.year, m.span(1) if m else (section.heading.start, section.heading.end)
    return None


def _review_line_year(lines: list[Line], title: Line | None, outline: Outline):
    """The year a line of its own above the first numbered part says is reviewed, set without a number as a report
    delivered to a congress may set it (各位代表:… / 2020年工作回顾 / 2020年,某院… / 一、…): the review_subtitle cue; not
    a span's (2016年以来工作回顾)."""
    if not outline.sections:
        return None
    first = outline.sections[0].heading.start
    for line in lines:
        if line.start >= first:
            break
        if not line.paragraph and (title is None or not title.start <= line.start < title.end) \
                and (reviewed := _reviewed_year(line)):
            return reviewed
    return None


def _first_part_year(lines: list[Line], outline: Outline):
    """The year a report's first part opens its account with (一、总体情况 / 2023年,我局坚持…), under an opening that
    names none (本年度报告根据《…条例》…编制; 现将有关情况报告如下): the year reviewed, as a heading naming it would say
    (_review_year); none where the part opens on a span (2021年以来,…), its span running to any later year."""
    for section in outline.sections[:1]:
        if section.kind == "achievements":
            first = next((line for line in lines if line.paragraph and section.heading.end < line.start < section.end),
                         None)
            if first is not None and (year := _opening_year(first, None, undated_span=False)) != _NO_YEAR:
                return year
    return None


def _year_so_far(text: str, lines: list[Line], published: str):
    """The year of a dated report whose account opens with the part of the year so far (今年以来,…; 今年上半年,…;
    上半年,…: a report to a congress, a half-year summary): the year of its date, unless that date falls in the season
    of annual reviews, when it may have been written in the year before: it was where the account tells of a whole
    year (今年以来,… 全年共办理…, dated January 2024: 2023's, its 全年 the evidence). None when a lead paragraph opens
    with a year first (2024年第一季度,…), or none opens with such words."""
    for line in _lead_paragraphs(lines):
        if _patterns().paragraph_year.match(line.text):
            return None
        if m := _cues()["this_year"].match(text, line.start, line.end):
            if int(published[5:7]) > _LOOKBACK_LAST_MONTH:
                return int(published[:4]), m.span()
            whole = _cues()["whole_year"].search(text, line.start)
            return None if whole is None else (int(published[:4]) - 1, whole.span())
    return None


def _dates_in(text: str, line: Line):
    """Every full date written in a line, with its span; a day written first (19.09.2015) opens its line or
    closes it after a space (a headline's stamp: …调处工作 09.01.2015)."""
    if not _opens_with_year(line.text) and (first := date_at(text, line.start, line.end)):
        yield first
    for m in _YEAR_START.finditer(line.text):
        found = date_at(text, line.start + m.start(), line.end)
        if found:
            yield found
    if (closing := _DAY_FIRST_CLOSING.search(line.text)) and (found := date_at(text, line.start + closing.start(1), line.end)):
        yield found


def _whole_date(text: str, line: Line, end: int) -> Dated | None:
    """The date filling a line up to `end`, tried only on a line a year opens (most lines are no date)."""
    return _date_filling(text, line.start, end) if _opens_with_year(line.text) else None


def _date_filling(text: str, start: int, end: int) -> Dated | None:
    """The date filling text[start:end], or a dateline's: the date with the place it was written at after it
    (2025年3月20日于北京), as a report's sign-off may close."""
    found = date_at(text, start, end, whole=True)
    if found is None and (found := date_at(text, start, end)) is not None \
            and not _cues()["dateline_place"].fullmatch(text, found[1][1], end):
        return None
    return found


def _opens_with_year(line: str) -> bool:
    """_YEAR_START.match(line), asked only of a line whose first character is 1 or 2 (a year in digits) or whose
    fifth is 年 (one in Chinese digits): a str test settles most lines, without a match each."""
    return (line[:1] in ("1", "2") or line[4:5] == "年") and _YEAR_START.match(line) is not None


def _is_scrape_stamp(text: str, start: int, end: int) -> bool:
    """A reprint site's scrape stamp (发布时间:2024-12-21 来源: sp20241221): the day the site copied the item,
    never the item's own, so it dates nothing."""
    return _cues()["scrape_stamp"].search(text, start, end) is not None


def _labelled(pattern: regex.Pattern, by_label: tuple[_Label, ...] | None, text: str) -> list[regex.Match]:
    """The matches of a pattern that opens with its labels, found from where a label the text holds opens
    (`by_label`): most labels are in no text (发布时期, 制发机构), and one holding a label the text lacks is not looked
    for (发布日期 without 日期, _label_families): each look reads the whole text, some 10 µs for a report's."""
    if by_label is None:
        return list(pattern.finditer(text))
    parts = []
    for label, part, longer in _label_families(by_label):
        if label is None or label in text:
            parts.append(part)
            parts += [longer_part for longer_label, longer_part in longer if longer_label in text]
    return matches_where(pattern, parts, text)  # the starts tried, not the order of the parts, tell the matches


@lru_cache(maxsize=8)  # by the label tuples of _patterns: two for each catalog
def _label_families(by_label: tuple[_Label, ...]
                    ) -> tuple[tuple[str | None, regex.Pattern, tuple[tuple[str, regex.Pattern], ...]], ...]:
    """The labels of `by_label` that hold no other label, each with its part and the labels holding it with theirs
    (日期: 发布日期, 成文日期), which a text lacking it lacks too; an unlabelled part stands alone."""
    labels = [label for label, _ in by_label if label is not None]
    roots = [label for label in labels if not any(other != label and other in label for other in labels)]

    def root_of(label: str | None) -> str | None:  # the first label holding no other that `label` holds
        return None if label is None else next(root for root in roots if root in label)
    return tuple((label, part, tuple((longer, longer_part) for longer, longer_part in by_label
                                     if longer is not None and longer not in roots and root_of(longer) == label))
                 for label, part in by_label if label is None or label in roots)


# The characters a minor date label holds before the bare 日期 published_line matches in it (生成日期, 更新日期).
_MINOR_LABEL_HEAD = 2


def _published(text: str, lines: list[Line], annotated: Annotated, dated: DatedLines, title: Line | None):
    """The page's own date: its 发布时间 line, else a dated source line or newspaper header, else the
    sign-off; a filing date (发文日期) or a conversion mirror's glossed line only when nothing else dates the page,
    a reprint site's scrape stamp never. A reprint site's stamp written day first (18.03.2015  13:07) dates the page
    only when the item carries no date of its own (陇南市人民政府 / (2015年1月10日) under its title, a sign-off). A day
    a head's label gives without its year (日期:08-21) is read in the year of the date found so (_dated_in_year_of)."""
    labelled: list[Dated] = []
    minor: list[Dated] = []
    stamped: list[Dated] = []
    glossed: list[Dated] = []
    yearless: regex.Match | None = None
    # The line of each label, read on from the one before (the matches come in order, none inside another): no text
    # before the last label is searched again for a line break, nor after the last line's end, and a line is looked
    # at once for its stamp and glosses (a text without line breaks would be read whole for each label).
    line_start, line_end, read_from = 0, -1, 0
    lined, stamp, glossy = (-1, -1), False, False
    for m in _labelled(get_catalog().published_line, _patterns().published_by_label, text):
        if labelled:
            break  # (the first one dates the page)
        found = date_at(text, m.end()) or compact_date_at(text, m.end())
        line_start = text.rfind("\n", read_from, m.start()) + 1 or line_start
        read_from = m.start()
        if m.end() > line_end:
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
        if lined != (line_start, line_end):
            lined = line_start, line_end
            stamp, glossy = _is_scrape_stamp(text, line_start, line_end), annotated(line_start, line_end)
        if not found:
            if yearless is None and m.start() < _HEAD_CHARS:
                yearless = _YEARLESS_DAY.fullmatch(text, m.end(), line_end)
            continue
        if stamp:
            continue
        if glossy:  # a conversion mirror's glossed line (發(fā)布時間): the copy lost the glosses
            glossed.append(found)
        elif _cues()["minor_date_label"].search(text, max(0, m.start() - _MINOR_LABEL_HEAD), m.end()):
            minor.append(found)
        else:
            labelled.append(found)
    if labelled:
        return labelled[0]
    shown = _unlabelled_date(text, lines, annotated, dated, (stamped, minor, glossed), title)
    return shown if yearless is None else _dated_in_year_of(shown, yearless)


# A day a head's date label gives without its year (日期:08-21, an e-paper's item under the reader's dated masthead):
# its month in group 1, its day in group 2.
_YEARLESS_DAY = compile_cached(r"[ \t]*(\d{1,2})-(\d{1,2})[ \t]*")


def _dated_in_year_of(found: Dated | tuple[None, None], yearless: regex.Match) -> Dated | tuple[None, None]:
    """The day a head's label gives without its year (日期:08-21), in the year of the date the page shows otherwise
    (an e-paper reader's masthead, 电子报阅读机 / 2025-10-15 / 星期三: the day it is read on, not the item's) when
    it falls on or before it; none when it would fall after it, the item then of some year before, or when the page
    shows no other date."""
    if found[0] is None:
        return None, None
    day = date_at(f"{found[0][:4]}-{yearless.group(1)}-{yearless.group(2)}", 0)
    if day is None or day[0] > found[0]:
        return None, None
    return day[0], (yearless.start(1), yearless.end(2))


def _unlabelled_date(text: str, lines: list[Line], annotated: Annotated, dated: DatedLines,
                     later: tuple[list[Dated], list[Dated], list[Dated]], title: Line | None):
    """The page's own date where no 发布时间 line gives it (_published): a dated page line, a delivery's, a release's
    (under the `title` too), the sign-off…; `later` the labelled dates tried last (a reprint's stamp, a minor label's,
    a glossed line's)."""
    stamped, minor, glossed = later
    page: list[Dated] = []
    page_date_line, read = _patterns().page_date_line, _patterns().head_line_read
    comments_header, today_line = _cues()["comments_header"].match, _cues()["today_line"].match  # looked up once
    for line in lines:
        if line.paragraph and not line.text.startswith("《") or read is not None and read.search(line.text) is None:
            continue
        if comments_header(line.text):
            break  # readers' comments follow, each stamped with its own time (网友评论 / 某某 2024-12-08 06:50:45)
        if today_line(line.text):
            continue  # the portal's header tells the reader's day (今天是:2024年10月31日 星期四), not the page's
        # The parts asked by map in C: a generator's frame cost each head line some 1,000 instructions.
        if (any(map(_LineSearch.search, page_date_line, repeat(line.text))) or _post_header(line.text) is not None) \
                and not _is_scrape_stamp(text, line.start, line.end):
            for found in _dates_in(text, line):
                span = found[1]
                (glossed if annotated(line.start, line.end)
                 else stamped if _DAY_FIRST_DATE.fullmatch(text, span[0], span[1]) else page).append(found)
    if page:
        return page[0]
    if delivered := _delivery_date(text, lines):
        return delivered
    if stamp := _run_on_stamp(text, lines):
        return stamp
    if released := _release_date(text, lines, title):
        return released
    for line in lines[-3:]:
        if found := _whole_date(text, line, line.start + len(line.text)):
            return found
    if signed := dated.signed_off():
        return signed[1]
    for line in lines[-3:]:  # a document's print record closing it (某县人民政府办公室  2025年3月10日印发)
        if (record := _cues()["print_record"].fullmatch(line.text)) is not None:
            return date_at(text, line.start + record.start(1), line.start + record.end(1), whole=True)
    if closed := _closed_notice_date(dated):
        return closed
    if (first := search_at_openings(_cues()["first_published"], text)) and (found := date_at(text, first.end())):
        return found  # 本文首发于2017年8月23日…: the day the piece first ran, not a reprint site's stamp
    for found in stamped + minor + glossed:
        return found
    return None, None


def _delivery_date(text: str, lines: list[Line]) -> Dated | None:
    """The day a report was delivered to a people's congress or its standing committee on, its occasion on a line of
    the head ((2024年4月18日在某县人民代表大会常务委员会第十六次会议上), ——2024年6月26日在某市人大常委会第九次会议上: the
    occasion and congress_occasion cues) or in brackets closing its title (某县人民政府工作报告(2023年2月14日): the
    delivered_on cue): the report's date, as the same line without the occasion ((2024年5月20日), a page_date_line)
    is, where the page dates itself on no line of its own. An occasion giving its month alone dates no day, and one at
    the government's own meeting (在市政府常务会议上) none."""
    for line in _congress_occasions(lines):
        if (found := next(_dates_in(text, line), None)) is not None:
            return found
    if (closing := _delivered_on(text, lines)) is not None:  # …or the title's brackets (某县人民政府工作报告(2023年2月14日))
        return date_at(text, closing[0], closing[1], whole=True)
    return None


_REPORT_WORDS = "工作报告"  # what a title the delivered_on cue matches holds (a find before the search)


def _delivered_on(text: str, lines: list[Line]) -> tuple[int, int] | None:
    """The span of the day or the month a report's title in the head closes on, or the line under it, as the one it
    was delivered to a people's congress on (某县人民政府工作报告(2023年2月14日), …工作报告 / (2024年1月10日),
    …工作报告(2024年1月): delivered_on)."""
    if not lines:
        return None
    start, end = lines[0].start, lines[:_TITLE_SCAN][-1].end
    if text.find(_REPORT_WORDS, start, end) < 0:
        return None
    m = _cues()["delivered_on"].search(text, start, end)
    return m.span(1) if m is not None else None


def _congress_occasions(lines: list[Line]) -> Iterator[Line]:
    """The lines of the head giving the occasion a report was delivered to a people's congress or its standing
    committee on (——2024年1月8日在某县第十八届人民代表大会第二次会议上: the occasion and congress_occasion cues)."""
    occasion, congress = _cues()["occasion"].match, _cues()["congress_occasion"].search
    return (line for line in lines[:_TITLE_SCAN] if occasion(line.text) and congress(line.text))


def _first_word(line: str) -> str:
    """A line's first run without spaces (of bodies releasing a text together on one line, the first), or ""."""
    words = line.split(maxsplit=1)
    return words[0] if words else ""


def _release_date(text: str, lines: list[Line], title: Line | None) -> Dated | None:
    """A date alone on its line right under the line naming the body that releases the text, first of those that
    do, above its first paragraph (…统计公报 / 某省统计局　国家统计局某调查总队 / 2024年3月20日), or right under the
    text's first line, its title (某市2024年法治政府建设情况报告 / 2025年03月10日, as a paper's page prints it), or
    closing the line of the body under it (… / 某县人民政府  二〇二四年三月十五日) or opening it (… / 二〇二四年三月十五日
    某县司法局), or said released on it (… / 二〇二四年三月十五日发布): the release's own date. The title may stand under the
    page's path or its site's name (首页 > 政务公开 / 某县…报告 / 二〇二四年三月十五日); the date may stand right above
    it too (二〇二四年三月十五日 / 某县…报告), as a page sets its day over the headline, or over the line of the site's
    name or address right above it (二〇二四年三月十五日 / www.某县.gov.cn / 某县…报告); or run onto the title's own line
    after it (某县…报告 2024-03-15: _TITLE_DAY)."""
    if title is not None and (day := _TITLE_DAY.match(text, title.end)) is not None:
        return date_at(text, day.start(1), day.end(1), whole=True)  # the page's day run onto the title's line
    for at, (above, line) in enumerate(pairwise(lines[:_TITLE_SCAN])):
        if line.paragraph:
            break
        titled = above is lines[0] or title is not None and title.start <= above.start < title.end <= above.end
        if (found := _date_line(text, line) or _released_line(text, line)) is not None \
                and (titled or _is_org(_first_word(above.text))):
            return found
        if titled and (found := _dated_body_line(text, line)) is not None:
            return found  # the body and its date on the line under the title (某县人民政府  二〇二四年三月十五日)
        if title is not None and line.start == title.start and not above.paragraph:
            # the page's day over the headline (二〇二四年三月十五日 / 某县…报告), or over the site's line above it
            # (2024年3月15日 / www.某县.gov.cn / 某县…报告)
            for over in (above, lines[at - 1]) if at and _is_furniture(above) else (above,):
                if (found := _date_line(text, over) or _released_line(text, over)
                        or _dated_body_line(text, over)) is not None:
                    return found
    return None


# What a line closes on after the day it tells the text was released or issued on (…发布, …印发), the bracket closing it
# in group 1 when the line is set in them ((2024年1月15日印发)).
# The page's day a portal runs onto the title's line after a blank, in square brackets or not, its time after it or not
# (…年度报告 2024-03-15, …年度报告 [2024-03-15] 10:20), the day in group 1: the title's furniture, cut from it.
_TITLE_DAY = compile_cached(rf"[ \t]+\[?({YEAR}-\d{{1,2}}-\d{{1,2}})\]?(?:[ \t]+{_TIME_OF_DAY})?[ \t]*(?:\n|$)")
_RELEASED = compile_cached(r"[ \t\u3000]*(?:发布|印发)(\))?$")


def _released_line(text: str, line: Line) -> Dated | None:
    """The date a line says the text was released or issued on, the line's whole but for that word (二〇二四年三月十五日发布,
    2024年3月15日 发布, (2024年1月15日印发)), the body that did so before it or not (某县人民政府 2024年1月15日发布), or
    None."""
    said = _RELEASED.search(line.text)
    if said is None:
        return None
    opened = 1 if said.group(1) and line.text.startswith("(") else 0
    told = Line(line.text[opened:said.start()], line.start + opened, line.start + said.start(), line.paragraph)
    return _whole_date(text, told, told.end) or _dated_body_line(text, told)


def _dated_body_line(text: str, line: Line) -> Dated | None:
    """The date closing a line that names a body before it, in full or by its level (_header_body), parted by spaces
    (某县人民政府  二〇二四年三月十五日, 县司法局 2024年3月15日, its date in words as in digits), or opening one that names
    it after it (二〇二四年三月十五日　某县司法局), or None."""
    if _opens_with_year(line.text):
        gap = _DATE_BODY_GAP.search(line.text)
        if gap is None or _header_body(line.text[gap.end():], line.start + gap.end()) is None:
            return None
        return date_at(text, line.start, line.start + gap.start(), whole=True)
    gap = _SIGN_OFF_GAP.search(line.text)
    if gap is None or _header_body(line.text[:gap.start()], line.start) is None:
        return None
    return date_at(text, line.start + gap.end(), line.start + len(line.text), whole=True)


_DATE_BODY_GAP = compile_cached(r"[ \t\u3000]+")  # the spaces after a date opening a line, before the body it names


def _run_on_stamp(text: str, lines: list[Line]) -> Dated | None:
    """The page's stamp, a date and its time of day, opening the first paragraph a scrape ran it into (2024-12-02
    14:00:00 2023年6月21日,…), or a day with dashes and a space (2024-12-02 2024年,…): no sentence opens so. Only at
    that line's start: a paragraph's later dates are its own."""
    first = next((line for line in lines if line.paragraph), None)
    if first is None or not _opens_with_year(first.text):
        return None
    found = date_at(text, first.start, first.end)
    if found is None or found[1][0] != first.start:
        return None
    return found if _STAMP_TIME.match(text, found[1][1]) or _DASHED_STAMP.match(text, first.start) else None


def _head_read(text: str, lines: list[Line], head_end: int) -> str:
    """The head the kind cues read: an untitled text whose first sentence a line break cuts (a page broken at a
    width: 2017年,某部…扎实推进 / 某领域法治政府建设工作,…) with that break read as a space, so the sentence is
    read whole; the same length, so a match's span indexes the text."""
    if len(lines) < 2 or lines[0].end >= head_end:
        return text
    first, following = lines[0], lines[1]
    if not first.paragraph and not _patterns().opening_year.match(first.text):
        return text  # a header line, not a sentence under way
    if following.start != first.end + 1 or not runs_on(first.text, following.text):
        return text  # a blank line or an indent between them, or the first line ends its sentence
    return text[:first.end] + " " + text[first.end + 1:head_end]


# The kinds whose head cues a title naming the yearly report (the yearly_report_title cue) does not overrule: a yearbook's
# entry, and a news item reprinting the report (来源: a news site, 本报讯), as the catalog's kinds read them.
_BEFORE_YEARLY_TITLE = ("yearbook", "news")


_MENTION_REACH = 10  # characters a press_mention may run before a reporter it tells of (接受某某电视台记者)


def _press_mention(text: str, cue: regex.Match) -> bool:
    """Whether a news cue (记者, 通讯员) is a reporter the text speaks of (接受记者采访): the press_mention cue holds it."""
    start, end = cue.span()
    return any(m.start() <= start and m.end() >= end
               for m in _cues()["press_mention"].finditer(text, max(0, start - _MENTION_REACH), end + _MENTION_REACH))


def _title_cue_matches(title: Line | None) -> list[regex.Match | None]:
    """Each kind's title cue's match in the title, in the kinds' order (None where it finds none): searched once for
    the kind rules and for whether any claims the title (a report's, a white paper's, a meeting's hearing one), when
    its kind, not the lead's day (see the day_lead cue), says what the text is."""
    return [None if title is None or parts is None else _first_match(parts, title.text, len(title.text))
            for parts in _patterns().kind_titles]


def _furniture(lines: list[Line], title: Line | None) -> tuple[int, int]:
    """The page furniture above the text's first paragraph and its title, walked once: where the text opens under it
    (the start of the line after the last debris line there: 发布时间:… 浏览:31, a site's stamp; a navigation list of
    short lines above that line and all; 0 where no debris line stands there), and the characters its long lines take
    (a site's navigation row, a mirror's table of contents on one line: 一、概述,(一)注重…,二、…), no first paragraph
    and no part of the head the kind cues read, which goes on past them as past a run of photo captions
    (_captions_length); a short line's few characters are the head's."""
    start = long_length = 0
    for line in lines:
        debris = _is_debris(line)
        if line.paragraph and not debris or line is title:
            break
        if debris:
            start = line.end + 1
        if line.paragraph:
            long_length += line.end - line.start
    return start, long_length


def _kind(text: str, title: Line | None, lines: list[Line], opening: Line | None, outline: Outline, captions: range,
          summary: bool):
    body, long_furniture = _furniture(lines, title)
    below = body if title is not None else _below_addressee(lines, body)
    addressed, body = below != body, below  # an untitled text sent up, opening below the bodies it is sent to
    head_end = min(len(text), _HEAD_CHARS + _captions_length(lines, captions) + long_furniture)
    head_text = text if title is not None else _head_read(text, lines, head_end)
    # A title naming the yearly report: what its head goes on to name (a white paper, figures) makes it no other kind.
    # Read as one line, a title wrapped at the margin (…关于2024年度法治政府 / 建设情况的报告) names it as well.
    yearly = title is not None and _cues()["yearly_report_title"].search(unwrapped(title.text)) is not None
    # A title over the occasion it was delivered on (关于…工作情况的报告 / ——2024年10月15日在某市人大常委会第九次会议上): the
    # report itself, whatever portal reprints it and credits its posting (编辑:某某 来源:某省人大新闻网).
    delivered = title is not None and _delivered(title, lines)
    title_cues = _title_cue_matches(title)
    claimed = any(title_cues)
    for rule, head, body_head, cue in zip(get_catalog().kinds, _patterns().kind_heads, _patterns().kind_body_heads,
                                          title_cues, strict=True):
        if cue and title is not None and (rule.told is None or rule.told.search(text, title.end)):
            return rule.kind, (title.start + cue.start(), title.start + cue.end())
        if head is not None and not (yearly and rule.kind not in _BEFORE_YEARLY_TITLE):
            m = _first_match(head, head_text, head_end)
            if m is None and body and body_head:
                m = _first_match(body_head, head_text, head_end, body)
            while (yearly or delivered) and rule.kind == "news" and m is not None \
                    and (_press_mention(head_text, m) or m.groupdict().get("credit") is not None
                         or delivered and m.groupdict().get("byline") is not None):
                m = _first_match(head, head_text, head_end, m.end())
            if m and rule.dated and _in_report(head_text, m, outline, 0 if title is None else title.end):
                m = None  # …现将…报告如下: / 一、… / …培养法治宣传通讯员50名: a report's part, no item's byline
            if m:
                return rule.kind, m.span()
        if rule.dated and opening is not None \
                and (lead := _patterns().dateline_lead.match(opening.text)) is not None:
            return rule.kind, (opening.start + lead.start(), opening.start + lead.end())  # 青禾讯 近日,…: a news item
        if rule.dated and not claimed \
                and (m := _cues()["day_lead"].search(head_text, 0, head_end)) \
                and not _in_report(head_text, m, outline, 0 if title is None else title.end) \
                and not (summary and _day_in_summary(head_text, m)):
            return rule.kind, m.span()  # 3月12日,某局召开…: a day's doings, under a headline no kind's title cue claims
        if rule.dated and (m := _cues()["closing_credit"].search(head_text, 0, head_end)):
            return rule.kind, m.span()  # …余人次。(周某 林某): a short item's reporters
    if title is None and opening is not None and opening.end > head_end \
            and (m := _first_match(_patterns().yearly_report_head, text, opening.end)):
        return "annual_report", m.span()  # an untitled report's long opening says what it is at its end (现将…报告如下)
    if title is None and outline.sections and _cues()["case_state_heading"].search(outline.sections[0].heading.title):
        first = outline.sections[0].heading  # 一、行政复议案件情况 as the first part: an analysis of the year's cases
        return "statistics", (first.start, first.end)
    m = _cues()["statistics_period"].search(text, 0, head_end)
    if m:  # it says the one year its figures run over, as a yearly report does (统计期限自2023年1月1日起至…12月31日止)
        return "annual_report", m.span()
    if summary:
        first = outline.sections[0].heading
        return "annual_report", (first.start, first.end)
    # (an untitled opening on a saying is read from the sentence after it: 依法行政是…的生命线。2023年,某镇…)
    subject = (_after_saying(text, opening) or opening) if title is None else opening
    if title is None and (work := _work_heading(subject, outline, lines)):
        return "annual_report", work
    if title is None and (work := _work_as_subject(opening, outline)):
        return "annual_report", work
    if title is None and (acting := _body_year_in_parts(subject, outline, addressed)):
        return "annual_report", acting  # 2023年,某县司法局坚持… / 一、…: the body's report of the year, in its parts
    if title is None and (own := _own_year_in_parts(subject, outline, addressed)):
        return "annual_report", own  # 2023年上半年,…我们围绕… / 一、…: the writers' summary of the year or a part of it
    if title is not None and not claimed and _dated_headline(title, lines):
        return _dated_kind(), (title.start, title.end)
    # (记者:某甲 编辑:某乙) / …。记者了解到,…: a reporter's item
    if holds_any_word(_patterns().reporter_words, text) and (m := _cues()["reporter_line"].search(text)):
        return _dated_kind(), m.span()
    if title is None and opening is not None and not outline.sections \
            and (m := _cues()["years_account_opening"].match(opening.text)) \
            and _lead_year(text, lines, None) == _NO_YEAR:  # 近年来,… / 2023年,全市…共调解…: the year's figures
        return "case_study", (opening.start + m.start(), opening.start + m.end())  # 近年来,某县积极整合…: an account
    news = _dated_kind()
    # …收集意见建议。某某摄 / …进行宪法宣誓。某某摄: photos captioned among its first lines, a paper's item or a portal's
    if caption := next((line for line in lines[:_TITLE_SCAN] if _is_photo_caption(line)), None):
        return news, (caption.start, caption.end)
    # …位居第二。(甲乙丙、丁戊): a long item's reporters at its end, on its last paragraph's line or on a line of their own
    if lines and (m := _cues()["closing_credit"].search(text, lines[-min(len(lines), _CREDIT_LINES)].start)):
        return news, m.span()
    if lines and (credit := _credit(lines[-1].text)) and _is_org(credit):
        # …调解成功6293件。/ (某市司法局): a body's item for a portal's column, credited to it at its end
        return news, (lines[-1].start + 1, lines[-1].start + 1 + len(credit))
    for line in lines[-_NOTICE_LINES:]:  # …本平台仅提供信息存储服务: a post on a self-media account
        if m := _cues()["platform_notice"].search(line.text):
            return news, (line.start + m.start(), line.start + m.end())
    if opening is not None and lines[-1].start > opening.start \
            and (m := _cues()["closing_source"].match(lines[-1].text)):  # …佔5.3%。 / 來源|某省司法廳: a reposted item
        return news, (lines[-1].start + m.start(), lines[-1].end)
    for line in _lead_paragraphs(lines):  # 据悉,本次庭审所涉…: what a reporter learned
        if m := _cues()["learned_lead"].match(line.text):
            return news, (line.start + m.start(), line.start + m.end())
    if opening is not None and (m := _cues()["called_back_lead"].match(opening.text)):
        return news, (opening.start + m.start(), opening.start + m.end())  # 2024年,该县司法局…: the press's third person
    if point := _practice_points(text, title, opening):
        return "case_study", point  # …多措并举,… / 一是…。 / 二是…。: how a body does its work, told point by point
    if saying := _lead_line(lines, opening):
        return news, saying  # 法者,治之端也。 / 近年来,自治区…: a writer's piece opening on a saying or a scene
    return "other", None


def _summary_parts(outline: Outline) -> bool:
    """Whether a text's numbered parts are a year's summary: a part on work done and one on its shortcomings or on the
    plans ahead (一、主要工作 / 二、存在问题 / 三、下一步打算)."""
    kinds = {s.kind for s in outline.sections}
    return "achievements" in kinds and bool(kinds & {"shortcomings", "plans"})


def _day_in_summary(text: str, cue: regex.Match) -> bool:
    """Whether a day's doings (the day_lead cue: 3月5日,区委书记到街道调研…) are one event a year's summary tells in its
    head, asked of a text whose numbered parts are those of a summary (_summary_parts): the text is the year's report,
    no news item. A day whose sentence tells of the year's report (the day_report cue: 3月5日,区政府常务会议审议通过…报告,
    …听取2024年度…汇报) leads the news of that meeting, which may print the report whole."""
    end = text.find("。", cue.end())
    return _cues()["day_report"].search(text, cue.start(), len(text) if end < 0 else end) is None


def _past_day(text: str, lines: list[Line], opening: Line | None, summary: bool) -> Line | None:
    """The opening of a year's summary heading its account with a day's doings (_day_in_summary: 3月5日,区委书记到孝丰镇
    调研…。 2024年,孝丰镇人民政府坚持…): read from the sentence after the day's, on its line or on the paragraph below,
    where the report's subject and year are stated. Any other opening as it stands."""
    if not summary or opening is None or (day := _cues()["day_lead"].match(text, opening.start, opening.end)) is None \
            or not _day_in_summary(text, day):
        return opening
    end = text.find("。", day.end(), opening.end)
    if end >= 0 and (rest := (after := text[end + 1:opening.end]).strip()):
        start = end + 1 + len(after) - len(after.lstrip())  # (where the stripped rest opens, without a search for it)
        return Line(rest, start, start + len(rest), opening.paragraph)
    return next((line for line in lines if line.start > opening.start and line.paragraph), opening)


def _below_addressee(lines: list[Line], body: int) -> int:
    """Where an untitled text opens below the bodies it is sent to, set alone on its first line under the page's
    furniture (常州市人民政府:, or a salutation: 中共某县委、县人大常委会:): a report sent up opens its account of the
    year there, as an untitled one opens with no salutation (2024年,…区政府深入推进法治政府建设…); else `body`."""
    at = next((n for n, line in enumerate(lines) if line.start >= body), None)
    if at is None or at + 1 == len(lines) or lines[at].paragraph:
        return body
    line = lines[at]
    if _after_addressee(line.text) == len(line.text) or _cues()["salutation"].fullmatch(line.text):
        return lines[at + 1].start
    return body


def _in_report(text: str, cue: regex.Match, outline: Outline, start: int) -> bool:
    """Whether a news cue (a day's doings: the day_lead cue; a reporter, 记者, 通讯员: the news kind's head) stands inside
    a report's parts, not at an item's head: below the text's first numbered heading (一、主要举措 / (一)加强学习 / 一是…。
    2020年11月16日至17日,中央全面依法治国工作会议在北京召开), or after the text, below its title, said it is a report and
    what follows (现将2023年度…情况报告如下:…; an annual report's head cue saying 如下). An item opens with its dateline, its
    byline or the day it tells of (本报讯, 记者 某某, 为…,营造…氛围。6月13日,某镇组织…); a report names what it did."""
    at = cue.start()
    first = next((s.heading.start for s in outline.tree if s.heading.start >= start), None)
    if first is not None and first < at:  # (a heading in the title, 【专栏】…, is the title's)
        return True
    said = _first_match(_patterns().yearly_report_head, text, at, start)
    while said is not None and not said.group().endswith(_FOLLOWS):
        said = _first_match(_patterns().yearly_report_head, text, at, said.end())
    return said is not None


_FOLLOWS = "如下"  # the end of a report's statement of what follows (现将…情况报告如下)


_OCCASION_LINES = 3  # lines under a title the occasion a report was delivered on may stand on: below a page's date line


def _delivered(title: Line, lines: list[Line]) -> bool:
    """Whether the occasion the report was delivered on (——2024年10月15日在某市第十七届人大常委会第九次会议上) stands on
    one of the first lines under the title, below the page's date and source line or not."""
    occasion = _cues()["occasion"].match
    below = (line for line in lines if line.start > title.end)
    return any(occasion(line.text) for line in islice(below, _OCCASION_LINES))


_LEAD_LINE_MAX = 40  # characters of a feature's lead line: one short sentence (法者,治之端也。), no account of work


def _lead_line(lines: list[Line], opening: Line | None) -> tuple[int, int] | None:
    """The span of a feature's lead: an opening paragraph of one short sentence standing alone, opening the text, page
    debris apart, with more after it (陇山叠翠,…正在陇原大地奏响。; 平安是最基本的发展环境。; 法者,治之端也。): a
    saying or a scene before the story, naming no figure. A body's report opens with its work, dated or at length
    (上半年,某局认真落实…。; the dated_opening cue) or over the years (近年来,…: years_account_opening), a report's
    excerpt with its numbered part ((三)规范执法,提高…。: the numbered_opening cue); a sentence under a title is a
    note on what it names (《某指标体系》由…颁布。), one under a heading a report's (一、主要举措 / 2023年,…。), and one
    over a numbered part the preface of an article's or a report's parts (…需要久久为功。 / 一、…)."""
    sentence = opening.text.strip() if opening is not None else ""
    if opening is None or len(sentence) > _LEAD_LINE_MAX or lines[-1] is opening \
            or _cues()["dated_opening"].match(opening.text) \
            or next(line for line in lines if not _is_debris(line)) is not opening:
        return None  # a long sentence, a dated one, nothing after it, or a heading above it
    if not sentence.endswith(tuple(SENTENCE_MARKS)) or any(mark in sentence[:-1] for mark in SENTENCE_MARKS) \
            or any(char.isdigit() for char in sentence) or _cues()["numbered_opening"].match(sentence) \
            or _cues()["years_account_opening"].match(sentence):
        return None  # two sentences, a figure (全年,某中心受理案件286件。), a part or the years' account (近年来,…。)
    following = next(line for line in lines if line.start > opening.start)
    if _cues()["numbered_opening"].match(following.text):
        return None  # 法治政府建设是…的重点任务。 / 一、…: an article's or a report's preface to its parts
    return opening.start, opening.end


def _practice_points(text: str, title: Line | None, opening: Line | None) -> tuple[int, int] | None:
    """The span of the line opening the second point of an account laid out in practice points (二是优化流程,…), under an
    opening that states no year nor a day and is no report's numbered part (dated_opening, numbered_opening), nor
    opens a clause with a year (…不断升级,2022年各级调解组织共受理…): what a dated item, the year's account or a
    report's excerpt lays out so is the year's news or work, not a body's practice; under a title naming a document
    (…指标体系(2024年版): the document_title_end cue), the points are the document's."""
    if opening is None or title is not None and _cues()["document_title_end"].search(title.text):
        return None
    if _cues()["dated_opening"].match(opening.text) or _cues()["numbered_opening"].match(opening.text) \
            or _clause_years(text, opening.start, opening.end):
        return None
    m = _cues()["second_point_line"].search(text, opening.start)
    return m.span() if m else None


@from_catalog
def _dated_kind(catalog: Catalog) -> str:
    """The kind whose items carry their date (news): what a headline over a date line, or a reporter's credit or
    words, make a page the rules of no other kind claim."""
    return next(rule.kind for rule in catalog.kinds if rule.dated)


_DATE_LINE_REACH = 3  # lines below a headline its page's date line may stand on (a share widget's line between)


def _dated_headline(title: Line, lines: list[Line]) -> bool:
    """Whether the title, which no kind's title cue claims, is a headline over its page's date line (扎实推进行政应诉工作
    增强依法行政意识 / 发布时间:…, or a bare stamp: 2025-07-21 15:56:12, 27.06.2014  09:40, see _is_stamp) that names no
    document (…指标体系, …工作规则, …的实证分析: the document_title_end cue): a column's item, as a portal dates what it
    posts. The date line may run on after the headline on its own line (…稳步推进 2025-02-14, …稳步推进 某某晚报 2025-02-14,
    …稳步推进 记者 甲乙 2025年2月14日), which title_furniture cut from the title: the headline's line is then read whole."""
    if _cues()["document_title_end"].search(title.text):
        return False
    below = (line for line in lines if line.start >= title.end)
    own = [line for line in lines if line.start <= title.start and title.end < line.start + len(line.text)]  # cut so
    return any(get_catalog().published_line.search(line.text) or _is_stamp(line)
               for line in chain(own, islice(below, _DATE_LINE_REACH)))


def _is_stamp(line: Line) -> bool:
    """Whether a line is a page's date line holding its date (2025-07-21 15:56:12, 27.06.2014 09:40); a 来源 line alone
    (来源:本网) dates nothing."""
    return _YEAR_START.search(line.text) is not None and any(part.search(line.text) for part in _patterns().page_date_line)


def _work_heading(opening: Line | None, outline: Outline, lines: list[Line]) -> tuple[int, int] | None:
    """An untitled text opening with its year and the work's results whose level-1 heading names the rule-of-law work
    or the year's work summary (not planned nor found wanting): the heading's span; or one whose first level-1 heading
    names the work's state or results (一、工作开展情况, 一、2025年主要工作及成效), opening the text or under an opening with
    its year (run into its body or not: 2022年市交通运输局在…领导下,… / 一、主要工作情况; a part of the year's, 一、2024年上半年工作总结, only opening the text, where a title would stand), or does so
    on a line of its own right above it, unnumbered, under such an opening (2017年是…之年,我局在…领导下,… / 2017年工作情况
    / 一、…), or the practice (一、主要做法) under an opening with the one year, not a span (2022年以来,…), or the heads'
    duty, the part a yearly report opens with, under such an opening whatever it tells (see the duty_part_heading cue).
    This year's work so far (今年以来,…: the so_far_opening cue) opens as the year does, and the first part's heading may
    tell the results the opening does not (一、深入践行习近平法治思想,法治政府建设稳步推进: the results_heading cue).
    An article without such an opening or heading is none, nor is a work plan opening with its year
    (2024年是…之年,…力争…; …取得新成效,新的一年…), nor a roundup of figures."""
    cues = _cues()
    if not outline.sections:
        return None
    year = None if opening is None else _patterns().year_opening.match(opening.text) \
        or _patterns().body_year.match(opening.text)  # (2022年市交通运输局在…: the year run into its body)
    opened = year is not None or opening is not None and (so_far := cues["so_far_opening"].match(opening.text)) is not None \
        and so_far.group("part") is None
    year_opened = opened and opening is not None and not get_catalog().target_cue.search(opening.text) \
        and not cues["figures_follow"].search(opening.text)
    first = outline.sections[0].heading
    heading = _read_once(first.title)
    opens = opening is None or opening.start > first.start
    state = cues["work_state_heading"].search(heading)
    if state is not None and outline.sections[0].kind not in ("plans", "shortcomings") \
            and (opens or year_opened and state.group("part") is None):
        return first.start, first.end  # the text opens with the year's work as its first part, or a part of the year's
    if opens and cues["basic_state_heading"].search(heading) and (sub := _first_sub_part(outline)) is not None \
            and not cues["case_state_heading"].search(sub.heading.title):
        return first.start, first.end  # 一、基本情况 / (一)学习贯彻…情况。…: the report's first part, over its own parts
    above = next((line for line in reversed(lines) if line.start < first.start), None)
    if above is not None and year_opened and opening is not None and opening.start < above.start and not above.paragraph \
            and outline.sections[0].kind not in ("plans", "shortcomings") and _whole_year_state(above.text):
        return above.start, above.end  # 2017年是…,我局… / 2017年工作情况 / 一、…: the year's work, its parts below
    if year is not None and year_opened and not year.group("since") and opening is not None \
            and opening.start < first.start and cues["practice_heading"].search(first.title):
        return first.start, first.end  # 2022年,…某镇紧紧围绕… / 一、主要做法: the one year's practice
    if year is not None and not year.group("since") and opening is not None and opening.start < first.start \
            and cues["duty_part_heading"].search(first.title):
        return first.start, first.end  # 2022年,某局坚持…确保… / 一、党政主要负责人履行…职责: the yearly report's first part
    if opening is None or not year_opened \
            or not cues["work_done"].search(opening.text) and not cues["results_heading"].search(first.title):
        return None  # (一、深入践行习近平法治思想,法治政府建设稳步推进: the year's results, said by its first part)
    return next(((s.heading.start, s.heading.end) for s in outline.sections
                 if s.kind not in ("plans", "shortcomings")
                 and (cues["work_heading"].search(s.heading.title) or _whole_year_state(s.heading.title))),
                None)


def _first_sub_part(outline: Outline) -> Section | None:
    """The first part numbered under the text's first level-1 part, right below its heading (一、基本情况 / (一)…), if
    any: none where prose or the next level-1 part follows it."""
    at = outline.tree.index(outline.sections[0])
    below = outline.tree[at + 1] if at + 1 < len(outline.tree) else None
    return below if below is not None and below.parent == at else None


# A word doubled at a heading's end, as a copy may set it (一、2021年上半年工作推进情况情况): the word in group 1.
_DOUBLED_END = compile_cached(r"(\p{Han}{2})\1$")


def _read_once(heading: str) -> str:
    """A heading as it reads with a word doubled at its end (工作推进情况情况, 工作总结总结) said once: the state its
    cues name is the single form's."""
    doubled = _DOUBLED_END.search(heading)
    return heading if doubled is None else heading[:doubled.start() + 2]


def _whole_year_state(heading: str) -> bool:
    """Whether a heading names the state of the year's work (the work_state_heading cue), not that of a part of it
    (2024年上半年工作总结)."""
    state = _cues()["work_state_heading"].search(_read_once(heading))
    return state is not None and state.group("part") is None


def _work_as_subject(opening: Line | None, outline: Outline) -> tuple[int, int] | None:
    """The span of the rule-of-law work acting in an untitled text's opening, in a sentence opening with the one year
    (2020年,某县法治建设工作坚持…, after a maxim or not): the year's report, when parts follow (the work_as_subject cue).
    A span (2022年以来) or a plan (2025年,…力争…) is none."""
    if opening is None or not outline.sections or (m := _cues()["work_as_subject"].search(opening.text)) is None:
        return None
    start = max(opening.text.rfind(stop, 0, m.start()) for stop in "。;") + 1
    end = opening.text.find("。", m.end())
    year = _patterns().year_opening.match(opening.text[start:m.start()])  # the sentence's own start: ^ reads a slice
    if year is None or year.group("since") \
            or get_catalog().target_cue.search(opening.text, start, len(opening.text) if end < 0 else end):
        return None
    return opening.start + m.start(), opening.start + m.end()


def _body_year_in_parts(opening: Line | None, outline: Outline, addressed: bool = False) -> tuple[int, int] | None:
    """The span of the body acting in an untitled text's opening sentence, which opens with the one year (2021年,某县
    司法局认真贯彻…), the opening telling the year's results (…圆满完成了全年的各项目标任务; the work_done cue), numbered
    parts following it, the first on work done (not a plan's nor a problem's): the body's report of that year's work,
    whatever its parts call the work (发挥法治引领作用…, 司法行政工作…). An opening telling no results (2024年,某局坚持依法
    履职,…。) may open a plan as well: none. Nor is an opening on a span (2022年以来,…), a part of the year (2023年上半年,…,
    or a first part on one: 一、2023年上半年工作情况) or a plan (2024年,某局将…, …力争…: the planned_year and target cues),
    nor one whose subject is no body (2023年,全县…), but for a level's system of bodies (2023年,全市司法行政系统坚持…: the
    system_subject cue). A place named as the subject (2023年,鄂尔多斯市深入贯彻…) is its
    government's report of the year, as its body's is (see _place_acting). A text `addressed` to the bodies it is sent
    to (某市人民政府: / 2019年,某县认真贯彻…) reports its year to them, whether its opening tells results or not."""
    if opening is None or (outline.sections and _cues()["this_year"].search(outline.sections[0].heading.title)):
        return None
    said = _year_over_parts(opening, outline, _patterns().opening_year)
    if said is None:
        return None
    text, year, sentence_end, lead = said
    start = lead.end() if lead else year.end()
    org = get_catalog().org.match(text, start, sentence_end) or _cues()["system_subject"].match(text, start, sentence_end)
    acting = org.span() if org is not None and not _cues()["opening_predicate"].search(org.group(0)) \
        else _place_acting(text, start, sentence_end)
    if acting is None or _cues()["body_of_document"].match(text, acting[1]) \
            or get_catalog().target_cue.search(text, acting[1], sentence_end) \
            or not (addressed or _cues()["work_done"].search(text)):
        return None
    return opening.start + acting[0], opening.start + acting[1]


def _year_over_parts(opening: Line, outline: Outline, year_pattern: regex.Pattern, so_far: bool = False):
    """An untitled text's opening line that opens with the one year (`year_pattern`; not a span, 2022年以来, nor a
    plan's year, the planned_year cue), above numbered parts the first of which is on work done (not a plan's nor a
    problem's): its text, the year's match, where its first sentence ends and the lead clause opening it (opening_lead),
    or None. With `so_far`, a span from the year (2023年以来,…) opens it too, and so does the year so far or a part of
    it with no year written (今年以来,…, 1-11月,…: the so_far_opening cue), the lead clause read after it."""
    if not outline.sections or outline.sections[0].kind in ("plans", "shortcomings") \
            or opening.start > outline.sections[0].heading.start:
        return None
    text = opening.text
    sentence_end = len(text) if (stop := text.find("。")) < 0 else stop
    year = year_pattern.match(text)
    if year is None and so_far and (year := _cues()["so_far_opening"].match(text)) is not None:
        return text, year, sentence_end, _cues()["opening_lead"].match(text, year.end())
    if year is None or year.group("since") and not so_far or _cues()["planned_year"].match(text, year.start(1)):
        return None
    return text, year, sentence_end, _cues()["opening_lead"].match(text)


def _own_year_in_parts(opening: Line | None, outline: Outline, addressed: bool = False) -> tuple[int, int] | None:
    """The span of the writers speaking of themselves as the subject of an untitled text's opening sentence (the
    own_subject cue: 我们, 我局, 我委), which opens with the one year or a part of it (2023年上半年,在县委…领导下,我们围绕
    中心工作…。; 2022年我局坚持…), with the year so far (今年以来,我局…; 1-11月,我们…; 2023年以来,我们…), numbered parts
    following it, the first on work done (not a plan's nor a problem's): their summary of that year's work, of its part
    or of the years since it, whatever the opening tells of it. No news item's lead nor case's account speaks so; a
    plan (2024年,我们将继续…, 我们要…, …力争…: the planned_year and target cues, the own_subject cue) is none. A text
    `addressed` to the bodies it is sent to (某省人民政府: / 2016年,我市认真贯彻…) speaks for its place's government so
    (我市, 本县: the own_place cue), as a news item's 我县 does not."""
    if opening is None:
        return None
    said = _year_over_parts(opening, outline, _patterns().paragraph_year, so_far=True)
    if said is None:
        return None
    text, year, sentence_end, lead = said
    subject = max(year.end(), lead.end() if lead else 0)
    own = _cues()["own_subject"].match(text, subject, sentence_end)
    if own is None and addressed:
        own = _cues()["own_place"].match(text, subject, sentence_end)
    if own is None or get_catalog().target_cue.search(text, own.end(), sentence_end):
        return None
    return opening.start + own.start(), opening.start + own.end()


def _place_acting(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a place named whole from `start` to the predicate of its sentence (2023年,鄂尔多斯市深入贯彻…: the
    opening_predicate cue), before `end`: the place's government reporting on its year as a body does. The scope of
    figures (全县…) is none, nor a name running on into more words (某县法院坚持…: a body's, read as one)."""
    predicate = _cues()["opening_predicate"].search(text, start, end)
    if predicate is None or predicate.start() == start:
        return None
    place = text[start:predicate.start()]
    if [hit[:2] for hit in regions.find_named_units(place)] != [(0, len(place))]:
        return None
    return start, predicate.start()


def _sign_off(dated: DatedLines) -> tuple[Line, Dated] | None:
    """A notice signed above its attachment: the first body's line directly above a line a date fills
    (the date), wherever it stands; a body's line with no date below is a mere mention."""
    return dated.first(_is_org)


def _month_signed(text: str, lines: list[Line], title: Line | None) -> tuple[str, tuple[int, int]] | tuple[None, None]:
    """The month (YYYY-MM) a report is dated by where it names no day, by its sign-off (某县司法局 / 2023年12月,
    二〇二三年十二月) or on its cover (…年度报告 / 某县司法局 / (2024年1月)): the month's line, in brackets or not, right
    below a body's, among the last lines or the two under the title; with its span. (None, None) where there is none."""
    cover = [] if title is None else [line for line in lines if line.start > title.end][:_COVER_LINES]
    for above, line in chain(pairwise(lines[-_SIGN_OFF_LINES:]), pairwise(cover)):
        start, end = line.start, line.start + len(line.text)
        if line.text[:1] == "(" and line.text[-1:] == ")":
            start, end = start + 1, end - 1
        if _opens_with_year(text[start:end]) and (month := month_at(text, start, end)) is not None \
                and _is_org(_letters_joined(above.text)[0]):
            return month
    return None, None


def _closed_notice_date(dated: DatedLines) -> Dated | None:
    """The date of a notice no body signs: a line a date fills right below the notice's closing sentence
    (…请认真贯彻执行。/ 2024年3月2日), wherever it stands (an attachment may follow)."""
    closed = dated.first(_cues()["notice_close"].search)
    return closed[1] if closed else None


class DatedLines:
    """The lines a date fills right below (see _dated_below), each with the line above it, read from the top as far
    as first asked and kept: the sign-off, a notice's close and a title's signer look for their line among the same
    lines, and each try of a line for a date costs more than the look (a scan of every line where none fits)."""

    __slots__ = ("_read", "_signed", "_unread")

    def __init__(self, text: str, lines: list[Line]) -> None:
        self._unread = _dated_below(text, lines)
        self._read: list[tuple[Line, Dated]] = []
        self._signed: list[tuple[Line, Dated] | None] = []

    def first(self, fits: Callable[[str], object]) -> tuple[Line, Dated] | None:
        """The first dated line whose line above `fits`, and its date."""
        for pair in self._read:
            if fits(pair[0].text):
                return pair
        for pair in self._unread:
            self._read.append(pair)
            if fits(pair[0].text):
                return pair
        return None

    def signed_off(self) -> tuple[Line, Dated] | None:
        """The report's sign-off (see _sign_off), read when first asked and kept: the date and the issuer both may fall
        back to it."""
        if not self._signed:
            self._signed.append(_sign_off(self))
        return self._signed[0]


def _dated_below(text: str, lines: list[Line]) -> Iterator[tuple[Line, Dated]]:
    """Each line with a date filling the line right below it, and that date; the date may stand in brackets, as a
    report's date under its author does (某市人民政府 / (2015年1月10日)). A paragraph, holding a 。 or longer than a
    title, is no date's line: most lines a year opens are paragraphs (2024年,全县…), each a date's try."""
    for above, line in pairwise(lines):
        if line.paragraph:
            continue
        if found := _date_line(text, line):
            yield above, found


def _date_line(text: str, line: Line) -> Dated | None:
    """The date filling a line, in brackets or not (2024年3月15日, (二〇二四年三月十五日)), or None."""
    found = _whole_date(text, line, line.start + len(line.text))
    if found is None and line.text[:1] == "(" and line.text[-1:] == ")":
        found = _date_filling(text, line.start + 1, line.start + len(line.text) - 1)
    return found


def _whole_line(line: Line, how: str) -> tuple[str, tuple[int, int], str]:
    """A line naming the issuer as a whole: its text, its span and the cue that found it."""
    return line.text, (line.start, line.start + len(line.text)), how


def _credit(line: str) -> str | None:
    """What a closing credit (a line in parentheses, normalized ASCII: (某市司法局)) sets in them, or None. Read by
    its ends: a pattern (.+) backtracking from a long line's end costs time growing with the square of its length."""
    return line[1:-1] if len(line) > 2 and line[0] == "(" and line[-1] == ")" and "\n" not in line else None


def _credited(line: Line) -> tuple[str, int]:
    """A line's name and where it starts: the line, or what it sets in parentheses ((某县司法局), and so before a date the
    parentheses close with: (某县司法局 2025年1月20日)), or what stands before the date a sign-off set on one line closes
    with, parted by spaces (某县应急管理局  2025年1月20日: see _signed_on_one_line); a note of the seal after a sign-off's
    name (某县人民政府(盖章): the seal_note cue) left out."""
    credit = _credit(line.text)
    if credit:
        return _signed_on_one_line(credit), line.start + 1
    name = _signed_on_one_line(line.text)
    if name.endswith(_CLOSING_BRACKET) and (seal := _cues()["seal_note"].search(name)) is not None:
        name = name[:seal.start()]
    return name, line.start


_CLOSING_BRACKET = ")"  # what a seal note ends with (normalized ASCII): other lines are not searched for one


_SIGN_OFF_GAP = compile_cached(r"[ \t\u3000]+(?=\S+$)")  # the spaces before a sign-off line's last part (its date)


def _signed_on_one_line(text: str) -> str:
    """The name of a sign-off whose body and date share its line, parted by spaces (某县应急管理局  2025年1月20日, as a
    page copied without the breaks of its right-aligned lines runs them): the text before the date; the whole line where
    no date fills what follows its last spaces."""
    if text[-1:] != "日" and not text[-1:].isdigit():
        return text  # (a date closes on 日 or a digit: most lines are passed at once)
    gap = _SIGN_OFF_GAP.search(text)
    if gap is None or date_at(text, gap.end(), whole=True) is None:
        return text
    return text[:gap.start()]


def _signature_org(lines: list[Line], credit_only: bool = False):
    """A body's line among the last lines, as written or as a closing credit in parentheses ((某县司法局)), spaced out letter
    by letter or not (某 县 司 法 局, read set solid); with `credit_only`, the credit alone (a news item's author: a page's
    last lines may be its site's)."""
    last = lines[-3:]
    for at, line in enumerate(last):
        name, start = _credited(line)
        if credit_only and start == line.start:
            continue
        if (joint := _joint_signature(name, start, last[at + 1:at + 2])) is not None:
            return joint
        if _is_org(solid := _letters_joined(name)[0]):
            return solid, (start, start + len(name)), "signature"
    return None


_COMMITTEE_CHAR = "委"  # what every party committee's name holds (中共某县委, 某县委员会, 某州党委)


def _joint_signature(name: str, start: int, below: list[Line]):
    """The government a party committee signs a report with, on the sign-off's line after it or on the line below
    (中共某县委 某县人民政府, 中共某县委 / 某县人民政府): the report's author, as of a joint title (_joint_government).
    Both are read with their places masked, as a title's are (中共和田地委 和田地区行政公署: 和 opens the place's name).
    None where the line opens with no committee or no government follows it."""
    if _COMMITTEE_CHAR not in name:
        return None
    masked = _places_masked(name)
    committee = get_catalog().org.match(masked)
    if committee is None or not _is_party_committee(name[:committee.end()]):
        return None
    if committee.end() == len(name) and below:  # the committee's line alone, the government's below it
        name, start, after = below[0].text, below[0].start, 0
        masked = _places_masked(name)
    else:
        after, by_word = _joined_after(name, masked, committee.start(), committee.end())
        if after == committee.end() or by_word:  # (a sign-off joins the pair by no 与 or 及)
            return None
    government = get_catalog().org.fullmatch(masked, after)
    if government is None or not _is_government(name[after:]):
        return None
    return name[after:], (start + after, start + len(name)), "signature"


_SIGNED_NAME = compile_cached(r"\p{Han}{5,30}")  # a body's name as a sign-off writes it, long enough to name one


def _spells_out(name: str, short: str) -> bool:
    """Whether `name` is the body `short` names, in its full words: longer, holding its characters in order, opening
    with its first or with 国家 before it and closing on its last word (凉山州司法局 → 凉山彝族自治州司法局, 浙江省市场监管局 →
    浙江省市场监督管理局, 市场监管总局 → 国家市场监督管理总局, 国家发展改革委 → 国家发展和改革委员会). Another body the name
    opens with (青禾县人民政府 of 青禾县人民政府办公室, 某县公安局 of its 交通警察大队) closes on another word. A body called
    by its level (省市场监管局, 自治区市场监管局, 市住房城乡建设委) is named with its place before (江苏省市场监督管理局), where
    the words spelled out add no other level (雁川市青禾县司法局 is a county's, not 市司法局), or where the places are known
    and the last one's is the level said (长治市城市管理局 for 市城管局: 城市 is no place)."""
    if len(name) <= len(short) or short[-1] not in name[-3:]:
        return False
    if name[0] == short[0] or name.startswith(_STATE_PREFIX + short[0]):
        return _added(name, short) is not None
    at = name.find(short[0])
    if at < 1 or (level := _level_named(short.removeprefix(_AUTONOMOUS))) is None:
        return False
    added = _added(name[at:], short)
    if added is not None and not any(word in added for word in _LEVELS):
        return True
    # Known places' names before the department: the last one's level is the short name's, the department's words
    # holding a level's character or not (长治市城市管理局 for 市城管局)
    places, department = _places_opening(name), short[short.index(level) + len(level):]
    return places > 0 and name[:places].endswith(short[:len(short) - len(department)]) \
        and name.startswith(department[:1], places) and _added(name[places:], department) is not None


def _places_opening(name: str) -> int:
    """Where the run of places' names a name opens with ends (长治市城市管理局: 3; 常州市钟楼区人社局: 6); 0 for none."""
    end = 0
    for start, stop, _ in regions.find_named_units(name):
        if start != end:
            break
        end = stop
    return end


_STATE_PREFIX = "国家"  # a national body's full name may open with it where its short name does not (市场监管总局)
_LEVELS = "省市县区州旗盟"  # the levels a place's name closes with
_AUTONOMOUS = "自治"  # an autonomous region's department by its level (自治区市场监管局): its 区 is the level said


def _added(name: str, short: str) -> str | None:
    """The characters `name` adds to `short` read in order within it (凉山彝族自治州司法局, 凉山州司法局: 彝族自治), or None
    where `short` is not so read."""
    added, at = [], 0
    for char in short:
        found = name.find(char, at)
        if found < 0:
            return None
        added.append(name[at:found])
        at = found + 1
    return "".join(added)


def _title_signed(title: Line, dated: DatedLines):
    """The body the title opens with that signs the text whole above its date (某市某区法律援助处2024年度法律援助信息公示 /
    … / 某市某区法律援助处 / 2025年5月7日): the notice's publisher, though its name ends in a word the org cue does not
    know as a body's; the title naming it and the sign-off repeating it say it is one. The title itself above a date
    (法治政府建设工作报告 / 二〇二四年三月十五日: the cover's date under its headline) is no sign-off: the body is a part of
    the title only, shorter than it."""
    signed = dated.first(lambda name: len(name) < len(title.text) and title.text.startswith(name)
                         and _SIGNED_NAME.fullmatch(name) is not None)
    return _whole_line(signed[0], "signature") if signed else None


def _place_signed(text: str, title: Line, lines: list[Line]) -> tuple[str, tuple[int, int], str] | None:
    """The body that signs the text above its date, of the place the title opens with and names no body of (安达市
    2021年…年度报告 / … / 安达市人民政府 / 2022年2月20日, 黔南州… / 黔南布依族苗族自治州人民政府): the report's
    author, before a 来源 line naming the department that posted it."""
    codes = _title_place(title)
    if not codes:
        return None

    def of_place(name: str) -> bool:  # …written after the places holding it or not (天津市静海区人民政府)
        return _is_org(name) and bool(_opening_places(name[:_DIVISION_MAX])[0] & codes)

    signed = DatedLines(text, lines[-_SIGN_OFF_LINES:]).first(of_place)
    return _whole_line(signed[0], "signature") if signed else None


def _level_signed(text: str, title: Line, lines: list[Line]) -> tuple[str, tuple[int, int], str] | None:
    """The body that signs the text above its date by its level alone (县司法局, 县委依法治县办 / 2024年1月20日) under a
    title naming the one place of that level (长丰县2023年…报告): the place's body, the title's place completing it as
    it completes a byline (_completed_by_title), its letters read set solid (县 司 法 局); None where the title names
    no such place."""

    def of_title_place(name: str) -> bool:
        solid = _letters_joined(name)[0]
        return get_catalog().self_reference.fullmatch(solid) is not None and _completed_by_title(solid, title) is not None

    signed = DatedLines(text, lines[-_SIGN_OFF_LINES:]).first(of_title_place)
    if signed is None:
        return None
    line = signed[0]
    return _letters_joined(line.text)[0], (line.start, line.start + len(line.text)), "signature" + _COMPLETED


def _signed_under_source(text: str, title: Line, lines: list[Line]) -> tuple[str, tuple[int, int], str] | None:
    """The body that signs the text above its date under a title naming no place (关于2023年度…的报告 / 来源:某县人民政府
    / … / 某某镇人民政府 / 2024年1月10日): the report's author, the 来源's body another (its superior's site, its
    government's office) that posted it; signed by a party committee with its government on one line (中共某某镇委员会
    某某镇人民政府), the government, as _joint_signature reads it. None where no 来源 names a body or the sign-off names
    the same."""
    if _title_place(title) or (source := _source_org(text)) is None:
        return None

    def other_signer(line: str) -> bool:
        name = joint[0] if (joint := _joint_signature(line, 0, [])) else line
        return _is_org(name) and name != source[0] and get_catalog().self_reference.fullmatch(name) is None

    signed = DatedLines(text, lines[-_SIGN_OFF_LINES:]).first(other_signer)
    if signed is None:
        return None
    line = signed[0]
    return _joint_signature(line.text, line.start, []) or _whole_line(line, "signature")


def _government_of_office(text: str, found: tuple[str, tuple[int, int], str], title: Line | None,
                          kind: str) -> tuple[str, tuple[int, int], str]:
    """The government whose general office a 来源 or a sign-off of a titled yearly report names (来源:静海区人民政府办公室,
    某省人民政府办公厅; 天津市静海区人民政府办公室 / 2023年3月30日) under a title opening with the government's place and naming no body
    (静海区2023年…报告), or naming no place (2023年法治政府建设工作报告, 2023年全区…情况报告) over a text that never calls
    itself by a body's kind (我局, 我办: a department's or the office's own report): the government's report its office
    posted, as where the title names the government (某旗人民政府关于…的报告 / 来源:某旗人民政府办公室). The office
    written short (青川县政府办) or by its level alone (来源:县政府办公室, the region completing it) is read alike. Any
    other body found, as found."""
    if title is None or kind != "annual_report":
        return found
    name, (start, end), how = found
    governments = (_PEOPLES + _GOVERNMENT, _GOVERNMENT)
    for office in (*_GOVERNMENT_OFFICES[1:], _OFFICE_SHORT):
        government = name.removesuffix(office)
        if government == name:
            continue
        if how.endswith(_COMPLETED):
            level = _level_named(government)
            owned = level is not None and government[len(level):] in governments and not _calls_itself_a_body(text)
        else:
            places, stop = _opening_places(government)
            codes = _title_place(title)  # asked once at most: a name ends in one office's word
            owned = bool(places) and government[stop:] in governments \
                and bool(places & codes if codes else not _calls_itself_a_body(text))
        if owned:
            return government, (start, end - len(office)), how
    return found


_OFFICE_SHORT = "办"  # a government's general office written short (某县政府办)


def _calls_itself_a_body(text: str) -> bool:
    """Whether a text calls itself by a body's kind (我局, 本局; an office's 我办, 本办): a department's or an office's
    own report, not its government's."""
    return holds_any_word(get_catalog().lexicon.own_body_calls, text) or _OFFICE_CALL.search(text) is not None


_OFFICE_CALL = compile_cached(r"[我本]办(?![法理])")  # how an office's own text calls it (我办, 本办; not 本办法)


def _title_place(title: Line) -> set[str]:
    """The codes of the divisions the place a title opens with may be (石门县2023年…报告: 石门县's), the last of the
    places it writes one after another, each within the one before (宁波市海曙区2024年…报告: 海曙区's, as 海曙区2024年…
    reads), a body's name not opening with them (白沙镇…, a town's office by its place alone); empty when it opens with
    none."""
    codes, end = _opening_places(title.text)
    return set() if _is_org(title.text[:end]) else codes


def _opening_places(name: str) -> tuple[set[str], int]:
    """The codes of the divisions the places a name opens with may be, the last of those it writes one after another,
    each within the one before (宁波市海曙区…: 海曙区's), and where they end; empty, 0 when it opens with none."""
    codes: set[str] = set()
    end = 0
    for start, stop, units in regions.find_named_units(name):
        within = {unit.code for unit in units if not codes or any(_related(unit.code, code) for code in codes)}
        if start != end or not within:
            break
        codes, end = within, stop
    return codes, end


def _of_place_above(name: str, title: Line) -> bool:
    """Whether a body (a 来源's, a portal's) names a place holding the one the title opens with and not that place itself
    (来源:某市司法局, 某省人民政府 over 某县2023年…报告): the city's or the province's site that posted the county's report,
    not its author."""
    codes = _title_place(title)
    named = {unit.code for _, _, units in regions.find_named_units(name) for unit in units} if codes else set()
    return not named & codes and any(_related(code, own) for code in named for own in codes)


_SIGN_OFF_LINES = 6  # the last lines a report's sign-off stands among (a page's buttons and footer after it)


def _letterhead_of_repeated(text: str, title: Line, lines: list[Line]):
    """A body's line right above the title repeated below it (a page headed by the title: 2023年…年度报告 / … / 某市某局 /
    2023年…年度报告), the repeat wrapped over lines or not (某市人民政府办公室 / 转发…文书 / 指导意见…的通知): the
    letterhead of the document the page holds."""
    repeated = text[title.start:title.end]
    head = lines[:_TITLE_SCAN]
    for at, (above, line) in enumerate(pairwise(head), 1):
        if line.paragraph:
            return None
        if line.start > title.start and repeated.startswith(line.text) and _is_org(above.text) \
                and _repeating(repeated, head[at:at + _TITLE_WRAP_LINES]):
            return _whole_line(above, "header")
    return None


_TITLE_WRAP_LINES = 3  # lines a document's title may be wrapped over under its letterhead


def _restating(title: Line, lines: list[Line]) -> int:
    """How many of `lines`, none a paragraph, restate the title, wrapped or not: spell it out, or open with its place
    and year and end as a title does (某县2023年度…统计分析报告 / 来源:… / 某县2023年度…案件 / 办理情况统计分析报告, the
    page's title short of a word the document's has); 0 where they do not."""
    if count := _repeating(title.text, lines):
        return count
    year = _title_year(title)
    if year is None or not year.start():
        return 0
    joined = ""
    for count, line in enumerate(lines, 1):
        if line.paragraph or not (joined := joined + line.text.strip()).startswith(title.text[:year.end()]):
            return 0
        if _cues()["wrapped_title_end"].search(joined):
            return count
    return 0


def _repeating(title: str, lines: list[Line]) -> int:
    """How many of `lines`, the first and those after it joined, spell `title` out; 0 where they do not."""
    joined = ""
    for count, line in enumerate(lines, 1):
        joined += line.text.strip()
        if joined == title:
            return count
        if not title.startswith(joined):
            return 0
    return 0


def _letterhead(text: str, lines: list[Line]):
    """An untitled text's first line naming a body above a salutation (XX市中级人民法院 / 各位委员:), or the line
    naming one between the occasion the report was delivered on and the salutation ((2025年4月29日在某市人民代表大会常务
    委员会第十七次会议上) / 某市人民政府 / 主任、副主任、秘书长、各位委员:): the letterhead of a report addressed to its
    readers; or the speaker's line right above the salutation (最高人民法院院长 某某 / 全国人民代表大会常务委员会:),
    whose office is the author, unless the speaker reports on a government's behalf (see _speaks_for)."""
    salutation = _cues()["salutation"]
    if lines and _is_org(lines[0].text):
        following = next((line for line in lines[1:] if HAN.search(line.text)), None)
        if following is not None and salutation.fullmatch(following.text):
            return _whole_line(lines[0], "header")
    head = lines[:_TITLE_SCAN]
    for at, (above, line) in enumerate(pairwise(head)):
        if salutation.fullmatch(line.text):
            speaker = _cues()["office_holder"].match(above.text)
            if speaker is not None and _is_org(speaker.group(1)):
                if _speaks_for(text, speaker.group(1), lines, line):
                    return None
                return speaker.group(1), (above.start, above.start + speaker.end(1)), "header"
            if at and _cues()["occasion"].match(head[at - 1].text) and _is_org(above.text):
                return _whole_line(above, "header")
            return None
    return None


def _speaks_for(text: str, office: str, lines: list[Line], speaker: Line) -> bool:
    """Whether the speaker whose line is `speaker` reports on a government's behalf, as the first paragraph below
    says (受区人民政府委托,现将…报告如下; 我受县政府委托,向县人大常委会报告…): the report is the government's, not the
    speaker's department's (`office`); a government's own head (某省人民政府副省长 某某) speaks as its author."""
    if _is_government(office):
        return False
    first = next((line for line in lines if line.start > speaker.start and line.paragraph), None)
    return first is not None and _cues()["entrusted"].search(text, first.start, first.end) is not None


def _byline_org(text: str, title: Line, lines: list[Line]):
    """The body the line right below the title names (below the occasion it was delivered on, and the page's date and
    source line over the first paragraph or over the occasion: 关于…的报告 / 发布时间:… 信息来源:… / 某市司法局 / 2024年,…): alone, in parentheses or after a dash, the day or the month it
    signed it after it or before it (二〇二四年三月十五日　县司法局) or not, its byline (关于2024年度…的报告 / 某县自然资源局, 2024年…年度报告 / (某县人民政府), / ——某县司法局, / (某县司法局
    2025年2月10日), a study's by the body whose group wrote it (某区司法局课题组), on the title's line too); or that of the
    official whose byline it is (关于…第一责任人职责情况的报告 / 某县司法局党组书记、局长 某某): a head's yearly report of
    their duty is their body's, not the person's."""
    if _cover_year_closing(title):
        return None  # a cover's body is its author only with its date below (see _cover_org)
    line_end = text.find("\n", title.end)
    run_on = text[title.end:line_end if line_end >= 0 else len(text)]
    if (group := _cues()["study_group"].search(run_on)) and _is_org(name := run_on[:group.start()].strip(LINE_BLANKS)):
        start = text.index(name, title.end)  # …or the title's line runs on into it (…的建言报告 某市某某委员会专题调研组)
        return name, (start, start + len(name)), "header"
    if (name := run_on.strip(LINE_BLANKS)) and (found := _header_body(name, text.index(name, title.end))):
        return found  # …or into the body itself (…年度报告  县司法局, cut from the title by _trimmed)
    catalog, label_words = get_catalog(), _patterns().label_words
    after = [line for line in lines if line.start > title.end]
    occasion = _cues()["occasion"].match
    after = after[sum(1 for _ in takewhile(lambda line: occasion(line.text), after)):]  # (—2024年6月25日在…会议上)
    skipped = sum(1 for _ in takewhile(  # a paragraph holding no label's words is not searched through
        lambda line: may_hold_words(label_words, line.text)
        and (catalog.published_line.search(line.text) or catalog.source_line.search(line.text)), after))
    if skipped and (held := sum(1 for _ in takewhile(lambda line: occasion(line.text), after[skipped:]))):
        skipped += held  # the page's line over the occasion (…的报告 / 编辑:某某 来源:某某网 / ——…会议上 / 某院检察长 某某)
    elif skipped:
        skipped += _restating(title, after[skipped:skipped + _TITLE_WRAP_LINES])  # …or over the title repeated, wrapped
        # or not (…统计分析报告 / 来源:… / …行政应诉案件 / 办理情况…报告 / 某县人民政府行政复议办公室)
        if not (len(after) > skipped + 1 and after[skipped + 1].paragraph):
            skipped = 0  # below the page's line, a byline stands over the text's first paragraph, not over a title
    below = after[skipped] if len(after) > skipped else None
    if below is None:
        return None
    name, start = _credited(below)
    if (said := _RELEASED.search(name)) is not None and not said.group(1):
        name = name[:said.start()]  # the day it released it said so (某县人民政府 2024年1月15日发布)
    if dash := _SUBTITLE.match(name):
        name, start = name[dash.end():], start + dash.end()
    if (dated := _DATED_BODY.match(name)) and month_at(text, start + dated.end(), start + len(name)):
        name = dated.group(1)
    elif _opens_with_year(name) and (gap := _DATE_BODY_GAP.search(name)) is not None \
            and month_at(text, start, start + gap.start()):
        name, start = name[gap.end():], start + gap.end()  # …or after it (二〇二四年三月十五日　县司法局)
    if (group := _cues()["study_group"].search(name)) and _is_org(name[:group.start()]):
        name = name[:group.start()]  # 某区司法局课题组: the body whose group wrote the study
    if found := _header_body(name, start):
        return found  # (某县…年度报告 / 县司法局: the county's, as the title places it)
    speaker = _cues()["office_holder"].match(below.text)
    if speaker is None or not _is_org(speaker.group(1)) or _speaks_for(text, speaker.group(1), lines, below):
        return None
    return speaker.group(1), (below.start, below.start + speaker.end(1)), "header"


def _cover_lines(title: Line, lines: list[Line]) -> tuple[Line | None, list[Line]]:
    """The line under a title that sets the year in brackets on a cover (行政审判白皮书 / (2024) / …), if any, and the
    lines after the title and that year (the first few: a cover's)."""
    below = [line for line in lines if line.start > title.end][:_COVER_LINES + 1]
    if below and _COVER_YEAR.fullmatch(below[0].text):
        return below[0], below[1:]
    return None, below[:_COVER_LINES]


def _cover_year_closing(title: Line) -> regex.Match | None:
    """The cover's year in brackets set on the title's last line (行政审判白皮书 / (2024)), read as part of it."""
    m = _closing_year(title)
    return m if m and "\n" in title.text[:m.start()] else None


def _closing_year(title: Line) -> regex.Match | None:
    """The year in brackets closing a title, on its line or on one of its own (行政检察工作白皮书(2023)): the year the
    report titled so reports on, as a report named so in a lead is dated (the named_report cue)."""
    m = _COVER_YEAR.search(title.text)
    return m if m and m.end() == len(title.text) else None


def _cover_org(text: str, title: Line, lines: list[Line]):
    """The body a cover names under its title (and its year), the month or the day it put the document out below
    (行政审判白皮书 / (2024) / 某市中级人民法院 / 2025年3月): the author; of bodies releasing it together on one line
    (某省统计局　国家统计局某调查总队), the first."""
    _, below = _cover_lines(title, lines)
    if len(below) != _COVER_LINES:
        return None
    first = _first_word(below[0].text)
    if not month_at(text, below[1].start, below[1].start + len(below[1].text)):
        return None
    return _header_body(first, below[0].start + below[0].text.find(first))


def _header_body(name: str, start: int):
    """A body's name set on the head's line at `start` under a title, as its author (a byline, a cover's body): named
    in full, or by its level alone (县司法局, 省高级人民法院), which the region or the title's place completes; else
    None. Its letters are read set solid (_letters_joined: …委员会 办公室)."""
    solid = _letters_joined(name)[0]
    if _is_org(solid):
        return solid, (start, start + len(name)), "header"
    if get_catalog().self_reference.fullmatch(solid):
        return solid, (start, start + len(name)), "header" + _COMPLETED
    return None


_COLUMN_WORD = "栏目"  # what every column line holds (catalog cue column_line): a text without it is not searched
_ALIAS = compile_cached(r"[(（]\p{Han}{2,20}[)）]$")  # another name of a body after it in brackets (市司法局(市行政复议局))


def _source_values(text: str) -> Iterator[tuple[str, tuple[int, int]]]:
    """What each 来源 line in the text's head names, with its span, then what a column line's first step names
    (栏目:某省司法厅-通知公告): a body's other name in brackets after it (市司法局(市行政复议局), 司法局(法制办), from the
    years the offices merged) left out, the name before it being the body's."""
    found = [m.span(1) for m in _labelled(get_catalog().source_line, _patterns().source_by_label, text[:_SOURCE_HEAD])]
    if text.find(_COLUMN_WORD, 0, _SOURCE_HEAD) >= 0 \
            and (column := _cues()["column_line"].search(text, 0, _SOURCE_HEAD)) is not None:
        found.append(column.span(1))
    for start, end in found:
        if (alias := _ALIAS.search(text, start, end)) is not None and alias.start() - start >= 2:
            end = alias.start()
        elif text[end - 1:end] in _VALUE_CLOSES and _VALUE_CLOSES[text[end - 1]] not in text[start:end]:
            end -= 1  # the close of the brackets the label was set in after a headline (…报告(来源:某县司法局))
        yield text[start:end], (start, end)


_VALUE_CLOSES = {")": "(", "]": "["}  # a bracket closing a 来源's value, and its opening, which a name in it would hold


def _source_org(text: str):
    """The body a 来源 line names (_source_values); a bare self-reference there (来源: 区司法局) is completed with the
    region."""
    for value, span in _source_values(text):
        if _level_named(value) is not None or _is_department(value):
            return value, span, "source line" + _COMPLETED  # 地区司法局, 自治区司法厅: a place's words alone
        if _is_org(value):
            return value, span, "source line"
    return None


def _is_town(name: str | None) -> bool:
    """Whether a body's name is a town's or a street office's (白沙镇, 白沙镇人民政府, 留下街道办事处)."""
    return name is not None and any(name.endswith((level, level + office))
                                    for level, office in regions.TOWNSHIP_OFFICES.items())


def _publisher_places(text: str, lines: list[Line]) -> list[str]:
    """What names the page's publisher: a 来源 line naming a place in full, or by short names after its parent's
    (regions.names_places_only), or a body (来源:闽清县, 来源:上海普陀, 发布机构:某县司法局), a body's name alone on a line
    of the page's head (a portal's banner, 左贡县人民政府). The publisher's place is that of a portal's town report
    whose body names no other (塔庄镇…在县委、县政府的坚强领导下), or of a district's yearbook entry (来源:上海普陀 over
    全区…). A paper's name (来源:广西日报) is none: a paper carries news of anywhere."""
    sources = [value for value, _ in _source_values(text)
               if _is_org(value) or [(0, len(value))] == [hit[:2] for hit in regions.find_named_units(value)]
               or regions.names_places_only(value)]
    head = _page_head(lines)
    banners = [line.text.strip() for line in head if _is_org(line.text.strip())]
    return sources + banners + [place for place, _ in _welcomed_places(head)]


def _page_head(lines: list[Line]) -> list[Line]:
    """The lines of the page's head: those above its first paragraph, of the first the title is searched in."""
    return list(takewhile(lambda line: not line.paragraph, lines[:_TITLE_SCAN]))


_WELCOME_GAPS = str.maketrans("", "", " \t·・?")  # what a portal's greeting may set between its places' names


def _welcomed_places(head: list[Line]) -> list[tuple[str, tuple[int, int]]]:
    """The places a portal's greeting in the page's head welcomes the reader to (the portal_welcome cue: 某区欢迎您!,
    苏州·吴中欢迎您, 欢迎访问某县人民政府门户网站), the portal's own, with the span the greeting names them in: a place's
    full name, or short names each after its parent's (regions.names_places_only), with what parts them left out; a
    single short name or a word (某某手机版) none."""
    if not any(_WELCOME in line.text for line in head):
        return []
    welcome = _cues()["portal_welcome"]
    places = []
    for line in head:
        if (m := welcome.match(line.text)) is not None:
            place = m.group("place").translate(_WELCOME_GAPS)
            if [(0, len(place))] == [hit[:2] for hit in regions.find_named_units(place)] \
                    or regions.names_places_only(place):
                places.append((place, (line.start + m.start("place"), line.start + m.end("place"))))
    return places


_WELCOME = "欢迎"  # the word every portal_welcome match holds


def _dated_publisher(text: str, lines: list[Line]):
    """The body a portal's line in the page's head names beside the date it published the page (青禾县人民政府
    2024年01月08日, 青禾县司法局 2024-01-08, 2024-01-08 09:30 青禾县司法局), the date under its label or not (青禾县人民政府
    发布时间:2024-03-07), or a WeChat header names as its account
    (青禾县司法局 2024年01月08日 17:45 浙江): its publisher, as a 来源 line names it; an account named for its work (青禾普法)
    or an author is no body."""
    for line in lines[:_TITLE_SCAN]:
        if line.paragraph:
            return None
        end = line.start + len(line.text)
        if (header := _post_header(line.text)) is not None:
            for name in header.group(1).split():
                if _is_org(name):
                    at = line.start + header.start(1) + header.group(1).index(name)
                    return name, (at, at + len(name)), "source line"
            continue
        body = _DATED_BODY.match(line.text)
        if body is not None and _dated_after(text, line.start + body.end(), end) and _is_org(body.group(1)):
            return body.group(1), (line.start, line.start + body.end(1)), "source line"
        dated = date_at(text, line.start, end)
        body = _BODY_AFTER_DATE.fullmatch(text, dated[1][1], end) if dated else None
        if body is not None and _is_org(body.group(1)):
            return body.group(1), body.span(1), "source line"
    return None


def _dated_after(text: str, start: int, end: int) -> bool:
    """Whether a date fills text[start:end], said bare (2024-01-08) or under the label of the page's date (发布时间:
    2024-03-07, 日期:2024年03月07日), its time of day after it or not (2024-02-28 09:00): the rest of a portal's line
    after its publisher's name."""
    if (label := get_catalog().published_line.match(text, start, end)) is not None:
        start = label.end()
    dated = date_at(text, start, end)
    return dated is not None and _DATE_TIME_REST.fullmatch(text, dated[1][1], end) is not None


def _is_department(name: str) -> bool:
    """Whether `name` is a department as a bare self-reference names it after its level (司法局, 市场监管局)."""
    return get_catalog().self_reference.fullmatch(_SOME_LEVEL + name) is not None


def _level_named(name: str) -> str | None:
    """The level a body calling itself by its level alone opens with (区司法局: 区; 市住房城乡建设委: 市, 地区司法局: 地区,
    自治区司法厅: 自治区);
    None for a body whose name opens with a place's (市中区司法局, 青禾县司法局) or a word a level's character opens
    (市场监管总局)."""
    reference = get_catalog().self_reference.fullmatch(name)
    if reference is None and (reference := get_catalog().self_reference.match(name)) is not None \
            and _branch_end(name, reference.end(), len(name)) != len(name):
        reference = None  # (市交通运输局龙岗管理局: the city bureau's office in a district, by the bureau's level)
    if reference is None and name.startswith(regions.AUTONOMOUS_REGION):  # 自治区司法厅: the region's by its level
        reference = get_catalog().self_reference.fullmatch(name, len(_AUTONOMOUS))
        return regions.AUTONOMOUS_REGION if reference is not None else None
    return reference.group("level") if reference is not None else None


def _is_party_committee(name: str) -> bool:
    """Whether a whole name is a party committee's (中共青禾县委), spelled out or not (中共青禾县委员会)."""
    return _committee_part(name) == ""


def _committee_part(name: str) -> str | None:
    """What a whole name opening with a party committee's names after it, the committee spelled out or not:
    '' for the committee itself, 办公室 for its office (中共青禾县委办公室, 中共青禾县委员会办公室); None when no
    committee opens it."""
    committee = _cues()["party_committee"].match(name) or _cues()["township_committee"].match(name)
    return None if committee is None else name[committee.end():].removeprefix(_COMMITTEE_SPELLED_OUT)


def _is_government(name: str) -> bool:
    """Whether a whole name is a government's (青禾县人民政府), or the office a street has for one (青禾街道办事处), or a
    zone's committee, which governs the zone for its city (某某经济技术开发区管理委员会, 某某高新区管委会: metadata.cues
    zone and zone_office): the one a zone's party committee heads a joint title with (中共某某高新区工委 某某高新区管委会)."""
    if _cues()["government"].search(name) or any(
            name.endswith(level + office) for level, office in regions.TOWNSHIP_OFFICES.items()):
        return True
    return _zone_committee(name, 0, whole=True) is not None


def _joint_government(plain: str, masked: str, org: regex.Match, end: int | None = None):
    """The government a party committee's name (`org`, matched in `masked`) is joined to (中共X县委 X县人民政府关于…,
    云南省委、省政府坚持…, 某自治区党委和政府坚持…): on it the report's duty falls; so on the government's office when the committee's office
    heads the title with it (中共X县委办公室 X县人民政府办公室关于…). Named by its level alone (中共X县委 县人民政府,
    中共X县委办公室 县人民政府办公室), the region completes it. (name, span, how's suffix), or None when `org` is no committee or no government follows."""
    office = _committee_part(org.group(0))
    if office is None:
        return None
    after, by_word = _joined_after(plain, masked, org.start(), org.end())

    def leads(joint_end: int) -> bool:
        return _leads(plain, joint_end, by_word)

    joint = get_catalog().org.match(masked, after, end)
    joint_name = joint.group(0) if joint is not None else ""
    level = _committee_level(org.group(0).removesuffix(office).removesuffix(_COMMITTEE_SPELLED_OUT))
    if joint is not None and joint_name.endswith(office) and _is_government(government := joint_name.removesuffix(office)):
        # a government of the committee's own level (恩施州委、恩施土家族苗族自治州人民政府), none of another's named in
        # full (恩施州委、湖北省人民政府签订…: two bodies, of a prefecture and of its province)
        said = _cues()["government"].search(government)  # (政府, 行政公署: the place's name before it)
        of_level = level is None or (government[:said.start()] if said else government).removesuffix(_PEOPLES).endswith(level)
        return (plain[joint.start():joint.end()], joint.span(), "") if leads(joint.end()) and of_level else None
    bare = get_catalog().self_reference.match(plain, after, end)
    bare_name = bare.group(0) if bare is not None else ""
    if bare is not None and bare_name.endswith(office) and _is_government(bare_name.removesuffix(office)):
        # a government of the committee's own level (州委、州政府), none of another's (州委、省政府签订…: two bodies)
        return (bare_name, bare.span(), _COMPLETED) \
            if leads(bare.end()) and level in (None, bare.group("level")) else None
    if office == "" and level:
        # 某州党委、政府坚持…, 某某盟委、行署…, 某某地委、行署…: the government said without its level, the committee's
        bare = get_catalog().self_reference.match(level + plain[after:end if end is not None else len(plain)])
        if bare is not None and _is_government(bare.group(0)) and leads(after + bare.end() - len(level)):
            return bare.group(0), (after, after + bare.end() - len(level)), _COMPLETED
    return None


def _town_joined(text: str, at: int) -> regex.Match | None:
    """The pair of a town's party committee and its government or office right after the town's name at `at`, as its
    joint authors (town_committee_joined: 白沙镇党委、政府, 青禾街道党工委 办事处); joined by 与 or 及 only where the pair
    heads a verb of leading (白沙镇党委与镇政府高度重视…; not …召开联席会议: two bodies meeting)."""
    joint = _cues()["town_committee_joined"].match(text, at)
    return joint if joint is None or _leads(text, joint.end(), bool(joint.group("word"))) else None


def _leads(text: str, end: int, by_word: bool) -> bool:
    """Whether a committee and a government joined before `end` are a pair of authors: always, unless joined by 与 or 及
    (by_word), and then only where the pair heads a verb of leading (…与州政府高度重视…; not …召开联席会议)."""
    return not by_word or _cues()["opening_predicate"].match(text, end) is not None


def _joined_after(plain: str, masked: str, start: int, at: int) -> tuple[int, bool]:
    """Where the body joined to a committee's name (from `start`, ending at `at`) opens: past the blanks, the 、 or the
    line break between them and a 和 joining the pair (某自治区党委和政府); not past a 和 opening the body's place, which
    masking read as a place's (中共和静县委 和静县人民政府, 中共和田地委、和田地区行政公署: 静县人民政府 is no body), or
    which opens the committee's own place again, a town's no masking knows (中共和平镇委员会 和平镇人民政府: no 平镇). And
    whether a 与 or a 及 joins them (COMMITTEE_JOINING_WORDS: the pair only before a verb of leading)."""
    place = start + len(regions.PARTY) if plain.startswith(regions.PARTY, start) else start
    own = plain[place:place + _PLACE_OPENING]  # (a slice of its own: the rest of the text is not copied)
    while plain[at:at + 1] in COMMITTEE_JOINERS and not (
            plain[at] == _JOINT_WORD and (masked[at] != _JOINT_WORD or plain.startswith(own, at))):
        at += 1
    if plain[at:at + 1] not in COMMITTEE_JOINING_WORDS:  # ('' past the end is none)
        return at, False
    at += 1
    while plain[at:at + 1] in COMMITTEE_JOINERS and plain[at] != _JOINT_WORD:
        at += 1
    return at, True


_PLACE_OPENING = 2  # characters of a place's name telling it again (和平 of 中共和平镇委员会 … 和平镇人民政府)
_PREFECTURE = "地"  # what a 地区's party committee is called by before its 委 (某某地委), its level regions.PREFECTURE
_PARTY_WORD = "党"  # what a prefecture's or a region's committee may say before its 委 (某州党委, 某自治区党委)


def _committee_level(name: str) -> str | None:
    """The level of the place a party committee's name says it is of (某县委 县, 某州党委 州, 某某地委 地区, 某某盟委 盟),
    as a bare self-reference opens with it; None when no level stands before its 委."""
    before = name.removesuffix("委").removesuffix(_PARTY_WORD)[-1:]
    if before == _PREFECTURE:
        return regions.PREFECTURE
    return before if before and before in _LEVELS else None


# A run of characters each standing alone between spaces (青 禾 县 司 法 局), as a mirror scrapes a title set letter-spaced.
_LETTER_SPACED = compile_cached(r"(?<!\p{Han})\p{Han}(?:[ \t]\p{Han}){2,}(?!\p{Han})")


# The blanks a line breaks a body's name with before the office word closing it (中共某县委全面依法治县委员会 办公室), as a
# byline or a sign-off set in two cells.
_OFFICE_GAP = compile_cached(r"(?<=\p{Han})[ \t\u3000]+(?=办公[室厅]$)")


def _letters_joined(line: str) -> tuple[str, Sequence[int]]:
    """`line` with the spaces inside its letter-spaced runs dropped (青 禾 县 司 法 局 2024年… → 青禾县司法局 2024年…), and
    those before the office word closing it (…委员会 办公室: _OFFICE_GAP), so a name reads as set solid, and the breaks of
    a title wrapped across lines (…人民政府某某街道 / 办事处2023年…: one line, as the record's title reads); and where each
    character of that reading stands in `line`, and its end."""
    spaces = {at for run in _LETTER_SPACED.finditer(line) for at in range(run.start() + 1, run.end(), 2)} \
        if " " in line or "\t" in line else None
    if (" " in line or "\t" in line or "\u3000" in line) and (gap := _OFFICE_GAP.search(line)) is not None:
        spaces = (spaces or set()) | set(range(*gap.span()))
    if "\n" in line:
        spaces = (spaces or set()) | set(literal_starts(line, "\n"))  # the copy's line ends are LF alone
    if not spaces:
        # Most lines: read as they are, not rebuilt a character at a time, each character where it stands (a range,
        # not a list of every offset: a one-line text of a megabyte is its own last line).
        return line, range(len(line) + 1)
    kept = [at for at in range(len(line) + 1) if at not in spaces]
    return "".join(line[at] for at in kept[:-1]), kept


def _zone_committee(plain: str, start: int, whole: bool = False) -> tuple[int, int] | None:
    """The span of a zone's committee named at ``start`` by the zone's own name (metadata.cues zone and zone_office), the
    committee alone (宁东能源化工基地管委会, 某某示范区管理委员会): the zone's name ends in no level's word that the
    catalog's body names read as a place (基地), so they find none there. ``whole``: the committee ends plain."""
    zone = _cues()["zone"].match(plain, start)
    office_pattern = _cues()["zone_office"]
    if zone is None or (office := (office_pattern.fullmatch if whole else office_pattern.match)(plain, zone.end())) \
            is None or office.start("office") != zone.end():
        return None
    return zone.start(), office.end()


def _title_org(text: str, title: Line):
    """The body a title opens with (after its year), its letters read together when the title is letter-spaced; none when
    the title is a headline telling that the body's report was passed (某县人民法院工作报告获一致通过)."""
    plain, kept = _letters_joined(text[title.start:title.end])
    if _cues()["report_passed"].search(plain):
        return None

    def at(start: int, end: int) -> tuple[int, int]:  # a span of `plain` in the text
        return title.start + kept[start], title.start + kept[end - 1] + 1

    year = _LEADING_YEAR.match(plain)
    start = year.end() if year else 0
    if term := _cues()["term_ordinal"].match(plain, start):  # 第十届某县人民政府关于…: the body's name follows its term
        start = term.end()
    if (place := _cues()["title_place"].match(plain, start)) and regions.divisions_named(place.group(1)):
        start = place.end()  # (浙江省)某县人民政府工作报告: the province a portal files the report under
    masked = _places_masked(plain)
    if (town := _cues()["township"].match(plain, start)) and _town_joined(plain, town.end()):
        return town.group(0), at(*town.span()), "title"  # a town's committee and government, its joint authors (白沙镇党委、政府关于…)
    if about := _cues()["title_about"].match(plain, start):  # 关于白沙镇2025年…的报告: the body before the year is its author
        named = get_catalog().org.match(masked, about.end()) or _cues()["township"].match(plain, about.end())
        if named is not None and _GLUED_YEAR.match(plain, named.end()):
            start = about.end()
        elif (year_first := _LEADING_YEAR.match(plain, about.end())) is not None \
                and get_catalog().org.match(masked, year_first.end()) is not None:
            start = year_first.end()  # 关于2024年度某市某局法治政府建设情况的报告: the body after the year, as without 关于
        else:
            return None  # 关于印发…的通知, 关于2024年全县…: no body's own year
    org = get_catalog().org.match(masked, start)
    letterhead_end = plain.find("\n")  # a title set under its letterhead's line (see _unwrapped)
    if org is not None and org.start() == 0 and org.end() < letterhead_end and _is_org(plain[:letterhead_end]):
        return plain[:letterhead_end], at(0, letterhead_end), "title"  # the line is the body's whole name (…政府法制办公室)
    if org is not None and org.group(0).startswith(_PARTY) and _cues()["party_group"].match(plain, org.end()):
        return plain[org.start() + len(_PARTY):org.end()], at(org.start() + len(_PARTY), org.end()), "title"
    if org is not None and (joint := _joint_government(plain, masked, org)):
        return joint[0], at(*joint[1]), "title" + joint[2]
    if org is not None and _is_party_committee(org.group(0)) \
            and (organ := _patterns().committee_organ.match(plain, org.end())):
        return plain[org.start():organ.end()], at(org.start(), organ.end()), "title"
    if org is not None and _level_named(plain[org.start():org.end()]) is not None:
        # a level's word read as the first of a place's name (区市场监管局, 市住房城乡建设委: no place 区市, 市住房城乡):
        # a body by its level alone, as below
        if _patterns().title_follow.match(plain, org.end()):
            return plain[org.start():org.end()], at(*org.span()), "title" + _COMPLETED
        return None
    if org is None:  # a body by its level alone (省人民政府关于2020年度…的报告): the region completes it
        bare = get_catalog().self_reference.match(plain, start)
        if bare is not None and _patterns().title_follow.match(plain, bare.end()):
            return bare.group(0), at(*bare.span()), "title" + _COMPLETED
    if org is None and (court := _court_called(plain, start)) is not None:
        return plain[court[0]:court[1]], at(*court), "title"  # a court as it is called (榆林中院2023年行政审判白皮书)
    if org is None and (closing := _CLOSING_BODY.search(plain)) is not None and _is_org(closing.group(1)):
        return closing.group(1), at(*closing.span(1)), "title"  # 2023年度…报告(某县应急管理局): the body a portal's title ends with
    if org is None and (tag := _TAG.match(plain)) is not None and _is_org(tag.group(1)):
        return tag.group(1), at(*tag.span(1)), "title"  # 【某县应急管理局】2023年度…报告: the body its tag names (_author_tag)
    if org is None and (body := _city_body(plain, start, len(plain), _patterns().title_follow)):
        return body[0], at(*body[1]), "title"  # 烟台人力资源和社会保障局2023年…报告: the city's bureau, as written
    if org is None and (committee := _zone_committee(plain, start)) is not None \
            and _patterns().title_follow.match(plain, committee[1]):
        return plain[committee[0]:committee[1]], at(*committee), "title"  # 宁东能源化工基地管委会2021年…: a zone no level ends
    if org is None:  # a street office or a town by its place alone, before the report's year (留下街道2022年度…报告, 鹤龙街2024年…),
        # or a town's justice station by the town's name alone (花明楼司法所2023年工作总结), or a corps unit or a farm by its
        # number or name (一五二团2023年…报告, 五一农场2023年…)
        org = _cues()["township"].match(plain, start) or _cues()["street_short"].match(plain, start) \
            or _cues()["station_short"].match(plain, start) or _cues()["corps_unit"].match(plain, start)
        if org is None or not (_patterns().title_follow.match(plain, org.end())
                               or year is not None and _after_year_township(plain, org)):
            return None
    end = org.end()
    if plain.endswith(_BUREAU, 0, end) and (office := _cues()["office_after_bureau"].match(plain, end)) is not None \
            and _patterns().title_follow.match(plain, office.end()):
        end = office.end()  # 深圳市规划和自然资源局深汕管理局2024年…: the bureau's office, its author
    return plain[org.start():end], at(org.start(), end), "title"  # unmasked: the name places the report


_BUREAU = "局"  # what a bureau's name ends in, an office of it named after it (…局深汕管理局)


# A body's whole name in brackets closing a title that names no body before its work (2023年度法治政府建设工作报告(某县应急
# 管理局)), as a portal's list of its departments' reports titles each: the report's author.
_CLOSING_BODY = compile_cached(r"[(（]\s*([^()（）\s]{2,30})\s*[)）]\s*$")
_COVER_YEAR = compile_cached(rf"\(\s*({YEAR})\s*(?:年度?)?\s*\)")  # a cover's year in brackets on its line ((2024), (2023年度))
_COVER_LINES = 2  # a cover's body and its date, under its title
_JOINING = LIST_JOINS + LIST_SEPARATOR  # what joins a second place to a first (白沙镇和青石镇): a title naming two has no one author


def _after_year_township(title: str, org: regex.Match) -> bool:
    """Whether a town or street office (not one by 街 alone) named right after a title's year (2023年良渚街道法治政府建设
    年度报告, 2024年白沙镇工作总结) authors the title's report: the title names a yearly report (not a headline on an event,
    2024年白沙镇开展普法活动), and the title's words follow the name, no second place."""
    return org.group(0).endswith(_TOWNSHIP_ENDS) and HAN.match(title, org.end()) is not None \
        and title[org.end()] not in _JOINING and _names_yearly_report(title, org.end())


def _names_yearly_report(title: str, pos: int = 0) -> bool:
    """Whether a title names a yearly report from `pos` on, as the annual_report kind's title cue reads it (…工作总结,
    …述法报告)."""
    return any(rule.kind == "annual_report" and rule.title is not None and rule.title.search(title, pos)
               for rule in get_catalog().kinds)


def _issuer(text: str, title: Line | None, lines: list[Line], opening: Line | None, kind: str,
            dated: DatedLines):
    """(name, span, how) of the body that issues the report (see _named_issuer); a street office or a town named by
    its place alone (草滩街道2024年…报告) by its office's name when the text spells that out (草滩街道办事处坚持…), with
    the places written right before it there (发布机构:某市某区草滩街道办事处), which tell it from a namesake."""
    found = _named_issuer(text, title, lines, opening, kind, dated)
    name = found[0]
    if name and (_collective_courts(name) or _EACH.search(name)):
        # the courts of an area its opening tells of (2022年,本市法院…, 威海全市法院…), or the bodies of each of its parts
        # (某县各乡镇人民调解委员会受理…): no one body
        return None, None, None
    level = next((level for level in regions.TOWNSHIP_OFFICES if name.endswith(level)), None) if name else None
    if level is None:
        return found
    office = name + regions.TOWNSHIP_OFFICES[level]
    at = text.find(office)
    if at >= 0:
        start, end = _places_before(text, at), at + len(office)
        return text[start:end], (start, end), found[2]
    return _office_without_places(text, name, level, found[2]) or found


def _places_led(name: str, level: str) -> int:
    """Where a town's or a street's own name starts after the county or city a name writes before it (芳华镇 of 陆良县芳华镇),
    0 when it names none."""
    start = 0
    for begin, end, _ in regions.find_named_units(name):
        if begin != start or len(name) - end <= len(level):
            break
        start = end
    return start


def _office_without_places(text: str, name: str, level: str, how: str | None):
    """The office of a town or a street office a title names after its county or city (陆良县芳华镇, 永安市燕西街道) as
    the text spells it without them (芳华镇人民政府) or with its government between (永安市人民政府燕西街道办事处): on a
    line of its own, a sign-off, the whole line; else the office's name. None when the text spells it nowhere."""
    start = _places_led(name, level)
    if not start:
        return None
    office = name[start:] + regions.TOWNSHIP_OFFICES[level]
    at = text.find(office)
    if at < 0:
        return None
    end = at + len(office)
    line_end = text.find("\n", end)
    if not text[end:None if line_end < 0 else line_end].strip():  # the office closes its line
        line_start = text.rfind("\n", 0, at) + 1
        whole = text[line_start:end].strip()
        if _is_org(whole):
            return whole, (end - len(whole), end), how
    return office, (at, end), how


# The levels of a township whose name is a place's, no body's (青山镇, 共和乡): their office is a government. A street's
# (草滩街道, 鹤龙街) and a zone's (某某新区, 某某经济技术开发区: metadata.cues zone) are places too, whose offices are the
# street's 办事处 (regions.TOWNSHIP_OFFICES) and the zone's committee (管委会: metadata.cues zone_office).
_SHORT_GOVERNMENTS = ("人民政府", "政府")  # how a town's government is written after its name (共和乡人民政府, 共和乡政府)
_PLACE_LEVELS = tuple(level for level, office in regions.TOWNSHIP_OFFICES.items() if office == _SHORT_GOVERNMENTS[0])
_STREET = next(level for level in regions.TOWNSHIP_OFFICES if level not in _PLACE_LEVELS)  # 街道
_STREET_OFFICE = regions.TOWNSHIP_OFFICES[_STREET]  # 办事处
# What a place's office is written as right after the place's own name, each form with the office's name in full; and
# how the joint authors' pair (town_committee_joined: 共和乡党委、政府, 留下街道党工委、办事处) ends where it names the office.
# A street office named by 街 alone (鹤龙街: metadata.cues street_short) is its 街道办事处, however written after it.
_STREET_SHORT, _STREET_REST = _STREET[:1], _STREET[1:]  # 街 (鹤龙街) and what 街道 adds to it
_FULL_STREET_OFFICE = _STREET_REST + _STREET_OFFICE  # 道办事处, after 街: the office in full
_TOWN_FORMS = tuple((word, _SHORT_GOVERNMENTS[0]) for word in _SHORT_GOVERNMENTS)  # 人民政府, 政府: 人民政府
_PLACE_OFFICES: dict[str, tuple[tuple[tuple[str, str], ...], str]] = {
    **{level: (_TOWN_FORMS, _SHORT_GOVERNMENTS[1]) for level in _PLACE_LEVELS},
    _STREET: (((_STREET_OFFICE, _STREET_OFFICE),), _STREET_OFFICE),
    _STREET_SHORT: (((_FULL_STREET_OFFICE, _FULL_STREET_OFFICE), (_STREET_OFFICE, _FULL_STREET_OFFICE)), _STREET_OFFICE),
}


def _place_alone(name: str) -> str | None:
    """The level of a place an issuer names alone (青山镇: 镇, 留下街道: 街道, 鹤龙街: 街, 宁波前湾新区, 宁东基地: the zone's, ""),
    which names no body; None for a body's name."""
    level = next((level for level in _PLACE_OFFICES if name.endswith(level)), None)
    if level is None and _cues()["zone"].fullmatch(name):  # (a base's too: 宁东基地)
        return ""
    return level


def _place_office(text: str, name: str, level: str, how: str | None):
    """(name, span, how) of the office of a place an issuer names alone (_place_alone: 青山镇, 海东市某区共和乡, 留下街道,
    鹤龙街, 宁波前湾新区), where the text names it after the place's own name, at its first naming, with the places written
    right before it: a town's government in full or short (共和乡人民政府, 共和乡政府: 共和乡人民政府), a street's office
    (留下街道办事处; 鹤龙街道办事处 or 鹤龙街办事处 of 鹤龙街: 鹤龙街道办事处), a zone's committee as written (某某新区管委会,
    某某新区管理委员会), or either after the place's committee as the joint authors' (共和乡党委、政府, 留下街道党工委、办事处,
    某某新区党工委、管委会). None when the text names no office of the place (a text saying only 镇政府 names none, as one
    saying only 县政府; nor does 新区管委会 without the zone's own name): a place is no body."""
    town = name[_places_led(name, level):]
    if not level and not _cues()["zone"].fullmatch(town):
        town = name  # the zone's own name is its kind's words after the places (宁波市前湾新区), no kind alone
    at = text.find(town)
    while at >= 0:
        after = at + len(town)
        if not level:
            office = _cues()["zone_office"].match(text, after)
            said, written = (None, "") if office is None else (office.end(), office.group("office"))
        else:
            forms, joint_end = _PLACE_OFFICES[level]
            said, written = next(((after + len(word), full) for word, full in forms if text.startswith(word, after)),
                                 (None, ""))
            if said is None and (joint := _town_joined(text, after)) is not None \
                    and joint.group(0).endswith(joint_end):
                said, written = joint.end(), forms[0][1]
        if said is not None:
            start = _places_before(text, at)
            return text[start:at] + town + written, (start, said), how
        at = text.find(town, after)
    return None


_PLACE_NAME_LONGEST = 10  # characters of the longest division name read before a town's office


def _places_before(text: str, end: int) -> int:
    """Where the names of divisions written right before `end` start (杭州市上城区 before 湖滨街道办事处), each the
    longest one ending where the next begins (上城区, not 城区), in full or by its short name and level (屏边县 of
    屏边苗族自治县 before 青石乡人民政府, as a 发布机构 line writes it); `end` when there are none."""
    start = end
    while named := next((length for length in range(min(_PLACE_NAME_LONGEST, start), 1, -1)
                         if any(_names_division(text[start - length:start], d)
                                for d in regions.divisions_named(text[start - length:start]))), None):
        start -= named
    return start


def _names_division(written: str, division: regions.Division) -> bool:
    """Whether `written` names `division` in full (屏边苗族自治县) or by its short name with its level (屏边县), as a
    body's place before its office: not by its short name alone (屏边), nor by another unit's name it shares."""
    return written == division.name or bool(division.short) and written == division.short + division.name[-1]


def _government_in_full(name: str) -> str:
    """A government by its official name (白沙镇政府 is 白沙镇人民政府, regions.TOWNSHIP_OFFICES; 邯郸市政府 邯郸市人民政府,
    密云区政府 密云区人民政府, 某县政府办公室 某县人民政府办公室): the short form names no other body, as 白沙镇 alone may (the
    town, its committee). A 地区's or a 盟's government is its 行政公署, no 人民政府."""
    for level, office in regions.TOWNSHIP_OFFICES.items():
        short = office.removeprefix(_PEOPLES)
        if name.endswith(level + short):
            return name.removesuffix(short) + office
    for office in _GOVERNMENT_OFFICES:
        stem = name.removesuffix(_GOVERNMENT + office)
        if len(stem) < len(name) and stem[-1:] in _LEVELS and not stem.endswith((regions.PREFECTURE, _LEAGUE)):
            return stem + _PEOPLES + _GOVERNMENT + office
    return name


_PEOPLES = "人民"  # what an official government's name says before 政府 (某市人民政府), a short form leaves out
_GOVERNMENT_OFFICES = ("", "办公室", "办公厅")  # a government, and its general office named with it (某市政府办公室)
_LEAGUE = "盟"  # a 盟's government is its 行政公署


def _autonomous_in_full(name: str, region: regions.RegionResult) -> str:
    """A name opening with an autonomous prefecture's, county's or banner's short form (延边州政府, 昌吉州人民政府) with the
    full name of that unit (延边朝鲜族自治州人民政府), as the region gives it: the short form is the unit's everyday name,
    not its official one. Only the unit the region settled on, named by the short form, is spelled out (巴州司法局,
    巴州 being 巴州区's short too, as 巴音郭楞蒙古自治州司法局 where the region is the prefecture); nor one its level's
    直 follows (伊犁州直司法局: _DIRECT). A name whose region holds no autonomous unit it does not spell out is read no
    further."""
    if not any(place and _AUTONOMOUS in place and place not in name for place in (region.city, region.county)):
        return name
    end, out = 0, []
    for start, stop, units in regions.find_named_units(name):
        if start != end:
            break
        written, full = name[start:stop], {unit.name for unit in units} & {region.city, region.county}
        if len(full) == 1 and (whole := full.pop()) != written and whole.endswith(_AUTONOMOUS + written[-1]) \
                and not name.startswith(_DIRECT, stop):
            written = whole
        out.append(written)
        end = stop
    return "".join(out) + name[end:] if end else name


# What a level's word says before a body of the units directly under it (伊犁州直司法局, 州直机关工委, 县直单位): the
# short form with it is that part's name (伊犁州直), kept as written, never spelled out (伊犁哈萨克自治州直…).
_DIRECT = "直"

_BYLINE_REACH = 4  # characters after a dateline a reporter's byline may open in (法治日报讯 记者某某)


def _press_item(lines: list[Line]) -> bool:
    """Whether a news item's lead opens with the press's dateline (本报讯, 某某日报讯 记者…, 新华社…电)."""
    for line in islice((line for line in lines if line.paragraph and not _is_debris(line)), _LEAD_PARAGRAPHS):
        if (lead := _patterns().dateline_lead.match(line.text)) is not None:
            return _cues()["press_dateline"].search(line.text, 0, lead.end() + _BYLINE_REACH) is not None
    return False


def _related(code: str, other: str) -> bool:
    """Whether two divisions are one or one holds the other (320000 holds 320100): their codes agree up to the
    shallower one's zeros."""
    shallow, deep = sorted((code, other), key=lambda c: len(c.rstrip("0")))
    return deep.startswith(shallow.rstrip("0"))


def _reposted(text: str, source: tuple[int, int], lines: list[Line]) -> bool:
    """Whether a news item's 来源 body only carries another place's news (来源:某省司法厅 over an item whose lead tells
    of a second province's bodies, the first never named again): its lead names places, none the source's nor
    within or around it, and the item never speaks as its own (我市, 本县). The text's places are read in one scan,
    the one its region is read from."""
    if search_at_openings(_cues()["own_place"], text):
        return False
    lead = next((line for line in lines if line.paragraph and not _is_debris(line)), None)
    own, told, rest = set(), set(), set()
    for start, end, units in regions.find_named_units(text):
        codes = {unit.code for unit in units}
        if source[0] <= start and end <= source[1]:
            own |= codes
            continue
        rest |= codes
        if lead is not None and lead.start <= start and end <= lead.end:
            told |= codes
    return bool(own) and bool(told) and not any(_related(code, other) for code in own for other in rest)


def _named_issuer(text: str, title: Line | None, lines: list[Line], opening: Line | None, kind: str,
                  dated: DatedLines):
    """(name, span, how) of the body that issues the report, or a bare self-reference.

    A news item is issued by its publisher: only a 来源 (or a portal's dated line, see _dated_publisher) or a closing
    credit ((某县司法局)) naming a body counts, never a body the headline reports on, nor one reposting the press's item
    (本报讯, 某某日报讯 记者…: see _press_item). Otherwise the title names the author, completed by the sign-off when that
    spells the same body out (凉山州司法局 → 凉山彝族自治州司法局); a joint title's government. Then the
    来源 line or a portal's dated line, a header line above the title (a site's letterhead names the site's body) or, untitled, a
    letterhead above the salutation; the sign-off or closing credit among the last lines, a sign-off above
    its date anywhere (a notice's attachment follows it), the body the opening says compiled the report or
    its statement of what it is names (现将庆隆镇2020年度…报告如下), the opening sentence (after any grounds it
    opens with: 根据县委…部署,2023年,石湾镇…; or the one after a saying it opens on: _after_saying); a party
    committee there authors only a yearly report, and the body an account of the years opens with (近年来,某镇司法所
    立足…) is its subject, the author of a yearly report only.
    """
    if kind == "news":
        if _press_item(lines):
            return None, None, None  # a paper's item: the office reposting it under its 来源 did not write it
        source = _source_org(text)
        if source is not None and _reposted(text, source[1], lines):
            return None, None, None  # another place's news a body's site carries: the body did not write it
        return source or _dated_publisher(text, lines) or _signature_org(lines, credit_only=True) \
            or (None, None, None)
    signature = _signature_org(lines)
    if title is not None:
        found = _title_org(text, title)
        if found and _collective_courts(found[0]):
            found = None  # 2022年度威海市法院行政审判白皮书: the city's courts, no one body; a 来源 or a sign-off may name it
        if found and found[2].endswith(_COMPLETED) and (source := _source_org(text)) is not None \
                and not source[2].endswith(_COMPLETED) and _spells_out(source[0], found[0]):
            return source  # the 来源 names the body a title calls by its level alone (区人社局 / 来源:某市某区人力资源和社会保障局)
        if found and found[0].endswith(_COURT_CALLED) and (source := _source_org(text)) is not None \
                and _spells_court_out(source[0], found[0]):
            return source  # …or the court a title calls by a short form (黄岩法院… / 来源:台州市黄岩区人民法院)
        if found:
            name = found[0]
            if signature and signature[0] != name and len(signature[0]) > len(name) \
                    and (signature[0].endswith(name[-3:]) or _spells_out(signature[0], name)
                         or _spells_court_out(signature[0], name)):
                return signature  # the sign-off spells the title's short form out
            for line in lines:  # …or the site's letterhead above the title does (国家市场监督管理总局 / 市场监管总局…)
                if line.start >= title.start:
                    break
                if _spells_out(line.text, name) and _is_org(line.text):
                    return _whole_line(line, "header")
            return found
        if found := _byline_org(text, title, lines):
            return found
        if found := _cover_org(text, title, lines):
            return found
        if found := _title_signed(title, dated):
            return found
        if kind == "annual_report" and (found := _place_signed(text, title, lines) or _level_signed(text, title, lines)
                                        or _signed_under_source(text, title, lines)):
            return _government_of_office(text, found, title, kind)
    found = _source_org(text) or _dated_publisher(text, lines)
    # the body the opening names as its subject (_opening_issuer), read at most once: the government a department
    # posted the yearly report of, or the issuer where nothing else names one
    subject = functools.cache(lambda: _opening_issuer(text, opening, kind) if opening is not None else None)
    if found and kind == "annual_report" and not _is_government(found[0]) and _government_posted(found[0], subject()):
        return subject()
    if found and not (title is not None and kind == "annual_report" and _of_place_above(found[0], title)):
        return _government_of_office(text, found, title, kind)
    if title is not None:
        # A header line naming the body above the title (XX区人民政府 / 关于…的报告), spaced out or not; not a portal's
        # of a place holding the report's (某省人民政府 / 某县2023年…报告).
        for line in lines:
            if line.start >= title.start:
                break
            if _is_org(name := _letters_joined(line.text)[0]) \
                    and not (kind == "annual_report" and _of_place_above(name, title)):
                return name, _whole_line(line, "header")[1], "header"  # read set solid (青 禾 县 司 法 局 → 青禾县司法局)
        if found := _letterhead_of_repeated(text, title, lines):
            return found
    elif found := _letterhead(text, lines):
        return found
    if signature:
        return _government_of_office(text, signature, title, kind)
    if signed := dated.signed_off():
        return _whole_line(signed[0], "signature")
    if compiled := _compiled_by(text, opening):
        return compiled
    if stated := _stated_by(text):
        return stated
    if released := _released_by(text):
        return released
    if found := subject():
        return found
    if (rest := _after_saying(text, opening)) and (found := _opening_issuer(text, rest, kind)):
        return found  # the subject's sentence after a saying (依法行政是政府工作的生命线。2023年,石桥镇坚持…)
    if contact := _contact_org(text, opening):
        return contact
    if title is None and opening is not None and lines and lines[0].end < opening.start and _is_org(lines[0].text) \
            and (_cues()["follows_below"].search(opening.text)
                 and all(not HAN.search(line.text) for line in lines[1:] if line.start < opening.start)
                 or _cover_month(lines, opening)):
        # An untitled report's letterhead right above its opening saying what follows (某县司法局 / 现将…报告如下:), or
        # over the month its cover dates it by (某市人民政府 / 2013年3月); above a plain paragraph, a body's line may be
        # the page's (its site's name).
        return _whole_line(lines[0], "header")
    return None, None, None


def _government_posted(poster: str, own: tuple | None) -> bool:
    """Whether the subject a yearly report's opening names (`own`, _opening_issuer's) is a government in full
    (2023年,青禾县人民政府坚持…) and a 来源 or a portal's dated line names a department of its place or of one holding
    it as the poster (来源:青禾县司法局, 县司法局, 某市司法局): the government's report, which its department posted."""
    if own is None or not _is_government(own[0]):
        return False
    place = own[0].removesuffix(_GOVERNMENT).removesuffix(_PEOPLES)
    if poster.startswith(place) or (level := _level_named(poster)) is not None and place.endswith(level):
        return True
    places, posted = _opening_places(own[0])[0], _opening_places(poster)[0]
    return any(_related(code, other) for code in places for other in posted)


_MONTH_ISO = len("2013-03")  # a month's ISO form, a day's longer


def _cover_month(lines: list[Line], opening: Line) -> bool:
    """Whether the one line between a text's first line and its opening is a month alone (2013年3月), as a cover dates
    its document under its body's name."""
    between = [line for line in lines[1:] if line.start < opening.start]
    return len(between) == 1 and (month := month_at(between[0].text, 0, len(between[0].text))) is not None \
        and len(month[0]) == _MONTH_ISO


def _opening_issuer(text: str, opening: Line, kind: str):
    """(name, span, how) of the body the opening sentence names as its subject (after any grounds it opens with: 根据县委
    …部署,2023年,石湾镇…), or None (see _named_issuer)."""
    if _opens_in_cited_title(text, opening) \
            or kind != "annual_report" and _cues()["years_account_opening"].match(opening.text):
        return None
    addressed = _after_addressee(opening.text)
    grounds = _cues()["opening_grounds"].match(opening.text, addressed)
    if grounds and kind != "annual_report" and not _LEADING_YEAR.match(opening.text, grounds.end()):
        grounds = None  # grounds without a year end before a yearly report's author, a notice's decision (…要求,市政府决定…)
    after_grounds = grounds.end() if grounds else addressed
    lead = _cues()["opening_lead"].match(opening.text, after_grounds)
    pos = opening.start + (lead.end() if lead else after_grounds)
    bare = get_catalog().self_reference.match(text, pos, opening.end)  # first: 地区司法局 is no place 地区
    if bare is None and text.startswith(regions.AUTONOMOUS_REGION, pos):  # …nor 自治区司法厅 one 自治区
        bare = get_catalog().self_reference.match(text, pos + len(_AUTONOMOUS), opening.end)
        bare = bare if bare is not None and _level_named(text[pos:bare.end()]) else None
    # (not the government saying only its level, 区政府坚持…: a text that calls itself 县政府 names no body)
    if bare and not bare.group(0).endswith("政府"):
        end = _branch_end(text, bare.end(), opening.end)
        return text[pos:end], (pos, end), "opening" + _COMPLETED
    if kind == "annual_report" and (town := _cues()["township"].match(text, pos, opening.end)) \
            and _town_joined(text, town.end()):
        return town.group(0), town.span(), "opening"  # a town's committee and government, its joint authors
    if kind == "annual_report" and (zone := _cues()["zone"].match(text, pos, opening.end)) \
            and (office := _cues()["zone_office"].match(text, zone.end())) and office.start("office") > zone.end():
        return zone.group(0), zone.span(), "opening"  # a zone's party committee and its committee (某某新区党工委、管委会)
    org = get_catalog().org.match(text, pos, opening.end)
    if org is None and _JOINT_WORD in text[pos:pos + _OPENING_NAME_MAX]:
        org = _org_with_places(text, pos, opening.end)  # 和 inside a place's name (呼和浩特市, 和田地区), no joint
    if org is not None and _cues()["opening_predicate"].search(org.group(0)):
        org = None  # read across the sentence's verb (青禾县认真落实市委): no body's name
    if org is not None and _level_named(org.group(0)) is not None:
        org = None  # 自治区人民政府坚持…, 林区人民政府…: the government by its level alone, as 区政府 above, names no body
    if org is not None and org.group(0).endswith(regions.CITY_END):
        org = None  # a corps division run as one with its city (第十四师昆玉市坚持…): the place it tells of, no body
    if org is not None and _cues()["body_of_document"].match(text, org.end()):
        org = None  # the author of a document the opening cites (2004年国务院《…纲要》颁布实施以来), not of the report
    if org is not None and kind == "annual_report" and (joint := _joint_government(text, text, org, opening.end)):
        return joint[0], joint[1], "opening" + joint[2]  # a yearly report's joint authors (某省委、省政府坚持…)
    if org is not None and _is_party_committee(org.group(0)) and text.startswith(COMMITTEE_JOINERS, org.end()):
        org = None  # a committee one of a pair whose other is no government read (兵团党委、兵团坚持…): not its author
    if org is None and kind == "annual_report" and (committee := _zone_committee(text, pos)) is not None \
            and committee[1] <= opening.end:
        return text[committee[0]:committee[1]], committee, "opening"  # 2022年,宁东基地管委会坚持…: a zone no level ends
    if org is None and kind == "annual_report":  # a yearly report's author names itself first (2022年,三张镇坚持…)
        org = _cues()["township"].match(text, pos, opening.end) or _street_office(text, pos, opening.end) \
            or _zone_subject(text, pos, opening.end) or _corps_unit_subject(text, pos, opening.end)
    if org is None and kind == "annual_report" and (body := _city_body(text, pos, opening.end, _cues()["opening_predicate"])):
        return body[0], body[1], "opening"  # 2022年以来,烟台人力资源和社会保障局坚持…: the city's bureau
    if org and (kind == "annual_report" or not _is_party_committee(org.group(0))):
        # (the name as written: it may have been read masked) an article's committee (近年来,某省委省政府…) is its subject
        return text[org.start():org.end()], org.span(), "opening"
    return None


_BRANCH_MAX = 12  # characters of a branch office's name after its bureau's (龙岗管理局, 秀山土家族苗族自治县分局)


def _branch_end(text: str, end: int, stop: int) -> int:
    """Where the office in a district named right after a bureau by its level ends (市交通运输局龙岗管理局, 市公安局福田
    分局: the place's short or full name, then a bureau's office's word, the lexicon's bureau_offices), the office being
    the body the opening speaks of, not its city's bureau; `end` where none follows nor another body does (市司法局福田区
    司法局联合开展…: two bureaus)."""
    window = text[end:min(stop, end + _BRANCH_MAX)]
    units = regions.find_named_units(window)
    if not units or units[0][0] != 0:
        return end
    after = units[0][1]
    word = next((word for word in get_catalog().lexicon.bureau_offices if window.startswith(word, after)), None)
    return end + after + len(word) if word is not None else end


_JOINT_WORD = "和"  # a word the body pattern stops at as a joint, which a place's name may hold (呼和浩特市, 和静县)
_OPENING_NAME_MAX = 40  # characters of a body's name opening a paragraph, its places with it


def _org_with_places(text: str, pos: int, end: int) -> regex.Match | None:
    """The body named at `pos`, read with the places' names in it masked (_places_masked): a place holding a word the
    body pattern stops at (呼和浩特市人民政府, 和田地区司法局, 民和回族土族自治县司法局) opens a body's name as any other
    does, where a joint 和 between two bodies (某市司法局和市人民法院) still ends the first. The match is of the masked
    text, its offsets the text's."""
    stop = min(end, pos + _OPENING_NAME_MAX)
    masked = text[:pos] + _places_masked(text[pos:stop])
    return get_catalog().org.match(masked, pos, stop)


def _opens_in_cited_title(text: str, opening: Line) -> bool:
    """Whether the opening paragraph's line goes on with a title cited on the line above, its 《 left open there (…条例》
    和《 / 某市政府信息公开规定》的要求,…: a copy breaking its lines mid-sentence): the body and the place it opens with
    are that title's, not the report's."""
    above = text.rfind("\n", 0, opening.start)
    before = text.rfind("\n", 0, above) + 1 if above > 0 else 0
    line_above = text[before:max(above, 0)]
    return line_above.rfind("《") > line_above.rfind("》")


_DIVISION_MAX = 12  # characters of a division's full name (内蒙古自治区, 秀山土家族苗族自治县)
def _city_body(text: str, pos: int, end: int, follow: regex.Pattern) -> tuple[str, tuple[int, int]] | None:
    """(name, span) of a body named after its city's short name without 市 at pos (烟台人力资源和社会保障局坚持…,
    烟台司法局2023年…报告): the org pattern read with the 市 its name leaves out, up to what must follow it (the opening's
    predicate, a title's year). A county's short name (岳池司法局) or the city alone (烟台坚持…) names none."""
    city = regions.city_short_at(text, pos, end)
    if city is None:
        return None
    spelled = city.short + regions.CITY_END + text[pos + len(city.short):end]
    org = get_catalog().org.match(spelled)
    if org is None or org.end() <= len(city.short) + len(regions.CITY_END) \
            or not follow.match(spelled, org.end()):
        return None
    stop = pos + org.end() - len(regions.CITY_END)
    return text[pos:stop], (pos, stop)


def _street_office(text: str, pos: int, end: int) -> regex.Match | None:
    """A street office named with 街 alone opening a yearly report (2024年,鹤龙街坚持…), where the text names the office in
    full (鹤龙街道办事处), speaks as it (我街, 街党工委: own_street) or the opening says what the text is (…现将2024年…报告
    如下): elsewhere such a name is a street's (a shopping street's, a road's)."""
    street = _cues()["street_short"].match(text, pos, end)
    if street is None:
        return None
    own = street.group(0) + "道办事处" in text or _cues()["own_street"].search(text) \
        or get_catalog().report_statement.search(text, street.end(), end)
    return street if own else None


def _zone_subject(text: str, pos: int, end: int) -> regex.Match | None:
    """A zone by its own name opening a yearly report as the subject of its predicate (2024年,宁波前湾新区坚持…): the zone
    reports on itself through its committee, which the text need not name; the short name it gives itself in brackets
    may stand between (某某新区(以下简称“新区”)坚持…: the zone_alias cue)."""
    zone = _cues()["zone"].match(text, pos, end)
    if zone is None:
        return None
    alias = _cues()["zone_alias"].match(text, zone.end(), end)
    return zone if _cues()["opening_predicate"].match(text, alias.end() if alias else zone.end(), end) else None


def _corps_unit_subject(text: str, pos: int, end: int) -> regex.Match | None:
    """A unit of the production corps or a farm opening a yearly report as the subject of its predicate (2023年,一五二团
    坚持…, 五一农场认真落实…): the unit reports on itself."""
    unit = _cues()["corps_unit"].match(text, pos, end)
    return unit if unit is not None and _cues()["opening_predicate"].match(text, unit.end(), end) else None


def _after_addressee(opening: str) -> int:
    """Where an opening starts after the body it is addressed to, when a report sent up runs its salutation into its
    first paragraph (区政府:根据…, 市委、市政府:现将…): that body receives the report; 0 when there is none."""
    m = _ADDRESSEE.match(opening)
    if m is None or not (_is_org(m.group(1)) or get_catalog().self_reference.fullmatch(m.group(1))):
        return 0
    return m.end()


def _compiled_by(text: str, opening: Line | None):
    """The body the opening says compiled the report (本报告…由天津市司法局编制)."""
    if opening is None:
        return None
    if not may_hold_words(_patterns().compiled_by_words, text, opening.start, opening.end):
        return None
    m = _cues()["compiled_by"].search(text, opening.start, opening.end)
    if m is None or not _is_org(m.group(1)):
        return None
    return m.group(1), m.span(1), "opening"


def _contact_org(text: str, opening: Line | None):
    """The body a disclosure report's opening tells readers to ask about it (如对本报告有任何疑问,请与青禾县市场监管局办公室
    联系): the report's author, its desk (办公室, 党政办: the contact_desk cue) dropped; None when the contact names no body
    (请与我局办公室联系)."""
    if opening is None or "请与" not in opening.text and "直接与" not in opening.text:
        return None
    m = _cues()["report_contact"].search(text, opening.start, opening.end)
    if m is None:
        return None
    name = m.group(1)
    desk = next((d for d in _cues()["contact_desk"].finditer(name) if d.end() == len(name)), None)
    for body in ((name[:desk.start()], name) if desk else (name,)):
        if body and _is_org(body):
            return body, (m.start(1), m.start(1) + len(body)), "opening"
    return None


def _stated_by(text: str):
    """The body a report's statement of what it is names before the year (现将庆隆镇2020年度法治政府建设情况报告如下),
    or names by its level alone (现将县人民政府2022年…报告如下), which the region completes."""
    m = search_at_openings(get_catalog().report_statement, text)
    if m is None:
        return None
    start = m.start() + _STATEMENT_OPENING
    name = text[start:m.start(1)]
    if not name:
        return None
    if _is_org(name):
        return name, (start, m.start(1)), "opening"
    if get_catalog().self_reference.fullmatch(name):
        return name, (start, m.start(1)), "opening" + _COMPLETED
    return None


def _released_by(text: str):
    """The body a release's head says selected what it puts out (为…,司法部聚焦…,遴选了第四批…典型案例,现予以发布。): the
    first clause of that sentence before the verb opening with a body's name; None when none does."""
    m = _cues()["release_statement"].search(text, 0, _SOURCE_HEAD)
    if m is None:
        return None
    start = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    clause_starts = [start] + [at + 1 for at in range(start, m.start()) if text[at] in _CLAUSE_BREAKS]
    for at in clause_starts:
        org = get_catalog().org.match(text, at, m.start())
        if org is not None:
            return org.group(0), org.span(), "opening"
    return None


def _self_named(text: str) -> Line | None:
    """The name an untitled report's head publishes it under (现发布《…2024年政府信息公开工作年度报告》, in its
    first paragraph or a line of its own): it says the report's kind, year and author as the lost title line
    would; the record's title stays null."""
    m = _cues()["self_named_report"].search(text, 0, _HEAD_CHARS)
    return Line(m.group(1), m.start(1), m.end(1)) if m else None


_GOVERNMENT = "政府"  # what a government's name ends in (省政府, 县人民政府)


def _named_somewhere(text: str, government: str, said: tuple[int, int] | None,
                     placed_at: tuple[tuple[int, int], ...] = ()) -> bool:
    """Whether the text writes the government's name in full, short or long (某县政府, 某县人民政府), or its place on
    the line it is said bare in (2024年,云南省委、省政府坚持…: 云南省政府), or by any name the region was read from
    (`placed_at`, the region's mentions) opening the committee joined to it (the committee_joined cue: 恩施州委、州政府…,
    博州党委、政府…: the prefecture's), not a campaign's (法治湖南) elsewhere on the line."""
    place = government[:-len(_GOVERNMENT)].removesuffix("人民")
    if text.find(place + _GOVERNMENT) >= 0 or text.find(place + "人民" + _GOVERNMENT) >= 0:
        return True
    if said is None:
        return False
    line_start, line_end = text.rfind("\n", 0, said[0]) + 1, text.find("\n", said[1])
    return text.find(place, line_start, len(text) if line_end < 0 else line_end) >= 0 \
        or any(end < said[0] and _cues()["committee_joined"].match(text, end, said[1]) for _, end in placed_at)


def _complete_issuer(bare: str, region: regions.RegionResult) -> str | None:
    """区司法局 in a report about 坪山区 is 坪山区司法局 (地区司法局 about 阿克苏地区, 阿克苏地区司法局);
    None when the region does not fit."""
    level = _level_named(bare)
    if level is None:  # a department alone (来源: 司法局): the body of the region's deepest place
        deepest = region.county or region.city or region.province
        return deepest + bare if deepest and _is_department(bare) else None
    for place in (region.county, region.city, region.province):
        if place and place.endswith(level):
            return place + bare[len(level):]
    return None


_DISTRICT_LEVEL = "区"  # a district's level, which closes a 地区's and an autonomous region's names too


def _completed_by_title(bare: str, title: Line) -> str | None:
    """区司法局 over a title naming 通州区 (2019年度通州区…报告) is 通州区司法局, where the region is left unsaid, the name
    being one of several places' (北京 and 南通 have a 通州区): the one place of the body's level the title names, as
    written; None where it names none or two."""
    level = _level_named(bare)
    if level is None:
        return None
    longer = (regions.PREFECTURE, regions.AUTONOMOUS_REGION) if level == _DISTRICT_LEVEL else ()  # no 地区, 自治区 for 区
    places = {written for start, end, _ in regions.find_named_units(title.text)
              if (written := title.text[start:end]).endswith(level) and not written.endswith(longer)}
    return places.pop() + bare[len(level):] if len(places) == 1 else None


def _region_hints(title: Line | None, issuer: str | None) -> list[str]:
    """What names the report itself, its title and its issuer: the places they name are the report's level."""
    hints = [title.text] if title is not None else []
    if issuer:
        hints.append(issuer)
    return hints


_FULL_NAMES_READ = 3  # a report that names itself in full does so early; more add nothing
_MAX_PLACES_BEFORE = 24  # characters before a body that the places of its full name may take (省 市 县 街道)


# A count read as a place's name before a level's body (召开4次州政府常务会议, 全年召开两次县政府…: no place 次州, 两次县): a
# number and the measure word of meetings, bodies or batches.
_COUNT_READ = compile_cached(rf"(?:\d|[{''.join(CN_DIGITS)}{''.join(CN_SMALL_UNITS)}])(?:次|个|批|届)")


def _written_in_full(text: str, bare: str, after: int) -> list[str]:
    """The full names the text gives the body its opening calls by a bare name (县司法局 … 阳山县司法局), after
    the opening: the places they name place the report. A verb putting out the body's document read as a place's
    name, where no division's name opens the name, is no part of it (公布坪山区人社局《…》: 坪山区人社局; 公布区人社局《…》:
    the bare name again, no full one)."""
    found: list[str] = []
    at_end = _patterns().org_at_end
    start = text.find(bare, after)
    while start > 0 and len(found) < _FULL_NAMES_READ:
        end = start + len(bare)
        m = at_end.search(text, regions.name_run_start(at_end, text, max(0, start - _MAX_PLACES_BEFORE), end), end)
        if m is not None and m.start() < start and not _COUNT_READ.search(text, max(0, m.start() - 1), start):
            name = m.group(0)
            if (verb := get_catalog().document_verbs.match(name)) is not None \
                    and next(iter(regions.find_named_units(name)), (None,))[0] != 0:
                name = name[verb.end():]
            if len(name) > len(bare):
                found.append(name)
        start = text.find(bare, end)
    return found


def _one_written_in_full(text: str, bare: str, after: int) -> str | None:
    """The one body the text names in full after calling it by its level alone (市中级人民法院关于… / 青禾市中级人民法院院长 /
    我代表青禾市中级人民法院…), where the region does not complete the bare name: the shortest of the full names read, when
    every other ends with it (a word before a name, 代表, read as part of it); None where none is read or two bodies are."""
    names = set(_written_in_full(text, bare, after))
    if not names:
        return None
    shortest = min(names, key=len)
    return shortest if all(name.endswith(shortest) for name in names) else None


def _familiar_places(text: str) -> list[str]:
    """The place of each familiar phrase, as finditer of the prefix's alternation would find them.

    At a start the alternation takes the first word whose pattern matches there, and matches as that
    pattern does: each word's matches are found where its word is, none matched a second time. One inside a
    cited title (围绕《2023年法治某市建设工作要点》) names that document's place, not the report's.
    """
    first_at: dict[int, regex.Match] = {}
    for part in _patterns().familiar_by_prefix:  # in the prefix's order
        for m in part.finditer(text, overlapped=True):
            first_at.setdefault(m.start(), m)
    places, pos = [], 0
    for start in sorted(first_at):
        if start >= pos:  # past the last match taken, as finditer goes on
            m = first_at[start]
            if text.rfind("《", 0, start) <= text.rfind("》", 0, start):
                places.append(m.group(1))
            pos = m.end() if m.end() > start else start + 1
    return places


_TAG = compile_cached(r"\s*【(\p{Han}{2,16})】\s*")  # a tag opening a headline's line, which title_furniture trims


def _subject_tag(text: str, title: Line) -> str | None:
    """What the tag title_furniture trims from the headline's line names, where it is a place's full name or a body's
    (【镇坪县】开展…督察, 【镇坪县司法局】开展…): the headline's subject, whose place is the item's, as a place opening the
    headline is; a category's tag (【图文】, 【县区动态】) names none."""
    start = text.rfind("\n", 0, title.start) + 1
    tag = _TAG.fullmatch(text, start, title.start) if start < title.start else None
    if tag is None:
        return None
    name = tag.group(1)
    named = [hit[:2] for hit in regions.find_named_units(name)] == [(0, len(name))]
    return name if named or _is_org(name) else None


_SITE_MARKS = ("_", "-", "–", "|", "｜")  # what parts a browser title's site and columns from the title (see title_furniture)


def _browser_title_site(text: str, title: Line) -> str | None:
    """The column and site a page's browser title runs after the title on its line (…情况报告_街镇园区文件_某区人民政府
    门户网站, …情况报告 -某县司法局网站, …报告 | 政务公开 | 某县人民政府), which title_furniture trims: the portal's place
    is the page's."""
    end = text.find("\n", title.end)
    tail = text[title.end:end if end >= 0 else len(text)]
    return tail if tail.lstrip(LINE_BLANKS).startswith(_SITE_MARKS) else None


def _own_paper_places(text: str, title: Line | None, lines: list[Line]) -> list[str]:
    """A local paper's name (东湖日报) when its headline or lead says 我市/我省: the paper's place is the
    item's, at the level it speaks of (a city's paper saying only 我省 places the item in its province); and a county
    the headline or lead introduces as the city's own (我市石门县…, own_county), or a county of the paper's city whose
    body the lead opens with, its actor (社旗县人民法院发布…。据悉,这是我市首家…: regions.lead_county), which the item
    is about. A dateline's city (本报南昌3月5日电) or a national paper says nothing of the subject. The lead may
    leave 我省 to the paragraphs after it."""
    leads = [line for line in lines if line.paragraph][:_LEAD_PARAGRAPHS]
    spoken = [line for line in (title, *leads) if line is not None]
    levels = {m.group()[-1] for line in spoken for m in _cues()["own_place"].finditer(text, line.start, line.end)}
    if not levels:
        return []
    papers = [m.group(0) for line in lines[:_TITLE_SCAN] if not line.paragraph
              for m in _cues()["local_paper"].finditer(line.text)]
    if levels == {"省"}:  # a city's paper speaking only of 我省 (福州日报: 我省打造…) places the item in its province alone
        papers = [province for paper in papers if (province := regions.resolve("", [paper]).province)]
    counties = [m.group(1) for line in spoken for m in _cues()["own_county"].finditer(text, line.start, line.end)]
    if papers and leads and (actor := regions.lead_county(leads[0].text)) is not None \
            and any(regions.resolve("", [paper]).code == actor.parent for paper in papers):
        counties.append(actor.name)
    return papers + counties


_PROVINCE_LEVEL = "省"  # the level a province's department calls itself by (省司法厅, 省公安厅)
_CITY_LEVEL = "市"  # …and a city's (市司法局)


def _places_of_level_body(text: str, bare: str) -> list[str]:
    """What names the place of a body calling itself by its level alone (省司法厅, 市司法局) where nothing else in the
    text does: a province's department cites its province's documents (按照《某省2018年度法治政府建设工作安排》…), which
    name no county's or city's place the text is about, being its own level's; and a province's or a city's body names
    the paper it reports in (在某某日报开设法治专栏): the paper's province, or its place, is the body's. A county's or a
    district's body (县司法局) citing its province's rules or writing in its city's paper says nothing so of its own place."""
    level = _level_named(bare)
    if level == regions.AUTONOMOUS_REGION:
        level = _PROVINCE_LEVEL  # 自治区司法厅: a province's department
    if level not in (_PROVINCE_LEVEL, _CITY_LEVEL):
        return []
    papers = [place for m in _cues()["local_paper"].finditer(text) if (place := _paper_place(m.group(0)))]
    if level == _CITY_LEVEL:
        return [name for place in papers if (name := place.county or place.city)]
    return [*regions.provincial_citations(text), *(place.province for place in papers if place.province)]


_PAPER_NAME_MIN = 4  # characters of a paper's name: a place's short name of two and 日报


def _paper_place(run: str) -> regions.RegionResult | None:
    """The place of the paper a run of characters ends with (在鄂尔多斯日报: 鄂尔多斯日报), the paper's name being the
    longest end of the run that names one; None when none does (人民日报, 法治日报)."""
    return next((place for start in range(len(run) - _PAPER_NAME_MIN + 1)
                 if (place := regions.resolve("", [run[start:]])).code), None)


def _lead_subject(opening: Line) -> tuple[int, int] | None:
    """The span of the place a news item's lead opens a clause with past its dateline (本报乌鲁木齐3月31日电 新疆近3年
    共办理…: regions.lead_subject), the item's subject though named once; the dateline's city says nothing of it."""
    lead = _patterns().dateline_lead.match(opening.text)
    past = lead.end() if lead is not None else 0
    found = regions.lead_subject(opening.text[past:])
    return None if found is None else (opening.start + past + found[0], opening.start + past + found[1])


def _own_places_of(opening: Line) -> str:
    """The opening without the clauses that name other places (赴宁波市学习, 借鉴杭州市经验) and the provinces' titles
    it cites (贯彻《某省…条例》: the document's place): what is left names the report's own place, if any
    (我局…为沅陵县经济社会高质量发展…)."""
    return regions.without_others_places(
        regions.without_provincial_citations(_patterns().elsewhere_clause.sub("", opening.text)))


def _without_post_locations(text: str, lines: list[Line]) -> str:
    """`text` with the places a post says it was posted from blanked out (post_location: IP属地:浙江, 发表于广东, an
    account's 所在地; a WeChat header's stamp closing with one): where the poster was, not the report's place; and so
    the photo captions among its first lines ((资料图片)某市新任公证员…。摄影 | 某某: the photo_caption cue), where the
    picture was taken, and the blocks of links to other items under the article (_link_blocks). The offsets stand."""
    spans = [m.span() for m in _cues()["post_location"].finditer(text)] \
        if holds_any_word(_patterns().post_location_words, text) else []
    spans += _link_blocks(text, lines)
    for at, line in enumerate(lines[:_CAPTION_SCAN]):
        if at < _TITLE_SCAN and not line.paragraph and (header := _post_header(line.text)) is not None \
                and header.group("posted"):
            spans.append((line.start + header.start("posted"), line.start + header.end("posted")))
        if _is_photo_caption(line) or _is_bar_caption(lines, at):  # and its credit
            spans.append((line.start, line.end))
    return blanked(text, spans) if spans else text


_BYLINE_PART = "/"  # what parts a writer's part from the name in a paper's byline (文/图 甲 乙, 文/甲 图/乙)
_BAR = ("|", "｜")  # what closes an e-paper's photo caption (the bar_caption cue)


def _is_bar_caption(lines: list[Line], at: int) -> bool:
    """Whether the line at `at` is an e-paper's photo caption closed by a bar (某县司法所工作人员入户调解 |: the bar_caption
    cue) right over its byline by part (文/图 甲 乙: the reporter_line cue), more such captions between or none. Without
    the byline below, such a line may be a table's cell set one a line (已完成 |), and is none."""
    if not lines[at].text.endswith(_BAR):
        return False
    bar = _cues()["bar_caption"]
    for line in lines[at:at + _CAPTION_SCAN]:
        if not bar.match(line.text):
            return line is not lines[at] and _BYLINE_PART in line.text \
                and _cues()["reporter_line"].match(line.text) is not None
    return False


def _is_photo_caption(line: Line) -> bool:
    """Whether a line is a photo's caption (the photo_caption cue: (资料图片)某市新任公证员…。, …参加宣誓。某某摄), a short one."""
    return len(line.text) <= 2 * _CAPTION_MAX and any(search.search(line.text) for search in _patterns().photo_caption)


def _link_blocks(text: str, lines: list[Line]) -> list[tuple[int, int]]:
    """The spans of the blocks of links to other items under the article: a related_links heading past the first
    paragraph (【相关链接】, 推荐阅读), with the headlines after it up to a line holding a sentence's end (。); a news site's
    column of recommended items (新闻推荐), whose teasers hold sentences, with the rest of the page."""
    heading = _cues()["related_links"]
    words = _patterns().related_links_words
    if words is not None:  # only the lines holding a heading's word are tried (相关 stands in most texts, in few lines)
        heading_ends: dict[int, bool] = {}  # a heading's line end → whether it heads the page's closing column
        for word in words:
            for start in literal_starts(text, word):
                end = text.find("\n", start + len(word))
                end = len(text) if end < 0 else end
                if end not in heading_ends and (found := heading.match(text[text.rfind("\n", 0, start) + 1:end])):
                    heading_ends[end] = found.group("column") is not None
        if not heading_ends:
            return []
        headings = [(at, heading_ends[line.end]) for at, line in enumerate(lines) if line.end in heading_ends]
    else:
        headings = [(at, found.group("column") is not None) for at, line in enumerate(lines)
                    if (found := heading.match(line.text))]
    first = next((at for at, line in enumerate(lines) if line.paragraph), len(lines))
    spans: list[tuple[int, int]] = []
    covered = first  # the last line a block took (or the first paragraph): a heading past it opens one
    for at, column in headings:
        if at <= covered:
            continue
        if column:  # the page's column of recommended items: the rest of the page is theirs
            spans.append((lines[at].start, len(text)))
            break
        start, end = lines[at].start, lines[at].end
        covered = at
        while covered + 1 < len(lines) and "。" not in lines[covered + 1].text:
            covered += 1
            end = lines[covered].end
        spans.append((start, end))
    return spans


def _province_only(region: regions.RegionResult) -> bool:
    """A place settled at a province alone (the province named, or its cities named alike), not a municipality."""
    return region.province is not None and region.city is None and region.county is None


def _speaks_as_province(opening: Line) -> bool:
    """An opening calling its place by the province's level (全省, 我省): a province's text, whatever county
    it names."""
    return any(prefix + "省" in opening.text for prefix in get_catalog().lexicon.own_place_prefixes)


def _within_named_level(region: regions.RegionResult, hints: list[str]) -> regions.RegionResult:
    """A report its title or issuer places at a province (city) is about that province (city), however
    often its body names the places below; not one whose title names its province and speaks as a county or a
    city of it (某省我县开展…): the body's places below stand."""
    if not region.province or not (region.city or region.county):
        return region  # nothing below a province to drop: the places the hints name alone need not be known
    named = regions.resolve("", hints)
    if named.code is None or named.ambiguous or not named.province or named.province != region.province:
        return region
    if named.county is None and named.city is None and (region.city or region.county):
        own = get_catalog().lexicon.own_place_prefixes
        if any(prefix + level in hint for hint in hints for prefix in own for level in "县市"):
            return region
        return dataclasses.replace(region, city=None, county=None, code=named.code)
    if named.county is None and named.city == region.city and region.county:
        return dataclasses.replace(region, county=None, code=named.code)
    return region


def plan_first_year(text: str, meta: Metadata) -> int | None:
    """The first year of the period a plan's title names and its report year does not (…实施方案(2021—2025年), 关于印发
    《…规划(2021-2025年)》的通知, “十四五”…规划: 2021), else None. Its figures of a year before are the review's (2020年,
    全市…), and a target that names no year is the period's, of no one year (每年办理…600件以上)."""
    if meta.kind != "plan" or meta.title is None or meta.report_year is not None:
        return None
    mentions = find_years(text[meta.title[0]:meta.title[1]])
    return next((int(m.value[:4]) for m in mentions if m.kind in _PLAN_PERIODS), None)


_PLAN_PERIODS = ("period", "five_year_plan")  # the kinds of a year mention naming a plan's span (dates.YearMention)


def _affiliated_byline(lines: list[Line], opening: Line | None) -> tuple[int, int] | None:
    """The span of a writer's byline with their affiliation on its line (李 敏(某市司法局): the affiliated_byline cue) in
    a text's head, above its opening: the text is the writer's article, whatever body it tells of."""
    for line in lines[:_TITLE_SCAN]:
        if opening is not None and line.start >= opening.start:
            break
        if _cues()["affiliated_byline"].match(line.text):
            return line.start, line.end
    return None


def read_metadata(text: str, outline: Outline, annotated: Annotated = lambda start, end: False) -> Metadata:
    """Every metadata field of one normalized text (the record reads names as the original writes them).

    `annotated(start, end)` says whether the original carried annotations the copy dropped there.
    """
    meta = Metadata()
    lines = _lines(text)
    title = (find_title(text, lines) or _title_below_cover(text, lines) or _breadcrumb_title(lines)
             or _title_above_path(lines) or _shared_file_title(lines))
    named = title if title is not None else _self_named(text)  # what names the report: kind, year, author
    captions = _caption_run(lines)  # read by the opening and the kind alike
    opening = _opening(lines, captions)
    summary = _summary_parts(outline)  # read by the kind and the opening past a day's doings alike
    meta.kind, meta.kind_span = _kind(text, named, lines, opening, outline, captions, summary)
    if meta.kind == "annual_report":
        opening = _past_day(text, lines, opening, summary)  # 3月5日,区委书记到某镇调研…。 / 2024年,某镇人民政府…
    if meta.kind == "annual_report" and not (named and _names_yearly_report(named.text)) \
            and (byline := _affiliated_byline(lines, opening)) is not None:
        meta.kind, meta.kind_span = "other", byline  # a writer's article on the work, no body's report of its year
    if meta.kind == "yearbook":
        title = named = _yearbook_title(text, lines)
    if title is not None:
        meta.title = (title.start, title.end)
    # The dated lines are read once, as far as the date or the issuer first asks: both may (a scan of every line).
    dated = DatedLines(text, lines)
    meta.published, meta.published_span = _published(text, lines, annotated, dated, title)
    # (a sign-off or a cover dated by its month alone, 某县司法局 / 2023年12月, dates no publication but its 今年 and 一年来
    # all the same)
    dating, dating_span = (meta.published, meta.published_span) if meta.published else _month_signed(text, lines, title)
    meta.dated = meta.published
    if meta.kind == "news" and dating is None:
        dating = meta.dated = _lead_date(text, lines)
    meta.report_year, meta.report_year_span = _report_year(text, named, lines, opening, outline, meta.kind,
                                                           dating, dating_span)
    if meta.report_year is None and named is None and (body := _body_year(text, dating)):
        meta.report_year, meta.report_year_span = body
    if meta.kind == "yearbook":
        issuer, issuer_span, how = None, None, None  # an entry is the yearbook's, whoever wrote it
    else:
        issuer, issuer_span, how = _issuer(text, named, lines, opening, meta.kind, dated)
        if how == "title" and named is not title:
            how = "opening"  # the name the report's opening gives it, not a title line
    bare = how is not None and how.endswith(_COMPLETED)  # a self-reference the region completes (区司法局)
    full_issuer = issuer if issuer and not bare else None
    hints = _region_hints(named, full_issuer)
    if full_issuer and issuer_span is not None and how == "title" and (source := _source_org(text)) \
            and len(source[0]) > issuer_span[1] - issuer_span[0] and source[0].endswith(text[slice(*issuer_span)]):
        hints.append(source[0])  # the 来源 spells the title's body out with its places (来源:青禾县白沙镇 for 白沙镇)
    if issuer and bare:
        hints += _written_in_full(text, issuer, opening.end if opening is not None else 0)
    if _stretch_may_hold(_patterns().yearbook_book, text, head := lines[:_TITLE_SCAN]):
        hints += [line.text for line in head if _is_yearbook_book(line.text)]
    if title is not None and (site := _browser_title_site(text, title)):
        hints.append(site)
    if title is not None and (tag := _subject_tag(text, title)):
        hints.append(tag)
    if meta.kind == "news":
        hints += _own_paper_places(text, title, lines)
    placed = _without_post_locations(text, lines)  # what the text says of its place
    # A familiar phrase (法治坪山) weighs as a hint, but says nothing of the report's level: a district's report names its
    # city's campaign (天河区在法治广州建设考评中获优秀), a city's its province's (在法治广东建设考评中排名第二).
    familiar = _familiar_places(text)
    region = regions.resolve(placed, [*hints, *familiar])
    own_places = subject = None
    if opening is not None and (region.code is None or _province_only(region)):
        # Nothing named the report's place often enough: a place its opening names (我局…为沅陵县经济社会
        # 高质量发展…) is the report's own, the opening being where a report says whose it is. A news lead's
        # places are its outlet's and its venue's (新疆平安网讯 …在北京人民大会堂召开全国…会议), not the subject's, but
        # the one its lead opens a clause with (本报讯 2023年,某省各级…; 新疆近3年共办理…): _lead_subject; a yearbook
        # entry's, those of its year's doings (在真如、甘泉、真光3个派出所建立…), the yearbook's own place aside.
        if meta.kind == "news":
            subject = _lead_subject(opening)
            own_places = None if subject is None else text[slice(*subject)]
        elif meta.kind != "yearbook" and not _opens_in_cited_title(text, opening):
            own_places = _own_places_of(opening)
        if own_places is not None:
            own = regions.resolve(placed, [*hints, *familiar, own_places])
            # A province's campaign (法治广东建设考评, 平安辽宁) at most confirms the province: a city the opening names
            # inside it (广州在…法治广东建设考评中排名第一) is the report's own, as a county is.
            campaigns = [place for place in familiar if _province_only(regions.resolve("", [place]))]
            if campaigns and _province_only(own):
                below = regions.resolve(placed, [*hints, *(place for place in familiar if place not in campaigns),
                                                 own_places])
                if below.city and below.province == own.province:
                    own = below
            if region.code is None or (own.county or campaigns and own.city) and own.code \
                    and own.province == region.province \
                    and not _speaks_as_province(opening) and not regions.speaks_as_province(placed, own.code):
                region = own  # …or only its province: a county the opening names inside it is the report's own, unless
                # the text speaks as the province (我区法院…全区法院 after one county's case)
                if subject is not None and region.code and not region.mentions:
                    region = dataclasses.replace(region, mentions=(subject,))  # the lead's subject is its evidence
    if (region.code is None or _province_only(region)) and meta.kind != "yearbook":
        # The congress the report was delivered to (——2024年1月8日在某县第十八届人民代表大会第二次会议上): its place is the
        # report's, a government's or a court's reporting to its own congress; and the one town the text is about, written
        # once under its county (这是笔者近日在某县甲街道看到的一幕。…甲街道司法所共化解…): the county is the report's.
        # Either within the province named besides.
        for named_by in (lambda: next((line.text for line in _congress_occasions(lines)), None),
                         lambda: regions.town_under_county(placed),  # the town only where no congress placed it
                         lambda: regions.town_superior(placed)):  # its superior's honour or plan, only where neither did
            if (named_own := named_by()) is not None:
                own = regions.resolve(placed, [*hints, *familiar, named_own])
                if own.code and (own.city or own.county) and (region.code is None or own.province == region.province):
                    region = own
                    break
    if meta.kind != "news" and (region.code is None or region.county is None and _is_town(issuer)) \
            and (publishers := _publisher_places(text, lines)):
        # A news item's publisher is its outlet. A town's report its body places at its city or province alone
        # (获评苏州市…示范镇) is its county's, whose portal publishes it (来源:某区司法局, 某区欢迎您): the publisher's
        # county inside that place, not one of another city.
        published_at = regions.resolve(placed, [*hints, *familiar, *publishers])
        if region.code is None or published_at.county and published_at.province == region.province \
                and region.city in (None, published_at.city):
            if published_at.code and not published_at.mentions:  # the 来源 line naming the place (来源:上海普陀)
                published_at = dataclasses.replace(published_at, mentions=tuple(
                    span for value, span in _source_values(text) if value in publishers))
            if published_at.code and (welcomed := [span for _, span in _welcomed_places(_page_head(lines))]):
                published_at = dataclasses.replace(  # …or the greeting naming it by short names is its evidence
                    published_at, mentions=tuple(sorted({*published_at.mentions, *welcomed})))
            region = published_at
    if region.code is None and issuer and bare and (own_level := _places_of_level_body(text, issuer)):
        region = regions.resolve(placed, [*hints, *familiar, *own_level])
    meta.region = _within_named_level(region, hints)
    if meta.region.note:
        meta.problems.append(FoundFinding(kind="region_ambiguous", message=meta.region.note))
    if issuer and (in_full := _court_in_full(issuer, meta.region)) is not None:
        issuer = in_full  # a court as it is called (榆林中院, 区法院), named in full as the region places it
    elif issuer and bare:
        completed = _complete_issuer(issuer, meta.region)
        if completed is None and named is not None:
            completed = _completed_by_title(issuer, named)
        if completed is None:
            completed = _one_written_in_full(text, issuer, issuer_span[1] if issuer_span else 0)
        if completed is not None and completed.endswith(_GOVERNMENT) and how is not None and how.startswith("opening") \
                and not _named_somewhere(text, completed, issuer_span, meta.region.mentions):
            # 现将省政府2022年度…报告如下: a government an opening says bare, its name nowhere in full, names no body (a
            # title's 省人民政府关于…的报告 is its author's line, which the region completes)
            completed = None
        if completed is None:
            meta.problems.append(FoundFinding(kind="issuer_unresolved", spans=(issuer_span,) if issuer_span else (),
                                              message=f"the report names itself {issuer} but its place is not known"))
            issuer = None
        else:
            issuer = _government_in_full(completed)
    elif issuer and issuer_span is not None:  # the name as the text writes it (the matching may mask places), set solid
        issuer = _government_in_full(_autonomous_in_full("".join(text[issuer_span[0]:issuer_span[1]].split()),
                                                         meta.region))
    meta.author = issuer
    if issuer and (level := _place_alone(issuer)) is not None:  # a place alone: its office, or no body
        issuer, issuer_span, how = _place_office(text, issuer, level, how) or (None, None, None)
    if issuer:
        meta.issuer, meta.issuer_span, meta.issuer_how = issuer, issuer_span, how
    return meta
