"""Recognize years, dates and periods: 2023年, 2023年度, 2024年3月9日, 2024-03-09,
二〇二四年三月九日, 2021-2025年, 十四五, 八五普法.

Five-year plans are resolved to their years, so a researcher can ask which
period a report plans for without knowing the numbering of 规划 and 普法.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from . import lazy_regex as regex
from .catalog import compile_cached, compile_re_cached
from .scanning import literal_starts, matches_from
from .tuples import new_tuple

# A year of the reports' era written in digits (1900-2099), as pattern text.
# Every pattern that reads a year (here, in metadata, metrics, structure, and
# the catalog's {YEAR}) is built from this one.
YEAR = r"(?:19|20)\d{2}"
# What closes a year's 年 into a span running up to now, as pattern text: 以来, said short (2022年来, before its clause's
# comma; not 2023年来信来访, the year's letters and visits), 至今 or 迄今 (2021年至今, 2021年迄今). A figure after one is of
# the span, no one year's: for metadata and metrics, which read 2023年以来 so.
SINCE = r"(?:以来|来(?=[,，])|至今|迄今)"
# A month's number, 1 to 12, as pattern text (7月, 1-10月): for metrics, numbers and the catalog's {MONTH}.
MONTH = r"(?:1[0-2]|[1-9])"
# The years said relative to the one an item is of, by their words, and how many years after it each is (前年 -2, 明年
# +1): metrics dates figures by them, metadata reads a plan's next year.
RELATIVE_YEARS = {"前年": -2, "去年": -1, "上年": -1, "上年度": -1, "上一年": -1, "上一年度": -1, "今年": 0, "本年": 0,
                  "明年": 1, "来年": 1, "下一年": 1, "新的一年": 1}

# The characters a small number is written with in Chinese (a month, a day, a part's number: 十二, 两): for dates
# and headings.
CN_SMALL_NUMBER = "〇零一二三四五六七八九十两"
_CN_YEAR_DIGITS = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0"}
# A year written in Chinese digits, one by one (二〇二四, 二零二四), as pattern text: for dates, metadata and the
# catalog's {CN_YEAR}.
CN_YEAR = f"[{''.join(_CN_YEAR_DIGITS)}]{{4}}"
_PUFA_DIGITS = "一二三四五六七八九"  # what stands right before the 五 of a 普法 plan (七五普法)


def year_number(digits: str) -> int:
    """A year written digit by digit, in Arabic or Chinese digits (2009, 二〇〇九)."""
    return int(digits) if digits.isdigit() else int("".join(_CN_YEAR_DIGITS[c] for c in digits))

# The first month said by its old name after a year (2024年元月30日, 二〇二四年元月): January.
FIRST_MONTH = "元"
# Where a match of it may start is listed in _mention_starts: a new alternative goes in both.
_MENTION = compile_cached(
    rf"(?P<cn>(?P<cy>{CN_YEAR})年(?:(?P<cm>[" + CN_SMALL_NUMBER + rf"]{{1,3}}|{FIRST_MONTH})月"
    r"(?:(?P<cd>[" + CN_SMALL_NUMBER + r"]{1,3})日)?)?)"
    # A web page may space its date around the dashes or slashes (2025- 02- 08 08: 53, 2024 - 03 - 28,
    # 2024 / 03 / 28), or write a space after the year and a slash after the month (2024 04/22 16:19:48, a news
    # site's stamp); a dot is never spaced (2023. 12. 5 is no date).
    rf"|(?P<iso>(?<!\d)(?P<iy>{YEAR})(?: ?[-/] ?|\.| (?=\d{{1,2}}/))(?P<im>\d{{1,2}})(?: ?[-/] ?|\.)(?P<id>\d{{1,2}})(?!\d))"
    # A day written first, with dots (19.09.2015, as reprint sites stamp a page): day, month, year.
    rf"|(?P<dmy>(?<![\d.])(?P<dd>\d{{1,2}})\.(?P<dm>\d{{1,2}})\.(?P<dy>{YEAR})(?![\d.]))"
    # A justified or centred line may leave a stray space after 年 or 月, or before 日 (2024年 2月6日, 2024年3月 18日,
    # 2018年11月 12 日): one blank at most in each gap, never a line break.
    rf"|(?P<ar>(?<!\d)(?P<y>{YEAR})\s*(?:[-—–~至到]\s*(?P<y2>{YEAR})\s*)?年(?:度)?"
    rf"(?:[ \t]?(?P<m>\d{{1,2}}|{FIRST_MONTH})[ \t]?月(?:[ \t]?(?P<d>\d{{1,2}})[ \t]?[日号])?)?)"
    r"|(?P<plan>(?<!\p{Han})(?P<fy>十[一二三四五六])五(?=[”\"]|规划|时期|期间|开局|$|[,。;、]))"
    rf"|(?P<pufa>[“\"]?(?P<pf>[{_PUFA_DIGITS}])五[”\"]?普法)"
)


def _groups(*names: str) -> tuple[int, ...]:
    """The numbers of _MENTION's groups `names`: regex reads a group name only after failing to read it as a
    number (an exception raised and cleared per name), so resolve asks by number."""
    return tuple(_MENTION.groupindex[name] for name in names)


_CN_GROUPS = _groups("cy", "cm", "cd")
_ISO_GROUPS = _groups("iy", "im", "id")
_DMY_GROUPS = _groups("dy", "dm", "dd")
_AR_GROUPS = _groups("y", "y2", "m", "d")
_PLAN_GROUP, _PUFA_GROUP = _groups("fy", "pf")
# 十一五 began in 2006; each plan is five years.
_PLAN_FIRST_YEAR = {"十一": 2006, "十二": 2011, "十三": 2016, "十四": 2021, "十五": 2026, "十六": 2031}
# A five-year plan's name (十四五), its number (十四) in its one group; its end (“十四五”末, 十四五规划末, “十三五”期末): of
# the plan's last year (plan_last_year), for metrics' target cues and years.
PLAN_NAME = "(十[一二三四五六])五"
PLAN_END = f"“?{PLAN_NAME}”?(?:规划)?期?末"

# The first national 普法 plan (一五) ran 1986–1990.
_PUFA_FIRST_YEAR = 1986


def plan_last_year(plan: str) -> int:
    """The last year of the five-year plan named by its number (十四 of 十四五: 2025): a target set for the plan's end
    (到“十四五”末) is of that year, for metrics."""
    return _PLAN_FIRST_YEAR[plan] + 4


class YearMention(NamedTuple):
    kind: str  # year | date | month | period | five_year_plan
    value: str  # 2023 | 2024-03-09 | 2024-03 | 2021/2025
    start: int
    end: int


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in(year: int, month: int) -> int:
    """calendar.monthrange(year, month)[1], without importing calendar and datetime (~4 ms of a start)."""
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 29 if month == 2 and leap else _MONTH_DAYS[month - 1]


@lru_cache(maxsize=1024)  # a report says its few years and days again and again: each written out once
def _date(y: int, mo: int | None, d: int | None) -> tuple[str, str] | None:
    if not 1900 <= y <= 2100:
        return None
    if mo is None:
        return "year", f"{y:04d}"
    if not 1 <= mo <= 12:
        return None
    if d is None:
        return "month", f"{y:04d}-{mo:02d}"
    if not 1 <= d <= _days_in(y, mo):
        return None  # 2月30日 is no day: a typo or an OCR slip, not a date to report
    return "date", f"{y:04d}-{mo:02d}-{d:02d}"


def _cn_int(s: str | None) -> int | None:
    # Imported on use: numbers may read the catalog, which builds patterns from YEAR above.
    from .numbers import parse_numeral

    if s is None:
        return None
    v = parse_numeral(s)
    return int(v) if v is not None else None


def resolve(m: regex.Match) -> tuple[str, str] | None:
    """(kind, value) of one match of the mention pattern, or None when it is no real date."""
    alternative = m.lastgroup  # the named group around each alternative closes last: cn, iso, dmy, ar, plan or pufa
    if alternative == "cn":
        cy, cm, cd = m.group(*_CN_GROUPS)
        mo, d = 1 if cm == FIRST_MONTH else _cn_int(cm), _cn_int(cd)
        if cm and mo is None or cd and d is None:
            return None
        return _date(year_number(cy), mo, d)
    if alternative in ("iso", "dmy"):
        y, mo, d = m.group(*(_ISO_GROUPS if alternative == "iso" else _DMY_GROUPS))
        return _date(int(y), int(mo), int(d))
    if alternative == "ar":
        year, until, month, day = m.group(*_AR_GROUPS)
        y = int(year)
        if until:
            y2 = int(until)
            return ("period", f"{y}/{y2}") if y < y2 <= y + 30 else None
        return _date(y, (1 if month == FIRST_MONTH else int(month)) if month else None, int(day) if day else None)
    if alternative == "plan":
        plan = m.group(_PLAN_GROUP)
        return "five_year_plan", f"{_PLAN_FIRST_YEAR[plan]}/{plan_last_year(plan)}"
    first = _PUFA_FIRST_YEAR + 5 * _PUFA_DIGITS.index(m.group(_PUFA_GROUP))
    return "five_year_plan", f"{first}/{first + 4}"


_PLAN_OPENING = "十“\""  # what stands two characters before the 五 of a plan (十四五) or of a 普法 plan in quotes (“七五”)


# A year in Chinese digits as the cn alternative opens (二〇二四年), found from its 年, which the search skips to: a report
# says 年 after Arabic digits some twenty times for each such year, and a Python step for each cost twice the search.
_CN_YEAR_AT = compile_re_cached(f"年(?<={CN_YEAR}年)")


def _mention_starts(text: str) -> list[int]:
    """Every offset a mention may start at: a digit year opens with 19 or 20, a day written first three to
    five characters before the dot of its year (1.9.2015 to 19.09.2015), a year in Chinese digits four
    characters before its 年 (_CN_YEAR_AT), a plan (十四五) two before 五 where 十 stands, a 普法 plan one
    or two before it where its digit or a quote stands.

    The characters checked there save a match tried, and failing, at every other 年 (全年, 近年来) and 五 of a
    report: over half the tries. The day-first dates' starts are read off the 19 and 20 already found."""
    years = literal_starts(text, "19", 0) + literal_starts(text, "20", 0)
    fives = literal_starts(text, "五")
    return sorted(set(years
                      + [i - 1 - before for i in years if text[i - 1:i] == "." for before in (3, 4, 5) if i > before]
                      + [m.start() - 4 for m in _CN_YEAR_AT.finditer(text)]
                      + [i - 2 for i in fives if i >= 2 and text[i - 2] in _PLAN_OPENING]
                      + [i - 1 for i in fives if i >= 1 and text[i - 1] in _PUFA_DIGITS]))


def find_years(text: str) -> list[YearMention]:
    """Every year, date and period of a normalized text, in order."""
    found = []
    for m in matches_from(_MENTION, text, _mention_starts(text)):
        resolved = resolve(m)
        if resolved is not None:
            found.append(new_tuple(YearMention, (*resolved, *m.span())))  # without the named tuple's Python __new__
    return found


def date_at(text: str, pos: int, endpos: int | None = None, *, whole: bool = False) -> tuple[str, tuple[int, int]] | None:
    """An ISO day (YYYY-MM-DD) written at `pos` (and, with `whole`, filling the text up to `endpos`)."""
    end = len(text) if endpos is None else endpos
    m = (_MENTION.fullmatch if whole else _MENTION.match)(text, pos, end)
    if m is None:
        return None
    resolved = resolve(m)
    if resolved is None or resolved[0] != "date":
        return None
    return resolved[1], m.span()


# A day written without separators (20240328), as some portals fill their 发布时间 field: read only where a date label
# says a date stands, since eight digits elsewhere are as often a number (an index, a phone, a case's number).
_COMPACT = compile_cached(rf"(?<!\d)({YEAR})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")


def compact_date_at(text: str, pos: int) -> tuple[str, tuple[int, int]] | None:
    """An ISO day written as eight digits at `pos` (20240328), when it is a real day."""
    m = _COMPACT.match(text, pos)
    if m is None:
        return None
    resolved = _date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return (resolved[1], m.span()) if resolved is not None and resolved[0] == "date" else None


def month_at(text: str, pos: int, endpos: int) -> tuple[str, tuple[int, int]] | None:
    """A month (YYYY-MM) or a day (YYYY-MM-DD) filling text[pos:endpos] (2025年3月, 二〇二五年三月, 2025年3月8日), as a
    document's cover dates it."""
    m = _MENTION.fullmatch(text, pos, endpos)
    if m is None:
        return None
    resolved = resolve(m)
    if resolved is None or resolved[0] not in ("month", "date"):
        return None
    return resolved[1], m.span()
