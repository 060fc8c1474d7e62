"""Numerals and quantities in normalized, simplified report text.

Recognition (scan) is kept apart from resolution (parse_numeral): the scanner
finds where an expression is and what surrounds it, parse_numeral turns the
written numeral into a value. scan() makes one pass of one precompiled pattern
(possessive quantifiers, so no backtracking into runs of digits), then looks at
a few characters either side of each match to drop what is not a quantity:
years and dates, ordinals (第三次), codes and hotlines (12348, “441”, 1+12+565),
list markers (1.), and Chinese numerals that are part of words (一审, 七五普法,
十四五) — a Chinese numeral counts only when a measure word follows it.

The words it reads (measure words, qualifiers, verbs of change, the words
around codes) are the catalog's [numbers] section, which LAWREPORT_CATALOG can
extend; the grammar around them stays here.

Conventions, where the text leaves room:

* value is the number written with its 万/亿 applied (1.62亿元 → 162000000,
  5000余人 → 5000, 三成 → 30, 百分之九十八点六 → 98.6, 百分百 → 100); a range 10-20人 has
  value 10, low 10, high 20 and qualifier 'range'; thousands may be grouped by
  commas or single spaces (1 038件), a middle dot may be the decimal point
  (98·72%), and one space may stand before the measure word (318 件);
* qualifiers: 余 多 以上 超过 逾 + 不少于 不低于 ≥ > → 'at_least' (low = value);
  以下 以内 不超过 ≤ → 'at_most' and 不足 不到 < → 'less_than' (high = value);
  约 大约 左右 上下 → 'about' with no bound; 近 将近 接近 → 'about' with
  high = value (the text approaches it from below); none → low = high = value;
* unit is the measure word as written after the number, the multiplier left
  out (约200万人 → '人', 738.18万元 → '元'); 百分之… gives '%', 三成 gives '成'
  (kind 'percent', value 30), 0.5‰ and 千分之五 give '‰' (kind 'percent', value 0.05), 万分之五
  gives '‱' (value 0.05);
* num_start/num_end cover the numeral with its 万/亿, and whatever is written
  between them (1680余万元 → '1680余万'), and both sides of a range or ratio;
* change is 'up'/'down' when a verb of change sits right before the quantity
  (同比上升104.5%, 提升8.1个百分点, 增幅为5%); 上升至53.28% is a level. A
  quantity joined to such a one by 和/、/及/与 shares its change (增长5.9%和27.4%).
* a lone 一 is not counted (一批, 一次办, 一件事 say 'a', not 'one') but before a
  count's measure word that ends its clause (败诉一件。), nor a
  Chinese numeral opening with 百/千/万/亿 unless 余/多 follows (千家万户 is an
  idiom, 百余场 a count); the financial forms read as the common ones (壹佰贰拾叁件 → 123), but a
  financial digit alone is a word's character (队伍人员, 登陆次数).
"""

# Annotations are evaluated, not kept as strings (no `from __future__ import annotations`): typing compiles each
# string field of a NamedTuple when the class is made, some 140 K instructions a field at start-up.

import re
from collections.abc import Iterable
from decimal import Decimal
from typing import NamedTuple

from .catalog import Catalog, compile_re_cached
from .dates import MONTH
from .derive import from_catalog
from .scanning import longest_first, longest_word
from .structure import HAN, PAUSES, SENTENCE_ENDS
from .tuples import new_tuple

# The financial forms of the digits (壹佰贰拾叁件). Alone, one is a word's character (队伍人员, 登陆次数), not a number.
CN_FINANCIAL_DIGITS = {"壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9}
CN_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, **CN_FINANCIAL_DIGITS,
}
CN_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000, "拾": 10, "佰": 100, "仟": 1000}
CN_BIG_UNITS = (("亿", 10**8), ("万", 10**4))  # the larger first: 一亿二千万
ARABIC_MULTIPLIERS = {
    "万亿": 10**12, "千亿": 10**11, "百亿": 10**10, "亿": 10**8,
    "千万": 10**7, "百万": 10**6, "万": 10**4, "千": 10**3,
}
# 万 said by its pinyin initial, as a chat or a slide writes it (1.6w件, 1.2W件, 3w余件): read only before a measure word.
LATIN_MULTIPLIERS = {"w": "万", "W": "万"}
MAX_CN_LENGTH = 24      # longer runs of numeral characters are not numerals
MAX_INTEGER_DIGITS = 15  # longer digit strings are codes or identifiers
MAX_ARABIC_LENGTH = 32   # separators and decimals included

# 余 多 + stand between the number and its unit; the catalog's qualifiers before or after it.
BETWEEN_QUALIFIERS = {"余": "at_least", "多": "at_least", "+": "at_least"}
# Units of kind 'percent' that are not %: how many percent one of them is.
PERCENT_OF: dict[str, int | Decimal] = {"成": 10, "‰": Decimal("0.1"), "‱": Decimal("0.01")}
# The unit of a share said in words, by the first character of its word (百分之, 千分之, 万分之; 百分百).
_PER_UNITS = {"百": "%", "千": "‰", "万": "‱"}
# Characters before 近 that make a word of it (附近, 最近), not a qualifier.
NEAR_WORDS = frozenset("附最临靠邻亲贴就")
CHANGE_JOINS = frozenset({"和", "、", "及", "与"})
# Spaces a converted text may set between a verb of change and its number (增长率为 4.22 %): the verb still makes it one.
CHANGE_GAP = frozenset(" \t\u3000")
# After an Arabic number with no measure word: a date, an ordinal, an address, a version.
NOT_AFTER_BARE = frozenset("年月号届版路弄楼栋室时点")
# A range may be written with a word between its ends (1000至1200件, 5到8人); read so, a span of dates (2019至2023年,
# 1至6月) is a bare range that _is_code drops as the - form's.
_RANGE_WORD = "[至到](?=[0-9])"
# After the first month of a span: 1至10月, 1到6月.
_MONTHS_TO = re.compile(rf"[至到]{MONTH}月")
OPEN_QUOTES = frozenset("“‘\"'「『")
CLOSE_QUOTES = frozenset("”’\"'」』")
# Measure words that after a Chinese numeral mostly make a name: “三所联动”, 业务四部.
CN_NAME_UNITS = frozenset({"所", "部"})
# Before a Chinese numeral: approximate (数十家, 几十人) or an ordinal (第三批).
NOT_BEFORE_CN = frozenset("第数几若")
# What may follow 成 when it is a tenth (六成以上), not a word (成员, 成立).
AFTER_CHENG = ("以上", "以下", "左右", "多", "的", "是", "为", "和", "、")
_TENTH = "成"
LINE_STARTS = frozenset("\n\r")
DAY_UNIT = "日"  # after a month (3月9日, 十二月二十日) the number is a date
# What the grammar may read as part of a number when it follows the digits: 余, 多, a multiplier, +,
# a separator, a second number, a line break.
_EXTENDS_NUMBER = frozenset("余多万亿千百+:-~,.·\r\n 0123456789")

# Arabic numerals: thousands grouped by commas (1,038) or by single spaces
# (12 406: a head of one to three digits, then groups of exactly three, and no
# digit a space away on either side, which makes a table row of figures);
# decimals after a point or a middle dot (98·72), where a mirror may leave a
# stray space among the digits before % (98·7 2%). The space-grouped form repeats
# greedily, not possessively: `re` before Python 3.11.5 mismatches a possessive
# group followed by a lookahead, and groups of fixed width leave little to retry.
_AR = (r"(?:[0-9]{1,3}(?:,[0-9]{3}(?![0-9]))++"
       r"|(?<![0-9][ ])[0-9]{1,3}(?:[ ][0-9]{3}(?![0-9]))+(?![ ][0-9])"
       r"|[0-9]++)"
       r"(?:\.[0-9]++|·[0-9]++(?:[ ][0-9]++(?=%))?+)?+")
# Every character of a Chinese numeral, the financial forms (壹佰贰拾叁) with the common ones.
_CN_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL_UNITS) + "".join(unit for unit, _ in CN_BIG_UNITS)
# Arabic digits before 万/亿 with the rest of the number written after it (1万2514, 1万2千8百, 2万零56, 3亿5000万): the
# tail is four digits, or 零 and fewer, or digits or numeral characters each before 千/百/十. _mixed() checks its value.
_MIXED_DIGIT = "[0-9一二两三四五六七八九]"
_MIXED = (rf"[1-9][0-9]{{0,3}}+[万亿](?:[0-9]{{1,4}}+万|[零〇]?[0-9]{{1,4}}+(?![0-9])"
          rf"|[零〇]?(?:{_MIXED_DIGIT}[千百十][零〇]?)++{_MIXED_DIGIT}?+)")


_MULTIPLIER = longest_first(ARABIC_MULTIPLIERS)
_LATIN_MULTIPLIER = f"[{''.join(LATIN_MULTIPLIERS)}]"
# A Chinese numeral is matched only whole (not right after another numeral
# character) and only before a measure word, so runs like 十四五 or a megabyte
# of 一 fail at once instead of being retried from every position.
_CN_NUMERAL = rf"(?<![{_CN_CHARS}])[{_CN_CHARS}]++(?:点[零〇一二三四五六七八九]++)?+"
_ARABIC = compile_re_cached(rf"(-)?({_AR})({_MULTIPLIER})?")
_MIXED_WHOLE = compile_re_cached(_MIXED)


def _plain_alternative(units: Iterable[str], postfixes: Iterable[str]) -> str:
    """The pattern of a plain quantity: digits (a decimal at most) right before a one-character measure word.

    Most quantities are written so (226件, 99.78%, 5%5%…), and the rest of the
    grammar would read them the same way: no qualifier, multiplier or second
    number, no code (_is_code reads nothing that may stand around one). It is
    tried first, and each of its matches takes a short path (in scan).
    Whatever could read otherwise — a character before it that _is_code looks
    at, a leading zero, a digit run too long, a measure word that a longer one
    or a qualifier may extend, a space or a letter after it — fails here and
    takes the full grammar.
    """
    single = sorted(u for u in units if len(u) == 1 and u not in _EXTENDS_NUMBER and u != DAY_UNIT)
    # After the measure word: what makes a longer one of it, a qualifier after, or a look past spaces.
    extending = {u[1] for u in units if len(u) > 1 and u[0] in single} | {w[0] for w in postfixes} | {" "}
    return (rf"(?<![0-9A-Za-z.第\- ])(?P<plain>(?:[1-9][0-9]{{0,{MAX_INTEGER_DIGITS - 1}}}+|0)(?:\.[0-9]{{1,15}}+)?)"
            rf"[{re.escape(''.join(single))}](?![A-Za-z{re.escape(''.join(sorted(extending)))}])")


def _dated(units: Iterable[str], postfixes: Iterable[str]) -> str:
    """The characters of NOT_AFTER_BARE that start no measure word or qualifier and carry no number on, as a class."""
    starts = {w[0] for w in units} | {w[0] for w in postfixes}
    dated = sorted(c for c in NOT_AFTER_BARE if c not in starts and c not in _EXTENDS_NUMBER)
    return f"[{re.escape(''.join(dated))}]"


def _dated_alternative(units: Iterable[str], postfixes: Iterable[str]) -> str:
    """The pattern of digits right before a character of NOT_AFTER_BARE (2023年, 3月, 8号楼).

    The full grammar reads them as a bare number, which _is_code drops; read by
    this pattern, they are dropped as codes at once. A character that could
    start a measure word or a qualifier, or carry the number on, is left out.
    """
    return rf"(?<![0-9A-Za-z.])[0-9]++(?={_dated(units, postfixes)})"


# Where a list marker's number starts for _is_code: at most three spaces or tabs after the text's start or a line
# break, or four of them after anything (it looks four characters back).
_LINE_OPENING = "|".join([rf"(?<=\A[ \t]{{{n}}})" for n in range(4)] + [r"(?<=[ \t]{4})"]
                         + [rf"(?<=[\n\r][ \t]{{{n}}})" for n in range(4)])


def _dropped_alternative(units: Iterable[str], postfixes: Iterable[str]) -> str:
    """The pattern of what the full grammar reads as a bare number or a range and _is_code then drops, whatever is
    around it: a list marker (1. or 1、 opening a line, at most two spaces before its mark: \n5.凝聚…) and a span of
    two years before a character of NOT_AFTER_BARE (纲要(2021-2025年)). Each match is the full grammar's, which
    reads nothing after it there; taken as a code, it is dropped at once, not parsed first."""
    return (rf"(?:{_LINE_OPENING}){_AR}(?=[ ]{{0,2}}[.、])"
            rf"|(?<![0-9A-Za-z.])(?:19|20)[0-9]{{2}}[-~](?:19|20)[0-9]{{2}}(?={_dated(units, postfixes)})")


def _split_alternative(unit: str) -> str:
    """The pattern of a number a line break splits, the text around the break being no wrap normalize() could tell
    (受理行政复议案件1⏎26件, 纠错率为8.⏎47%, 1⏎,234件): its head, the break and its tail up to a measure word. Read apart, the head
    would be a bare number standing for the whole (1 for 126); the two are dropped as one code. Only a head run on from
    a word (not a number alone on its line, a cell of a table's column: 126⏎118) and a tail before a measure word (not
    126⏎2023年: a line's last figure and a year opening the next)."""
    word = r"[^\s0-9.·,|]"  # a PDF's text layer may space a number off its words: 受理 1⏎26 件
    return (rf"(?:(?<={word})|(?<={word}[ ]))[0-9]++(?:\.[0-9]*+)?+[ \t]*\r?\n[ \t]*(?:\.|,(?=[0-9]{{3}}))?[0-9]++(?:\.[0-9]++)?+"
            rf"(?=[余多]?(?:{_MULTIPLIER})?[余多]?\ ?(?:{unit}))")


def _quantity_pattern(units: Iterable[str], prefixes: Iterable[str], postfixes: Iterable[str]) -> re.Pattern[str]:
    """The one pattern scan() runs, around the catalog's measure words and qualifiers."""
    unit = longest_word(units)  # tried after every number: a class, not the words one by one
    cn = rf"{_CN_NUMERAL}(?=[余多]?[万亿]?[余多]?(?:{unit}))"
    # Every match opens with a digit, a numeral character or the first character of
    # a prefix qualifier. A lookahead for these lets the engine pass over the other
    # positions (nine in ten) without trying each alternative: 5x faster.
    openers = "0-9" + "".join(sorted({w[0] for w in prefixes} | set(_CN_CHARS)))
    # `re`, not `regex`: this pattern needs no Unicode classes, and re runs it about
    # four times faster; possessive quantifiers keep every digit run matched once,
    # and the code alternatives that run over a whole digit run start only at its
    # first digit (after COVID19, say, the scan would otherwise retry each digit).
    return compile_re_cached(
        rf"""
        (?=[{openers}])
        (?:
            (?=[0-9])  # one test passes over the alternatives that open with a digit
            (?:
                {_plain_alternative(units, postfixes)}
              | (?P<code>                           # consumed and dropped
                    [0-9]{{4}}[-/][0-9]{{1,2}}[-/][0-9]{{1,2}}(?![0-9])
                  | (?<![0-9])[0-9]++(?:[.·][0-9]++){{2,}}+
                  | (?<![0-9])[0-9]++(?:\+(?:[0-9]++|[A-Za-z]++))++
                  | {_dated_alternative(units, postfixes)}
                  | {_dropped_alternative(units, postfixes)}
                  | {_split_alternative(unit)}
                )
            )
          | (?P<pre>{longest_first(prefixes)})?
            (?:
                (?P<per>百分之|千分之|万分之|百分(?=百))(?P<pnum>{_AR}|{_CN_NUMERAL})  # 百分百: 百分之百 said short
              | (?P<num>(?<![0-9A-Za-z.])(?:{_MIXED}(?=[余多]?(?:{unit}))|{_AR})|{cn})
                (?:(?P<colon>:)(?P<rnum>{_AR})|(?:[-~]|{_RANGE_WORD})(?P<num2>{_AR}))?+
                (?P<approx>[余多])?
                # a line break of a PDF text layer (4.86⏎万宗), or a space a converted file sets off a number with
                # from its 万 (1.2 万件, 3 千余件, 1.3 万 件)
                (?:(?:\r?\n|\ )(?=(?:{_MULTIPLIER}|{_LATIN_MULTIPLIER})[余多]?\ ?(?:{unit})))?
                (?P<mult>{_MULTIPLIER}|{_LATIN_MULTIPLIER}(?=[余多]?\ ?(?:{unit})))?
                (?P<approx2>[余多])?
                (?P<plus>\+)?
                (?:\ ?(?P<unit>{unit}))?
            )
            (?P<post>{longest_first(postfixes)})?
        )
        """,
        re.VERBOSE,
    )


class Grammar(NamedTuple):
    """The words around a number, from the catalog's [numbers], and the pattern built around them."""

    units: dict[str, str]  # measure word -> kind
    qualifiers: dict[str, str]  # qualifier word -> meaning
    approaching: frozenset[str]  # 'about' with high = value
    up: tuple[str, ...]  # verbs and nouns of a rise, as they end right before a quantity
    down: tuple[str, ...]
    changes: frozenset[str]  # up and down together, for telling a word of a change said alone (下降, 下降了)
    change_ends: frozenset[str]  # last characters of up and down
    change_cues: frozenset[str]  # change_ends and CHANGE_GAP: what right before a quantity has its change sought
    code_before: tuple[str, ...]
    code_after: tuple[str, ...]
    quantity: re.Pattern[str]
    qualifier_after: re.Pattern[str]  # one of the qualifiers after a number, where a word the scanner skips ends


@from_catalog
def grammar(catalog: Catalog) -> Grammar:
    """The scanner's grammar for the current catalog (the scanner tries longer words first)."""
    words = catalog.numbers
    up = tuple(v + s for v in words.up_verbs for s in ("", "了")) + tuple(
        n + s for n in words.up_nouns for s in words.noun_links)
    down = tuple(v + s for v in words.down_verbs for s in ("", "了")) + tuple(
        n + s for n in words.down_nouns for s in words.noun_links)
    changes = frozenset(up + down)
    ends = frozenset(word[-1] for word in changes)
    return Grammar(
        units=words.units, qualifiers=BETWEEN_QUALIFIERS | words.before | words.after,
        approaching=words.approaching, up=up, down=down, changes=changes,
        change_ends=ends, change_cues=ends | CHANGE_GAP,
        code_before=words.code_before, code_after=words.code_after,
        quantity=_quantity_pattern(words.units, tuple(words.before), tuple(words.after)),
        qualifier_after=compile_re_cached(longest_first(words.after)),
    )


class Quantity(NamedTuple):
    """One quantity of the text: a tuple, built once per number some five times faster than a frozen dataclass."""

    start: int
    end: int
    num_start: int
    num_end: int
    value: float
    unit: str | None
    kind: str
    qualifier: str | None
    low: float | None
    high: float | None
    change: str | None
    ratio_to: float | None




# --- resolution ----------------------------------------------------------------


def _cn_section(s: str) -> int | None:
    """A Chinese numeral with 十/百/千 and below 10000: 一百一十九, 两千零二十三, 十五."""
    total, digit, last_unit, zero = 0, None, 10**4, False
    for i, ch in enumerate(s):
        unit = CN_SMALL_UNITS.get(ch)
        if unit is None:
            value = CN_DIGITS[ch]
            if digit is not None or (value == 0 and (zero or i == 0)):
                return None  # two digits in a row: 两三 is a range, not 23
            if value == 0:
                zero = True
            else:
                digit = ch
        elif unit >= last_unit or (digit is None and i > 0):
            return None  # units fall, and 一百十 is written 一百一十
        else:
            total += (CN_DIGITS[digit] if digit else 1) * unit
            digit, last_unit, zero = None, unit, False
    if digit is None:
        return None if zero else total
    # A closing digit counts ones after 零 or 十 (一百零五, 二十五), else a tenth
    # of the last unit, as spoken: 一百五 = 150, 两千三 = 2300.
    scale = 1 if zero or last_unit == 10 else last_unit // 10
    if digit == "两" and scale == 1:
        return None
    return total + CN_DIGITS[digit] * scale


def _cn_value(s: str) -> Decimal | None:
    """A Chinese numeral: 万/亿 sections, 点 decimals, or digit by digit (二〇二四)."""
    for big, multiplier in CN_BIG_UNITS:
        head, found, tail = s.partition(big)
        if not found:
            continue
        high = _cn_value(head) if head else (Decimal(1) if not tail else None)
        if high is None:
            return None
        low: Decimal | None
        if not tail:
            low = Decimal(0)
        elif tail[0] in "零〇":
            low = _cn_value(tail[1:]) if len(tail) > 1 else None
        elif len(tail) == 1 and tail in CN_DIGITS:
            low = Decimal(CN_DIGITS[tail] * multiplier // 10)  # 三万五 = 35000
        else:
            low = _cn_value(tail)
        if low is None or low >= multiplier:
            return None
        return high * multiplier + low
    whole, point, fraction = s.partition("点")
    if point:
        if not whole or not fraction or any(c not in CN_DIGITS or c == "两" for c in fraction):
            return None
        integer = _cn_value(whole)
        if integer is None or integer != integer.to_integral_value():
            return None
        return integer + Decimal("0." + "".join(str(CN_DIGITS[c]) for c in fraction))
    if any(c in CN_SMALL_UNITS for c in s):
        section = _cn_section(s)
        return None if section is None else Decimal(section)
    if not s or any(c not in CN_DIGITS for c in s):
        return None
    if len(s) == 1:
        return Decimal(CN_DIGITS[s])
    if len(s) >= 3 and "两" not in s:  # digit by digit: 二〇二四
        return Decimal("".join(str(CN_DIGITS[c]) for c in s))
    return None  # 三五, 七八: an approximate range


def _mixed_section(tail: str, whole: bool) -> int | None:
    """The part of a mixed numeral after its 万 (or between 亿 and 万), below 10000: 2514, 零56, 2千8百, 零5百.

    Digits alone are four, or fewer after 零 (whole: between 亿 and 万, where 3亿500万 is written, any up to four)."""
    zero = tail[:1] in ("零", "〇")
    rest = tail[1:] if zero else tail
    if rest.isdecimal():
        if rest[0] == "0" or not (zero or whole or len(rest) == 4) or (zero and len(rest) == 4):
            return None
        return int(rest)
    section = _cn_section("".join("零一二三四五六七八九"[int(c)] if c.isdecimal() else c for c in rest))
    return None if section is None or (zero and section >= 1000) else section


def _mixed(numeral: str) -> int | None:
    """A numeral of Arabic digits before 万/亿 and the rest after it (1万2514, 1万2千8百, 2万零56, 3亿5000万), or None
    when its tail is not one a report writes (1万2, 1万0514, 2万零5000)."""
    at = next(i for i, c in enumerate(numeral) if c in "万亿")
    head, big, tail = numeral[:at], numeral[at], numeral[at + 1:]
    if big == "亿":
        low = _mixed_section(tail[:-1], True) if tail.endswith("万") else None
        return None if low is None else int(head) * 10**8 + low * 10**4
    low = None if tail.endswith("万") else _mixed_section(tail, False)
    return None if low is None else int(head) * 10**4 + low


def _plain(number: str) -> str:
    """An Arabic numeral as _AR matches it, without its group separators and with a decimal point."""
    if number.isdecimal():
        return number  # the common case: digits alone
    return number.replace(",", "").replace(" ", "").replace("·", ".")


def _arabic(number: str) -> int | Decimal | None:
    """An Arabic numeral as _AR matches it, or None when it is too long to be a quantity.

    Whole numbers come back as int: exact like Decimal (15 digits times 10**13
    stay within its 28), and cheaper to build.
    """
    if len(number) > MAX_ARABIC_LENGTH:
        return None
    return _exact(_plain(number))


def _exact(digits: str) -> int | Decimal | None:
    """_arabic of a numeral already made plain."""
    whole, point, _ = digits.partition(".")
    if len(whole) > MAX_INTEGER_DIGITS:
        return None
    return Decimal(digits) if point else int(digits)


def _chinese(s: str) -> Decimal | None:
    return _cn_value(s) if len(s) <= MAX_CN_LENGTH else None


def parse_numeral(s: str) -> float | None:
    """The value of one written numeral (1,234.5 / 一百一十九 / 1.62亿), or None.

    Never raises: callers pass whatever the scanner or a pattern captured.
    """
    m = _ARABIC.fullmatch(s) if len(s) <= MAX_ARABIC_LENGTH else None
    if m is None and len(s) <= MAX_CN_LENGTH and _MIXED_WHOLE.fullmatch(s):
        mixed = _mixed(s)
        return None if mixed is None else float(mixed)
    if m:
        sign, number, multiplier = m.groups()
        exact = _arabic(number)
        if exact is None:
            return None
        value = float(exact * ARABIC_MULTIPLIERS.get(multiplier, 1))
        return (-value or 0.0) if sign else value  # "-0" is 0.0, not -0.0
    if 0 < len(s) <= MAX_CN_LENGTH and all(c in CN_DIGITS or c in CN_SMALL_UNITS or c in "万亿点" for c in s):
        chinese = _cn_value(s)
        return None if chinese is None else float(chinese)
    return None


def written_step(numeral: str) -> float:
    """The unit of a numeral's last written digit: 98.6 → 0.1, 99.78 and 99·78 → 0.01, 98 and 九十八 → 1 (the middle
    dot and 点 read as the point): what a figure rounded to that digit may differ by."""
    for point in (".", "·", "点"):
        if point in numeral:
            return 10.0 ** -len(numeral.split(point, 1)[1])
    return 1.0


def count_step(value: float) -> int:
    """The unit of a whole count's last digit that is not naught: 5236 → 1, 1180 → 10, 5000 → 1000, 0 → 1 (超5000 or
    5000余 reads to it: from 5000 up to 6000)."""
    step, count = 1, int(value)
    while count and count % 10 == 0:
        count //= 10
        step *= 10
    return step


# --- recognition ---------------------------------------------------------------


def _is_code(g: Grammar, text: str, number: str, start: int, end: int, unit: str | None, second: str | None) -> bool:
    """Arabic numbers that are dates, ordinals, codes, hotlines or list markers.

    number (made plain) starts at start; the whole match (unit, qualifiers) ends at end.
    """
    integer = number.partition(".")[0]
    if len(integer) > MAX_INTEGER_DIGITS or (len(integer) > 1 and integer[0] == "0"):
        return True
    before = text[max(0, start - 4):start].removesuffix(" ")
    spaces = text[end:end + 2]
    following = end + len(spaces) - len(spaces.lstrip(" "))  # past at most two spaces
    after = text[following:following + 4]
    if before.endswith("第") or (after[:1].isascii() and after[:1].isalpha()):
        return True
    if before[-1:] == "-" and before[-2:-1].isascii() and before[-2:-1].isalpha():
        return True  # COVID-19
    if unit == DAY_UNIT:
        return before.endswith("月")  # 3月9日
    if unit is not None:
        return False
    if second is not None:  # a span of years, or of months, days or ordinals (1-10月, 3-5号楼)
        return after[:1] in NOT_AFTER_BARE or all(len(n) == 4 and n[:2] in ("19", "20") for n in (number, second))
    if after[:1] in NOT_AFTER_BARE or after.startswith(g.code_after) or before.endswith(g.code_before) \
            or _MONTHS_TO.match(after):
        return True
    if (before[-1:] in OPEN_QUOTES and after[:1] in CLOSE_QUOTES) or (before[-1:], after[:1]) == ("(", ")"):
        return True  # “441”, “12348”, (1), (2024)
    if len(integer) == 4 and integer[:2] in ("19", "20") and "." not in number:
        return True  # a year written without 年
    # A list marker, 1. or 1、 opening a line (a bounded look back keeps scan linear).
    head = text[max(0, start - 4):start].rstrip(" \t")
    return after[:1] in (".", "、") and (not head or head[-1] in LINE_STARTS)


def _is_word(g: Grammar, text: str, number: str, start: int, unit: str | None, approximate: bool,
             unit_end: int) -> bool:
    """Chinese numerals that are part of a word, a name or an ordinal, or a date's day (三月十一日, 3月十一日)."""
    if unit in CN_NAME_UNITS or (number == "一" and not _one_counted(g, text, unit, unit_end)) \
            or number in CN_FINANCIAL_DIGITS or text[start - 1:start] in NOT_BEFORE_CN:
        return True
    if unit == DAY_UNIT and text[start - 1:start] == "月" and text[start - 2:start - 1] != "个":
        return True  # not a span of months and days (三个月十五日内)
    if number[0] in "百千万亿" and not approximate:
        return True  # 千家万户, 万人空巷
    if unit == _TENTH:
        follow = text[unit_end:unit_end + 2]
        return bool(follow) and HAN.match(follow) is not None and not follow.startswith(AFTER_CHENG) \
            and _hundredth(text, unit_end) is None
    return False


def _hundredth(text: str, unit_end: int) -> int | None:
    """The digit written right after a tenth's 成 that says its hundredths (九成五 is 95%, 八成五以上), where what
    follows it is no word (not 三成五年): else None."""
    digit = CN_DIGITS.get(text[unit_end:unit_end + 1])
    if not digit:
        return None
    follow = text[unit_end + 1:unit_end + 3]
    return digit if not follow or HAN.match(follow) is None or follow.startswith(AFTER_CHENG) else None


# What follows a lone 一 and its measure word for it to count one: a mark ending its clause (not the text's end alone).
_ONE_COUNTED_BEFORE = tuple(SENTENCE_ENDS + PAUSES + "、)")


def _one_counted(g: Grammar, text: str, unit: str | None, unit_end: int) -> bool:
    """Whether a lone 一 counts one: before a count's measure word that ends its clause (败诉一件。, 直接纠错一件,),
    where 一件事, 一批 and 一次办 say 'a' in the words that follow."""
    return unit is not None and g.units.get(unit) == "count" and text[unit_end:unit_end + 1] in _ONE_COUNTED_BEFORE


def _change(g: Grammar, before: str) -> str | None:
    """'up' or 'down' when `before` (the few characters before a quantity) ends in a verb of change."""
    if before.endswith(g.up):
        return "up"
    if before.endswith(g.down):
        return "down"
    return None


def _bounds(g: Grammar, value: float, qualifier: str | None, word: str | None) -> tuple[float | None, float | None]:
    if qualifier is None:
        return value, value
    if qualifier == "at_least":
        return value, None
    if qualifier in ("at_most", "less_than") or word in g.approaching:
        return None, value
    return None, None


def read_on(q: Quantity, text: str, end: int) -> Quantity:
    """q ending at `end`, past a word no measure word stands for (2倍), with the qualifier after that word if one
    follows it (2倍以上: at least 2)."""
    g = grammar()
    after = g.qualifier_after.match(text, end)
    if after is None:
        return q._replace(end=end)
    qualifier = g.qualifiers[after[0]]
    low, high = _bounds(g, q.value, qualifier, after[0])
    return q._replace(end=after.end(), qualifier=qualifier, low=low, high=high)


def _quantity(g: Grammar, text: str, m: re.Match[str], previous: Quantity | None) -> Quantity | None:
    """The Quantity for one match of the grammar's pattern, or None when it is not one.

    previous is the last Quantity found, whose change a joined one shares.
    """
    _, code, pre, per, pnum, num, _, rnum, num2, approx, multiplier, approx2, plus, unit, post = m.groups()
    if code:
        return None
    ratio_to = None
    end = m.end()
    exact: int | Decimal | None  # the value as written, before it becomes the float of the record
    if pnum:
        exact = _arabic(pnum) if pnum[0].isdigit() else _chinese(pnum)
        unit, kind = _PER_UNITS[per[0]], "percent"
        if exact is not None:
            exact *= PERCENT_OF.get(unit, 1)
        num_start, num_end = m.span("pnum")
    else:
        num_start = m.start("num")
        if num[0].isdigit() and ("万" in num or "亿" in num):
            exact = _mixed(num)  # 1万2514: no code has a 万 in it
        elif num[0].isdigit():
            digits = num.isdecimal()  # the common case: digits alone, no separator, no decimals
            plain = num if digits else _plain(num)
            if _is_code(g, text, plain, num_start, m.end(), unit, num2):
                return None
            # Digits alone that are no code are at most MAX_INTEGER_DIGITS: a whole number as written.
            exact = int(num) if digits else _exact(plain) if len(num) <= MAX_ARABIC_LENGTH else None
        else:
            if _is_word(g, text, num, num_start, unit, bool(approx or approx2), m.end("unit")):
                return None
            exact = _chinese(num)
        if exact is None:
            return None
        if multiplier:
            multiplier = LATIN_MULTIPLIERS.get(multiplier, multiplier)
            exact *= ARABIC_MULTIPLIERS[multiplier]
        if unit in PERCENT_OF:
            exact *= PERCENT_OF[unit]
        num_end = m.end("mult" if multiplier else "rnum" if rnum else "num2" if num2 else "num")
        if unit == _TENTH and not post and (hundredth := _hundredth(text, end)) is not None:
            # 九成五: the tenths read on to the digit of their hundredths, and to a qualifier after it (九成五以上)
            exact = exact + hundredth
            after = g.qualifier_after.match(text, end + 1)
            end, post = (after.end(), after[0]) if after is not None else (end + 1, post)
        if rnum:
            kind, ratio_to = "ratio", _arabic(rnum)
        else:
            kind = g.units[unit] if unit else "bare"
    if exact is None:
        return None
    value = float(exact)
    start = m.start()
    if pre == "近" and text[start - 1:start] in NEAR_WORDS:
        start, pre = m.end("pre"), None  # 附近, 最近: a word, not a qualifier
    word = pre or approx or approx2 or plus or post
    qualifier = g.qualifiers.get(word) if word else None
    low, high = _bounds(g, value, qualifier, word)
    if num2:
        second = _arabic(num2)
        if second is None:
            return None
        qualifier, low, high = "range", value, float(second * ARABIC_MULTIPLIERS.get(multiplier, 1))
    return Quantity(start, end, num_start, num_end, value, unit, kind, qualifier, low, high,
                    _change_at(g, text, start, kind, previous), None if ratio_to is None else float(ratio_to))


def _change_at(g: Grammar, text: str, start: int, kind: str, previous: Quantity | None) -> str | None:
    """The change of a quantity starting at start: its own verb's, or that of the one it is joined to."""
    # Most quantities follow no last character of a verb of change: decided without trying some fifty endings.
    before = start
    while before > 0 and text[before - 1] in CHANGE_GAP and start - before < 2:
        before -= 1  # (past a space or two: 增长率为 4.22 %)
    change = _change(g, text[max(0, before - 6):before]) if text[before - 1:before] in g.change_ends else None
    if (change is None and previous is not None and previous.change and previous.kind == kind
            and text[previous.end:start] in CHANGE_JOINS):
        change = previous.change  # 增长5.9%和27.4%
    return change


def scan(text: str) -> list[Quantity]:
    """Every quantity of a normalized, simplified text, in order, not overlapping.

    A match of the plain alternative (group 1: digits, then one measure word) is
    read in this loop, what _quantity would give for it without its steps (each
    distinct one read once: 5%5%… repeats one), and
    its change is sought only after a last character of a verb of change or a
    space (Grammar.change_cues: one look-up of the character before, read by
    its index, where a one-character slice makes a slice object), or after a
    quantity that changes. A code (group 2) is dropped at once.
    """
    found: list[Quantity] = []
    append = found.append
    g = grammar()
    units, change_cues = g.units, g.change_cues
    plain: dict[str, tuple[float, str, str]] = {}  # a plain quantity as written -> its value, unit and kind
    previous = None
    previous_change = None
    new = new_tuple
    for m in g.quantity.finditer(text):
        group = m.lastindex
        if group == 1:
            start, end = m.span()
            written = m[0]  # by subscript: a call of group() cost more
            read = plain.get(written)
            if read is None:
                numeral, unit = written[:-1], written[-1]
                # float() of the written digits is float() of their exact value (both round it once), and
                # three times faster; a tenth or a per mille is exact first, as _quantity takes it.
                per = PERCENT_OF.get(unit)
                value = float(numeral) if per is None else float(
                    (int(numeral) if numeral.isdecimal() else Decimal(numeral)) * per)
                read = plain[written] = value, unit, units[unit]
            value, unit, kind = read
            change = (_change_at(g, text, start, kind, previous)
                      if previous_change or start and text[start - 1] in change_cues
                      else None)
            q = new(Quantity, (start, end, start, end - 1, value, unit, kind, None, value, value, change, None))
        elif group == 2:
            continue
        else:
            quantity = _quantity(g, text, m, previous)
            if quantity is None:
                continue
            q, change = quantity, quantity.change
        append(q)
        previous, previous_change = q, change
    return found
