"""Which administrative division (province / city / county) a report is about.

The division table (``data/divisions.tsv``), the renamed-unit table
(``data/renamed.tsv``) and the customary names of units (``data/customary.tsv``)
are loaded once, on first use.

Design, in the order ``resolve`` applies it:

* **Mentions.** Full names (慈溪市, 红河哈尼族彝族自治州), the usual short
  forms of autonomous units (红河州, 秀山县, 秀山自治县), renamed old names (莱芜市) and
  customary names (巴州, 博州, 海南州) are found anywhere, but a body's that customary.tsv lists by its
  place (新疆生产建设兵团, 兵团), found only in a hint where it opens a name (兵团司法局2023年…); a full name wins a
  tie with a short name over the same characters. Short names (慈溪, 坪山) are
  ordinary words too often (和平, 东方, 长安 ...) to be trusted in running text,
  so they count only after 法治/平安 (法治坪山), or inside a hint at a word boundary (or right after the year it opens
  with: 2022年度南宁高新区…) or in the purpose a work serves (为大连振兴发展: 大连, and 振兴 no 振兴区) or before what a text says of its
  own place's circumstances or measures (结合铜梁实际, 铜梁具体举措), and never
  when they are in ``common_word_shorts()``. Two-character names (开县, 沛县) must follow a non-Han character, a parent's name or
  法治/平安 (平安克州), so 召开县委 is not 开县; generic
  names (城区, 新城区 ...) must follow a parent's name; a name opening with a number's unit right after a digit
  (前10月湖南: 月湖; 7成县级: 成县; 7成都市民: 成都市) is the number's, no name; 东方市场 and 平安区域
  are words, not 东方市 and 平安区; a short name opening the name of a street,
  a road, a lane, an estate, a town, a school or a law firm (五常街道, 沅江路, 南京街, 宁波巷, 东海镇, 南京大学)
  names no county, nor does one that with the character after it opens another unit's name (长白山 of 长白山保护开发区,
  not 长白县); nor does a full name opening a school's, a firm's or a company's (北京市某某律师事务所). The
  stem of a town its title or issuer names (平安莲花, 法治莲花 in 莲花街道's report) is the
  town's, no county's of that short name, unless the text calls its superiors by that county's level (县委, 县政府).
* **One Mention per candidate.** ``find_mentions`` reports an ambiguous name
  (宝山区) once for each division it may denote, all with the same span. A
  name written right after a parent (上海市宝山区, 上海宝山区) is narrowed to
  that parent's children.
* **Disambiguation.** Remaining duplicates are settled by which of each
  candidate's parents the text names (full or short name, or any unambiguous
  mention inside them): a candidate wins when its named parents strictly
  include every other candidate's. Anything else (上海 and 黑龙江 both named
  for 宝山区) leaves the name ambiguous; ``resolve`` never guesses.
* **What the body says.** A place after 如 (an example), one the text's own place acts on (督促茶陵县…) or on an
  address line (地址：…) is left out; a list of units of one level (A县、B县、C县) counts
  once, for what they share; the short name of a unit the text names (in
  full, or through a unit inside it) counts wherever it stands (临沧 beside
  永德县); 全市 / 我县 / 该州 count once for the only unit so named; the body
  the text's lead opens a clause with (近日,井研县司法局…) counts once more.
* **Election.** Body mentions weigh 1, 法治X self-references 2, hint mentions 5.
  The county is the one that dominates the county mentions (at least twice the
  runner-up and at least half its own city's score); otherwise the city that
  dominates (and has half its own province's score), otherwise the province.
  When the winner is an unsettled duplicate name, ``resolve`` abstains and
  lists the candidates.
* **Naming.** Municipalities give ``city`` equal to the municipality
  (上海市/上海市/宝山区). County-level units directly under a province
  (仙桃市, 济源市) give ``city=None``. Renamed units resolve to their
  successor (莱芜市 → 山东省/济南市/莱芜区).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate, pairwise
from operator import add, itemgetter
from typing import NamedTuple

from . import lazy_regex as regex
from .catalog import (
    Lexicon,
    after_notes,
    compile_cached,
    compile_re_cached,
    data_bytes,
    data_text,
    get_catalog,
    kept_or_built,
)
from .documents import CITED_TITLE, cited_titles
from .scanning import (
    OpeningTried,
    Shape,
    alternatives,
    blanked,
    char_starts,
    closing,
    holds_any_word,
    literal_starts,
    longest_first,
    matches_from,
    may_hold_words,
    source_opening_chars,
    words_each,
    words_held,
    words_search,
)
from .structure import BREAKS, HAN, LINE_BLANKS, LIST_SEPARATOR
from .tuples import new_tuple
from .vocab import CITY, COUNTY, DIVISION_LEVELS, PROVINCE, DivisionLevel

__all__ = [
    "Division",
    "Mention",
    "RegionResult",
    "ancestors",
    "coded_within",
    "division",
    "divisions_named",
    "find_mentions",
    "find_named_units",
    "in_elsewhere_clause",
    "last_named_before",
    "lead_county",
    "lead_subject",
    "lies_within",
    "name_holding",
    "names_places_only",
    "provinces",
    "provincial_citations",
    "resolve",
    "town_under_county",
    "without_others_places",
    "without_provincial_citations",
]


class Division(NamedTuple):
    code: str
    name: str
    short: str
    level: DivisionLevel
    parent: str | None


class Mention(NamedTuple):
    start: int
    end: int
    text: str
    division: Division


@dataclass(frozen=True, slots=True)
class RegionResult:
    """The region a report is about (its division names and code), the spans naming it, and what was
    ambiguous; a dataclass, not a NamedTuple, so metadata can dataclasses.replace() it."""

    province: str | None
    city: str | None
    county: str | None
    code: str | None
    mentions: tuple[tuple[int, int], ...]
    ambiguous: tuple[str, ...]
    note: str | None



def common_word_shorts() -> frozenset[str]:
    """Short names that are everyday words (金山银山, 长治久安, 公开平台, 搬迁安置 ...): [lexicon] in catalog.toml."""
    return get_catalog().lexicon.common_word_shorts


def _lexicon() -> Lexicon:
    """The word lists the region rules read ([lexicon] in catalog.toml): the scans remembered are keyed by
    them, so a catalog loaded later is the one a scan follows."""
    return get_catalog().lexicon

BODY_WEIGHT = 1
SELF_REFERENCE_WEIGHT = 2  # 法治坪山
HINT_WEIGHT = 5
MIN_SCORE = 2  # one stray body mention never decides a report's region
DOMINANCE = 2  # the winner needs this multiple of the runner-up's score

# The names an autonomous unit is called by, built from its short name (红河州, 镇宁县), or with its kind kept and its
# peoples dropped (镇宁自治县 for 镇宁布依族苗族自治县, 湘西自治州).
_AUTONOMOUS_ALIASES = {"自治州": ("州", "自治州"), "自治县": ("县", "自治县"), "自治旗": ("旗", "自治旗")}
# Searched with str.find, a character or word at a time: about twice as fast as a regex over a whole report.
NAME_ENDS = "省市区县州旗盟"  # the characters a division's full name ends with
_LEVEL_CHARACTERS = NAME_ENDS + "镇乡"  # a level's character, which a text calls its own level by (镇平安办: the town's)
CITY_END = "市"  # how a city's full name ends (烟台市), which a body named after the city may leave out (烟台人力资源和社会保障局)
NEW_AREA = "新区"  # how a new area's name ends (雄安新区), some of them districts (浦东新区)
# …and a development zone's (洋浦经济开发区), a pilot zone's (沈抚改革创新示范区) or a base's (宁东能源化工基地): customary.tsv
# places them, no unit's names
_AREAS_INSIDE = (NEW_AREA, "开发区", "示范区", "基地")
AUTONOMOUS_REGION = "自治区"  # how an autonomous region's full name ends, and how its own texts call it
PREFECTURE = "地区"  # how a prefecture's name ends (阿克苏地区): its texts call it by the word (全地区, 地区司法局), not by 区
_LEVEL_DEPTH: dict[str, int] = {level: depth for depth, level in enumerate(DIVISION_LEVELS)}
# The party's name as a committee's opens with it, short (中共赵县县委) or in full (中国共产党赵县委员会).
PARTY = "中共"
PARTY_IN_FULL = "中国共产党"
# A township's level words, each with the office its name stands for (金龙街道: 金龙街道办事处, 白沙镇: 白沙镇人民政府), Inner
# Mongolia's 苏木 a township as 乡 is (查干苏木: 查干苏木人民政府).
TOWNSHIP_OFFICES = {"街道": "办事处", "镇": "人民政府", "乡": "人民政府", "苏木": "人民政府"}
_TOWNSHIP_LEVELS = tuple(TOWNSHIP_OFFICES)  # 街道, 镇, 乡, 苏木, as str.startswith takes them
# A province's department (司法厅, 交通运输厅): only a province's bodies are so named, and one calls itself by it (我厅, 省厅).
_DEPARTMENT = "厅"
_SUPERIOR_BODIES = ("委", "政府")  # what a level's character opens where a town names its superiors (县委, 区政府)
# What joins the pair of a level's committee and government where a body under them names its superiors (在区委、区政府
# 领导下, 县委县政府, 市委和市政府).
_SUPERIORS_JOINED = ("", "、", "和")
# What a body's name ends with (局, 委, 院 …): a name whose short form is an everyday word right after one is that word
# (县司法局会同县财政局: 会同, together with, then the county's finance bureau; 局新建区级…), not the place (会同县). A national
# administration (总局) heads its local bureau's name with the place (国家税务总局永康市税务局): the place it is.
BODY_ENDS = "局委办院府室厅所处站队部会"
# ... and so after a town's, a centre's or a tribunal's (青山镇会同县公安局, 县法律援助中心会同县法院, 县人民法庭会同县司法局)
_WORD_AFTER = BODY_ENDS + "镇乡道心庭"
_NATIONAL_HEAD = "总局"
_CONJUNCTIONS = "和与及"  # what joins a closing title mark, quote or parenthesis (_CLOSINGS) to what follows
_CLOSINGS = "》”)"


# Internally candidates are codes: string comparison and hashing keep a
# 20 000-character report well under 5 ms.
_Codes = tuple[str, ...]
_Key = str | _Codes  # a settled division's code, or the candidate codes of an unsettled name
_Found = str | _Codes  # in the name tables: the one unit's code, or the codes of all the units of a name


class _Index(NamedTuple):
    """What a scan needs of every unit; the rest is derived per unit, on use (_unit, _lineage ...)."""

    codes: list[str]  # divisions.tsv's codes, sorted; names and shorts by the same rows
    names: list[str]
    shorts: list[str]  # "" for a unit without one
    depths: str  # each unit's level as its depth (_LEVEL_DEPTH), a digit a row
    parents: str  # each unit's parent's code, _CODE_WIDTH characters a row (blanks for none)
    by_name: dict[str, _Found]  # full names, autonomous aliases, renamed old names, customary names
    by_short: dict[str, _Found]
    longest_name_by_tail: dict[str, int]  # last two characters → the longest name length
    name_lasts: str  # the characters some name in by_name ends with: a level's (NAME_ENDS), or 团 of 兵团 (customary.tsv)
    longest_short_by_head: dict[str, int]  # first two characters → the longest short length
    longest_short_by_tail: dict[str, int]  # last two characters → the longest short length
    merged: dict[str, str]  # the old name of a unit dissolved into one of another name → its successor's code


class _Kept(NamedTuple):
    """The name tables as the user cache keeps them: a column of strings as one string (tab-separated), split
    on load at C speed, and dicts rebuilt by dict(zip()) over such columns, sharing their strings.

    A pickle of the tables themselves made their some 16,000 strings and entries one by one: 22 M instructions,
    about 5% of a single extract. Only the few names of several units are kept as they are.
    """

    codes: str
    names: str
    shorts: str
    depths: str
    parents: str
    other_names: str  # the autonomous aliases, renamed old names and customary names by_name holds besides full names
    other_codes: str  # their units' codes
    names_of_several: dict[str, _Codes]  # by_name's entries naming several units
    shorts_of_several: dict[str, _Codes]
    name_tails: str  # longest_name_by_tail's keys
    longest_by_tail: bytes  # its values
    short_heads: str
    longest_by_head: bytes
    short_tails: str
    longest_by_short_tail: bytes
    merged: dict[str, str]


_CODE_WIDTH = 6  # the digits of a division's code


class _Hit(NamedTuple):  # a NamedTuple: hundreds are made per report, each built by new_tuple
    start: int
    end: int
    candidates: _Codes
    self_reference: bool


def _columns(filename: str, text: str) -> dict[str, list[str]]:
    """A table of data/ (``text``, the file's) by column, from one split of the whole text: rows are never built."""
    header, _, body = after_notes(text).partition("\n")
    names = header.split("\t")
    body = body.rstrip("\n")
    cells = body.replace("\n", "\t").split("\t")
    if len(cells) != (body.count("\n") + 1) * len(names):
        raise ValueError(f"{filename}: every line needs {len(names)} tab-separated fields")
    return {name: cells[i :: len(names)] for i, name in enumerate(names)}


def _grouped(keys: list[str], codes: list[str]) -> dict[str, _Found]:
    """keys[i] → codes[i]; a key that repeats gets the tuple of all its codes, sorted.

    dict(zip()) builds it at C speed, with bare codes: a one-code tuple per unit
    would add thousands of objects for the garbage collector to trace. Only
    the few keys that repeat (some 100 of 6,000) are collected in Python.
    """
    grouped: dict[str, _Found] = dict(zip(keys, codes))
    if len(grouped) < len(keys):
        repeated: dict[str, set[str]] = {key: set() for key, count in Counter(keys).items() if count > 1}
        for key, code in zip(keys, codes):
            if key in repeated:
                repeated[key].add(code)
        for key, found in repeated.items():
            grouped[key] = tuple(sorted(found)) if len(found) > 1 else found.pop()
    return grouped


def _of_several(grouped: dict[str, _Found]) -> dict[str, _Codes]:
    """The entries of a _grouped table whose key names several units: dict(zip()) over its keys and codes, then
    updated with these, gives the table again."""
    return {key: found for key, found in grouped.items() if not isinstance(found, str)}


def _codes(found: _Found) -> _Codes:
    """The candidates of a name-table entry."""
    return (found,) if isinstance(found, str) else found


def _longest_by(part: Callable[[str], str], names: Iterable[str]) -> dict[str, int]:
    """The longest name per two-character part, so a scan tries only lengths that can match.

    A scan tries every length from there down: maxima build at C speed, where
    the set of lengths that occur took a Python loop over every name.
    """
    by_length = sorted(names, key=len)
    return dict(zip(map(part, by_length), map(len, by_length)))  # the longest comes last and stays


@functools.cache
def _index() -> _Index:
    """The name tables, on first use: kept in the user cache (as _Kept), since loading them takes a fraction
    of the time building them does."""
    divisions, renamed, customary = (data_bytes(name) for name in ("divisions.tsv", "renamed.tsv", "customary.tsv"))
    kept = kept_or_built("regions", b"\0".join((divisions, renamed, customary)), __file__,
                         lambda: _kept(data_text(divisions), data_text(renamed), data_text(customary)),
                         lambda kept: isinstance(kept, _Kept))
    return _loaded(kept)


def _loaded(kept: _Kept) -> _Index:
    """The tables from their kept form: splits and dict(zip()), at C speed."""
    codes, names, shorts = kept.codes.split("\t"), kept.names.split("\t"), kept.shorts.split("\t")
    by_name: dict[str, _Found] = dict(zip(names, codes))
    by_name.update(zip(kept.other_names.split("\t"), kept.other_codes.split("\t")))
    by_name.update(kept.names_of_several)
    by_short: dict[str, _Found] = dict(zip(shorts, codes))
    by_short.update(kept.shorts_of_several)
    del by_short[""]  # units without a short name
    return _Index(
        codes=codes,
        names=names,
        shorts=shorts,
        depths=kept.depths,
        parents=kept.parents,
        by_name=by_name,
        by_short=by_short,
        longest_name_by_tail=dict(zip(kept.name_tails.split("\t"), kept.longest_by_tail)),
        name_lasts="".join(sorted({tail[-1] for tail in kept.name_tails.split("\t")})),
        longest_short_by_head=dict(zip(kept.short_heads.split("\t"), kept.longest_by_head)),
        longest_short_by_tail=dict(zip(kept.short_tails.split("\t"), kept.longest_by_short_tail)),
        merged=kept.merged,
    )


def _kept(divisions: str, renamed_text: str, customary_text: str) -> _Kept:
    """The name tables from divisions.tsv, renamed.tsv and customary.tsv, in their kept form: mostly splits, sorts and
    dict(zip()) at C speed."""
    units = _columns("divisions.tsv", divisions)
    codes, names, shorts = units["code"], units["name"], units["short"]
    if codes != sorted(codes):
        raise ValueError("divisions.tsv must be sorted by code")  # _row looks codes up by bisection
    if any(len(code) != _CODE_WIDTH for code in codes):
        raise ValueError(f"divisions.tsv: every code needs {_CODE_WIDTH} digits")  # _Index.parents is by width
    renamed = _columns("renamed.tsv", renamed_text)
    if missing := set(renamed["new_code"]).difference(codes):
        raise KeyError(f"renamed.tsv names successors that divisions.tsv lacks: {sorted(missing)}")
    customary = _columns("customary.tsv", customary_text)
    full_names = dict(zip(codes, names))
    if wrong := [(code, unit) for code, unit in zip(customary["code"], customary["unit"]) if full_names.get(code) != unit]:
        raise KeyError(f"customary.tsv names units divisions.tsv does not hold by those codes: {wrong}")
    aliases = [
        (short + alias_suffix, code)
        for code, name, short in zip(codes, names, shorts)
        if short and "自治" in name
        for suffix, alias_suffixes in _AUTONOMOUS_ALIASES.items()
        if name.endswith(suffix)
        for alias_suffix in alias_suffixes
    ]
    other_names = [*(alias for alias, _ in aliases), *renamed["old_name"], *customary["name"]]
    other_codes = [*(code for _, code in aliases), *renamed["new_code"], *customary["code"]]
    by_name = _grouped([*names, *other_names], [*codes, *other_codes])
    by_short = _grouped(shorts, codes)
    del by_short[""]
    longest_by_tail = _longest_by(itemgetter(slice(-2, None)), by_name)
    longest_by_head = _longest_by(itemgetter(slice(2)), by_short)
    longest_by_short_tail = _longest_by(itemgetter(slice(-2, None)), by_short)
    return _Kept(
        codes="\t".join(codes),
        names="\t".join(names),
        shorts="\t".join(shorts),
        depths="".join(str(_LEVEL_DEPTH[level]) for level in units["level"]),
        parents="".join(parent or " " * _CODE_WIDTH for parent in units["parent"]),
        other_names="\t".join(other_names),
        other_codes="\t".join(other_codes),
        names_of_several=_of_several(by_name),
        shorts_of_several=_of_several(by_short),
        name_tails="\t".join(longest_by_tail),
        longest_by_tail=bytes(longest_by_tail.values()),
        short_heads="\t".join(longest_by_head),
        longest_by_head=bytes(longest_by_head.values()),
        short_tails="\t".join(longest_by_short_tail),
        longest_by_short_tail=bytes(longest_by_short_tail.values()),
        merged={name: code for name, code, change in zip(renamed["old_name"], renamed["new_code"], renamed["change"])
                if change == "merged"},
    )


def _row(code: str) -> int | None:
    """Where code is in divisions.tsv, found by bisection: no dict of 3,218 codes to build."""
    codes = _index().codes
    row = bisect.bisect_left(codes, code)
    return row if row < len(codes) and codes[row] == code else None


@functools.cache
def _unit(code: str) -> Division:
    row, index = _row(code), _index()
    if row is None:
        raise KeyError(f"no division has the code {code}")
    parent = index.parents[row * _CODE_WIDTH : (row + 1) * _CODE_WIDTH].strip() or None
    return Division(code, index.names[row], index.shorts[row], DIVISION_LEVELS[int(index.depths[row])], parent)


@functools.cache
def _lineage(code: str) -> tuple[Division, ...]:
    """The province first, ending with the unit itself."""
    unit = _unit(code)
    return (*_lineage(unit.parent), unit) if unit.parent else (unit,)


@functools.cache
def _within(code: str) -> frozenset[str]:
    """The codes of the unit and of everything above it."""
    return frozenset(unit.code for unit in _lineage(code))


@functools.cache
def _parent_shorts(code: str, common: frozenset[str]) -> tuple[str, ...]:
    """The usable short names of the units above."""
    return tuple(short for unit in _lineage(code)[:-1] if (short := _usable_short(unit, common)))


@functools.cache
def provinces() -> tuple[Division, ...]:
    """Every province-level unit."""
    index = _index()
    return tuple(_unit(code) for code, depth in zip(index.codes, index.depths, strict=True)
                 if DIVISION_LEVELS[int(depth)] == PROVINCE)


@functools.cache
def _autonomous_regions() -> tuple[Division, ...]:
    """The provinces named …自治区 (内蒙古自治区, 新疆维吾尔自治区 …)."""
    return tuple(unit for unit in provinces() if unit.name.endswith(AUTONOMOUS_REGION))


@functools.lru_cache(maxsize=1024)
def coded_within(prefix: str) -> tuple[Division, ...]:
    """Every unit whose code opens with ``prefix`` (a city's first four digits: the city and its counties; a
    province's first two: all its units), in code order: one slice of the sorted codes, found by bisection."""
    codes = _index().codes
    start = bisect.bisect_left(codes, prefix)
    end = bisect.bisect_left(codes, prefix + ":", start)  # ":" sorts right after the digits
    return tuple(map(_unit, codes[start:end]))


@functools.cache
def _cities_by_own_short() -> tuple[Division, ...]:
    """Every unit named …市 (a city, or a county-level one) whose short name no other unit bears, nor opens its name
    with (白山; not 朝阳, of 朝阳市 and of 朝阳区 in 北京 and in 长春)."""
    index = _index()
    stems = Counter(name[:-1] for name in index.names)
    return tuple(_unit(code) for code, name, short in zip(index.codes, index.names, index.shorts, strict=True)
                 if name.endswith(CITY_END) and short and index.by_short.get(short) == code and stems[short] <= 1)


@functools.cache
def _city_shorts() -> re.Pattern[str]:
    """The short names of _cities_by_own_short, the longest first; the standard re, which matches a plain
    alternation of words some seven times faster than regex."""
    return compile_re_cached(longest_first({unit.short for unit in _cities_by_own_short()}))


def _cities_written(text: str) -> list[Division]:
    """The units of _cities_by_own_short whose short name the text holds: found in one pass, not a search of the
    text for each of 600 names."""
    written = set(_city_shorts().findall(text))
    return [unit for unit in _cities_by_own_short() if unit.short in written]


def _province_of_listed_cities(text: str, words: Lexicon) -> tuple[str, list[tuple[int, int]]] | None:
    """A province's text calling itself 全省 and naming no unit in full may name its cities by their short names in a list
    (杭州、宁波、温州三地法院受理…): the one province every city so listed is of, with where they stand; None where no two
    cities are listed so, or the cities listed are of several provinces. A city's short name alone in passing is no list."""
    shorts = {unit.short: unit for unit in _cities_written(text) if unit.short not in words.common_word_shorts}
    if len(shorts) < 2:
        return None
    listed: dict[str, list[tuple[int, int]]] = {}
    for m in _city_shorts().finditer(text):
        short, start, end = m.group(0), m.start(), m.end()
        if short not in shorts:
            continue
        marked_before, marked_after = text.startswith(LIST_SEPARATOR, start - 1), text.startswith(LIST_SEPARATOR, end)
        if any(marked_before and text.endswith(other, 0, start - 1) or marked_after and text.startswith(other, end + 1)
               for other in shorts if other != short):
            listed.setdefault(short, []).append((start, end))
    provinces_listed = {shorts[short].code[:2] for short in listed}
    if len(listed) < 2 or len(provinces_listed) != 1:
        return None
    spans = sorted(span for found in listed.values() for span in found)
    return provinces_listed.pop() + "0000", spans


def city_short_at(text: str, pos: int, end: int) -> Division | None:
    """The unit of _cities_by_own_short whose short name opens text[pos:end] (烟台 of 烟台人力资源和社会保障局), the longest
    one; none for an everyday word (common_word_shorts)."""
    found = _city_shorts().match(text, pos, end)
    if found is None or found.group(0) in common_word_shorts():
        return None
    return next(unit for unit in _cities_by_own_short() if unit.short == found.group(0))


def _usable_short(unit: Division, common: frozenset[str]) -> str:
    """The short name of ``unit``, or "" when it is an everyday word (``common``, see common_word_shorts)."""
    return unit.short if unit.short not in common else ""


def division(code: str) -> Division | None:
    return None if _row(code) is None else _unit(code)


def is_short_name(name: str) -> bool:
    """Whether ``name`` is a unit's short name (杭州 of 杭州市, 开州 of 开州区), not a full one."""
    return name in _index().by_short


def divisions_named(name: str) -> list[Division]:
    """Divisions whose full name, short name, former name (renamed.tsv) or customary name (customary.tsv) is ``name``;
    none for a new area (西咸新区) or a development zone (洋浦经济开发区), which lies in its unit without naming it
    (find_named_units)."""
    index = _index()
    codes = sorted({*_codes(index.by_name.get(name, ())), *_codes(index.by_short.get(name, ()))})
    return [] if _names_area_inside(name, codes) else [_unit(code) for code in codes]


def ancestors(d: Division) -> list[Division]:
    """The province, then the city, above ``d`` (not ``d`` itself)."""
    return list(_lineage(d.code)[:-1])


# --- finding mentions -------------------------------------------------------


def _scan(text: str, in_hint: bool = False) -> tuple[_Hit, ...]:
    """All accepted mentions in ``text``, leftmost-longest, without overlaps.

    A report is scanned once though both its region (resolve) and its institutions
    (find_mentions) need its mentions, and a hint (法治坪山's 坪山, a title) once
    however often it recurs: the scans are remembered, with the word lists they used.
    """
    words = _lexicon()
    return _scan_hint(text, words) if in_hint else _scan_body(text, words)


@functools.lru_cache(maxsize=2)  # the report in hand and a line metadata masks places in: entries hold whole texts
def _scan_body(text: str, words: Lexicon) -> tuple[_Hit, ...]:
    return _scan_uncached(text, False, words)


@functools.lru_cache(maxsize=4096)  # hints are short and repeat across reports (政府, 坪山, a site's name)
def _scan_hint(text: str, words: Lexicon) -> tuple[_Hit, ...]:
    return _scan_uncached(text, True, words)


@functools.lru_cache(maxsize=2)  # as _scan_body: resolve and _body_evidence bisect the same report's mentions
def _body_starts(text: str, words: Lexicon) -> list[int]:
    """Where each of the body's mentions starts, ascending; read only, never changed."""
    return [hit.start for hit in _scan_body(text, words)]


def _scan_uncached(text: str, in_hint: bool, words: Lexicon) -> tuple[_Hit, ...]:
    common = words.common_word_shorts
    index = _index()
    longest_by_tail = index.longest_name_by_tail
    by_short, longest_by_head = index.by_short, index.longest_short_by_head
    # (start, -length, end, is_short, candidates): of a full name and a short name over the same characters, the full
    # name is read (巴州, customarily 巴音郭楞蒙古自治州's, is also 巴州区's short: both units)
    spans: list[tuple[int, int, int, bool, _Codes]] = []
    find = text.find
    for last in index.name_lasts:  # one character at a time: the spans are sorted below
        end = find(last, 1) + 1
        while end:
            if longest := longest_by_tail.get(text[end - 2 : end]):
                for length, found in _names_ending(text[end - longest if end > longest else 0 : end]):  # max() is a call
                    spans.append((end - length, -length, end, False, found))
            end = find(last, end) + 1
    for start in _short_head_starts(text) if in_hint else _ends_of(text, words.self_reference_prefixes):
        head = text[start : start + 2]
        if not (longest := longest_by_head.get(head)):
            continue
        for length in range(longest, len(head) - 1, -1):
            short = text[start : start + length]
            if short in by_short and (short not in common or _prefecture_called(text, start + length, words)) \
                    and not _calls_own_place(short, words) \
                    and not _level_of_none(text, start + length, _codes(by_short[short])):
                spans.append((start, -length, start + length, True, _codes(by_short[short])))
                break
    if not in_hint:  # a hint's short names are tried at every character above
        short_by_tail = index.longest_short_by_tail
        for end in _starts_of(text, words.bodies_after_place):
            if not (longest := short_by_tail.get(text[end - 2 : end])):
                continue
            for length in range(min(longest, end), 1, -1):
                short = text[end - length : end]
                if short in by_short and (short not in common or _prefecture_called(text, end, words)) \
                        and _named_below_provinces(short):
                    spans.append((end - length, -length, end, True, _codes(by_short[short])))
                    break

    spans.sort()
    hits: list[_Hit] = []
    last_end = 0
    for start, _, end, is_short, candidates in spans:
        if start < last_end or text[end - 1 : end + 1] in words.name_end_words \
                or start and text.startswith(PARTY, start - 1):
            continue  # overlapped, 东方市场 / 平安区域, or the 共 of 中共 (中共和县县委 names 和县, not 共和县)
        if is_short and text[start] in _LEVEL_CHARACTERS and text.startswith(words.level_owned_words, end - 1):
            continue  # 镇平安建设办公室, 市南部山区: the level's own office or part (words.level_owned_words), no 镇平, 市南
        if not is_short and start and text[start + 1:end] in words.generic_names \
                and _closes_word(text, start, words, index):
            continue  # 卓越城区, 沿海城区, 山东城区: the word the name's first character closes, then 城区, no 越城区
        if not is_short and _names_after_place(text, end, words):
            continue  # a firm or a school its full name opens (北京市某某律师事务所); a short name's: _opens_smaller_thing
        if not is_short and start and text[start - 1] in _WORD_AFTER and text[start : end - 1] in common \
                and not text.endswith(_NATIONAL_HEAD, 0, start):
            continue  # the everyday word after a body's name (…局会同县财政局), see BODY_ENDS
        if _opens_on_number_unit(text, start, words):
            continue  # 前10月湖南法院, 近7成都市民: the number's unit and the word after it
        if not is_short and text[end - 1] not in NAME_ENDS and not (in_hint and _two_characters_stand(text, start)):
            continue  # a body customary.tsv lists by its place (兵团) places only a text naming itself so: a title, an
            # issuer, an opening clause it opens (兵团司法局2023年…, 2023年,兵团坚持…), not 自治区和兵团 nor 学习新疆兵团经验
        needs_context = (is_short or len(candidates) > 1 or end - start == 2
                         or text[start:end] in words.generic_names)
        if needs_context:
            hit = _in_context(text, start, end, candidates, is_short, hits[-1] if hits else None, in_hint, words)
            if hit is None:
                continue
        else:
            hit = new_tuple(_Hit, (start, end, candidates, False))  # nothing to narrow, nothing to guard
        hits.append(hit)
        last_end = end
    return tuple(hits)


def _closes_word(text: str, at: int, words: Lexicon, index: _Index) -> bool:
    """Whether the character at ``at`` closes a word begun before it: one of words.words_before_generic_names (卓越,
    沿海), or a division's short name (山东, 广西)."""
    pair = text[at - 1:at + 1]
    if pair in words.words_before_generic_names:
        return True
    longest = index.longest_short_by_tail.get(pair, 0)
    return any(text[at + 1 - length:at + 1] in index.by_short for length in range(2, min(longest, at + 1) + 1))


# A hint up to this long (a title, an issuer) is tried for short names at every character; a longer one (a one-line
# text is its own title hint) only where _short_head_opening finds a head, the pattern loaded once for the process.
_HINT_TRIED_THROUGHOUT = 2000


def _short_head_starts(text: str) -> Iterable[int]:
    """Where a short name may start in a hint: every character of a short one, else where a character some short
    name opens with stands before one some short name has second (trying every character cost a Python loop's
    turn each)."""
    if len(text) <= _HINT_TRIED_THROUGHOUT:
        return range(len(text))
    return [m.start() for m in _short_head_opening().finditer(text)]


@functools.cache
def _short_head_opening() -> re.Pattern[str]:
    """Any first character of a short name, before any second character of one."""
    heads = _index().longest_short_by_head

    def chars(at: int) -> str:
        return re.escape("".join(sorted({head[at] for head in heads})))
    return compile_re_cached(f"[{chars(0)}](?=[{chars(1)}])")  # (its program kept: a large class is slow to compile)


def _prefecture_called(text: str, end: int, words: Lexicon) -> bool:
    """Whether a prefecture's body by its level's word follows a short name at ``end`` (阿里地委, 中共阿里地委: the party
    committee; 阿里行署: the office; words.level_calls): a short name that is an everyday word too (阿里) names the
    prefecture there, as nothing else is so called."""
    calls = words.level_calls.get(PREFECTURE)
    return calls is not None and calls.match(text, end) is not None


def _level_of_none(text: str, end: int, codes: _Codes) -> bool:
    """Whether a short name ending at `end` stands before a level none of its units has, nor was renamed into
    (_RENAMED_INTO): 白河区 of 白河县, 长丰市 of 长丰县 name a district or a city the table, current, does not hold, and
    no district is renamed back into a city or a county, nor a city into a county. A unit's old name before the
    level it was renamed from (铜山县 of 铜山区, 吴江市 of 吴江区) still maps, as do a short name before any other word
    and a market's (长丰市场监管局)."""
    levels = _RENAMED_INTO.get(text[end:end + 1])
    return levels is not None and not text.startswith(_MARKET, end + 1) and not any(
        (unit := division(code)) is not None and unit.name.endswith(levels) for code in codes)


# The levels a unit named by a level after its short name may bear now: a district's (铜山区) only a district's, a
# city's (吴江市) a city's or the district it became; a 地区's, a 新区's and an autonomous region's name end in 区 too.
_RENAMED_INTO = {"区": ("区",), "市": ("市", "区")}


def _calls_own_place(short: str, words: Lexicon) -> bool:
    """Whether a short name reads as a text calling its own place by its level (全州: 全 and 州, the whole
    prefecture, as 全县 is the whole county): 全州县 is named in full."""
    return len(short) == 2 and short[1] in NAME_ENDS and short[0] in words.own_place_prefixes


@functools.lru_cache(maxsize=4096)  # a report writes the same few names, and their surroundings, again and again
def _names_ending(window: str) -> tuple[tuple[int, _Codes], ...]:
    """(length, candidates) of every full name ``window`` ends with, the longest first."""
    by_name = _index().by_name
    return tuple(
        (length, _codes(found))
        for length in range(len(window), 1, -1)
        if (found := by_name.get(window[-length:]))
    )


def _starts_of(text: str, words: tuple[str, ...]) -> list[int]:
    """Where each occurrence of ``words`` starts, as finditer of their alternation, the longest first, finds them: the
    leftmost, the longest there, then on past its end. Each occurrence ends where its word's last character stands,
    found by str.find, which looks for one character at memchr's speed, and only the words ending with the two
    characters there are tried: a str.find loop per word took a pass of the text each (some 12,000 instructions a
    word in a report), the standard re its alternation at every character some word opens with."""
    lasts, by_tail, singles = _words_by_tail(words)
    tried = by_tail.get
    found = [(start, -1) for start in char_starts(text, singles)] if singles else []  # one-character words
    for last_character in lasts:
        last = text.find(last_character, 1)  # a word of two characters ends past the first
        while last > 0:
            for word in tried(text[last - 1 : last + 1], ()):
                start = last + 1 - len(word)
                if start >= 0 and text.startswith(word, start):
                    found.append((start, -len(word)))
            last = text.find(last_character, last + 1)
    found.sort()
    starts: list[int] = []
    last_end = 0
    for start, negative_length in found:
        if start >= last_end:
            starts.append(start)
            last_end = start - negative_length
    return starts


@functools.lru_cache(maxsize=4)  # of the catalog's word lists
def _words_by_tail(words: tuple[str, ...]) -> tuple[str, dict[str, tuple[str, ...]], str]:
    """The last characters of the words of two characters or more, those words by their last two, and the words of
    one character."""
    by_tail: defaultdict[str, list[str]] = defaultdict(list)
    for word in words:
        if len(word) > 1:
            by_tail[word[-2:]].append(word)
    return ("".join(sorted({tail[-1] for tail in by_tail})), {tail: tuple(found) for tail, found in by_tail.items()},
            "".join(sorted({word for word in words if len(word) == 1})))


def _ends_of(text: str, words: Iterable[str]) -> list[int]:
    """Where each occurrence of ``words`` ends; words that overlap neither themselves nor each other (法治, 平安).

    One split per word, its ends summed at C speed: a report says 法治 dozens of times, and a find per
    occurrence cost a Python loop's turn each (literal_starts' str.find loop measured 14% slower here, for these
    words of two to five characters; it is cheaper for the years' 19 and 20).
    """
    ends: list[int] = []
    for word in words:
        pieces = text.split(word)
        if len(pieces) > 1:  # summing no pieces costs a microsecond: most words are in no text (总书记视察)
            width = len(word)
            ends += map(add, accumulate(map(len, pieces[:-1])), range(width, width * len(pieces), width))
    return ends


def _in_context(
    text: str, start: int, end: int, candidates: _Codes, is_short: bool, previous: _Hit | None, in_hint: bool,
    words: Lexicon,
) -> _Hit | None:
    """Apply the context rules of the module docstring; narrow to a preceding parent."""
    if is_short and (_opens_smaller_thing(text, end, words) or text[start:end + 1] in _openings_of_other_names()):
        return None  # 五常街道, 沅江路, 东海镇, 南京大学: a street, a road, a town or a school named like a county; 长白山管委会
    if in_hint and is_short and previous is not None and previous.end == start \
            and _names_purpose(text, previous.start, start, words):
        return None  # 为大连振兴发展: the purpose the place's name is followed by, not 振兴区
    self_named = is_short and text.endswith(words.self_reference_prefixes, 0, start)  # 法治坪山
    opens_body = is_short and text.startswith(words.bodies_after_place, end) and bool(
        below := _named_below_provinces(text[start:end]))
    if opens_body:  # 铜梁公证处, 朝阳分局: any unit so named below a province, each unit's parent settling which
        candidates = below
    previous_areas = previous.candidates if previous is not None and previous.end == start else ()
    after_parent = tuple([
        code
        for code in candidates
        if (previous_areas and any(area != code and area in _within(code) for area in previous_areas))
        or text.endswith(_parent_shorts(code, words.common_word_shorts), 0, start)
    ])  # a list made first: cheaper than a generator for the one or two candidates of a name
    if not after_parent and is_short and previous_areas:
        after_parent = _named_alike_below(text[start:end], previous_areas)  # 北京朝阳: 朝阳区, not 朝阳市
    if is_short and previous_areas and not after_parent \
            and (opens_body or all(_unit(code).level == COUNTY for code in candidates)):
        # a body's own name after its place's (南京市石城公证处, 常州市常州公证处), or a thing of that place a county's short
        # name names, a landmark's (武汉东湖高新区: the lake's, no 东湖区 of 南昌): no unit inside that place; a larger unit's
        # short name after another's is one more place (湖北湖南两地), or names it wrongly (上海朝阳: unsettled)
        return None
    if opens_body and not after_parent and not (
            self_named or _at_boundary(text, start) or text[start - 1] in BODY_ENDS or text.endswith(PARTY, 0, start)):
        return None  # where no body's name starts (除东阿法律援助中心外), unlike 局鄞州分局, ,铜梁公证处 or 中共和田地委
    if not after_parent:
        if is_short:
            if in_hint and not (_at_boundary(text, start) or _after_opening_year(text, start) or previous_areas
                                or opens_body or self_named
                                or _names_purpose(text, start, end, words)
                                or text.startswith(words.particulars_of_place, end)):
                return None
        elif text[start:end] in words.generic_names:
            if not (in_hint and _at_boundary(text, start)):
                return None
        elif end - start == 2 and not (_two_characters_stand(text, start)
                                       or text.endswith(words.self_reference_prefixes, 0, start)
                                       or _opens_office_of_body(text, start)):
            return None
    return new_tuple(_Hit, (start, end, after_parent or candidates, self_named and not in_hint))


@functools.lru_cache(maxsize=256)  # asked only where a short name opens a body's name
def _named_below_provinces(short: str) -> _Codes:
    """Every unit below a province that ``short`` may name: the one the division table gives it, and those whose full
    name is it and a level's character (朝阳: 朝阳市, and 朝阳区 of 北京 and of 长春), but a unit inside another so named
    (朝阳县, of 朝阳市): the name alone is either."""
    index = _index()
    found = {*_codes(index.by_short.get(short, ())),
             *(code for last in NAME_ENDS for code in _codes(index.by_name.get(short + last, ())))}
    return tuple(sorted(code for code in found
                        if _unit(code).level != PROVINCE and not _within(code).intersection(found - {code})))


@functools.lru_cache(maxsize=256)  # asked only where a short name follows a place it is not inside
def _named_alike_below(short: str, parents: _Codes) -> _Codes:
    """The units below one of ``parents`` whose full name is ``short`` and a level's character: the division
    table gives a short name to one unit only (朝阳 to 朝阳市), and after its parent's name it is another's
    (北京朝阳 is 北京市朝阳区, 湖南资阳 益阳市资阳区)."""
    by_name = _index().by_name
    return tuple(code for last in NAME_ENDS for code in _codes(by_name.get(short + last, ()))
                 if any(parent != code and parent in _within(code) for parent in parents))


def _opens_smaller_thing(text: str, end: int, words: Lexicon) -> bool:
    """Whether a short name ending at `end` opens the name of a street, a road, a lane, an estate, a town (its own
    name's, or one a character longer: _opens_town_name), a school, a law firm or a company."""
    return text.startswith(words.names_of_smaller_things, end) or _opens_town_name(text, end, words) \
        or _names_after_place(text, end, words) or _opening_tried(words.street_after_place).match(text, end) is not None


@functools.cache  # of the name tables
def _openings_of_other_names() -> frozenset[str]:
    """A short name and the character after it where they open another unit's name, no level's character (长白山 of
    长白山保护开发区, not 长白县; 大兴安 of 大兴安岭地区, not 大兴区; 黔西南 of 黔西南州, not 黔西市): the text names that
    unit, by a part of its name or in full, never the short name's (长白山管委会 is no 长白朝鲜族自治县's)."""
    index = _index()
    return frozenset(
        name[:width + 1]
        for name, found in index.by_name.items()
        for width in range(2, len(name) - 1)
        if name[width] not in NAME_ENDS and (short := index.by_short.get(name[:width])) is not None
        and not set(_codes(short)).intersection(_codes(found)))


def _opens_town_name(text: str, end: int, words: Lexicon, width: int = 1) -> bool:
    """Whether the one character at `end` (or `width` characters) and a township's level word after them close a
    town's name that a short name ending at `end` opens (松江河镇, 巨野河街道, 大兴庄镇): no town is named by one
    character, so the name is the town's, no county's. Not where a character is a level's (上城区街道), nor where the
    last and the level word are a word of their own (长兴城乡, 抚松乡镇: words.township_words), nor a 乡 opening 乡村
    (长兴新乡村)."""
    level = end + width
    if not text.startswith(_TOWNSHIP_LEVELS, level) \
            or not all(character not in NAME_ENDS and HAN.match(character) for character in text[end:level]):
        return False
    return not names_no_town(text, level - 1, next(level + len(word) for word in _TOWNSHIP_LEVELS
                                                   if text.startswith(word, level)), words)


def names_no_town(text: str, start: int, end: int, words: Lexicon | None = None) -> bool:
    """Whether ``text[start:end]``, closed by a township's level word (镇, 乡, 街道), names no town: it holds a character
    and a level word that are a word of their own (城乡, 下乡, 返乡: words.township_words), or its last level word
    opens another word (乡村, 乡贤, 乡风: words.township_openings)."""
    words = words or _lexicon()
    return any(word in text[start:end] for word in words.township_words) \
        or text.startswith(words.township_openings, end - 1)


@functools.cache  # of the catalog's pattern
def _opening_tried(pattern: regex.Pattern) -> OpeningTried:
    """``pattern`` tried only where the text holds a character its match may open with (街, 巷 …): a call of the engine
    cost some thousands of instructions at each short name, where a name is seldom followed by a street's word."""
    return OpeningTried.of(pattern)


def _names_after_place(text: str, end: int, words: Lexicon) -> bool:
    """Whether a school, a law firm or a company named after a place opens at ``end`` (words.named_after_place): tried
    only where one of the words each such name holds (大学, 律师事务所 …) stands within the widest name, as it seldom
    does after a place (a try of the pattern cost some 5,000 instructions at every full and short name found)."""
    held, reach = _named_after_place_words(words.named_after_place)
    return may_hold_words(held, text, end, end + reach) and words.named_after_place.match(text, end) is not None


@functools.cache  # of the catalog's pattern
def _named_after_place_words(pattern: regex.Pattern) -> tuple[re.Pattern[str] | None, int]:
    """The search for the words one of which each match of ``pattern`` holds (scanning.words_held), and how far a try
    reads (a word a lookahead wants lies past the match); no search (None) where that is unbounded."""
    shape = Shape.of(pattern)
    if shape is None or shape.reach is None:
        return None, 0
    return words_search(words_held(pattern)), shape.reach


def _opens_on_number_unit(text: str, start: int, words: Lexicon) -> bool:
    """Whether a name at ``start`` opens with a number's unit right after its digits (前10月湖南法院, 1.2万宁夏, 7成县级,
    近7成都市民, 前10月湖区各县: words.number_closers): the unit and the word after it, no 月湖, 万宁, 成县, 成都市 nor 月湖区."""
    return start > 0 and text[start] in words.number_closers and text[start - 1].isdecimal()


def _two_characters_stand(text: str, start: int) -> bool:
    """Whether a two-character name at ``start`` (赵县, 和县) is a word of its own: it follows no Han character
    (召开县委 is no 开县) but 中共 (中共赵县县委), and is no conjunction after a closing title mark, quote or
    parenthesis (…规定》和县区联动机制 is no 和县). After 法治 or 平安 it is the text's self-reference (平安克州, 法治沛县),
    which _in_context accepts as it does a short name there. Its level repeated by the unit's own committee or government
    right after it (在沛县县委、县政府领导下, 莫旗旗委) names it after any character: a word closed by the level's character
    is followed by the level's bodies, never by the level twice."""
    if text.endswith(PARTY, 0, start) or text.startswith(
            tuple(text[start + 1 : start + 2] + body for body in _SUPERIOR_BODIES), start + 2):
        return True
    return _at_boundary(text, start) and not (start > 0 and text[start] in _CONJUNCTIONS and text[start - 1] in _CLOSINGS)


def _opens_office_of_body(text: str, start: int) -> bool:
    """Whether a two-character name at ``start`` opens the name of a body right after another body's name, as a county's
    office of a city's or the state's bureau is named (某市公安局攸县分局, 国家税务总局沛县税务局): the office is the
    county's, as 局鄞州分局 is for a short name."""
    return text[start - 1] in BODY_ENDS and _body_at(get_catalog().org, text, start) is not None


def _names_purpose(text: str, start: int, end: int, words: Lexicon) -> bool:
    """Whether a short name stands between a purpose's opener and what the work serves there (为大连振兴发展, 助力烟台
    高质量发展): the place the text's work serves. Asked only in a hint, where a short name needs its context."""
    return text.endswith(words.purpose_openers, 0, start) and text.startswith(words.purposes_of_place, end)


def _after_opening_year(text: str, start: int) -> bool:
    """Whether a name at ``start`` follows only the year a hint opens with (2022年度南宁高新区…: the title's first word
    after its year, as 南宁高新区2022年度… opens with it): asked only of a short name in a hint."""
    return start > 0 and (year := _YEAR_OPENING.match(text)) is not None and year.end() == start


def _at_boundary(text: str, start: int) -> bool:
    """Whether a name at ``start`` follows no Han character: asked only where a rule needs it."""
    return start == 0 or not HAN.match(text[start - 1])


def name_holding(text: str, at: int) -> int | None:
    """Where the full name of a division holding the character at ``at`` of ``text`` starts (中山市's 中, 平和县's 和,
    且末县's 且), or None: for a caller cutting a phrase at a word that may be a place's character. As for a scan, a
    name running into a word (市场, 区域), an everyday word (城区) and a two-character name after a Han character (在和县)
    are none."""
    index, words = _index(), _lexicon()
    longest_by_tail = index.longest_name_by_tail
    for end in range(max(at + 1, 2), len(text) + 1):
        longest = longest_by_tail.get(text[end - 2 : end])
        if not longest or text[end - 1 : end + 1] in words.name_end_words:
            continue
        for length, _ in _names_ending(text[end - longest if end > longest else 0 : end]):
            start = end - length
            if start <= at and text[start:end] not in words.generic_names \
                    and (length > 2 or _two_characters_stand(text, start)):
                return start
    return None


def names_places_only(value: str) -> bool:
    """Whether ``value`` (a short line's value, read as a hint) is made only of places' names, one after its parent's
    (上海普陀, 南京江宁, 江苏南京): a publisher named by its place, as a 来源 line names a district's own outlet. A single
    name (上海, 闽清县) or one opening a word (广西日报) is none."""
    hits = _scan_hint(value, _lexicon())
    return len(hits) > 1 and hits[0].start == 0 and hits[-1].end == len(value) \
        and all(hit.end == after.start for hit, after in pairwise(hits))


def find_mentions(text: str) -> list[Mention]:
    """Mentions in reading order; an ambiguous name yields one Mention per candidate."""
    return [
        Mention(start, end, text[start:end], unit) for start, end, units in find_named_units(text) for unit in units
    ]


def find_named_units(text: str) -> tuple[tuple[int, int, tuple[Division, ...]], ...]:
    """The mentions of ``find_mentions`` a name at a time: its span, then every division it may denote.

    For a caller that wants no Mention objects (a report names hundreds of places). A new area customary.tsv lists by
    the unit holding it (西咸新区 in 陕西省) places a text, but is no name of that unit: 雄安新区管委会 is no 河北省's body.
    """
    return _named_units(text, _lexicon())


@functools.lru_cache(maxsize=2)  # as _scan_body: the report's places, asked by its checks, metrics and institutions
def _named_units(text: str, words: Lexicon) -> tuple[tuple[int, int, tuple[Division, ...]], ...]:
    return tuple([(hit.start, hit.end, tuple(map(_unit, hit.candidates))) for hit in _scan_body(text, words)
                  if not _names_area_inside(text[hit.start:hit.end], hit.candidates)])


@functools.lru_cache(maxsize=1)  # the report in hand: its checks and its metrics ask of the same places
def named_spans(text: str) -> tuple[list[int], list[int]]:
    """Where each place ``find_named_units`` finds starts, and where it ends, in reading order: for a caller asking
    whether a stretch of the text names a place."""
    named = find_named_units(text)
    return [start for start, _, _ in named], [end for _, end, _ in named]


def last_named_before(text: str, start: int, end: int) -> tuple[int, int, tuple[str, ...]] | None:
    """The last place ``find_named_units`` finds inside text[start:end] (its span, and the codes of every division it
    may denote), or None: the place a figure at ``end`` is said of last in its sentence. The report's mentions, scanned
    once for its region, are bisected: no Division is built."""
    words = _lexicon()
    hits, starts = _scan_body(text, words), _body_starts(text, words)
    slot = bisect.bisect_left(starts, end) - 1
    while slot >= 0 and hits[slot].start >= start:
        hit = hits[slot]
        if hit.end <= end and not _names_area_inside(text[hit.start:hit.end], hit.candidates):
            return hit.start, hit.end, hit.candidates
        slot -= 1
    return None


def lies_within(code: str, area: str) -> bool:
    """Whether the division ``code`` is the division ``area`` or lies inside it."""
    return area in _within(code)


def _names_area_inside(written: str, candidates: Iterable[str]) -> bool:
    """Whether ``written`` names a new area (西咸新区, 湘江新区) or a development zone (洋浦经济开发区) inside its units,
    not the units themselves (浦东新区)."""
    return written.endswith(_AREAS_INSIDE) and not any(_unit(code).name.endswith(_AREAS_INSIDE) for code in candidates)


# --- deciding the region ----------------------------------------------------


@functools.cache  # of a unit's codes, which a report names again and again
def _deepest(candidates: _Codes) -> _Codes:
    """上海市 names both the province and its city row; keep the lower one."""
    if len(candidates) == 1:
        return candidates
    return tuple(
        code for code in candidates if not any(other != code and code in _within(other) for other in candidates)
    )


def _named_outside_other_names(
    area: Division, forms: Iterable[str], text: str, hits: Sequence[_Hit], hit_starts: list[int]
) -> bool:
    """Whether ``area``'s name (one of ``forms``) occurs in ``text`` other than inside a name of an unrelated unit.

    西安 inside 西安区 (辽源) is no evidence for 西安市; 上海 inside 上海市 is.
    """
    for form in forms:
        position = text.find(form)
        while position >= 0:
            slot = bisect.bisect_right(hit_starts, position) - 1
            enclosing = hits[slot] if slot >= 0 and position + len(form) <= hits[slot].end else None
            if enclosing is None or any(area.code in _within(code) for code in enclosing.candidates):
                return True
            position = text.find(form, position + 1)
    return False


def _forms(area: Division, common: frozenset[str]) -> tuple[str, ...]:
    """The names ``area`` is written by: its full name, and its short name unless it is an everyday word."""
    return tuple(filter(None, (area.name, _usable_short(area, common))))


@functools.lru_cache(maxsize=4096)  # a report's hints are asked of in both of its resolutions (metadata), and recur
def _named_in_hint(code: str, hint: str, words: Lexicon) -> bool:
    """_named_outside_other_names for the unit of ``code`` in a hint, with the hint's own mentions."""
    area, hits = _unit(code), _scan_hint(hint, words)
    return _named_outside_other_names(area, _forms(area, words.common_word_shorts), hint, hits,
                                      [hit.start for hit in hits])


def _settle(candidates: _Codes, settled_codes: set[str], is_named: Callable[[Division], bool]) -> _Codes:
    """Drop the candidates whose context evidence is strictly contained in another's.

    Evidence is the set of a candidate's parents the text names, plus the
    candidate itself when it is mentioned unambiguously elsewhere (两江新区
    settles the old name 江北区). 南京市 + 江苏省 beats 江苏省 alone, so 鼓楼区
    goes to 南京; 上海 against 黑龙江省 is a draw, so 宝山区 stays open.
    """
    evidence = {
        code: frozenset(area.code for area in _lineage(code)[:-1] if is_named(area)) | ({code} & settled_codes)
        for code in candidates
    }
    kept = tuple(
        code
        for code in candidates
        if evidence[code] and not any(evidence[code] < evidence[other] for other in candidates)
    )
    return kept or candidates


def resolve(text: str, hints: Sequence[str] = ()) -> RegionResult:
    """Decide which division ``text`` is about; ``hints`` (title, issuer ...) weigh more."""
    words = _lexicon()
    if not text:
        return _resolve_hints(tuple(hints), words)
    return _resolved(text, hints, words)


@functools.lru_cache(maxsize=1024)
def _resolve_hints(hints: tuple[str, ...], words: Lexicon) -> RegionResult:
    """resolve of hints alone: a pure function of a few short strings (metadata asks it of every report's
    title and issuer, which recur across a site's reports), remembered rather than tallied and elected again."""
    return _resolved("", hints, words)


def _resolved(text: str, hints: Sequence[str], words: Lexicon) -> RegionResult:
    """resolve, with the word lists the scans follow."""
    common = words.common_word_shorts
    body_hits = _scan_body(text, words) if text else ()  # hints alone: nothing to scan, nor to keep in the cache
    written = Counter(hints)  # a hint written twice (法治政府 … 法治政府) is scanned and searched once, and weighs twice
    hint_hits = {hint: _scan_hint(hint, words) for hint in written}
    towns = frozenset().union(*map(_township_stems, written))
    # Tally per candidate set first: a report repeats the same few names hundreds of times.
    tallies: dict[_Codes, list] = {}  # candidates → [score, body spans]
    for evidence in _body_evidence(text, words) if text else ():
        if towns and _only_towns(text, evidence, towns, text):
            continue
        candidates, weight, spans_of = evidence
        if (tally := tallies.get(candidates)) is None:
            tally = tallies[candidates] = [0, []]
        tally[0] += weight
        tally[1].extend(spans_of)
    for hint, hits in hint_hits.items():  # a list in a hint (分别是北京、上海、江苏) names what its places share, as in the body
        for evidence in _evidence_of(hint, hits):
            if towns and _only_towns(hint, evidence, towns, text) or text and _opens_towns_only(hint, evidence, text):
                continue
            candidates = evidence[0]
            tallies.setdefault(candidates, [0, []])[0] += HINT_WEIGHT * written[hint]

    deepest = {candidates: _deepest(candidates) for candidates in tallies}
    settled_codes: set[str] = set()
    for codes in deepest.values():
        if len(codes) == 1:
            settled_codes |= _within(codes[0])

    named: dict[str, bool] = {}  # memo of is_named by code: a dict, cheaper than a functools.cache made per call

    def is_named(area: Division) -> bool:
        if (known := named.get(area.code)) is None:
            known = named[area.code] = (
                area.code in settled_codes
                or any(phrase in text for phrase in words.province_phrases.get(area.code, ()))
                or _named_outside_other_names(area, _forms(area, common), text, body_hits,
                                              _body_starts(text, words) if text else [])
                or any(_named_in_hint(area.code, hint, words) for hint in hint_hits)
            )
        return known

    scores: Counter[_Key] = Counter()
    spans: dict[_Key, list[tuple[int, int]]] = defaultdict(list)
    for candidates, (score, body_spans) in tallies.items():
        codes = deepest[candidates]
        if len(codes) > 1:
            codes = _settle(codes, settled_codes, is_named)
        key: _Key = codes[0] if len(codes) == 1 else codes
        scores[key] += score
        spans[key].extend(body_spans)

    result = _as_named(_elect(scores, spans, _citys_parts(text, scores, body_hits, hint_hits, words), text,
                              _addressee(text) if text else None), text)
    if text and result.code and _told_as_provinces_case(text, result, result.code, hint_hits, words):
        return _naming(_lineage(result.code)[0].code, result.mentions, ambiguous=(), note=None)
    if text and result.code and not result.mentions:
        result = dataclasses.replace(result, mentions=_written_hint_spans(text, result.code, hint_hits))
    return result


def _written_hint_spans(text: str, code: str, hint_hits: Mapping[str, tuple[_Hit, ...]]) -> tuple[tuple[int, int], ...]:
    """Where the hints alone that elected ``code`` name it in ``text``: a title's old or short form of the unit (吴江市 of
    吴江区, 铜山县 of 铜山区), which the body's scan takes as no mention, is still the characters the region was read from,
    wherever the hint is written in the text as it stands."""
    spans: set[tuple[int, int]] = set()
    for hint, hits in hint_hits.items():
        if (at := text.find(hint)) >= 0:
            spans.update((at + hit.start, at + hit.end) for hit in hits
                         if any(_supports(candidate, code) for candidate in hit.candidates))
    return tuple(sorted(spans))


def _told_as_provinces_case(text: str, result: RegionResult, code: str, hint_hits: Mapping[str, tuple[_Hit, ...]],
                            words: Lexicon) -> bool:
    """Whether the unit below a province that the body elected is only the case a province's item tells: the text
    speaks as the province in the first person twice or more (今年5月,某县法律援助中心…;一年来,我区各地…,我区各级…共受理)
    and so more often than as the unit (speaks_as_province), and no title or issuer names the unit. A county's text
    says 全省 in passing, not 我省, and one its title names is its own whatever it says."""
    if result.ambiguous or (result.city is None and result.county is None):
        return False
    province = _lineage(code)[0]
    if sum(text.count(prefix + province.name[-1]) for prefix in words.first_person_prefixes) < 2:
        return False
    below = _within(code) - {province.code}
    if any(below.intersection(hit.candidates) for hits in hint_hits.values() for hit in hits):
        return False
    return speaks_as_province(text, code)


@functools.lru_cache(maxsize=1024)  # hints recur across a site's reports
def _township_stems(hint: str) -> frozenset[str]:
    """The short names ``hint`` writes as a township's (莲花街道, 东海镇, 青山乡; not the 乡 of 乡村): a report its title or
    issuer gives to a town calls itself by that stem (平安莲花、法治莲花), which names the town, never the county of
    the same short name elsewhere."""
    index = _index()
    stems: set[str] = set()
    for word in TOWNSHIP_OFFICES:
        position = hint.find(word, 2)
        while position >= 0:
            longest = index.longest_short_by_tail.get(hint[position - 2 : position])
            if longest and not hint.startswith(_lexicon().township_openings, position):
                stems.update(hint[position - length : position] for length in range(min(longest, position), 1, -1)
                             if hint[position - length : position] in index.by_short)
            position = hint.find(word, position + len(word))
    return frozenset(stems)


def _only_towns(written: str, evidence: _Evidence, towns: frozenset[str], text: str) -> bool:
    """Whether a piece of evidence ``written`` holds (the body or a hint) writes only a town's stem (_township_stems),
    and the body calls its superiors by no level of the units so named: a town names its county by the level (在县委
    县政府的领导下), so 瓜州镇's 法治瓜州 under 县委 is its county's, 瓜州县, and 莲花街道's 法治莲花 under none is
    no 莲花县's."""
    candidates, _, spans = evidence
    return bool(spans) and all(written[start:end] in towns for start, end in spans) and not any(
        _unit(code).name[-1] + body in text for code in candidates for body in _SUPERIOR_BODIES)


_TOWN_AFTER_SHORT_NAME = 2  # the characters of a town's name after a county's short name it opens (巴彦|塔拉镇)


def _opens_towns_only(hint: str, evidence: _Evidence, text: str) -> bool:
    """Whether a hint's evidence is only short names opening a town's name two characters longer (巴彦塔拉镇: 巴彦, then
    塔拉镇), which the body writes nowhere but in that town's name: the town is named so, no county of that short name
    (巴彦县) is its place. A short name the body writes apart from the town's (余杭良渚街道 of a text naming 余杭区) stays
    the place the town lies in; a town a character longer is no county's name already (_opens_town_name)."""
    spans = evidence[2]
    return bool(spans) and all(_town_opened(hint, start, end, text) for start, end in spans)


def _town_opened(hint: str, start: int, end: int, text: str) -> bool:
    """Whether the short name of ``hint`` from ``start`` to ``end`` opens a town's name two characters longer that the
    body (``text``) writes it only in (_opens_towns_only)."""
    if hint[end - 1] in NAME_ENDS or not _opens_town_name(hint, end, _lexicon(), _TOWN_AFTER_SHORT_NAME):
        return False
    level = next(level for level in _TOWNSHIP_LEVELS if hint.startswith(level, end + _TOWN_AFTER_SHORT_NAME))
    return text.count(hint[start:end]) == text.count(hint[start : end + _TOWN_AFTER_SHORT_NAME + len(level)])


def _citys_parts(text: str, scores: Mapping[_Key, float], body_hits: Sequence[_Hit],
                 hint_hits: Mapping[str, tuple[_Hit, ...]], words: Lexicon) -> frozenset[str]:
    """The counties a text names as parts of its city, not as its own place: the text names another county of the same
    city too (文峰区、内黄县…; 以高要区为例…鼎湖区…) or the city's counties together (…出庭应诉率为70%,居各区县之首:
    words.city_parts), calls itself by the city's level more than once (全市共受理…, 占全市近20%) and never by the
    county's (全区, 本县); the county is named …区 or …县 (not …市, as a county-level city saying 全市 of itself is), and
    no title or issuer names it. A district's report naming only its district says 全市 of its city in passing
    (服务保障全市发展)."""
    counties = [key for key in scores if isinstance(key, str) and _unit(key).level == COUNTY]
    if not counties or _own_calls(text, "市", words) < 2:
        return frozenset()
    parts = [key for key in counties if _unit(key).name[-1] != "市"]
    if not parts:
        return frozenset()
    in_hints = {code for hits in hint_hits.values() for hit in hits for code in hit.candidates}
    calls = {last: _own_calls(text, last, words) for last in {_unit(key).name[-1] for key in parts}}
    parts = [key for key in parts if not calls[_unit(key).name[-1]] and key not in in_hints]
    if not parts:
        return frozenset()
    named = {code for hit in body_hits if len(hit.candidates) == 1 for code in hit.candidates}.union(counties)
    cities = Counter(_unit(code).parent for code in named if _unit(code).level == COUNTY)
    # (the counties together looked for last, where a county has no other of its city beside it: a pass of the text
    # for each form)
    if any(cities[_unit(key).parent] < 2 for key in parts) and not any(word in text for word in words.city_parts):
        parts = [key for key in parts if cities[_unit(key).parent] > 1 or _scene_of_city(text, key, body_hits, words)]
    return frozenset(parts)


_QUOTE_OPENINGS = "“「『\""  # what a paragraph opening on someone's words opens with


def _scene_of_city(text: str, county: str, body_hits: Sequence[_Hit], words: Lexicon) -> bool:
    """Whether a county the text names alone of its city's is first named in a paragraph opening on someone's words
    (“…”在某区调处中心的调解室内,市民某某说。), after paragraphs naming the city itself (镇江聚焦…,全市…): the text,
    calling itself 全市 (_citys_parts), is the city's, and the county the scene its quote is set in; not where the
    city is first named with the county (某市某区司法局…), as a county's text names its city, nor where the county comes
    in the city's own sentences (全市…。某区行政机关负责人出庭应诉率为70%), which may tell its figures."""
    first = next((hit.start for hit in body_hits if county in hit.candidates), -1)
    line_start = text.rfind("\n", 0, first) + 1
    if first < 0 or not line_start or not text[line_start:first].lstrip(_OPENING_BLANKS).startswith(tuple(_QUOTE_OPENINGS)):
        return False
    city = _unit(_unit(county).parent)
    return any(0 <= text.find(form, 0, line_start) for form in _forms(city, words.common_word_shorts))


_Evidence = tuple[_Codes, int, tuple[tuple[int, int], ...]]  # candidates, weight, body spans


@functools.lru_cache(maxsize=2)  # metadata resolves a report twice when its opening must decide
def _body_evidence(text: str, words: Lexicon) -> tuple[_Evidence, ...]:
    """(candidates, weight, spans) of what the body says of its place.

    Beyond the mentions of the module docstring: examples, places the text's own acts on (督促茶陵县…, 对乙县、丙区…开展
    督察: _own_subjects) and address lines are left out, and provinces named only in
    cited documents' titles (贯彻《某省…条例》: the province that made the document, which bodies inside it and outside
    cite alike; a county's or a city's plan, 落实《某县2024年…工作要点》, is its own or its superior's); a list of
    units of one level (分赴A县、B县、C县) names only what they share, once; the short name of a unit the
    text names in full, or one of whose units it names, counts wherever it stands (临沧 with 永德县); and
    the text's calling itself by a level (全市, 我县, and 市政府 with one of those; or 区政府, 区司法局 twice with none of
    those; a league's 盟委、行署, a prefecture's 地委: words.level_calls) counts for the only unit of that level it
    names, or the one holding all the others (衢州市 over 江山市), when it does so more than
    once or names nothing inside that unit (a county's text says 全市 in passing); 本市场 is a market. A text
    naming no unit in full but saying 全省 names its province by the short name (湖北); saying 全市, its city by a short
    name no other unit bears, said twice (白山). The first body named, when it opens a clause, is the lead's subject
    and counts once more (近日,井研县司法局开展…: a news item naming its actor once is about it; _lead_body); so does the
    one bureau a text calling itself 我局 names in full, its own (印发《某市交通运输局…规程》; _own_body).
    """
    body_hits = _scan_body(text, words)
    starts = _body_starts(text, words)
    addresses = [m.span() for m in _whole_lines(words.address_line).matches(text)]
    address_starts = [start for start, _ in addresses]  # ascending, the lines apart: the one before decides
    cited = [m.span() for m in cited_titles(text)] if "《" in text else []  # as the documents were read from
    cited_starts = [start for start, _ in cited]  # ascending, apart: titles do not nest

    found_by_short: dict[str, list[tuple[int, int]]] = {}  # a short name two units bear (上海: the province and its
    # city row) is looked for once: each look is a pass of the text

    def short_mentions(unit: Division) -> list[tuple[int, int]]:
        """Where the body says the unit's short name, address lines left out."""
        short = _usable_short(unit, words.common_word_shorts)
        if (found := found_by_short.get(short)) is None:
            found = found_by_short[short] = [span for span in _short_mentions(text, short, body_hits, starts, words)
                                             if not addresses or not _in_spans(span[0], address_starts, addresses)]
        return found

    subject = _own_subjects(text, body_hits, addresses, address_starts, words)
    if cited:  # a province's title counts where the text names the province in its own words too, or put it out
        quoted = [_in_spans(hit.start, cited_starts, cited) for hit in subject]  # each mention asked once
        own_words = {code for hit, in_title in zip(subject, quoted) if not in_title for code in hit.candidates}
        subject = [hit for hit, in_title in zip(subject, quoted) if not in_title
                   or own_words.intersection(hit.candidates) or not _provincial(hit.candidates)
                   or _issued_as_own(text, hit, cited[bisect.bisect_right(cited_starts, hit.start) - 1][0], words)]
    if visited := _visited(text, subject, words):  # a reporter's visit's scene (记者随后走访了某区…): none of its places
        subject = _without_visited(subject, visited)
    if destinations := _named_once_apart(subject):  # 到永川区学习 in a text of 荣昌区's: not its own place
        subject = [hit for hit in subject if hit not in destinations or not in_elsewhere_clause(text, hit.start)]
    elif _only_elsewhere(text, subject):  # 赴浙江省杭州市学习 in a bureau's text naming no place of its own
        subject = []
    if subject and _only_examples(text, subject):  # 以铜陵市义安区为例 in an essay naming no place of its own
        subject = []
    evidence = _evidence_of(text, subject)
    if (lead := _lead_body(text, subject, words)) is not None:
        evidence.append((lead.candidates, BODY_WEIGHT, ((lead.start, lead.end),)))
    if (own_body := _own_body(text, subject, words)) is not None:
        evidence.append((own_body, BODY_WEIGHT, ()))
    # The units named outright; a list's members only for what they share (a site's menu of provinces names none).
    named = {codes[0] for candidates, _, _ in evidence if len(codes := _deepest(candidates)) == 1}
    confirmed = {code for unit_code in named for code in _within(unit_code)}
    for code in sorted(confirmed):
        if spans := short_mentions(_unit(code)):
            evidence.append(((code,), BODY_WEIGHT * len(spans), tuple(spans)))
            named.add(code)
    # A province's own text may name no unit in full, calling itself 全省 (or, a department's, 我厅, 省厅) and its
    # province by the short name alone (2020年是湖北历史上…, 上半年四川新收…, 建设交通强国山东示范区): that province, when
    # it is the only one so named. So a city's, calling
    # itself 全市 and its city by a short name no other unit bears, said more than once as what it works for (推动白山
    # 全面振兴…谱写现代化白山新篇章; 金华交办…金华各级法院, of a city under it). An autonomous region's text calls
    # itself 自治区 with no name before it (自治区司法厅召开…, 在自治区党委领导下) and names it by the short name
    # (内蒙古“掌上复议”, 新疆各族群众): the one autonomous region so named. So does one calling itself 全区 (我区) where
    # the region's department is named by the short name (记者从广西司法厅获悉,2023年全区…: only a province's bodies are 厅,
    # _names_department), the short name counted there: a district's text says 全区 too, and names other places in
    # passing (援藏, 新疆棉花).
    province_calls = (*(prefix + "省" for prefix in words.own_place_prefixes), *_department_calls(words))
    city_calls = tuple(prefix + "市" for prefix in words.own_place_prefixes)
    region_calls = tuple(prefix + _level_word(AUTONOMOUS_REGION) for prefix in words.own_place_prefixes)
    for calls, least, units in ((province_calls, 1, provinces),
                                ((AUTONOMOUS_REGION, *region_calls), 1, _autonomous_regions),
                                (city_calls, 2, lambda: _cities_written(text))):
        if named or not any(call in text for call in calls):
            continue
        shorts = [(unit.code, spans) for unit in units() if len(spans := short_mentions(unit)) >= least]
        if calls[0] == AUTONOMOUS_REGION and AUTONOMOUS_REGION not in text:  # 全区 alone: its department names it
            shorts = [(code, departments) for code, spans in shorts
                      if (departments := [span for span in spans if _names_department(text, span[1])])]
        if not shorts and calls is province_calls and (listed := _province_of_listed_cities(text, words)):
            shorts = [listed]  # 杭州、宁波、温州三地法院…全省: the one province all the cities listed are of
        if len(shorts) == 1:
            (code, spans), = shorts
            evidence.append(((code,), BODY_WEIGHT * len(spans), tuple(spans)))
            named.add(code)
    mentioned = named.union(*(hit.candidates for hit in subject))
    by_level: defaultdict[str, list[str]] = defaultdict(list)
    for code in named:
        by_level[_level_word(_unit(code).name)].append(code)
    for level, code in _levels_written_before_renaming(text, evidence):
        by_level[level].append(code)
    bare_bodies: Counter[str] | None = None
    for last, so_named in by_level.items():
        outermost = [code for code in so_named if all(code in _within(other) for other in so_named)]
        if len(outermost) != 1:
            continue  # two cities: 全市 is either
        (only,) = outermost
        # A pair of superiors whose committee a unit's name opens (在启东市委、市政府的领导下, in a text naming 南通市 too) is
        # that unit's, and counts as two calls of its place, as a bare pair counts for the outermost unit: a bureau of
        # a county-level city names its own superiors so, and its city's bureau after them (在南通市局的支持下).
        attached = {code: pairs for code, pairs in _superiors_attached(text, last, body_hits, starts).items()
                    if code != only and code in so_named}
        evidence.extend(((code,), BODY_WEIGHT, ()) for code in attached)
        elsewhere = sum(attached.values())
        said = times = _own_calls(text, last, words)
        if said <= 1:  # bodies by the level alone confirm one call, or make two: a department's or a street's text
            # (在区委、区政府领导下,区司法局…) names its superiors so, and its place once (《上城区…意见》), never saying 全区;
            # so does its level's rule-of-law office or work (在工委依法治区办的领导下, 全面依法治区)
            if bare_bodies is None:
                bare_bodies = _bare_bodies(text, words)
            times += max(0, bare_bodies[last] - elsewhere) + 2 * (_superiors_named(text, last) - elsewhere) \
                + sum(text.count(word + last) for word in words.own_level_rule_of_law)
            if (level_calls := words.level_calls.get(last)) is not None:  # a league's 盟委、行署, a prefecture's 地委
                times += len(level_calls.findall(text))
        if (times > 1 or said and not any(only in _within(code) for code in mentioned - {only})) \
                and not _named_only_elsewhere(text, only, subject, evidence):
            evidence.append(((only,), BODY_WEIGHT, ()))
    return tuple(evidence)




def _levels_written_before_renaming(text: str, evidence: Sequence[_Evidence]) -> set[tuple[str, str]]:
    """(level, code) of each unit the evidence names outright by a former name of another level (祁阳县 of 祁阳市, 茌平县
    of 茌平区: renamed.tsv), the name its own (not a member's of a list settled at what they share): a text written under
    the old name calls its place by the old level (全县, 我县), which is that unit's call as much as its present level's."""
    by_name = _index().by_name
    levels: set[tuple[str, str]] = set()
    # each name as written asked once for its candidates: a report names its place the same way dozens of times
    for candidates, written in {(candidates, text[start:end]) for candidates, _, spans in evidence for start, end in spans}:
        if len(codes := _deepest(candidates)) == 1 and (level := _level_word(written)) != _level_word(
                _unit(codes[0]).name) and codes[0] in _codes(by_name.get(written, ())):
            levels.add((level, codes[0]))
    return levels


_DIGIT = compile_cached(r"\d")  # a figure's


@functools.cache  # of the catalog's pattern
def _reporter_words(pattern: regex.Pattern) -> tuple[str, ...] | None:
    """The words one of which every reporter_visit match holds (记者, 笔者), each looked for over the whole text."""
    return words_each(words_held(pattern))


_DESTINATIONS_MAX = 2  # units named once a text may have gone to, learned from or paired with: more are a list of its own


def _named_once_apart(hits: Sequence[_Hit]) -> list[_Hit]:
    """The mentions of units ``hits`` name once each, alone, that lie on another line than every other unit named (永川区
    beside 荣昌区; not 常州市 and its 天宁区), at most _DESTINATIONS_MAX of them: only they are asked whether they stand in a
    clause naming a destination, a model or a partner (亲自带队到永川区学习, 赴徐汇区考察, 与武隆区对口协作: the
    opening_elsewhere cue), another place's, and left out. A place the text names more often, or a city's list of its
    counties, is never asked (a search of each mention's clause)."""
    counts = Counter(hit.candidates[0] for hit in hits if len(hit.candidates) == 1)
    once = [code for code, times in counts.items() if times == 1]
    if len(counts) < 2 or not 0 < len(once) <= _DESTINATIONS_MAX:
        return []
    apart = {code for code in once if all(code not in _within(other) and other not in _within(code)
                                          for other in counts if other != code)}
    return [hit for hit in hits if len(hit.candidates) == 1 and hit.candidates[0] in apart] if apart else []


def _only_elsewhere(text: str, hits: Sequence[_Hit]) -> bool:
    """Whether the few mentions ``hits`` (_DESTINATIONS_MAX units' names, a province's and its city's each) all stand in
    clauses naming a destination, a model or a partner (赴某省某市学习考察, 与某市联合执法, 向某省各市移送线索: the
    opening_elsewhere cue): a text naming no place of its own but another's, where it went or whom it worked with, is not
    placed by them. A text naming more is never asked (a search of each mention's clause)."""
    return 0 < len(hits) <= 2 * _DESTINATIONS_MAX and all(in_elsewhere_clause(text, hit.start) for hit in hits)


def _without_visited(hits: Sequence[_Hit], visited: frozenset[str]) -> list[_Hit]:
    """``hits`` but the mentions of a scene the reporter went to or saw (_visited): those each of whose candidates lies
    in a visited unit."""
    return [hit for hit in hits if not all(visited.intersection(_within(code)) for code in hit.candidates)]


def _visited(text: str, hits: Sequence[_Hit], words: Lexicon) -> frozenset[str]:
    """The units below a province the text first names in a reporter's visit (words.reporter_visit: 记者随后走访了某区
    医调委, 记者先后前往某省某市) after naming a unit holding them in full, and its figures, before that clause
    (某省医调组织调处纠纷4352件。): the scene the reporter went to, whose place, however often named after (in the visited
    body's name, its staff's words), is not the text's. A visit after the place above only hosted something (某省司法厅
    召开会议。会后,记者来到某区…) is to the subject, whose figures come after. A text opening on the visit (近日,记者来到某省某县某镇。) names its own place so, and a
    paper's or a dateline's short name before it (本报杭州讯) says nothing of the subject. So is a scene the reporter
    saw with no visit said (words.reporter_scene: 在该市某区一处调解室,记者看到…), its place first named inside it."""
    first_hits: dict[str, int] = {}
    for hit in hits:
        if len(hit.candidates) == 1 and _unit(hit.candidates[0]).level != PROVINCE:
            first_hits.setdefault(hit.candidates[0], hit.start)
    if not first_hits or not holds_any_word(_reporter_words(words.reporter_visit), text):
        return frozenset()  # (a text naming no reporter is not searched with the patterns: each holds 记者 or 笔者)
    visits = [m.span() for m in words.reporter_visit.finditer(text)]
    scenes = [m.span() for m in words.reporter_scene.finditer(text)]
    if not visits and not scenes:
        return frozenset()
    found: set[str] = set()
    for code, first in first_hits.items():
        unit = _unit(code)
        first = min((at for form in _forms(unit, words.common_word_shorts) if 0 <= (at := text.find(form)) < first),
                    default=first)
        clause = _clause_start(text, first)
        if not any(clause <= start and end <= first for start, end in visits) \
                and not any(start <= first < end for start, end in scenes):
            continue
        above = _within(code) - {code}
        if any(hit.start < clause and above.issuperset(hit.candidates) and _DIGIT.search(text, hit.start, clause)
               for hit in hits):
            found.add(code)
    return frozenset(found)


# The bodies a report is sent to before the colon opening its first paragraph, or alone on a line under its title
# (中共某市委、某市人民政府:, 区政府:, 市委、市政府:), the last in group 1.
ADDRESSEE = compile_cached(r"(?:\p{Han}{2,20}、){0,4}(\p{Han}{2,20}):")
_ADDRESSEE_LINES = 6  # the lines of a text's head an addressee may stand on, above or opening its first paragraph


def _addressee(text: str) -> tuple[int, int] | None:
    """The span of the bodies the text is sent to (ADDRESSEE, each a body's name: 中共株洲市委、株洲市人民政府:) on one of
    its first lines, up to the first holding a sentence's end: a county-level city's report to its city's committee
    and government names its superiors there, not its own place."""
    start = 0
    for _ in range(_ADDRESSEE_LINES):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        m = ADDRESSEE.match(line.lstrip(LINE_BLANKS))
        if m is not None and all(body[-1:] in BODY_ENDS for body in m.group(0)[:-1].split(LIST_SEPARATOR)):
            blanks = len(line) - len(line.lstrip(LINE_BLANKS))
            return start + blanks, start + blanks + m.end()
        if "。" in line or end == len(text):
            return None
        start = end + 1
    return None


def _level_word(name: str) -> str:
    """The level a unit's text calls its own place by (全市, 全县, 全地区): its name's last character, or 地区."""
    return PREFECTURE if name.endswith(PREFECTURE) else name[-1]


def _own_subjects(text: str, hits: Sequence[_Hit], addresses: list[tuple[int, int]], address_starts: list[int],
                  words: Lexicon) -> list[_Hit]:
    """The mentions that may say what the text's own place is: not one given as an example or a part (如某县, 其中某区:
    words.example_end), nor one its own place acts on (督促茶陵县…, 对乙县…开展督察: words.acted_on), nor one on an
    address line, nor any listed right after such a one (如甲县、乙县; 对乙县、丙区…)."""
    example_end = words.example_end
    acted_on = _acted_on_before(words.acted_on)
    subject: list[_Hit] = []
    left_out_end = -2  # where the last mention left out ends (none yet: no start follows it by one)
    for hit in hits:
        start = hit.start
        if start == left_out_end + 1 and text[left_out_end] == LIST_SEPARATOR or text.endswith(example_end, 0, start) \
                or start and text[start - 1] in acted_on[0] and acted_on[1].match(text, start) is not None \
                or addresses and _in_spans(start, address_starts, addresses):  # (most texts have no address line)
            left_out_end = hit.end
        else:
            subject.append(hit)
    return subject


@functools.cache  # of the catalog's pattern
def _acted_on_before(pattern: regex.Pattern) -> tuple[str, regex.Pattern]:
    """The characters a match of ``pattern`` (words.acted_on) may end with, and a pattern matching where one ends: a
    mention is tried only where one of those characters stands right before it, the lookbehind's engine at a few."""
    shape = Shape.of(pattern)
    if shape is None or shape.last is None or shape.last[1]:
        raise ValueError("acted_on must end each alternative with a character of its own (督促, 向, 对)")
    return "".join(sorted(shape.last[0])), compile_cached(f"(?<=(?:{pattern.pattern}))")


def _issued_as_own(text: str, hit: _Hit, title_start: int, words: Lexicon) -> bool:
    """Whether a province named in the cited title opening at `title_start` is the text's own: the title right after a
    verb a body puts its own document out with (制定《某省…实施方案》, 印发了《…》: the issuing_verbs), in a text speaking
    as that province (我省, 本省, an autonomous region's 我区; or 自治区 with no name before it, 自治区人民政府印发…, in a
    text calling itself by no level below: a county's text names its region's government so; or 全省 twice, and no
    level below: _speaks_only_as), as a province's report names the documents it made. A title it carries out or learns
    from (贯彻《…》, 借鉴《…》) names another's place, and so does one its superior put out, in a text saying 全省 in
    passing (位居全省前列) and 全县 of its own place."""
    before = text[max(0, title_start - 3):title_start].removesuffix("了")
    if not before.endswith(words.issuing_verbs):
        return False
    for code in hit.candidates:
        unit = _unit(code)
        if unit.level != PROVINCE:
            continue
        if any(prefix + unit.name[-1] in text for prefix in words.first_person_prefixes):
            return True
        if _speaks_only_as(text, unit.name[-1], words):
            return True
        if unit.name.endswith(AUTONOMOUS_REGION) \
                and any(at == 0 or not HAN.match(text[at - 1]) for at in literal_starts(text, AUTONOMOUS_REGION)) \
                and not any(prefix + level in text for prefix in words.own_place_prefixes for level in _BELOW_REGION):
            return True
    return False


_BELOW_REGION = "市县州旗盟"  # the levels of the units an autonomous region holds, as their texts call themselves (我市, 全县)
_BELOW_LEVEL = {"省": "市县区州旗盟", "市": "区县"}  # …and those a province's or a municipality's hold


def _speaks_only_as(text: str, level: str, words: Lexicon) -> bool:
    """Whether the text calls its own place by a province's level ``level`` (全省, 本省; 全市 of a municipality) twice
    or more and never by a level below it (全市, 全县, 我区): a province's own text, which names the documents it put out
    (印发《2025年某省…工作要点》) with its place, and the place nowhere else."""
    below = _BELOW_LEVEL.get(level)
    return below is not None and _own_calls(text, level, words) >= 2 \
        and not any(_own_calls(text, lower, words) for lower in below)


def _named_only_elsewhere(text: str, code: str, hits: Sequence[_Hit], evidence: Sequence[_Evidence]) -> bool:
    """Whether every mention of the unit ``code`` stands in a clause naming a place other than the text's own, a
    partner, a destination or a model (与武隆区对口协作, 赴徐汇区学习; the opening_elsewhere cue of [metadata.cues]): the
    text calling itself by the unit's level says nothing of that unit being its own."""
    spans = [(hit.start, hit.end) for hit in hits if code in hit.candidates]
    spans += [span for candidates, _, found in evidence if candidates == (code,) for span in found]
    return bool(spans) and all(in_elsewhere_clause(text, start) for start, _ in spans)


def in_elsewhere_clause(text: str, start: int) -> bool:
    """Whether the clause holding ``start`` names, before it, a place other than the text's own, a destination, a model
    or a partner (赴宁波市学习, 借鉴杭州市经验, 与某市签订…: opening_elsewhere of [metadata.cues])."""
    clause, end = _clause_around(text, start)
    found = _elsewhere().search(text, clause, end)
    return found is not None and found.start() < start


def _clause_around(text: str, start: int) -> tuple[int, int]:
    """Where the clause holding ``start`` starts and ends."""
    end = _CLAUSE_MARK.search(text, start)
    return _clause_start(text, start), len(text) if end is None else end.start()


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` starts: past the last mark before it (_CLAUSE_OPENINGS), read back from ``at``
    to the first one found, where a find of each mark read to the text's start for a mark it never holds (?, !)."""
    mark = _CLAUSE_MARK_BEFORE.search(text, 0, at)
    return 0 if mark is None else mark.end()


def _only_examples(text: str, hits: Sequence[_Hit]) -> bool:
    """Whether every place the text names stands inside the words giving an example (以铜陵市义安区为例: the catalog's
    examples of [quantities]; a place right after an example's word, 如某县, 比如某县, is left out by words.example_end):
    a text naming places only as examples of what it says (an essay on the work, 以某区为例,2024年调解纠纷531件) names
    no place of its own."""
    example = get_catalog().example_of_one
    for hit in hits:
        clause, end = _clause_around(text, hit.start)
        if not any(m.start() < hit.start and m.end() >= hit.end for m in example.finditer(text, clause, end)):
            return False
    return True


def _elsewhere() -> regex.Pattern:
    """The opening_elsewhere cue of [metadata.cues], as one pattern."""
    return compile_cached("(?:" + get_catalog().metadata_cues["opening_elsewhere"].pattern + ")")


def _in_spans(position: int, starts: list[int], spans: list[tuple[int, int]]) -> bool:
    """Whether ``position`` is inside one of ``spans`` (apart, ascending; ``starts`` their starts): an address line or
    a cited title (《某省…条例》), found by bisection, not by trying each span for each mention."""
    slot = bisect.bisect_right(starts, position) - 1
    return slot >= 0 and position < spans[slot][1]


def _own_body(text: str, hits: Sequence[_Hit], words: Lexicon) -> _Codes | None:
    """The place of the one body of its own kind a text names in full, when it calls itself by that kind more than once
    (我局 twice or more, and only 《江门市交通运输局…规程》: a bureau's text names itself in full in a title of its own, as it
    names a document it made); a body's place is the last place its name holds (台州市路桥区人力资源和社会保障局: 路桥区).
    None when the text names no such body, or bodies of several places (its superior's besides its own)."""
    said = Counter[str]()
    for call in words.own_body_calls:
        said[call[-1]] += text.count(call)
    ends = {end for end, times in said.items() if times > 1}
    if not ends:
        return None
    org = get_catalog().org
    # A name ending as such a body's holds its end within the widest name: no other mention is tried (a try of the
    # pattern costs some 50,000 instructions, and a bureau's text names its place at most mentions without one).
    widest = shape.width if (shape := Shape.of(org)) is not None and shape.width is not None else len(text)
    places: dict[int, _Codes] = {}  # where each body so named ends → the last place inside it
    body_end = -1
    for hit in hits:
        if hit.start < body_end:
            places[body_end] = hit.candidates
        elif any(text.find(end, hit.start, hit.start + widest) >= 0 for end in ends) \
                and (body := _body_at(org, text, hit.start)) is not None and body.group()[-1] in ends:
            body_end = body.end()
            places[body_end] = hit.candidates
    return places.popitem()[1] if len(set(places.values())) == 1 else None


def _body_at(org: regex.Pattern, text: str, start: int) -> regex.Match | None:
    """The name of a body (org, the catalog's) opening at ``start``: a try of its long pattern costs some 50,000
    instructions, and _own_body and _lead_body ask at a report's first mentions alike. Not tried where the run of
    the characters a name is made of holds none a name may end with (_name_ends): 宝山区关于规范…的意见》."""
    tried = _answers_in(text, org)
    if start not in tried:
        ends = _name_ends(org)
        run = _NAME_RUN.match(text, start) if ends is not None else None
        tried[start] = None if ends is not None and run is not None and ends.search(text, start, run.end()) is None \
            else org.match(text, start)
    return tried[start]


_NAME_RUN = compile_cached(r"[\p{Han}()]*")  # what _reads_only_names lets a body's name be made of
_NAME_RUN_BEFORE = compile_cached(r"(?r)[\p{Han}()]*")  # …read back from where it ends


def name_run_start(org: regex.Pattern, text: str, pos: int, end: int) -> int:
    """The first offset from ``pos`` a match of ``org`` ending at ``end`` may open at: past the last character before
    ``end`` that no body's name is made of, when the pattern takes no other (_takes_only_names); ``pos`` otherwise."""
    if not _takes_only_names(org) or text.endswith("\n", 0, end):  # $ matches before a final line break too
        return pos
    run = _NAME_RUN_BEFORE.match(text, pos, end)
    return run.start() if run is not None else pos


@functools.cache  # of the catalog's patterns
def _takes_only_names(pattern: regex.Pattern) -> bool:
    """_reads_only_names of a compiled pattern whose flags change nothing it reads."""
    return not pattern.flags & (regex.IGNORECASE | regex.VERBOSE) and _reads_only_names(pattern.pattern)


@functools.cache  # of the catalog's pattern
def _name_ends(org: regex.Pattern) -> regex.Pattern | None:
    """A search for the characters a match of ``org`` may end with (scanning.Shape's last), when every character a
    match takes is a Han character or a parenthesis (_takes_only_names); None when the pattern's text does not tell."""
    shape = Shape.of(org)
    if shape is None or shape.last is None or not _takes_only_names(org):
        return None
    chars, classes = shape.last
    ends = [*([f"[{''.join(map(regex.escape, sorted(chars)))}]"] if chars else []), *classes]
    return compile_cached("|".join(ends)) if ends else None


def _reads_only_names(pattern: str) -> bool:
    """Whether every character a match of ``pattern`` takes is a Han character or a parenthesis, as its text shows:
    literal Han characters, \\p{Han}, \\( and \\) and classes of those, under groups and repeats; a lookaround reads
    but takes nothing. Any other character, escape or class (a range, a negation), a dot or flags may take anything."""
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" or c == "[":
            i = _name_characters_end(pattern, i)
            if i < 0:
                return False
        elif c == "(":
            if pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
                i = closing(pattern, i) + 1  # a lookaround: it takes nothing
                if i <= 0:
                    return False
            elif pattern.startswith(("(?P<", "(?<"), i):
                i = pattern.find(">", i) + 1
            elif pattern.startswith("(?:", i):
                i += 3
            elif pattern.startswith("(?", i):
                return False  # flags, a reference, a condition
            else:
                i += 1
        elif c == "{":
            close = pattern.find("}", i)
            if close < 0 or _REPEAT_BOUNDS.fullmatch(pattern, i + 1, close) is None:
                return False
            i = close + 1
        elif c in ")|?*+^$" or HAN.match(c):
            i += 1
        else:
            return False
    return True


_REPEAT_BOUNDS = compile_cached(r"\d*,?\d*")  # what a repeat's braces hold: {2,6}
_NAME_ESCAPES = ("\\p{Han}", "\\(", "\\)")  # the escapes of the characters a body's name is made of


def _name_characters_end(pattern: str, i: int) -> int:
    """Where the escape or the class at ``i`` ends, when it stands only for characters a body's name is made of
    (_reads_only_names), else -1."""
    if pattern[i] == "\\":
        escape = next((e for e in _NAME_ESCAPES if pattern.startswith(e, i)), None)
        return i + len(escape) if escape is not None else -1
    i += 1
    while i < len(pattern) and pattern[i] != "]":
        if pattern[i] == "\\":
            escape = next((e for e in _NAME_ESCAPES if pattern.startswith(e, i)), None)
            if escape is None:
                return -1
            i += len(escape)
        elif pattern[i] in "()" or HAN.match(pattern[i]):
            i += 1
        else:
            return -1  # a negation, a range, another character
    return i + 1 if i < len(pattern) else -1


@functools.lru_cache(maxsize=4)  # the report in hand, as _scan_body, and its questions: a cache keyed on whole
# texts (256 tries) kept a batch's texts alive
def _answers_in(text: str, question: Hashable) -> dict:
    """The answers given so far to ``question`` asked of ``text`` (_body_at's by where it asks), filled by the asker:
    remembered while the text is in hand."""
    return {}


def _superiors_named(text: str, last: str) -> int:
    """How often the text names the committee and the government of the level ``last`` as a pair (在区委、区政府的领导下,
    县委县政府): a body under them names its superiors so, which two calls of its own place say as well."""
    return sum(text.count(pair) for pair in _superiors_pairs(last)) if last + _SUPERIOR_BODIES[0] in text else 0


def _superiors_pairs(last: str) -> tuple[str, ...]:
    """The level ``last``'s committee and government as a pair is written (县委县政府, 县委、县政府, 县委和县政府)."""
    return tuple(last + _SUPERIOR_BODIES[0] + join + last + _SUPERIOR_BODIES[1] for join in _SUPERIORS_JOINED)


def _superiors_attached(text: str, last: str, hits: Sequence[_Hit], starts: list[int]) -> Counter[str]:
    """How often the pair of _superiors_named opens with the last character of a settled unit's name (启东市委、市政府:
    the committee 启东市's, and so the government after it), by that unit's code."""
    attached: Counter[str] = Counter()
    if last + _SUPERIOR_BODIES[0] not in text:
        return attached
    for pair in _superiors_pairs(last):
        for at in literal_starts(text, pair):
            slot = bisect.bisect_right(starts, at) - 1
            if slot >= 0 and hits[slot].end == at + 1 and len(codes := _deepest(hits[slot].candidates)) == 1:
                attached[codes[0]] += 1
    return attached


def _own_calls(text: str, last: str, words: Lexicon) -> int:
    """How often the text calls its own place by the level ``last`` (a level's character, or 地区: 全市, 我县, 本区, 该州;
    a province's department itself, 我厅), the market (本市场) apart."""
    calls = _own_calls_by_level(text, words.own_place_prefixes)
    times = calls[last, ""]
    if last == "省":  # a province's department calling itself (_department_calls: 我厅 counted, 省厅) speaks as its province
        times += calls[_DEPARTMENT, ""] + calls[_DEPARTMENT, _MARKET] + text.count("省" + _DEPARTMENT)
    return times


_MARKET = "场"  # what makes 市 a market's (本市场, 全市场): no call of a place


@functools.lru_cache(maxsize=4)  # the report in hand (two sets of prefixes), as _scan_body: _citys_parts, _body_evidence and
# speaks_as_province ask of its levels
def _own_calls_by_level(text: str, prefixes: tuple[str, ...]) -> Counter[tuple[str, str]]:
    """(the level, 场 or "") after each of ``prefixes`` (全市, 我县, 本市场; 地区 of a prefecture's 全地区, 厅 of a
    department's 我厅), counted in one pass of the text: a count of each prefix and level, and of its market, took a
    pass each (two for every prefix and level asked). The prefixes are characters, none a level's nor 场, so their
    occurrences never overlap."""
    return Counter(_own_call_scan(prefixes).findall(text))


@functools.lru_cache(maxsize=4)  # of the catalog's prefixes
def _own_call_scan(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    """A prefix, with the level after it (地区, the last character of a division's name, or 厅) and 场 after that in
    groups, read ahead: a prefix may follow a prefix (本该市)."""
    levels = re.escape(NAME_ENDS + _DEPARTMENT)
    return compile_re_cached(f"(?:{'|'.join(map(re.escape, prefixes))})(?=({PREFECTURE}|[{levels}])({_MARKET}?))")


def speaks_as_province(text: str, code: str) -> bool:
    """Whether ``text`` calls its own place by the level of the province holding the unit ``code`` (全省, 我省; 全区 of
    an autonomous region) twice or more, and more often than by that unit's own level (全县): a province-wide item
    opening on one county's case (某州某县法庭庭长…。一年来,我区法院…全区法院…) is the province's, while a county's text
    saying 全省 once in passing (位居全省前列) stays the county's. A city of the province's level between them that the
    text names says nothing: 全区 beside 喀什地区 may be the prefecture's, 全市 under a municipality the district's
    city; one it never names (和田地区 of 洛浦县, in an item saying only 新疆) is no place the text calls its own."""
    province, *below = _lineage(code)
    level = province.name[-1]
    if any(unit.name[-1] == level and (unit.short or unit.name) in text for unit in below[:-1]):
        return False
    words = _lexicon()
    said = _own_calls(text, level, words)
    return said >= 2 and said > _own_calls(text, _unit(code).name[-1], words)


def _names_department(text: str, end: int) -> bool:
    """Whether an autonomous region's short name ending at ``end`` opens the name of one of its departments (广西司法厅,
    新疆公安厅): what follows it is a department after the region's level (区司法厅, the catalog's self_reference) that
    is a 厅, as only a province's bodies are; not a hall (广西大厅) or a bureau."""
    reference = get_catalog().self_reference.match(AUTONOMOUS_REGION[-1] + text[end:end + _DEPARTMENT_READ])
    return reference is not None and reference.group().endswith(_DEPARTMENT)


_DEPARTMENT_READ = 16  # characters read after a short name for a department's name (人力资源和社会保障厅 and more)


def _department_calls(words: Lexicon) -> tuple[str, ...]:
    """How a province's department calls itself by its level (我厅, 全厅, 省厅): only a province's bodies are 厅."""
    return (*(prefix + _DEPARTMENT for prefix in words.own_place_prefixes), "省" + _DEPARTMENT)


# What a clause opens after: a sentence's end, a line's, or a pause (近日,井研县司法局…; 为…,增强…,近日,绩溪县司法局…),
# in the normalized text; not a colon, which ends a line's label (来源:某县司法局).
_CLAUSE_OPENINGS = BREAKS.replace(":", "")
_CLAUSE_MARK = compile_cached(f"[{re.escape(_CLAUSE_OPENINGS)}]")
_CLAUSE_MARK_BEFORE = compile_cached(f"(?r)[{re.escape(_CLAUSE_OPENINGS)}]")  # …read back from where a search ends


def _lead_body(text: str, hits: Sequence[_Hit], words: Lexicon) -> _Hit | None:
    """The place of the first body the text names, when the body opens a clause, its subject (近日,井研县司法局多举措…;
    2021年12月27日,马边彝族自治县司法局与省司法厅…开展; 2021年,秀英法院审结…, a body its place's short name opens:
    words.bodies_after_place): a news item's actor, named once, is what the item is about.
    So is a place whose field of work follows it (一年来,顺义区行政复议工作以…: words.work_fields), a report's subject.
    A body its county's name opens after its city's (近年来,某市某区司法局…) is the county's: its place is the last the
    name writes, not the city its first hit is; not in a province's item opening on that county's case.
    None when the first body is named otherwise: in a 来源 line, after a verb or a preposition (召开泸县…会议,
    在某市委领导下, 记者从某省司法厅获悉), or by its level alone (市政府召开…, then 某市人民政府作交流发言): the text's
    lead is about something else."""
    catalog = get_catalog()
    past = _lead_bound(text, words)
    for at, hit in enumerate(hits):
        if hit.start >= past:
            return None  # the first body from here, whichever it is, follows what the checks below refuse
        body = None
        if not text.startswith(words.work_fields, hit.end) and not text.startswith(words.bodies_after_place, hit.end) \
                and (body := _body_at(catalog.org, text, hit.start)) is None:
            continue  # (the words after the place looked at first: a body's try is the dear one)
        lead = hit
        if body is not None:  # the body's place is the last its name writes (成都市双流区司法局: 双流区's), unless the
            for after in hits[at + 1:]:  # text speaks as the province, telling that unit's case (speaks_as_province)
                if after.start != lead.end or after.end > body.end() or len(after.candidates) != 1 \
                        or speaks_as_province(text, after.candidates[0]):
                    break
                lead = after
        opening = text[:hit.start].rstrip(_OPENING_BLANKS)
        if opening and opening[-1] not in _CLAUSE_OPENINGS:
            return None
        if any(not opening.endswith(words.source_prepositions, 0, m.start())
               for m in catalog.self_reference.finditer(opening)) or _own_place_call(words).search(opening):
            return None  # a body by its level alone (市政府召开…), or the text's own place (全市召开…), leads; not one
            # a reporter has the news from (记者从区司法局获悉, 据县法院统计)
        return lead
    return None


_OPENING_BLANKS = " \t\u3000"  # what _lead_body strips from the end of the text before a body


def _lead_bound(text: str, words: Lexicon) -> int:
    """Where _lead_body may stop looking (the text's length when nowhere): every text before a body from there holds
    the text's own place (全市) or a body by its level alone (市政府召开…) that no source preposition opens, as the
    first such call says, so no body from there is the lead's subject. A body's try costs some 135,000 instructions,
    and most texts name such a call in their first lines, before their first body's name.

    A self-reference's match, its pattern reading no character past ``reach``, is found alike in any text before a
    body that holds those characters; the text is read in `re` (_self_reference_scan). A blank there may be cut off
    with the blanks before the body (_OPENING_BLANKS): then only the own place's call bounds it."""
    past = _own_place_end(text, words)
    reference = get_catalog().self_reference
    if (shape := Shape.of(reference)) is None or shape.reach is None:
        return past
    call = _first_call_by_level(text, words, past)
    if call is None:
        return past
    end = call.start() + shape.reach
    return end if end < past and text[end - 1] not in _OPENING_BLANKS else past


def _own_place_end(text: str, words: Lexicon) -> int:
    """Where the text first calls its own place by a level (全市, 我县) ends; the text's length when nowhere."""
    own = _own_place_call(words).search(text)
    return own.end() if own is not None else len(text)


def _first_call_by_level(text: str, words: Lexicon, past: int) -> re.Match[str] | regex.Match[str] | None:
    """The first body called by its level alone (市政府召开…, 区司法局召开…) before `past` that no source preposition
    opens (据县法院统计, 记者从区司法局获悉: whom the news is from)."""
    for m in _self_reference_scan(get_catalog().self_reference).finditer(text, 0, past):
        if not text.endswith(words.source_prepositions, 0, m.start()):
            return m
    return None


@functools.lru_cache(maxsize=2)  # of the catalog's word lists
def _own_place_call(words: Lexicon) -> re.Pattern[str]:
    """A text calling its own place by a level (全市, 我县, 本区, 该州)."""
    return re.compile(f"[{''.join(words.own_place_prefixes)}][{NAME_ENDS}]")


def _provincial(candidates: _Codes) -> bool:
    """Whether a name may denote a province (湖北省; 上海市, a municipality's row as a province)."""
    return any(_unit(code).level == PROVINCE for code in candidates)


def _names_province(title: str) -> bool:
    """Whether a cited title names a province (《某省…条例》)."""
    return any(_provincial(hit.candidates) for hit in _scan(title))


def lead_county(text: str) -> Division | None:
    """The county whose body ``text`` (a news item's lead paragraph) opens a clause with, the item's actor (9月19日,
    社旗县人民法院发布…: _lead_body), read as the body reads it; None when the lead opens otherwise (我市共受理…)
    or its actor is no one county."""
    words = _lexicon()
    hits = _scan_uncached(text, False, words)  # a line, scanned once: not to push the report's scan from its cache
    lead = _lead_body(text, hits, words)
    if lead is None or len(codes := _deepest(lead.candidates)) != 1 or _unit(codes[0]).level != COUNTY:
        return None
    return _unit(codes[0])


_TOWN_AFTER_COUNTY = compile_cached(r"\p{Han}{2,5}?(?:" + "|".join(_TOWNSHIP_LEVELS) + ")")  # 太平营街道 after 某县
_ABOVE_COUNTY = "省市州盟"  # the levels of the units above a county a text may call itself by (全市, 我省)


def town_under_county(text: str) -> str | None:
    """The one town the text writes under its county (某县太平营街道, 某县甲镇) and is about, naming it again (太平营街道
    司法所共化解…) or calling itself by its level (全镇, 该街道), with the county's name (某县太平营街道): a feature
    opening on a scene there (这是笔者近日在某县甲街道看到的一幕) tells the town's figures after it by the town alone. None
    where the text names towns of two counties, or calls itself by a level above a county's own (全市, 我省: a city's
    text naming one town as an example)."""
    words = _lexicon()
    found: dict[str, str] = {}  # the county and town as written → the county's code
    for hit in _scan_body(text, words):
        if len(hit.candidates) != 1 or _unit(hit.candidates[0]).level != COUNTY:
            continue
        m = _TOWN_AFTER_COUNTY.match(text, hit.end)
        if m is None or any(character in BODY_ENDS for character in m.group()) \
                or names_no_town(text, m.start(), m.end(), words):
            continue  # a body's name (某县司法局所属), the towns together (某县各乡镇) or no town (某县城乡, 乡村振兴)
        town = m.group()
        level = next(level for level in _TOWNSHIP_LEVELS if town.endswith(level))
        if text.find(town, m.end()) >= 0 or any(prefix + level in text for prefix in words.own_place_prefixes):
            found[text[hit.start:m.end()]] = hit.candidates[0]
    if len(found) != 1:
        return None
    ((named, code),) = found.items()
    own = _unit(code).name[-1]
    if any(_own_calls(text, level, words) for level in _ABOVE_COUNTY if level != own):
        return None
    return named


def town_superior(text: str) -> str | None:
    """What names the county or the city of a town's text (one calling itself 我镇, 全街道, 本乡) where it tells an honour
    that place gave it or a plan of that place it carries out (获评为金华市…示范乡镇, 贯彻落实《某区…工作要点》: the
    town_superior cue of [metadata.cues]): the matches' words, for the resolver to read the place from; None where there
    is none or the text speaks as no town."""
    words = _lexicon()
    if not any(prefix + level in text for level in _TOWNSHIP_LEVELS for prefix in words.own_place_prefixes):
        return None
    named = [m.group() for m in get_catalog().metadata_cues["town_superior"].finditer(text)]
    return "\n".join(named) if named else None


def lead_subject(lead: str) -> tuple[int, int] | None:
    """The span of the place's name a clause of ``lead`` (a news item's lead, its dateline cut off) opens with, after a
    year alone (2023年,某省各级…; 某市2020年共办理…; a province's short name read as a hint reads it: 新疆近3年共办理…),
    the item's subject; None where no clause opens so before one calling the text's own place by a level or the
    country (全市, 全国: a place after that is a part of it) or naming a body by its level alone (区司法局召开…会,
    某区公证处作交流发言: a speaker, however long the call), or where one opens with a list's first
    member (甲县、乙县…: no one's). A place after a verb or a preposition (在某地召开, 记者从某省司法厅获悉: a venue, a
    source) opens no clause."""
    words = _lexicon()
    past = _own_place_end(lead, words)
    if (call := _first_call_by_level(lead, words, past)) is not None:
        past = call.end()  # (the clauses from the call's end on: 区司法局召开…会,某区公证处作交流发言)
    for m in _CLAUSES.finditer(lead):
        year = _YEAR_OPENING.match(lead, m.start(), m.end())
        at = year.end() if year is not None else m.start()
        clause = lead[at:m.end()]
        if at >= past or _NATIONAL in clause:
            return None
        hits = _scan_hint(clause[:_OPENING_READ], words)
        if hits and not hits[0].start:
            first = hits[0]
            # (and the places after it, each after its parent's: 江苏南京市)
            end = next((hit.end for hit, after in pairwise(hits) if hit.end != after.start), hits[-1].end)
            if clause.startswith(LIST_SEPARATOR, end) \
                    or clause[:first.end] not in _index().by_name and not _provincial(first.candidates):
                return None  # a county's or a city's short name is a word too often in running text (铜梁为老年人…)
            return at, at + end
    return None


_CLAUSES = re.compile(f"[^{re.escape(BREAKS)}]+")
_YEAR_OPENING = re.compile(r"\s*(?:\d{4}年度?)?\s*")  # a year opening a clause before its subject (2023年浙江省…)
_NATIONAL = "全国"  # a lead speaking of the country: the places after it are its parts
_OPENING_READ = 32  # characters of a clause read for the name it opens with: the longest name, and what may follow it
# and make it no place's (a school's or a firm's name it opens: named_after_place)


def without_others_places(text: str) -> str:
    """``text`` (a line, read as a hint) with the places it names as an example, a part or what its own place acts on
    blanked (其中,浙江省…; 督促茶陵县…: _own_subjects), and those of a scene the reporter went to or saw after the place
    holding it (某市…8100件。在某区一间调解室,记者看到…: _visited), and all where it names each only as an example of
    what it says (以某区为例,…: _only_examples): what the rest says of its place is the text's own. The offsets stand."""
    words = _lexicon()
    hits = _scan_hint(text, words)
    if not hits:
        return text
    subject = _own_subjects(text, hits, [], [], words)
    visited = _visited(text, subject, words)
    kept = set(_without_visited(subject, visited) if visited else subject)
    if kept and _only_examples(text, list(kept)):
        kept = set()
    left_out = [hit for hit in hits if hit not in kept]
    return blanked(text, [(hit.start, hit.end) for hit in left_out]) if left_out else text


def without_provincial_citations(text: str) -> str:
    """`text` without the cited titles naming a province (贯彻《某省…条例》): what the rest says of its place is the
    text's own, as _body_evidence reads a body (see there)."""
    if "《" not in text:
        return text
    return CITED_TITLE.sub(lambda m: "" if _names_province(m.group(0)) else m.group(0), text)


def provincial_citations(text: str) -> list[str]:
    """The cited titles naming a province (《某省2018年度法治政府建设工作安排》), which without_provincial_citations drops:
    a province's own body cites its province's documents so."""
    return [m.group(0) for m in CITED_TITLE.finditer(text) if _names_province(m.group(0))] if "《" in text else []


# An alternative that matches whole lines only: it opens a line ((?m)^, or ^ at the text's start), maybe after blanks.
_LINE_OPENING = compile_cached(r"(?:\(\?[a-zA-Z]+\))?\^(?:\[ \\t\]\*)?")


class _WholeLines(NamedTuple):
    """A pattern of whole lines (each alternative opens a line: (?m)^[ \t]*…), matched only at the starts of the
    lines whose first character past the blanks may open a match (chars; None: matched as finditer does).

    finditer tried the address line at every character of a report (~590,000 instructions a report, ~360,000 so):
    the characters it opens with (地, a parenthesis) stand first on a few lines, a heading's (一) mostly. Those lines
    are found by one search for a line break before blanks and such a character, which `re` skips ahead to at
    each break: a loop over every 地 and parenthesis, looking back for its line's start, took 6 times as long.
    """

    pattern: regex.Pattern
    chars: str | None
    opening: re.Pattern[str] | None = None  # a line's blanks and one of chars: the first line's opening
    break_before_opening: re.Pattern[str] | None = None  # a line break before such an opening: any other line's

    def matches(self, text: str) -> list[regex.Match]:
        """``list(pattern.finditer(text))``."""
        if self.opening is None or self.break_before_opening is None:
            return list(self.pattern.finditer(text))
        starts = [0] if self.opening.match(text) else []
        starts += [m.end() for m in self.break_before_opening.finditer(text)]
        return matches_from(self.pattern, text, starts)


@functools.cache  # of the catalog's pattern
def _whole_lines(pattern: regex.Pattern) -> _WholeLines:
    """The pattern with the characters its matches may open a line with, past the line's blanks, when each of its
    alternatives opens a line and names them (a character, a group of words, a class of characters)."""
    chars: set[str] = set()
    for alternative in alternatives(pattern.pattern):
        line_opening = _LINE_OPENING.match(alternative)
        rest = alternative[line_opening.end():] if line_opening else ""
        opening = source_opening_chars(rest, pattern.flags) if rest else None
        if opening is None or set(opening) & set(LINE_BLANKS):
            return _WholeLines(pattern, None)
        chars.update(opening)
    blanks_then_char = f"[{re.escape(LINE_BLANKS)}]*[{''.join(map(re.escape, sorted(chars)))}]"
    return _WholeLines(pattern, "".join(sorted(chars)), compile_re_cached(blanks_then_char),
                       compile_re_cached(f"\n(?={blanks_then_char})"))


def _bare_bodies(text: str, words: Lexicon) -> Counter[str]:
    """How often the text names a body of its own by the level alone (，市政府召开…, 县司法局; 以区政府为被告, 经区政府同意
    after one of words.body_prepositions), by that level."""
    return Counter(m.group("level") for m in _self_reference_scan(get_catalog().self_reference).finditer(text)
                   if _at_boundary(text, m.start()) or text.endswith(words.body_prepositions, 0, m.start()))


@functools.lru_cache(maxsize=2)  # of the catalog's pattern
def _self_reference_scan(pattern: regex.Pattern) -> re.Pattern[str] | regex.Pattern:
    """The catalog's self_reference as a whole text is searched with it: in `re`, which skips to the characters its
    level opens with, where `regex` tries its long alternation of bodies at every character (some 3.5 times the
    time); the pattern itself where its flags change what matches or `re` cannot read it."""
    if pattern.flags & (regex.IGNORECASE | regex.MULTILINE | regex.DOTALL | regex.VERBOSE):
        return pattern
    try:
        return compile_re_cached(_bodies_gated(pattern.pattern))
    except re.error:
        return pattern


_LEVEL_GROUP = "(?P<level>"  # how the catalog's self_reference opens: the level, then the bodies


def _bodies_gated(source: str) -> str:
    """``source`` with a lookahead for the characters its bodies may open with (司, 政, 法 …) right after its level
    group: `re` tried the bodies' long alternation at each level's character the text holds (全市, 城区, 市场 …), the
    lookahead a class once; the source itself where it opens otherwise or its bodies' openings are unknown."""
    if not source.startswith(_LEVEL_GROUP):
        return source
    level_end = closing(source, 0) + 1
    chars = source_opening_chars(source[level_end:]) if level_end < len(source) else None
    return source if chars is None else f"{source[:level_end]}(?=[{re.escape(chars)}]){source[level_end:]}"


def _evidence_of(text: str, hits: Sequence[_Hit]) -> list[_Evidence]:
    """The evidence of mentions in reading order: a run joined by 、, or of names each filling its line (a site's menu
    of provinces: 北京市 / 天津市 / 河北省), as _listed takes it; every other one alone."""
    evidence: list[_Evidence] = []
    run: list[_Hit] = []
    for hit in [*hits, None]:
        if hit is not None and run and run[-1].end + 1 == hit.start and (
                text[run[-1].end] == LIST_SEPARATOR or text[run[-1].end] == "\n" and _fills_line(text, run[0])
                and _fills_line(text, hit)):
            run.append(hit)
            continue
        if len(run) == 1:  # most mentions stand alone
            evidence.append(_alone(run[0]))
        elif run:
            evidence.extend(_listed(run))
        run = [hit] if hit is not None else []
    return evidence


def _fills_line(text: str, hit: _Hit) -> bool:
    """Whether a mention is all its line holds."""
    return (hit.start == 0 or text[hit.start - 1] == "\n") and text.startswith("\n", hit.end) | (hit.end == len(text))


def _listed(run: list[_Hit]) -> list[_Evidence]:
    """The evidence of a run of mentions joined by 、: one for what a list of settled units of one level
    shares, or each on its own."""
    codes = [_deepest(hit.candidates) for hit in run]
    if len(run) > 1 and all(len(c) == 1 for c in codes) and len({_list_level(hit.candidates) for hit in run}) == 1:
        shared = frozenset.intersection(*(_within(c[0]) for c in codes))
        if not shared:
            return []
        deepest_shared = max(shared, key=lambda code: _LEVEL_DEPTH[_unit(code).level])
        return [((deepest_shared,), BODY_WEIGHT, tuple((hit.start, hit.end) for hit in run))]
    return [_alone(hit) for hit in run]


def _list_level(candidates: _Codes) -> str:
    """The level a mention stands at in a list: the highest of its candidates, so a municipality (上海: the province and
    its city) stands among provinces (上海、江苏、山东)."""
    return min((_unit(code).level for code in candidates), key=_LEVEL_DEPTH.__getitem__)


def _alone(hit: _Hit) -> _Evidence:
    """The evidence of a mention on its own: its candidates, its weight and its span."""
    return hit.candidates, SELF_REFERENCE_WEIGHT if hit.self_reference else BODY_WEIGHT, ((hit.start, hit.end),)


def _short_mentions(text: str, short: str, hits: Sequence[_Hit], starts: list[int],
                    words: Lexicon) -> list[tuple[int, int]]:
    """Where ``short`` stands outside the mentions, as a name: not opening the name of a town or a school,
    nor a parent's name written before a unit's (湖北公安县: one mention, the county's)."""
    found: list[tuple[int, int]] = []
    if not short or _calls_own_place(short, words):
        return found
    position = text.find(short)
    while position >= 0:
        end = position + len(short)
        slot = bisect.bisect_right(starts, position) - 1
        inside = slot >= 0 and position < hits[slot].end or slot + 1 < len(hits) and hits[slot + 1].start == end
        if not inside and not _opens_smaller_thing(text, end, words) \
                and not _opens_on_number_unit(text, position, words):
            found.append((position, end))
        position = text.find(short, end)
    return found


def _as_named(result: RegionResult, text: str) -> RegionResult:
    """A report naming a unit since dissolved into one of another name (下城区, now part of 拱墅区), and never
    its successor, is about that unit: the county is the old name, under the successor's city and province, and
    the code is the city's, the old unit having none in the current list."""
    if result.county is None or result.code not in _successors_of_merged():
        return result
    merged = _index().merged
    former = Counter(name for start, end in result.mentions
                     if merged.get(name := text[start:end]) == result.code)
    successor = _unit(result.code)
    if not former or any(text[start:end] in (successor.name, successor.short) for start, end in result.mentions):
        return result
    parent = successor.parent
    return dataclasses.replace(result, county=former.most_common(1)[0][0], code=parent)


@functools.cache
def _successors_of_merged() -> frozenset[str]:
    """The codes of the units others were dissolved into: for any other, _as_named has nothing to look for."""
    return frozenset(_index().merged.values())


@functools.cache  # of a unit's codes, which a report names again and again
def _level(key: _Key) -> str:
    """A settled unit's level; for unsettled candidates the deepest of theirs."""
    codes = key if isinstance(key, tuple) else (key,)
    return max((_unit(code).level for code in codes), key=_LEVEL_DEPTH.__getitem__)


@functools.cache  # of a unit's codes, which a report names again and again
def _common_lineage(key: _Key) -> frozenset[str]:
    """The key itself (if settled) and every area containing all its candidates."""
    if isinstance(key, str):
        return _within(key)
    return frozenset.intersection(*(_within(code) - {code} for code in key))


def _winner(scores: Mapping[_Key, float], parent_score: Callable[[_Key], float] = lambda key: 0) -> _Key | None:
    """The key that clearly dominates, if any (see MIN_SCORE and DOMINANCE), with at least half the score of the unit
    it lies in (``parent_score``)."""
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    if not ranked:
        return None
    key, top = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if top >= MIN_SCORE and top >= DOMINANCE * runner_up and 2 * top >= parent_score(key):
        return key
    return None


def _elect(scores: Counter[_Key], spans: dict[_Key, list[tuple[int, int]]],
           city_parts: frozenset[str] = frozenset(), text: str = "", addressed: tuple[int, int] | None = None,
           ) -> RegionResult:
    """The region the scores elect; a county among ``city_parts`` (_citys_parts) is never elected, its score its
    city's. A county needs half its own city's score, and a city half its own province's (the scores of the unit named
    itself): a province's item naming one city in passing (…由南通市中级人民法院会同该市…首创) is the province's, as a
    city's naming one county is the city's. The mentions on the line of the bodies the text is sent to (``addressed``:
    _addressee) name its superiors, which hold its own place: they never keep the one unit below them the text names
    from being elected in the chosen unit's stead (_only_unit_below, which reads ``text`` for its calls of its own
    place)."""
    def parent_score(key: _Key, level: str) -> float:
        parent = _unit(key).parent if isinstance(key, str) else None
        return scores.get(parent, 0) if parent and _unit(parent).level == level else 0

    county_scores = {key: score for key, score in scores.items() if _level(key) == COUNTY and key not in city_parts}
    chosen = _winner(county_scores, lambda key: parent_score(key, CITY))
    lineages = {key: _common_lineage(key) for key in scores} if chosen is None else {}
    for level in (CITY, PROVINCE):
        if chosen is None:
            areas = {code for key in scores for code in lineages[key] if _unit(code).level == level}
            chosen = _winner(
                {area: sum(score for key, score in scores.items() if area in lineages[key]) for area in areas},
                lambda key: parent_score(key, PROVINCE),
            )
    if chosen is None:
        return RegionResult(None, None, None, None, (), (), None)
    for level, below in ((PROVINCE, CITY), (CITY, COUNTY)):
        if isinstance(chosen, str) and _unit(chosen).level == level:
            own_score = scores.get(chosen, 0)
            if addressed is not None:
                own_score -= BODY_WEIGHT * sum(addressed[0] <= start < addressed[1] for start, _ in spans.get(chosen, ()))
            chosen = _only_unit_below(chosen, {key: score for key, score in scores.items()
                                               if _level(key) == below and key not in city_parts},
                                      own_score, text)

    shared = None  # the candidates of a name shared across levels, when the text's calls of its place pick one
    if isinstance(chosen, tuple) and text and (own := _own_level_candidate(chosen, text)) is not None:
        chosen, shared = own, chosen
    supporting = tuple(sorted({span for key, key_spans in spans.items() if key == shared or _supports(key, chosen)
                               for span in key_spans}))
    if isinstance(chosen, tuple):
        return _abstention(chosen, supporting)
    return _naming(chosen, supporting, ambiguous=(), note=None)


def _own_level_candidate(candidates: _Codes, text: str) -> str | None:
    """The one unit of a name several units share at different levels (巴州: 巴音郭楞蒙古自治州, customarily, and 巴州区)
    whose level the text calls its own place by (全州, 我州, 该州) more often than by any other candidate's (全区, 我区),
    which is said at least once: a prefecture's report speaks of 全州, a district's of 全区; where those calls tie (none
    said), whose level names more bodies alone (州党委, 州政府 against 区委, 区政府: _LEVEL_BODY). None where units of one
    level share it (two counties named alike), or neither singles one level out. Where another candidate lies inside
    an autonomous region, whose texts call it 全区 (a Xinjiang prefecture's report: 位居全区第一, 全区考核, 全区通报), a
    district's 区 is counted in the first person alone (我区, 本区: the lexicon's first_person_prefixes)."""
    by_level: dict[str, list[str]] = {}
    for code in candidates:
        by_level.setdefault(_level_word(_unit(code).name), []).append(code)
    if len(by_level) < 2:  # (a level's character may stand for several: 区 of a district and an autonomous region)
        return None
    words = _lexicon()
    autonomous = {region.code for region in _autonomous_regions()}
    region_called = any(_lineage(code)[0].code in autonomous for code in candidates)
    own = _own_calls_by_level(text, words.first_person_prefixes)
    calls = sorted(((own[level, ""] if level == AUTONOMOUS_REGION[-1] and region_called
                     else _own_calls(text, level, words), level) for level in by_level), reverse=True)
    if calls[0][0] == calls[1][0]:  # no level singled out by its calls: by its bodies named by the level alone
        # (tried where the levels' characters stand: every other match is of a level not counted)
        bodies = Counter(m.group(1) for m in matches_from(_LEVEL_BODY, text, char_starts(text, "".join(by_level))))
        calls = sorted(((bodies[level], level) for level in by_level), reverse=True)
    (most, level), (next_most, _) = calls[0], calls[1]
    return by_level[level][0] if most > next_most and len(by_level[level]) == 1 else None


# A body named by its level's character alone (州党委, 州委, 州政府, 州人民政府; 区委 of a district), which says the
# level of the text's own place as 全州 does: the character after no letter or after a word of the sentence's (在州党委,
# 经州政府, 召开州政府常务会议, 4次州政府…), not ending a place's name (巴州党委, the shared name itself; 自治区党委), nor
# a committee's member (州委委员 is read at its 州委).
_LEVEL_BODY = compile_cached(rf"(?:(?<!\p{{Han}})|(?<=[在由经向和与及对将把从以为是了的次开]))([{NAME_ENDS}])"
                           "(?:党委|委(?!员)|人民政府|政府)")


def _only_unit_below(chosen: str, below: Mapping[_Key, float], own_score: float, text: str = "") -> str:
    """The one unit a level below the chosen one that the text names, when it is inside it and the chosen unit is
    named no more often (芜湖市首家 in a town's text that names 安徽 once: 芜湖市); the chosen unit otherwise. Each
    alone has too few mentions to be elected, but all the text says lies along one line. Not a unit of another level
    word where ``text`` calls itself by the chosen unit's (全市) and never by that unit's (全县, 我县): a city's text
    names one county as an example or for an honour (某县获评…示范县, 某县人大常委会获批…联系点). Where it calls
    itself by that unit's and never by the chosen unit's, the unit is the text's own however often the chosen one is
    named: a district's report sent up to its city (常州市人民政府:) names its city in the titles of its own plans
    (《常州市某区…方案》) and its superiors (市委、市政府), itself by its level alone (全区, 区政府)."""
    if len(below) != 1:
        return chosen
    ((only, score),) = below.items()
    if not (isinstance(only, str) and _unit(only).parent == chosen):
        return chosen
    level, only_level = _level_word(_unit(chosen).name), _level_word(_unit(only).name)
    if text and level != only_level:
        words = _lexicon()
        if _own_calls(text, level, words):
            return chosen if own_score > score or not _own_calls(text, only_level, words) else only
        if own_score > score and not _own_calls(text, only_level, words):
            return chosen
    elif own_score > score:
        return chosen
    return only


def _supports(key: _Key, chosen: _Key) -> bool:
    """A mention supports a choice if it names the choice, something inside it, or an area above it."""
    if key == chosen:
        return True
    if isinstance(chosen, tuple):
        return False
    return chosen in _common_lineage(key) or (isinstance(key, str) and key in _within(chosen))


def _abstention(candidates: _Codes, supporting: tuple[tuple[int, int], ...]) -> RegionResult:
    listing = " or ".join("/".join(area.name for area in _lineage(code)) + f" {code}" for code in candidates)
    names = {_unit(code).name for code in candidates}
    subject = names.pop() if len(names) == 1 else "the name"
    note = f"{subject} could be {listing}; the text does not single one out by naming its city or province"
    shared = _common_lineage(candidates)
    if shared:
        deepest_shared = max(shared, key=lambda code: _LEVEL_DEPTH[_unit(code).level])
        return _naming(deepest_shared, supporting, ambiguous=candidates, note=note)
    return RegionResult(None, None, None, None, supporting, candidates, note)


def _naming(code: str, supporting: tuple[tuple[int, int], ...], ambiguous: _Codes, note: str | None) -> RegionResult:
    return RegionResult(*_named_as(code), mentions=supporting, ambiguous=ambiguous, note=note)


@functools.cache
def _named_as(code: str) -> tuple[str | None, str | None, str | None, str]:
    """The province, city and county a unit is reported as, and the code it is reported by."""
    unit = _unit(code)
    municipal_city = division(code[:2] + "0100")
    if unit.level == PROVINCE and municipal_city and municipal_city.name == unit.name:
        unit = municipal_city  # 上海市 the province is reported through its city row, like its districts
    names = {area.level: area.name for area in _lineage(unit.code)}
    return names.get(PROVINCE), names.get(CITY), names.get(COUNTY), unit.code
