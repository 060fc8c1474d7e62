"""Interpret stage: quantities + their subjects → headline metrics and generic rates.

For every number the recognizer found, the *subject* is the text before it in
its clause. Catalog rules (catalog.toml) decide which headline key a subject
names; every ``…率 + %`` subject is also kept as a generic rate (a table cell
takes its column's …率 heading). A number with no label of its own continues the
one before it: a series (从2012年的18.64%上升至2017年的53.28%), a 分别 list
(2021年、2022年…分别为11.5%、12.8%: one value per year or per label), values keyed
by year after a colon (出庭应诉率:2023年要达到95%,2025年达到100%).

A table's cell (grids.py) that prose reading leaves unread is labelled by its
column heading, else by its row's label (its first cell that is no figure), with
the table's caption, heading row and row label as its context; a heading that is
a year, or 本年累计 / 上年同期 ([tables] in the catalog), dates its column, and a
caption's one year the table. Nothing is read from a web page's tail of links
(Outline.page_tail).

A count may also take its label from the noun written after it (共有3件行政诉讼案件败诉), from nouns
listed before it that share the label (办理国内民事、经济公证1023件), or from the figure before it that a
plan set (计划办理…300件,实际办理320件: an achievement); a rule's topic may be named by the report's
title line (某公证处2020年度工作总结) when its sentence names none.

Years come from the sentence (2024年, 截至2022年11月30日, 去年 against the item's
date), the year a paragraph opens with, the plan section, or the report year.
Numbers in a plan part are targets for the planned year, unless their sentence
names an earlier year (a plan's review of what was done); target cues (力争,
控制在…以内, …的目标任务) make a target among achievements, for the report's year.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import operator
import re
import sys
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeGuard

from . import lazy_regex as regex
from .catalog import (
    SET_AGAINST,
    Catalog,
    Fields,
    Intake,
    MetricRule,
    OthersPageRule,
    compile_cached,
    compile_re_cached,
    get_catalog,
)
from .dates import MONTH, PLAN_END, PLAN_NAME, RELATIVE_YEARS, SINCE, YEAR, date_at, plan_last_year
from .derive import from_catalog, rules_by_key
from .grids import YEAR_HEADING, Cell, Grid, GridIndex, find_grids, row_label
from .numbers import (
    ARABIC_MULTIPLIERS,
    CN_DIGITS,
    PERCENT_OF,
    Quantity,
    count_step,
    grammar,
    parse_numeral,
    read_on,
    scan,
    written_step,
)
from .regions import (
    TOWNSHIP_OFFICES,
    divisions_named,
    in_elsewhere_clause,
    last_named_before,
    lies_within,
    name_holding,
    named_spans,
    names_no_town,
)
from .scanning import (
    NOT_CONCURRENT,
    AtEnd,
    Ending,
    Shape,
    char_starts,
    held_word_starts,
    matches_from,
    may_hold_words,
    word_starts,
    words_gate,
    words_held,
    words_search,
)
from .structure import (
    BREAKS,
    CLAUSE_ENDS,
    LIST_JOINS,
    LIST_SEPARATOR,
    NUMBERED_HEADING,
    PAUSES,
    SENTENCE_ENDS,
    SENTENCE_MARKS,
    Outline,
    after_last_pause,
    plan_cue_openings,
)
from .vocab import BOUNDS

# A count of the rates listed before it (…满意率三项指标, …及时率等三个指标, …满意率两项均…): its measure words, what
# follows it, and what stands right before it.
_INDICATORS_COUNTED = frozenset("项个")
_AFTER_INDICATORS = ("指标", "均", "都", "分别")
_RATES_BEFORE_COUNT = ("率", "率等")
# A short aside within a rate's label, between its words (村(社区)法律顾问覆盖率, 乡镇(街道)…): from after its bracket.
_LABEL_ASIDE = compile_cached(r"(?<=\p{Han}\()\p{Han}{1,4}\)(?=\p{Han})")
# A rate's label listed with the parenthesis that narrows it (出庭应诉率(负责人)、出庭出声率分别为…): the label, the words.
_NARROWED_LABEL = compile_cached(r"(.*率)\(([^()]{1,16})\)")
_AVERAGE_WORD = 2  # the characters of an average's word (平均, 月均: the catalog's {AVERAGE})
_AVERAGE_REACH = 6  # how far before a rate's value its connectors may say it is an average (平均达到了, 平均保持在)
# A rate's label joined to the next one (出庭率和出声率, 可办率以及网办率), which may open with a quoted name (网办率和
# “掌上办”率), or whose parenthesis narrowing it stands between (出庭应诉率(负责人)和出庭出声率); what each match holds.
_LIST_JOINER = compile_cached(r"率(?:\([^()]{1,16}\))?(?=(?:以及|[和及与])[\p{Han}“])")
_JOINED_RATES = ("率和", "率及", "率与", "率以及")
_RATES_JOINED_WITH = ("率", "率以")  # what stands before the joiner's last character in a list of rates (_elided_rate)
# What joins a label written without its 率 to the rate label after it that says the same word qualified (满意和基本满意率)
# or another word of as many characters (网办、掌办率), and the fewest characters that word takes (满意).
_ELIDED_RATE_JOINS = frozenset("和及与、")
_ELIDED_RATE_WORD = 2
_ELIDED_LABEL_WORDS = compile_cached(r"(?r)\p{Han}{0,24}")  # the words of such a label, read back from the joiner
_ELIDED_DEGREE_REACH = 12  # the characters a degree before a joiner is looked for in (catalog [rates] degree: up to 11)
# Bounds that real text never reaches (subjects run to ~30 characters, lists of
# rates sharing one number to ~5) and that keep a text without punctuation from
# making every number rescan all the text before it.
_MAX_SUBJECT = 200
# The close of a heading in lenticular brackets run into its part's first line (【行政复议与应诉】全年收到行政复议申请85件):
# a subject starts after it, the heading's words (应诉, 诉讼) no words of the count's label; the heading still names the
# topic its part is of (_said_around reads the sections' titles).
_HEADING_CLOSE = "】"
_BRACKET_LEAD = 4  # how far a label may start after the bracket it opens ((其中新收…)
_MAX_SHARING = 8
# Between two values of one list: 612件、745件 / 6.5%和4.8%.
_LIST_GAP = compile_cached(r"\s*[和及与]?\s*")
# A 分别 list's opening alone in the clause after a span's total (2021年至2023年,…共受理…3120件,分别为998件、1032件、…;
# …,各年分别为…): each year's value of the total's label.
_EACH_OF_TOTAL = compile_cached(r"(?:各年|每年|逐年|依次)?分别(?:为|是)?")
# What, right before a rate label followed by 分别, lists other subjects sharing its words (行业性、专业性和派驻…率).
_OTHERS_BEFORE_LABEL = frozenset((LIST_SEPARATOR, "和", "及", "与"))
# The Han characters a word listed before a rate's label that shares it may take, past what the label's cuts leave of it
# (行业性、专业性和派驻…率, 重大行政决策、重大合同合法性审查率, 区直部门和乡镇负责人出庭应诉率), and what may stand before
# the first such word when no cut opens it: a clause's start (not a count's 件 of 受理纠纷120件、调解成功率…).
_LISTED_WORD_HAN = 8
_LIST_OPENS = frozenset(BREAKS + " \t(")
# after a count of places (两地分别): the names listed before are places; before a verb, the list's words end before it
_RESPECTIVELY = "分别"


def _shared_after_respectively(label: str) -> str:
    """The words a 分别 list's bodies or services share, written after 分别 at the end of its last label (法律援助中心、
    公证处分别办理案件: 办理案件); "" where 分别 ends no such label or only 为 follows it (…分别为)."""
    at = label.rfind(_RESPECTIVELY)
    shared = label[at + len(_RESPECTIVELY):] if at > 0 else ""
    return shared if len(shared) > 1 else ""


_SERVICE_ITEM = 8  # Han characters a listed service's name may take around its context word (人民调解, 法律援助)
_ITEM_AFTER = compile_cached(rf"\p{{Han}}{{0,{_SERVICE_ITEM}}}")  # a listed item's Han characters, matched at its start
_ITEM_BEFORE = compile_cached(rf"(?r)\p{{Han}}{{0,{_SERVICE_ITEM}}}")  # …and read back from its end


def _narrowed(label: str) -> tuple[str, str]:
    """A listed label and the words of the parenthesis narrowing it (出庭应诉率(负责人): 出庭应诉率, 负责人); the label and
    "" where it has none."""
    m = _NARROWED_LABEL.fullmatch(label) if label.endswith(")") else None
    return (label, "") if m is None else (m.group(1), m.group(2))


def _item_start(text: str, end: int) -> int:
    """Where the run of Han characters before `end` starts, reaching back at most _SERVICE_ITEM of them."""
    m = _ITEM_BEFORE.match(text, 0, end)
    return m.start() if m is not None else end


def _item_end(text: str, start: int) -> int:
    """Where the run of Han characters from `start` ends, reaching at most _SERVICE_ITEM of them."""
    m = _ITEM_AFTER.match(text, start)
    return m.end() if m is not None else start


# 和 or 及 joining two listed services (人民调解和法律援助等力量): the 、 of a list of two, inside one run of Han characters.
# Not the 及 of 及时 (人民调解员及时提供法律援助: one service). The context word comes at most _JOINED_PREFIX characters
# after it (和人民调解): one further on is another item's (人民调解员和律师提供法律援助: one service).
_SERVICE_JOINER = compile_cached(r"[和及](?!时)")
_JOINED_PREFIX = 2
_LAST_SERVICE_JOINER = compile_cached(rf"(?r){_SERVICE_JOINER.pattern}")
# The last two labels of a 、 list joined by 和 (调解、排查和预防…分别为, 办理公证、援助和解答咨询…): not the
# word 和解 (复议和解案件).
# What closes a list of labels that all share the one value after it (…等多项指标均达100%, 等均为): 等, then 均.
_ALL_LISTED = compile_cached(r"等\p{Han}{0,6}?均")
_ALL_SAID = "均"  # what every _ALL_LISTED match says: a part without it is passed without a search
_EVERY_LEVEL = "各级"  # the part of the area a rate's label may be followed by that is all of it (出庭应诉率各级均达100%)
# A pause, where a clause after a figure opens (_part_valued_after).
_PAUSE = compile_cached(rf"[{regex.escape(PAUSES)}]")
# A figure of a level or a unit right after it, a few words of a verb between, none a rate's (为96%, 达到95%以上; not
# 社区矫正对象再犯罪率为0%).
_OWN_FIGURE = compile_cached(rf"[^率\d%{regex.escape(BREAKS)}]{{0,4}}?\d[\d.]*%")
# The adverb before a count's verb that makes the count each body's, no total (两镇各受理纠纷12件, 两个公证处各办理公证
# 500件, 市县两级法律援助中心均办理法律援助案件200件): not an average's 均 (年均, 人均), nor 各 before a body named by
# a verb (各调解委员会, 各调处中心), nor 都 (成都, 首都 end in it); the verbs of the catalog's counts: those taking cases in
# (_INTAKE_VERBS) and those closing or settling them.
_INTAKE_VERBS = "受理|办理|承办|新收|收到"  # the verbs of a count of cases taken in (受理纠纷120件, 新收案件56件)
_EACH_DOING = compile_cached(rf"(?:(?<![人平年季月周日])均|各自?)(?:{_INTAKE_VERBS}|办结|调解|调处|化解|审结|接收)"
                             r"(?!中心|委员会|组织|工作室|室|站|点|员)")
_EACH_DOING_REACH = 4  # how far before a count's label its 各 and verb may stand (各办理法律援助案件)
_EACH_WORDS = ("各", "均")  # what every match of _EACH_DOING holds: a sentence saying neither is not searched
# Where a 分别 list's values (1526件、3890件和120件) end, the clause's end, and what joins them.
_LIST_STOP = compile_cached(r"[，。；,;\n]")
_VALUE_JOINS = compile_cached(r"[、和及与]")
# A value joined to the next by the next's own label, in group 1 (分别办理法律援助案件300件、公证事项1200件): one naming a
# service (not generic words alone: …分别受理纠纷1200件、案件300件) gives each value its label before it, no value of
# the pieces listed before 分别 in their order.
_LABELLED_NEXT = compile_cached(r"[、和及与]((?:(?![零〇一二三四五六七八九十百千万两])\p{Han}){2,12})[\d零〇一二三四五六七八九十两]")
# A list of two one-character verbs sharing the 案 written after the last (收、结案分别为…, 收、结案数): each verb's count of
# cases (收案, 结案); so before a noun of cases written after the last (收、结行政复议案件…: _CASE_WORD after each verb).
_ELIDED_CASES = compile_cached(r"\p{Han}(案(?:件)?(?:数|量)?)")
_CASE_VERBS = ("收", "结", "受", "办")
_CASE_WORD = "案"  # what a one-character verb of cases stands with (收 for 收案)
_JOINED_HAN = 12  # the Han characters a first label joined to the next (_LAST_JOINED) may take
_JOINERS = frozenset("和及与")
_LAST_JOINED = compile_cached(rf"(\p{{Han}}{{1,{_JOINED_HAN}}}?)[{''.join(sorted(_JOINERS))}](?!解(?:案件|纠纷|协议))")


def _last_joined(subject: str) -> regex.Match | None:
    """_LAST_JOINED.match(subject), not tried where no joiner stands where one of its matches says it (most subjects)."""
    if _JOINERS.isdisjoint(subject[1:_JOINED_HAN + 1]):
        return None
    return _LAST_JOINED.match(subject)
# A subject that is only a year, or the year reached (2025年达到…, 到2024年已经达到…): the value of a label said before it.
_YEAR_KEYED = compile_cached(rf"(?:到)?({YEAR})年(?:底|末)?")
# …or the year up to now, closing a list of the years before it (其中2020年5件,2021年15件,2022年至今7件): that year so far.
_YEAR_SO_FAR_KEYED = compile_cached(rf"({YEAR})年(?:至今|以来)")
# …or a part of a year (2021年…败诉率为23.22%,…,2024年1-10月为8.85%; 2024年上半年, 2024年第三季度, 2024年9月): that part's
# value (_YEAR_PART_KEYED, with the parts of a year it reads).
# What a comparison's base ([series] base: 较2022年的, 比上年, 较上一年度, 较2021年同期) ends in.
_BASE_ENDS = ("的", "年", "度", "期", "为", "是")
_BASE_SET_OFF = ("(", ":")  # what opens a base's figure set off after its comparison: 较上年(210件), (2023年:210件)
# what opens a clause going on with a series (…,再提升到2023年的100%, …,进一步提高到100%; catalog [series] to, after_change)
_SERIES_AGAIN = ("再", "又", "进一步")
_REACHED = "达"  # the verb of a level reached (达到, 达至), of catalog [series] after_change's verbs no change's
_YEAR_KEYED_ENDS = ("年", "底", "末", "今", "来", "月", "份", "度", "日")  # what a subject _YEAR_KEYED … matches ends in
# The marks listing the next year's value of a series right after the value before (由2021年的85%、2022年的92%提升至100%;
# 提升至2022年的92%和2023年的100%): a subject of that year and 的 alone is keyed by its year, as 2022年 is.
_YEARS_LISTED = (LIST_SEPARATOR, "和")
# What a value quoted may say before it (“双100%”: two rates, each 100%).
_QUOTED_VALUE = compile_cached(r"(?:[双两三四五]个?)?")
# The words a quoted rate's name is qualified by, after a 、 (出庭应诉率、在庭审中实际发言的“出声率”均达到100%): no rate of
# their own, nor a figure; the labels listed before them share the value with the quoted one.
_QUOTED_RATE_QUALIFIER = compile_cached(r"(?:(?!率)\p{Han}){1,16}")
# A quoted name that counts the rates written right before it (知晓率、满意率“两率”均达95%, …“三率”分别为…): no label of its
# own; the rates listed are the labels. (After no rate, 依法行政“四率”, the quoted name stays the label.)
_RATES_COUNTED = compile_cached(r"[双两二三四五六七八九十]率")
# The list of such a name's values with the rates' own names bracketed after it (“三率”分别为100%、98.5%、99.2%(排查率、
# 化解率、调解成功率)): the names, one per value, in order.
_LISTED_RATE_VALUE = compile_cached(r"[\d.]+%")
_RATES_BRACKETED_AFTER = compile_cached(
    rf"(?:{_LISTED_RATE_VALUE.pattern}{_VALUE_JOINS.pattern})+{_LISTED_RATE_VALUE.pattern}"
    rf"[(（]((?:\p{{Han}}{{1,12}}?率{_VALUE_JOINS.pattern})+\p{{Han}}{{1,12}}?率)[)）]")
_BOTH = "双"  # the word for two values (of _QUOTED_VALUE and _MANY_VALUES) that CN_DIGITS reads no number from
# 双 unquoted right after the rates it is of (出庭应诉率、出庭出声率实现双100%); 两个 is read as a count of its own.
_MANY_VALUES = compile_cached(rf"(?<=率)(?:实现|达到|均达|达|均为|为)?{_BOTH}$")
# The years a 分别 list goes through: 2021年、2022年、2023年 / 2016年至2020年 / 2019—2021年.
_YEAR_LIST = compile_cached(rf"({YEAR})年?(?:[、,和及与]({YEAR})年?)+")
_TO_YEAR_MARKS = ("至", "到", "—", "-", "~", "－")  # between the ends of a span of years
_TO_YEAR = f"(?:{'|'.join(_TO_YEAR_MARKS)})"
# A label with the year of its value after it (调解成功率2023年为98%, 出庭应诉率2024年底达到100%; group 3), or the years of a list or a span
# (新收行政复议案件2022年至2024年分别为…; group 2 the years before the last): the label (group 1) ends in no year, list
# mark or join.
# A level said at a month of a year (出庭应诉率在2019年10月达到100%) is that year's, as at its end, and so is one said
# by a year's end (出庭应诉率到2022年底为95%; a target by one to come, 到2025年底达到100%, by the target's cue).
# The noun a quoted achievement may name after its quote (实现“双百”目标): see the catalog's [rates] ranked.
_ACHIEVEMENT_NOUN = compile_cached(r"(?:的?(?:目标|任务|要求))?")
_LABEL_THEN_YEAR = compile_cached(rf"(\p{{Han}}+(?<![年至到在{LIST_JOINS}]))[在到]?((?:{YEAR}年?度?(?:{_TO_YEAR}|[{LIST_JOINS}]))*)({YEAR})年(?:度|底|末|{MONTH}月(?:份|底|末)?)?")
# A rate's label with the whole year its value is of after it (出庭应诉率全年保持100%, 调解成功率年内达到98%; the text's
# own year, 出庭应诉率今年达到100%, read as said before the label; the year's end, 败诉率年底降至5%, 到年底达到98%, 在年底前,
# read as 全年 is; the year before it, 纠错率去年为12.1%, likewise), a forecast's or an aim's word before it or none, its future 将 after it or none (调解成功率预计全年可达
# 99%, 纠错率力争年底达到15%, 出庭应诉率预计将于年底达到100%: the target cue then marks the figure), the year so far
# (出庭应诉率今年以来为98%, 年初以来, 目前为97.2%, 当前), or the date it is counted up to (出庭应诉率截至目前为96%, 截至
# 11月底达96%, 截至2023年底: read as said before the label): the label.
_LABEL_THEN_WHOLE_YEAR = compile_cached(rf"(.+率)(?:(?:(?:预计|有望|力争|争取|确保)将?)?(?:全年度?|年内|今年(?:以来)?|年初以来|本年度?|去年"
                                        rf"|(?:到|至|在|于)?年(?:底|末)前?|目前|当前)"
                                        rf"|(?:截至|截止到?)(?:目前|(?:{YEAR})?年(?:底|末)|(?:{YEAR}年)?{MONTH}月(?:份|底|末|\d{{1,2}}日)?))")
_WHOLE_YEAR_ENDS = (*_YEAR_KEYED_ENDS, "内", "前")  # what such a subject may end with (年内, 目前)
_YEAR_RANGE = compile_cached(rf"({YEAR})年?{_TO_YEAR}({YEAR})年")
# A span counted in years (三年来, 近三年, 这五年间, 3年来): how many years a 分别 list after it gives values for.
_YEARS_COUNTED = compile_cached(r"(?<![\d年])(?:近|过去|这)?([两二三四五六七八九十]|[2-9]|1\d)年(?:以来|来|间)?")
_SMALL_COUNTS = {c: i for i, c in enumerate("零一二三四五六七八九十")} | {"两": 2} | {str(i): i for i in range(2, 20)}
# A sentence opening with 同期 and a year said alone, no span's end (see _same_period_year). In `re`: matched at
# each sentence, where `regex` would look for 同期 through the rest of the text first.
_SAME_PERIOD = compile_re_cached(r"\s*同期(?!相比|比较|持平)")
_SAME_PERIOD_OPENING = "同"  # what a _SAME_PERIOD match opens with when no space (str.isspace, as `re`'s \s) does
_ONE_YEAR_SAID = compile_cached(rf"(?<![\-—~至到\d])({YEAR})年度?(?![\-—~至到]|{SINCE})")
# A period up to now from a year: 2019年以来, 2019年至今, from a month or an event of it (自2021年4月份运行以来, 2022年5月
# 上线以来; 2019年机构改革至今, its clause ended: not 2022年受理的案件至今未结, a year's cases still open) or a start with
# 起 (自2021年起, 2021年3月起; not 2021年起草 of a draft).
_MONTH_OF = r"(?:\d{1,2}月份?(?:\d{1,2}日)?)?"
# What follows such a year's 年: 以来 after a few words (2021年开展以来), or after an event that took effect then, a law or
# a reform named (2022年法律援助法实施以来, 2021年新修订的《人民调解工作规定》施行以来), 至今, or right after the 年 any word of
# dates.SINCE (2022年来, 2021年迄今).
# (The event's verb is looked behind from its 以来, matched first: trying the verbs after each character of the lazy
# run cost every year said some 24 M instructions per 100 KB of report sentences.)
_SINCE_TAIL = (rf"{_MONTH_OF}(?:\p{{Han}}{{0,6}}?以来|[\p{{Han}}“”《》]{{2,20}}?以来(?<=(?:实施|施行|颁布|出台|修订|修正|运行)以来)"
               rf"|{SINCE}|\p{{Han}}{{1,6}}?至今(?=[,:]))")
_YEARS_SINCE = compile_cached(rf"({YEAR})年(?:{_SINCE_TAIL}|{_MONTH_OF}起(?!草))")
_SINCE_WORDS = ("来", "至今", "迄今", "起")  # one of which every _YEARS_SINCE match says after its year's 年 (以来 holds 来)
_TAKES_EFFECT = _SINCE_WORDS[-1]  # …the last of which a day something takes effect from ends with (2025年1月1日起)
# Rate labels ending in this many equal characters name one measure (…出庭应诉率).
_SAME_MEASURE = 5
_MAX_PARAGRAPH = 3000  # characters before a number that its paragraph may reach back
_KIND_REACH = 300  # characters before and after a count of a kind that the other kinds listed with it may stand
_ANY_YEAR = compile_cached(rf"(?<!\d)({YEAR})(?!\d)")


@from_catalog
def _ratio_named(catalog: Catalog) -> regex.Pattern:
    """A ratio's name right before its bare figure (…比值为1.8, …比为1.5, …比值达2.6, …诉讼比达到1.13), or the
    ratio's name before its rise or fall, in a verb of [numbers.change] (该比值大幅提升为1.62, 复议诉讼比提升至1.8), from
    a level said before (复议诉讼比由1.2提升至1.8: 由 names the ratio's level too)."""
    moves = "|".join(map(regex.escape, (*catalog.numbers.up_verbs, *catalog.numbers.down_verbs)))
    return compile_cached(rf"(?:比\p{{Han}}{{0,2}}?(?:为|是|达到|达|由|从)"
                          rf"|比值?(?:\p{{Han}}{{0,4}}?|(?:由|从)\d{{1,3}}(?:\.\d{{1,4}})?(?::1)?)(?:{moves})(?:为|至|到))\s*$")


# What is left of a ratio's rise after its label once the connectors are off (该比值大幅提升, 该比值进一步): group 1.
_RATIO_RISEN = compile_cached(r"比值(\p{Han}{1,6})$")


def _is_ratio_value(text: str, start: int) -> bool:
    """Whether a bare figure is a ratio's value written without its :1."""
    before = max(0, start - 12)
    # Most bare figures have no 比 before them: a search for the character passes over them without the pattern.
    return text.find("比", before, start) >= 0 and _ratio_named().search(text, before, start) is not None


# A ratio's second term written with 比 (复议诉讼比达到2.1比1, 复议诉讼比为1比0.6): group 1.
_TO_ONE = compile_cached(r"比(\d{1,3}(?:\.\d{1,4})?)(?![\d.])")
_TIMES = "倍"  # after a bare figure: a multiple (…的2.5倍)


def _per_one(q: Quantity, inverse: bool = False) -> float:
    """A figure's value; a ratio's as so many to 1, the form its records take (3.97:1 → 3.97). A ratio written per one of
    its first term (复议诉讼比为1:0.5, 1比0.8), or per a hundred of either (162:100, 100:62), is that many to 1 (2,
    1.25, 1.62, 1.61; to two decimals, as a derived rate); one whose terms are neither 1 nor 100 (9.80:3) keeps its
    first term, as written. A ratio whose label sets its terms the other way round (`inverse`: 行政诉讼与行政复议案件比为
    1.6:1, 1:2.4) is its second term per its first (0.62, 2.4). Asked of a ratio: any other figure's value is its own."""
    if inverse and q.value and q.ratio_to:
        return round(q.ratio_to / q.value, 2)
    if not q.ratio_to or q.ratio_to == 1 \
            or not (q.value in _PER_TERMS or q.ratio_to == _PER_HUNDRED):
        return q.value
    return round(q.value / q.ratio_to, 2)


_PER_HUNDRED = 100
_PER_TERMS = (1, _PER_HUNDRED)  # a ratio's first term that its second is said per (1:0.5, 100:62)


# A rate's label and its connector, right before a figure; 均 before the connector says the labels listed before the
# last share it (纠错率、败诉率均为0).
_AFTER_RATE_LABEL = compile_cached(r"率均?(?:为|是|达到?)?$")
_AFTER_RATE_REACH = 4  # the characters from the label's 率 to the figure (率均达到)


def _last_match(pattern: regex.Pattern, text: str, start: int, end: int, concurrent: bool | None = None
                ) -> regex.Match | None:
    """The last of pattern.finditer(text, start, end), the nearest `end` of the matches a scan from `start` finds (not
    what a search backwards from `end` would find), or None: the iterator run out in C, keeping its last item."""
    last = deque(pattern.finditer(text, start, end, False, concurrent), maxlen=1)  # (no keyword: regex parses them slowly)
    return last[0] if last else None


def _is_rate_value(text: str, start: int) -> bool:
    """Whether a bare figure is said as a rate's value (差错率为0, 败诉率0, 结案率为97, 查处率达90以上, 纠错率、败诉率均为0):
    its label's 率 and a connector right before it."""
    return text.find("率", max(0, start - _AFTER_RATE_REACH), start) >= 0 \
        and _AFTER_RATE_LABEL.search(text, max(0, start - _AFTER_RATE_REACH), start) is not None


_AFTER_A_BARE_COUNT = SENTENCE_ENDS + PAUSES


def _ends_clause(text: str, end: int) -> bool:
    """Whether the clause ends right after a bare figure ending at `end` (a sentence's end or a pause after it)."""
    return end < len(text) and text[end] in _AFTER_A_BARE_COUNT


def _is_count_value(text: str, start: int, end: int) -> bool:
    """Whether a bare figure is a count of cases written without its measure word, the clause ending after it
    (共审结复议案件4 318,审结率…)."""
    return _ends_clause(text, end) and text.endswith("案件", max(0, start - 2), start)


# The appearances' noun and a connector before a bare figure (负责人出庭应诉人次达152,): a count in 人次.
_TIMES_NOUN_BEFORE = compile_cached(r"人次(?:共计?|为|达到?|是)?$")
_TIMES_NOUN_REACH = 4  # the characters from the noun's 人 to the figure (人次达到)


def _is_times_value(text: str, start: int, end: int) -> bool:
    """Whether a bare figure is a count in 人次 whose noun its label ends with, the clause ending after it
    (负责人出庭应诉人次达152,)."""
    return _ends_clause(text, end) and text.find("人次", max(0, start - _TIMES_NOUN_REACH), start) >= 0 \
        and _TIMES_NOUN_BEFORE.search(text, max(0, start - _TIMES_NOUN_REACH), start) is not None


# A column heading opening with the year of its label (2019受理量, 2023年新收案件): that year's column.
_YEAR_BEFORE_LABEL = compile_cached(rf"({YEAR})(?:年度?)?(?=\p{{Han}})")
# …or closing it in brackets (现状值(2020年), 目标值(2025年), 受理量(2023)): that year's column too.
_TARGET_BRACKET_OPENERS = ("(", ":")  # what a rate's target set in a bracket after its label opens after (_target_in_bracket)
_FIGURE_ALONE = compile_cached(r"\d+(?:\.\d+)?%")  # the figure alone in a bracket (95%, 12.5%)
_TARGET_WORD, _TARGET_REACH = "目标", 4  # the word naming a target, and how far after a figure it may stand (90%的目标)
_YEAR_BEFORE_GROUP = "year_before"  # the group of [series] target_beaten saying the target is the year before's
_BRACKET_GOES_ON = frozenset(")" + PAUSES)  # …and what may follow it in the bracket
_YEAR_AFTER_LABEL = compile_cached(rf"\p{{Han}}+\(({YEAR})(?:年度?)?\)")


def _count_multiplier(measure: str, units: dict[str, str]) -> str:
    """The multiplier opening a table's measure of counts (万件 → 万, 万人次 → 万), "" for any other measure."""
    return next((word for word in ARABIC_MULTIPLIERS if measure.startswith(word)
                 and units.get(measure[len(word):]) == "count"), "")


def _single_year(caption: str) -> int | None:
    """The year a table's caption names, when it names one (2023年…统计表; not 2019-2022年…)."""
    years = {m.group(1) for m in _ANY_YEAR.finditer(caption)}
    return int(years.pop()) if len(years) == 1 else None


# A table heading's note of its unit: 受理纠纷(件), 调解成功率(%).
_UNIT_NOTE = compile_cached(r"\(([^()]{1,4})\)$")
# The comparison after a label whose change is stated: 败诉率|较上年下降, 调解成功率|较2022年提升, 与2022年相比,
# 出庭应诉率|较“十三五”末提高 (a plan's name quoted).
_CHANGE_TAIL = compile_cached(rf"(?:较|比|同比|环比|与)(?:{YEAR}|“{PLAN_NAME}”)?\p{{Han}}{{0,6}}?(?:上升|提高|提升|增长|增加|下降|降低|减少)?$")


def _before_change_word(subject: str, changes: frozenset[str]) -> str:
    """`subject` without the word of a change that ends it, one of the scanner's (`changes`: 败诉率下降, 调解成功率
    提高了, 新收案件增加: the label the level reached after the change is of: …下降3个百分点至5%); as it is where none
    ends it."""
    for size in range(min(len(subject), max(map(len, changes), default=0)), 0, -1):
        if subject[-size:] in changes:
            return subject[:-size]
    return subject


@from_catalog
def _part_heading(catalog: Catalog) -> regex.Pattern:
    """A line holding a part marker alone (其中:), the heading of a bulleted list of parts."""
    return compile_cached(rf"{_INDENT}(?:{catalog.part_words.pattern})[,:]?{_INDENT}$")


@from_catalog
def _part_opening(catalog: Catalog) -> regex.Pattern:
    """A clause opening with a part marker (…办理案件1200件,其中行政复议案件4件): a part of the figure before it."""
    return compile_cached(rf"[{regex.escape(PAUSES)}](?:{catalog.part_words.pattern})")


# A later clause taking in a count of its own (_INTAKE_VERBS, and legal aid's 指派 and 提供: 全年办理1.3万件;受理法律援助
# 案件537件: the 537's clause); not one going on from the count before it, which names what that count was (全年受理1200件,
# 调解成功1150件), nor a rate (受理纠纷64件,解结61件,调解成功率95.3%), nor a clause after the count's 中, which counts
# among its cases (开庭审理的118件案件中,…).
_CLAUSE_WITH_COUNT = compile_cached(rf"(?<!中)[{regex.escape(PAUSES)}][^{regex.escape(BREAKS)}]*?"
                                  rf"(?:{_INTAKE_VERBS}|指派|提供)[^{regex.escape(BREAKS)}]*?\d[\d.]*(?![\d.%])")


@from_catalog
def _met_close_gate(catalog: Catalog) -> str | re.Pattern[str] | None:
    """What a sentence must hold after a figure for the catalog's target_met_close to match there (words_gate)."""
    return words_gate(words_held(catalog.target_met_close))


@from_catalog
def _achievements(catalog: Catalog) -> regex.Pattern:
    """The title of an achievements section."""
    return dict(catalog.section_kinds)["achievements"]


_LEADING_FILLER = compile_cached(r"^[\s\"'“”]+")
# The bar between the cells of a row written as text, and what may stand around it.
_CELL_BAR = "|"
_CELL_GAP = " \t\u3000|"
# A unit noted at the end of a label set off from its bare figure as a cell (调解成功率(%)\t99.1, 受理纠纷(件) | 860), after
# a colon as a release's list gives it (法律援助案件数(件):3456), or on the line above as a table flattened one cell a line
# does (办理公证(件) / 12345: the lines run together, the note right before the figure).
_NOTED_GAP = _CELL_GAP + ":\n)"
_NOTED_BEFORE_CELL = compile_cached(r"\(([^()]{1,4})\)[ \t\u3000|:\n]*$")
# So is a unit set alone as a cell of its own between the label's line and the figure's, as a release's table of 指标 /
# 单位 / 数值 flattened one cell a line gives it (人民调解案件 / 件 / 23456); the match opens at the label line's end.
_UNIT_CELL_ABOVE = compile_cached(r"\n[ \t\u3000]*([^\s\d()]{1,2})[ \t\u3000]*\n[ \t\u3000\n]*$")
_NOTE_REACH = 16  # characters before a figure that such a note and its gap may take
# The first line of a report, when it reads as its title: short, and no sentence (no pause, no sentence end).
_TITLE_LINE = compile_cached(r"\s*([^\n。!?;,]{2,60})\n")
_DIGIT = compile_cached(r"\d")
_FIGURE_CELL = compile_cached(r"[-+]?\d[\d,. ]*%?")  # a table cell that is a figure alone
# A year run into the words after it in the first clause of a sentence (2023年全区行政复议、行政诉讼案件分别为…; 我区2023年
# 新收、审结…分别为…): a date, no figure of the piece listed.
_RUN_IN_YEAR = compile_cached(rf"{YEAR}年度?(?=\p{{Han}})")
# A figure: a number no year, month or day is written with (99.2%, 3260件; not 2024年, 7月).
_FIGURE = compile_cached(r"\d[\d.]*(?![\d.年月日号])")
# What stands right before a count's measure word (1980件, 1.98万件, 1900余件, 1 980多件).
_COUNTED_BEFORE_UNIT = frozenset("0123456789余多万亿")
_COUNT_CHARS = "".join(_COUNTED_BEFORE_UNIT) + ".,"  # what a count written in figures is made of (1,980, 1.98万)
_CLAUSE_BREAKS = frozenset(BREAKS)
# A clause that names the cases the rest of its sentence sorts (办结的案件中, 在已审结的案件中, 受理的案件中), also
# by their count (新受理的行政复议151件中, 在受理的151件行政复议案件中), the disputes (在调处的2300件纠纷中) or the
# applications (在收到的120件行政复议申请中): the counts after it are parts of that total (…,依法作出复议决定的38件,
# 受理108件), not a second total.
_AMONG_CASES, _AMONG_DISPUTES, _AMONG_APPLICATIONS = "件中", "纷中", "请中"
# The count as written (151, 29.2万, 1900余, 1.2万多: 在收到的29.2万件行政复议案件中), and its measure word before the
# noun (在收到的120宗行政复议案件中, 在调处的300起矛盾纠纷中).
_COUNT_WRITTEN = r"\d+(?:\.\d+)?万?[余多]?"
_COUNTED = rf"{_COUNT_WRITTEN}[件宗起]"
_AMONG_CASES_CLAUSE = compile_cached(rf"的(?:(?:\p{{Han}}{{0,6}}案|\p{{Han}}{{0,8}}?{_COUNT_WRITTEN}|{_COUNTED}\p{{Han}}{{0,6}}案)件"
                                     rf"|(?:{_COUNTED})?\p{{Han}}{{0,6}}(?:纠纷|申请))中(?=[,:])")
# What says a count again as the name of the cases it counts (对审结的140件案件, 上述151件, 这151件), and what ends
# a clause naming by their count the cases its sentence sorts (…151件中, …151件行政复议案件中), after the number.
_RESTATED = compile_cached(r"(?:的|上述|这)$")
_RESTATED_LAST = frozenset("的述这\n")  # the last character before the number of a _RESTATED match ($: a line break)
_AMONG_HAN = 8
_AMONG_COUNTED = compile_cached(rf"(?:\p{{Han}}{{0,{_AMONG_HAN}}}?(?:案件|纠纷))?中(?=[,:])")
_AMONG_COUNTED_REACH = _AMONG_HAN + 3  # how far after the number a _AMONG_COUNTED match says its 中
# A run of years a level is held over (连续三年保持100%, 已连续5年达到100%): said after the year's level of the same
# value, it says that level again.
_RUN_OF_YEARS = compile_cached(r"连续第?(?:[一二三四五六七八九十两多几]|\d{1,2})年")
# A part that is the newly received share of a total (受理复议案件25件(其中新收23件,上年结转2件)): the total holds
# cases carried over from the year before, the part is the year's intake.
_NEWLY_RECEIVED = "新收"
# So is the part admitted of a total said handled (办理行政复议案件210件,其中受理186件; 共审理…(其中受理…)): a count of an
# intake key said with no word of the intake before it holds the cases carried over, those admitted are the year's.
_ADMITTED = "受理"
_HANDLED = compile_cached(r"办理|审理|处理")
_INTAKE_SAID = compile_cached(r"受理|新收|收到|接收|接到|收案|受案|发案|新增")
# What the part's label may open with before 受理: its marker and an adverb, no body (其中市政府受理120件: that body's share).
_ADMITTED_OPENING = compile_cached(r"(?:其中|含|包括)?[,:]?(?:依法|共|已)?")
_ABOUT, _ABOUT_WORD = "about", "约"  # a figure's qualifier said about (约12%), and what every word saying it holds
_ABOUT_REACH = 4  # how far before a figure _about_before's match starts (大约为)
_FIRST_INSTANCE = "一审"  # a count of lawsuits its sentence says is of the first instance, whatever courts split it
_LIST_OPENINGS = BREAKS + "("  # what a 、 list's first item follows
# An item of a list parted by commas: a name and its count, nothing more (行政调解21557件, 其中,行政调解 21557 件); an item
# after such items back to a part marker (其中,行政调解21557件,人民调解22587件) is a part as the first is.
_COUNTED_ITEM = compile_cached(r"[ \t]*\p{Han}{1,12}?[ \t]*\d[\d,.]*[ \t]*[万千]?余?[ \t]*[件宗起例][ \t]*")
# Such an item of rates: a body's rate and its value alone (其中市直部门负责人出庭应诉率为100%,乡镇负责人出庭应诉率为90%).
_RATED_ITEM = compile_cached(r"[ \t]*\p{Han}{1,20}?率(?:为|达到?|是)?[ \t]*\d[\d.]*[ \t]*%[ \t]*")
_COUNTED_ITEMS_BACK = 6  # how many such items before a subject are read back to their marker
# A bulleted list under a heading of parts alone on its line (其中:\n·受理…\n·办结…): its items are parts of the
# paragraph above, which also names their topic (行政复议…).
_BULLETS = "·●•"
_INDENT = r"[ \t\u3000]*"
_BULLETED = compile_cached(rf"{_INDENT}[{_BULLETS}]")
_MAX_ITEMS = 20  # bulleted lines above an item that its heading may stand over
# A line that opens an item of a list (1. 2、 (3) ④ ·): a paragraph of its own, whose year is its lead-in's, the
# line above the items that ends in a colon (2022年,全县主要数据如下:\n1.调解纠纷…\n2.办理…).
_LIST_ITEM = compile_cached(rf"{_INDENT}(?:\d{{1,2}}(?:、|\.(?!\d))|\(\d{{1,2}}\)|[\u2460-\u2473{_BULLETS}])")
# A clause a count opens that ends in when (办结2件行政复议案件时,发现…): the cases a story is told of, no total.
_WHEN_HAN = 16
_WHEN_AFTER = compile_cached(rf"\p{{Han}}{{0,{_WHEN_HAN}}}?(?:时|时候)(?=[{regex.escape(PAUSES)}])")
_WHEN = "时"  # what every _WHEN_AFTER match says within _WHEN_HAN + 1 characters: a count with none after is passed
# A short name quoted inside a count's label (其中“一把手”出庭12次, 各乡镇“一把手”出庭的案件9件): the label runs on
# across its quotes.
_QUOTED_NAME_HAN = 8
_QUOTED_NAME = compile_cached(rf"\p{{Han}}{{1,{_QUOTED_NAME_HAN}}}")
# A count's noun written after it, to its clause's end (共有3件行政诉讼案件败诉, 办理了1200件法律援助案件, 5件案件“一把手”
# 出庭应诉: its quotes too).
_NOUN_AFTER = compile_cached(rf"[\p{{Han}}“”]{{1,24}}(?=[{regex.escape(CLAUSE_ENDS)}]|\Z)")
# …or to the 中 of a clause that names the cases its sentence sorts by their count (在受理的151件行政复议案件中,…).
_AMONG_NOUN = "中"
_NOTHING_AFTER = frozenset(CLAUSE_ENDS) | {""}  # what a noun after a number cannot open with
# A clause's end but a list's mark: what parts the figures after a target said of its own figure (目标为…98%以上,实际…)
# from it; figures listed after it with 、 alone (年度目标为调解成功率98%以上、纠纷化解率100%) are its list's.
_BREAK_BUT_LIST = compile_cached(f"[{regex.escape(CLAUSE_ENDS.replace(LIST_SEPARATOR, ''))}]")
# A rate named after its figure (以98.6%的调解成功率位居…), with or without 的 (实现100%出庭率, 保持100%出庭应诉率和0败诉率,
# 以100%出庭率位居全省第一): the shortest noun phrase ending in 率 (not 率先), with no word of a view or a wish in it
# (60%的受访群众认为…覆盖率仍需提高: a share of people holding a view of a rate).
_RATE_AFTER = compile_cached(r"(?:的|(?!的))((?:(?!认为|表示|觉得|反映|希望|建议|要求)\p{Han}){1,24}?率)(?!先)")
# A percent of things counted after it (90.3%的案件, 95%以上的纠纷): a share, no rate's level.
_SHARE_OF = compile_cached(r"(?:以上|左右)?的\p{Han}")
# What ends the clause of a figure right after it (…可达950件。, …突破1000件以上,: a bound the figure's own): no noun follows.
_CLAUSE_CLOSED = compile_cached(rf"[{regex.escape(BREAKS)}]|\Z")
# A share of a count said right after it (目标任务数2800件的125%, 年度目标任务400件的130%): the count is the whole what
# was done is measured against, a quota.
_SHARE_DONE_OF = compile_cached(r"的\d+(?:\.\d+)?%")
_LEVEL_RANK = {"省": 3, "市": 2, "州": 2, "盟": 2, "县": 1, "区": 1, "旗": 1}
# What a whole place (全市, 全国) is named before when it is the place a rank or an honour is among, not the place a
# figure is for (…14件,全市降幅最大,败诉1件; 全国第一, 全国示范县, 全国文明城市).
_AMONG_THE_WHOLE = r"(?:范围内)?(?:降幅|增幅|排名|排位|第|最|前列|首位|领先|率先|先进|示范|同类|文明|模范|百强|首批|优秀)"
# What a whole place (全市, 全省) is named after when a figure is set against its average (调解成功率比全市平均(95%)高3个
# 百分点, 高于全市平均水平2个百分点): the place compared with, not the place the figure is for (Interpreter._set_against)
_SET_AGAINST_WHOLE = compile_cached(rf"(?:比|较|{SET_AGAINST})$")
_AVERAGE_SAID_END = compile_cached(r"[\d(]")  # …and where that average's phrase ends: a gap's figure or its own bracket
# A town's or a street's (regions.TOWNSHIP_OFFICES: 镇, 乡, 街道), below every level of _LEVEL_RANK: the rank of a report
# its government or office issues. There the town's own figures follow 全镇, and 我镇 or 本街道 too (全县开展…活动,我镇共
# 调解…: the town's), where the parent's (全县, 全区, 全市) are above it.
_TOWN_RANK = 0
# A level of _LEVEL_RANK in a list of levels of government (市县两级, 区、镇两级): not the 区 of 社区 (a village's level).
_LEVEL_WORD = compile_cached(rf"(?<!社)[{''.join(_LEVEL_RANK)}]")
# A clause's opening, a time allowed before what it opens on (2022年,全镇…; 2023年全镇…; 今年以来,我镇…).
_CLAUSE_OPENING = rf"(?:^\s*|(?<=[{regex.escape(PAUSES)}\n]))(?:{YEAR}年度?|今年(?:以来)?|全年|本年度?)?"
_TOWN_ISSUER = compile_re_cached("(?:" + "|".join(f"{word}(?:{office})?" for word, office in TOWNSHIP_OFFICES.items())
                                 + ")$")
# The nation's figure opening the clause of a count or a rate (全国新收行政复议案件31.5万件, 全国行政复议纠错率为12.83%):
# above any report's own place; not a national system the work went through either (全国一体化平台…受理).
_NATION = compile_cached(rf"全国(?!{_AMONG_THE_WHOLE})(?![^,;:。]*?(?:平台|系统|网上|网络|热线))")


# What calls back a place named before (该县, 该市): the text's own place, unless its clause names the place in passing.
_NAMED_BEFORE = "该"


def _speaks_of_its_whole(text: str, level: int) -> bool:
    """Whether the text calls its own place, of rank `level`, as a whole (全县, 我市, 本区, 该县: the lexicon's
    own_place_prefixes): a level it never says so was read from a place named in passing (近日,某州某市某镇…, in an
    item on the province's figures). 该市 after a place its own clause names (该制度由南通市中级人民法院会同该市依法治市办
    首创, in an item on the province's figures) calls that place back, named in passing: no call of the text's own."""
    names = list(TOWNSHIP_OFFICES) if level == _TOWN_RANK else [name for name, rank in _LEVEL_RANK.items() if rank == level]
    if any(prefix + name in text for prefix in _own_calls() for name in names):
        return True
    for name in names:
        pos = text.find(_NAMED_BEFORE + name)
        while pos >= 0:
            if not _named_in_clause_before(text, pos):
                return True
            pos = text.find(_NAMED_BEFORE + name, pos + 1)
    return False


def _names_its_figure(text: str, names: tuple[str, ...], level: int) -> bool:
    """Whether a clause opens with the name of the text's own place (`names`: own_names, of rank `level`), a time
    allowed before it, and gives a figure (今年以来,东阳市化解各类纠纷3260件; 同时,东阳市调解成功率达到99.2%): the text
    speaks of its own place, as by 全县 or 我县, whatever place above it it cites (全国, 全省). Not a place one of the
    parts of a whole: said in a sentence that names a part (其中,浙江省调解纠纷132万件, in a text of the nation), or a
    place above it before it (全市…,岚山区…出庭应诉率为70%), or the city's parts (…,居各区县之首: the lexicon's
    city_parts); nor a place a year or a date alone follows (2024年东阳市第一季度培训…)."""
    if not names:
        return False
    part, parts = get_catalog().part_words, get_catalog().lexicon.city_parts
    above = _whole_place(False)
    for start, end in _own_name_spans(text, names, 0, len(text)):
        if _OPENING_BEFORE.search(text, max(0, start - _OPENING_REACH), start) is None:
            continue
        clause_end = min((at for at in (text.find(mark, end) for mark in CLAUSE_ENDS) if at >= 0), default=len(text))
        if _FIGURE.search(text, end, clause_end) is None:
            continue
        sentence = _sentence_start(text, start)
        sentence_end = min((at for at in (text.find(mark, end) for mark in SENTENCE_ENDS) if at >= 0), default=len(text))
        if part.search(text, sentence, start) is None \
                and _NATION.search(text, sentence, start) is None \
                and not any(_LEVEL_RANK[place.group(1)] > level for place in above.finditer(text, sentence, start)) \
                and not any(text.find(word, sentence, sentence_end) >= 0 for word in parts):
            return True
    return False


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts, read back from it (for a text no outline is asked of)."""
    return max(map(text.rfind, SENTENCE_ENDS, [0] * len(SENTENCE_ENDS), [pos] * len(SENTENCE_ENDS))) + 1


def _own_calls() -> tuple[str, ...]:
    """The lexicon's own_place_prefixes but the call back (_NAMED_BEFORE): the words a text calls its own place with."""
    return tuple(prefix for prefix in get_catalog().lexicon.own_place_prefixes if prefix != _NAMED_BEFORE)


def _named_in_clause_before(text: str, pos: int) -> bool:
    """Whether the clause before `pos` names a place (a division): read once for the report (regions.named_spans),
    asked only where a text calls a place back (该市)."""
    clause = after_last_pause(text, _sentence_start(text, pos), pos)
    starts, ends = named_spans(text)
    first = bisect.bisect_left(starts, clause)
    return first < len(starts) and ends[first] <= pos


def own_level(province: str | None, city: str | None, county: str | None, issuer: str | None = None) -> int | None:
    """The rank of a report's own place (_LEVEL_RANK), or None when it names none: a county-level city
    (宜兴市) says 全市 of itself. A report a town's government or a street's office issues (青石镇人民政府, 白沙街道办事处,
    青石镇) is the town's, below its county (_TOWN_RANK), whatever region it was placed in."""
    if issuer and _TOWN_ISSUER.search(issuer) is not None:
        return _TOWN_RANK
    if county:
        return _LEVEL_RANK["市"] if county.endswith("市") else _LEVEL_RANK["县"]
    if city:
        return _LEVEL_RANK["市"]
    return _LEVEL_RANK["省"] if province else None


def own_names(province: str | None, city: str | None, county: str | None, said: Iterable[str],
              issuer: str | None = None) -> tuple[str, ...]:
    """The names of a report's own place, of its level (own_level), as the text says them (`said`, the region's
    evidence): the full name and each short form of it (东阳 of 东阳市). None for a town's report (its names are its
    issuer's) or a report placed nowhere."""
    name = None if issuer and _TOWN_ISSUER.search(issuer) is not None else county or city or province
    if not name:
        return ()
    return tuple(sorted({name} | {word for word in said if len(word) > 1 and name.startswith(word)}, key=len,
                        reverse=True))


def _own_name_spans(text: str, names: tuple[str, ...], start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the own place's names (own_names, longest first) in text[start:end], in order, the longest at a
    start, none overlapping the one before: as an alternation of them finds them, by `str.find` alone."""
    found: dict[int, int] = {}
    for name in names:
        at = text.find(name, start, end)
        while at >= 0:
            found.setdefault(at, at + len(name))
            at = text.find(name, at + 1, end)
    spans, last_end = [], -1
    for at in sorted(found):
        if at >= last_end:
            spans.append((at, found[at]))
            last_end = found[at]
    return spans


# A clause opening right before a name, a time allowed (今年以来,东阳市…): _CLAUSE_OPENING read back from the name.
_OPENING_BEFORE = compile_cached(rf"(?:^\s*|[{regex.escape(PAUSES)}\n])(?:{YEAR}年度?|今年(?:以来)?|全年|本年度?)?$")
_OPENING_REACH = 12


@from_catalog
def _national_bodies(catalog: Catalog) -> regex.Pattern:
    """A national body ([[institutions.body]] with `national`, of the catalog in force: 司法部, 最高人民法院)."""
    return compile_cached("|".join(f"(?:{body.suffix.pattern})" for body in catalog.institutions.bodies
                                   if body.national))


# What may stand between a national body and the clause it opens (a year, 据): see Interpreter._national_openings.
_NATIONAL_LEAD = compile_cached(rf"(?:^|[{regex.escape(PAUSES + SENTENCE_ENDS)}])\s*(?:{YEAR}年度?,?)?(?:据|根据)?$")
_NATIONAL_LEAD_REACH = 12


@from_catalog
def _levels_lead(catalog: Catalog) -> regex.Pattern:
    """Levels of government counted together, listed whole (县、乡两级, 市县乡三级: catalog [rates] levels joined by 、,
    the last closed by levels_counted), in group 1, a time allowed before them: fullmatch a rate label's clause up to
    the label (Interpreter._levels_before_label; Interpreter._levels_opening finds such levels opening a label read)."""
    piece = catalog.rate_levels.pattern
    counted = catalog.rate_levels_counted.pattern.removesuffix("$")
    return compile_cached(rf"(?:{YEAR}年度?|今年(?:以来)?|全年|本年度?)?((?:{piece}、)*{piece}(?<={counted}))")


def _whole_place(town: bool) -> regex.Pattern:
    """全市, 全省, 我县 …: the place a sentence's figures are for, by the rank of its level (_LEVEL_RANK: 全县 is a
    county's), called by one of _own_calls (全, 我, 本), of the catalog in force: 我县 after 全市 (全市…1.2万件,其中我县办理…
    655件) is the county's own again. For a town's report (`town`), a town's call too (全镇, 我镇, 本街道), in group 2,
    below every level of _LEVEL_RANK, where the parent's (全县, 全区, 全市) are above it. The names of the report's own
    place are looked for apart (_own_name_spans), not written into the pattern: one pattern a report cost a compile
    each, and an entry in the user cache, in a batch of reports of many places."""
    calls = f"[{''.join(_own_calls())}]"
    pattern = rf"{calls}({'|'.join(_LEVEL_RANK)})(?!{_AMONG_THE_WHOLE})"
    if town:
        pattern += rf"|{calls}({'|'.join(TOWNSHIP_OFFICES)})(?!{_AMONG_THE_WHOLE})"
    return compile_cached(pattern)


def _town_scope(scope: regex.Pattern) -> regex.Pattern:
    """A clause opening on a town's own scope: its own call (全镇, 我镇, 本街道: _own_calls before a level of
    regions.TOWNSHIP_OFFICES) or `scope` (镇村两级, an others_page rule's scopes), of the catalog in force."""
    calls = f"[{''.join(_own_calls())}](?:{'|'.join(TOWNSHIP_OFFICES)})"
    return compile_cached(f"{_CLAUSE_OPENING}(?:{calls}|{scope.pattern})")


# The year a comparison names (是2023年的3倍, 为去年同期的1.5倍, 是2023年收案数的4.4倍), like 较2023年, 同2023年比,
# 比去年 and a change's origin (由2020年的85%提升至97%, 从去年的…), dates nothing after it; not a year its sentence's
# subject follows (2024年新收案件是上年的2倍).
# (The Han characters before 的 as one class, Han but none of 是为达较比: a lookahead tried before each character cost
# a year's match, tried at every figure of its sentence, a third more.)
_MULTIPLE = r"[^\P{Han}是为达较比]{0,8}?的(?:[\d.]{1,6}|[一二两三四五六七八九十]{1,3})倍"
# Either end of a span of years (2018年至2020年, 2018年3月到2020年5月底, 2018至2020年, 2021—2023年度) dates no
# figure: it is of the span. Months of one year (2020年1月至7月, 2018年6月至年底) are that year's.
_SPAN_OPENING = rf"{YEAR}(?:年(?:\d{{1,2}}月(?:\d{{1,2}}日)?)?)?"
_SPAN_FROM = rf"{_SPAN_OPENING}{_TO_YEAR}"
# Months of a year from one on up to its end, said from their start (自2018年6月至年底, 从2015年5月至当年底): that year's,
# as without 自 or 从.
_MONTHS_TO_ITS_END = rf"{YEAR}年{MONTH}月(?:\d{{1,2}}日)?{_TO_YEAR}当?年[底末]"
# The year cases were carried over from (2020年度结转行政复议案件9宗) dates nothing after it: the carried cases are no
# figure of that year's, and the clauses after them are of the sentence's own year (…;审结行政复议案件110宗).
_CARRIED_OVER = "结转"
_CARRIED_FROM = f"度?{_CARRIED_OVER}"
_YEAR = compile_cached(rf"(?<![\d\-—~较比与同由])(?:(?<![自从])|(?={_MONTHS_TO_ITS_END}))(?<!{_SPAN_FROM})({YEAR})年(?:度|底|末)?"
                       rf"(?![\-—~起至到]|以[来前后内]|\d{{1,2}}月(?:\d{{1,2}}日)?(?:起|{_TO_YEAR}(?!{MONTH}月|当?年[底末]))|{_MULTIPLE}"
                       rf"|{_SINCE_TAIL}|{_CARRIED_FROM})")
# 截至2020年11月30日: a level counted up to a day of that year.
_LEVEL_WORDS = rf"截至|截止到?|(?<!{_SPAN_OPENING})至"
_LEVEL_DATE = compile_cached(rf"(?:{_LEVEL_WORDS})({YEAR})年\d{{1,2}}月")
# A count up to such a date, or a year's end (_SUM_DATE), from a start said before it (改革实施以来,…截至2025年7月底,共受理…;
# 自2022年起…; 截至…累计…):
# the sum of every year since, no one year's. 以来 of a part of the year (今年以来, 年初以来, 5月以来) starts no earlier
# year, nor does 自…起 of one (自今年5月起), nor 累计 of one (全年累计, 今年累计); 累计 is looked for in the count's
# sentence, a start in its paragraph.
_SINCE_START = compile_cached(r"(?<!今年|本年|当年|年初|半年|季度|月份?)以来|自(?!今年|本年|当年)[^,;:。]{0,16}?起")
_SUM_SO_FAR = compile_cached(r"(?<![今本全当]年度?)累计")
_DATE_ENDS = "年月日"  # what ends a date said right before 以来 (2019年以来, 5月以来): no event's start (_summed_since_event)
# A figure compared with the same part of the year before (同比, 与去年同期相比, 较上年同期): of a part of a year.
_SAME_PART_BEFORE = compile_cached(r"同比|[去上]年同期")
# A comparison's base of the same period (较2021年同期, 比上年同期的): of a part of a year when its sentence is of one
# (_of_part_said), then no figure of that year's.
_SAME_PERIOD_WORD = "同期"
_SO_FAR_WORDS = ("以来", "至今")  # one of which every _YEAR_SO_FAR_KEYED match says
# The date a sum runs up to: a level date, or a year's end (截至2024年底, 截止2024年末, 到2024年底; not a span's end,
# 2021年到2024年底), which 累计 or a start sums up to too.
_SUM_DATE = compile_cached(rf"(?:{_LEVEL_WORDS}|(?<!{_SPAN_OPENING}|达)到)({YEAR})年(?:\d{{1,2}}月|[底末])")
_SUM_DATE_WORDS = ("截", "至", "到")  # one of which every _SUM_DATE holds: a sentence with none is passed without a search
_START_REACH = 300  # how far back in its paragraph a start is looked for
# 去年全年…, 今年1至6月…, 今年以来…: years said relative to the item's own date (not 较去年, a comparison,
# nor 去年以来, a period of two years); 上年, 上年度, 上一年度 as 去年 (not the year cases were carried over from,
# 上年度结转, 去年结转, 结转上年度…: like _CARRIED_FROM it dates nothing after it, the clauses after it are of the
# sentence's own year); 本年, 本年度: the report's own year, else the item's.
# 去年同期 (上年同期, 前年同期) is the same part of the year before the one the sentence or its paragraph is of (group 2;
# not 和去年同期相比).
_RELATIVE_YEAR = compile_cached(rf"(?<![较比与同和跟由从])(?<!{_SPAN_FROM})(?:(前年|去年|上年)(同期)(?!相比|比较|持平|{_MULTIPLE})"
                                rf"|(?<!{_CARRIED_OVER})(前年(?!以|{_CARRIED_FROM})|去年(?!以|{_CARRIED_FROM})"
                                rf"|上一?年度?(?!以|同|{_CARRIED_FROM})|今年|本年|明年|来年|下一年|新的一年)"
                                rf"(?!同|{_MULTIPLE}))")
_OWN_YEAR = "本年"
# The year of a figure said of 今年 (本年, 去年, 前年) in an item that gives no date of its own and reports no one year: the
# text does not say it, and no year said before in its paragraph stands in for it (2023年化解纠纷300件。去年化解纠纷280件).
_UNDATED = 0
# What the 年 of a year said follows: a year's last digit (_YEAR, _LEVEL_DATE) or a relative year's word (去年,
# 下一年). 全年, 年度, 近年 say no year: a sentence whose only 年 is such reads no year before any of its numbers.
_YEAR_DIGIT_MARKS = frozenset("0123456789")
_RELATIVE_MARKS = frozenset(word[-2] for word in RELATIVE_YEARS)
_YEAR_MARK_AFTER = _YEAR_DIGIT_MARKS | _RELATIVE_MARKS


def _year_mark(text: str, start: int, end: int) -> int:
    """Where the first 年 that may close a year said (_YEAR_MARK_AFTER) stands in text[start:end], or -1."""
    at = text.find("年", start, end)
    while at > 0 and text[at - 1] not in _YEAR_MARK_AFTER:
        at = text.find("年", at + 1, end)
    return at


def _year_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the first 年 after a year's digit, and the first after a relative year's word (_year_mark), stand in
    text[start:end]; `end` for none. A part with only one kind is searched for years said the other way not at all."""
    figured = relative = end
    at = text.find("年", start, end)
    while at >= 0:
        before = text[at - 1] if at else ""  # (a 年 opening the text may close either)
        if figured == end and (not before or before in _YEAR_DIGIT_MARKS):
            figured = at
        if relative == end and (not before or before in _RELATIVE_MARKS):
            relative = at
        if figured < end and relative < end:
            break
        at = text.find("年", at + 1, end)
    return figured, relative
# The year a line opens with, whatever follows it (2024年法律援助民生工程作为…), not a span's first (2021年至2023年).
_LINE_YEAR = compile_cached(rf"[ \t\u3000]*({YEAR})年(?![\-—~至到]|{SINCE})")
# A paragraph that opens with its year (2023年,全市… / 到2025年,…) dates the figures in it.
# Periods of several years (“十四五”期间, 近年来, 五年来, 5年来, 10年间; a five-year programme of legal education, “七五”普法
# 期间, 八五普法以来, “七五”普法实施以来, “七五”期间): figures for them belong to no one year; a count
# of years in digits is no year's last digits (2024年以来) nor the one year (1年来, as 一年来: the year reported); it
# is matched digits first and checked by a look back (a branch opening with the look back made every search of the
# pattern some five times slower).
# 近3年, 近三年, 过去三年, 今后三年, 未来三年, and 2018年至2020年, say the span without 来 or 间 (not a plan's name in brackets: 纲要(2021年—2025年));
# not a figure's rank among those years' (创近三年新高, 为近5年最低, 居近三年首位), which dates nothing after it.
# A span's end may be said by this year's word (2019年1月至今年9月, 2020年至本年末): a span as 2019年至2023年 is.
_THIS_YEAR = "今本"
_SPAN = compile_cached(rf"(?:十[一二三四五六七八九]五”?|[六七八九]五(?:”?普法(?:规划)?(?:实施|启动)?|”)|[二三四五六七八九十两几多]年|\d{{1,2}}(?<=(?<!\d)(?:[2-9]|[1-9]\d))年|近年"
                       rf"|近\p{{Han}}{{1,2}}年)(?:期间|时期|以来|来|间)"
                       rf"|(?<![创为是居达])(?:近|过去)(?:\d{{1,2}}|[两二三四五六七八九十]{{1,2}})年"
                       rf"|(?:今后|未来)(?:\d{{1,2}}|[两二三四五六七八九十]{{1,2}})年"
                       rf"|(?<!\(){_SPAN_FROM}(?:{YEAR}|[{_THIS_YEAR}])年")
# The end of a five-year plan a target is set for (到“十四五”末, 至“十四五”期末, 到十四五规划末): of the plan's last year,
# its number in group 1; in a report after that year, a level reached by then (到“十三五”末,…达到100%: of 2020, no
# target), as a level said up to it is (截至“十三五”末,…出庭应诉率达到100%; 截止到“十三五”期末) or at it, the end
# opening its clause (“十三五”末,…) or after the area's own call (全县“十三五”末…, 我市十三五期末…), which no cue plans
# (one after a cue, 力争“十四五”末…, 预计“十四五”末…, is the cue's time, as 到“十四五”末 is)
# (a sum up to it, 截至“十三五”末,累计…, is of the plan's years: _SUM_SO_FAR); in a report before that year, a level
# yet to come, planned with no cue (“十四五”末,…达到100% in a report on 2023). Said after the year its sentence names
# (2023年…98.2%,到“十四五”末…99%), it dates the figures after it. Not an end another word governs (与“十二五”末相比: a
# base).
_PLAN_END = compile_cached(rf"(?:截至|截止到?|到|至|(?<![\p{{Han}}“])|(?<=[全我本][省市州县区旗镇乡])|(?<=力争|争取|确保|预计))"
                            rf"{PLAN_END}")
# A plan's end said bare, with no word governing it (“十四五”末, 十四五期末).
_PLAN_END_BARE = compile_cached(PLAN_END)
# A five-year plan's whole period (“十四五”期间, 十四五时期), its number in group 1, or the time from now on (今后, 此后):
# after a rate's figure, the period the level is to be held over (…出庭应诉率达到100%,“十四五”期间保持在98%以上; 力争
# 今后继续保持100%; 今后一个时期保持在98%以上), a target while the plan runs on.
_FUTURE = "将"  # a clause's future alone, before its verb (…达到100%,将保持在95%以上)
# A span of years, its last in group 1 (2024年至2025年, 2024—2025年度): one ending after the report's year, said before a
# rate's figure, is the years to come the level is to be held over (…达到100%,2024年至2025年将保持在95%以上).
_YEARS_SPAN = compile_cached(rf"{_SPAN_FROM}({YEAR})年度?")
# One year, in group 1, before a future 将 (…达到100%,2025年将保持在95%以上): one after the report's year is the year
# the level planned is of, as 力争2025年 and 明年将 say.
_YEAR_AHEAD = compile_cached(rf"({YEAR})年(?:度|底|末)?(?={_FUTURE})")
# Years listed before a figure that 均 says each has (2022年、2023年均为100%; 2022年和2023年…出庭应诉率均达到100%), each
# year's number in group 1's captures: no figure stands between them and the 均.
_YEARS_SHARING = compile_cached(rf"({YEAR})年度?(?:[{LIST_SEPARATOR}和及与]({YEAR})年度?)+(?=[^\d。;；\n]*均)")
_PLAN_PERIOD = compile_cached(f"“?{PLAN_NAME}”?(?:规划)?(?:期间|时期)|(?:今后|此后)(?:一个时期|一段时期|一段时间)?")
# A verb done right before a figure (确保执法人员持证上岗率达到了100%, …实现了100%), or said reached with 已 (到2023年底,…
# 出庭应诉率已达100%; 到2021年已经达到93.8%, …纠错率已降至5%): what was reached, which no cue before it in its sentence
# plans (as 确保了 plans nothing: catalog target_cue).
_DONE_VERB = compile_cached(r"(?:(?:达到|实现|保持|达)了|已经?(?:达到|达|实现|保持|(?:提高|提升|上升|降低|下降)[到至]|降[到至]|增至))$")
_DONE_VERB_REACH = 5  # the characters _DONE_VERB matches at most (已经提高到)
# A five-year plan's name quoted, closing where the clause after it opens (力争到“十四五”末…).
_PLAN_QUOTED = compile_cached(f"“{PLAN_NAME}”$")
_SPAN_WORDS = ("五", "近")  # what a period of years that closes with no 年 of a count (十四五, 近年来) says
_YEARS_COUNTED_BY = frozenset("二三四五六七八九十两几多")  # a 年 closing a count of years follows one, or 1-2 digits
_YEAR_DIGITS = 4  # the digits of a year (dates.YEAR)


def _may_say_span(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] may hold a match of _SPAN: every one says a word of _SPAN_WORDS, or a 年 right after a
    word of _YEARS_COUNTED_BY or one or two digits (五年来, 近3年), or after a year that follows a mark of
    _TO_YEAR_MARKS (2018年至2020年). A sentence saying none (全年共…, 2023年全区…) is passed without a search of the
    pattern, which tries its many openings at every character."""
    five, near = _SPAN_WORDS  # (each looked for alone: a loop over two words cost more than the finds)
    if text.find(five, start, end) >= 0 or text.find(near, start, end) >= 0:
        return True
    at = text.find("年", start, end)
    while at >= 0:
        if at > start:  # (a 年 opening the part closes nothing in it)
            before = text[at - 1]
            if before in _YEARS_COUNTED_BY:
                return True
            # The digits right before the 年, told by slices rather than counted one by one: one or two (a count of
            # years), or a year's four after a mark of a span (a mark is no digit).
            if before.isdecimal() and (at < 3 or not text[at - 3:at].isdecimal()
                                       or (at > _YEAR_DIGITS and text[at - _YEAR_DIGITS - 1] in _TO_YEAR_MARKS
                                           and text[at - _YEAR_DIGITS].isdecimal())):
                return True
            if before in _THIS_YEAR and at > 1 and text[at - 2] in _TO_YEAR_MARKS:
                return True  # (2019年1月至今年9月)
        at = text.find("年", at + 1, end)
    return False


# A paragraph opening with a year and a comma, or a year before its subject (2020年全县…, 1995年我市…); or with
# a span of years and a comma (2019年至2021年,… / 2021—2023年度,…), which dates no figure after it to one year.
# A numbered heading may open the line before the span (1.收案情况。2021—2023年度,…).
_PARAGRAPH_YEAR = compile_cached(rf"[ \t\u3000]*(?:(?:到|截至|截止到?)?({YEAR})年(?:底|末)?(?:[,，]|(?=[全我本各]))"
                                 rf"|(?:(?:{NUMBERED_HEADING.pattern})[^\n。\d]{{1,20}}。)?{_SPAN_FROM}{YEAR}年度?[,，])")


@from_catalog
def _denominators(catalog: Catalog) -> dict[str, str]:
    """For each rate that follows from counts, the key of the count it is a share of the whole of (调解成功率: 调解数):
    a rate said after a part of that whole (其中,调委会调解纠纷2100件,调解成功率…) is the part's."""
    return {d.key: d.denominator for d in catalog.derivations}


@from_catalog
def _services(catalog: Catalog) -> regex.Pattern:
    """Any rule's context: the words that name a service the catalog counts (人民调解, 法律援助, 行政复议, 公证)."""
    return compile_cached("|".join(f"(?:{rule.context.pattern})" for rule in catalog.rules if rule.context is not None))


@from_catalog
def _numerators(catalog: Catalog) -> dict[str, MetricRule]:
    """For each rate that follows from counts, the rule of the count it is a share of (纠错率: 纠错数)."""
    return {d.key: catalog.rule(d.numerator) for d in catalog.derivations}


@from_catalog
def _narrowers(catalog: Catalog) -> dict[str, tuple[str, ...]]:
    """For each rate that follows from counts, the words narrowing its numerator to a part (出庭应诉率: 主要, 正职…)."""
    return {d.key: d.narrower for d in catalog.derivations}


# The two counts a rate is of, bracketed right after its value (出庭应诉率达98.6%(71/72), 调解成功率99.2%(1240件/1250件),
# 99.2%(1,240/1,250)): its numerator, group 1, over its denominator, group 2.
_TERM = r"(\d{1,3}(?:,\d{3})+|\d{1,7})[件宗起次例]?"
_TERMS_BRACKETED = compile_cached(rf"\({_TERM}/{_TERM}\)")


# Another kind of dispute counted after a pause (…,邻里纠纷22件; …;(二)邻里纠纷170件; …;2、邻里纠纷 170 件): the
# specialised disputes before it are one kind of a list of the whole's disputes, not a specialised body's share.
# After a part marker, so are they when another part's count ends right before them, no body named between
# (其中婚姻纠纷调解4起,医疗纠纷1件; not 其中人民调解1200件,医调委调解医疗纠纷190件).
# A list's items may be numbered (1、 2. (一) ①), and a page's text may hold blanks around a figure (纠纷 99 件).
_ITEM_NUMBER = r"(?:\d{1,2}[、.]|\([一二三四五六七八九十\d]{1,3}\)|[\u2460-\u2473])"
_KIND_LISTED_AFTER = compile_cached(rf"[、,，;；][ \t]*{_ITEM_NUMBER}?[ \t]*\p{{Han}}{{1,8}}?(?:纠纷|争议)[ \t]*\d")
_PART_LISTED_BEFORE = compile_cached(rf"\d[ \t]*[件起宗例][ \t]*[、,，;；][ \t]*{_ITEM_NUMBER}?[ \t]*$")
# A count of disputes named by their kind alone, no verb (婚姻家庭纠纷646件, 村务管理纠纷 99 件): with another kind's
# count right before or after it (_KIND_LISTED_AFTER, _PART_LISTED_BEFORE), one item of a breakdown of disputes by kind
# ((一)婚姻家庭纠纷646件;(二)邻里纠纷170件, 主要类型:…, 涉及婚姻家庭纠纷646件、邻里纠纷1670件), 其中 said or not: a part
# of a whole said before it or of one not said, none the area's total (_kind_of_list).
_KIND_ALONE = compile_cached(r"\p{Han}{1,10}")
_DISPUTES_NOUNS = ("纠纷", "争议")
_DISPUTES_ALONE = compile_cached(rf"(?:矛盾|民间)?(?:{'|'.join(_DISPUTES_NOUNS)})")
_LISTED_REACH = 16  # how far before a kind's name the count before it and its item's number are looked for

# Written before a part marker opening a bracket (不含诉前调解): what the figure leaves out, a note on its scope too.
_LEFT_OUT = "不"

_COMPARED_WITH = "较比"  # the words of a comparison's base, an origin of a series only where it names its time
# A comparison with a year said before a series' origin in its sentence (与2022年相比,…由98件上升到132件; 与上年同期相比,…
# 由6.7%下降到4.6%; 同比,…): the origin, naming no time itself, is that year's level (group 1), or the year before's.
_COMPARED_YEAR = compile_cached(rf"(?:与|和|同|跟)(?:({YEAR})年度?|上一?年度?|去年)(?:同期)?(?:相比|比较)|同比(?=[,，])")

# Between the ends of a range each written with its unit (在97%至99%之间, 1000件至1200件).
_RANGE_TO = ("至", "到")
# A rate's low end before its high one (在8%至16%之间, 为85%—100%, 介于9.5%和18.2%之间; 97-99% the numbers read as one):
# a spread of the rate, of the units an area holds or of the months of its year, no one value of it.
_RATE_RANGE = compile_cached(r"[ \t]*(?:[至到~～]|[-－—–]{1,2})[ \t]*\d[\d.]*[ \t]*%|[和与及][ \t]*\d[\d.]*[ \t]*%[ \t]*之间")
_FRAME_REACH = 6  # the most characters between a held level's frame opening (在) and its target cue, with it (在继续确保)
_PLAN_OPENING_REACH = 40  # the most characters a plan paragraph's opening takes (2025年,全县各级法院将)
_INDENT_CHARS = " \t\u3000"  # what a plan paragraph's cue may follow at its line's start (catalog plan_paragraph)
_RANGE = "range"  # the qualifier of a range the numbers read as one (97-99%)
_MOVED_FROM = ("由", "从")  # before a rate's first figure, the level it moved from (由96%至99%): no range
_BEFORE_CHANGE_WORD = ("", ",", "同比", ",同比")  # what may stand between a change's origin and its word (由98%,同比提升…)
_MOVE_WORDS = 6  # the most characters the words of a rise or fall between two figures take (提高到了)
# The adverbs of a mark passed for the first time, ending the label before it (首次突破1万件, 一举突破): see [numbers] connector
_FIRST_PASSED = compile_cached(r"(?:首次|首度|一举)$")
_BOUNDS = ("at_least", "at_most")  # the qualifiers of a floor and a ceiling (不少于600件, 10%以内)
_FUTURE_REACH = 40  # the most characters a future 将 and its verb stand before a bounded figure (catalog future_bound)
_STEP_WORDS = 16  # …and those of a series' next step in a clause of its own (,再提高到2023年度的)

# Counts whose rate no two keys derive (败诉率: losses of the lawsuits closed, which no key counts): a share said right
# after such a count (审结58件,败诉3件,占比5.17%) is that rate where the counts before it in its sentence and the one
# before make it so (3 of 58 is 5.17%), or where they count nothing (行政机关败诉3件,占比3.75%) and the share names
# no whole of its own (not 占败诉总数的40%), or where it names the cases closed (占结案总数的10.1%: the catalog's
# share_of_closed).
_SHARES_OF_UNKEYED = {"litigation_lost": "litigation_loss_rate"}
_SHARES_ALONE = ("占比", "占")  # a share said with no whole of its own (占比5.17%, 占5.17%)
# A rate's label that ends in a share of the whole said before it (审结80件,其中直接纠错的占12.5%: 的占, the catalog's
# [rates].share). After a clause that names as that whole the very cases the rate counts (纠错案件中,因事实不清纠错的占
# 50%; 败诉案件中,…的占40%; 负责人出庭应诉的案件中,正职负责人出庭的占40%), it is a share of those, no rate.
_SHARE_OF_SAID_WHOLE = "的占"


@from_catalog
def _rates_of_counts(catalog: Catalog) -> dict[str, tuple[MetricRule, str]]:
    """For each count a rate follows from, the rule of that rate and the key of the count it is a share of
    (纠错数: 纠错率, 办结数)."""
    return {d.numerator: (catalog.rule(d.key), d.denominator) for d in catalog.derivations}


# The whole a share names (占结案数的7.3%, 占审结案件的比例): group 1.
_SHARE_WHOLE = compile_cached(r"占(\p{Han}{1,10}?)的(?:比例|比重)?$")


def _share_names_whole(key: str, share: str) -> bool:
    """Whether the share said after a count (占结案数的, 占审结案件的比例) names as its whole the count of `key` (the cases
    the count's rate is of: 结案数, 审结案件 of 行政复议办结数), with no exclusion of its label."""
    whole = _SHARE_WHOLE.search(share)
    return whole is not None and any(_names_rate(rule, whole.group(1)) for rule in rules_by_key()[key])


def _names_rate(rule: MetricRule, label: str) -> bool:
    """Whether `label` ends in one of the rule's labels and holds none of its exclusions."""
    return rule.labels.search(label) is not None and (rule.exclude is None or rule.exclude.search(label) is None)


def _share_of_whole_before(text: str, share: Quantity, subject: str, readings: list[Reading]) -> bool:
    """Whether the share right after the last count read is that count's part of a count before it in its sentence or
    the one before, to the precision the share is written in (5.17%: 3 of 58, not of 62); with no count there, whether
    the share is said alone (占比)."""
    part = readings[-1]
    step = written_step(text[share.num_start:share.num_end])
    sentences, counted = {part.sentence}, False
    for whole in reversed(readings[:-1]):
        if whole.sentence not in sentences:
            if len(sentences) == 2:
                break
            sentences.add(whole.sentence)
        if whole.quantity.kind != "count":
            continue
        counted = True
        value = whole.quantity.value
        if value > part.quantity.value and abs(part.quantity.value * 100 / value - share.value) <= step:
            return True
    return not counted and subject.lstrip(",") in _SHARES_ALONE


@from_catalog
def _derived_together(catalog: Catalog) -> dict[str, frozenset[str]]:
    """For each key a rate follows from or is, the keys of that rate and its counts (调解案件数: 调解成功数,
    调解成功率, itself): the figures of one body of work."""
    together: dict[str, frozenset[str]] = {}
    for d in catalog.derivations:
        keys = frozenset((d.key, d.numerator, d.denominator))
        for key in keys:
            together[key] = together.get(key, frozenset()) | keys
    return together


class _Degrees(Fields):
    """A degree of the public's view (catalog [rates] degree) listed with rates: no rate itself, it leaves the value (of
    a 分别 list, the one in its place) to the rate beside it."""
    after_rate: regex.Pattern  # a degree after a rate's label (知晓率和满意度): search a subject, the degree as group 1
    alone: regex.Pattern  # a degree, the whole of a piece: fullmatch
    before_rate: regex.Pattern  # a degree and the joiner before a rate's label (满意度和): search, the degree as group 1


@from_catalog
def _degrees(catalog: Catalog) -> _Degrees:
    """The degree patterns, built once per catalog."""
    degree = catalog.rate_degree.pattern
    return _Degrees(after_rate=compile_cached(rf"率(?:以及|[和及与、])({degree})$"), alone=catalog.rate_degree,
                    before_rate=compile_cached(rf"({degree})(?:以及|[和及与、])$"))


@from_catalog
def _intakes(catalog: Catalog) -> dict[str, Intake]:
    """For each key counted at intake, the words of its labels at each stage."""
    return {r.key: r.intake for r in catalog.rules if r.intake is not None}


@from_catalog
def _list_labels(catalog: Catalog) -> tuple[MetricRule, ...]:
    """The rules with a label that may hold a list (撤销、变更…, 国内民事、经济公证): the only ones a subject
    joined over 、 may name."""
    return tuple(r for r in catalog.rules if LIST_SEPARATOR in r.labels.pattern)


_SHARE_SAID = "占"  # what a share said right after a count opens with (_share_after), looked for before matching


@from_catalog
def _share_after(catalog: Catalog) -> regex.Pattern:
    """A share of a total said right after a count (区政府收到复议申请1680件,占收到申请总数的27.1%; …,占27.1%): the
    count is a part of that total."""
    return compile_cached(rf"[,,]?(?:{catalog.rate_share.pattern}|占(?=\d))")


@from_catalog
def _example_opening(catalog: Catalog) -> regex.Pattern:
    """An example (the catalog's examples) opening a clause: at the text's start, or after a break, a bracket or a space."""
    return compile_cached(rf"(?<![^{regex.escape(BREAKS)}(\s])(?:{catalog.example.pattern})")


@from_catalog
def _parted_rules(catalog: Catalog) -> dict[str, tuple[MetricRule, regex.Pattern, re.Pattern[str] | None]]:
    """The rules of the keys a list of outcomes may state in parts (纠错: 撤销, 变更 …), with their part and one search
    for the words one of which every part holds (scanning.words_held), by key."""
    return {rule.key: (rule, rule.part, words_search(words_held(rule.part)))
            for rule in catalog.rules if rule.part is not None}


@from_catalog
def _kinded_rules(catalog: Catalog) -> tuple[tuple[MetricRule, AtEnd], ...]:
    """The rules of the keys whose counts are listed by kind (notarizations: 民事, 经济, 涉外), each with its kind's
    label searched only in a subject that may end in one."""
    return tuple((rule, AtEnd(rule.kind)) for rule in catalog.rules if rule.kind is not None)


def _every_kind(ways: tuple[tuple[regex.Pattern, ...], ...], names: set[str]) -> bool:
    """Whether the kinds' `names` a list of counts gives name every kind of one of the `ways` their key divides into
    (民事, 经济 and 涉外; 国内 and 涉外): parts that make all of it."""
    return any(all(any(each.fullmatch(name) for name in names) for each in way) for way in ways)


@from_catalog
def _kind_tails(catalog: Catalog) -> frozenset[str] | None:
    """The last characters a subject ending in a kind's label may have (证, 项 …): a subject ending otherwise holds
    none, told without a search; None where any may."""
    tails: set[str] = set()
    for _, kind in _kinded_rules():
        if kind.last is None:
            return None
        tails |= kind.last
    return frozenset(tails)


@from_catalog
def _ratio_rules(catalog: Catalog) -> tuple[MetricRule, ...]:
    """The rules of a ratio: the ones a sentence may name for a ratio stated in the next (…比值提升。达到1.04:1)."""
    return tuple(r for r in catalog.rules if r.unit == "ratio")


@from_catalog
def _part_marker_ending(catalog: Catalog) -> tuple[regex.Pattern, int | None]:
    """A part marker that ends the text searched (其中 before the pause that opens a list: 其中,家庭纠纷12件), and how
    far back from the end a match may start (its widest, and a final line break it may stand before), when it reads
    nothing before its start: the search need not start further back."""
    words = catalog.part_words
    shape = Shape.of(words)
    return compile_cached(rf"(?r)(?:{words.pattern})$"), shape.width + 1 \
        if shape is not None and shape.width is not None and _reads_from_start(words) else None


@from_catalog
def _quota_opening(catalog: Catalog) -> regex.Pattern:
    """A target named before the parenthesis that holds its figure: 下达目标任务(300件)."""
    return compile_cached(f"(?:{catalog.target_after.pattern})\\($")


@from_catalog
def _zero_phrases(catalog: Catalog) -> tuple[tuple[MetricRule, regex.Pattern, frozenset[str] | None,
                                                     frozenset[str] | None], ...]:
    """The rules with zero phrases, each with its phrases, the characters every phrase ends in (_ending_chars) and
    the words one of which every phrase holds (scanning.words_held): a report holding none of either says none, which
    str.find tells cheaper than the phrases' search."""
    return tuple((rule, rule.zero, _ending_chars(rule.zero), words_held(rule.zero))
                 for rule in catalog.rules if rule.zero is not None)


@from_catalog
def _all_of_rules(catalog: Catalog) -> tuple[tuple[MetricRule, regex.Pattern, str, _Due | None], ...]:
    """The rules with phrases stating their value as all of a count before them (均调解成功), each with its phrases,
    the key of that count: the one the rule names (all_of_count), or the count its rate is a share of
    (_rates_of_counts; a rule naming none whose key no rate follows from has none), and the label of the cases that
    called for the rule's acts, a count it may be all of too (its derivation's due: 需负责人出庭应诉的案件), or None."""
    rates_of = _rates_of_counts()
    dues = {d.numerator: _Due(d.due, words_gate(words_held(d.due))) for d in catalog.derivations if d.due is not None}
    return tuple((rule, rule.all_of, rule.all_of_count or rates_of[rule.key][1], dues.get(rule.key))
                 for rule in catalog.rules
                 if rule.all_of is not None and (rule.all_of_count is not None or rule.key in rates_of))


@dataclass(frozen=True)
class _Due:
    """A derivation's due label (应出庭…案件) and the gate of the words one of which each of its matches holds
    (words_gate): a subject holding none is no such label, found without the pattern's search."""

    label: regex.Pattern
    words: str | re.Pattern[str] | None


@from_catalog
def _rules_by_ending(catalog: Catalog) -> dict[tuple[str, str | None, str], tuple[MetricRule, ...]]:
    """(kind, measure word, how a subject ends) -> the rules whose labels may end it: filled as numbers ask."""
    return {}


@from_catalog
def _at_ends(catalog: Catalog) -> tuple[AtEnd, AtEnd, AtEnd, AtEnd, AtEnd, AtEnd]:
    """The searches of a subject's end, built once per catalog, not per report: series_to, target_before,
    series_from, series_after_change, rate_label, rate_after_rank."""
    return (AtEnd(catalog.series_to), AtEnd(catalog.target_before), AtEnd(catalog.series_from),
            AtEnd(catalog.series_after_change), AtEnd(catalog.rate_label), AtEnd(catalog.rate_after_rank))


# Past this many subjects a memo of what subjects say is emptied before a report: a stream of texts
# of ever new subjects keeps it bounded.
_MAX_SUBJECTS = 20000


class _SubjectMemo:
    """What a subject says by itself, the same in every report read with one catalog: subjects repeat within
    a report (a table's rows, the same label in every paragraph) and across reports (调解成功率为)."""

    __slots__ = ("names", "parts", "rate_labels", "stripped")

    def __init__(self) -> None:
        # (subject, kind, measure word) -> Interpreter._named
        self.names: dict[tuple[str, str, str | None], tuple[tuple[MetricRule, int, bool, bool], ...]] = {}
        self.stripped: dict[str, str] = {}  # subject -> the subject without connectors
        self.rate_labels: dict[str, str | None] = {}  # subject -> Interpreter._rate_label
        self.parts: dict[str, bool] = {}  # subject -> Interpreter._is_part

    def bounded(self) -> _SubjectMemo:
        """The memo, emptied first when it holds more than _MAX_SUBJECTS subjects."""
        for memo in (self.names, self.stripped, self.rate_labels, self.parts):
            if len(memo) > _MAX_SUBJECTS:
                memo.clear()
        return self


@from_catalog
def _subject_memo(catalog: Catalog) -> _SubjectMemo:
    """The memo of what subjects say under this catalog: filled as numbers ask."""
    return _SubjectMemo()


@from_catalog
def _nothing_names_empty(catalog: Catalog) -> bool:
    """Whether a subject of nothing (5%5%…: the number follows the one before, or opens its clause) takes
    no label of its own: no rule's label, rate label or series origin matches in an empty subject."""
    return not any(rule.labels.search("") for rule in catalog.rules) \
        and catalog.rate_label.search("") is None and catalog.series_from.search("") is None


@dataclass(slots=True)
class Found:
    """One interpreted number, before it becomes a Metric or Rate record."""

    key: str | None  # headline key, or None for a generic rate
    label: str
    value: float
    unit: str
    qualifier: str | None
    year: int | None
    target: bool
    start: int  # evidence span in the text
    end: int
    sentence: int  # start offset of its sentence, to pair counts with rates
    quantity: Quantity | None  # None for a derived value
    derived: bool = False
    sources: tuple[tuple[int, int], ...] = ()  # for a derived value, the counts' spans


def _cells_read_alone(tables: GridIndex, quantities: list[Quantity]) -> Iterator[Quantity]:
    """The figures of table cells that the text's scan read across their bounds, each read from its cell alone where
    it is one figure: a figure grouped by spaces in a space-separated row (件　15 862　14 930, scanned as figures a
    space apart) or one before a signed change (286　301　-5.0, scanned as a range)."""
    filled = {(q.start, q.end) for q in quantities}
    for grid in tables.grids:
        for row in grid.rows:
            for cell in row:
                if (cell.start, cell.end) not in filled and _DIGIT.search(cell.text):
                    read = scan(cell.text)
                    if len(read) == 1 and read[0].start == 0 and read[0].end == len(cell.text):
                        q = read[0]
                        yield q._replace(start=cell.start, end=cell.end, num_start=cell.start + q.num_start,
                                         num_end=cell.start + q.num_end)


def _cell_heading(q: Quantity, tables: GridIndex) -> tuple[Grid, tuple[Cell, ...], int, Cell, str] | None:
    """The table, row and column of the cell `q` fills, the heading of that column and its words without their unit
    note (受理纠纷(件): 受理纠纷); None for a number in no cell, or in a column past the heading row's."""
    place = tables.cell_at(q.start, q.end)
    if place is None or place[2] >= len(place[0].header):
        return None
    grid, row, column = place
    heading = grid.header[column]
    return grid, row, column, heading, _UNIT_NOTE.sub("", heading.text)


@dataclass(slots=True)
class _Carried:
    """The label of the last labelled number: a series (…上升至2017年的53.28%) or a 分别 list continues it."""

    rule: MetricRule | None
    rate_label: str | None
    rate_start: int
    clause: int
    sentence: int
    kind: str
    labels: list[tuple[int, str]]  # further labels of a 分别 list, one per value to come
    listing: list[tuple[Found | None, Found | None, Reading]] | None  # the values of a 分别 list so far
    origin: int | None = None  # where a series' origin (由2022年的) starts: a later value naming no year is not of it
    noun: str = ""  # the noun a 分别 list's verbs share (受理、调结矛盾纠纷: 矛盾纠纷), "" for a list of labels
    listed: str = ""  # …and the list's words (受理、调结矛盾纠纷)
    # for a 分别 list of one key's kinds (刑事、民事法律援助案件分别为…), each further label's kind (_kinds_listed)
    parts: list[tuple[MetricRule, int, str]] = field(default_factory=list)
    # whether a value after the first of a list of labels named its cases itself (分别受理纠纷1200件、案件300件)
    own_nouns: bool = False


@dataclass(slots=True)
class Reading:
    """A quantity with what its clause says about it: the subject before it, its year, plan or not."""

    quantity: Quantity
    subject: str
    subject_start: int
    year: int | None
    target: bool
    sentence: int

    def found(self, key: str | None, label: str, unit: str, start: int, inverse: bool = False) -> Found:
        """The value read, as `label` (of headline `key`, or a generic rate), its evidence starting at `start`; a ratio
        `inverse` where its label sets its terms the other way round (_per_one)."""
        q = self.quantity
        return Found(key, label, _per_one(q, inverse) if q.kind == "ratio" else q.value, unit, q.qualifier, self.year,
                     self.target, start, q.end, self.sentence, q)


class _Around:
    """What one sentence holds of one pattern, read once for all its numbers (see Interpreter._said_around)."""

    __slots__ = ("before", "clear", "end", "last", "paragraph")

    def __init__(self, before: _BeforeInSentence | None, end: int, clear: int):
        self.before = before  # its searches up to an offset, or None when parts are searched as cut
        self.end = end  # where the sentence ends
        # an end up to which no match is said in it (_BeforeInSentence.clear_of_words; its start when the pattern
        # shows no words). Of a pattern searched as cut (before None): its end where the sentence says none of the
        # pattern's words, else its start.
        self.clear = clear
        self.last: int | None = None  # where the last match in the sentence starts (-1: none), once asked
        self.paragraph: list[bool | None] = [None, None]  # in the paragraph before, for a count / a rate, once asked


class _Heard:
    """Where one sentence first says what rule filters look for before a figure's label (Interpreter._headline), found
    once for all its figures: a filter whose word the sentence says only after a label is not asked for its figure,
    and most sentences say none. Each offset is the sentence's limit where it says none."""

    __slots__ = ("bracket", "channel", "each", "example", "kind", "kind_class", "part", "period", "qualifier",
                 "respectively", "specialised")

    def __init__(self, limit: int):
        self.respectively = limit  # 分别 (_of_periods_listed)
        self.period = limit  # a character of _PERIOD_MARKS (_of_part_of_year)
        self.example = limit  # 例 or 如 (_in_example)
        self.bracket = limit  # an opening bracket (_kind_before_bracket)
        self.each = limit  # 各 or 均 (_EACH_DOING)
        self.part = limit  # a word every part marker holds (_after_part_marker; -1 where markers show no words)
        self.specialised = limit  # a word every specialised body's disputes hold (_specialised_part)
        self.channel = limit  # a word every channel said as a clause of its own holds (_channel_said_before)
        # Of share_qualifier, share_kind_class and share_kind: where each word that every match holds starts, in order
        # (_in_clause), None where the sentence says none; every offset of the sentence where a pattern shows no words.
        self.qualifier: Sequence[int] | None = None
        self.kind_class: Sequence[int] | None = None
        self.kind: Sequence[int] | None = None


_ASKED_ALL = _Heard(-1)  # for a figure outside the sentence given: every filter is asked
_ASKED_ALL.qualifier = _ASKED_ALL.kind_class = _ASKED_ALL.kind = range(sys.maxsize)


class _Spans:
    """Sorted, non-overlapping spans (document titles) with a fast membership test."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.starts = [s for s, _ in spans]
        self.spans = spans

    def covers(self, offset: int) -> bool:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i >= 0 and self.spans[i][0] <= offset < self.spans[i][1]

    def around(self, offset: int) -> tuple[int, int, bool]:
        """covers(offset), with a stretch (low, high) holding `offset` where every offset has that answer: the
        numbers of a report, in order, look most up once."""
        starts = self.starts
        i = bisect.bisect_right(starts, offset)
        high = starts[i] if i < len(starts) else sys.maxsize
        if i and offset < self.spans[i - 1][1]:
            return starts[i - 1], min(high, self.spans[i - 1][1]), True
        return offset, high, False


# Shorter parts of a sentence are searched as they are: cheaper than looking up the sentence's scan.
_SHORT_PREFIX = 200
# …but another body's mediation, a long alternation tried at every character, is dear to search again: parts past this
# many characters look up the sentence's scan.
_OTHER_MEDIATION_SHORT = 60
# How far into a page its head may reach: its title and lead, where a page of another body names it (_of_another_body).
_OTHERS_HEAD = 1000


class _BeforeInSentence:
    """One pattern's matches from a sentence start up to an offset in it, each sentence scanned once.

    Numbers search the part of their sentence before them (a year, a target cue): searched afresh,
    a sentence of n numbers is read n times. An attempt at p reads nothing at or past p + reach, so
    up to end - reach it goes as in the text cut at end: the sentence's own matches starting there
    are the cut text's, and only the last `reach` characters before end are searched again.
    """

    def __init__(self, text: str, pattern: regex.Pattern, outline: Outline,
                 skip: Callable[[int], bool] | None = None, short: int = _SHORT_PREFIX):
        self.text = text
        self.pattern = pattern
        self.skip = skip  # where a match does not count for `last` (a document title)
        self.short = short  # parts up to this long are searched as they are by `last` (_SHORT_PREFIX)
        self.reach, self.width, self.ends, reads_no_further, self.words = _read_before(pattern)
        self.bounds = outline.sentence_bounds
        self.scanned: dict[int, tuple[int, list[regex.Match]]] = {}  # start -> (its sentence's end, matches)
        # start -> (its sentence's end, its matches, their starts, for each the index of the last one up to it
        # that counts or -1), for `last`
        self.counted: dict[int, tuple[int, list[regex.Match], list[int], list[int]]] = {}
        # start -> (its sentence's end, the sentence's first match), for a pattern that reads nothing past its match
        self.first: dict[int, tuple[int, regex.Match | None]] | None = {} if reads_no_further else None
        # The last search: (start, end, where a match in text cut at end starts or -1 for none, the attempts
        # before it having failed). The numbers of a sentence ask for ever longer parts of it, in order.
        self.searched = (-1, -1, -1)

    def _limit(self, start: int) -> int:
        """Where the sentence that `start` opens ends."""
        i = bisect.bisect_right(self.bounds, start)
        return self.bounds[i] if i < len(self.bounds) else len(self.text)

    def clear_until(self, start: int, limit: int | None = None) -> int:
        """An end up to which search(start, end) finds nothing, for the sentence that `start` opens (and `limit`,
        when given, ends): where its first match starts (its end for none), for a pattern that reads nothing past
        its match; else its end when it is of ASCII alone (figures and signs: 5%5%…) and holds no character a match
        may end in; else -1."""
        if self.first is None:
            if self.ends is None:
                return -1
            if limit is None:
                limit = self._limit(start)
            part = self.text[start:limit]  # ASCII characters are read without building an object for each
            return limit if part.isascii() and self.ends.isdisjoint(part) else -1
        known = self.first.get(start)
        if known is None:
            if limit is None:
                limit = self._limit(start)
            known = self.first[start] = limit, self._first_match(start, limit)
        limit, first = known
        return limit if first is None else first.start()

    def clear_of_words(self, start: int, limit: int | None = None) -> int:
        """An end up to which search(start, end) finds nothing, for `end` up to `limit` (the end of the sentence that
        `start` opens, when not given): where the first of the words one of which every match holds
        (scanning.words_held) is said from `start` on (`limit` for none), or -1 when the pattern shows no such words.
        One search of the words spares a sentence that holds none (调解成功11件, 调解成功率91.6%,…: no target cue word)
        a search of the pattern for each of its numbers."""
        if self.words is None:
            return -1
        if limit is None:
            limit = self._limit(start)
        word = self.words.search(self.text, start, limit)
        return limit if word is None else word.start()

    def _first_match(self, start: int, limit: int) -> regex.Match | None:
        """pattern.search(text, start, limit), not run where none of the few characters a match may end in is said."""
        return self.pattern.search(self.text, start, limit, NOT_CONCURRENT) if _may_hold(self.ends, self.text, start, limit) \
            else None

    def _sentence(self, start: int) -> tuple[int, list[regex.Match]]:
        scanned = self.scanned.get(start)
        if scanned is None:
            limit = self._limit(start)
            scanned = self.scanned[start] = limit, list(self.pattern.finditer(self.text, start, limit, False, NOT_CONCURRENT))
        return scanned

    def last(self, start: int, end: int) -> regex.Match | None:
        """The last match of pattern.finditer(text, start, end) that counts (`skip` rules it out not), for `end`
        within the sentence that `start` opens. The sentence's matches starting up to end - reach are the cut
        text's: a bisect finds the last of them, and only the last `reach` characters are searched again. Shorter
        parts are searched as they are."""
        if end - start <= self.short or self.reach is None:
            return self._last_counted(self.pattern.finditer(self.text, start, end, False, NOT_CONCURRENT))
        known = self.counted.get(start)
        if known is None:
            limit, found = self._sentence(start)
            lasts, last = [], -1
            for i, m in enumerate(found):
                if self.skip is None or not self.skip(m.start()):
                    last = i
                lasts.append(last)
            known = self.counted[start] = limit, found, [m.start() for m in found], lasts
        limit, found, starts, lasts = known
        if end > limit:
            return self._last_counted(self.pattern.finditer(self.text, start, end, False, NOT_CONCURRENT))
        cut = end - self.reach
        kept = bisect.bisect_right(starts, cut)
        resume = max(found[kept - 1].end() if kept else start, cut + 1)
        if resume < end:
            tail = self._last_counted(self.pattern.finditer(self.text, resume, end, False, NOT_CONCURRENT))
            if tail is not None:
                return tail
        i = lasts[kept - 1] if kept else -1
        return found[i] if i >= 0 else None

    def _last_counted(self, matches: Iterable[regex.Match]) -> regex.Match | None:
        last = None
        for m in matches:
            if self.skip is None or not self.skip(m.start()):
                last = m
        return last

    def search(self, start: int, end: int) -> bool:
        """Whether pattern.search(text, start, end) finds a match, for `end` within the sentence `start` opens.

        After a search of the same start up to an earlier end, attempts up to that end - reach went as they
        go now: its match, if it starts there, is one now, and otherwise only the rest is searched.

        A pattern that reads nothing past its match: see first_before.
        """
        if self.first is not None:
            return self.first_before(start, end) is not None
        reach = self.reach
        if reach is None:
            return self.pattern.search(self.text, start, end, NOT_CONCURRENT) is not None
        last_start, last_end, hit = self.searched
        if last_start == start and last_end <= end:
            if 0 <= hit <= last_end - reach:
                return True
            # None up to the last end: a match now ends past it, when a match in the longer part holds in the shorter
            resume = max(start, last_end - (reach if hit >= 0 or self.width is None else self.width) + 1)
        elif end - start > _SHORT_PREFIX and (scanned := self._sentence(start))[0] >= end:
            found = scanned[1]
            if found and found[0].start() <= end - reach:
                self.searched = (start, end, found[0].start())
                return True
            resume = max(start, end - reach + 1)
        else:
            resume = start
        m = self.pattern.search(self.text, resume, end, NOT_CONCURRENT)
        self.searched = (start, end, -1 if m is None else m.start())
        return m is not None

    def first_before(self, start: int, end: int) -> regex.Match | None:
        """pattern.search(text, start, end), for `end` within the sentence `start` opens. A pattern that reads
        nothing past its match matches in the part only where it matches in the whole sentence: the sentence's
        first match answers, searched once for all its numbers, and is the part's when it ends in the part."""
        if self.first is None:
            return self.pattern.search(self.text, start, end, NOT_CONCURRENT)
        known = self.first.get(start)
        if known is None:
            limit = self._limit(start)
            known = self.first[start] = limit, self._first_match(start, limit)
        limit, first = known
        if end > limit:
            return self.pattern.search(self.text, start, end, NOT_CONCURRENT)
        if first is None or first.start() >= end:
            return None
        return first if first.end() <= end else self.pattern.search(self.text, first.start(), end, NOT_CONCURRENT)


@functools.lru_cache(maxsize=256)
def _ending_chars(pattern: regex.Pattern) -> frozenset[str] | None:
    """The characters every match of the pattern ends in, when its text names them all (no class like \\d among
    them, no empty match); None otherwise."""
    shape = Shape.of(pattern)
    if shape is None or shape.empty or shape.last is None or shape.last[1]:
        return None
    return shape.last[0]


# Up to this many characters that every match ends in are looked for one by one (str.find) before a search: where
# none is said there is no match, and finding that is cheaper than the search.
_FEW_ENDS = 4


def _may_hold(ends: frozenset[str] | None, text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] may hold a match of a pattern whose every match ends in one of `ends` (_ending_chars):
    False only when they are few and none of them is there."""
    if ends is None or len(ends) > _FEW_ENDS:
        return True
    for c in ends:
        if text.find(c, start, end) >= 0:
            return True
    return False


# What lets a match depend on the text before where its attempt starts, or match no character.
_READS_BEHIND = ("(?<", "^", "\\b", "\\B", "\\A", "\\G")


# What lets a match depend on the text after it, or on where an attempt starts, or makes what a shorter text
# matches not a match of the longer one (atomic groups and possessive repeats give nothing back).
_READS_FURTHER = ("(?=", "(?!", "$", "\\b", "\\B", "\\Z", "^", "\\A", "\\G", "(?>", "*+", "++", "?+", "}+")


@functools.lru_cache(maxsize=256)  # asked of the same patterns for every report
def _reads_no_further(pattern: regex.Pattern) -> bool:
    """Whether every match of the pattern in text cut at some end is one where the uncut text matches too (a
    match reads nothing past its end) and no match is empty, as far as the pattern's text tells."""
    shape = Shape.of(pattern)
    return shape is not None and not shape.empty and not any(mark in pattern.pattern for mark in _READS_FURTHER)


@functools.lru_cache(maxsize=256)
def _reads_from_start(pattern: regex.Pattern) -> bool:
    """Whether searching text from pos to endpos finds what searching text[pos:endpos] finds (nothing is
    read before pos) and no match is empty, as far as the pattern's text tells."""
    shape = Shape.of(pattern)
    return shape is not None and not shape.empty and not any(mark in pattern.pattern for mark in _READS_BEHIND)


@functools.lru_cache(maxsize=256)
def _holds_in_shorter(pattern: regex.Pattern) -> bool:
    """Whether a match that text cut at some end holds is one in text cut anywhere from its end to that end, as far
    as the pattern's text tells: nothing but a negative lookahead (one at most) reads past a match (计划办理…
    (?!…实际)), and what it looks for, found in less text, is found in more. Searching on from an end where nothing
    matched, a match then ends past that end."""
    text = pattern.pattern.replace("[^", "[")  # a class's negation is no anchor
    shape = Shape.of(pattern)
    return shape is not None and not shape.empty and text.count("(?!") <= 1 \
        and not any(mark in text for mark in _READS_FURTHER if mark != "(?!")


@functools.lru_cache(maxsize=256)  # every report searches the same patterns: read once, not per report
def _read_before(pattern: regex.Pattern) -> tuple[int | None, int | None, frozenset[str] | None, bool,
                                                 re.Pattern[str] | None]:
    """What _BeforeInSentence needs of a pattern: how far an attempt reads (Shape.reach, None when not known),
    its widest match for a pattern that matches in a shorter part wherever it matches in a longer one
    (_holds_in_shorter; None for any other), the characters every match ends in (_ending_chars),
    _reads_no_further, and the search for the words one of which every match holds (scanning.words_held)."""
    shape = Shape.of(pattern)
    return (shape.reach if shape is not None else None,
            shape.width if shape is not None and _holds_in_shorter(pattern) else None,
            _ending_chars(pattern), _reads_no_further(pattern), words_search(words_held(pattern)))


class _Sentence:
    """What the readings of a sentence's numbers ask of it, found once for all of them."""

    __slots__ = ("alone", "among", "cue", "dated", "heard", "limit", "marks", "mediated_before", "mediators", "met",
                 "nian", "others", "paragraph", "part", "planned", "quota", "same", "since", "so_far", "span", "spanned",
                 "start", "unmediated", "up_to_now", "whole", "year", "yue")

    def __init__(self, start: int, limit: int, nian: int, yue: int, paragraph: tuple[int | None, bool],
                 since: int = sys.maxsize):
        self.start = start
        self.limit = limit  # where it ends: the next sentence's start, or the text's end
        # where the 年 of a year (_year_mark) and 月 are first said in it, or its end for never
        self.nian, self.yue = nian, yue
        # where the 年 of a year in digits and that of a relative year are first said in it (_year_marks), once asked
        self.marks: tuple[int, int] | None = None
        self.cue: int | None = None  # an end up to which no target cue is said in it, once asked
        # the year its paragraph opens with, and whether it opens with a span of years (Interpreter._paragraph_year)
        self.paragraph, self.spanned = paragraph
        # where the first year since one before the report's is said from it on (_since_from; by default none is)
        self.since = since
        self.span: int | None = None  # an end up to which no period of years is said in it, once asked
        self.whole: int | None = -1  # Interpreter._continued of it, once asked (-1 before)
        self.among: int | None = None  # where it first says 件中 (-1: nowhere), once asked (Interpreter._among_cases)
        # where a part marker's word (其中, 含, 包括: the words of part_words) is first said in it, its limit for never,
        # once asked (Interpreter._part_said)
        self.part: int | None = None
        # where it first says a word of _SUM_DATE_WORDS, its limit for never, once asked (Interpreter._summed_to_date)
        self.dated: int | None = None
        self.quota: int | None = None  # Interpreter._quota_free_until of it, once asked
        self.met: int | None = None  # Interpreter._met_close_last of it, once asked
        self.planned: bool | None = None  # Interpreter._opens_as_plan of it, once asked
        # an end up to which it names no mediators (_BeforeInSentence.clear_of_words of other_mediation), once asked
        self.mediators: int | None = None
        # where it first says a word one of which every other body's mediation holds from `mediators` on (its limit for
        # none, its start where those show no words), once asked (Interpreter._by_other_mediators)
        self.others: int | None = None
        # the mediators the sentence it is a part of names last (Interpreter._by_other_mediators), once asked
        self.mediated_before: tuple[regex.Match | None] | None = None
        # an end up to which none of its figures is another body's mediation (Interpreter._unmediated_until), once asked
        self.unmediated: int | None = None
        # an end up to which it says no 截至目前 (Interpreter._up_to_now_said), once asked
        self.up_to_now: int | None = None
        # where the first word of _SO_FAR_WORDS it says ends, past its limit for none, once asked (Interpreter._year_so_far)
        self.so_far: int | None = None
        self.same: int | None = -1  # Interpreter._same_period_year of it, once asked (-1 before)
        self.heard: _Heard | None = None  # what it says for the rule filters (Interpreter._heard_in), once asked
        self.year: tuple[int, int | None] | None = None  # the last Interpreter._sentence_year asked: (start, year)
        # Once a number with no label is read in it, a stretch of it where such numbers read alike: (first, last
        # offset, planned, year) (Interpreter._read_alone).
        self.alone: tuple[int, int, bool, int | None] | None = None


_NO_STRETCH = (0, -1, False, None)  # _Sentence.alone after the sentence's first number with no label


class Interpreter:
    """Reads one report's quantities; `run` returns headline metrics and generic rates."""

    def __init__(self, text: str, outline: Outline, titles: list[tuple[int, int]], report_year: int | None,
                 plan_document: bool = False, published_year: int | None = None, plans_next_year: bool = True,
                 level: int | None = None, plan_from: int | None = None, own_names: tuple[str, ...] = (),
                 own_code: str | None = None, title: tuple[int, int] | None = None):
        self.plan_document = plan_document  # a plan (工作要点, 实施方案): its figures are targets, past years aside
        # the first year of the period a plan of several years names (metadata.plan_first_year), when no year is its own:
        # its figures of years before are what was done, and a target of no year said is of none
        self.plan_from = plan_from
        self.published_year = published_year  # what 去年/今年 count from
        # A yearly report's 下一步 plans the next year; a month's or quarter's (statistics, news) the rest of its own.
        self.plans_next_year = plans_next_year
        self.level = level  # the rank of the report's own place (own_level): 全市 in a county's report is above it
        self.own_rank = level  # that rank as the report gave it (self.level is dropped where no place is above it)
        self.own_names = own_names  # the names of the report's own place (own_names): 东阳市…3260件 is its own figure
        # the division code of the report's own place (its region's): a figure of a place named outside it is another's
        self.own_code = own_code
        self.text = text
        self.outline = outline
        self.titles = _Spans(titles)
        self.report_year = report_year
        self.catalog = get_catalog()
        self._stated: set[tuple[str, int]] = set()  # (key, sentence start) of the values read so far
        # (key, sentence start) of the counts read as parts of a whole said before (其中,调委会调解纠纷2100件) -> the
        # value of the last one
        self._parts_read: dict[tuple[str, int], float] = {}
        self._keys_stated: dict[str, int] = {}  # the keys of those values -> where the first stands
        self._last_stated: dict[str, int] = {}  # … -> the sentence of the last one (a list's parts: _continued)
        self._displaced: dict[tuple[str, int], int] = {}  # (key, sentence) -> where a newly received part starts
        self._before_label: dict[int, tuple[int, str]] | None = None  # (_values_before_label)
        self._year_parts: set[int] = set()  # where each rate of a part of the year starts (_without_year_parts_beside_years)
        self._parts_beside_parts: set[int] = set()  # …of those, where the rate of another part follows (_part_of_year_keyed)
        # (key, sentence start) of the counts left out as a part of the year's (上半年调解纠纷600件): their parts are the
        # part's too (。其中婚姻家庭纠纷120件)
        self._part_of_year_counts: set[tuple[str, int]] = set()
        # where each count of one level of a list of levels (村级, 镇级) or of one kind of a list of kinds (民事, 涉外 公证)
        # starts -> its rule, where its label starts and the kind's name ("" for a level's) (_levels_summed)
        self._level_parts: dict[int, tuple[MetricRule, int, str]] = {}
        # for each sentence with a 分别 list of places or of bodies among which another body's mediation is (甲镇、乙镇分别…,
        # 人民调解组织、行政调解组织分别…), where the list starts, whether each subject's value is apart from the area's and
        # whether they are places (_apart_in_list)
        self._subjects_listed: dict[int, tuple[int, tuple[bool, ...], bool]] = {}
        # where each value of a list whose rates are named in a bracket after it starts -> where the bracket closes: its
        # evidence runs to the names (_rates_named_after)
        self._named_after: dict[int, int] = {}
        # where each count shared by the labels listed before it starts (行政复议、行政诉讼案件各2件): its 各 or 均 says each
        # label's value, no unit's (_each), for every label read of the list
        self._shared_counts: set[int] = set()
        self._break_found = (0, -1)  # (asked from, found at) of _line_break_from's last look
        self._appeals_searched = (0, -1, -1)  # (from, to, the split found or -1) of _split_with_appeals's last search
        self._specialised: set[int] = set()  # sentence starts of a specialised body's parts (its disputes said)
        self._shares: set[int] = set()  # starts of the figures read of a channel, domain, group or kind (_in_clause)
        self._examples: set[int] = set()  # starts of the figures read in an example (_in_example), or of a kind's rate
        # (key, sentence) of a kind's rate read as a part of the whole counted before it: another kind's after it in the
        # sentence (…;邻里纠纷调解成功率98.1%) is a part too
        self._kinds_parted: set[tuple[str, int]] = set()
        self._share_ends: dict[int, int] = {}  # sentence start -> the end of its first share's count (_after_share)
        # a share pattern -> the search for the words one of which every match holds
        self._share_words: dict[regex.Pattern, re.Pattern[str] | None] = {}
        # the key of each count read that is no share -> their readings (a list's years are set after they are read)
        self._wholes: dict[str, list[Reading]] = {}
        # What sentences say before a number, each sentence read once.
        # In a document title (or None when there is none): a year there dates nothing here.
        self._covered = self.titles.covers if titles else None
        # A report to a people's congress named by its year (_year_said); only a text naming a work report has one.
        self._delivered = self.catalog.metadata_cues["delivered_report"] if "工作报告" in text else None
        covered = self._covered
        self._years = [_BeforeInSentence(text, _YEAR, outline, covered), _BeforeInSentence(text, _LEVEL_DATE, outline, covered),
                       _BeforeInSentence(text, _RELATIVE_YEAR, outline)]
        reaches = [found.reach for found in self._years]
        self._year_reach = None if None in reaches else max(r for r in reaches if r is not None)
        self._sentence = _Sentence(-1, 0, 0, 0, (None, False), 0)  # of the last number read: numbers come in order, most share it
        # where the last line asked of starts, and whether the whole text matches a paragraph's year there
        self._line_opening = (-1, False)
        self._item_year: tuple[int, tuple[int | None, bool]] = (-1, (None, False))  # _paragraph_year of a line's items
        self._spans = _BeforeInSentence(text, _SPAN, outline)
        # where each 2019年以来 (2019年至今) of a year before the report's starts, in order (without a report
        # year, none: the text is not scanned)
        since = _years_since(text) if report_year is not None else []
        year_said = report_year or 0  # (no match is kept without a report year)
        self._since_earlier = [m.start() for m in since if int(m.group(1)) < year_said]
        # …and each of a year after the report's (2025年以来 in a report on 2024, written the next spring), with the
        # year: that year so far, whose figures are of that year; not a day something takes effect from (2025年1月1日起)
        self._since_later = [(m.start(), int(m.group(1))) for m in since
                             if int(m.group(1)) > year_said and not m.group().endswith(_TAKES_EFFECT)]
        self._cues = _BeforeInSentence(text, self.catalog.target_cue, outline)
        self._places: _BeforeInSentence | None = None  # _whole_place, for a report whose own level is known
        # The counts admitted that gave way to the received count of their key (_without_admitted): no metrics, but a
        # stage of the same cases that a rate derived from the received count would pass over (checks.derive).
        self.given_way: list[Found] = []
        # key -> where its first figure of a place above the report's own stands (_above_own): none of its metrics, the
        # end of the page's head all the same (_of_another_body)
        self._above: dict[str, int] = {}
        # the rule and sentence of the last figure read as a place's above the report's own: the key of the report's
        # own part said after it by its call alone (全市新收…1300件,其中我县90件)
        self._last_above: tuple[MetricRule, int] | None = None
        self._specialised_disputes = _BeforeInSentence(text, self.catalog.specialised_disputes, outline)
        self._other_mediation = _BeforeInSentence(text, self.catalog.other_mediation, outline, short=_OTHER_MEDIATION_SHORT)
        # the words of other bodies' mediation (None where they, or those of all mediators, are not known)
        self._other_mediators = words_search(self.catalog.other_mediators_words) \
            if self._other_mediation.words is not None else None
        # 截至目前 and 累计 (a sum so far) before a number, once a number of no year asks (_up_to_now_said)
        self._up_to_now: tuple[_BeforeInSentence, _BeforeInSentence] | None = None
        # Read of the catalog for many numbers: taken once per report.
        self._derived_together, self._part_marker_ending = _derived_together(), _part_marker_ending()
        self._part_marker_last = _ending_chars(self.catalog.part_words)  # the characters a part marker ends in
        self._part_words = words_search(words_held(self.catalog.part_words))  # the words one of which every marker holds
        # A rule's context and sentence exclusions, read once per sentence (None: the pattern is searched afresh, where
        # the sentence holds its words: words_gate, found once for every sentence)
        self._before: dict[regex.Pattern, tuple[_BeforeInSentence | None, str | re.Pattern[str] | None]] = {}
        # (pattern, sentence start, whether a topic is asked for) -> what it holds
        self._around: dict[tuple[regex.Pattern, int, bool], _Around] = {}
        # (a count's end, where its topic after it may end) -> where a clause taking in a count of its own cuts that
        # span short (_CLAUSE_WITH_COUNT), else its end: one search for every rule asked of the count (_said_around)
        self._count_clause: dict[tuple[int, int], int] = {}
        # sentence start -> an end up to which it names no national body (clear_of_words), once asked (_national_opening)
        self._national_clear: dict[int, int] = {}
        # a rule's context before a count in its sentence, for a service listed among others (_listed_among_others)
        self._context_before: dict[regex.Pattern, _BeforeInSentence] = {}
        self._rules_by_ending = _rules_by_ending()
        said = _subject_memo().bounded()  # what is read of a subject alone is kept for every report
        self._names, self._stripped, self._parts = said.names, said.stripped, said.parts
        self._rate_labels = said.rate_labels
        self._quota_at: tuple[set[int], list[int]] | None = None  # where target_after matches (_quota_ends)
        self._series_to, self._target_before, self._series_from, self._series_after_change, \
            self._rate_label_at_end, self._after_rank = _at_ends()
        self._place_subject = self.catalog.rate_place.match
        # Where in_plan may change (a plan section or paragraph starts or ends), and the last answer with its span.
        self._plan_bounds = sorted({s.start for s in outline.sections}
                                   | {offset for start, end, _ in outline.plan_parts for offset in (start, end)}
                                   | {offset for span in outline.plan_paragraphs for offset in span})
        self._plan_span: tuple[int, int, tuple[bool, int | None]] = (0, -1, (False, None))
        self._grid_index: GridIndex | None = None
        self._totals: dict[int, list[tuple[Cell, ...]]] = {}  # id of a table -> its rows of a total (_total_row)
        self._bases: dict[int, int | None] = {}  # id of a table -> its column of a plan's base levels (_base_column)
        # (start, end) of the report's title (metadata's, below a portal's path or a site's banner: 当前位置:首页 > … /
        # 某县…率达100%), else of the first line, when it is short enough for a title
        first = _TITLE_LINE.match(text) if title is None else None
        self._title_line = title or ((first.start(1), first.end(1)) if first is not None else (0, 0))
        # A yearly report's figures of a part of the year (上半年…) are none of its year's; a report titled for a part
        # (2024年上半年工作总结) gives that part's as its own, and so does a text that reports no year of its own (a
        # court's quarterly release, an untitled item: 2024年第三季度,…新收…24件 is of 2024), as a news item does.
        # Months from a later one on (2015年5月至当年底) are a part of a year that has run on, in any item. A text on
        # its year so far (_of_year_so_far) gives its part's figures as its own too.
        self._later_months_apart = _PART_OF_YEAR_TITLE.search(text, *self._title_line) is None
        self._period_marks: list[int] | None = None  # where the text holds a character of _PERIOD_MARKS, when asked

    @functools.cached_property
    def _reports_part_of_year(self) -> bool:
        """Whether the report gives a part of its year as its own (_later_months_apart, _of_year_so_far): such a report
        plans the rest of its own year (下半年工作打算: 确保全年…), not the next. Asked only where a plan names no year or
        a figure is of a part of the year: the text is not searched for the rest."""
        return self.report_year is not None \
            and (not self._later_months_apart or self._of_year_so_far(self.report_year))

    @functools.cached_property
    def _parts_of_year_apart(self) -> bool:
        """Whether a figure of a part of the year is none of the report's year's (see _reports_part_of_year)."""
        return self.plans_next_year and self.report_year is not None and not self._reports_part_of_year

    def _of_year_so_far(self, report_year: int) -> bool:
        """Whether the text reports on a part of its year: it says so (现将上半年工作总结如下), it says the year as the one
        running to its writing (2024年截至目前), or it says the year only with a part of it (2022年1-9月, … 2022年上半年;
        not 部署2022年…)."""
        text = self.text
        if _PART_OF_YEAR_STATEMENT.search(text) is not None:
            return True
        if any(int(m.group(1)) == report_year for m in self.catalog.metadata_cues["present_year"].finditer(text)):
            return True
        said = f"{report_year}年"
        at = text.find(said)
        if at < 0:
            return False
        while at >= 0:
            if _SPAN_OF_YEAR.match(text, at + len(said)) is None:
                return False
            at = text.find(said, at + len(said))
        return True

    def run(self, quantities: list[Quantity]) -> tuple[list[Found], list[Found], list[Reading]]:
        """Headline metrics, generic rates, and a reading (subject, year, target) of every quantity."""
        metrics: list[Found] = []
        rates: list[Found] = []
        readings: list[Reading] = []
        previous_end = 0  # where the number before ends
        carried: _Carried | None = None  # the label of the number before, for series and lists
        changed: tuple[int, int, str] | None = None  # (sentence, start, subject) of the last change (较上年下降…)
        kept: dict[str, tuple[_Carried, Reading]] = {}  # of each kind, the last labelled number and its reading
        text = self.text
        clause_start, clause_at = self.outline.clause_start, self.outline.clause_at
        clause, clause_end, opener = 0, -1, ""  # the clause of the number before
        titled_from, titled_to, titled = 0, -1, False  # whether the number is in a document title, for a stretch
        around_titles = self.titles.around
        without_connectors, headline, rate_label_of = self._without_connectors, self._headline, self._rate_label
        series_to, series_from = self._series_to.search, self._series_from.search
        series_after_change = self._series_after_change.search
        series_base = self.catalog.series_base.search
        series_actual = self.catalog.series_actual.match
        series_target_said = self.catalog.series_target_said.match
        target_beaten, target_beaten_close = self.catalog.series_target_beaten.match, self.catalog.series_target_beaten_close.match
        assessed_before = self.catalog.series_assessed_before.search
        target_before = self._target_before.search
        bodies = self.catalog.body_measure_words
        cases_after_body_word = self.catalog.cases_after_body_word.match
        sentence_of = self.outline.sentence_of
        tables = self._grids()
        sentence, next_sentence = 0, -1  # the sentence of the number before: numbers come in order, most share it
        said = self._sentence  # what that sentence says (_sentence_at)
        page_tail = self.outline.page_tail
        empty_names_nothing = _nothing_names_empty()
        kinded, kind_tails = _kinded_rules(), _kind_tails()
        units = self.catalog.numbers.units
        change_words = grammar().changes
        # The run of numbers with no label going on from one read alone (5%5%…, below): where the last one ends, their
        # kind, and, once a number right after it asks, what they start before and end before (Interpreter._alike_after)
        # and their year and target.
        alone_end, alike_kind, alike_to, alike_quota, alike_year, alike_target = -1, "", None, -1, None, False
        terms: tuple[int, int, Found] | None = None  # where the counts a rate is of start, bracketed after it, and the rate
        for following, q in enumerate(quantities, 1):
            q_start, q_end, _, _, _, _, kind, _, _, _, change, _ = q
            if q_start == alone_end and kind == alike_kind and not change \
                    and not (kind == "percent" and _RATE_AFTER.match(text, q_end) is not None):
                # (not a figure named by the rate after it, 5%5%调解成功率: read below)
                if alike_to is None:
                    alike_to, alike_quota, alike_year, alike_target = self._alike_after(
                        said, q_start, min(clause_end + 1, next_sentence, titled_to, page_tail))
                if q_start < alike_to and q_end < alike_quota:
                    # Right after a number read alone, in its clause, sentence and stretch: every check below passes as
                    # it did for that number, and _read_alone reads the stretch's (no quota ends here).
                    readings.append(Reading(q, "", q_start, alike_year, alike_target, said.start))
                    alone_end = previous_end = q_end
                    continue
            noted = None  # a unit noted in the label of a bare figure's cell
            if q_start >= page_tail:
                break  # a web page's links to other pages (上一篇:…调解纠纷1,526件)
            if tables.grids and tables.across_cells(q_start, q_end):
                continue  # 法律援助案件(件) 420 456 under 2023年 2024年: two cells, each read alone (_table_values)
            if text[q_start - 1:q_start] == "(" and metrics and readings and kind in ("bare", "count") \
                    and readings[-1].quantity.end == q_start - 1 and metrics[-1].quantity is readings[-1].quantity:
                terms = self._rate_terms(metrics[-1], q_start - 1)
            if kind == "bare" and terms is not None and q_start in terms[:2]:
                q, kind = q._replace(kind="count"), "count"  # 出庭应诉率达98.6%(71/72): the counts the rate is of
            if kind == "bare":
                to_one = _TO_ONE.match(text, q_end) if text.startswith("比", q_end) else None
                if to_one is not None:  # 2.1比1, 1比0.6: the ratio's terms
                    q_end = to_one.end()
                    q, kind = q._replace(kind="ratio", ratio_to=float(to_one.group(1)), end=q_end), "ratio"
                elif _is_ratio_value(text, q_start):
                    q, kind = q._replace(kind="ratio", ratio_to=1.0), "ratio"  # 复议诉讼比值为1.8: 1.8 to 1
                elif text.startswith(_TIMES, q_end) and text.endswith("的", 0, q_start):
                    # 是一审行政案件的2.5倍: a multiple of what it names, its ratio to it; a label says of which
                    q = read_on(q, text, q_end + len(_TIMES))  # 的2倍以上: at least 2
                    q_end = q.end
                    q, kind = q._replace(kind="ratio", ratio_to=1.0), "ratio"
                elif (_is_rate_value(text, q_start) and (q.value == 0 or self._percent_dropped(q, readings))) \
                        or (q.value == 0 and _RATE_AFTER.match(text, q_end) is not None):
                    # 差错率为0, 0败诉率 (a rate named after it, below): no sign needed
                    q, kind = q._replace(kind="percent", unit="%"), "percent"
                elif q.value == int(q.value) and _is_count_value(text, q_start, q_end):
                    q, kind = q._replace(kind="count"), "count"  # 审结复议案件4 318,: a count with no measure word
                elif q.value == int(q.value) and _is_times_value(text, q_start, q_end):
                    q, kind = q._replace(kind="count", unit="人次"), "count"  # 出庭应诉人次达152,: the label's noun its unit
                elif text[q_start - 1:q_start] in _NOTED_GAP \
                        and (noted := _NOTED_BEFORE_CELL.search(text, max(0, q_start - _NOTE_REACH), q_start)
                             or _UNIT_CELL_ABOVE.search(text, max(0, q_start - _NOTE_REACH), q_start)) \
                        and (units.get(noted.group(1)) == "count" or noted.group(1) == "%") \
                        and tables.cell_at(q_start, q_end) is None:
                    # 调解成功率(%)\t99.1: the unit its label notes, as a table's row label would (成 and ‰ would scale it)
                    kind = "percent" if noted.group(1) == "%" else "count"
                    q = q._replace(kind=kind, unit=noted.group(1))
            elif kind == "points" and not change and q.value <= 100 and _is_rate_value(text, q_start):
                # 调解成功率达到98.6个百分点: no change said, the rate's level written in points
                q, kind = q._replace(kind="percent", unit="%"), "percent"
            if kind == "count" and text[q_end - 1] in _INDICATORS_COUNTED and text.startswith(_AFTER_INDICATORS, q_end) \
                    and text.endswith(_RATES_BEFORE_COUNT, 0, q_start):
                # 调解成功率、履行率、满意率三项指标均达98%, 知晓率、满意率两项均达95%: how many rates the list before
                # holds, no figure; the subject of the value after it runs over it to the rates
                continue
            if not titled_from <= q_start < titled_to:
                titled_from, titled_to, titled = around_titles(q_start)
            if kind == "bare" or titled:
                previous_end = q_end
                continue
            if not clause <= q_start <= clause_end:
                clause, clause_end = clause_at(q_start)
                opener = text[clause - 1] if clause else ""  # the mark the clause opens after, read once for its numbers
            if not sentence <= q_start < next_sentence:
                sentence, next_sentence = sentence_of(q_start)
                said = self._sentence_at(sentence, next_sentence)
            # The number before ends inside this clause: the mark that opened it was its own (a ratio's colon, 1.2:1).
            straddled = previous_end > clause
            # (the number before ends right before a list mark that opens this subject: 85%、2022年的92%, 92%和2023年的100%)
            listed_on = clause <= previous_end + 1 and text[previous_end:previous_end + 1] in _YEARS_LISTED
            subject_start = max(clause, previous_end, q_start - _MAX_SUBJECT)
            # (a clause opening after a quoted plan's name, “十四五”末达到100%, goes on from the words before its quote)
            plan_quoted = opener == "”" and subject_start == clause \
                and (plan_name := _PLAN_QUOTED.search(text, max(0, clause - 8), clause)) is not None
            if kind == "count" and opener == "”" and subject_start == clause:
                subject_start = max(self._count_label_start(q_start), previous_end, q_start - _MAX_SUBJECT)
            elif plan_quoted and plan_name is not None:
                subject_start = max(clause_start(plan_name.start()), previous_end, q_start - _MAX_SUBJECT)
            elif noted is not None and noted.start() < subject_start:
                # 法律援助案件数(件):3456, 办理公证(件) / 12345: the label noting the unit ends the clause before the figure's
                subject_start = max(clause_start(noted.start()), previous_end, q_start - _MAX_SUBJECT)
            if (run_in := text.rfind(_HEADING_CLOSE, subject_start, q_start)) >= 0:
                subject_start = run_in + 1  # 【行政复议与应诉】全年收到行政复议申请85件: the heading's words name its part
            subject = text[subject_start:q_start]
            if not subject and opener == "(" and (kind == "percent" and (
                    text[clause - 2:clause - 1] == "率"
                    or target_before(text[max(clause_start(clause - 1), previous_end):clause - 1]) is not None
                    or text.startswith(")", q_end) and self._label_compared(max(clause_start(clause - 1), previous_end),
                                                                            clause - 1) is not None)
                    or kind == "count" and text.startswith(")", q_end) and previous_end < clause - 1):
                # 出庭应诉率(41.8%): a rate's value set in a bracket right after its label, closed or not; so is a
                # target's set right after the words naming it (…,超过年度目标(97%), 低于市考核目标(7%)), the level a
                # rate's label is compared with (败诉率较上年(6.5%)下降1.4个百分点: as 较上年的6.5%), and a count
                # alone in its bracket (受理行政复议案件(56件)、行政应诉案件(32件))
                subject_start = max(clause_start(clause - 1), previous_end, q_start - _MAX_SUBJECT)
                subject = text[subject_start:clause - 1]
            previous_end = q_end
            if subject:  # (an empty one, as of most numbers in a run of figures, is none of these)
                # Filler opens a subject with a space (str.isspace holds for every \s) or a quote: else no match. (Not
                # the quote of a name quoted in the label, closed in it: “一把手”出庭12次.)
                if subject[0].isspace() or subject[0] in "\"'”" or (subject[0] == "“" and "”" not in subject):
                    lead = _LEADING_FILLER.match(subject)
                    if lead:
                        subject_start += lead.end()
                        subject = subject[lead.end():]
                if subject and subject[-1].isspace():  # a label set off from its number: 调解成功率 98.2%
                    subject = subject.rstrip()
                if subject.endswith(_CELL_BAR) and tables.cell_at(q_start, q_end) is None \
                        and ((cell := subject.rstrip(_CELL_GAP)) or noted is not None):
                    # a row of two cells, no table's (| 调解成功率 | 96.5% |): its bars set the label off as spaces would
                    subject = cell
                    if subject.startswith(_CELL_BAR):
                        opening = len(subject) - len(subject.lstrip(_CELL_GAP))
                        subject_start += opening
                        subject = subject[opening:]
                if noted is not None and noted.start() > subject_start:
                    subject = text[subject_start:noted.start()]  # 调解成功率(%)\t99.1: the label without its note
                if subject in _RANGE_TO and readings and readings[-1].quantity.end == subject_start \
                        and readings[-1].quantity.unit == q.unit and readings[-1].quantity.change is None:
                    # 97%至99%, 1000件至1200件: a range's high end, read with no label; its low end is the value (as
                    # 97-99%). Not a level after a change (下降2.5个百分点至6.1%, 同比下降2.5%至6.1%).
                    readings.append(self._read_alone(q, said))
                    continue
            if not subject and carried is None and not change and empty_names_nothing \
                    and (changed is None or changed[0] != sentence) and (clause == 0 or opener not in ":)“") \
                    and not (kind == "percent" and (tables.grids or _RATE_AFTER.match(text, q_end) is not None)) \
                    and not (opener == "(" and kind == "percent" and self._ranked_before(clause) is not None) \
                    and not (kind == "count" and self._is_quota(q, said)):
                # 5%5%…: no label before the number, none carried to it, none before a colon, bracket or quote; nor
                # a rate named after it (99.4%的纠纷化解率 opening a sentence, a line or a headline: read below)
                readings.append(self._read_alone(q, said))
                alone_end, alike_kind, alike_to = q_end, kind, None  # the numbers right after it read alike (above)
                continue
            # The same label as the number before: …上升至2017年的53.28% (a series), 由2020年的27.1%升至35.6%,
            # 2023年要达到95%,2025年达到100% (values keyed by year).
            # (a number straddling the clause carries a label only within its sentence: a bare number before 至
            # after a sentence's rate names none)
            # (…提升到2022年的92%,再提升到2023年的100%: a clause going on with the series, by 再 or 又, is the series' too)
            same_clause = carried is not None and (carried.clause == clause
                                                   or (straddled and carried.sentence == sentence)
                                                   or (opener == "," and carried.sentence == sentence
                                                       and subject.startswith(_SERIES_AGAIN)))
            series_to_match = series_to(subject) if same_clause else None
            as_read, stripped = subject, without_connectors(subject)
            keyed = self._year_keyed(stripped, readings) if stripped[-1:] in _YEAR_KEYED_ENDS \
                else self._year_keyed(stripped.removeprefix("和")[:-1], readings) if listed_on and stripped.endswith("的") \
                else None
            if keyed is None and kind == "percent" and not change and carried is not None \
                    and carried.sentence == sentence and carried.kind == kind and stripped[-1:] in _YEAR_KEYED_ENDS:
                # 一季度…出庭应诉率为95%,二季度为98%; …,其中四季度达99%: the rate before, of the part of the year said alone
                keyed = self._part_of_year_keyed(stripped, readings)
            year_match = series_to_match or keyed
            series_year = int(year_match.group(1)) if year_match and year_match.group(1) else None
            # 纠错率(2020年为8.5%): a year's level in a bracket right after a rate's label is that label's, not the one
            # before's nor the base of a change
            # 出庭应诉率(目标值92%)实际达到96%, 纠错率(2024年目标值90%)为93.5%, 调解成功率(目标:98%)…: a target set in a
            # bracket right after a rate's label, before its level, is that label's target (of the year the bracket
            # names), as a year's level there is its level
            target_bracketed = None if kind != "percent" or change \
                else self._target_in_bracket(clause, opener, q, said) if opener in _TARGET_BRACKET_OPENERS \
                else self._target_after_label(clause, q, said)
            keyed_after_label = target_bracketed is not None or keyed is not None and opener == "(" and kind == "percent" \
                and text[clause - 2:clause - 1] == "率"
            base = based = None  # 较2022年的4 829件, 比上年的482件: the label's value for that year
            # 较上年(210件)增长11.9%, (2023年:210件): the base alone in a bracket or after a colon, its comparison before
            compared = text[clause_start(clause - 1):clause - 1] if not subject and opener in _BASE_SET_OFF else subject
            if compared[-1:] in _BASE_ENDS and not change and not keyed_after_label:
                based = carried if carried is not None and carried.sentence == sentence and carried.kind == kind \
                    else self._kept_before(kept.get(kind), sentence, readings, kind)
                base = series_base(compared) if based is not None else None
                if base is not None and _SAME_PERIOD_WORD in base.group() and self._of_part_said(sentence, q_start):
                    base = None  # 1-9月新收…767件,较2021年同期867件: the same months of that year, none of its figures
            if base is not None:
                # (the year before that of the figure compared, whose label it continues: a rate said between, 直接纠错
                # 236件,纠错率24%,较去年60件, is another kind's figure)
                before = readings[-1].year if based is carried else kept[kind][1].year
                series_year = int(base.group(1)) if base.group(1) else before - 1 if before else None
            # 安乡县出庭应诉率最低,为87.5%, 出庭应诉率逐年提升,2023年达95%: the label a rank or a trend ends in the clause
            # before, then the figure (of a year said before it, or in its clause: 位居全省第一,去年更高达99%); not
            # figures listed (…逐年提升,分别为…: each year's). A count's level after a trend too (新收案件连续三年增长,
            # 达到320件), but no sum of the years (…,累计达到900件).
            dated_at = after_rank = None  # where the year of a figure after a rank is read, when its own clause names it
            # 出庭应诉率大幅提升,由2022年的75%提升至2023年的96%: a trend's clause, then a series from its origin
            ranked_origin: tuple[int, regex.Match[str]] | None = None
            one_month_reached = False  # whether the figure after a trend is the level of the month said with it
            origin_only = None  # (read only when the clause is more than a year or a word after a rank)
            part_alone = False  # whether the subject is a part of the year alone (…调解成功率,1-9月为97.2%)
            # A bracket opens the level's clause as a comma does (出庭应诉率偏低(60%), 较低(仅为60%)), no change in it.
            if target_bracketed is None and (opener == "," and subject or opener == "(" and kind == "percent" and not change) \
                    and (not stripped or keyed is not None
                         or (after_rank := self._after_rank.search(stripped)) is not None
                         or ((origin_only := series_from(stripped)) is not None and origin_only.start() == 0)
                         or (part_alone := kind == "percent" and stripped[-1:] in _YEAR_KEYED_ENDS
                             and _PART_OF_YEAR.fullmatch(stripped) is not None)) \
                    and (kind == "percent" or (kind == "count" and self.catalog.summed.search(subject) is None)) \
                    and "分别" not in subject:
                ranked = self._ranked_before(clause)
                if ranked is None and keyed is not None and kind == "percent" \
                        and (label_before := self._label_clause_before(clause)) is not None:
                    ranked = (*label_before, None)  # 出庭应诉率,2022年为96%,2023年为100%: the clause before is the label
                elif ranked is None and (run_together := _LABEL_THEN_PART if part_alone else _LABEL_THEN_WHOLE_YEAR
                                         if after_rank is not None and kind == "percent" else None) is not None \
                        and (label_before := self._label_clause_before(clause)) is not None \
                        and run_together.fullmatch(joined := label_before[1] + stripped) is not None:
                    # 调解成功率,1-9月为97.2%,1-11月为98.1% / 出庭应诉率,全年为97.2%: the label's clause, then the part of
                    # the year its value is of or the whole year, read as said run together (调解成功率1-9月为97.2%: the
                    # later first months the year so far; 出庭应诉率全年为97.2%)
                    ranked = (label_before[0], joined, None)
                if ranked is not None:
                    if after_rank is None and keyed is None and stripped and origin_only is not None:
                        ranked_origin = subject_start, origin_only
                    subject_start, subject, mark_year = ranked
                    as_read = stripped = subject
                    series_year = series_year or mark_year
                    if after_rank is not None and after_rank.group(1):
                        dated_at = q_start
                    if after_rank is not None and after_rank.group(2):
                        one_month_reached = True  # 出庭应诉率逐月上升,10月份达到100%: one month's level
            if opener == "," and kind == "percent" and not change and subject and subject_start >= clause \
                    and (pushed := self._label_before_target(clause, stripped, q_start)) is not None:
                # 要持续提升调解成功率,力争稳定在98%以上: the target's label in the clause before its cue
                subject_start, subject = pushed
                as_read = stripped = subject
                dated_at = q_start  # (of the year its clause plans: 确保2024年…, 确保明年…)
            # 调解成功率99.59%,连续五年保持在99%以上: a rate's clause of connectors alone speaks of the rate before; so does
            # one of target cues alone and the year they plan (调解成功率达98.6%,力争明年达到99%以上; 败诉率为7.2%,力争2025年
            # 控制在5%以内);
            # not 有 before a share of things (调撤率26.3%,有90.3%的案件未再起诉), nor an average (调解成功率98.5%,平均为
            # 97.3%: the figure set beside the rate, as a place's is), nor after an aside that closes the clause
            # before (…,综合纠错率(含调解和解)为21.3%: the label stands before the aside), nor after a quoted name (…,“三率”均为
            # 100%: the name is the label).
            # A count's clause so said speaks of the count before when a cue is in it and the clause ends at the figure
            # (已办理法律援助案件860件,预计全年可达950件; …,力争全年突破1000件): the count's target or forecast. Not one with
            # no cue (…860件,全年950件), nor one with a noun after the figure (力争30件优秀案件: the label after it).
            held_ahead = False  # whether the figure is a level to hold over a plan's period yet to end
            year_ahead = False  # whether it is a level planned for a year after the report's (2025年将保持在…)
            next_step = False  # whether its clause opens as a plan paragraph does, naming no year (下一步将继续保持100%)
            future_said = False  # whether its clause says the future before a time (…为96%,将于年底前达到100%)
            level_again = bool(subject) and not change and not keyed_after_label and carried is not None \
                and carried.sentence == sentence and carried.kind == kind and (opener not in ")”" or plan_quoted) \
                and (kind == "percent" or (kind == "count" and self.catalog.target_cue.search(subject) is not None
                                           and _CLAUSE_CLOSED.match(text, q_end) is not None)) \
                and not (subject.endswith("有") and _SHARE_OF.match(text, q_end) is not None) \
                and (not stripped or self._cue_and_year_alone(stripped)) \
                and self.catalog.rate_place_average.search(  # (2024年至2025年均保持在…: no 年均 astride the span's end)
                    as_read, span.end() if self._years_to_come(span := _YEARS_SPAN.search(as_read)) else 0) is None
            if level_again and stripped:
                dated_at = q_start  # (调解成功率达98.6%,力争明年达到99%: of the year its own clause plans)
                # (…出庭应诉率达到100%,“十四五”期间保持在98%以上: the level to hold while the plan runs on, a target)
                period = _PLAN_PERIOD.search(stripped)
                unjoined = stripped.removeprefix("并")  # (…,并将保持在95%以上)
                held_ahead = period is not None and (period.group(1) is None or self.report_year is not None
                                                     and plan_last_year(period.group(1)) > self.report_year) \
                    or unjoined == _FUTURE \
                    or self._years_to_come(_YEARS_SPAN.search(stripped))  # (…,并将保持在95%以上: from now on)
                year_ahead = self._years_to_come(_YEAR_AHEAD.match(unjoined))
                # (…出庭应诉率达到100%,下一步将继续保持100%; 接下来要稳定在98%以上: a target of the year planned, as such a
                # sentence's among what was done)
                next_step = not held_ahead and self._next_step(unjoined) is not None
                # (…出庭应诉率为96%,将于年底前达到100%; 将在年底前实现100%: the level the year is to reach, its target,
                # never a second level of it)
                future_said = unjoined.startswith(_FUTURE) and unjoined != _FUTURE
            # 计划办理法律援助案件300件,实际办理320件: the planned figure's label, for what was done.
            # 考核要求调解成功率98%,实际完成99.1%: the rate's level against its target, the place it is of said or not.
            # (…(年度目标值:95%,实际完成:98.2%): said before a colon)
            achieved = kind in ("count", "percent") and carried is not None \
                and (carried.rule is not None or (kind == "percent" and carried.rate_label is not None)) \
                and carried.sentence == sentence and carried.kind == kind and readings[-1].target \
                and series_actual(stripped if subject or opener != ":"
                                  else without_connectors(text[clause_start(clause - 1):clause - 1])) is not None
            # 败诉率降至5.2%(市考核指标5%以下), 调撤率44.3%,有望提升至45%以上: the same rate's target; so is one the level
            # beats (…,低于5%的控制目标: the bound's word, 低于, is the figure's own)
            # (a target quoted, 超过“98%”的年度目标, 超过年度目标值“95%”: the words before the quote say it; the verb
            # beating or missing it as written, a connector's too: 未达到98%的年度目标)
            target_words = text[clause_start(clause - 1):clause - 1] \
                if opener == "“" and not subject and kind == "percent" else as_read
            target_named = kind == "percent" and not change and carried is not None and carried.sentence == sentence \
                and carried.kind == kind
            beaten_by = text[q_start:q.num_start]  # the verb the level beats it with, read as the figure's bound word
            beaten = target_named and (target_beaten(without_connectors(target_words) + beaten_by) is not None
                                       or target_beaten(target_words + beaten_by) is not None) \
                and target_beaten_close(text, q_end) is not None
            met = self._target_met_before(stripped) if target_named and opener == "(" and subject_start < clause \
                else None
            target_named = target_named \
                and ((bool(target_words) and series_target_said(without_connectors(target_words)) is not None)
                     or beaten or met is not None)
            if target_named and met is not None and met.groupdict().get(_YEAR_BEFORE_GROUP):
                series_year = self._year_before(said, subject_start)  # …,比上年度目标(95%)高…: that year's target
            if beaten and beaten_by and text[q.num_end:q.end] == q.unit:
                # 高于95%的年度目标值, 低于5%的控制目标: the verb says how the level stands to the target, which is said
                # exactly (as 超过省定98%的年度目标 is), no bound; a bound after the figure stays (8%以内的控制目标)
                q = q._replace(qualifier=None, low=q.value, high=q.value)
            # 2021年至2023年,…共受理一审行政案件3120件,分别为998件、…: the total's label, each year's value in a list
            each_of_total = kind == "count" and opener == "," and carried is not None and carried.sentence == sentence \
                and carried.kind == kind and carried.listing is None and carried.rule is not None \
                and _EACH_OF_TOTAL.fullmatch(subject) is not None \
                and (_listed_years(text, sentence, q_start, 2) is not None or self._counted_years(sentence, q_start) > 1)
            follow = each_of_total or series_to_match is not None \
                or (same_clause and series_after_change(subject) is not None) or bool(
                keyed and not keyed_after_label and carried is not None and carried.sentence == sentence
                and carried.kind == kind) \
                or base is not None or level_again or achieved or target_named
            if follow and kind == "percent" and q_start in self._values_before_label():
                follow = False  # 由2022年的85%提升至2023年的100%,全县…出庭应诉率…: the label after, cited with it
            # (a value of a list of labels may name its cases in generic words, the label its: 人民调解、法律援助、公证分别
            # 受理纠纷1200件、案件300件、450件; 受理案件300件)
            listed = (carried is not None and carried.listing is not None and carried.sentence == sentence
                      and not change and kind == carried.kind
                      and (_LIST_GAP.fullmatch(subject) is not None
                           or (bool(carried.labels) and opener == LIST_SEPARATOR and self._generic_alone(subject))))
            origin_at = None
            label_clause = clause  # where the clause holding the label starts (before a quoted value, the one before)
            degree = None  # a degree listed after the rate's label (知晓率和满意度: 满意度), _degrees().after_rate
            undated_origin = False  # whether the figure is a change's origin that names no year (由85%提高到92%)
            noun_end = None  # where a label after the number ends
            before_label = None  # (where the label starts, its words) of a series said before it (_values_before_label)
            planned = False  # whether the label says the count is a target (…任务数为268件)
            # whether the figure is one month's level in a series (由1月的29.2%上升至12月的57%), no year's
            one_month = series_to_match is not None and series_to_match.group(2) is not None
            leading = based if base is not None else carried  # the figure whose label a follower continues
            if follow and leading is not None:
                rule, rate_label, start, rate_start = leading.rule, leading.rate_label, subject_start, leading.rate_start
                subject = ""
                origin_at = leading.origin
            elif listed and carried is not None:  # 分别新收…612件、745件、1038件: the next value of the same label (or of the next label)
                if carried.labels and carried.parts:  # 刑事、民事法律援助案件分别为230件、330件: 民事's, a part
                    carried.labels.pop(0)
                    self._level_parts[q_start] = carried.parts.pop(0)
                    rule = rate_label = None
                    start = rate_start = subject_start
                elif carried.labels:
                    rule, rate_label, start, rate_start = self._next_label(q, said, subject, carried)
                else:
                    rule, rate_label, start, rate_start = carried.rule, carried.rate_label, subject_start, carried.rate_start
                    if rule is not None and carried.listing is not None \
                            and self._apart_in_list(sentence, carried.clause, len(carried.listing), rule, q_end):
                        rule = None  # …,调解成功率分别为98.5%、96%: 96% 行政调解组织's, listed second before
            else:
                origin = series_from(subject)
                if ranked_origin is not None:  # (the origin said in the clause after the label's)
                    origin_start, origin = ranked_origin
                    origin_start -= subject_start + origin.start()  # (placed so that origin_at below is where it is)
                else:
                    origin_start = 0
                undated_origin = origin is not None and origin.group(1) is None and origin.group(2) is None \
                    and origin.group(3) is None and origin.group(4) is None
                one_month = origin is not None and origin.group(3) is not None
                if origin is not None and undated_origin \
                        and (origin.group()[0] in _COMPARED_WITH
                             or not self._moves_on(q_end, quantities, following)):
                    origin = None  # 由5人组成: no level a change starts from; nor is a comparison naming no time
                if origin:  # 由2022年的85%, or the year before the sentence's: 由上年的80%, or none: 由85%提高到92%
                    series_year = int(origin.group(1)) if origin.group(1) \
                        else self._year_before(said, subject_start) if origin.group(2) \
                        else plan_last_year(origin.group(4)) if origin.group(4) else None
                    if ranked_origin is None:
                        subject = subject[: origin.start()]
                    origin_at = subject_start + origin_start + origin.start()
                    if undated_origin and (base_said := _COMPARED_YEAR.search(text, sentence, origin_at)) is not None:
                        # 与2022年相比,…由98件上升到132件: the origin is the level of the year compared with
                        series_year = int(base_said.group(1)) if base_said.group(1) \
                            else self._year_before(said, subject_start)
                        undated_origin = False
                respectively = "分别" in subject
                told = 0  # how many labels a quoted value says share it (“四个100%”: 4), 0 where it says none
                if opener == "”" and clause > 1 and subject.startswith("率"):
                    opening = text.rfind("“", 0, clause - 1)  # “一网通办”率: the quoted name is the label's
                    if opening >= 0:
                        # (“掌上办”率和“一次办”率: the label joined before, quoted too, with it)
                        subject_start = label_clause = self._quoted_label_start(clause_start(opening))
                        subject = text[subject_start:q_start]
                elif opener == "”" and clause > 1 and subject and series_after_change(subject) \
                        and not subject.startswith(_REACHED):
                    opening = text.rfind("“", 0, clause - 1)  # 败诉率“断崖式”下降至5.22%: a quoted word after the label
                    # (not a level reached, “出声率”达到100%: the quoted label's)
                    if opening > 0 and text[opening - 1] not in _CLAUSE_BREAKS:
                        subject_start = clause_start(opening)
                        subject = text[subject_start:opening]
                elif opener == "“" and clause > 1 and _QUOTED_VALUE.fullmatch(subject):
                    # 出庭应诉率达到“100%”, 出庭应诉率、出庭出声率“双100%”: a value quoted, its labels before the quote
                    told_by = text[clause:clause + 1]  # (四个 is read as a count of its own: the subject left is empty)
                    told = 2 if told_by == _BOTH else CN_DIGITS.get(told_by, 0)
                    subject_start = label_clause = clause_start(clause - 1)
                    subject = text[subject_start:clause - 1]
                elif opener == "”" and clause > 1 and subject and not stripped:
                    opening = text.rfind("“", 0, clause - 1)  # “行政机关负责人出庭应诉率”达100%: the quoted name is the label
                    if opening > 0 and text[opening - 1] == "率" \
                            and _RATES_COUNTED.fullmatch(text, opening + 1, clause - 1) is not None:
                        # 知晓率、满意率“两率”分别为…: the quoted name counts the rates written before it, their labels
                        subject_start = label_clause = clause_start(opening)
                        subject = text[subject_start:opening]
                    elif opening >= 0 and text.find("”", opening, clause - 1) < 0:
                        subject_start = opening + 1
                        subject = text[subject_start:clause - 1]
                        if text[opening - 1:opening] == LIST_SEPARATOR:
                            label_clause = opening  # 出庭应诉率、“出声率”均达到100%: the labels listed before the quote
                        elif opening > 1 and (qualified := clause_start(opening - 1)) > 0 \
                                and text[qualified - 1] == LIST_SEPARATOR \
                                and _QUOTED_RATE_QUALIFIER.fullmatch(text, qualified, opening) is not None:
                            label_clause = qualified  # 出庭应诉率、在庭审中发言的“出声率”均达到100%: its own qualifier
                elif opener == "”" and clause > 1 and stripped and self._rate_label(stripped) == stripped:
                    # 审查率、行政执法“三项制度”落实率均为100%: a quoted name qualifying the label after it; the labels
                    # listed before the name's clause share the value (a 分别 list's, one each)
                    opening = text.rfind("“", 0, clause - 1)
                    quoted_clause = clause_start(opening) if opening > 0 else 0
                    if quoted_clause > 0 and text[quoted_clause - 1] == LIST_SEPARATOR \
                            and _QUOTED_RATE_QUALIFIER.fullmatch(text, opening + 1, clause - 1) is not None:
                        label_clause = quoted_clause
                    elif opening > 1 and text.endswith(_JOINED_RATES, 0, opening):
                        # 网办率和“最多跑一次”实现率分别为…: the label joined before the quoted name's is listed with it
                        subject_start = label_clause = self._quoted_label_start(clause_start(opening - 1))
                        subject = text[subject_start:q_start]
                elif opener == ")" and clause > 1 and subject and not stripped \
                        and self._rates_counted_in_bracket(clause - 1):
                    # “三率”(排查率、化解率、调解成功率)分别为…: the rates the quoted name counts, listed in its bracket
                    subject_start = label_clause = clause_start(clause - 1)
                    subject = text[subject_start:clause - 1]
                elif opener == ")" and kind == "percent" and clause > 2 and stripped \
                        and (opening := text.rfind("(", 0, clause - 1)) > 0 \
                        and (inner := _LABEL_ASIDE.match(text, opening + 1)) is not None and inner.end() == clause:
                    # 服务点覆盖率和村(社区)法律顾问覆盖率分别为…: a short aside within the label (社区, 居, 街道); the
                    # subject runs back over it, to the labels joined before the words it qualifies
                    subject_start = label_clause = clause_start(opening)
                    subject = text[subject_start:q_start]
                if kind == "percent" and subject.endswith(_BOTH):
                    many = _MANY_VALUES.search(subject)  # 出庭应诉率和出庭出声率实现双100%: each rate before it has it
                    if many is not None:
                        subject = subject[:many.start()]
                # (the label before a quoted word, when there is one, is the subject's, whatever change came before)
                bare = stripped if subject == as_read else without_connectors(subject)
                if changed is not None and changed[0] == sentence and (series_after_change(subject) or not bare):
                    subject_start, subject = changed[1], changed[2]  # 败诉率较上年下降5.3个百分点,降至11.6%
                    bare = without_connectors(subject)
                subject = bare
                whole_year = _LABEL_THEN_WHOLE_YEAR.fullmatch(subject) if subject.endswith(_WHOLE_YEAR_ENDS) \
                    and not (opener == "(" and subject.endswith("去年")) else None  # (not 率(去年95%,同比持平): an aside)
                if whole_year is not None:
                    subject = whole_year.group(1)  # 出庭应诉率全年保持100%: the label, then the whole year its value is of
                    dated_at = q_start  # (今年 after the label dates the figure as before it: of a dated item's year)
                labelled_year = _LABEL_THEN_YEAR.fullmatch(subject) if subject[-1:] in ("年", "度", "底", "末", "月", "份") \
                    else None
                labelled_part = _LABEL_THEN_PART.fullmatch(subject) \
                    if labelled_year is None and kind == "percent" and subject[-1:] in _YEAR_KEYED_ENDS else None
                if labelled_part is not None:
                    # 出庭应诉率第一季度为90%, 纠错率7月份为10%: the label, then the part of the year its value is of, read
                    # as said before the label (_of_part_of_year); one month's is no year's level
                    subject = labelled_part.group(1)
                    one_month = one_month or _SPAN_OF_YEAR.search(labelled_part.group(2)) is None
                elif labelled_year is not None:  # 调解成功率2023年为98%: the label, then the year its value is of
                    subject = labelled_year.group(1)
                    # (a list's: dated later; one 均 says each year has, 率2022年和2023年均为100%: the last's, _years_sharing)
                    listed_years = labelled_year.group(2)
                    series_year = None if listed_years and (text.find(_ALL_SAID, clause, q_start) < 0 or any(
                        mark in listed_years for mark in _TO_YEAR_MARKS)) else int(labelled_year.group(3))
                elif keyed and opener == LIST_SEPARATOR and (respectively or keyed.re is _YEAR_KEYED
                                                               and text.find(_ALL_SAID, clause, q_start) >= 0):
                    # 调解成功率2022年、2023年分别为97%、98%: the label before the first of the years listed; so with 均
                    # (…2022年、2023年均为100%), the value the last year's and the others' too (_years_sharing)
                    pieces = self._listed_before(clause, figures=True)
                    first = _LABEL_THEN_YEAR.fullmatch(pieces[0][1]) if pieces else None
                    if first is not None and not first.group(2) \
                            and all(_YEAR_KEYED.fullmatch(piece) for _, piece in pieces[1:]):
                        subject_start, subject = pieces[0][0], first.group(1)
                        series_year = None if respectively else int(keyed.group(1))
                narrowing = ""  # the words of a parenthesis right after the label, said of it as its own
                if opener == ":" and (keyed or not subject) or keyed_after_label:
                    # 出庭应诉率:2023年要达到95% / 败诉率:维持在5%以下: the label stands before the colon; so before a
                    # bracket giving its level of a year (纠错率(2020年为8.5%)提高到12%: a plan's base level) or its target
                    subject_start, label_end, series_year = target_bracketed if target_bracketed is not None \
                        else (clause_start(clause - 1), clause - 1, int(keyed.group(1)) if keyed else None)
                    subject = text[subject_start:label_end]
                elif opener == ")" and not subject:
                    # 纠错决定(撤销、变更…)合计23件: the label stands before the parenthesis, which narrows it as words of
                    # its own would (出庭应诉率(负责人)达100%: the heads' rate)
                    opening = text.rfind("(", 0, clause - 1)
                    if opening > 0:
                        subject_start = label_clause = clause_start(opening)  # (the labels listed before it, its list's)
                        subject = without_connectors(text[subject_start:opening])
                        narrowing = text[opening + 1:clause - 1]
                rule = rate_label = None
                risen = _RATIO_RISEN.search(subject) if kind == "ratio" else None
                if risen is not None:  # 该比值大幅提升为1.62, 该比值进一步提高到1.62: the label ends at 比值
                    subject = subject[:risen.start(1)]
                if not change and kind in ("count", "percent", "ratio"):
                    rule, label_start = headline(q, said, subject, subject_start, narrowing)
                    rate_label = rate_label_of(subject) if kind == "percent" else None
                if rate_label is None and kind == "percent" and not change and opener == LIST_SEPARATOR \
                        and text[clause - 2:clause - 1] == "率" and _degrees().alone.fullmatch(subject) is not None:
                    # 知晓率、满意度分别为92%、95%: the rate's clause, then the degree's, read as one subject
                    label_clause = clause_start(clause - 1)
                    subject = text[label_clause:subject_start + len(subject)]
                    subject_start = label_clause
                if rate_label is None and kind == "percent" and not change \
                        and (degree := _degrees().after_rate.search(subject)) is not None:
                    # 知晓率和满意度均达95%: the rate listed before a degree (no rate of its own) has the value; of a
                    # 分别 list, the value in its place, the degree the one after
                    subject = subject[:degree.start() + 1]
                    rule, label_start = headline(q, said, subject, subject_start)
                    rate_label = rate_label_of(subject)
                if rate_label is None and kind == "percent" and not change and subject \
                        and (opener == LIST_SEPARATOR or "率" in subject) \
                        and (parted := self._label_before_parts(clause, opener, subject_start, subject)) is not None:
                    # 调解成功率镇街为98.5%,村居为97.2%; 出庭应诉率市直部门、县区分别达到100%、96.4%: each value one part's
                    # of the rate, kept under its label; no whole said, none is the area's headline value. Every level
                    # sharing it (出庭应诉率区、镇两级均为100%, …各级均达到100%): the area's value as a whole
                    every_level = parted[2] and self._each(q, subject, subject_start) \
                        and not self._part_valued_after(q.end, said.limit)
                    subject_start, subject = label_clause, rate_label = parted[:2]
                    rule, label_start = headline(q, said, subject, subject_start) if every_level else (None, label_start)
                if opener == ")" and kind in ("count", "percent") and not change and subject and subject_start >= clause:
                    # 审结(含上年结转)行政复议案件98件, 直接纠正(含撤销…)行政机关决定46件, …决定(含撤销…)的占11.12%: the
                    # label's words around an aside, when they name a label that starts before it (not when the subject
                    # is the words before the aside already: 纠错决定(撤销、变更…)合计23件)
                    aside = self._label_around_aside(q, sentence, clause, subject)
                    if aside is not None:
                        rule, label_start, subject_start, subject = aside
                if rule is not None and kind == "percent" and subject.endswith(_SHARE_OF_SAID_WHOLE) \
                        and self._among_own_cases(rule, subject_start):
                    rule = None  # 败诉案件中,因程序违法败诉的占40%: a share of the losses
                if rule is not None and kind == "count" and metrics and readings \
                        and metrics[-1].quantity is readings[-1].quantity and metrics[-1].key != rule.key \
                        and readings[-1].sentence == sentence and clause > 0 and opener in PAUSES \
                        and _another_of_the_same(readings[-1].subject, subject, label_start):
                    rule = None  # 成功调解村级纠纷78件,镇级纠纷37件: a part of what the verb before counts
                if rule is not None and kind == "count" and readings and readings[-1].sentence == sentence \
                        and (rule.key, sentence) in self._stated and clause > 0 and opener in PAUSES \
                        and self._is_part(readings[-1].subject) \
                        and _another_of_the_same(readings[-1].subject, subject, label_start):
                    rule = None  # 办理公证事项3000件,其中国内公证事项2100件,涉外公证事项900件: the next part
                if rule is not None and kind == "count" and "级" in subject \
                        and _is_level_part(text, sentence, subject, subject_start, q_end):
                    self._level_parts[q_start] = (rule, subject_start + label_start, "")
                    rule = None  # 成功化解村级纠纷60件、镇级纠纷25件: one level's disputes, a part
                if rule is not None and rule.kind is not None and kind == "count" and (rule.key, sentence) in self._stated \
                        and (kind_tails is None or subject[-1:] in kind_tails) and rule.kind.search(subject) is not None:
                    rule = None  # 办理公证1200件,办理涉外公证300件: a kind of the whole said before it in its sentence
                if kind == "count" and not change and kinded and (kind_tails is None or subject[-1:] in kind_tails) \
                        and (of_kind := self._kind_part(q, said, quantities, subject, subject_start, rule)) is not None:
                    self._level_parts[q_start] = of_kind
                    rule = None  # 办理民事公证事项700件、经济公证事项1000件: one kind's acts, a part
                if rule is None and kind == "count" and not change and not subject and carried is not None \
                        and carried.rule is not None and carried.sentence == sentence \
                        and opener == "(" and readings[-1].quantity.end == clause - 1:
                    counted = _numerators().get(carried.rule.key)  # 直接纠错率8.75%(7件): the count the rate is of
                    if counted is not None and _unit_fits(counted, q) and not _said_in_sentence(metrics, counted.key, q):
                        rule, label_start = counted, 0
                elif rule is None and kind == "count" and not change and terms is not None and q_start == terms[1]:
                    # 出庭应诉率达98.6%(71/72): the count the rate is a share of, unless its label narrows the rate to a
                    # part (主要负责人出庭应诉率100%(5/5): of the principal heads, over what the label says not)
                    rate, rate_key = terms[2], terms[2].key or ""
                    of_whole = self.catalog.rule(_denominators()[rate_key])
                    if not any(word in text[rate.start:q_start] for word in _narrowers()[rate_key]) \
                            and not _said_in_sentence(metrics, of_whole.key, q):
                        rule, label_start = of_whole, len(subject)  # (its evidence the count, not the / before it)
                if rule is None and rate_label is None and not change and opener == ":" \
                        and kind in ("count", "percent", "ratio"):
                    # 法律援助案件:每年办理600件以上: the label before the colon, whatever the verb after it, but one
                    # its rule excludes (行政复议:依法撤销7件: an outcome of the cases, none received; the count's
                    # subject stays the words after the colon, where an outcome may be read as a part)
                    colon_start = clause_start(clause - 1)
                    colon_subject = text[colon_start:clause - 1]
                    colon_rule, colon_label = headline(q, said, colon_subject, colon_start)
                    if colon_rule is None or colon_rule.exclude is None or colon_rule.exclude.search(subject) is None:
                        rule, label_start, subject_start, subject = colon_rule, colon_label, colon_start, colon_subject
                        rate_label = rate_label_of(subject) if kind == "percent" else None
                if rule is None and kind == "ratio" and not change and "比" not in subject:  # (no ratio of its own)
                    rule, label_start, subject_start, subject = self._ratio_named_before(q, sentence, subject_start,
                                                                                         subject)
                if rule is None and rate_label is None and kind == "percent" and not change and metrics \
                        and metrics[-1].quantity is readings[-1].quantity \
                        and (subject in _SHARES_ALONE or self.catalog.rate_share.fullmatch(subject)):
                    # A share said right after a count (审结98件,纠错6件,占比6.1%): the rate that count is of,
                    # where the sentence, or the one a sentence opening with 其中 continues, has stated the total
                    # it is a share of (not 正职负责人出庭21件,占出庭总数的35%), or where the count's label and the
                    # share read as one label of that rate (负责人出庭应诉的87件,占诉讼案件的21.75%: 负责人出庭应诉的占
                    # 诉讼案件的, as 负责人出庭应诉案件占诉讼案件的21.75% would say it), or where the share names as its
                    # whole the cases the rate is of, wherever they were counted (…。纠正…的942件,占结案数的7.3%).
                    count_read = metrics[-1]
                    shared = _rates_of_counts().get(count_read.key or "")
                    if shared is not None and ((shared[1], sentence) in self._stated
                                               or (shared[1], self._whole_before(said)) in self._stated
                                               or _names_rate(shared[0], text[count_read.start:readings[-1].quantity.start]
                                                              + subject)
                                               or _share_names_whole(shared[1], subject)):
                        rule, label_start = shared[0], 0
                    elif count_read.key in _SHARES_OF_UNKEYED \
                            and (self.catalog.share_of_closed.fullmatch(subject) is not None
                                 or _share_of_whole_before(text, q, subject, readings)):
                        rule, label_start = self.catalog.rule(_SHARES_OF_UNKEYED[count_read.key]), 0
                if rule is None and kind == "count" and not change:
                    quota = target_before(subject)
                    if quota is not None:  # 下达法律援助案件任务数为268件: the label's target
                        rule, label_start = headline(q, said, subject[:quota.start()], subject_start)
                        if rule is None and (not without_connectors(subject[:quota.start()])
                                             or self.catalog.quota_set.search(text, clause, q_start) is not None
                                             or (_SHARE_DONE_OF.match(text, q_end) is not None and metrics
                                                 and metrics[-1].quantity is readings[-1].quantity)):
                            # 完成年度目标任务400件的130%: a quota of the count read right before it (not after a count
                            # of no key: 已完成其他事项数19141件,完成目标任务数29400件的65%)
                            rule = self._quota_rule(q, metrics)  # 年度任务数为450件: the paragraph's count's
                            label_start = quota.start()
                        planned = rule is not None
                if rule is None and rate_label is None and kind == "percent" and not change \
                        and (quota := target_before(subject)) is not None \
                        and (rate_label := rate_label_of(subject[:quota.start()])) is not None:
                    # 败诉率控制目标为8%: the rate's target
                    subject = subject[:quota.start()]
                    rule, label_start = headline(q, said, subject, subject_start)
                    planned = True
                if rule is not None and kind == "count" and not change and not planned \
                        and (self.catalog.quota_set.search(text, clause, q_start) is not None
                             or ((quota := target_before(subject)) is not None and label_start <= quota.start())):
                    # 确定2021年全市完成办理法律援助案件6275件: a quota set, no count done; 县法律援助中心年度目标任务为
                    # 300件: a label naming the task itself
                    planned = True
                if rule is None and kind in ("count", "percent", "ratio") and not change and q.unit not in bodies \
                        and opener == LIST_SEPARATOR and "分别" not in subject:
                    pieces = self._listed_before(clause)
                    joined = without_connectors(text[pieces[0][0]:q_start]) if pieces else ""
                    if joined and any(r.labels.search(joined) for r in _list_labels()):
                        # 办理国内民事、经济公证1023件: the nouns listed before the last share its label; a share's
                        # too (撤销、变更、确认违法和责令履行的占12.5%), and a ratio's (行政复议、行政诉讼案件比例为1.8:1)
                        rule, label_start = headline(q, said, joined, pieces[0][0])
                        if rule is not None:
                            subject_start, subject = pieces[0][0], joined
                if rule is not None and kind == "count" and not change and not respectively \
                        and (opener == LIST_SEPARATOR or _last_joined(subject)) \
                        and self._of_kinds_listed(q, sentence, clause, subject, subject_start, rule, opener):
                    rule = None  # 办理行政复议、行政应诉案件共计300件: all the kinds listed together, none of them alone
                # (a clause end, or the text's, right after the number holds no noun: not searched)
                cases_after = kind == "count" and q.unit in bodies and cases_after_body_word(text, q_end) is not None
                noun = _NOUN_AFTER.match(text, q_end, None, NOT_CONCURRENT) if kind == "count" and not change \
                    and (q.unit not in bodies or cases_after) and text[q_end:q_end + 1] not in _NOTHING_AFTER else None
                if noun is not None:  # 全年共有3件行政诉讼案件败诉: the label after the number, to the clause end
                    with_noun, noun_label = headline(q, said, subject + noun.group(), subject_start)
                    if with_noun is None and rule is None and noun.group().endswith(_AMONG_NOUN) \
                            and self._among_cases(said, noun.end() + 1):
                        cut = _NOUN_AFTER.match(text, q_end, noun.end() - 1)  # 在受理的151件行政复议案件中,
                        if cut is not None:
                            noun = cut
                            with_noun, noun_label = headline(q, said, subject + noun.group(), subject_start)
                    if with_noun is not None and (rule is None or with_noun.key == rule.key):
                        noun_end = noun.end()  # 办理了1750件法律援助案件: the noun is cited with the count
                        if rule is None:
                            rule = with_noun
                            label_start = noun_label if noun_label < len(subject) else q_start - subject_start
                if rule is not None and kind == "count" and q.unit in bodies and not cases_after \
                        and text[q_end:q_end + 1] not in _NOTHING_AFTER and _NOUN_AFTER.match(text, q_end) is not None:
                    rule = None  # 行政复议“三个百分百”工作法: 个 counts the noun run into it, not the cases named before
                if rule is not None and kind == "count" and text.find(_WHEN, q_end, q_end + _WHEN_HAN + 1) >= 0 \
                        and _WHEN_AFTER.match(text, q_end) is not None:
                    rule = None  # 办结2件行政复议案件时,发现…: the cases of the story told after, none of the year's
                rate_start = subject_start + len(subject) - len(rate_label or "")
                if rate_label is not None and rate_start == subject_start and text[rate_start - 1:rate_start] == "”" \
                        and (head := self.catalog.rate_quoted_head.match(text, rate_start,
                                                                          rate_start + len(rate_label))) is not None:
                    # “民告官”案行政机关一审败诉率: the quoted name's 案 opens the clause, not the label; so does a quoted
                    # plan's end (“十三五”末行政机关负责人出庭应诉率)
                    rate_label, rate_start = rate_label[head.end() - rate_start:], head.end()
                start = subject_start + label_start if rule else rate_start
                if rule is not None and rule.part is not None and start == clause:
                    start = self._parts_before(rule.part, clause)  # 撤销、变更、确认违法和责令履行44件
                if rule is None and kind == "count" and not change and as_read and not stripped \
                        and self.catalog.summed.search(as_read) is not None \
                        and (whole := self._whole_of_counts_before(q, sentence, readings, metrics)) is not None:
                    rule, start = whole  # 正职负责人出庭应诉12次、副职负责人出庭应诉30次,共计42次: their whole
                if respectively and rate_label is not None and text[rate_start - 1:rate_start] in _OTHERS_BEFORE_LABEL \
                        and (month := _MONTH_OPENING.match(rate_label)) is not None:
                    # 9月、10月败诉率分别为…: each value one listed month's, under the label without its month
                    rate_label, rate_start = rate_label[month.end():], rate_start + month.end()
                if rule is None and rate_label is None and kind == "percent" and not change \
                        and (named_after := _RATE_AFTER.match(text, q_end)) is not None:
                    rate_label = rate_label_of(named_after.group(1))
                    if rate_label is not None:  # 以98.6%的调解成功率位居…: its label after it
                        rule, _ = headline(q, said, named_after.group(1), named_after.start(1))
                        start = rate_start = q_start  # the figure and its label, cited together
                        noun_end = named_after.end()
                if rule is None and rate_label is None and kind == "percent" and not change \
                        and (before_label := self._values_before_label().get(q_start)) is not None \
                        and (rate_label := rate_label_of(before_label[1])) is not None:
                    # 从2021年的20.17%,到2022年的4.03%,再到2023年0.9%,全县行政诉讼败诉率…: each value the label's after them
                    rule, _ = headline(q, said, before_label[1], before_label[0])
                    start = rate_start = q_start  # the figure and its label, cited together
                    noun_end = before_label[0] + len(before_label[1])
                if rule is None and rate_label is None and kind == "percent" and not change \
                        and text[q_end:q_end + 1] not in _NOTHING_AFTER \
                        and (act := _NOUN_AFTER.match(text, q_end, None, NOT_CONCURRENT)) is not None:
                    # 行政机关负责人100%出庭应诉: the act whose share the percent is, run to the clause end (a rate's
                    # label that ends in its act, 出庭应诉; not a percent of things counted, 100%的行政争议)
                    rule, label_start = headline(q._replace(end=act.end()), said, subject + act.group(), subject_start)
                    if rule is not None:
                        start, noun_end = subject_start + label_start, act.end()
                if rate_label is None and kind == "percent" and not change and tables.grids:
                    heading = self._column_heading(q, tables)
                    if heading is not None:  # 县区|…|出庭率 above 城关区|…|86.63%
                        rate_start, rate_label = heading
                if rule is None and kind == "count" and not change and self._is_quota(q, said):
                    rule = self._quota_rule(q, metrics)  # 市局下达的1 100件目标任务: the paragraph's count
                    if rule is None and (task := self.catalog.target_after.match(text, q_end)) is not None:
                        # 提前完成全年300件法律援助目标任务, no count before: the task said after its count, read as
                        # said before it (…法律援助目标任务300件)
                        rule, _ = headline(q, said, subject + task.group(), subject_start)
                    start = q.start
                if rule is None and rate_label is None and kind == "percent" and not change and carried is not None \
                        and carried.rate_label and carried.sentence == sentence:
                    if self._part_subject(subject):
                        # …调解成功率98.5%,其中县级调解组织99.1%; 镇街调解成功率98%,村居99%: the part's value of the
                        # rate, under its label less the level it opens with
                        rate_start, rate_label = self._label_of_parts(carried.rate_start, carried.rate_label)
                    elif self._place_subject(subject) and self.catalog.rate_place_average.search(as_read) is None:
                        # …应诉率均为100%;太和县98.41%: the place's value of the rate (not 全市平均为97.3%, the average set
                        # beside it), its label less the place it opens with (甲县出庭应诉率98%,乙县97%: 出庭应诉率)
                        rate_start, rate_label = self._label_of_parts(carried.rate_start, carried.rate_label)
                        if self._own_call(subject):
                            # 全省…纠错率为11.2%,我市为13.5%: the report's own place by its call, the rate's headline
                            # value; so is it named as the whole's part (全市…出庭应诉率为92%,其中我县达到100%), and a
                            # town's by its own call in its report (全县…出庭应诉率为92%,其中我镇100%)
                            rule, _ = headline(q, said, rate_label, rate_start)
                            start = subject_start
                if rule is None and kind == "count" and not change and (above := self._last_above) is not None \
                        and above[1] == sentence and _unit_fits(above[0], q) and self._own_call(subject):
                    # 全市新收行政复议案件1300件,其中我县90件 (…,我县90件): the report's own part of its superior's whole,
                    # said by its call alone, is of the whole's key
                    rule, start = above[0], subject_start
            if kind == "percent" and not change and rate_label is not None and not (follow or listed) \
                    and assessed_before(text, subject_start, rate_start) is not None:
                planned = True  # 省定目标出庭应诉率90%以上, 考核要求调解成功率98%: the target an assessment sets
            if kind == "percent" and not change and (rule is not None or rate_label is not None) \
                    and (q.qualifier == _RANGE or _RATE_RANGE.match(text, q_end) is not None) \
                    and not as_read.endswith(_MOVED_FROM):
                rule = rate_label = None  # 在8%至16%之间, 为85%—100%: a spread of the rate, none of its values
            if one_month or one_month_reached or (keyed is not None and self._keyed_part_apart(keyed)):
                rule = None  # 由1月的92%上升至12月的98%: each one month's level, the rate kept, no year's headline figure
            # 由2022年的85%提高到96%: the year of 96% is said before the origin, not in it.
            year_from = dated_at if dated_at is not None else origin_at if follow and origin_at is not None else start
            # 到2025年,纠错率由2020年的9%提高到12%, 力争…由上年的85%提升至100%: the origin a planned rise starts from is the
            # level of the time it names, reached (outside a plan's part; not one of a year after the report's)
            reached = origin_at is not None and not follow \
                and (series_year is None or self.report_year is None or series_year <= self.report_year)
            # 确保败诉率(2023年为8%)降至6%以下: a level of the report's year or before, in a bracket after the label, is
            # what the target starts from, no target
            reached = reached or (keyed_after_label and target_bracketed is None and series_year is not None
                                  and self.report_year is not None and series_year <= self.report_year)
            # 指标\t2023年\t2024年 over 调解成功率\t97.2%\t98.5%: a cell read with its row's label as prose is dated by its
            # column's heading, and a column of targets (指标 | 目标值 | 完成值) makes its cells targets, as a cell read
            # alone is (_table_values)
            column_year, column_target = self._column_said(q, tables) if tables.grids else (None, False)
            series_year = series_year or column_year
            reading = self._read(q, said, subject, subject_start, series_year, year_from,
                                 target=True if planned or target_named or held_ahead or year_ahead or next_step
                                 or future_said or column_target
                                 or target_bracketed is not None
                                 else False if achieved or before_label or reached else None)
            if held_ahead:
                reading.year = None  # (…,今后保持在98%以上: a level for the years to come, of no one year)
            elif next_step:
                reading.year = self._year_planned_ahead()
            elif origin_at is not None and undated_origin and not follow:
                # 由85%提高到92%: 85% was the level some time before, the text says not when; the level a planned rise
                # starts from (力争…由85%提高到95%) is no target
                reading.year, reading.target = None, False
            elif follow and series_year is None \
                    and self._goes_on(q_end, quantities[following].start if following < len(quantities) else len(text)):
                reading.year = None  # 由85%提高到92%,再提高到100%: 92% was the level some time between; 100% is the year's
            readings.append(reading)
            if change:
                origin_said = readings[-2] if carried is not None and carried.origin is not None \
                    and carried.sentence == sentence and len(readings) > 1 \
                    and readings[-2].quantity.end in (subject_start, subject_start - 1) and self._said_change(subject) \
                    and readings[-2].subject_start <= carried.origin < readings[-2].quantity.start else None
                if origin_said is not None:
                    # 纠错率较上年的15%下降3.8个百分点,为11.2%: a change right after the level compared with, its verb
                    # alone, is of that level's label
                    changed = (sentence, origin_said.subject_start, origin_said.subject)
                else:
                    tail = _CHANGE_TAIL.search(subject)
                    changed = (sentence, subject_start,
                               subject[:tail.start()] if tail else _before_change_word(subject, change_words))
            elif kind == "points" and (gap := self.catalog.rate_average_gap.search(
                    written := text[subject_start:q_start])) is not None:
                # 纠错率较全市平均水平高2个百分点,为14.5%: a gap from another area's average, or from the year before
                # said bare (较上年高2个百分点), no level; the figure after it is the label's level, as after a change (the
                # subject as written: 平均 is a connector)
                changed = (sentence, subject_start, written[:gap.start()])
            elif kind == "points" and opener == ")" \
                    and (averaged := self._label_set_against_average(clause, q_start)) is not None:
                # 调解成功率比全市平均(95%)高3个百分点,达98%; 纠错率低于全省平均(12%)2个百分点,为10%: a gap from the
                # average in the bracket before, no level; the figure after it is the level of the label before the
                # average, as after a gap from an average said bare (below)
                changed = (sentence, *averaged)
            elif kind == "points" and opener == ")" and len(readings) > 1 and readings[-2].sentence == sentence \
                    and readings[-2].quantity.end == clause - 1 and readings[-2].quantity.kind == "percent" \
                    and self.catalog.rate_gap_said.fullmatch(text, clause, q_start) is not None:
                # 调解成功率较省定目标(95%)高出3.6个百分点,达98.6%; 较上年(95%)高…: a gap from the figure in the bracket
                # before, no level; the figure after it is the level of that figure's label, as after a change
                changed = (sentence, readings[-2].subject_start, readings[-2].subject)
            elif kind == "count" and q.qualifier == "at_least" and following < len(quantities) \
                    and quantities[following].kind == "count" and quantities[following].unit == q.unit \
                    and (rule is not None or (passed := _FIRST_PASSED.search(subject)) is not None):
                # 受理矛盾纠纷突破1万件,达10235件; 1万余件,共计10235件: a mark the count passed, then the count itself
                # with connectors alone, as after a change (read below), the same label's; the bound restated goes
                # (_without_bounded_restatements). A mark passed for the first time is no count (受理量首次突破1万件: the
                # catalog's connector keeps the adverb), the count after it is the label's before the adverb.
                changed = (sentence, subject_start,
                           subject[:passed.start()] if rule is None and passed is not None else subject)
            if rule is not None:
                metrics.append(reading.found(rule.key, rule.label, rule.unit, start, rule.inverse))
                if noun_end is not None:
                    metrics[-1].end = noun_end
                self._stated.add((rule.key, sentence))
                self._last_stated[rule.key] = sentence
                self._keys_stated.setdefault(rule.key, q_start)
                if q_start not in self._shares:
                    self._wholes.setdefault(rule.key, []).append(reading)
            if rate_label is not None:
                rates.append(reading.found(None, rate_label, "%", rate_start))
                if noun_end is not None:
                    rates[-1].end = noun_end
            if follow or listed:
                if listed and carried is not None and carried.listing is not None:
                    carried.listing.append((metrics[-1] if rule else None, rates[-1] if rate_label else None, reading))
                elif (keyed is not None and kind in ("count", "percent") and carried is not None and leading is carried
                        and opener == LIST_SEPARATOR and "分别" in as_read) or (each_of_total and carried is not None):
                    # …办理法律援助案件600件,2021年、2022年分别为500件、550件 / 调解成功率为99%,2021年、2022年分别为97%、98% /
                    # 2021年至2023年,…共受理…3120件,分别为998件、…: the label's values for the years listed or spanned,
                    # dated by the list (_date_list), not the first by the last year
                    carried.listing = [(metrics[-1] if rule else None, rates[-1] if rate_label else None, reading)]
                continue
            labels: list[tuple[int, str]] = []
            parts: list[tuple[MetricRule, int, str]] = []  # the kinds labels name, one each (_Carried.parts)
            # the noun the verbs of a 分别 list share (受理、调结矛盾纠纷分别为…: 矛盾纠纷), and the list's words
            shared_noun = listed_words = ""
            # 新收、审结行政复议案件245件、230件: as many counts joined after labels listed as there are labels, one each,
            # as after 分别
            values_joined = self._joined_after(quantities, following, q_end) \
                if not respectively and rate_label is None and kind == "count" and not change else 1
            # 行政复议、行政诉讼案件各2件, …均为1件: one count every label listed before it has (_each), read label by label
            # as the values of a 分别 list are, each label the same value
            # (not asked of a label run into its number, as most are: no connector says 均 there)
            one_for_all = kind == "count" and subject_start + len(subject) < q_start and bool(subject) \
                and values_joined == 1 and not respectively and rate_label is None and not change \
                and self._each(q, subject, subject_start)
            if one_for_all:
                self._shared_counts.add(q_start)
            each = respectively or values_joined > 1 or one_for_all
            named = self._listed_before(clause) if each and rate_label is None and kind == "count" \
                and opener == LIST_SEPARATOR else []  # 受理法律援助案件、办理公证分别为1200件、5600件
            # (甲镇和乙镇调解纠纷分别为…: the places joined, the first before the joiner)
            places_joined = _last_joined(subject) \
                if (respectively or one_for_all) and not named and rate_label is None and kind == "count" else None
            if places_joined is not None and self._is_place(places_joined.group(1)):
                named = [(subject_start, places_joined.group(1))]
            if named and (any(self._is_place(piece) for _, piece in named)
                          or any(subject.startswith(_RESPECTIVELY, m.end())
                                 for m in self.catalog.places_counted.finditer(subject))
                          or self._levels_listed(named, subject)):
                # 甲县、乙县分别受理…, 甲镇和乙镇…分别为, 甲、乙两地分别…, 县级、乡镇级、村级调解组织分别…: each place's or
                # level's figure, none the report's own
                if rule is not None:
                    metrics.pop()
                    if self._levels_listed(named, subject):
                        # (each level's count a part of the key's, which _levels_summed adds up, cited from the first)
                        self._level_parts[q_start] = (rule, named[0][0], "")
                        labels = [*named[1:], (subject_start, subject)]
                        parts = [(rule, piece_start, "") for piece_start, _ in labels]
                rule = None
                self._subjects_listed[sentence] = (named[0][0], (True,) * (len(named) + 1), True)
            elif each and rate_label is None and kind == "count" and not (
                    # 县法律援助中心、县公证处分别办理法律援助案件300件、公证事项1200件: each value after its own label
                    respectively and (next_label := _LABELLED_NEXT.match(text, q_end)) is not None
                    and not self._generic_alone(next_label.group(1))) \
                    and (named or (last_two := _last_joined(subject)) is not None):
                if named:
                    last_two = _last_joined(subject)  # 调解、排查和预防纠纷量分别为: 排查, then 预防纠纷量
                who_named = False  # whether bodies listed before the labels name who (their last run into the first)
                if named and respectively:
                    # 法律援助中心、公证处办结援助案件、公证事项分别为a、b: more pieces than values, the first
                    # pieces name who (bodies listed), the label list being the last pieces, one per value
                    stop = _LIST_STOP.search(text, q_start)
                    values = len(_VALUE_JOINS.findall(text, q_start, stop.start() if stop else len(text))) + 1
                    surplus = len(named) + (2 if last_two else 1) - values
                    if values > 1 and surplus > 0:
                        named, who_named = named[surplus:], True
                # 调解矛盾纠纷和办理法律援助案件分别为1200件、300件: the first value the first label's
                pieces = named + ([(subject_start, last_two.group(1)), (subject_start + last_two.end(),
                                                                       subject[last_two.end():])]
                                  if last_two else [(subject_start, subject)])
                if not respectively and not one_for_all and len(pieces) != values_joined:
                    pieces = pieces[-1:]  # (labels and values not one for one: no list of each label's value)
                kinds = self._kinds_listed(pieces) if len(pieces) > 1 else None
                if kinds is not None:
                    # 刑事、民事法律援助案件分别为230件、330件: each value one kind's, a part, none the key's figure
                    if rule is not None:
                        metrics.pop()
                    rule = None
                    if not one_for_all:  # (刑事、民事法律援助案件各200件: no part counted twice)
                        labels, parts = pieces[1:], kinds[1:]
                        self._level_parts[q_start] = kinds[0]
                elif len(pieces) > 1 and self._disputes_by_kind(pieces):
                    # 调解婚姻家庭、邻里、土地纠纷分别为300件、200件、100件: each kind's share, none the year's figure
                    if rule is not None:
                        metrics.pop()
                    rule = None
                elif len(pieces) > 1:
                    if rule is not None:
                        metrics.pop()
                    (first_start, first_label), labels = pieces[0], pieces[1:]
                    # (not where the first label has the last body named run into it: 公证处调解矛盾纠纷 is the
                    # office's name, then the label, no notaries' mediation)
                    others = () if who_named else tuple(self._names_other_mediators(piece) for _, piece in pieces)
                    if any(others):
                        self._subjects_listed[sentence] = (first_start, others, False)
                    # 新收、审结行政复议案件分别为…, 受理和调结矛盾纠纷分别为…: a verb first, of the noun the last
                    # label's verb is of
                    shared_noun = self._noun_for_verb(first_label, labels[-1][1])
                    listed_words = text[first_start:subject_start + len(subject)] if shared_noun else ""
                    rule, label_start = headline(q, said, first_label + shared_noun, first_start, listed_words)
                    if rule is None and not shared_noun and respectively:
                        rule, label_start = self._listed_body(q, said, first_label, first_start, labels[-1][1])
                    if others and self._other_mediators_listed(rule, first_label):
                        rule = None  # 行政调解、人民调解分别调处纠纷200件、300件: the agencies' mediation, not the area's
                    if rule is not None:
                        label_start = label_start if label_start < len(first_label) else 0
                        metrics.append(reading.found(rule.key, rule.label, rule.unit, first_start + label_start))
            elif rate_label is not None:
                after = subject_start + len(subject)
                all_listed = text.find(_ALL_SAID, after, q_start) >= 0 \
                    and _ALL_LISTED.search(text, after, q_start) is not None
                siblings = self._sharing_labels(label_clause, subject_start, subject, all_listed, told,
                                                self._each(q, subject, subject_start))
                listing = respectively or told > 0  # (values of the labels listed, each its own)
                elided = self._elided_rate(subject_start, subject, listing)
                if elided is not None and listing:
                    siblings.append(elided)  # 满意和比较满意率分别为90.2%、8.1%: 满意率 the first value's
                elif elided is not None:
                    # 满意及基本满意率达99%, 网办、掌办率均达100%: one rate, its label as written from the first word
                    rate_start = rates[-1].start = elided[0]
                    rate_label = rates[-1].label = text[rate_start:subject_start + len(subject)]
                elif not listing and text[rate_start - 1:rate_start] in _OTHERS_BEFORE_LABEL \
                        and not any(label.endswith("率") for _, label in siblings) \
                        and self._degree_listed(label_clause, subject_start, rate_start) is None \
                        and (in_part := self._label_in_part(rate_label, rate_start)) is not None:
                    # 行业性、专业性和派驻调解组织规范化率达100%: one rate of the words listed, its label as written from
                    # the first; 甲县、乙县出庭应诉率均为100%: each place's, the label after the places
                    rate_start, rate_label = rates[-1].start, rates[-1].label = in_part
                if respectively and not siblings and (bracketed := self._rates_named_after(q_start, rate_label)):
                    # “三率”分别为100%、98.5%、99.2%(排查率、化解率、调解成功率): each value the rate bracketed after
                    # the list in its place, cited from the name the rates go by
                    labels = [(rate_start, name) for name in bracketed[1:]]
                    rate_label, rule = self._relabel(q, (rate_start, bracketed[0]), reading, metrics, rates,
                                                     rule is not None)
                elif respectively and (listed_degree := self._degree_listed(label_clause, subject_start, rate_start)):
                    # 知晓率、满意度和参与率分别为91%、93%、88%: the degree listed before the label has the value in its
                    # place, which no rate takes
                    degree_start, degree_clause = listed_degree
                    if degree_clause != label_clause:  # (满意度、参与率: the rates listed before the degree's clause)
                        siblings = self._sharing_labels(degree_clause, degree_start, text[degree_start:label_clause - 1])
                    listed_labels = [*siblings, (degree_start, text[degree_start:rate_start].rstrip("和及与以、")),
                                     (subject_start, subject)]
                    labels = listed_labels[1:]
                    rate_label, rule = self._relabel(q, listed_labels[0], reading, metrics, rates, rule is not None)
                elif respectively and siblings:  # 优秀率、合格率分别为31.2%、96.5%: one label each, in order
                    labels = siblings[1:] + [(subject_start, f"{subject}({narrowing})" if narrowing else subject)]
                    rate_label, rule = self._relabel(q, siblings[0], reading, metrics, rates, rule is not None)
                elif respectively and (text[rate_start - 1:rate_start] in _OTHERS_BEFORE_LABEL
                                       or self._levels_opening(rate_label) is not None):
                    # 行业性、专业性和派驻调解组织规范化率分别为…: the values are of labels written in part, not of the
                    # label read: none is emitted; 甲县、乙县出庭应诉率分别为…: of places, each under the label after
                    # the places, none the report's own headline value; so of levels counted together before the
                    # label (县乡村三级调解组织调解成功率分别为…: each level's)
                    rates.pop()
                    if rule is not None:
                        metrics.pop()
                    rule = None
                    rate_label, rate_start = self._label_of_places(clause, subject_start, rate_label, rate_start)
                    if rate_label is not None:
                        rates.append(reading.found(None, rate_label, "%", rate_start))
                else:
                    for sibling_start, sibling in siblings:
                        self._emit_sibling(q, sibling, sibling_start, reading, metrics, rates)
                if respectively and degree is not None:
                    labels.append((subject_start + degree.start(1), degree.group(1)))
            if change and kind in ("points", "percent") and not (rule or rate_label or labels) and carried is not None \
                    and carried.sentence == sentence and carried.kind == "percent" and not carried.listing \
                    and "率" not in subject:
                # 纠错率为12.5%,同比提高2.1个百分点(同比提高2%),力争明年达到15%: the rate's change, the rate still spoken of (not
                # another rate's, named with it: …;败诉率较上年下降5.3个百分点,降至11.6%)
                continue
            if carried is not None and carried.listing:
                self._date_list(carried)
            carried = _Carried(rule, rate_label, rate_start, clause, sentence, kind, labels,
                               [(metrics[-1] if rule else None, rates[-1] if rate_label else None, reading)]
                               if (rule or rate_label or labels) and (respectively or labels) else None, origin_at, shared_noun,
                               listed_words, parts) \
                if rule or rate_label or labels else None
            if carried is not None and carried.listing is not None and rule is not None and each and not labels \
                    and self._apart_in_list(sentence, clause, 0, rule, q_end):
                # 行政调解组织、人民调解组织分别…,调解成功率分别为96%、98.5%: the first value the first subject's,
                # another body's; the list's label stays for the values after it
                metrics.pop()
                carried.listing[0] = (None, *carried.listing[0][1:])
            if one_for_all and carried is not None:
                # (the labels after the first, where the first names a key: else the list names units, 甲、乙两地均…,
                # or bodies, each one's count)
                while rule is not None and carried.labels and carried.listing is not None:
                    listed_rule, _, listed_start, _ = self._next_label(q, said, "", carried)
                    if listed_rule is not None:
                        metrics.append(reading.found(listed_rule.key, listed_rule.label, listed_rule.unit, listed_start))
                        carried.listing.append((metrics[-1], None, reading))
                        self._stated.add((listed_rule.key, sentence))
                carried.labels.clear()
            if carried is not None:
                kept[kind] = (carried, reading)
        if carried is not None and carried.listing:
            self._date_list(carried)
        if self._named_after:  # (“三率”分别为100%、98.5%(排查率、化解率): each value cited with the names)
            for found in (*metrics, *rates):
                if found.quantity is not None and found.quantity.start in self._named_after:
                    found.end = self._named_after[found.quantity.start]
        if tables.grids:
            cells, cell_rates = self._table_values(quantities, tables, {m.end for m in metrics})
            metrics += cells
            rates += cell_rates
        if self._shares:
            metrics = self._without_shares_before_wholes(metrics)
        if self._examples:
            metrics = self._without_examples_beside_wholes(metrics)
        metrics = self._without_months_to_date_beside_years(metrics)
        if self._year_parts:
            metrics = self._without_year_parts_beside_years(metrics)
        if self.level is None:
            metrics = self._without_wider_beside_own(metrics)
        if self._displaced:  # a total that a newly received part follows holds the cases carried over
            displaced = self._displaced
            metrics = [m for m in metrics if m.key is None or m.start >= displaced.get((m.key, m.sentence), -1)]
        metrics = self._without_admitted(metrics)
        share_of_whole, whole_keys = self.catalog.share_of_whole.match, self.catalog.whole_keys
        metrics = [m for m in metrics if m.key not in whole_keys or m.derived or share_of_whole(text, m.end) is None
                   or self._completion_share(m.key, m.end)]
        # 办理行政复议案件186件(含上年结转14件): the cases to be heard in the year, none received in it
        carried_over, intake_keys = self.catalog.holds_carried_over.match, self.catalog.intake_keys
        metrics = [m for m in metrics if m.key not in intake_keys or m.derived or carried_over(text, m.end) is None
                   or any(word in text[m.start:m.end] for word in self.catalog.closing_words)]
        if any(m.key in self.catalog.appeals_keys and not m.derived for m in metrics):
            metrics = [m for m in metrics if m.key not in self.catalog.appeals_keys or m.derived
                       or not self._split_with_appeals(m)]
        metrics = self._without_restated(metrics)
        if _ABOUT_WORD in text:
            metrics = _without_rounded(metrics, text, lambda a, b: a.key == b.key and a.key is not None)
        metrics = _without_bounded_restatements(metrics, text)
        metrics += self._years_sharing(metrics)
        metrics += self._zeros(metrics, rates)
        if _NAUGHT in text:
            self._naught_rates(metrics, rates)
        counts = [reading for reading in readings if reading.quantity.kind == "count"]
        # The counts' subjects joined: what no subject says names no part of a whole, one look at them all for each rule
        # (most reports list none).
        subjects = "".join([r.subject for r in counts])
        metrics += self._all_of(metrics, counts, subjects)
        metrics = self._joined_parts_summed(readings, subjects, metrics)
        metrics += self._sums_of_parts(counts, subjects, metrics)
        if self._level_parts:
            metrics += self._levels_summed(readings, metrics)
        title_end = self._title_line[1]
        if title_end > 0 and any(m.start < title_end for m in metrics):  # (a text with no title line: none is)
            metrics = _restated_after_title(metrics, title_end, self.text)
        for page in self.catalog.others_pages:
            if any(m.key in page.keys for m in metrics) and self._of_another_body(page, metrics):
                metrics = [m for m in metrics if m.key not in page.keys]
        rates = _distinct_rates(rates, self.text, self.catalog)
        if _ABOUT_WORD in text:
            # (among the rates only one said with no label of its own, the precise one's carried over it: 纠错率12.2%,
            # 约为12%; a rate written with its label is one of its own, 纠错率12.2% … 纠错率约为12%)
            rates = _without_rounded(rates, text, lambda precise, about: about.start <= precise.start
                                     and about.quantity is not None and precise.end <= about.quantity.start)
        return metrics, rates, readings

    def _split_with_appeals(self, m: Found) -> bool:
        """Whether a count of lawsuits its sentence says of no instance (以区政府为被告的行政诉讼案件共373件) is split after
        it, to the end of its paragraph or of the one after, by the courts its cases went to, naming a court above a
        basic one or a retrial (…区法院164件,三中院80件,高院40件,另有提起审判监督14件): appeals are among it."""
        text = self.text
        if _FIRST_INSTANCE in text[m.sentence:m.end]:
            return False
        line_end = self._line_break_from(m.end)
        end = line_end if line_end == len(text) else self._line_break_from(line_end + 1)
        # The last search, kept: a later count of the same stretch before the split it found, or after where a search
        # found none, has the same answer (a paragraph of such counts, or a text without line breaks, is read once).
        searched_from, searched_to, split = self._appeals_searched
        if not (searched_to == end and searched_from <= m.end and (split < 0 or split >= m.end)):
            found = self.catalog.appeals_split.search(text, m.end, end)
            split = -1 if found is None else found.start()
            self._appeals_searched = m.end, end, split
        return split >= 0

    def _line_break_from(self, at: int) -> int:
        """The first line break at or after `at`, or the text's end: the last one found is kept, and asked from an
        offset between where it was looked for and it, it is the answer (a text without line breaks is read once)."""
        asked, found = self._break_found
        if not asked <= at <= found:
            found = self.text.find("\n", at)
            found = len(self.text) if found < 0 else found
            self._break_found = at, found
        return found

    def _of_another_body(self, page: OthersPageRule, metrics: list[Found]) -> bool:
        """Whether the page gives its figures of `page.keys` as another body's than the area's services (the catalog's
        [[quantities.others_page]]): its head, before the first of those figures, names that body (罗湖区劳动人事争议
        仲裁院…; 走进…派出所的调解室…), before the first of those figures (a place's above the area's too: 据司法部统计,全国
        调解纠纷…, the lead over), in its own role, not only as the area's partner (联合…法院, 依托镇综治中心), and the
        page nowhere says the area's own service (人民调解) but listed beside others, nor gives one of those figures on a
        town's own scope (2022年,全镇…共调处…). A page that gives the area's figures first (全年化解纠纷2750件,通过派出所驻所
        调解室…) is the area's."""
        head = min([_OTHERS_HEAD] + [m.start for m in metrics if m.key in page.keys]
                   + [start for key, start in self._above.items() if key in page.keys])
        text = self.text
        if not any(not self._named_as_partner(page, m.start(), m.end())
                   for m in page.subject.finditer(text, 0, head, concurrent=NOT_CONCURRENT)):
            return False  # (a body named as the area's partner alone opens no page of its own)
        return page.own.search(text, 0, None, NOT_CONCURRENT) is None \
            and (page.scope is None
                 or not any(self._in_town_scope(page, page.scope, m) for m in metrics
                            if m.key in page.keys and m.quantity is not None))

    def _named_as_partner(self, page: OthersPageRule, start: int, end: int) -> bool:
        """Whether the body named at text[start:end] in a page's head is the area's partner (the page's `partner`):
        after a partner's word in its clause (联合新北区人民法院, 依托镇综治中心) or listed before another (派出所、司法所)."""
        if page.partner is None:
            return False
        text = self.text
        return text[end:end + 1] == LIST_SEPARATOR \
            or page.partner.search(text, after_last_pause(text, max(0, start - _MAX_SUBJECT), start), start) is not None

    def _in_town_scope(self, page: OthersPageRule, scope: regex.Pattern, m: Found) -> bool:
        """Whether a clause of the figure's sentence before it opens on a town's own scope (全镇, 我街道, or `scope`, the
        page's: 镇村两级), a time before it allowed, with no body of the page's subjects between: the town's figure."""
        text = self.text
        said = text[m.sentence:m.start]
        for opened in _town_scope(scope).finditer(said):
            if page.subject.search(said, opened.end()) is None:
                return True
        return False

    def _without_restated(self, metrics: list[Found]) -> list[Found]:
        """The metrics but a count said again to name what the sentence goes on about (审结复议案件140件,对审结的140
        件案件,…; 受理151件。上述151件…): the same key, value and year as one of its sentence or the one before, the
        number after 的, 上述 or 这; or as anywhere before in the report, the number ending a clause that names the
        cases the sentence sorts (新受理的行政复议151件中,…). So too a rate held over a run of years (its sentence saying
        one before the figure) after its level of the same key, value and year in its sentence, the one before on its
        line or the paragraph before (出庭应诉率为100%,连续三年保持100%; 连续第三年实现出庭应诉率100%). The first
        statement is the evidence."""
        text, kept = self.text, []
        last: dict[tuple[str, float, int | None, bool], int] = {}  # (key, value, year, target) -> its last sentence
        levels: dict[tuple[str, float, int | None, bool], Found] = {}  # the same of a rate -> its last statement
        for m in metrics:
            q = m.quantity
            if m.key is not None and q is not None and m.unit == "%":
                said = (m.key, m.value, m.year, m.target)
                level = levels.get(said)
                levels[said] = m
                if level is not None and level.end <= q.start \
                        and level.sentence in (m.sentence, self._before_on_line(m.sentence),
                                               self._paragraph_before(m.sentence)) \
                        and _RUN_OF_YEARS.search(text, max(level.end, m.sentence), q.start) is not None:
                    continue
            if m.key is not None and q is not None and m.unit == "count":
                said = (m.key, m.value, m.year, m.target)
                before = last.get(said)
                last[said] = m.sentence
                if before is not None and (
                        (text.find("中", q.end, q.end + _AMONG_COUNTED_REACH) >= 0
                         and _AMONG_COUNTED.match(text, q.end) is not None)
                        or text[q.start - 1:q.start] in _RESTATED_LAST
                        and _RESTATED.search(text, max(0, q.start - 2), q.start) is not None
                        and (before == m.sentence or self._before_on_line(m.sentence) == before)):
                    continue
            kept.append(m)
        return kept

    def _without_admitted(self, metrics: list[Found]) -> list[Found]:
        """The metrics but the count admitted after review where its year's received count of the key is given too
        (共收到行政复议申请469件,经审查后受理430件: the 430 are a subset of the 469), in either order; 受理 said alone
        stays the received count. So too the applications a key's cases came from, beside a received count of those
        cases (受理法律援助申请498件,指派法律援助案件486件: the 486 are the cases)."""
        intakes = _intakes()
        # each count of a key counted at intake, with its intake's words and whether its label says what was admitted
        counted = [(m, intake, self._admitted_said(m, intake.admitted)) for m in metrics
                   if (intake := intakes.get(m.key or "")) is not None]
        received_counts = [(m, intake) for m, intake, admitted in counted
                           if not admitted and self._received_words_said(m, intake.received)]
        if not received_counts:
            counted, received_counts = self._applications_received(counted)
        if not received_counts:
            return metrics
        received = {(m.key, m.year, m.target) for m, _ in received_counts}
        cases = {(m.key, m.year, m.target) for m, intake in received_counts
                 if intake.applied and not self._admitted_said(m, intake.applied)}
        given_way = set()
        for m, intake, admitted in counted:
            scope = (m.key, m.year, m.target)
            if (scope in received and admitted) or (scope in cases and self._admitted_said(m, intake.applied)):
                given_way.add(id(m))
                self.given_way.append(m)
        return [m for m in metrics if id(m) not in given_way] if given_way else metrics

    def _applications_received(self, counted: list[tuple[Found, Intake, bool]]) \
            -> tuple[list[tuple[Found, Intake, bool]], list[tuple[Found, Intake]]]:
        """The counts of a key's intake (_without_admitted: each with its intake's words and whether it says what was
        admitted) with those of the applications received (受理行政复议申请56件: Intake.applications) no more admitted,
        and those counts, the received ones: each where a count of the key in its sentence says what was admitted of
        them (依法受理52件)."""
        applications = {id(m) for m, intake, _ in counted
                        if intake.applications and self._admitted_said(m, intake.applications)
                        and any(admitted and other.key == m.key and other.sentence == m.sentence
                                and not self._admitted_said(other, intake.applications)
                                for other, _, admitted in counted)}
        if not applications:
            return counted, []
        return ([(m, intake, admitted and id(m) not in applications) for m, intake, admitted in counted],
                [(m, intake) for m, intake, _ in counted if id(m) in applications])

    def _admitted_said(self, m: Found, admitted: tuple[str, ...]) -> bool:
        """Whether the count's label says what was admitted: it opens with such a word (审结一审行政案件18件) or holds
        one after the cases it names (一审行政诉讼案件已审结16件), or the word stands right before it, the label read
        from the cases it names (办结法律援助案件465件)."""
        text = self.text
        return any(text.find(word, m.start, m.end) >= 0 for word in admitted) or text.endswith(admitted, 0, m.start)

    def _received_words_said(self, m: Found, received: tuple[str, ...]) -> bool:
        """Whether the count's label holds a word of what was received (受理矛盾纠纷, 调解组织共受理矛盾纠纷: the body whose
        intake it is may open it) or its clause says one before the label (共收到以各镇为被申请人的行政复议案件35件: the
        label is 行政复议案件), as far back as a subject reaches. Asked of a label saying nothing of what was admitted."""
        text = self.text
        clause = after_last_pause(text, max(m.sentence, m.start - _MAX_SUBJECT), m.start)
        return any(text.find(word, clause, m.end) >= 0 for word in received)

    def _years_sharing(self, metrics: list[Found]) -> list[Found]:
        """The figure of each other year listed before a figure that 均 says they all have (2022年、2023年均为100%;
        2022年和2023年全县…出庭应诉率均达到100%): read for the last year listed, it is the others' too, each a fact
        of its own year. Not a 分别 list (each year its own value) nor a span (2021年至2023年)."""
        text, found = self.text, []
        for m in metrics:
            q = m.quantity
            if m.derived or q is None or m.year is None or text.find("均", m.sentence, q.start) < 0:
                continue  # (most figures: no 均 before them in their sentence)
            listed = self._years_share(m.sentence, q.start)
            if listed is None:
                continue
            years = [int(year) for year in listed.captures(1) + listed.captures(2)]
            if years[-1] == m.year:
                found += [dataclasses.replace(m, year=year) for year in years[:-1]]
        return found

    def _zeros(self, metrics: list[Found], rates: list[Found]) -> list[Found]:
        """Values stated without a number: 零败诉, 无一败诉 say 0; not where the report counts that key for that
        year (败诉12件 …; 复议后起诉的案件暂无败诉: a part's zero). A rate said so (败诉率为零) goes to `rates` too."""
        counted: set[tuple[str | None, int | None, bool]] | None = None  # gathered at the first zero said
        found = []
        said: set[tuple[str, int]] = set()  # one zero a sentence (全部胜诉,均未败诉: one 0 said twice)
        end = self.outline.page_tail
        for rule, zero, ends, words in _zero_phrases():
            if not _may_hold(ends, self.text, 0, end):
                continue  # (零: a report saying no 零 says no 败诉率为零; one saying no 败诉, no 零败诉 nor 未发生…败诉案件,
                # is searched nowhere: no word is found to search around)
            for m in _matches_near_words(zero, words, self.text, end):
                sentence = self.outline.sentence_start(m.start())
                mark = self.text.find("率", m.start(), m.end()) if rule.unit == "%" else -1
                if ((rule.key, sentence) in self._stated and mark < 0) or (rule.key, sentence) in said:
                    continue  # a part's zero (以市政府为被告的案件147件,无败诉案件) after the whole's figure
                q = Quantity(start=m.start(), end=m.end(), num_start=m.start(), num_end=m.end(), value=0.0,
                             unit=None, kind="count", qualifier=None, low=None, high=None, change=None,
                             ratio_to=None)
                reading = self._read(q, self._sentence_at(sentence), "", m.start(), None, m.start())
                if mark >= 0:  # a rate said to be naught in words (败诉率为零): a rate stated, its label as written
                    # (行政诉讼败诉率为零: the clause's label up to the phrase's 率, the phrase opening within it)
                    written = self._naught_label(mark) if self.text[m.start()] != _NAUGHT else None
                    label, start = written[2:] if written is not None and written[3] <= m.start() \
                        else (self.text[m.start():mark + 1], m.start())
                    rates.append(reading.found(None, label, "%", start))
                    if (rule.key, sentence) in self._stated:
                        continue
                if counted is None:
                    counted = {(f.key, f.year, f.target) for f in metrics if f.value}
                if (rule.key, reading.year, reading.target) not in counted:
                    found.append(reading.found(rule.key, rule.label, rule.unit, m.start()))
                    said.add((rule.key, sentence))
        return found

    def _naught_rates(self, metrics: list[Found], rates: list[Found]) -> None:
        """Add the rates said to be naught in words ([rates] zero right after a label's 率: 再犯罪率为零, 差错率保持为零)
        that no headline key's zero phrase read (败诉率为零): each its label's level 0, as 差错率为0 is read, and so each
        rate listed before it sharing the naught (执法案卷差错率、行政诉讼败诉率均为零) with its headline metric, as
        差错率、败诉率均为0 is read."""
        text, zeros = self.text, {r.start for r in rates if r.value == 0}
        at = text.find(_NAUGHT)
        while at >= 0:
            mark = text.rfind("率", max(0, at - _NAUGHT_REACH), at)
            said = self.catalog.rate_zero.match(text, mark + 1) if mark >= 0 else None
            written = self._naught_label(mark) if said is not None and said.end() > at else None
            if said is not None and written is not None:
                clause, subject, label, start = written
                q = Quantity(start=start, end=said.end(), num_start=at, num_end=at + 1, value=0.0, unit="%",
                             kind="percent", qualifier=None, low=None, high=None, change=None, ratio_to=None)
                sentence = self.outline.sentence_start(start)
                reading = self._read(q, self._sentence_at(sentence), "", start, None, start)
                if start not in zeros:
                    # (行政诉讼败诉率保持为零: with its headline metric, where the key's zero phrases, 为零 alone, read none;
                    # not where the report gives the key's figure of that year, as _zeros reads: …败诉率为3.2%。县政府本级
                    # 败诉率保持为零, a part's)
                    stated = len(metrics)
                    self._emit_sibling(q, subject, clause, reading, metrics, rates)
                    if len(metrics) > stated and any(m.value and (m.key, m.year, m.target) == (
                            metrics[-1].key, metrics[-1].year, metrics[-1].target) for m in metrics[:stated]):
                        del metrics[-1]
                for sibling_start, sibling in self._sharing_labels(clause, start, label):
                    subject = _narrowed(sibling)[0]
                    listed = self._rate_label(subject)
                    if listed is not None and sibling_start + len(subject) - len(listed) not in zeros:
                        self._emit_sibling(q, sibling, sibling_start, reading, metrics, rates)
            at = text.find(_NAUGHT, at + 1)

    def _naught_label(self, mark: int) -> tuple[int, str, str, int] | None:
        """(where its clause starts, the clause up to the label's end, the label, where it starts) of the rate label
        whose 率 stands at `mark`, said to be naught in words after it (行政诉讼败诉率为零); None where the clause ends in
        no rate label."""
        clause = self.outline.clause_start(mark)
        subject = self._without_connectors(self.text[clause:mark + 1])
        label = self._rate_label(subject)
        return None if label is None else (clause, subject, label, clause + len(subject) - len(label))

    def _all_of(self, metrics: list[Found], counts: list[Reading], subjects: str) -> list[Found]:
        """Values stated as all of the count said right before them (受理矛盾纠纷245件,全部调解成功: 245 succeeded): the
        last count of the key's rate's denominator before the phrase in its sentence, or of the cases that called for
        the key's acts (the derivation's due: 需负责人出庭应诉的案件18件,负责人均出庭应诉), no other figure between, where
        the sentence states no value of the key. `counts`: the readings of counts; `subjects`: theirs joined."""
        found: list[Found] = []
        text = self.text
        for rule, phrases, denominator, due in _all_of_rules():
            wholes = [m for m in metrics if m.key == denominator and not m.derived and m.quantity is not None]
            if due is not None and may_hold_words(due.words, subjects):
                wholes += [r.found(None, "", "count", r.subject_start) for r in counts
                           if may_hold_words(due.words, r.subject) and due.label.search(r.subject) is not None]
            # (searched only from each such count to the next figure in its sentence: a report names few)
            for whole in wholes:
                if (rule.key, whole.sentence) in self._stated:
                    continue
                limit = self.outline.sentence_of(whole.end - 1)[1]
                next_figure = _DIGIT.search(text, whole.end, limit)
                m = phrases.search(text, whole.end, next_figure.start() if next_figure else limit)
                if m is None or whole.quantity is None:
                    continue
                q = whole.quantity._replace(start=m.start(), end=m.end(), num_start=m.start(), num_end=m.end())
                found.append(Found(rule.key, rule.label, whole.value, rule.unit, whole.qualifier, whole.year, whole.target,
                                   m.start(), m.end(), whole.sentence, q))
        return found

    def _joined_parts_summed(self, readings: list[Reading], subjects: str, metrics: list[Found]) -> list[Found]:
        """The metrics with the values a sentence states of one key only by groups of its parts (撤销和确认违法6件、
        变更和责令履行2件; 撤销、确认违法5件,责令履行1件) replaced by their sum, a derived value: each group labels
        the whole in _parts_listed, but together they are parts of it. Groups that name a part twice (撤销、变更44件,
        其中撤销30件) are a whole and its part, and stay. `subjects`: the counts' subjects joined."""
        by_key: dict[tuple[str, int], list[Found]] = {}
        parted = _parted_rules()
        for m in metrics:
            if m.key in parted and m.quantity is not None:
                by_key.setdefault((m.key, m.sentence), []).append(m)
        if not by_key:
            return metrics
        text, dropped, found = self.text, set[int](), []
        # the keys whose parts the counts name: one search of a key's words spares a report whose counts name none
        # (纠错11件 said alone) reading the counts of each sentence stating the key
        named_parts = {key for key in {key for key, _ in by_key} if may_hold_words(parted[key][2], subjects)}
        rates_of = _rates_of_counts()
        for (key, sentence), stated in by_key.items():
            rule, part_named, _ = parted[key]
            if key not in named_parts or len({(m.year, m.target) for m in stated}) > 1:
                continue
            named = {id(m.quantity): m.start for m in stated}
            parts: list[tuple[int, str, str, Quantity]] = []  # (where its names start, they, the last, the count)
            for r in _of_sentence(readings, sentence):
                q = r.quantity
                if q.kind != "count" or q.change:
                    continue
                part = part_named.search(r.subject)
                if part is None or not _outcome_alone(r.subject, part.start(1)):
                    continue
                start = named.get(id(q), r.subject_start + part.start(1))
                parts.append((start, text[start:r.subject_start + part.end(1)], part.group(1), q))
            if len(parts) < 2 or len(named) != sum(id(q) in named for *_, q in parts) \
                    or any(q.qualifier is not None for *_, q in parts):
                continue
            if any(last in names for i, (_, _, last, _) in enumerate(parts) for j, (_, names, _, _) in enumerate(parts)
                   if i != j):
                continue  # a part named twice: a whole and its part
            first, total = stated[0], sum(q.value for *_, q in parts)
            whole = rates_of[key][1] if key in rates_of else None
            if any(m.key == whole and m.sentence == sentence and m.year == first.year
                   and m.target == first.target and m.value < total for m in metrics):
                continue  # more than the cases closed (审结60件,撤销和确认违法40件,变更和责令履行30件): no parts of them
            dropped.update(named)
            found.append(Found(key, rule.label, total, rule.unit, None, first.year,
                               first.target, parts[0][0], parts[-1][3].end, sentence, None, derived=True,
                               sources=tuple((start, q.end) for start, *_, q in parts)))
        if not found:
            return metrics
        return [m for m in metrics if m.quantity is None or id(m.quantity) not in dropped] + found

    def _sums_of_parts(self, counted: list[Reading], subjects: str, metrics: list[Found]) -> list[Found]:
        """Values stated only by their parts, in a list of outcomes (审结171件,其中驳回98件、维持41件、撤销9件、
        确认违法6件…) or before the rate of the value in their sentence (撤销5件、变更3件,纠错率8%): one part alone
        is the value, several add up to a derived one. Nothing is read where the sentence, or the report for that
        year, states the value itself. `counted`: the readings of counts; `subjects`: theirs joined, which, holding no
        listed_with match, hold no list of outcomes."""
        found: list[Found] = []
        said: Iterable[int] | None = None  # the sentences of the counts, in order, once a rule may find a list there
        rates_of = _rates_of_counts()
        parted = _parted_rules()
        for rule in self.catalog.rules:
            if rule.part is None or rule.listed_with is None:
                continue
            rate = rates_of.get(rule.key)
            rated = {} if rate is None else {m.sentence: m.start for m in metrics
                                             if m.key == rate[0].key and not m.derived}
            listed_ends = _ending_chars(rule.listed_with)
            # (one search of them all: a word every list's end holds, 诉 of 撤诉, is in most lawsuits' subjects)
            may_list = rule.listed_with.search(subjects) is not None
            # (two parts or more named among the subjects may be a list of the parts alone: 撤销22件,确认违法21件)
            part_words = parted[rule.key][2]
            may_list_parts = part_words is None or len(set(part_words.findall(subjects))) > 1
            if not rated and not may_list and not may_list_parts:
                continue
            reads_every = may_list or may_list_parts
            if reads_every and said is None:
                said = dict.fromkeys(r.sentence for r in counted)
            # (where no subject may list outcomes, only the sentences of a rate of the key are read)
            for sentence in said if reads_every and said is not None else sorted(rated):
                if (rule.key, sentence) in self._stated:
                    continue
                counts = _of_sentence(counted, sentence)
                listed = (may_list and any(rule.listed_with.search(r.subject) for r in counts
                                           if _may_hold(listed_ends, r.subject))) \
                    or (may_list_parts and _parts_named_alone(rule.part, counts) > 1)
                before = len(self.text) if listed else rated.get(sentence)
                if before is None:
                    continue
                parts = [(r, m) for r in counts if (m := rule.part.search(r.subject)) is not None
                         and r.quantity.start < before and (listed or _outcome_alone(r.subject, m.start(1)))
                         and not r.quantity.change and _unit_fits(rule, r.quantity)
                         and (rule.exclude is None or rule.exclude.search(r.subject) is None)]
                if not parts or len({(r.year, r.target) for r, _ in parts}) > 1:
                    continue
                first, first_name = parts[0]
                start = first.subject_start + first_name.start(1)
                # (the topic may be said in the first part's subject, before its name: 行政复议依法撤销7件,变更2件)
                if any(m.key == rule.key and m.year == first.year and m.target == first.target for m in metrics) \
                        or self._another_topic(rule, sentence, start) or (
                        rule.context is not None
                        and not self._said_around(rule.context, first.quantity, sentence, start, True)):
                    continue
                if len(parts) == 1:
                    found.append(first.found(rule.key, rule.label, rule.unit, start))
                elif all(r.quantity.qualifier is None for r, _ in parts):
                    summed = sum(r.quantity.value for r, _ in parts)
                    if (total := self._total_after(counts, parts[-1][0], summed)) is not None:
                        found.append(total.found(rule.key, rule.label, rule.unit, start))  # …,共48件: stated
                        continue
                    last = parts[-1][0].quantity
                    found.append(Found(
                        rule.key, rule.label, summed, rule.unit, None, first.year,
                        first.target, start, last.end, sentence, None, derived=True,
                        sources=tuple((r.subject_start + m.start(1), r.quantity.end) for r, m in parts)))
        return found

    def _whole_of_counts_before(self, q: Quantity, sentence: int, readings: list[Reading],
                                metrics: list[Found]) -> tuple[MetricRule, int] | None:
        """For a count said as a sum alone (…,共计42次), the rule of the counts right before it in its sentence that add
        up to it, two or more in its unit and of one year, those read as headline figures all of one key, and where
        the first of them starts: the whole of that key, stated (正职负责人出庭应诉12次、副职负责人出庭应诉30次,共计42次;
        县法律援助中心办理法律援助案件120件,乡镇工作站办理80件,合计200件); None where they add up to no such sum."""
        run: list[Reading] = []
        summed = 0.0
        for reading in reversed(readings):
            counted = reading.quantity
            if reading.sentence != sentence or counted.kind != "count" or counted.unit != q.unit or counted.change \
                    or counted.qualifier is not None or summed >= q.value:
                break
            run.append(reading)
            summed += counted.value
        if len(run) < 2 or summed != q.value or len({(r.year, r.target) for r in run}) > 1:
            return None
        starts = {r.quantity.start for r in run}
        keyed = [m for m in metrics if m.quantity is not None and m.quantity.start in starts]
        if not keyed or len({m.key for m in keyed}) > 1 or keyed[0].key is None:
            return None
        return self.catalog.rule(keyed[0].key), min(run[-1].subject_start, *(m.start for m in keyed))

    def _total_after(self, counts: list[Reading], last: Reading, summed: float) -> Reading | None:
        """The count right after the last part that states their sum with a word of a sum alone (撤销22件、确认违法21件、
        变更1件、责令履行4件,共48件; 共计, 合计): the value stated, which the parts add up to."""
        at = counts.index(last) + 1
        if at == len(counts):
            return None
        total = counts[at]
        said = self.text[last.quantity.end:total.quantity.start].lstrip(PAUSES)
        return total if total.quantity.value == summed and total.quantity.qualifier is None and said \
            and self.catalog.summed.search(said) is not None and not self._without_connectors(said) else None

    def _levels_summed(self, readings: list[Reading], metrics: list[Found]) -> list[Found]:
        """The sum of the counts of a list of levels (成功调解村级矛盾纠纷78件,镇级矛盾纠纷37件: 115) or of kinds (办理民事
        公证事项700件、经济公证事项1000件、涉外公证300件: 2000), a derived value of the key its first count names, each
        next level's count taking that key where it names no verb of its own; none where the report states the key's
        value of that year, nor where a part stands after a part marker (国内公证1500件,其中民事公证900件;涉外…: a part
        of a part). A count right after the last part stating their sum (…,共计2000件) is the value stated."""
        by_sentence: dict[int, list[tuple[Reading, MetricRule, int, str]]] = {}
        for reading in readings:
            part = self._level_parts.get(reading.quantity.start)
            if part is not None:
                by_sentence.setdefault(reading.sentence, []).append((reading, *part))
        stated = {(m.key, m.year, m.target) for m in metrics}
        found: list[Found] = []
        for parts in by_sentence.values():
            first, rule, start, _ = parts[0]
            listed = [r for r, other, _, _ in parts if other.key == rule.key or _LEVEL_NAMED.match(r.subject) is not None]
            if len(listed) < 2 or len({(r.year, r.target) for r in listed}) > 1 \
                    or any(r.quantity.qualifier is not None for r in listed) \
                    or (rule.key, first.year, first.target) in stated:
                continue
            said = self._sentence_at(first.sentence)
            if any(self._is_part(r.subject) or self._after_part_marker(said, r.subject_start) for r in listed):
                continue
            summed = sum(r.quantity.value for r in listed)
            total = self._total_after([r for r in readings if r.sentence == first.sentence
                                       and r.quantity.kind == "count"], listed[-1], summed)
            if rule.kind is not None and not _every_kind(rule.kinds, {name for r, _, _, name in parts if r in listed}):
                # 民事公证事项700件,涉外公证300件: the 经济 part unsaid, no whole; but one said after them (继承公证200件、
                # 委托公证150件,共计350件) is the value stated
                if total is not None:
                    found.append(total.found(rule.key, rule.label, rule.unit, start))
                continue
            level = _LEVEL_NAMED.search(first.subject)  # (社区级调委会调解纠纷88件: the level before the label)
            if level is not None and first.subject_start + level.start() < start:
                start = first.subject_start + level.start()
            if total is not None:
                found.append(total.found(rule.key, rule.label, rule.unit, start))
                continue
            found.append(Found(rule.key, rule.label, summed, rule.unit, None, first.year,
                               first.target, start, listed[-1].quantity.end, first.sentence, None, derived=True,
                               sources=tuple((start if r is first else r.subject_start, r.quantity.end) for r in listed)))
        return found

    def _grids(self) -> GridIndex:
        """The text's tables, found once."""
        if self._grid_index is None:
            self._grid_index = GridIndex(find_grids(self.text))
        return self._grid_index

    def _column_said(self, q: Quantity, tables: GridIndex) -> tuple[int | None, bool]:
        """The year the column heading of the table cell `q` fills dates it to (_column_year), and whether that heading
        names targets (catalog [tables] column_target); (None, False) for a number in no cell, or in its row's label."""
        cell = _cell_heading(q, tables)
        if cell is None:
            return None, False
        _, row, column, _, heading = cell
        if column <= row.index(row_label(row)):
            return None, False
        return self._column_year(heading), self.catalog.column_target.fullmatch(heading) is not None

    def _column_heading(self, q: Quantity, tables: GridIndex) -> tuple[int, str] | None:
        """The …率 heading of the table column holding `q`, and where it starts."""
        cell = _cell_heading(q, tables)
        if cell is None:
            return None
        *_, heading, label = cell
        if label.endswith("率") and not self.catalog.rate_label_exclude.search(label):
            return heading.start, label
        return None

    def _table_values(self, quantities: list[Quantity], tables: GridIndex,
                      read: set[int]) -> tuple[list[Found], list[Found]]:
        """Headline values and generic rates of table cells that prose reading left unread (`read`: where
        the evidence of its values ends). A cell's label is its column heading, else its row's label (its
        first cell that is no figure: a serial number may come first); the table's caption, heading row
        and row label hold the context a rule asks for. A column headed by a year, or by 本年累计 /
        上年同期, dates its cells. A percentage whose row label is a …率 is a value of that rate."""
        found: list[Found] = []
        rates: list[Found] = []
        units = self.catalog.numbers.units
        for q in (*quantities, *_cells_read_alone(tables, quantities)):
            if q.end in read or q.change or q.start >= self.outline.page_tail \
                    or (place := _cell_heading(q, tables)) is None:
                continue
            grid, row, column, heading, column_words = place
            label = row_label(row)
            if column <= row.index(label) and (column or not _FIGURE_CELL.fullmatch(label.text)):
                continue  # (a row of figures alone, 236 | 205 under 收案数 | 结案数: its first is a heading's too)
            if self.catalog.column_change.fullmatch(column_words):
                continue  # (增长率(%), 增减(件): its unit noted)
            if len(set(_ANY_YEAR.findall(heading.text))) > 1:
                continue  # 2022-2023受理量: the figures of a span, no one year's (nor the caption's)
            note = _UNIT_NOTE.search(heading.text) or _UNIT_NOTE.search(label.text)  # 受理纠纷(件)
            # a unit column (单位 | 件, 单位 | %) as the note would: % read as written (成 and ‰ scale a figure)
            row_unit = next((cell.text for cell in row[1:] if units.get(cell.text) == "count" or cell.text == "%"
                             or _count_multiplier(cell.text, units)), None)
            measure = note.group(1) if note else row_unit
            subject = _UNIT_NOTE.sub("", label.text).replace(" ", "")  # 法律援助 受理案件: one label, as spaced
            # the rate the cell is a value of: its row's (法律援助案件质量合格率(%) | 96.8), else its column's (结案率(%)
            # over 合计 | 120 | 118 | 98.3)
            named = next(((cell, words, rate_label) for cell, words in ((label, subject), (heading, column_words))
                          if (rate_label := self._rate_label(words)) is not None), None)
            if q.kind == "bare":
                # a count noted in tens of thousands (法律援助案件(万件) | 1.8): the figure times its multiplier
                if measure and (multiplier := _count_multiplier(measure, units)):
                    measure = measure[len(multiplier):]
                    q = q._replace(value=parse_numeral(self.text[q.num_start:q.num_end] + multiplier) or q.value)
                # with no unit noted, a rate's figure up to 100 is in percent (调解成功率 | 98.5 | 99.1), but a rate per
                # head's (万人成讼率 | 0.8)
                kind = units.get(measure) if measure else "percent" if named is not None and q.value <= 100 \
                    and self.catalog.rate_per_unit.search(named[2]) is None else "count"
                if kind not in ("count", "percent"):
                    continue  # 万元 and other measures no headline value is in
                q = q._replace(kind=kind, unit="%" if kind == "percent" else measure)
            elif q.kind not in ("count", "percent", "ratio"):
                continue
            caption = grid.caption.text if grid.caption is not None else ""
            context = " ".join((caption, *(cell.text for cell in grid.header), label.text))
            # (a row labelled by a year, under a caption naming the report's: 2022年 | 100 | 9, the row's year)
            year = self._column_year(heading.text) or (int(row_year.group(1)) if (row_year := YEAR_HEADING.fullmatch(
                label.text)) else None) or (None if self._page_stamp(caption) else _single_year(caption))
            sentence = self.outline.sentence_start(q.start)
            # an annex's table, or a plan's column of the levels it starts from (_base_column): what was done
            plan = (False, None) if self.catalog.annex_caption.match(caption) or self._base_column(grid) == column \
                else None
            # a column of targets set beside what was done (指标 | 目标值 | 完成值): targets, in a plan or not
            target = True if self.catalog.column_target.fullmatch(column_words) else None
            sentence_said = self._sentence_at(sentence)
            reading = None
            # a share's row or column (涉企行政复议案件 | 45件, 通过平台受理): a part of the whole, no headline value
            shared = self.catalog.share_qualifier.search(label.text) is not None \
                or self.catalog.share_qualifier.search(heading.text) is not None
            total = self._total_row(grid, column)
            said_in = [] if shared else [(column_words, heading.start), (subject, label.start)]
            if total is row and any(YEAR_HEADING.fullmatch(row_label(other).text) for other in grid.rows):
                said_in = []  # 2023年 | 1300, 2024年 | 1400, 合计 | 2700: the years' sum, no one year's figure
            elif total is row and grid.caption is not None:  # 合计 | 183489 under 数量: of what the caption names
                said_in.append((self.catalog.caption_wording.sub("", caption), grid.caption.start))
            for i, (said, said_at) in enumerate(said_in):
                rule = self._cell_rule(q, said, context)
                if rule is not None:
                    if i == 0 and total is not None and total is not row and not YEAR_HEADING.fullmatch(label.text):
                        break  # 县公安局 | 40 under 受理数, above 合计 | 120: a part of the total (a year's row is its own)
                    reading = self._read(q, sentence_said, said, said_at, year, q.start, plan, target)
                    found.append(reading.found(rule.key, rule.label, rule.unit, label.start))
                    break
            if q.kind == "percent" and named is not None:
                cell, words, rate_label = named
                reading = reading or self._read(q, sentence_said, words, cell.start, year, q.start, plan, target)
                rates.append(reading.found(None, rate_label, "%", cell.start + max(cell.text.find(rate_label), 0)))
        return found, rates

    def _base_column(self, grid: Grid) -> int | None:
        """The column of `grid` holding the levels a plan's table starts from, if any: one whose heading says so (catalog
        [tables] baseline: 基期值, 2020年现状值), else the first of two year columns or more when the next is more than a
        year on (指标 | 2020年 | 2025年: the base year and the goal's; 2023年 | 2024年 | 2025年 are each year's goals).
        Found once per table."""
        base = self._bases.get(id(grid), -1)
        if base != -1:
            return base
        header = grid.header
        base = next((i for i, cell in enumerate(header) if self.catalog.column_baseline.fullmatch(cell.text)), None)
        if base is None:
            years = [(i, int(m.group(1))) for i, cell in enumerate(header)
                     if (m := YEAR_HEADING.fullmatch(cell.text)) is not None]
            if len(years) > 1 and years[1][1] > years[0][1] + 1:
                base = years[0][0]
        self._bases[id(grid)] = base
        return base

    def _total_row(self, grid: Grid, column: int) -> tuple[Cell, ...] | None:
        """The row of `grid` that totals the column (合计 | 120: its label a total's, a figure in the column), if any:
        the figures above and below it in the column are its parts."""
        totals = self._totals.get(id(grid))
        if totals is None:
            totals = self._totals[id(grid)] = [
                row for row in grid.rows if self.catalog.row_total.fullmatch(row_label(row).text.replace(" ", ""))]
        return next((row for row in totals if column < len(row) and _DIGIT.search(row[column].text)), None)

    def _cell_rule(self, q: Quantity, subject: str, context: str) -> MetricRule | None:
        """The first catalog rule that names a table cell's subject, its context and exclusions read in
        `context` (the table's caption, heading row and the cell's row label)."""
        for rule, _, context_in_subject, excluded_in_subject in self._named(q, subject):
            if rule.context is not None and not context_in_subject and not rule.context.search(context):
                continue
            if rule.sentence_exclude is not None and (excluded_in_subject or rule.sentence_exclude.search(context)):
                continue
            return rule
        return None

    def _column_year(self, heading: str) -> int | None:
        """The year a column heading dates its cells to: a year, alone, opening its label (2019受理量, 2023年新收) or
        closing it in brackets (现状值(2020年)), or the report's year or the one before."""
        year = YEAR_HEADING.fullmatch(heading) or _YEAR_BEFORE_LABEL.match(heading) or _YEAR_AFTER_LABEL.fullmatch(heading)
        if year:
            return int(year.group(1))
        if self.report_year is None:
            return None
        if self.catalog.column_this_year.fullmatch(heading):
            return self.report_year
        if self.catalog.column_last_year.fullmatch(heading):
            return self.report_year - 1
        return None

    def _relabel(self, q, first: tuple[int, str], reading, metrics, rates,
                 had_rule: bool) -> tuple[str | None, MetricRule | None]:
        """Give the first value of a 分别 list the first label, in place of the last one: its rate label and rule."""
        if had_rule:
            metrics.pop()
        rates.pop()
        return self._emit_sibling(q, first[1], first[0], reading, metrics, rates)

    def _rates_named_after(self, q_start: int, rate_label: str) -> list[str]:
        """The names of the rates a numbered rate (“三率”) stands for, bracketed after the list of its values that
        starts at q_start, one per value: none where the label is no such rate or the names are not one per value. Where
        they are, each value's evidence is to run to the bracket's end (_named_after)."""
        if _RATES_COUNTED.search(rate_label) is None:
            return []
        listed = _RATES_BRACKETED_AFTER.match(self.text, q_start)
        if listed is None:
            return []
        names = _VALUE_JOINS.split(listed.group(1))
        values = [m.start() for m in _LISTED_RATE_VALUE.finditer(self.text, q_start, listed.start(1))]
        if len(names) != len(values):
            return []
        self._named_after.update(dict.fromkeys(values, listed.end()))
        return names

    def _date_list(self, carried: _Carried) -> None:
        """Years for the values of a 分别 list: 2021年、2022年… or 2016年至2018年, one per value, in order."""
        members = carried.listing
        carried.listing = None
        if members is None or len(members) < 2:
            return
        first = members[0][2]
        said = _listed_years(self.text, first.sentence, first.quantity.start, len(members)) \
            or self._years_of_counted_span(first.sentence, first.quantity.start, len(members))
        years: Sequence[int | None]
        if said is None and self._counted_years(first.sentence, first.quantity.start) == len(members):
            years = [None] * len(members)  # 出庭应诉率三年分别为…, the years said nowhere: each of a year not known
        elif said is None or len(said) != len(members) or (self.report_year and said[-1] > self.report_year):
            return  # 甲县、乙县分别…: values of places or labels, each of the year already read
        else:
            years = said
        for (metric, rate, reading), year in zip(members, years):
            reading.year = year
            for found in (metric, rate):
                if found is not None:
                    found.year = year

    def _counted_years(self, sentence: int, end: int) -> int:
        """How many years the last span counted in years (三年来, 近三年, 三年) before `end` in its sentence counts, 0 for
        none."""
        counted = _last_match(_YEARS_COUNTED, self.text, sentence, end)
        return 0 if counted is None else _SMALL_COUNTS.get(counted.group(1), 0)

    def _years_of_counted_span(self, sentence: int, end: int, count: int) -> list[int] | None:
        """For a 分别 list of `count` values in a sentence that calls them a span of as many years (三年来,…败诉率分别为…)
        and lists no years of its own, the years of the range its paragraph said before (2021年至2023年,…)."""
        if self._counted_years(sentence, end) != count:
            return None
        start = self._line_start(sentence, _MAX_PARAGRAPH)
        said = _last_match(_YEAR_RANGE, self.text, sentence if start is None else start, sentence)
        if said is None or int(said.group(2)) - int(said.group(1)) + 1 != count:
            return None
        return list(range(int(said.group(1)), int(said.group(2)) + 1))

    def _sharing_labels(self, clause: int, subject_start: int, subject: str,
                        all_listed: bool = False, told: int = 0, each: bool = False) -> list[tuple[int, str]]:
        """Rates that share this number: 出庭应诉率、出庭发声率均为100% gives both labels 100%. In text order:
        the clauses before, then the labels the subject lists, shorter first (each a start of the next). A list
        closed by 等…均 (报备率、及时率,履行率等多项指标均达100%) runs back over pauses too, through clauses that
        are each a rate's label and nothing else. A value that tells how many share it (认领率、发布率、电子证照、
        签章率“四个100%”) is each listed label's where the list holds that many items, a piece naming no rate among
        them; a list of another length leaves it to the rates run up to it. So is a value said to be each one's (公示率、
        执法全过程记录、法制审核率均为100%: 均) through the whole list."""
        listed = self._listed_before(clause)
        whole = each or (told > 1 and len(listed) == told - 1)  # the list's every item shares it, not its rates' run
        text = self.text
        while all_listed:
            first = listed[0][0] if listed else clause
            if first == 0 or text[first - 1] not in PAUSES:
                break
            previous = self.outline.clause_start(first - 1)
            piece = text[previous:first - 1]
            if not piece.endswith("率") or self._rate_label(piece) != piece:  # (not 聚焦提高出庭应诉率)
                break
            listed = self._listed_before(previous) + [(previous, piece)] + listed
        rates = 0 if whole else len(listed)
        while rates and _narrowed(listed[rates - 1][1])[0].endswith("率"):
            rates -= 1
        shared = listed[rates:]
        if any(joined in subject for joined in _JOINED_RATES) or "率(" in subject:  # what _LIST_JOINER needs
            shared += [(subject_start, subject[: m.end()])
                       for m in list(_LIST_JOINER.finditer(subject))[-_MAX_SHARING:]]
        elif (label := self._rate_label(subject)) is not None and subject.endswith("率" + label) \
                and self._rate_label(run_in := subject[:-len(label)]) is not None:
            shared.append((subject_start, run_in))  # 知晓率满意率均达95%: a rate run into the label, its 率 cutting it
        return shared

    def _degree_listed(self, label_clause: int, subject_start: int, rate_start: int) -> tuple[int, int] | None:
        """Where the degree listed right before a rate's label starts (满意度和参与率, 满意度、参与率: the catalog's
        [rates] degree), and the clause the labels listed before it are looked for from; None where none is."""
        joined = _degrees().before_rate.search(self.text, subject_start, rate_start)
        if joined is not None:
            return joined.start(1), label_clause
        listed = self._listed_before(label_clause) if rate_start == label_clause else []
        if listed and _degrees().alone.fullmatch(listed[-1][1]) is not None:
            return listed[-1][0], listed[-1][0]
        return None

    def _elided_rate(self, subject_start: int, subject: str, listing: bool) -> tuple[int, str] | None:
        """The label joined right before the subject's rate label that leaves its 率 to it (满意和基本满意率, 合格、基本
        合格率: 满意率, 合格率; 网办、掌办率: 网办率), as (start, label written with its 率): the words before the joiner end
        in the words the rate's label ends in before 率, which that label qualifies (基本满意), or, of one value not
        `listing` each label's own (分别, “四个100%”), in a word of as many characters as the label's own,
        _ELIDED_RATE_WORD (网办、掌办率, 知晓和满意率); None where none stands there (a 分别 list's 知晓和满意率: its values
        are of labels written in part; 诉讼案件败诉率 after 复议和: one rate of both, its label longer than a word)."""
        label = self._rate_label(subject)
        if label is None:
            return None
        joiner = subject_start + len(subject) - len(label) - 1
        text = self.text
        if joiner < 1 or text[joiner] not in _ELIDED_RATE_JOINS or text.endswith(_RATES_JOINED_WITH, 0, joiner) \
                or _degrees().before_rate.search(text, max(0, joiner - _ELIDED_DEGREE_REACH), joiner + 1) is not None:
            return None  # (报备率、及时率: each written whole, a list of rates; 满意度、知晓率: a degree, then a rate)
        stem = label[:-1]
        word = next((stem[-size:] for size in range(len(stem) - 1, _ELIDED_RATE_WORD - 1, -1)
                     if text.endswith(stem[-size:], 0, joiner)), None)
        if word is None and (listing or len(stem) != _ELIDED_RATE_WORD
                             or self.catalog.rate_activity.search(text, max(0, joiner - self.catalog.rate_activity_reach),
                                                                  joiner)):
            return None  # (学法考试、通过率: the activity the rate is of, no 考试率)
        words = _ELIDED_LABEL_WORDS.match(text, 0, joiner)
        elided = self._rate_label(text[words.start() if words else joiner:joiner] + "率")
        if elided is None or len(elided) <= _ELIDED_RATE_WORD or (word is not None and not elided.endswith(word + "率")):
            return None
        return joiner - len(elided) + 1, elided

    def _label_in_part(self, label: str, label_start: int) -> tuple[int, str] | None:
        """The label of one value a rate's `label` shares with the words listed right before it that leave it their
        measure (行业性、专业性和派驻人民调解组织规范化率, 市、县、乡三级…覆盖率, 领导干部和公务员学法考试参考率), as (start,
        label): as written from the first word listed, what the label's cuts leave of it (全县行业性: 行业性); where every
        word listed is a place and the label opens with one (甲县、乙县出庭应诉率均为100%), the label after the places
        (各乡镇、各部门…公开率: as written). None where a word listed is a rate's (报备率、及时率: a list of rates),
        takes more than _LISTED_WORD_HAN characters, or follows what opens no list (受理纠纷120件、调解成功率98%: a
        clause of its own), or where the label the places share names none."""
        text, start = self.text, label_start
        words: list[str] = []
        while start > 0 and text[start - 1] in _OTHERS_BEFORE_LABEL and len(words) < _MAX_SHARING:
            run = (m.group() if (m := _ELIDED_LABEL_WORDS.match(text, 0, start - 1)) is not None else "")
            word = self._rate_label(run + "率") if run else None
            if word is None or run.endswith("率") or len(word) - 1 > _LISTED_WORD_HAN \
                    or self.catalog.rate_activity.search(run):
                return None  # (案卷评查、合格率: the activity the rate is of, no word sharing it)
            start = start - 1 - len(word) + 1
            words.append(word[:-1])
            if start > 0 and text[start - 1] in _OTHERS_BEFORE_LABEL:
                continue  # (a word cut at a joiner, 改革和规范执法行为: the word before it is listed too)
            if len(word) - 1 < len(run):
                break  # (全县行业性: the cut opens the list)
            if start > 0 and text[start - 1] not in _LIST_OPENS:
                return None
        if not words:
            return None
        end = self._place_end(label) if all(self._is_place(word) for word in words) else 0
        if end:
            own = self._rate_label(label[end:])
            return (label_start + len(label) - len(own), own) if own else None
        return start, text[start:label_start + len(label)]

    def _place_end(self, label: str) -> int:
        """Where the place a label opens with ends, with the count of places said after it (广州、深圳两市: 两市), or 0."""
        end = next((end for end in range(1, len(label)) if self._is_place(label[:end])), 0)
        while end and end < len(label) - 1 and self._is_place(label[:end + 1]):
            end += 1  # 广州市 past 广州
        if not end:
            return 0
        counted = self.catalog.places_counted.match(label, end)
        return counted.end() if counted else end

    def _label_of_places(self, clause: int, subject_start: int, label: str,
                         label_start: int) -> tuple[str | None, int]:
        """The rate label a 分别 list of places says each value of (广州、深圳两市行政机关负责人出庭应诉率分别为…:
        行政机关负责人出庭应诉率), and where it starts: the words after the last place named and their count (两市), or
        after the last of the levels listed (市、县两级…, 县级、乡镇级…, 市本级、各区县…: catalog [rates] levels) or of the
        units of the area (镇街、村居…, 市直部门、县区…: [rates] part); None
        where a piece listed before it names no place nor level (乡镇、村居和企业调解组织规范化率: labels in part)."""
        # 甲县和 in 甲县和乙县…率: the piece joined before the label (none before levels run into it: 全县县乡村三级…率)
        before = self.text[subject_start:label_start - 1] \
            if self.text[label_start - 1:label_start] in _OTHERS_BEFORE_LABEL else ""
        pieces = [piece for _, piece in self._listed_before(clause)] + ([before] if before else [])
        levels = self.catalog.rate_levels
        if not pieces and self._levels_opening(label) is None:
            return None, label_start
        # (乡镇 is no town's name; 全县县级: the level, past what the label's cuts take off)
        if all(self._is_level(piece) for piece in pieces):
            level = levels.match(label)
            end = level.end() if level is not None and (level.group().endswith("级") or label.startswith("各")) else 0
        elif all(self._is_place(piece) for piece in pieces):
            end = self._place_end(label)
        elif all(self._is_level(piece, self.catalog.rate_part) for piece in pieces):
            opening = self.catalog.rate_part.match(label)  # 镇街、村居调解成功率分别为…: the units of the area listed
            end = opening.end() if opening is not None else 0
        else:
            return None, label_start
        if not end:
            return None, label_start
        own = self._rate_label(label[end:])
        return (own, label_start + len(label) - len(own)) if own else (None, label_start)

    def _levels_opening(self, label: str | None) -> regex.Match | None:
        """The levels of government counted together that a rate's label opens with (县乡村三级, 市县两级: catalog
        [rates] levels, then 两级, 三级…), if any."""
        level = self.catalog.rate_levels.match(label) if label else None
        return level if level is not None and self.catalog.rate_levels_counted.search(level.group()) is not None else None

    def _levels_listed(self, named: list[tuple[int, str]], subject: str) -> bool:
        """Whether the pieces listed before a count's subject and the subject's opening are levels of government
        (县级、乡镇级、村级调解组织分别…, 县、乡、村三级调解组织分别…: catalog [rates] levels), the last ending in 级."""
        last = self.catalog.rate_levels.match(subject)
        return last is not None and last.group().endswith("级") and all(self._is_level(piece) for _, piece in named)

    def _is_level(self, piece: str, units: regex.Pattern | None = None) -> bool:
        """Whether a piece listed before 分别 names a level of government (县级, 乡镇, 市本级: catalog [rates] levels), or
        what `units` names (the units of an area: [rates] part), past the words a label's cuts take off (全县县级)."""
        word = self._rate_label(piece + "率")
        return word is not None and (units or self.catalog.rate_levels).fullmatch(word, 0, len(word) - 1) is not None

    def _is_place(self, piece: str) -> bool:
        """Whether a piece listed before 分别 names a place: 甲县, or a division's short name (济南、临沂…分别)."""
        return self._place_subject(piece) is not None or bool(divisions_named(piece))

    def _verb_end(self, label: str) -> int:
        """Where the words a count's label opens with end: its year, 全年, 共 and its verb (全年新收 in 全年新收行政复议
        案件), as the catalog's [quantities] leading reads them, or a stage's verb it leaves after them (全年调结 in
        全年调结矛盾纠纷)."""
        opening = self.catalog.quantity_leading.match(label)
        end = opening.end() if opening is not None else 0
        stage = self.catalog.quantity_stages.match(label, end)
        return stage.end() if stage is not None else end

    def _next_label(self, q: Quantity, said: _Sentence, gap: str,
                    carried: _Carried) -> tuple[MetricRule | None, str | None, int, int]:
        """The next label of a list of values one each (carried.labels, 行政复议、行政诉讼案件分别为2件、3件) for the value
        q, taken off the list: its rule, rate label, where the rule's label starts and where the rate's. `gap`: the
        words between q and the value before (、, 、案件: naming its cases itself), "" for a count the list shares."""
        rate_start, label_subject = carried.labels.pop(0)
        label_subject, narrowed = _narrowed(label_subject)  # 、出庭应诉率(负责人)分别…: the heads'
        # (人民调解、法律援助、公证分别受理…: the services joined in the list are no total over them, each has
        # its value; what rules a key out is looked for outside the list, whose labels before the first
        # value's clause are _listed_before it)
        listed_first = self._listed_before(carried.clause)
        list_start = listed_first[0][0] if listed_first else carried.clause
        if _LIST_GAP.fullmatch(gap) is None:
            carried.own_nouns = True  # (、案件300件: this value names its cases itself)
        service = label_subject
        if carried.own_nouns and (at := label_subject.rfind(_RESPECTIVELY)) > 0:
            # …、公证分别受理纠纷1200件、案件300件、450件: the words after 分别 are the first value's, the
            # last label the service before it
            service = label_subject[:at]
        rule, label_start = self._stage_of_list(q, said, label_subject, rate_start, carried) \
            if carried.noun else self._headline(q, said, service, rate_start, narrowed, list_start)
        if rule is None and not carried.noun and not carried.own_nouns:
            rule, label_start = self._listed_body(q, said, label_subject, rate_start,
                                                  carried.labels[-1][1] if carried.labels else label_subject,
                                                  list_start)
        if self._other_mediators_listed(rule, service):
            rule = None  # 人民调解、行政调解分别调处纠纷300件、200件: 200件 the agencies' mediation
        elif rule is not None and not carried.noun \
                and 0 < (at := label_subject.rfind(_RESPECTIVELY)) <= label_start \
                and (rule.context is None
                     or rule.context.search(label_subject, at + len(_RESPECTIVELY)) is not None):
            # 县法律援助中心、乡镇法律援助工作站分别办理法律援助案件800件、430件: a label naming its key
            # only in the words shared after 分别 names the last body's part, as it names the first's
            # (_listed_body); not a verb the service listed gives its topic (…和公证工作分别办理…)
            rule = None
        rate_label = self._rate_label(label_subject)
        rate_start += len(label_subject) - len(rate_label or "")
        start = rate_start + label_start - (len(label_subject) - len(rate_label or "")) if rule else rate_start
        return rule, rate_label, start, rate_start

    def _listed_body(self, q: Quantity, said: _Sentence, piece: str, start: int,
                     last: str, list_start: int | None = None) -> tuple[MetricRule | None, int]:
        """The rule of a body or service listed before 分别 (法律援助中心 of 法律援助中心、公证处、调委会分别办理案件…),
        read with the words the list's `last` label writes after 分别 (办理案件), and where its label starts: a label
        starting in the piece's own words (before its 分别, the last piece's), not in the shared words alone.
        `list_start`: where the list starts, for a piece after its first (_headline)."""
        shared = _shared_after_respectively(last)
        if not shared:
            return None, 0
        at = piece.rfind(_RESPECTIVELY)
        named = piece[:at] if at > 0 else piece
        rule, label_start = self._headline(q, said, named + shared, start, list_start=list_start)
        return (rule, label_start) if rule is not None and label_start < len(named) else (None, 0)

    def _other_mediators_listed(self, rule: MetricRule | None, piece: str) -> bool:
        """Whether `piece`, one label of a list of values one each (人民调解、行政调解分别调处纠纷300件、200件), names
        another body's mediation (_names_other_mediators) for a rule of the area's mediation: the value in its place is
        that body's, none of the area's; the people's (300件) is."""
        return rule is not None and rule.key in self.catalog.other_mediation_keys and self._names_other_mediators(piece)

    def _names_other_mediators(self, piece: str) -> bool:
        """Whether `piece`, one subject of a list, names another body's mediation (行政调解, 司法调解: the catalog's
        [quantities.other_mediation], group `other`, read in the piece alone, where no list mark beside it says a way
        of working)."""
        named = self.catalog.other_mediation.search(piece)
        return named is not None and named.group("other") is not None

    def _mediators_end(self, sentence: int, start: int, list_start: int | None) -> int:
        """Up to where the mediators named in a sentence are those of the figure at `start` (_by_other_mediators): a
        value of a list of labels after its first, the list's start `list_start`; one after a 分别 list of bodies in its
        sentence (行政调解组织、人民调解组织分别…,调解成功率分别为96%、98.5%), that list's start: the bodies listed have a
        value each, not the last named all after it."""
        end = start if list_start is None else list_start
        listed = self._subjects_listed.get(sentence)
        return listed[0] if listed is not None and not listed[2] and listed[0] < end else end

    def _apart_in_list(self, sentence: int, clause: int, at: int, rule: MetricRule, end: int) -> bool:
        """Whether the value at place `at` of a list of one label's values, whose clause starts at `clause` and whose
        value there ends at `end` (…,调解成功率分别为98.5%、96%; 分别调解成功1180件、330件), is of a subject an earlier 分别
        list of its sentence named in that place that is apart from the area's (_subjects_listed): a place's (甲镇、乙镇
        分别…), or another body's mediation for a rule of the area's (人民调解组织、行政调解组织分别…: 96% the second's).
        The lists must give as many values as there are subjects."""
        listed = self._subjects_listed.get(sentence)
        if listed is None or listed[0] >= clause:
            return False
        _, apart, places = listed
        text = self.text
        stop = _LIST_STOP.search(text, end)
        values = at + 1 + len(_VALUE_JOINS.findall(text, end, stop.start() if stop else len(text)))
        return values == len(apart) and apart[at] and (places or rule.key in self.catalog.other_mediation_keys)

    def _generic_alone(self, subject: str) -> bool:
        """Whether `subject` says only generic words of what a body handles ([defaults] generic_nouns: 案件, 受理案件,
        办理), naming no service of its own."""
        generic = self.catalog.generic_counted.search
        while subject and (m := generic(subject)) is not None and m.start() < len(subject):
            subject = subject[:m.start()]
        return not subject

    def _noun_for_verb(self, label: str, following: str) -> str:
        """The noun a label ending in a verb alone (新收, 全县法律援助中心受理) takes from the label after it in a list:
        that label past its opening words (审结行政复议案件 → 行政复议案件); "" for a label naming more than a verb,
        or where the label after it opens with no verb read (成功调解矛盾纠纷 is none's noun)."""
        elided = _ELIDED_CASES.fullmatch(following)
        if elided is not None and label.endswith(_CASE_VERBS):
            return elided.group(1)  # 收、结案分别为…: 收案 and 结案, the 案 written once
        if label.endswith(_CASE_VERBS) and following.startswith(_CASE_VERBS) and not self._verb_end(following):
            return following[1:]  # 收、结行政复议案件…: 收 and 结 of the cases named after the last (收案, 结案)
        if not any(self._verb_alone(label[at:]) for at in range(len(label) - 1)):
            return ""
        end = self._verb_end(following)
        return following[end:] if 0 < end < len(following) else ""

    def _verb_alone(self, label: str) -> bool:
        """Whether `label` is only such opening words, a verb among them (全年新收, 排查; not 排查纠纷)."""
        return 0 < self._verb_end(label) == len(label) and not _YEAR_KEYED.fullmatch(label)

    def _stage_of_list(self, q: Quantity, said: _Sentence, label: str, start: int,
                       carried: _Carried) -> tuple[MetricRule | None, int]:
        """The rule of a value of a 分别 list of verbs sharing one noun after the first (受理、调结矛盾纠纷分别为1200件、
        1150件: 调结), and where its label starts: its verb read as said alone after the first value (受理矛盾纠纷
        1200件,调结1150件: the successes), where the rule's context is said in the list (审结 is a reconsideration's
        only in 新收、审结行政复议案件, not in 新收、审结一审行政诉讼案件); else its verb with the noun (审结行政复议案件).
        Never a key an earlier value of the list has: a later stage of the same count (受理、办结法律援助案件, 受理、调处
        矛盾纠纷: the cases handled, then some of them) is no second figure of it."""
        noun, listed = carried.noun, carried.listed
        verb = label[:-len(noun)] if label.endswith(noun) and len(label) > len(noun) else label
        if verb in _CASE_VERBS and noun != _CASE_WORD:
            verb += _CASE_WORD  # 收、结行政复议案件…: 结 for 结案
        taken = {found.key for found, _, _ in carried.listing or () if found is not None}
        rule, label_start = self._headline(q, said, verb, start, listed)
        if rule is not None and rule.key not in taken \
                and (rule.context is None or rule.context.search(listed) is not None):
            return rule, label_start
        rule, label_start = self._headline(q, said, verb + noun, start, listed)
        if rule is None or rule.key in taken:
            return None, 0
        return rule, label_start if label_start < len(verb) else 0

    def _kind_part(self, q: Quantity, said: _Sentence, quantities: list[Quantity], subject: str, subject_start: int,
                   rule: MetricRule | None) -> tuple[MetricRule, int, str] | None:
        """For a count of one kind of a key's counts (民事公证事项, 涉外公证) listed beside another kind's in its paragraph
        (办理民事公证事项700件、经济公证事项1000件、涉外公证300件), the key's rule, where the kind's name starts and the
        name: a part of the key's figure, none by itself; None for a count of no kind, of a kind said alone (办理涉外公证
        300件: the one figure there is), or read as another key's. A kind's label with no verb (…、涉外公证300件) is the
        key's where what it is a kind of names the key (公证)."""
        text = self.text
        for kinded, kind in _kinded_rules():
            if rule is not None and rule is not kinded:
                continue
            named = kind.search(subject)
            if named is None or (kinded.exclude is not None and kinded.exclude.search(subject) is not None):
                continue
            if rule is None and (named.start() > 0 or self._headline(
                    q, said, subject[named.end(1):], subject_start + named.end(1))[0] is not kinded):
                continue
            # (the paragraph's other sentences too: …办理民事公证事项7万多件、经济公证事项10万多件。同时,还办理涉外公证
            # 7万多件: each kind a part; their sums stay each sentence's)
            low = self._line_start(said.start, _KIND_REACH)
            high = text.find("\n", q.end, q.end + _KIND_REACH)
            first = bisect.bisect_left(quantities, said.start if low is None else low, key=operator.attrgetter("start"))
            for at in range(first, len(quantities)):  # (by index: a slice would copy every number to the text's end)
                other = quantities[at]
                if other.start >= (q.end + _KIND_REACH if high < 0 else high):
                    break
                if other is q or other.kind != "count" or other.change:
                    continue
                label = self._without_connectors(text[self._count_label_start(other.start):other.start])
                listed = kind.search(label)
                if listed is not None and listed.group(1) != named.group(1):
                    return kinded, subject_start + named.start(1), named.group(1)
        return None

    def _count_label_start(self, offset: int) -> int:
        """Where the label of a count at `offset` may start: its clause's start, or that of the clause before a short
        name quoted right before it (其中“一把手”出庭12次): the name's quotes end clauses, not the label it is in."""
        clause, text = self.outline.clause_start(offset), self.text
        if clause > 1 and text[clause - 1] == "”" \
                and (quoted := text.rfind("“", max(0, clause - _QUOTED_NAME_HAN - 2), clause - 1)) >= 0 \
                and _QUOTED_NAME.fullmatch(text, quoted + 1, clause - 1) is not None:
            return self.outline.clause_start(quoted)
        return clause

    def _joined_after(self, quantities: list[Quantity], following: int, end: int) -> int:
        """How many counts a list joined by 、 (和, 及, 与) and nothing else holds from the one ending at `end` on
        (…245件、230件: 2), `quantities[following:]` the numbers after that one. Read by index, not from a slice: a
        slice copies every number after the one in hand, for each of them."""
        text, joined = self.text, 1
        for at in range(following, len(quantities)):
            other = quantities[at]
            if other.start != end + 1 or _VALUE_JOINS.match(text, end) is None or other.kind != "count" or other.change:
                break
            joined, end = joined + 1, other.end
        return joined

    def _disputes_by_kind(self, pieces: list[tuple[int, str]]) -> bool:
        """Whether the labels of a list of values one each name kinds of disputes, the noun of disputes written after the
        last alone (婚姻家庭、邻里、土地纠纷; 家事、劳资矛盾纠纷), as _kind_of_list reads a kind said with its count: no verb
        opens the last (受理、调处矛盾纠纷 lists a case's stages) nor names a stage in it (人民调解、行政调解纠纷: the bodies'
        mediation), nor does 分别 stand before it (人民调解、法律援助、公证分别受理纠纷…: the noun a verb after 分别 takes,
        the list's services each its own value). A verb alone after 分别 (婚姻家庭、邻里纠纷分别调解…) is the kinds'."""
        last = pieces[-1][1]
        if (respectively := last.find(_RESPECTIVELY)) >= 0:
            verb = last[respectively + len(_RESPECTIVELY):]
            if self._verb_end(verb) != len(verb):
                return False
            last = last[:respectively]
        if not last.endswith(_DISPUTES_NOUNS) or self._verb_end(last) \
                or self.catalog.quantity_stages.search(last) is not None:
            return False
        noun = _DISPUTES_ALONE.search(last)
        return noun is not None and noun.end() == len(last) and _KIND_ALONE.fullmatch(last, 0, noun.start()) is not None

    def _kinds_listed(self, pieces: list[tuple[int, str]]) -> list[tuple[MetricRule, int, str]] | None:
        """For the labels of a list of values one each (start, text) naming kinds of one key's counts, the kind's name alone before the
        last label (刑事、民事法律援助案件分别为…, 办理国内、涉外公证分别为…), each label's key rule, where its kind's name
        starts and the name: each value a kind's part (_levels_summed); None for labels of other things (受理、办结法律援助
        案件, 行政复议、行政诉讼案件)."""
        last_start, last = pieces[-1]
        if (verb_after := last.rfind(_RESPECTIVELY)) > 0:
            last = last[:verb_after]  # …行政法律援助案件分别办理230件、…: the verb after 分别 names no kind
        for kinded, kind in _kinded_rules():
            named = kind.search(last)
            if named is None or (kinded.exclude is not None and kinded.exclude.search(last) is not None):
                continue
            kind_of = last[named.end(1):]  # what the kinds are kinds of (法律援助案件), written after the last alone
            parts = []
            for start, piece in pieces[:-1]:
                each = kind.search(piece + kind_of)
                if each is None or each.end(1) != len(piece):
                    break
                parts.append((kinded, start + each.start(1), each.group(1)))
            else:
                return [*parts, (kinded, last_start + named.start(1), named.group(1))]
        return None

    def _of_kinds_listed(self, q: Quantity, sentence: int, clause: int, subject: str, subject_start: int,
                         rule: MetricRule, opener: str) -> bool:
        """Whether the pieces listed before the subject (with 、, or the first of two joined by 和), each read with the
        subject's noun, name another key than `rule`: 行政复议、行政应诉案件共计300件 and 行政复议和行政应诉案件共300件
        count both kinds together (调解、化解纠纷300件 is one key's)."""
        listed = self._listed_before(clause) if opener == LIST_SEPARATOR else []
        joined = _last_joined(subject)
        if joined is not None:
            listed.append((subject_start, joined.group(1)))
        for start, piece in listed:
            for cut in range(len(subject) - 1, 0, -1):  # the shortest ending of the subject that completes the piece
                named, _ = self._headline(q, self._sentence_at(sentence), piece + subject[cut:], start)
                if named is not None:
                    if named.key != rule.key:
                        return True
                    break
        return False

    def _listed_before(self, clause: int, figures: bool = False) -> list[tuple[int, str]]:
        """The clauses listed before `clause` with 、 and holding no figure (unless `figures`: years listed), as
        (start, text), in text order: the labels that 受理法律援助案件、办理公证分别为… lists before its last. A rate's
        label with the parenthesis narrowing it is one piece (出庭应诉率(负责人)、…)."""
        listed = []
        text = self.text
        while clause > 0 and text[clause - 1] == LIST_SEPARATOR:
            previous = self.outline.clause_start(clause - 1)
            if previous == clause - 1 and text[clause - 2:clause - 1] == ")" \
                    and text.endswith("率(", 0, opened := self.outline.clause_start(clause - 2)):
                previous = self.outline.clause_start(opened - 1)
            previous = self._quoted_label_start(previous)  # “掌上办”率、“网上办”率
            piece = text[previous:clause - 1]
            if not figures and _DIGIT.search(piece) and _DIGIT.search(_RUN_IN_YEAR.sub("", piece)):
                break
            listed.append((previous, piece))
            clause = previous
        listed.reverse()
        return listed

    def _quoted_label_start(self, start: int) -> int:
        """Where the label whose clause starts at `start` starts: of a 率 right after a quoted name (“一次办”率), the
        name's clause; else `start`."""
        text = self.text
        if start > 1 and text[start - 1] == "”" and text.startswith("率", start) \
                and (opening := text.rfind("“", 0, start - 1)) >= 0:
            return self.outline.clause_start(opening)
        return start

    def _emit_sibling(self, q, subject, subject_start, reading, metrics,
                      rates) -> tuple[str | None, MetricRule | None]:
        """Emit q as the rate `subject` names (and its headline metric): the rate label and rule emitted. A label
        listed with its parenthesis (出庭应诉率(负责人)) is narrowed by its words, as said before its own figure."""
        subject, narrowing = _narrowed(subject)
        label = self._rate_label(subject)
        if label is None:
            return None, None
        rule, label_start = self._headline(q, self._sentence_at(reading.sentence), subject, subject_start, narrowing)
        start = subject_start + len(subject) - len(label)
        rates.append(reading.found(None, label, "%", start))
        if rule is not None:
            metrics.append(reading.found(rule.key, rule.label, rule.unit, subject_start + label_start))
        return label, rule

    def _read(self, q: Quantity, said: _Sentence, subject: str, subject_start: int, series_year: int | None,
              start: int, plan: tuple[bool, int | None] | None = None, target: bool | None = None) -> Reading:
        """What q's clause says of it; `said` is what q's sentence says (_sentence_at). `plan` (in a plan, the year
        planned) stands for where q lies, when given; `target`, when given, is what q's label says outside a
        plan, whatever cue the sentence holds: a target (…任务数为268件) or what was done against one (实际办理…)."""
        q_start = q.start
        if plan is None:
            low, high, plan = self._plan_span
            if not low <= q_start < high:
                plan = self._plan_at(q_start)
        in_plan, plan_year = plan
        # 纠错率基期值8.5%, 调解成功率现状值97.6%: the level a plan's target starts from, as its table's base column holds
        based = in_plan and self._base_said(subject_start, q_start)
        in_plan = in_plan and not based
        sentence = said.start
        # (What the sentence says for all its numbers is read off `said` once found, without a call for each number:
        # _same_period_year, _clear_of_cues, _quota_free_until, _span_clear; _whole_before in _headline.)
        said_year = self._sentence_year(said, start) if said.nian < start else None
        undated = said_year == _UNDATED and not series_year
        summed = bool(said_year) and self._summed_to_date(said, start) or self._summed_since_event(said, q_start)
        year = None if undated or summed else series_year \
            or (self._later_year_so_far(sentence, q_start) if self._since_later else None) or said_year \
            or (said.same if said.same != -1 else self._same_period_year(said)) \
            or (None if said.since < start or (said.span if said.span is not None else self._span_clear(said)) < start
                and self._spanned_since_year(said, start) else said.paragraph)
        # (2023年,…。五年来累计办理…: the span the sentence says is its figures', not its paragraph's opening year)
        if said_year and year == said_year and not series_year and self._spanned_since_year(said, q_start):
            year = None  # 2024年,近三年全区受理…分别为148件、171件、193件: the span said after the year is the figures'
        floor = plan_year if plan_year is not None else self.plan_from
        if in_plan and year is not None and floor is not None and year < floor:
            in_plan = False  # 2023年,全市…新收698件 in a plan for 2024 (or for 2024-2026): what was done, not planned
        elif in_plan and year is not None and self._opens_with_part_of_year(said):
            in_plan = False  # 下一步,…。2024年1至3月,已办结…14件: what that part of the year has done (a cue still plans)
        elif in_plan:
            year = year or plan_year
        if in_plan:
            cued = False
        elif target is not None:
            cued = target
        else:
            cue = said.cue if said.cue is not None else self._clear_of_cues(said)
            # (a number ending before the sentence's first end where one may be a quota is none: not asked of _is_quota)
            quota_free = said.quota if said.quota is not None else self._quota_free_until(said)
            cued = (q.end >= quota_free and self._is_quota(q, said)) \
                or (cue < q_start and self._cues.search(sentence, q_start) and not self._by_past_year(sentence, q_start)
                    and _DONE_VERB.search(self.text, max(sentence, q_start - _DONE_VERB_REACH), q_start) is None
                    and not self._held_in_frame(said, q) and not self._cued_for_others(said, q_start)
                    and not self._cue_set_aside(sentence, q_start)) \
                or (q.qualifier in _BOUNDS and self._future_bound(q, sentence))
        if cued and (series_year is not None and floor is not None and series_year < floor
                     or self._base_said(subject_start, q_start)):
            cued = False  # 到2025年,…出庭应诉率由2020年的92%提高到100%: the level a plan's target starts from
        # a target said met (提前完成…100%目标, 如期完成…达到95%的年度目标): a target, cued or not, of the year it names
        # (a figure after the sentence's last word every target said met holds is none: not asked of _target_met)
        met = None if in_plan or target is not None or series_year \
            or q.end > (said.met if said.met is not None else self._met_close_last(said)) else self._target_met(said, q)
        cued = cued or met is not None
        if not cued and not in_plan and target is None and not series_year \
                and not (said_year and self.report_year is not None and said_year <= self.report_year) \
                and (said.planned if said.planned is not None else self._opens_as_plan(said)):
            # …出庭应诉率100%。下一步,出庭应诉率保持100%: the sentence plans its figures with no cue of its own; not one
            # it dates in the report's year or before (下一步,在2024年…98.4%的基础上; 2024年,全县将…提高到99.2%: 将 before
            # its object, what was done)
            cued = True
        # 下一步,确保…达到100% among what was done: the year planned, as a plan paragraph's, not the report's nor its
        # paragraph's (unless its sentence names one)
        ahead = cued and not said_year and not series_year and self._opens_as_plan(said)
        if ahead:
            year = None
        if not series_year and self.text.find("五", sentence, q_start) >= 0 \
                and (plan_end := _PLAN_END.search(self.text, sentence, q_start)) is not None \
                and (not said_year or _year_mark(self.text, plan_end.end(), q_start) < 0) \
                and _SUM_SO_FAR.search(self.text, plan_end.end(), q_start) is None:
            # 到“十四五”末,…达到100%: a target of 2025; 到“十三五”末,…达到100% in a later report: the level of 2020
            # (not a sum up to then: 到“十三五”末,累计办理…, of the plan's years)
            year, ahead = plan_last_year(plan_end.group(1)), False
            # (“十四五”末,…达到100% with no cue, in a report before 2025: a level yet to come, planned)
            cued = cued or (self.report_year is not None and year > self.report_year)
        if met is not None:  # 截至2023年底,提前完成…100%目标: the target's level restated, of the year it names, else none
            named = _ANY_YEAR.search(self.text, met.end(), q_start)
            year = int(named.group(1)) if named is not None else None
        elif year is None and not undated and not summed:
            span = said.span if said.span is not None else self._span_clear(said)
            if not said.spanned and not (span < q_start and self._spans.search(sentence, q_start)) and not said.since < q_start:
                # a cue among achievements (确保全年…) plans for the report's year
                year = self._year_planned_ahead() if ahead else self.report_year
                if year is None and not ahead and self._up_to_now_said(said, q_start):
                    year = self._year_opening_line(sentence)  # (截至目前 in a text of no year of its own)
                if year is None and not ahead:
                    year = self._year_so_far(said, q_start)
        return Reading(q, subject, subject_start, year, in_plan or cued, sentence)

    def _base_said(self, start: int, end: int) -> bool:
        """Whether the words of a figure's label say it is the level a plan starts from (基期值, 现状值: catalog [tables]
        baseline), as a plan's table's base column does."""
        return self.catalog.column_baseline.search(self.text, start, end) is not None

    def _year_so_far(self, said: _Sentence, start: int) -> int | None:
        """In a text of no year of its own, the year of a figure said after YYYY年以来 (YYYY年至今) in its sentence
        (`said`) where the sentence compares it with the same part of the year before (2025年以来全县新收…70件,与去年
        同期相比增长48.9%: _SAME_PART_BEFORE) and sums nothing (累计), and YYYY is the latest year the text says: that
        year so far. Not a span of years since (2019年以来,累计受理…; 2019年以来…, in a text on 2024)."""
        text, sentence = self.text, said.start
        worded = said.so_far
        if worded is None:
            worded = said.so_far = min((at + len(word) for word in _SO_FAR_WORDS
                                        if (at := text.find(word, sentence, said.limit)) >= 0), default=said.limit + 1)
        if start < worded:
            return None  # most sentences, whose part before the figure says none of the words: passed without a search
        so_far = _last_match(_YEAR_SO_FAR_KEYED, text, sentence, start)
        if so_far is None or _year_mark(text, so_far.end(), start) >= 0 \
                or _SAME_PART_BEFORE.search(text, sentence, said.limit) is None \
                or _SUM_SO_FAR.search(text, sentence, said.limit) is not None:
            return None
        year = int(so_far.group(1))
        return year if year == self._latest_year else None

    @functools.cached_property
    def _latest_year(self) -> int | None:
        """The latest year the text says (_ANY_YEAR), asked only of a text that reports no year of its own."""
        return max((int(m.group(1)) for m in _ANY_YEAR.finditer(self.text)), default=None)

    def _spanned_since_year(self, said: _Sentence, start: int) -> bool:
        """Whether the sentence `said` says a span of years (近三年, 五年来: _SPAN) before `start` and no year after
        it: the last time it names before the figure is the span."""
        if self._span_clear(said) >= start:
            return False  # most sentences: no span before the figure
        span = self._spans.last(said.start, start)
        return span is not None and _year_mark(self.text, span.end(), start) < 0

    def _span_clear(self, said: _Sentence) -> int:
        """An end up to which the sentence `said` says no period of years (_Sentence.span), found once: its end, without
        a search, where it holds none of the characters every period holds one of (_may_say_span)."""
        if said.span is None:
            said.span = self._spans.clear_until(said.start, said.limit) \
                if _may_say_span(self.text, said.start, said.limit) else said.limit
        return said.span

    def _read_alone(self, q: Quantity, said: _Sentence) -> Reading:
        """_read of a number with no label (5%5%…) in the sentence `said` says. From the second such number of a
        sentence on, the stretch around the one read where every such number reads alike is kept (_alike): a number
        in it is read without _read's look-ups, but for a quota of its own (_is_quota)."""
        q_start = q.start
        alone = said.alone
        if alone is not None and alone[0] <= q_start <= alone[1]:
            return Reading(q, "", q_start, alone[3], alone[2] or self._is_quota(q, said), said.start)
        reading = self._read(q, said, "", q_start, None, q_start)
        said.alone = _NO_STRETCH if alone is None or self._is_quota(q, said) else self._alike(said, reading)
        return reading

    def _alike_after(self, said: _Sentence, end: int, limit: int) -> tuple[int, int, int | None, bool]:
        """For the numbers right after one with no label read alone in the sentence `said`, ending at `end` (run):
        the offset they start before and the one they end before to read as it did, in its stretch (_read_alone) up to
        `limit` (its clause, sentence, title or page ends) and before a quota's end (_is_quota), and the stretch's
        year and target; none where the stretch ends with it."""
        stretch = said.alone
        if stretch is None or stretch[1] <= end:
            return -1, -1, None, False
        return min(stretch[1] + 1, limit), self._quota_free_until(said), stretch[3], stretch[2]

    def _summed_to_date(self, said: _Sentence, start: int) -> bool:
        """Whether a count at `start` is summed up to a date (截至2025年7月底, 截至2024年底: _SUM_DATE) said before it in its
        sentence (`said`) since a start (…以来, 自…起) said before it in its paragraph, or as 累计 in its sentence
        (_SINCE_START, _SUM_SO_FAR). Where the sentence first says a date's word is found once for all its numbers."""
        text, sentence = self.text, said.start
        if said.dated is None:
            said.dated = min((at for word in _SUM_DATE_WORDS if (at := text.find(word, sentence, said.limit)) >= 0),
                             default=said.limit)
        date = _SUM_DATE.search(text, sentence, start) if said.dated < start or start > said.limit else None
        if date is None:
            return False  # most sentences, found without a search
        if _SUM_SO_FAR.search(text, sentence, start) is not None:
            return True
        low = max(0, sentence - _START_REACH)
        since = _SINCE_START.search(text, max(text.rfind("\n", low, sentence) + 1, low), start)
        # (2024年以来 up to a date of 2024: the year so far)
        return since is not None and text.find(f"{date.group(1)}年", max(0, since.start() - 5), since.start()) < 0

    def _summed_since_event(self, said: _Sentence, start: int) -> bool:
        """Whether a count at `start` is summed (累计 in its clause: _SUM_SO_FAR) since a start said with no date before
        it in its sentence (`said`): 中心成立以来累计办理…, 党的十八大以来,…累计…, 自建站之日起累计…: of every year since an event,
        no one year's. Not a start dated (2019年以来, 自2022年5月起: _YEARS_SINCE) nor one of a part of the year (今年以来,
        年初以来: _SINCE_START), whose sums are dated by their own rules."""
        text, sentence = self.text, said.start
        if text.find("累计", sentence, start) < 0:
            return False  # (most counts, told without a search)
        since = _SINCE_START.search(text, sentence, start)
        return since is not None and text[since.start() - 1] not in _DATE_ENDS \
            and _DIGIT.search(text, since.start(), since.end()) is None \
            and _SUM_SO_FAR.search(text, max(since.end(), after_last_pause(text, sentence, start)), start) is not None

    def _alike(self, said: _Sentence, reading: Reading) -> tuple[int, int, bool, int | None]:
        """The stretch of the sentence around a number with no label just read (not a quota) where every number with
        no label reads as it does, with what it read (_Sentence.alone): up to the sentence's first 年 of a year (no
        year said before), target cue or span of years, or year since one before the report's, within one plan part
        (what _read looks up by where the number is)."""
        low, high, _ = self._plan_span  # (which _read has set around the number)
        last = min(said.nian, self._clear_of_cues(said), high - 1)
        if said.span is not None:  # (else the number's year was known before _read asked for a span)
            last = min(last, said.span)
        last = min(last, said.since)
        return low, last, reading.target, reading.year

    def _clear_of_cues(self, said: _Sentence) -> int:
        """An end up to which the sentence `said` says no target cue (_BeforeInSentence.clear_until, else
        clear_of_words), found once."""
        if said.cue is None:
            clear = self._cues.clear_until(said.start, said.limit)
            said.cue = clear if clear >= 0 else self._cues.clear_of_words(said.start, said.limit)
        return said.cue

    def _future_bound(self, q: Quantity, sentence: int) -> bool:
        """Whether a floor or a ceiling (不少于600件, 600件以上) is said of the figure `q` after a future 将 with a work verb
        in its clause (catalog future_bound, ending where q starts): a plan's bound, a target."""
        return self.catalog.future_bound.search(self.text, max(sentence, q.start - _FUTURE_REACH), q.start) is not None

    def _held_in_frame(self, said: _Sentence, q: Quantity) -> bool:
        """Whether the last target cue before `q` in the sentence `said` opens a level named as the ground other work
        goes on from (在确保出庭应诉率100%的同时, 在确保…的基础上: the catalog's held_frame_open right before the cue,
        held_frame_close right after the figure), with no cue before the frame and no plan opening the sentence
        (下一步,在确保…的同时 plans it): a level held, no target."""
        text, sentence = self.text, said.start
        cue = self._cues.last(sentence, q.start)
        if cue is None or self.catalog.held_frame_close.match(text, q.end) is None:
            return False
        opening = self.catalog.held_frame_open.search(text, max(sentence, cue.start() - _FRAME_REACH), cue.start())
        return opening is not None and not self._cues.search(sentence, opening.start()) \
            and not self._opens_as_plan(said)

    def _cue_set_aside(self, sentence: int, start: int) -> bool:
        """Whether the last target cue before `start` in its sentence lies in a bracket closed before it, no cue said
        before the bracket (出庭应诉率(目标:95%)达到100%, (目标为95%): the bracket's figure a target, the level after it
        none)."""
        if self.text.find(")", sentence, start) < 0:
            return False  # (most figures: no bracket closed before them)
        cue = self._cues.last(sentence, start)
        opening = self._bracket_closed_before(sentence, cue.start(), start) if cue is not None else -1
        return opening >= 0 and not self._cues.search(sentence, opening)

    def _target_met(self, said: _Sentence, q: Quantity) -> regex.Match | None:
        """Where a figure `q` is a target said met (提前完成…出庭应诉率100%目标): the catalog's target_met_close right after
        it, and the last target_met_open before it in the sentence `said`, with no target cue before that and no plan
        opening the sentence (力争提前实现…目标 plans); None where no target is said met. Asked only of a figure before
        the sentence's last word every target_met_close match holds (目标: _met_close_last); most sentences say none."""
        text, sentence = self.text, said.start
        if self.catalog.target_met_close.match(text, q.end) is None:
            return None
        opening = _last_match(self.catalog.target_met_open, text, sentence, q.start)
        if opening is None or self._cues.search(sentence, opening.start()) or self._opens_as_plan(said):
            return None
        return opening

    def _met_close_last(self, said: _Sentence) -> int:
        """Where the sentence `said` last says a word every target_met_close match holds (_met_close_gate), -1 for none
        and past any figure where the pattern shows no words, found once for all its figures (_Sentence.met): a figure
        ending after it has no target said met right after it, as a search of the rest of the sentence for the words
        after each figure found."""
        gate = _met_close_gate()
        if gate is None:
            said.met = sys.maxsize
        elif isinstance(gate, str):
            said.met = self.text.rfind(gate, said.start, said.limit)
        else:
            starts = held_word_starts(gate, self.text, said.start, said.limit)
            said.met = starts[-1] if starts else -1
        return said.met

    def _opens_with_part_of_year(self, said: _Sentence) -> bool:
        """Whether the sentence `said` opens with a part of a year it names (2024年1至3月, 今年一季度,): its figures are
        what that part of the year has done, even in a plan part, unless a cue of its own plans them."""
        if said.yue >= said.limit and self.text.find("季度", said.start, said.limit) < 0 \
                and self.text.find("半年", said.start, said.limit) < 0:
            return False  # no period's word in it: most sentences, found without a search
        opening = _PART_OF_YEAR_OPENING.match(self.text, said.start, said.limit)
        return opening is not None and (opening.group(1) is not None or opening.group(2) is not None)

    def _opens_as_plan(self, said: _Sentence) -> bool:
        """Whether the sentence `said` opens as a plan paragraph does (catalog plan_paragraph: 下一步, 今后, 2025年,全县将…),
        wherever it stands. A sentence opening with none of the characters a cue opens with (plan_cue_openings), nor
        an indent, is none, found without a match."""
        if said.planned is None:
            text, openings = self.text, plan_cue_openings()
            said.planned = (openings is None or text[said.start:said.start + 1] in openings + _INDENT_CHARS) \
                and self.catalog.plan_paragraph.match(text[said.start:said.start + _PLAN_OPENING_REACH]) is not None
        return said.planned

    def _year_planned_ahead(self) -> int | None:
        """The year a plan said among what was done looks to (下一步,确保…): the report's next, or its own for a report
        on a part of its year (下半年 follows); none for a text that plans no next year of its own (news, a release)."""
        if self.report_year is None:
            return None
        if self._reports_part_of_year:
            return self.report_year
        return self.report_year + 1 if self.plans_next_year else None

    def _by_past_year(self, sentence: int, end: int) -> bool:
        """Whether the only target cue before `end` in the sentence is 到 a year not after the report's (到2022年底, in
        a report on 2023; 到“十三五”末, the end of a plan before): a level reached by then, as 截至 says, no plan. A text
        of no year of its own (a span's review, an article) dated in a later year than that one says a level too (到2017
        年底,…共调解纠纷880万件, published in 2018); one of its own year may still plan to that year's end."""
        latest = self.report_year if self.report_year is not None \
            else self.published_year - 1 if self.published_year is not None else None
        if latest is None:
            return False
        cue = self._cues.last(sentence, end)
        if cue is None:
            return False
        said = cue.group()  # 到 a year, or a plan's end (到“十三五”末), is the one cue that holds a year
        year = _ANY_YEAR.search(said)
        plan_end = None if year is not None else _PLAN_END.search(said)
        last = int(year.group(1)) if year is not None else plan_last_year(plan_end.group(1)) if plan_end is not None else None
        return last is not None and last <= latest and not self._cues.search(sentence, cue.start())

    def _cued_for_others(self, said: _Sentence, start: int) -> bool:
        """Whether every target cue before `start` in the sentence holds a figure of its own, in a clause before the one
        of the figure at `start`, to a level (catalog own_figure_cue: 败诉率控制在5%以内,调解成功率99.2%): that figure is
        none of their target. Listed after the cue's own with 、 alone (年度目标为调解成功率98%以上、纠纷化解率100%), it is
        one of the targets the cue sets. So is a figure after a cue opening a purpose, setting a quoted goal or making
        sure of what its clause names, in a clause before (catalog own_clause_cue_open, own_clause_cue_goal: 为确保依法
        行政,全年出庭应诉率达到100%; 确保“告官见官”,…; 确保案件质量,…), unless the sentence opens as a plan (下一步,
        确保…,…: _opens_as_plan)."""
        text, catalog, sentence = self.text, self.catalog, said.start
        clause = self.outline.clause_at(start)[0]
        cue = self._cues.last(sentence, start)
        while cue is not None and cue.end() <= clause and _BREAK_BUT_LIST.search(text, cue.end(), clause) is not None \
                and (catalog.own_figure_cue.match(cue.group()) is not None
                     or ((catalog.own_clause_cue_open.search(text, max(sentence, cue.start() - 2), cue.start())
                          is not None or catalog.own_clause_cue_goal.match(text, cue.end(), clause) is not None)
                         and not self._opens_as_plan(said))):  # asked once a sentence (_Sentence.planned)
            cue = self._cues.last(sentence, cue.start())
        return cue is None

    def _later_year_so_far(self, sentence: int, start: int) -> int | None:
        """The year after the report's that the sentence opening at `sentence` says its figures are of so far before
        `start` (2024年,…208件;2025年以来,已办理…31件 in a report on 2024: of 2025), the last said, where no year follows
        it before `start`; asked only of a report that says one."""
        later = self._since_later
        i = bisect.bisect_left(later, (start,)) - 1
        if i < 0 or later[i][0] < sentence or _YEAR.search(self.text, later[i][0] + 1, start) is not None:
            return None
        return later[i][1]

    def _since_from(self, sentence: int) -> int:
        """Where the first 2019年以来 (2019年至今) of a year before the report's starts from `sentence` on, or the
        text's end: a figure after it in its sentence is of the years since, no one year's."""
        starts = self._since_earlier
        i = bisect.bisect_left(starts, sentence)
        return starts[i] if i < len(starts) else len(self.text)

    def _plan_at(self, offset: int) -> tuple[bool, int | None]:
        """Whether `offset` lies in a plan part, and the year planned, kept with the span between the plan
        sections' and paragraphs' bounds around it, where the answer is the same for every offset."""
        if self.plan_document:
            section = self.outline.section_at(offset)
            if section is not None and (section.kind == "achievements" or _achievements().search(section.heading.title)):
                # 一、2022年工作总结 of a 总结和计划, 一、发展基础 of a plan (the outline's review of the last period,
                # catalog [sections] review): what was done
                in_plan, plan_year = False, None
            else:
                named = section.year if section is not None and section.kind == "plans" else None
                if named is not None and self.report_year is not None and named < self.report_year:
                    named = None  # (二)2024年全市纠错率为14.3%,2025年要…: a year before the plan's is none it plans
                # (a plan of several years, plan_from: a target of no year said is of none, not the year published)
                in_plan, plan_year = True, named or self.report_year or (None if self.plan_from else self.published_year)
        else:
            in_plan, plan_year = self.outline.in_plan(offset)
            if in_plan and plan_year is None and self.report_year:
                plan_year = self.report_year + (1 if self.plans_next_year and not self._reports_part_of_year else 0)
            elif not in_plan and self.report_year:
                section = self.outline.section_at(offset)
                if section is not None and section.year is not None and section.year > self.report_year:
                    in_plan, plan_year = True, section.year  # 四、2024年推进法治政府建设的主要举措 in a 2023 report
        bounds = self._plan_bounds
        i = bisect.bisect_right(bounds, offset)
        plan = in_plan, plan_year
        self._plan_span = bounds[i - 1] if i else 0, bounds[i] if i < len(bounds) else len(self.text) + 1, plan
        return plan

    def _target_met_before(self, words: str) -> regex.Match | None:
        """Where the words before a bracket holding a rate's figure name a target, what the level did to it said
        before (完成年度目标任务(95%), 超额完成市下达的目标(90%), 低于年度控制目标任务(5%)): the target_before words
        end them, target_beaten's words or none open them; the match of those opening words (its year_before group
        set where the target is the year before's: 比上年度目标), or of target_before's where none do. None otherwise."""
        named = self._target_before.search(words)
        if named is None or named.start() == 0:
            return named
        return self.catalog.series_target_beaten.match(words, 0, named.start())

    def _is_quota(self, q: Quantity, said: _Sentence) -> bool:
        """Whether a count is a target set from above with no label of its own: …下达的N件目标任务,
        目标任务(N件). `said` is what q's sentence says: a number ending before its first end where one may be a quota
        is none, found without a look-up."""
        free = said.quota if said.quota is not None else self._quota_free_until(said)
        if q.end < free:
            return False
        ends = self._quota_ends()[0]
        return q.end in ends or (q.start > 0 and self.text[q.start - 1] == "(" and _quota_opening().search(
            self.text, max(0, q.start - 8), q.start) is not None)

    def _quota_ends(self) -> tuple[set[int], list[int]]:
        """Where target_after matches (a quota's figure ends there), as a set and in order: found on the first ask."""
        if self._quota_at is None:
            starts = set().union(*(_match_starts(part, self.text) for part in self.catalog.target_after_parts))
            self._quota_at = starts, sorted(starts)
        return self._quota_at

    def _quota_free_until(self, said: _Sentence) -> int:
        """An end before which no number of the sentence `said` ending there is a quota (_is_quota): the sentence's
        first end where target_after matches, or one past its first opening bracket (sys.maxsize for neither), found
        once."""
        ordered = (self._quota_at or self._quota_ends())[1]
        i = bisect.bisect_right(ordered, said.start) if ordered else 0
        free = ordered[i] if i < len(ordered) else sys.maxsize
        bracket = self.text.find("(", max(said.start - 1, 0), said.limit)  # the character before a number's start
        said.quota = bracket + 1 if 0 <= bracket < free else free
        return said.quota

    def _quota_rule(self, q: Quantity, metrics: list[Found]) -> MetricRule | None:
        """The rule of the last headline count of the quota's paragraph, in the same measure word."""
        paragraph = self._line_start(q.start, _MAX_PARAGRAPH) or 0
        for found in reversed(metrics):
            if found.start < paragraph:
                break
            if found.key is not None and found.unit == "count" and found.quantity is not None \
                    and found.quantity.unit == q.unit:
                return self.catalog.rule(found.key)
        return None

    def _headline(self, q: Quantity, said: _Sentence, subject: str, subject_start: int,
                  listed: str = "", list_start: int | None = None) -> tuple[MetricRule | None, int]:
        """The first catalog rule that names this subject, and where its label starts; `said` is what q's sentence says
        (_sentence_at), which the caller holds. A subject read from a 分别 list of verbs sharing one noun (受理矛盾纠纷
        of 受理、调处矛盾纠纷分别为…) has its context said in the list's words, `listed`, as in itself; so does a label
        in the words of a parenthesis after it (出庭应诉率(负责人)达100%). A label listed
        before 分别 after the list's first (法律援助 of 人民调解、法律援助、公证分别受理…) has what rules its key out of
        the sentence looked for outside the list, which starts at `list_start`: the labels joined there are no total
        over them (法律援助、人民调解1200件), each has its value.

        A part (其中…, 含…) is a headline value only when its sentence states no total of the same
        key before it: 审结141件,其中判决行政机关败诉9件 gives the one 败诉 figure there is.
        A figure of a place above the report's own (全市… in a county's report), or each unit's (三县…均不足
        500件; not one the labels listed before it share, 行政复议、行政诉讼案件各2件: _shared_counts), is none of its
        metrics.
        """
        sentence = said.start
        for rule, label_start, context_in_subject, excluded_in_subject in self._named(q, subject):
            label = subject_start + label_start
            if listed and not context_in_subject and rule.context is not None:
                context_in_subject = rule.context.search(listed) is not None
            if q.kind == "percent" and (self._act_done(q, subject[label_start:])
                                        or self.catalog.rate_units_reaching.match(self.text, q.end) is not None):
                continue  # 纠错100%建议: how often an act is done; 率达80%以上的司法所: the bar units are picked by
            if rule.context is not None and not context_in_subject \
                    and not self._said_around(rule.context, q, sentence, subject_start, paragraph=True) \
                    and not self._titled(rule, sentence):
                continue
            continues = rule.continues
            if (not context_in_subject or continues is True) and self._another_topic(rule, sentence, label):
                continue  # (…,成功调解8件 after a count of reconsiderations: a verb alone goes on from that count)
            if not context_in_subject and rule.last_topic is not None \
                    and self._measures_of_their_own(rule, sentence, label):
                continue  # (…法律援助案件537件;推出便民措施103项,办理5万件: the measures', no legal aid)
            if context_in_subject and not isinstance(continues, bool) and continues.match(subject, label_start) \
                    and self._another_topic(rule, sentence, label, True):
                continue  # (受理行政复议案件300件,化解纠纷120件: the disputes the reconsideration settled)
            if rule.context is not None and not context_in_subject \
                    and self.catalog.generic_counted.search(subject, label_start) is not None \
                    and self._listed_among_others(rule.context, sentence, subject_start):
                continue  # 选派人民调解、法律援助、行政复议等力量…,协助办理案件2350件: none of the services' count
            if rule.sentence_exclude is not None and (excluded_in_subject
                                                      or self._said_around(rule.sentence_exclude, q, sentence,
                                                                           subject_start if list_start is None
                                                                           else list_start, paragraph=False)):
                continue
            heard = (said.heard or self._heard_in(said)) if q.start < said.limit else _ASKED_ALL
            # whether the subject is a part by its marker: asked once for both checks below
            part = self._is_part(subject) \
                or (subject_start > heard.part and (self._after_part_marker(said, subject_start)
                                                    or (q.kind == "count"
                                                        and self._after_counted_items(sentence, subject_start - 1)
                                                        and self.catalog.specialised_disputes.search(subject) is None)
                                                    or (q.kind == "percent"
                                                        and self._after_counted_items(sentence, subject_start - 1,
                                                                                      _RATED_ITEM))))
            if (rule.key, sentence) in self._stated and (part or self._among_cases(said, subject_start)) \
                    and not self._newly_received(rule.key, sentence, subject, subject_start, label_start) \
                    and not (part and self._year_of_many(rule.key, sentence, sentence, label)):
                if part and rule.key in self._wholes:
                    # 全县共受理矛盾纠纷3000件,其中泗安镇受理矛盾纠纷200件,调解成功195件: the figures after the part may
                    # be of the part, no rate of the whole derived from them
                    self._part_gives_way(q, rule, sentence, subject, subject_start, label)
                return None, 0  # (…累计受理612件,其中2025年受理158件: the year's own figure)
            if not part and q.kind == "count" and self.text[subject_start - 1:subject_start] == "(" \
                    and (rule.key, sentence) in self._stated:
                # 一审行政案件共420件(新收365件,旧存55件): the bracket splits the total, whose newly received part is
                # the year's intake; the total, holding the cases carried over, gives way to it
                self._newly_received(rule.key, sentence, subject, subject_start, label_start)
            whole = self._whole_before(said)  # (where the sentence this one parts starts, asked once per sentence)
            # (a kind's rate after the whole counted by its denominator's count alone, 受理纠纷1200件。其中,邻里纠纷调解
            # 成功率97.6%, the only rate of its sentence: read as an example's, below, the one figure of its key where the
            # report gives no whole's rate)
            kind_named = part and q.kind == "percent" and self._names_a_kind(subject, label_start) \
                and ((denominator := _denominators().get(rule.key), sentence) in self._stated
                     or whole is not None and (denominator, whole) in self._stated)
            if kind_named and (self._whole_rate_counted(rule.key, sentence, whole)
                               or self.text.find(rule.label, q.end, said.limit) >= 0):
                # 受理纠纷1200件,调解成功1150件,其中婚姻家庭纠纷调解成功率98.5%: the kind's rate, the whole's following
                # from the counts; so after the sentence counting the whole (受理纠纷1200件,调解成功1150件。其中,…); and
                # one of kinds' rates side by side (其中婚姻家庭纠纷调解成功率96.5%,邻里纠纷调解成功率98.1%)
                self._kinds_parted.add((rule.key, sentence))
                return None, 0
            if part and self._of_files_reviewed(sentence, subject_start):
                return None, 0  # 评查归档卷宗600份,其中法律援助案件420件: files reviewed, not cases handled
            if heard.respectively < q.start - 1 and self._of_periods_listed(sentence, q.start):
                return None, 0  # 9月、10月败诉率分别为24.7%、24%: each month's figure, no year's
            if self._later_months_apart and (
                    heard.period < q.start and self._of_part_of_year(sentence, label, q.start,
                                                                     not self._parts_of_year_apart)
                    or q.kind == "count" and heard.period < said.limit
                    and self._of_part_of_year_after(sentence, label, q.end, not self._parts_of_year_apart)):
                if q.kind != "percent" or not self._of_span_of_year(sentence, q.start):
                    self._part_of_year_counts.add((rule.key, sentence))
                    return None, 0  # a yearly report's 上半年办理行政复议案件38件, 7月份纠错率12%: the part's, not the year's
                self._year_parts.add(q.start)  # 上半年调解成功率98%: the year's level, unless the year's own is said
            if whole is not None and (rule.key, whole) in self._part_of_year_counts:
                return None, 0  # 上半年调解纠纷600件。其中婚姻家庭纠纷120件: a part of the half's count, no year's
            if whole is not None and ((rule.key, whole) in self._stated
                                      or whole <= self._last_stated.get(rule.key, -1) < sentence) \
                    and not self._newly_received(rule.key, whole, subject, subject_start, label_start) \
                    and not self._year_of_many(rule.key, whole, sentence, label):
                self._parts_read[rule.key, sentence] = q.value
                return None, 0  # 出庭应诉171件次。其中,县长出庭应诉19人次: a part of the total before
            if whole is not None and (denominator := _denominators().get(rule.key)) is not None \
                    and (self._after_own_part(rule.key, denominator, sentence)
                         or self._part_counted(rule.key, denominator, whole, said, q.start)):
                return None, 0  # 调解纠纷2900件。其中,调委会调解纠纷2100件,调解成功率为97.5%: the part's rate
            # (a figure up to where the sentence first names mediators, after one naming none of another body's, is
            # none of another body's: not asked of _by_other_mediators; a value of a list of labels after its first, or
            # after a 分别 list of bodies, of the mediators named before the list: the bodies listed are each its
            # value's, _other_mediators_listed and _apart_in_list)
            if rule.key in self.catalog.other_mediation_keys \
                    and q.start > (said.unmediated if said.unmediated is not None else self._unmediated_until(said, q.start)) \
                    and self._by_other_mediators(said, self._mediators_end(sentence, q.start, list_start)):
                return None, 0  # 县法院诉调对接中心调解案件1500件,调解成功980件: the court's mediation, not the area's
            if q.kind == "count" and (sentence in self._specialised
                                      or (heard.specialised < q.start
                                          and self._specialised_part(rule.key, sentence, q.start))):
                self._specialised.add(sentence)  # the figures after it (…,调解成功160件,调解成功率84%) are the body's too
                return None, 0  # 全县调解纠纷3250件。医调委调解医疗纠纷190件,调解成功160件: a specialised body's part
            if sentence in self._specialised:
                return None, 0  # …医调委调解医疗纠纷190件,调解成功率84.2%: the body's rate
            # 以青石镇为例,调解纠纷120件: the example's figure, a part of the area's like a sub-unit's; so is the sub-units'
            # average of a rate (各村平均调解成功率97.3%, 各镇调解成功率平均达97%: read as an example's, the area's own
            # rate said beside it stands); and so are the figures after a share's count in its sentence (依托…工作室
            # 化解纠纷95件,调解成功率100%)
            example = ((heard.example < label or bool(self._example_reaches)) and self._in_example(sentence, label)) \
                or (q.kind == "percent" and (self._averaged(q, subject, subject_start, label_start)
                                             or self._of_a_town(sentence, label)))
            share = example or (sentence in self._share_ends and self._after_share(sentence, label)) \
                or self._continues_share(sentence, label)
            kind = False
            # where the label ends: before the figure, or before the first value of a 分别 list (刑事、民事法律援助
            # 案件分别为800件、300件: the 300 is 民事's)
            end = min(q.start, subject_start + len(subject))
            # (cut at its last pause only where the sentence names words of a share, without which no search asks)
            clause = after_last_pause(self.text, max(sentence, end - _MAX_SUBJECT), end) \
                if heard.qualifier is not None or heard.kind_class is not None or heard.kind is not None else end
            # a channel, domain or group in the figure's clause, a rate's too (市本级…出庭应诉率100%, 涉企…纠错率15%);
            # a count's share of a total said after it, or a kind's, named by its class before the count in its clause
            # (征迁安置类新收6件) or in a bracket after the class (处罚类…(新收2758件))
            channel = (heard.qualifier is not None
                       and self._in_clause(self.catalog.share_qualifier, heard.qualifier, clause, end)) \
                or (q.kind == "count"
                    and ((self.text.find(_SHARE_SAID, q.end, q.end + 2) >= 0 and _share_after().match(self.text, q.end)
                          is not None and not self._completion_share(rule.key, q.end))
                         or (heard.kind_class is not None
                             and self._in_clause(self.catalog.share_kind_class, heard.kind_class, clause, end))
                         or (heard.bracket <= label and self._kind_before_bracket(sentence, label))
                         or (heard.channel < end and self._channel_said_before(sentence, end))))
            if channel and not share:  # (past an aside on the count: 3326件(2023年为867件), no whole's year)
                aside = self.text.find(")", q.end, q.end + _MAX_SUBJECT) + 1 if self.text.startswith("(", q.end) else 0
                self._share_ends.setdefault(sentence, aside or q.end)
            share = share or channel
            kind = not share and heard.kind is not None \
                and self._in_clause(self.catalog.share_kind, heard.kind, clause, end)
            if kind and q.kind == "percent" and (rule.key, sentence) in self._kinds_parted:
                return None, 0  # 其中,婚姻家庭纠纷调解成功率96.5%;邻里纠纷调解成功率98.1%: another kind's, a part too
            if q.kind == "count" and self._kind_of_list(q, subject, subject_start, label_start, kind):
                return None, 0  # (一)婚姻家庭纠纷646件;(二)邻里纠纷170件: one kind's count of a breakdown, no total
            if (share or kind) and rule.key in self._wholes \
                    and (self._of_a_whole_read(rule.key, q, said, subject, label, kind)
                         or (channel and clause < end and self.catalog.share_domain.search(self.text, clause, end))):
                # 全年化解纠纷800件。依托“和事佬”工作室化解纠纷95件: a channel's share of the whole; 全年办理法律援助案件
                # 1200件,办理刑事法律援助案件520件: a kind's. A domain's count (涉企, 涉及…领域) after a whole of any year:
                # a slice of its year's whole, which the report counts but gives not (2023年新收…38.5万件 … 2022年共办理
                # 涉企行政复议案件1.9万件): no figure of that year's whole
                self._part_gives_way(q, rule, sentence, subject, subject_start, label)
                return None, 0
            if (level := self.level) is not None and self._above_own(q, sentence, level, label, end):
                self._above.setdefault(rule.key, q.start)
                self._last_above = rule, sentence
                return None, 0
            if self.own_code is not None and self.level is not None \
                    and self._of_another_place(q, sentence, self.own_code):
                # 全市…98.2%;邻近的义乌市同期调解成功率为95%: the other place's figure, in a report that speaks of its own
                # place (_above_own has asked: a place it never calls its own may have been read from one in passing)
                return None, 0
            if q.kind == "count" and (
                    (end < q.start and q.start not in self._shared_counts and self._each(q, subject, subject_start))
                    or (label < q.start and heard.each < q.start and _EACH_DOING.search(
                        self.text, max(sentence, label - _EACH_DOING_REACH), q.start) is not None)) \
                    and not self._each_year(sentence, q.start):
                return None, 0  # 两镇各受理纠纷12件: each town's, no total; years sharing it (2022年和2023年…均…) each year's
            if q.kind == "count" and q.qualifier in BOUNDS and self._each_bounded(q):
                # each unit's bound, stated of the units: a part said after it (…超过100件。其中,甲县…152件) is theirs
                self._stated.add((rule.key, sentence))
                return None, 0
            if share or kind or kind_named:
                self._shares.add(q.start)
            if example or kind_named or (kind and q.kind == "percent"):
                # (a kind's rate, 婚姻家庭纠纷调解成功率99%, gives way as an example's to the area's, or to the counts
                # the area's follows from, said anywhere)
                self._examples.add(q.start)
            return rule, label_start
        return None, 0

    def _whole_rate_counted(self, rate: str, sentence: int, whole: int | None) -> bool:
        """Whether both counts the rate `rate` follows from (its numerator's and its denominator's) are stated in the
        sentence at `sentence` or in the one it parts, `whole` (受理纠纷1200件,调解成功1150件): the whole's rate is
        derived, a kind's rate after them a part. With one of them alone (受理纠纷1200件。其中,邻里纠纷调解成功率97.6%)
        the whole's rate is not said, and the kind's is the one figure of its key."""
        denominator, numerator = _denominators().get(rate), _numerators().get(rate)
        if denominator is None or numerator is None:
            return False
        return any((denominator, at) in self._stated and (numerator.key, at) in self._stated
                   for at in (sentence, whole) if at is not None)

    def _part_gives_way(self, q: Quantity, rule: MetricRule, sentence: int, subject: str, subject_start: int,
                        label: int) -> None:
        """A count read as a share of its key's whole in the whole's sentence gives way to it (given_way), dated as
        the whole: a rate derived in the sentence may be of the part, not of the whole (全县共受理矛盾纠纷3200件,以
        向城镇为例,受理矛盾纠纷215件,调解成功211件)."""
        whole = next((r for r in reversed(self._wholes[rule.key]) if r.sentence == sentence), None)
        if q.kind == "count" and whole is not None:
            part = Reading(q, subject, subject_start, whole.year, whole.target, sentence)
            self.given_way.append(part.found(rule.key, rule.label, rule.unit, label))

    def _kind_of_list(self, q: Quantity, subject: str, subject_start: int, label_start: int, kind: bool) -> bool:
        """Whether the count q is one kind's in a list of kinds of disputes: its label the noun of disputes alone
        (_DISPUTES_ALONE) after the kind's name (_KIND_ALONE) with no verb, another kind's count right after it in its
        sentence or a count right before it (婚姻家庭纠纷646件;(二)邻里纠纷170件; 3件,村务管理纠纷99件); or its label, a
        verb's, naming one of the catalog's share_kinds (`kind`: 调解婚姻家庭纠纷646件), another kind's count right after
        it (…、邻里纠纷1670件): the first of the list."""
        alone = label_start > 0 and subject.endswith(_DISPUTES_NOUNS) \
            and _DISPUTES_ALONE.fullmatch(subject, label_start) is not None \
            and _KIND_ALONE.fullmatch(subject, 0, label_start) is not None
        if not (kind or alone) or ("级" in subject and _LEVEL_NAMED.search(subject) is not None):
            return False  # (成功调解村级矛盾纠纷78件,镇级矛盾纠纷37件: levels' counts, which _levels_summed adds up)
        text = self.text
        return _KIND_LISTED_AFTER.match(text, q.end) is not None \
            or (alone and _PART_LISTED_BEFORE.search(text, max(0, subject_start - _LISTED_REACH), subject_start) is not None)

    def _act_done(self, q: Quantity, label: str) -> bool:
        """Whether the percent runs into the act it qualifies (案中100%调解、纠错100%建议) under a label that names no
        rate (no 率, no share): how often the act is done, a slogan's or a practice's, no level of a rate."""
        return "率" not in label and self.catalog.rate_share.search(label) is None \
            and self.catalog.rate_act_after.match(self.text, q.end) is not None

    def _after_own_part(self, rate: str, denominator: str, sentence: int) -> bool:
        """Whether the rate of `sentence` follows a part of its denominator's whole read in it (其中,调委会调解纠纷2100件,
        调解成功率97.5%) and no numerator of the whole's between: a count of its numerator read in the sentence after the
        part and greater than it (其中婚姻纠纷16件,邻里纠纷18件;调解成功49件,调解成功率92%) is of no part, nor its rate."""
        part = self._parts_read.get((denominator, sentence))
        if part is None:
            return False
        numerators = self._wholes.get(_numerators()[rate].key)
        last = numerators[-1] if numerators else None
        return last is None or last.sentence != sentence or last.quantity.value <= part

    def _part_counted(self, rate: str, denominator: str, whole: int, said: _Sentence, start: int) -> bool:
        """Whether the part sentence `said` (其中…, of the whole said at `whole`) counts, before the rate at `start`,
        something in the unit of the whole's count that names no key (其中,调委会调解1980件,调解成功率为97.5%), and
        not the rate's numerator (其中,调解成功3400件,调解成功率…, the whole's rate): the rate is that part's.
        Nor are the whole's outcomes such a part (其中维持37件,撤销5件,纠错率…: how the whole was decided, its rate)."""
        numerator = _numerators()[rate]
        if (denominator, whole) not in self._stated or (numerator.key, said.start) in self._stated:
            return False
        unit = self._wholes[denominator][-1].quantity.unit if denominator in self._wholes else None
        if not unit:
            return False
        text, end = self.text, start
        while (end := text.rfind(unit, said.start, end)) > said.start:
            if text[end - 1] in _COUNTED_BEFORE_UNIT:  # 1980件, 1.98万件, 1900余件: a count, not a word holding the unit
                named = text[after_last_pause(text, said.start, end):end].rstrip(_COUNT_CHARS)
                if not self._an_outcome(numerator, named):
                    return True
        return False

    def _page_stamp(self, line: str) -> bool:
        """Whether the line above a table is the page's stamp, no caption: its date or source line (发布时间:2024-01-22
        来源:市司法局, the catalog's published_line and source_line) or a day alone (2024-01-22). The year of the day a
        release was put out is none of its figures' (a release of 2023's figures is put out in 2024)."""
        catalog = self.catalog
        return catalog.published_line.match(line) is not None or catalog.source_line.match(line) is not None \
            or date_at(line, 0, whole=True) is not None

    @staticmethod
    def _an_outcome(numerator: MetricRule, clause: str) -> bool:
        """Whether a count's name, its number cut off, ends in one of the outcomes the numerator's parts are listed
        with (维持, 撤销)."""
        return any(words is not None and words.search(clause) is not None
                   for words in (numerator.part, numerator.listed_with))

    def _of_periods_listed(self, sentence: int, start: int) -> bool:
        """Whether a list of months or quarters with 分别 (9月、10月…分别; 第三、四季度分别…) stands before `start` in its
        clause: the figures after it are each one period's, none a year's."""
        text = self.text
        low = max(sentence, start - _MAX_SUBJECT)
        if text.find("分别", low, start) < 0:
            return False
        clause = after_last_pause(text, low, start)
        return _PERIODS_LISTED.search(text, clause, start) is not None

    def _averaged(self, q: Quantity, subject: str, subject_start: int, label_start: int) -> bool:
        """Whether the rate whose label starts at `label_start` of its subject is an average (平均调解成功率, 调解成功率
        平均达…: the catalog's {AVERAGE} right before the label, or among the connectors between the subject and q)."""
        average = self.catalog.rate_place_average
        return (label_start >= _AVERAGE_WORD
                and average.fullmatch(subject, label_start - _AVERAGE_WORD, label_start) is not None) \
            or average.search(self.text, max(subject_start + len(subject), q.start - _AVERAGE_REACH), q.start) is not None

    def _of_a_town(self, sentence: int, label: int) -> bool:
        """Whether the sentence of a rate whose label starts at `label`, or the rate's clause, opens on a town's name
        (the catalog's [rates] town: 城关镇调解成功率99.5%; 青山乡调解纠纷210件,成功208件,调解成功率99%) in a report of
        a place above a town's, the area's whole (全县) not named between it and the label, or the rate's clause is towns
        listed and counted up to the label ([rates] towns_listed: 城关、白沙两镇调解成功率均达100%): the town's rate, a
        sub-unit's beside the area's, read as an example's."""
        if self.level is None or self.level <= _TOWN_RANK:
            return False
        listed = self.catalog.rate_towns_listed.fullmatch(self.text, after_last_pause(self.text, sentence, label), label)
        return listed is not None or any(not self._area_whole_after(named.start(), named.end(), label)
                                         for named in town_openings(self.text, sentence, label))

    def _in_example(self, sentence: int, label: int) -> bool:
        """Whether an example of one place or unit (以青石镇为例, 比如, 如城关街道…) opens a clause of the sentence before
        the label starting at `label`, or is a sentence of its own earlier in the paragraph (以青石镇为例。该镇…), and
        the area's whole (带动全县…, 全县共…) is not named between it and the label: the figures after it are the
        example's, a share of the area's whole (where the report states that whole, none of its figures; where it
        does not, the one figure of its key)."""
        text = self.text
        words = _example_words()
        if words is None or words.search(text, sentence, label) is not None:
            opening = _last_match(_example_opening(), text, sentence, label)
            if opening is not None:
                return not self._area_whole_after(opening.start(), opening.end(), label)
        reaches = self._example_reaches
        if not reaches:
            return False  # most reports, found without a search
        i = bisect.bisect_right(reaches, (label, sys.maxsize)) - 1
        return i >= 0 and label < reaches[i][1] and not self._area_whole_after(reaches[i][0], reaches[i][0], label)

    @functools.cached_property
    def _example_reaches(self) -> list[tuple[int, int]]:
        """Where each example said as a sentence of its own (以青石镇为例。, 以青石镇为例:) starts, and the end of its
        paragraph: the sentences after it in the paragraph speak of the example (该镇今年…), as far as the area's whole
        is not named (_area_whole_after). Found on the first ask (_headline, _in_example), not by whichever method runs
        first: a report with no figure a rule names is not searched."""
        text, reaches = self.text, []
        for word in _examples_said_alone(text):
            sentence = self.outline.sentence_start(word)
            opening = next((m for m in _example_opening().finditer(text, sentence, word + 1) if m.end() == word + 1),
                           None)
            if opening is not None:
                paragraph_end = text.find("\n", word + 2)  # (past the word and the mark closing it)
                reaches.append((opening.start(), len(text) if paragraph_end < 0 else paragraph_end))
        return reaches

    def _after_share(self, sentence: int, label: int) -> bool:
        """Whether a share's count (a channel's, domain's, group's: 依托…工作室化解纠纷95件, 市本级新收…3326件) stands
        in the sentence before the label at `label`, in the same run of clauses (no 、 or ; between: the next item of
        a list has a subject of its own) and no whole (全县, 全年, 共…: WHOLE_SAID) is said between: the figure is the
        share's too (…,调解成功95件,调解成功率100%; …,复议诉讼比值达9.1), no figure of the area's."""
        end = self._share_ends.get(sentence)
        text = self.text
        return end is not None and end <= label and text.find("、", end, label) < 0 and text.find(";", end, label) < 0 \
            and WHOLE_SAID.search(text, end, label) is None

    def _continues_share(self, sentence: int, label: int) -> bool:
        """Whether the sentence opens going on about the share the sentence before it in its paragraph counted
        (share_continued: 以区政府为被申请人的复议案件共14件,…。目前审结12件) and no whole (WHOLE_SAID) is said before
        the label at `label`: the figure is the share's too, a part of the whole's. Such a sentence is a share's
        sentence in turn (_share_ends), for the next one."""
        text = self.text
        if self._share_ends.get(sentence) != sentence:  # (not yet found to go on about one)
            # (most texts count no share, and most sentences follow none: told before the opening is matched)
            if sentence == 0 or not self._share_ends or sentence in self._share_ends or text[sentence - 1] == "\n" \
                    or self.outline.sentence_start(sentence - 1) not in self._share_ends \
                    or self.catalog.share_continued.match(text, sentence) is None:
                return False
            self._share_ends[sentence] = sentence
        return WHOLE_SAID.search(text, sentence, label) is None

    def _area_whole_after(self, example: int, after: int, label: int) -> bool:
        """Whether the area's whole (全县, 全市…: AREA_WHOLE) is named between `after` and the label at `label`, of a
        level the example opening at `example` does not name itself (以青石镇为例…全镇 is the example's own)."""
        text = self.text
        if text.find("全", after, label) < 0:
            return False
        clause = _EXAMPLE_CLAUSE.match(text, example)  # (which matches everywhere, if only nothing)
        own = clause.group() if clause is not None else ""
        return any(m.group(1) not in own for m in AREA_WHOLE.finditer(text, after, label))

    def _of_part_of_year(self, sentence: int, label: int, start: int, later_only: bool = False) -> bool:
        """Whether a period shorter than the year (上半年, 第三季度, 7月; with `later_only`, months from a later
        one on: 5月至当年底; never the first months, 1-9月 or 前10个月: the year so far) dates the figure whose label starts at `label` and a year would be read for it (the report's, or one said with the period: 2024年7月, 今年 of a dated
        item): the period said in the label's clause before the figure at `start` (上半年办理…; between the label and
        the figure: 行政复议案件:上半年56件,下半年48件), or as the clause opening the sentence or
        run into its first clause, a span (第三季度,…工作进一步推进,出庭应诉率…; 上半年全县受理纠纷30件,调解成功29件: the
        counts of one sentence share its period) or one month when the clause after it gives figures (7月,全县调解
        纠纷…; not 3月,出台《…》,…); no whole year (全年, 年内, 2024年) said between it and the label."""
        text = self.text
        low = max(sentence, label - _MAX_SUBJECT)  # (a sentence opening further back than a subject reaches: no opening)
        marks = self._period_marks
        if marks is None:
            marks = self._period_marks = char_starts(text, _PERIOD_MARKS)
        at = bisect.bisect_left(marks, low)
        if at == len(marks) or marks[at] >= start:
            return False  # no period's character before the figure: most figures, found without a search
        if text.find("月", low, start) < 0 and text.find("季度", low, start) < 0 and text.find("半年", low, start) < 0:
            return False
        clause = after_last_pause(text, low, label)
        period = _last_match(_PART_OF_YEAR, text, clause, label)
        if period is None:
            # (a span between the label and the figure: 行政复议案件:上半年56件; not one month, a level's date there:
            # 出庭应诉率在2022年10月达到100%)
            period = _last_match(_SPAN_OF_YEAR_DATED, text, label, start)
        if period is None:
            # (the period opening the piece after the sentence's last semicolon, for that piece: 1-6月,…;7-12月,受理…;
            # else the one opening the sentence)
            piece = text.rfind(";", low, label) + 1
            opening = _PART_OF_YEAR_LEAD.match(text, piece, label) if piece else None
            if opening is None:
                opening = _PART_OF_YEAR_LEAD.match(text, sentence, label) if low == sentence else None
            if opening is None:
                return False
            after = opening.end()
            next_pause = min((at for at in (text.find(pause, after, label) for pause in PAUSES) if at >= 0),
                             default=label)
            if _DIGIT.search(text, after, max(next_pause, after)) is None and next_pause < label \
                    and _SPAN_OF_YEAR.search(text, opening.start(), after) is None:
                return False  # 3月,出台《…》: the month dates an event; a quarter (half, months) is a period
            period, end = opening, after
        else:
            end = period.end()
        return self._part_apart(period, label, later_only) and _WHOLE_YEAR.search(text, end, start) is None

    def _of_part_of_year_after(self, sentence: int, label: int, end: int, later_only: bool) -> bool:
        """Whether a part of the year bracketed right after the figure ending at `end` (受理行政复议案件56件(上半年),
        调解纠纷300件(第三季度)) dates the figure whose label starts at `label`, as one said before it does
        (_of_part_of_year), or one bracketed right after an earlier figure of the label's piece of the sentence (up to
        its last semicolon before the label), no whole year (全年, 2024年) said between: the counts after a part's run
        on its period (调处纠纷418件(第三季度),调解成功410件; 受理…56件(上半年),办结50件)."""
        text = self.text
        period = _PART_OF_YEAR_BRACKETED.match(text, end)
        if period is None:
            piece = text.rfind(";", sentence, label) + 1 or sentence
            if text.find("(", piece, label) < 0:
                return False  # (most pieces: no bracket before the label, found without the pattern's search)
            period = _last_match(_PART_OF_YEAR_BRACKETED, text, piece, label)
            if period is None or _FIGURE_BEFORE_BRACKET.search(text, period.start() - 4, period.start()) is None \
                    or _WHOLE_YEAR.search(text, period.end(), label) is not None:
                return False
        return self._part_apart(period, label, later_only)

    def _part_apart(self, period: regex.Match[str], label: int, later_only: bool) -> bool:
        """Whether a period said of the figure whose label starts at `label` (_of_part_of_year) makes it a part's,
        a year read for it: never the first months, the year so far (1-9月), unless the rest of the year is said too;
        with `later_only`, months from a later one on alone."""
        if later_only and period.group("later") is None \
                or period.group("so_far") is not None and not self._rest_of_year_after(label):
            return False  # (the first months: the year so far, its figure the year's, as 截至10月底's is)
        return self.report_year is not None or period.group(1) is not None \
            or (period.group(2) is not None and self.published_year is not None)

    def _rest_of_year_after(self, label: int) -> bool:
        """Whether the sentence of the label at `label` names the rest of the year after it (1-6月,…56件,7-12月…48件;
        …,下半年…): the first months said before are a part beside the rest, as 上半年 is, no year so far."""
        text = self.text
        return any(m.group("later") is not None or text.startswith(_REST_OF_YEAR, m.start())
                   for m in _SPAN_OF_YEAR.finditer(text, label, self.outline.sentence_end(label)))

    def _of_part_said(self, sentence: int, start: int) -> bool:
        """Whether the figures of the sentence at `sentence` up to `start` are of a part of a year: a part said before
        (2022年1-9月, 上半年, 7月份, 截至11月30日) or the report's own (2024年上半年工作总结, _reports_part_of_year)."""
        text = self.text
        return _PART_OF_YEAR.search(text, sentence, start) is not None \
            or _TO_MONTH_END.search(text, sentence, start) is not None or self._reports_part_of_year

    def _of_span_of_year(self, sentence: int, start: int) -> bool:
        """Whether the part of the year a rate whose figure starts at `start` is of (_of_part_of_year) is a span of it
        from its start or a half, a quarter (上半年, 第三季度, 1-9月): a rate's level over it, alone, is the year's. Not one
        month (7月份纠错率12%) nor months from a later one on (2015年5月至当年底…出庭应诉率38%: since a change, no year's
        level)."""
        span = _last_match(_SPAN_OF_YEAR, self.text, max(sentence, start - _MAX_SUBJECT), start)
        return span is not None and span.group("later") is None

    def _of_files_reviewed(self, sentence: int, subject_start: int) -> bool:
        """Whether the clause before the part marker of the part at `subject_start` (its whole: 评查归档卷宗600份,
        其中…) names a review of files."""
        text = self.text
        low = max(sentence, subject_start - _MAX_SUBJECT)
        marker = subject_start
        for m in self.catalog.part_words.finditer(text, low, subject_start + 2):
            marker = m.start()  # the last one: the list's own
        whole = after_last_pause(text, low, marker - 1)
        return _FILES_REVIEWED.search(text, whole, marker) is not None

    def _newly_received(self, key: str, total: int, subject: str, subject_start: int, label_start: int) -> bool:
        """Whether a part's label is the year's intake (其中新收23件; not 其中新收案件审结…, nor a share's intake: 其中市本级
        新收…, …处罚类案件增幅超2倍(新收318件)): then the figure of `key` in the sentence at `total` (受理…25件, the same sentence or the one before)
        holds cases carried over, and gives way to it; not where that total is itself said newly received (新收行政复议
        案件88件。其中,…新收6件: a part of the intake)."""
        if not (subject.startswith(_NEWLY_RECEIVED, label_start) or self._admitted_of_handled(key, total, subject,
                                                                                             subject_start, label_start)) \
                or self.text.find(_NEWLY_RECEIVED, total, subject_start) >= 0 \
                or self.catalog.share_qualifier.search(subject, 0, label_start) is not None \
                or self._kind_before_bracket(total, subject_start + label_start):
            return False
        self._displaced[key, total] = subject_start
        return True

    def _admitted_of_handled(self, key: str, total: int, subject: str, subject_start: int, label_start: int) -> bool:
        """Whether a part's label is the cases admitted (其中受理186件) of an intake key whose total before it, from
        `total` on, is said handled and by no word of the intake (办理行政复议案件210件; not 收到…申请210件,其中受理186件:
        the applications received, those admitted a subset)."""
        if key not in self.catalog.intake_keys or not subject.startswith(_ADMITTED, label_start) \
                or _ADMITTED_OPENING.fullmatch(subject, 0, label_start) is None:
            return False
        return _HANDLED.search(self.text, total, subject_start) is not None \
            and _INTAKE_SAID.search(self.text, total, subject_start) is None

    def _kind_before_bracket(self, sentence: int, label: int) -> bool:
        """Whether the label at `label` opens a bracket (…(新收2758件)) after a kind of case named by its class in the
        clause before it (处罚类行政复议案件数量增幅超3.6倍), searched from `sentence` on: the count is that kind's."""
        text = self.text
        opening = text.rfind("(", max(sentence, label - _BRACKET_LEAD), label + 1)
        if opening < 0 or text.find(")", opening, label) >= 0:
            return False  # most labels, found without a search
        low = max(sentence, opening - _MAX_SUBJECT)
        clause = max(after_last_pause(text, low, opening), text.rfind("。", low, opening) + 1)  # (`sentence` may be one before)
        return self.catalog.share_kind_class.search(text, clause, opening) is not None

    def _by_other_mediators(self, said: _Sentence, end: int) -> bool:
        """Whether the mediators the sentence `said` names last before `end` are another body than the people's (行政调解,
        治安调解, 诉调对接: the catalog's [quantities.other_mediation], group `other`); for a sentence naming none that is a
        part of the one before (…受理行政调解案件3481件。其中调解成功2758件), the mediators that one names last. Where
        the sentence first says a word one of which every match holds, and what the one before names, are found once
        for all its figures: most name no mediators (调解纠纷12件,调解成功11件), and most that do name the people's alone
        (调解组织调解纠纷…: no other body's word before the figure, none to look for in a sentence before)."""
        sentence, mediators = said.start, self._other_mediation
        if end <= said.limit:
            if said.mediators is None:
                said.mediators = mediators.clear_of_words(sentence, said.limit)
            named = None
            if end > said.mediators:
                if said.others is None:  # (from where a word of any mediators is)
                    others = self._other_mediators
                    word = others.search(self.text, said.mediators, said.limit) if others is not None else None
                    said.others = sentence if others is None else said.limit if word is None else word.start()
                if end > said.others or self._whole_before(said) is not None:
                    named = mediators.last(sentence, end)
        else:
            named = mediators.last(sentence, end)
        while named is not None and (note := self._note_opening(sentence, named.start(), end)) >= 0:
            named = mediators.last(sentence, note)  # the figure's scope: the body is named before it
        if named is None:
            named = self._mediated_before(said)
        return named is not None and named.group("other") is not None

    def _mediated_before(self, said: _Sentence) -> regex.Match | None:
        """The mediators the sentence that `said` is a part of names last (_Sentence.mediated_before), found once."""
        if said.mediated_before is None:
            whole = self._whole_before(said)
            said.mediated_before = (None if whole is None else self._other_mediation.last(whole, self.outline.sentence_end(whole)),)
        return said.mediated_before[0]

    def _unmediated_until(self, said: _Sentence, end: int) -> int:
        """An end up to which no figure of the sentence `said` is another body's (_by_other_mediators), found once
        (_Sentence.unmediated) on the ask of its first figure, ending at `end`: where the sentence first names mediators
        (_Sentence.mediators), when the sentence it is a part of names none of another body's last; else -1. Where it
        names mediators before that first figure, -1 without a look at the sentence before (which its figures, past
        the mediators it names, do not ask for)."""
        if said.mediators is None:
            said.mediators = self._other_mediation.clear_of_words(said.start, said.limit)
        if end > said.mediators:
            said.unmediated = -1
        else:
            before = self._mediated_before(said)
            said.unmediated = -1 if before is not None and before.group("other") is not None else said.mediators
        return said.unmediated

    def _note_opening(self, sentence: int, at: int, end: int) -> int:
        """Where the bracket opens that holds `at`, closes before `end` and notes what the figure takes in or leaves
        out (调解成功率(含诉前调解)达98.9%, (不含…)), or -1: the mediators it names are the figure's scope, not its body."""
        text = self.text
        opening = text.rfind("(", sentence, at)
        if opening < 0 or text.find(")", opening, at) >= 0 or text.find(")", at, end) < 0:
            return -1
        note = opening + 1 + text.startswith(_LEFT_OUT, opening + 1)
        return opening if self.catalog.part_words.match(text, note) is not None else -1

    def _specialised_part(self, key: str, sentence: int, end: int) -> bool:
        """Whether the sentence names the disputes of a specialised body before `end`, after a figure of `key` was
        read, or one of a key it is derived with (成功调处纠纷3980件;医调委调解医疗纠纷190件: the area's mediation
        is read, the body's cases are a part of it; not 医调委调解医疗纠纷75件,调解成功69件)."""
        stated = self._keys_stated
        together = self._derived_together.get(key, ())
        if key not in stated and stated.keys().isdisjoint(together):
            return False
        named = self._specialised_disputes.first_before(sentence, end)
        if named is not None and (_KIND_LISTED_AFTER.search(self.text, named.end(), end + 1) is not None
                                  or (_PART_LISTED_BEFORE.search(self.text, sentence, named.start()) is not None
                                      and self.catalog.part_words.search(self.text, sentence, named.start()))):
            return False  # 其中…医疗纠纷1件,邻里纠纷22件,调解成功率100%: one kind of a list, the figures after it the whole's
        return named is not None and (key in stated or any(stated.get(other, end) < named.start() for other in together))

    def _channel_said_before(self, sentence: int, end: int) -> bool:
        """Whether a channel is said as a clause of its own before the clause of the count ending at `end`, in its
        sentence (依托“有事好商量”议事平台,受理邻里纠纷420件; 通过推广“村民说事”制度,…,受理矛盾纠纷640件: the catalog's
        share_channel_clause), and the count's clause says no whole (依托综治中心,全县共调解纠纷1200件: the area's)."""
        text = self.text
        clause = after_last_pause(text, sentence, end)
        return clause > sentence and WHOLE_SAID.search(text, clause, end) is None \
            and self.catalog.share_channel_clause.search(text, sentence, clause) is not None

    def _in_clause(self, share: regex.Pattern, words: Sequence[int], clause: int, end: int) -> bool:
        """Whether the clause of the figure at `end`, from `clause` on, names before it a share of the whole:
        `share_qualifier`, a channel the work went through (依托…工作室, 通过…平台, 经…中心), a domain (涉企…,
        涉及民生领域…) or a group served (为农民工…), not a means (通过调解化解纠纷…); or `share_kind`, a kind of
        case opening its label (刑事法律援助案件…). The catalog's [quantities] share words say which. `words`: where
        the sentence says the words one of which every match holds (_Heard), so a clause saying none is not searched;
        an empty part (a clause not cut where the sentence names no share's words) holds none."""
        i = bisect.bisect_left(words, clause)
        return i < len(words) and words[i] < end and share.search(self.text, clause, end) is not None

    def _share_words_said(self, share: regex.Pattern, start: int, limit: int) -> Sequence[int] | None:
        """Where text[start:limit] says each of the words one of which every match of `share` holds, in order (None for
        none; every offset where the pattern shows no words). Looked for in the sentence alone: a search of the report
        for words it says nowhere (行政法援) would read all of it."""
        if share not in self._share_words:
            self._share_words[share] = words_search(words_held(share))
        words = self._share_words[share]
        if words is None:
            return range(start, limit)
        return held_word_starts(words, self.text, start, limit)

    def _heard_in(self, said: _Sentence) -> _Heard:
        """_Heard of the sentence `said`, found once and kept with it (_Sentence.heard) for all its figures."""
        text, start, limit = self.text, said.start, said.limit
        heard = said.heard = _Heard(limit)
        if (at := text.find(_RESPECTIVELY, start, limit)) >= 0:
            heard.respectively = at
        if self._later_months_apart:
            marks = self._period_marks
            if marks is None:
                marks = self._period_marks = char_starts(text, _PERIOD_MARKS)
            i = bisect.bisect_left(marks, start)
            heard.period = min(marks[i], limit) if i < len(marks) else limit
        if (openings := _example_words()) is None:
            heard.example = start
        elif (found := openings.search(text, start, limit)) is not None:
            heard.example = found.start()
        if (at := text.find("(", start, limit)) >= 0:
            heard.bracket = at
        heard.each = min((at for word in _EACH_WORDS if (at := text.find(word, start, limit)) >= 0), default=limit)
        heard.part = self._part_said(said, start)
        words = self._specialised_disputes.words
        found = words.search(text, start, limit) if words is not None else None
        heard.specialised = start if words is None else limit if found is None else found.start()
        heard.qualifier = self._share_words_said(self.catalog.share_qualifier, start, limit)
        heard.kind_class = self._share_words_said(self.catalog.share_kind_class, start, limit)
        heard.kind = self._share_words_said(self.catalog.share_kind, start, limit)
        channel = self._share_words_said(self.catalog.share_channel_clause, start, limit)
        heard.channel = limit if channel is None else channel[0]
        return heard

    def _completion_share(self, key: str | None, end: int) -> bool:
        """Whether a count of `key` ending at `end` is followed by its share of the cases at an earlier stage
        (审结72件,占受理案件总数的94.68%): how many of them were completed, the whole's own count, no part."""
        return key in self.catalog.completed_keys and self.catalog.share_of_earlier_stage.match(self.text, end) is not None

    def _of_a_whole_read(self, key: str, q: Quantity, said: _Sentence, subject: str, label: int, in_sentence: bool) -> bool:
        """Whether a whole of `key` was read of the year of the share `q` (its label at `label`), in its sentence when
        `in_sentence` (a kind's count said apart may be another body's: 全区调解纠纷900件。村调委会调解婚姻家庭纠纷
        120件): 2022年全县化解纠纷3000件。今年依托…工作室化解纠纷95件 gives the 95 as the one figure of its year."""
        year = self._read(q, said, subject, label, None, label).year
        return any(whole.year == year and (not in_sentence or whole.sentence == said.start)
                   for whole in self._wholes[key])

    def _without_shares_before_wholes(self, metrics: list[Found]) -> list[Found]:
        """The metrics but a share's count that the whole of its key follows in its sentence, said as a whole (全年,
        共, 全县…: 依托“老娘舅”工作室化解纠纷860件,全年共化解矛盾纠纷5000件); a share before a count that is no
        whole (…,办结法律援助案件300件) stays."""
        text, shares = self.text, self._shares
        wholes = {(m.key, m.sentence, m.year): m.start for m in metrics
                  if m.quantity is not None and m.quantity.start not in shares
                  and WHOLE_SAID.search(text, after_last_pause(text, m.sentence, m.start), m.start)}
        return [m for m in metrics if m.quantity is None or m.quantity.start not in shares
                or wholes.get((m.key, m.sentence, m.year), -1) < m.end]

    def _without_examples_beside_wholes(self, metrics: list[Found]) -> list[Found]:
        """The metrics but an example's figure (以石门乡为例,…140件) where the report states the whole of its key and
        year anywhere, or of many years (2022年至2023年全县累计调解…5100件: read for no one year, the example's year a
        part of it), before the example or after it, or for a rate the whole's two counts it follows from, said in
        one sentence (全县调处纠纷1200件,调处成功1150件 beside the campaign's 调处成功率达90%: the area's rate is
        derived from them): a sub-unit's or a campaign's figure beside the area's. Two of them of a key and year, with
        other values (婚姻家庭纠纷调解成功率98.7%,邻里纠纷调解成功率99.2%), are parts side by side, neither the one
        figure, whether or not the whole is stated."""
        examples, shares = self._examples, self._shares
        wholes = {(m.key, m.year) for m in metrics if m.quantity is not None and m.quantity.start not in shares}
        values: dict[tuple[str | None, int | None], set[float]] = {}
        for m in metrics:
            if m.quantity is not None and m.quantity.start in examples:
                values.setdefault((m.key, m.year), set()).add(m.value)
        wholes.update(scope for scope, said in values.items() if len(said) > 1)
        counted = {(m.key, m.sentence, m.year) for m in metrics if m.quantity is not None
                   and m.quantity.start not in shares and m.unit == "count"}
        rates_of = _rates_of_counts()
        for key, sentence, year in counted:
            if key in rates_of and (rates_of[key][1], sentence, year) in counted:
                wholes.add((rates_of[key][0].key, year))
        return [m for m in metrics if m.quantity is None or m.quantity.start not in examples
                or ((m.key, m.year) not in wholes and (m.key, None) not in wholes)]

    def _without_months_to_date_beside_years(self, metrics: list[Found]) -> list[Found]:
        """The metrics but a count up to a month's end before December (截至11月底,共新收行政复议案件52件), or in a yearly
        report of its first months (1-11月,…: the year so far, _SPANS_OF_YEAR), where the
        report states a count of its key, year (one the text or the report says) and plan not so dated, no smaller
        and no bound (全年新收行政复议案件58件): the months' part of the year's count. Alone it is the year's level,
        the latest the report gives; a smaller count beside it (8月份单月办理…412件) is a part of it, not the year's."""
        text, to_date = self.text, set()
        if "月" not in text and "季度" not in text:
            return metrics  # (a text that names no month names no month's end, nor the first months but by 前三季度)
        first_months = None  # whether the first months are the year so far: in a yearly report (_parts_of_year_apart)
        for i, m in enumerate(metrics):
            if m.unit == "count" and m.year is not None and m.quantity is not None \
                    and (text.find("月", m.sentence, m.start) >= 0 or text.find("季度", m.sentence, m.start) >= 0) \
                    and (_TO_MONTH_END.search(text, m.sentence, m.start) is not None
                         or ((first_months := self._parts_of_year_apart if first_months is None else first_months)
                             and _first_months(text, m.sentence, m.start))):
                to_date.add(i)
        if not to_date:
            return metrics
        years: dict[tuple[str | None, int | None, bool], float] = {}
        for i, m in enumerate(metrics):
            if i not in to_date and m.unit == "count" and m.qualifier not in BOUNDS:
                scope = (m.key, m.year, m.target)
                years[scope] = max(years.get(scope, m.value), m.value)
        return [m for i, m in enumerate(metrics)
                if i not in to_date or years.get((m.key, m.year, m.target), -1) < m.value]

    def _without_year_parts_beside_years(self, metrics: list[Found]) -> list[Found]:
        """The metrics but a yearly report's rate of a part of its year (上半年调解成功率98%, 第三季度…) where the report
        states the rate of its key and year not so dated (全年调解成功率97.5%): the part's level beside the year's.
        Alone it is the level the report gives for its year; beside the rate of another part (一季度…为95%,二季度为98%:
        _parts_beside_parts) it is none."""
        parts, beside = self._year_parts, self._parts_beside_parts
        years = {(m.key, m.year) for m in metrics
                 if m.unit == "%" and (m.quantity is None or m.quantity.start not in parts)}
        return [m for m in metrics if m.quantity is None or m.quantity.start not in parts
                or ((m.key, m.year) not in years and m.quantity.start not in beside)]

    def _values_before_label(self) -> dict[int, tuple[int, str]]:
        """Where each value of a rate said before its label starts (catalog series_values_before_label) -> where that
        label's clause starts and its words up to 率; found once, on the first unlabelled percent asked."""
        found = self._before_label
        if found is None:
            found = self._before_label = {}
            for pattern in self.catalog.series_values_before_label:  # (each alone: a scan skips to its first word)
                for m in pattern.finditer(self.text):
                    for value in m.starts("value"):
                        found[value] = m.start("label"), m.group("label")
        return found

    def _place_rank(self, m: Found) -> int | None:
        """The rank (_LEVEL_RANK) of the place the rate `m` is said of: the nation (_NATION in its clause, or a national
        body opening one of the sentence's: 据司法部统计,…) above any, else the place called last in its sentence before it
        (全省, 我市, 全县); None for no call."""
        text, start = self.text, m.quantity.start if m.quantity is not None else m.start
        if _NATION.search(text, self.outline.clause_at(start)[0], start) is not None \
                or self._national_opening(m.sentence, start):
            return _LEVEL_RANK["省"] + 1
        last = self._whole_places.last(m.sentence, start)
        return _LEVEL_RANK[last.group(1)] if last is not None else None

    @functools.cached_property
    def _whole_places(self) -> _BeforeInSentence:
        """The places a sentence's figures are for (_whole_place, no town's) before a figure, each sentence scanned once
        for its rates (_place_rank): searched afresh, a sentence of n rates was read n times."""
        return _BeforeInSentence(self.text, _whole_place(False), self.outline)

    def _without_wider_beside_own(self, metrics: list[Found]) -> list[Found]:
        """The metrics but a rate of a place above the one whose rate of the same key its paragraph gives (全县…纠错率为
        9.8%,全省平均直接纠错率为12.1%; 据司法部统计,全国调解成功率为96%。我县调解成功率为99.1%; 远低于全国14.5%的败诉率), in a
        report whose own level is not known (where it is, _above_own keeps them out): the figure a report sets its own
        against. A text citing a wider place's rate beside a narrower one's speaks of the narrower: it calls it 全县 or
        我县 as its own."""
        rated = [m for m in metrics if m.key is not None and m.unit == "%" and not m.derived]
        if len(rated) < 2 or len({m.key for m in rated}) == len(rated):
            return metrics  # (most reports: no key's rate said twice)
        ranks: dict[int, int | None] = {}
        lowest: dict[tuple[str | None, int], int] = {}
        line_of = _line_starts(self.text, [m.start for m in rated])
        scoped = [(m, (m.key, line_of[m.start])) for m in rated]
        rates_said = Counter(scope for _, scope in scoped)  # (key, line) -> how many rates of the key the line gives
        for m, scope in scoped:
            if rates_said[scope] == 1:
                continue  # (a rate alone of its key on its line is set against none: its place is not asked)
            rank = ranks[id(m)] = self._place_rank(m)
            if rank is not None:
                lowest[scope] = min(lowest.get(scope, rank), rank)
        return [m for m in metrics if (rank := ranks.get(id(m))) is None or rank <= lowest[m.key, line_of[m.start]]]

    def _names_a_kind(self, subject: str, label_start: int) -> bool:
        """Whether a part's subject names what it is a part of between its marker and the label (其中婚姻家庭纠纷
        调解成功率: 婚姻家庭纠纷), not the label alone after it (其中调解成功率)."""
        marker = self.catalog.part_marker.search(subject, 0, label_start)
        return label_start - (marker.end() if marker is not None else 0) > 1

    def _is_part(self, subject: str) -> bool:
        """Whether the subject opens with a part's marker (其中, 含…)."""
        part = self._parts.get(subject)
        if part is None:
            part = self._parts[subject] = self.catalog.part_marker.search(subject) is not None
        return part

    def _rate_terms(self, rate: Found, opening: int) -> tuple[int, int, Found] | None:
        """Where the two counts a rate that follows from counts is of start, bracketed at `opening` right after it
        (出庭应诉率达98.6%(71/72), 调解成功率99.2%(1240件/1250件)), and the rate: when they give it to the digit it is
        written to (not 调解成功率98%(2022/2023))."""
        said = _TERMS_BRACKETED.match(self.text, opening) if rate.key in _denominators() else None
        if said is None or rate.quantity is None:
            return None
        numerator, denominator = (int(said.group(term).replace(",", "")) for term in (1, 2))
        step = written_step(self.text[rate.quantity.num_start:rate.quantity.num_end])
        if not 0 < numerator <= denominator or abs(numerator * 100 / denominator - rate.value) > step:
            return None
        return said.start(1), said.start(2), rate

    def _rates_counted_in_bracket(self, closing: int) -> bool:
        """Whether the bracket closed at `closing` lists rates (…成功率) right after a name that counts them (“三率”(排查率、
        化解率、调解成功率), 两率(…)): the rates the name stands for."""
        text = self.text
        opening = text.rfind("(", 0, closing)
        return opening >= 2 and text[closing - 1] == "率" \
            and _RATES_COUNTED.fullmatch(text[opening - 3:opening].rstrip("”")[-2:]) is not None

    def _label_around_aside(self, q: Quantity, sentence: int, clause: int,
                            subject: str) -> tuple[MetricRule, int, int, str] | None:
        """The rule, label start, subject start and subject of a count or share whose label a bracketed aside cuts
        in two (直接纠正(含撤销、变更)行政机关决定46件): the words before the bracket and the subject after it, read as
        one label that starts before the bracket; None when they name none."""
        text = self.text
        opening = text.rfind("(", 0, clause - 1)
        if opening <= 0 or text.find(")", opening, clause - 1) >= 0:
            return None
        before_start = self.outline.clause_start(opening)
        before = text[before_start:opening]
        if not before:
            return None
        rule, label_start = self._headline(q, self._sentence_at(sentence), before + subject, before_start)
        if rule is None or label_start >= len(before):
            return None
        return rule, label_start, before_start, before + subject

    def _among_own_cases(self, rate: MetricRule, start: int) -> bool:
        """Whether the clause that ends right before `start` names, as the cases it sorts (…中,), those the rate counts
        (纠错案件中, 败诉案件中): a share said after it (…的占50%) is a share of them, no rate."""
        text = self.text
        if start < 2 or text[start - 1] not in PAUSES or text[start - 2] != _AMONG_NOUN:
            return False
        counted = _numerators().get(rate.key)
        if counted is None:
            counted = next((self.catalog.rule(count) for count, shared in _SHARES_OF_UNKEYED.items() if shared == rate.key),
                           None)
        among = text[self.outline.clause_start(start - 1):start - 2]
        return counted is not None and counted.labels.search(among) is not None

    def _ratio_named_before(self, q: Quantity, sentence: int, subject_start: int,
                            subject: str) -> tuple[MetricRule | None, int, int, str]:
        """The ratio rule, label start, subject start and subject for a ratio its own clause names none of, when
        the last clause of the sentence before, in the same paragraph and with no figure, names it
        (…与一审行政诉讼案件比值提升。截至10月底达到1.04:1); else no rule and the subject as it was."""
        text = self.text
        if sentence < 2 or text[sentence - 1] not in SENTENCE_MARKS:
            return None, 0, subject_start, subject
        last = max(self.outline.clause_start(sentence - 1), sentence - 1 - _MAX_SUBJECT)
        said = text[last:sentence - 1]
        if _DIGIT.search(said):
            return None, 0, subject_start, subject
        for end in range(len(said), 1, -1):  # a label ends its subject: the clause cut after the label's end
            if any(ratio.labels.search(said, 0, end) for ratio in _ratio_rules()):
                rule, label_start = self._headline(q, self._sentence_at(sentence), said[:end], last)
                if rule is not None:
                    return rule, label_start, last, said[:end]
        return None, 0, subject_start, subject

    def _after_part_marker(self, said: _Sentence, subject_start: int) -> bool:
        """Whether the subject at `subject_start` is a part by the marker before it: a later item of a 、 list whose
        first item opens with one (其中家庭纠纷12件、邻里纠纷30件), an item of a list after 其中, or 其中: , or a later
        item of a ;-parted list that 其中: opens. `said` is what its sentence says (_sentence_at)."""
        text, sentence = self.text, said.start
        if subject_start <= sentence or subject_start <= self._part_said(said, subject_start):
            return False  # no marker's word before the subject in its sentence: most subjects, told without a search
        low = max(sentence, subject_start - _MAX_SUBJECT)
        opening = subject_start - 1
        if text[opening] == LIST_SEPARATOR:
            opening = max(text.rfind(mark, low, subject_start) for mark in _LIST_OPENINGS)
            first = max(opening + 1, low)
            while first < subject_start and text[first].isspace():
                first += 1
            if self.catalog.part_words.match(text, first, subject_start) is not None:
                return True
        if opening <= low or text[opening] not in PAUSES:
            return False
        if self._part_marker_ends(low, opening):
            return True
        # An item after a ; of a list that 其中: opens (其中:经济公证20件;民事公证24件): the list runs on past each ;.
        colon = text.rfind(":", sentence, opening) if text[opening] == ";" else -1
        return colon > sentence and self._part_marker_ends(sentence, colon)

    def _after_counted_items(self, sentence: int, end: int, item: regex.Pattern = _COUNTED_ITEM) -> bool:
        """Whether the comma at `end` closes an item of a list parted by commas (a name and its count alone) that a part
        marker opens, ending before its first item or opening it (其中,行政调解21557件,人民调解22587件; 其中行政调解21557件,
        人民调解22587件): the count after it is a later item, a part too; so is a rate after items of rates (`item`
        _RATED_ITEM: 其中市直部门负责人出庭应诉率为100%,乡镇负责人出庭应诉率为90%). (A rate after such items is asked of the
        parts read before it: _after_own_part, _part_counted; a specialised body's disputes after them, 其中人民调解50件,
        医调委调解医疗纠纷10件, are that body's share, as _specialised_part reads them.)"""
        text = self.text
        if text[end:end + 1] != ",":
            return False
        for _ in range(_COUNTED_ITEMS_BACK):
            start = max(text.rfind(",", sentence, end), text.rfind(":", sentence, end)) + 1 or sentence
            marker = self.catalog.part_words.match(text, start, end)
            if item.fullmatch(text, marker.end() if marker is not None else start, end) is None:
                return False
            if marker is not None:
                return True
            if start <= sentence or self._part_marker_ends(sentence, start - 1):
                return start > sentence
            end = start - 1
        return False

    def _part_said(self, said: _Sentence, end: int) -> int:
        """Where the sentence `said` (_sentence_at) first says a word every part marker holds (其中, 含, 包括), found
        once for all its numbers; -1 where the marker shows no such words or `end` lies past the sentence. A part of
        the sentence ending before it holds no marker."""
        if self._part_words is None or end > said.limit:
            return -1
        if said.part is None:
            word = self._part_words.search(self.text, said.start, said.limit)
            said.part = said.limit if word is None else word.start()
        return said.part

    def _part_marker_ends(self, start: int, end: int) -> bool:
        """Whether a part marker ends text[start:end], searched back from the end only as far as a marker reaches, and
        not searched where the text ends in none of the characters a marker ends in."""
        marker, reach = self._part_marker_ending
        ends = self._part_marker_last
        last = end - 2 if self.text[end - 1:end] == "\n" else end - 1  # (a marker may stand before a final line break)
        if ends is not None and (last < start or self.text[last] not in ends):
            return False
        return marker.search(self.text, start if reach is None else max(start, end - reach), end, NOT_CONCURRENT) \
            is not None

    def _part_subject(self, subject: str) -> bool:
        """Whether a subject is a level or a unit of the area alone (the catalog's [rates] part), after a part marker
        or not (其中县级调解组织, 村居, 市直部门)."""
        marker = self.catalog.part_marker.match(subject)
        return self.catalog.rate_part.fullmatch(subject, marker.end() if marker is not None else 0) is not None

    def _label_before_parts(self, clause: int, opener: str, subject_start: int,
                            subject: str) -> tuple[int, str, bool] | None:
        """(start, text) of a rate's label that the part of the area a value is of follows (catalog [rates] part: 调解成功率
        镇街为98.5%; 出庭应诉率县直部门为100%), or the parts listed before 分别 (调解成功率镇街、村居分别为…: the first
        piece listed the label then a part, each piece after it a part alone), or the levels of government (catalog
        [rates] levels: 出庭应诉率区、镇两级…, 调解成功率县乡村三级…), and whether these are every level the area has
        (各级, or levels counted together: 两级, 三级); None otherwise."""
        pieces = [*(self._listed_before(clause) if opener == LIST_SEPARATOR else ()), (subject_start, subject)]
        first_start, first = pieces[0]
        end = first.rfind("率") + 1
        label = self._rate_label(first[:end]) if end else None
        if label is None or not first.endswith(label, 0, end):
            return None
        parts = [first[end:], *(piece for _, piece in pieces[1:])]
        part, level = self.catalog.rate_part.fullmatch, self.catalog.rate_levels.fullmatch
        if all(part(piece) is not None for piece in parts):
            together = len(parts) == 1 and parts[0].endswith(_EVERY_LEVEL)  # (在各级 as 各级)
        elif all(level(piece) is not None for piece in parts):
            together = self.catalog.rate_levels_counted.search(parts[-1]) is not None and self._own_levels("".join(parts))
        else:
            return None
        return first_start + end - len(label), label, together

    def _own_levels(self, levels: str) -> bool:
        """Whether the levels of government counted together (县乡村三级, 区、镇两级) are the report's own level and
        those below it, the highest its own (县乡两级 in a county's report; not 市县两级: the city's too, nor 乡村两级:
        the towns' and villages' alone): their value is the area's. Any, where the report's level is not known."""
        return self.own_rank is None or self._top_level(levels) == self.own_rank

    @staticmethod
    def _top_level(levels: str) -> int | None:
        """The rank (_LEVEL_RANK, _TOWN_RANK) of the highest of the levels of government listed (市、县两级: a city's),
        None for none."""
        ranks = [_LEVEL_RANK[word] for word in _LEVEL_WORD.findall(levels)]
        if any(word in levels for word in TOWNSHIP_OFFICES):
            ranks.append(_TOWN_RANK)
        return max(ranks, default=None)

    def _part_valued_after(self, end: int, limit: int) -> bool:
        """Whether a clause of the sentence after `end` (before `limit`) opens on a level or a unit of the area, a part
        marker allowed before it, given a figure of its own (…县乡两级均达到98%以上,村级为96%; ,其中社区为95%): the
        levels before it are not all the area has, their shared value no whole's."""
        text, catalog = self.text, self.catalog
        for pause in _PAUSE.finditer(text, end, limit):
            start = pause.end()
            marker = catalog.part_marker.match(text[start:limit])  # (anchored at its subject's start)
            start += marker.end() if marker is not None else 0
            opening = catalog.rate_part.match(text, start, limit) or catalog.rate_levels.match(text, start, limit)
            # (a level run into a word that is no level's, 市场, 区域, is none: a level alone ends in 级)
            if (opening is not None and (opening.re is catalog.rate_part or opening.group().endswith("级"))
                    and _OWN_FIGURE.match(text, opening.end(), limit) is not None):
                return True
        return False

    def _label_of_parts(self, start: int, label: str) -> tuple[int, str]:
        """A rate's label and where it starts, less the level, unit or place it opens with (镇街调解成功率, 甲县出庭应诉率:
        调解成功率, 出庭应诉率), for a value of another part or place: as it stands where it opens with none or nothing
        but a rate's label is left."""
        opening = self.catalog.rate_part.match(label)
        end = opening.end() if opening is not None else self._place_end(label)
        if not end or self._rate_label(label[end:]) != label[end:]:
            return start, label
        return start + end, label[end:]

    def _own_call(self, subject: str) -> bool:
        """Whether a subject is the report's own place by its call alone, after a part marker or not (我县, 其中本市;
        a town's report's 其中我镇 too): what it says is the report's own, where its sentence said its superior's."""
        marker = self.catalog.part_marker.match(subject)
        return _whole_place(self.level == _TOWN_RANK).fullmatch(subject, marker.end() if marker is not None else 0) \
            is not None

    def _each(self, q: Quantity, subject: str, subject_start: int) -> bool:
        """Whether the connectors between the label and q say the count is each unit's (三县…均不足500件)."""
        connectors = self.text[subject_start + len(subject):q.start]  # a label listed before (…、…分别为) has none
        return bool(connectors) and self.catalog.each.search(connectors) is not None \
            and not any(mark in connectors for mark in PAUSES + LIST_SEPARATOR)

    def _years_share(self, sentence: int, at: int) -> regex.Match | None:
        """The years listed in the sentence before the figure at `at` that a 均 says each has it (2022年、2023年均为
        100%; 2022年和2023年新收行政复议案件均为120件: each year's count, not each unit's): the last such list, not
        one a 分别 follows (each year its own value)."""
        listed = _last_match(_YEARS_SHARING, self.text, sentence, at)
        return listed if listed is not None and self.text.find("分别", listed.end(), at) < 0 else None

    def _each_year(self, sentence: int, at: int) -> bool:
        """Whether the 均 of the count at `at` says each of the years listed before it has it (2022年和2023年新收行政
        复议案件均为120件), no number of units named after the years (2022年和2023年两镇受理纠纷均为30件: each town's)."""
        listed = self._years_share(sentence, at)
        return listed is not None and self.catalog.places_counted.search(self.text, listed.end(), at) is None \
            and self.catalog.units_bounded.search(self.text, listed.end(), at) is None

    def _each_bounded(self, q: Quantity) -> bool:
        """Whether the bound count q follows a number of units named in its clause, or places listed before its clause
        (甲县、乙县新收一审行政案件数超过100件), not said a sum (白沙区等9个县级政府收到行政复议申请超过40件: each one's
        bound, no total; not 12个乡镇共受理纠纷超过3000件)."""
        clause = self.outline.clause_at(q.start)[0]
        said = self.text[clause:q.start]
        if self.catalog.summed.search(said) is not None:
            return False
        if self.catalog.units_bounded.search(said) is not None:
            return True
        listed = self._listed_before(clause)  # (a place opening the clause itself is the last of the list)
        return bool(listed) and all(self._is_place(piece) for _, piece in listed)

    def _above_own(self, q: Quantity, sentence: int, level: int, label: int, label_end: int) -> bool:
        """Whether the place named last in the sentence before q (全市, 全县, 我县, the own place's name), or the nation
        in its clause (_NATION) or a national body opening one of its clauses (_national_opening), or the levels of
        government counted together a rate's label (at `label`, ending at `label_end`) opens its clause with, q their
        pooled figure (_pooled_above: 市、县两级…率达97% in a county's report, the city's too), ranks above the report's
        own (of `level`), where the report speaks of its own place as a whole (_speaks_of_its_whole) or gives a figure
        of it by its name (_names_its_figure). A place whose average q is set against (_set_against) is none of q's."""
        if self._places is None:
            if not _speaks_of_its_whole(self.text, level) and not _names_its_figure(self.text, self.own_names, level):
                self.level = None  # (asked once: no place is above a level the report never speaks of)
                return False
            self._places = _BeforeInSentence(self.text, _whole_place(level == _TOWN_RANK), self.outline,
                                             self._covered)
        m = self._places.last(sentence, q.start)
        return (m is not None and m.group(1) is not None and _LEVEL_RANK[m.group(1)] > level
                and not self._own_name_after(m.start(), q.start) and not self._set_against(m, q.start)) \
            or _NATION.search(self.text, self.outline.clause_at(q.start)[0], q.start) is not None \
            or self._national_opening(sentence, q.start) \
            or (q.kind == "percent" and self._pooled_above(q, sentence, label, label_end, level))

    def _set_against(self, place: regex.Match, q_start: int) -> bool:
        """Whether the whole place `place` (全市, 全省) is named after 比, 较 or a word setting a figure against it, its
        average said running straight into a gap's figure or a bracket holding its figure alone before the figure at
        `q_start` (比全市平均(95%)高3个百分点,达98%; 高于全省平均水平2个百分点,为10%: [rates] average_gap): the place
        compared with, not the figure's; not where a figure or a rate's label follows the place before the gap
        (较全市调解成功率97%高1.5个百分点: 97% the city's, its place)."""
        text = self.text
        if _SET_AGAINST_WHOLE.search(text, max(0, place.start() - 2), place.start()) is None:
            return False
        said = _AVERAGE_SAID_END.search(text, place.end(), q_start)
        if said is None:
            return False
        end = said.start()
        if text[end] == "(" and ((close := text.find(")", end, q_start)) < 0
                                 or _FIGURE_ALONE.fullmatch(text, end + 1, close) is None):
            return False
        return self.catalog.rate_average_gap.search(text, max(0, place.start() - 2), end) is not None

    def _pooled_above(self, q: Quantity, sentence: int, label: int, label_end: int, level: int) -> bool:
        """Whether the levels of government counted together before a rate's label (at `label`, ending at `label_end`)
        reach above the report's own (of `level`; 市县两级…率达97% in a county's report: the city's too) and q is
        their pooled figure: not each level's (市、县两级…率均达100%: catalog [rates] each between the label and q, the
        report's own level's too, its headline value), nor a target (…率要达到100%: a target cue before q)."""
        return (self._top_level(self._levels_before_label(sentence, label)) or -1) > level \
            and self.catalog.each.search(self.text, label_end, q.start) is None \
            and not self._cues.search(sentence, q.start)

    def _levels_before_label(self, sentence: int, label: int) -> str:
        """The levels of government counted together, listed whole, that open the clause of a rate's label starting at
        `label`, a time allowed before them (县、乡两级…率, 2024年市县乡三级…率: _levels_lead), or ""."""
        clause = after_last_pause(self.text, sentence, label)
        levels = _levels_lead().fullmatch(self.text, clause, label) if clause < label else None
        return levels.group(1) if levels is not None else ""

    def _of_another_place(self, q: Quantity, sentence: int, own: str) -> bool:
        """Whether the place named last in the sentence before q (a division, outside a cited title) lies outside the
        report's own place (of code `own`), neither it nor a part of it: the figure is that other place's (东阳市…98.2%,
        义乌市为95%; 高于义乌市95%的调解成功率), unless the text calls its own place again after it (…义乌市…,我市…,
        东阳市…) or names it as a destination, a model or a partner of its clause (借鉴义乌市经验,…)."""
        text = self.text
        named = last_named_before(text, sentence, q.start)
        if named is None:
            return False
        start, end, codes = named
        if any(lies_within(code, own) for code in codes) or (self._covered is not None and self._covered(start)):
            return False
        # a call speaking as a place (我市, 本县: the lexicon's first_person_prefixes) is the text's own again; 全市 after
        # another place named in its sentence is that place's whole (浙江台州…在全市范围内推行…)
        first_person = tuple(get_catalog().lexicon.first_person_prefixes)
        if any(m.group(0).startswith(first_person) for m in _whole_place(False).finditer(text, end, q.start)) \
                or self._own_name_after(end - 1, q.start):
            return False
        return not in_elsewhere_clause(text, start)

    def _own_name_after(self, start: int, end: int) -> bool:
        """Whether a name of the report's own place (own_names) stands after `start` and before `end`, outside a cited
        title: the figures after it are its own again (全市共受理…1480件,柯桥区受理…132件)."""
        covered = self._covered
        return any(at > start and (covered is None or not covered(at))
                   for at, _ in _own_name_spans(self.text, self.own_names, start, end))

    def _national_opening(self, sentence: int, end: int) -> bool:
        """Whether a national body (_national_bodies) opens a clause of the sentence at `sentence` before `end`, a year
        or 据 allowed before it (最高人民法院2023年依托在线平台化解纠纷180万件; 据司法部统计,…): the figures after it in its
        sentence are the nation's, above any report's own place, as 全国's are (_NATION). Only the sentence is
        searched: the names' alternation over the whole text once had cost some 1% of a report's instructions, for
        the few figures a report asks it of."""
        text, named = self.text, self._national_named
        clear = self._national_clear.get(sentence)
        if clear is None:  # (a sentence saying no word every name holds names none before any of its figures)
            clear = self._national_clear[sentence] = named.clear_of_words(sentence)
        return end > clear and named.search(sentence, end) \
            and any(_NATIONAL_LEAD.search(text, max(0, m.start() - _NATIONAL_LEAD_REACH), m.start()) is not None
                    for m in _national_bodies().finditer(text, sentence, end))

    @functools.cached_property
    def _national_named(self) -> _BeforeInSentence:
        """The national bodies a sentence names before a figure (_national_bodies), each sentence scanned once for its
        figures: most sentences name none, and _national_opening reads them only where one is."""
        return _BeforeInSentence(self.text, _national_bodies(), self.outline)

    def _another_topic(self, rule: MetricRule, sentence: int, end: int, clause: bool = False) -> bool:
        """Whether the sentence before `end`, or the one before it on its line, names one of the rule's other topics
        after its context: the 审结 of 受理复议申请30件;行政诉讼案件41件,审结38件 is the lawsuits', as is that of
        行政诉讼新收一审案件73件。其中开庭审结94件 under a heading of both (行政复议应诉案件情况). With `clause`, only
        the sentence's part since its last semicolon before `end` is read."""
        if rule.last_topic is None:
            return False
        if clause:
            start = max(sentence, self.text.rfind(";", sentence, end) + 1)
        else:
            before = self._before_on_line(sentence)
            start = sentence if before is None else before
        last = rule.last_topic.search(self.text, start, end, NOT_CONCURRENT)
        return last is not None and last.group("other") is not None

    def _measures_of_their_own(self, rule: MetricRule, sentence: int, end: int) -> bool:
        """Whether the sentence's part since its last semicolon before `end` names none of the rule's context and counts
        measures or matters of its own in items (catalog measures_counted): 受理法律援助案件537件;推出便民措施103项,办理5万件
        (the measures' 5万); not 召开听证会12场 nor 配套制度5条, after which a verb alone is still the service's."""
        text = self.text
        semicolon = text.rfind(";", sentence, end)
        if semicolon < 0 or rule.context is None or rule.context.search(text, semicolon + 1, end) is not None:
            return False
        return self.catalog.measures_counted.search(text, semicolon + 1, end) is not None

    def _listed_among_others(self, context: regex.Pattern, sentence: int, end: int) -> bool:
        """Whether the last mention of a rule's context in the sentence before `end`, or else in the sentence before it
        on its line, is an item of a 、 list beside another service a rule counts (选派人民调解、法律援助、行政复议等力量
        入驻…, 人民调解、法律援助、行政复议工作人员, 人民调解和法律援助等力量: a generic count after it is none of theirs). A list of one (选派行政
        复议人员…), of kinds of the same service (人民调解、行政调解等力量), or beside no service (普法宣传、行政复议规范化
        建设) names no several services."""
        before = self._context_before.get(context)
        if before is None:
            before = self._context_before[context] = _BeforeInSentence(self.text, context, self.outline)
        m = before.last(sentence, end)
        if m is None and (above := self._before_on_line(sentence)) is not None:
            m = before.last(above, sentence)
        if m is None:
            return False
        text = self.text
        opening = _item_start(text, m.start())
        neighbours = []
        if opening > 0 and text[opening - 1] == LIST_SEPARATOR:
            neighbours.append(text[_item_start(text, opening - 1):opening - 1])
        if text.startswith(LIST_SEPARATOR, m.end()):
            neighbours.append(text[m.end() + 1:_item_end(text, m.end() + 1)])
        if (joiner := _LAST_SERVICE_JOINER.search(text, max(opening, m.start() - _JOINED_PREFIX - 1),
                                                  m.start())) is not None:
            neighbours.append(text[_item_start(text, joiner.start()):joiner.start()])
        if _SERVICE_JOINER.match(text, m.end()) is not None:
            neighbours.append(text[m.end() + 1:_item_end(text, m.end() + 1)])
        services = _services()
        return any(context.search(item) is None and services.search(item) is not None for item in neighbours)

    def _named(self, q: Quantity, subject: str) -> tuple[tuple[MetricRule, int, bool, bool], ...]:
        """The rules for q's kind and measure word whose labels end `subject` and whose exclusions it lacks,
        each with where its label starts and whether the subject holds its context and its sentence
        exclusion, in catalog order. Most subjects end in a character that no label ends in: those cost
        no search. A subject said again (a table, a list) is looked up."""
        key = (subject, q.kind, q.unit)
        named = self._names.get(key)
        if named is None:
            found = []
            for rule in self._fitting(q, subject):
                m = rule.labels.search(subject)
                if m is not None and (rule.exclude is None or rule.exclude.search(subject) is None):
                    found.append((rule, m.start(), rule.context is None or rule.context.search(subject) is not None,
                                  rule.sentence_exclude is not None and rule.sentence_exclude.search(subject) is not None))
            named = self._names[key] = tuple(found)
        return named

    def _fitting(self, q: Quantity, subject: str) -> tuple[MetricRule, ...]:
        """The catalog's rules for a number of this kind and measure word whose labels may end `subject`
        (which Ending tells from its last characters alone), in catalog order."""
        key = (q.kind, q.unit, Ending.tail(subject))
        fitting = self._rules_by_ending.get(key)
        if fitting is None:
            fitting = self._rules_by_ending[key] = tuple(
                r for r in self.catalog.rules
                if _unit_fits(r, q) and ((ending := Ending.of(r.labels)) is None or ending.allows(key[2])))
        return fitting

    def _said_around(self, pattern: regex.Pattern, q: Quantity, sentence: int, subject_start: int,
                     paragraph: bool) -> bool:
        """Whether `pattern` occurs in the sentence before the subject or after the number, or (with
        `paragraph`) for a rate in its paragraph before the sentence (…直接纠错15件。直接纠错率10.56%。: a rate
        may stand alone after its counts), for a count in the sentence before it on its line (收到行政复议申请62件。
        已审结58件), above the bulleted list of parts it is an item of; for either, in the titles of the sections
        holding it (【行政复议】).
        The numbers of a long sentence share one reading of it."""
        around = self._around.get((pattern, sentence, paragraph))
        if around is None:
            searched = self._before.get(pattern)
            if searched is None:  # its searches up to an offset, or else the gate of its words, for every sentence
                searched = self._before[pattern] = (_BeforeInSentence(self.text, pattern, self.outline), None) \
                    if _reads_from_start(pattern) else (None, words_gate(words_held(pattern)))
            before, gate = searched
            # the same end for every offset of the sentence: a sentence holds no end mark but its last. What rules a
            # key out reaches into a part after it (_reach); a topic the part names is the part's alone (全年受理案件
            # 45件。其中行政复议案件30件: no 45 reconsiderations)
            end = self.outline.sentence_end(q.start) if paragraph else self._reach(q.start)
            # (a sentence saying none of the pattern's words holds no match before or after any of its numbers, nor
            # does any part of it a pattern searched as cut is searched in)
            if before is not None:
                clear = max(sentence, before.clear_of_words(sentence, end))
            else:
                clear = sentence if may_hold_words(gate, self.text, sentence, end) else end
            around = self._around[pattern, sentence, paragraph] = _Around(before, end, clear)
        before = around.before
        # (a topic after the number, up to a part of it its sentence goes on to: 办理案件1200件,其中行政复议案件4件
        # names the part's topic, none of the whole's; what rules a key out, `paragraph` false, reaches into the part)
        part = _part_opening().search(self.text, q.end, around.end) \
            if paragraph and around.clear < around.end else None
        after_end = part.start() if part is not None else around.end
        if paragraph and q.kind == "count":  # a count's topic after it is its own clause's, or a later one's up to
            # a clause that takes in a count of its own (_CLAUSE_WITH_COUNT: 全年办理1.3万件;受理法律援助案件537件: the
            # 537's topic, none of the 1.3万's), not one going on from it (全年受理1200件,调解成功1150件: the 1200's
            # too). A rate's may be further on (出庭应诉率100%;负责人…)
            cut = self._count_clause.get((q.end, after_end))
            if cut is None:
                figured = _CLAUSE_WITH_COUNT.search(self.text, q.end, after_end)
                cut = self._count_clause[q.end, after_end] = figured.start() if figured is not None else after_end
            after_end = cut
        if before is None:  # searched as the parts it is cut into, where the sentence may hold a match
            if around.clear == sentence and (pattern.search(self.text[sentence:subject_start])
                                             or pattern.search(self.text[q.end:after_end])):
                return True
        elif subject_start > around.clear and before.search(sentence, subject_start):
            return True
        elif around.clear < around.end:
            last = around.last
            if last is None:  # where the last match in the sentence starts, overlapping ones counted; -1 for none
                last = -1  # for a pattern that reads nothing before an attempt, text[a:end] holds one iff it is >= a
                for m in pattern.finditer(self.text, sentence, around.end, True, NOT_CONCURRENT):  # overlapped
                    last = m.start()
                around.last = last
            if last >= q.end and (last < after_end or pattern.search(self.text, q.end, after_end) is not None):
                return True
        if not paragraph:
            return False
        rate = q.kind == "percent"
        found = around.paragraph[rate]
        if found is None:  # the same paragraph, or the same sections, for every number of the sentence
            if rate:  # its line before it, or the titles of the sections holding it (（二）行政复议数据\n…直接纠错率:9.5%)
                start = self._line_start(sentence, _MAX_PARAGRAPH)
                if start == sentence:
                    start = self._paragraph_before(sentence)
                found = pattern.search(self.text[start:sentence] if start is not None else "") is not None \
                    or any(pattern.search(s.heading.title) for s in self.outline.path_at(sentence))
            else:  # a count: the sentence before on its line, or the titles of the sections holding it (【行政复议】…),
                # or for an item of a bulleted list of parts the paragraph above it (…行政复议…。\n其中:\n·纠正…)
                whole = self._before_on_line(sentence)
                if whole is None and _BULLETED.match(self.text, sentence) is not None:
                    whole = self._listed_under_part(sentence)
                if whole is None:
                    whole = self._paragraph_before(sentence)
                found = (whole is not None and pattern.search(self.text[whole:sentence]) is not None) \
                    or any(pattern.search(s.heading.title) for s in self.outline.path_at(sentence))
            around.paragraph[rate] = found
        return found

    def _reach(self, offset: int) -> int:
        """Where the sentence holding `offset` ends, or the part after it that opens with a part marker right
        after its end mark (受理行政诉讼案件90件。其中一审收案71件): the part says what the total holds, and so what
        rules the total's key out."""
        end = self.outline.sentence_end(offset)
        if end < len(self.text) and self.text[end] in SENTENCE_MARKS \
                and self.catalog.part_words.match(self.text, end + 1, None, NOT_CONCURRENT) is not None:
            return self.outline.sentence_end(end + 1)
        return end

    def _titled(self, rule: MetricRule, sentence: int) -> bool:
        """Whether the report's own title line, before `sentence`, holds the rule's context and none of its other
        topics: the topic of a count or rate whose sentence names none (大理市公证处2020年度工作总结: its bare 办证量
        counts notarizations). A title of both (2018年行政复议、行政应诉案件统计报告) leaves it to the sections which
        topic a bare 审结407件 is of."""
        start, end = self._title_line
        text = self.text
        return end <= sentence and rule.context is not None and rule.context.search(text, start, end) is not None \
            and (rule.last_topic is None
                 or all(m.group("other") is None for m in rule.last_topic.finditer(text, start, end)))

    def _parts_before(self, part: regex.Pattern, clause: int) -> int:
        """Where a list of parts starts that the 、 before `clause` cut from the label it opens."""
        text, clause_start = self.text, self.outline.clause_start
        while clause > 0 and text[clause - 1] == LIST_SEPARATOR:
            before = clause_start(clause - 1)
            m = part.search(text, before, clause - 1)
            if m is None:
                break
            clause = m.start(1)
            if clause > before:
                break  # 通过撤销、变更…: the list opens after a verb
        return clause

    def _year_keyed(self, stripped: str, readings: list[Reading]) -> regex.Match[str] | None:
        """The year a subject is only (2025年达到…), or a part is only of a total right before it that no one year
        dates (改革至今共收到申请31件,其中2019年4件,2020年5件: each year's share, a value of the total's label for that
        year); a total of one year's (2024年受理50件,其中2023年结转…) has no parts of other years. A year up to now
        (2022年至今) is one only closing a list of the years before it. A part of a year said with its year
        (2024年1-10月) is one too (_YEAR_PART_KEYED): whether its figure is a headline one is _keyed_part_apart's."""
        marker = self.catalog.part_marker.match(stripped)
        if marker is not None and (not readings or readings[-1].year is not None):
            return None
        start = marker.end() if marker is not None else 0
        keyed = _YEAR_KEYED.fullmatch(stripped, start) or _YEAR_PART_KEYED.fullmatch(stripped, start)
        if keyed is None and readings and readings[-1].year is not None \
                and (so_far := _YEAR_SO_FAR_KEYED.fullmatch(stripped, start)) is not None \
                and int(so_far.group(1)) == readings[-1].year + 1 and not self._before_own_year(int(so_far.group(1))):
            return so_far  # …2021年15件,2022年至今7件: the year after the list's last, so far; not a span after a total
        return keyed

    def _keyed_part_apart(self, keyed: regex.Match[str]) -> bool:
        """Whether the part of a year a subject is keyed by (_year_keyed: …2023年551件,2024年1-10月482件) makes its
        figure no headline one, by _of_part_of_year's rule: in a yearly report a part of the year is none of its
        year's, nor anywhere are months from a later one on (2024年5-12月); a text reporting no year of its own (a
        court's release on the years so far) gives the part's figure as its year's. The rate is kept either way."""
        if keyed.re is _SPAN_OF_YEAR_DATED:
            return False  # (the first months after a rate of fewer: the year so far, _part_of_year_keyed)
        if keyed.re is _PART_OF_YEAR:
            return True  # (a part said beside the rate of another, or of the year: a part wherever the report's year lies)
        return keyed.re is _YEAR_PART_KEYED and self._later_months_apart \
            and (keyed.group("later") is not None or self._parts_of_year_apart and keyed.group("so_far") is None)

    def _part_of_year_keyed(self, stripped: str, readings: list[Reading]) -> regex.Match[str] | None:
        """The part of the year a rate's subject after a rate of its sentence is only, after a part marker or not
        (二季度, 下半年, 8月份, 其中四季度; 今年二季度): the value of the rate before, for that part (_keyed_part_apart
        makes it no headline one). Where the rate before is itself of a part of the year said as its level
        (_year_parts: 一季度,…出庭应诉率为95%,二季度为98%), the parts stand side by side: neither is the year's level
        (_parts_beside_parts). Where the rate before is of the first months and so is this one, no marker before it
        (1-9月,…调解成功率97.9%,1-11月为98.3%), this is the year so far said later, its level the year's (the match of
        _SPAN_OF_YEAR_DATED: _keyed_part_apart's no part), and the one before a part of it (_year_parts)."""
        marker = self.catalog.part_marker.match(stripped)
        start = marker.end() if marker is not None else 0
        keyed = _PART_OF_YEAR.fullmatch(stripped, start)
        if keyed is not None and readings and readings[-1].quantity.start in self._year_parts:
            self._parts_beside_parts.add(readings[-1].quantity.start)
        elif keyed is not None and readings and marker is None and keyed.group("so_far") is not None \
                and self._of_months_so_far(readings[-1]):
            self._year_parts.add(readings[-1].quantity.start)
            return _SPAN_OF_YEAR_DATED.fullmatch(stripped, start)
        return keyed

    def _of_months_so_far(self, reading: Reading) -> bool:
        """Whether the last part of the year said in the sentence of `reading` before its figure is the first months
        (1-9月, 前三季度: the year so far)."""
        period = _last_match(_PART_OF_YEAR, self.text, reading.sentence, reading.quantity.start)
        return period is not None and period.group("so_far") is not None

    def _percent_dropped(self, q: Quantity, readings: list[Reading]) -> bool:
        """Whether a bare figure said as a rate's value (_is_rate_value: 化解率86;, 结案率为97, 查处率达90以上) is its level
        in percent, the sign dropped, as copies of reports on document-sharing sites drop it: a level up to 100 ending
        its clause, that the counts before it in its sentence give (涉稳问题7宗,已化解6宗,化解率86: 6 of 7, to the
        figure's last digit), or in a text that writes no percent sign and drops it from another figure too (the
        catalog's [rates] percent_dropped: 占信访总量的80, 同比下降了10), of a rate that is no count per head (万人成讼率)."""
        text = self.text
        if q.value > 100 or (q.end < len(text) and text[q.end] not in _AFTER_A_BARE_COUNT + LIST_SEPARATOR):
            return False
        sentence = max(text.rfind(mark, 0, q.start) for mark in SENTENCE_ENDS) + 1
        opening = max(sentence - 1, text.rfind(";", sentence, q.start))  # the sentence's, or its last part's
        counts = []  # the counts read since, in order (readings come in the text's order)
        for r in reversed(readings):
            if r.quantity.start <= opening:
                break
            if r.quantity.kind == "count":
                counts.append(r.quantity.value)
        counts.reverse()
        step = written_step(text[q.num_start:q.num_end])
        if len(counts) >= 2 and any(whole > counts[-1] and abs(counts[-1] * 100 / whole - q.value) <= step
                                    for whole in counts[:-1]):
            return True
        return self._drops_percent_signs \
            and self.catalog.rate_per_unit.search(text, after_last_pause(text, sentence, q.start), q.start) is None

    @functools.cached_property
    def _drops_percent_signs(self) -> bool:
        """Whether the text writes no percent sign and drops it from a share or a change ([rates] percent_dropped)."""
        return "%" not in self.text and self.catalog.rate_percent_dropped.search(self.text) is not None

    def _before_own_year(self, year: int) -> bool:
        """Whether `year` is before the text's own (its report's year, else its publication's): up to now from it spans
        several years (2022年至今 in a report on 2024)."""
        own = self.report_year if self.report_year is not None else self.published_year
        return own is not None and year < own

    def _ranked_before(self, clause: int) -> tuple[int, str, int | None] | None:
        """(start, text, year) of the clause before `clause` without its rank, when it is a label that a rank or a
        trend ends (出庭应诉率最低, 出庭应诉率逐年提升); None otherwise. A clause naming only a mark passed may stand
        between (出庭应诉率逐年提升,2022年首次突破80%,达80.98%): the label is the one before it, the year the mark's."""
        text = self.text
        end = clause - 1
        start = self.outline.clause_start(end)
        if text[start - 1:start] == "”" and _ACHIEVEMENT_NOUN.fullmatch(text, start, end) is not None \
                and (opening := text.rfind("“", 0, start - 1)) > 0:
            # 覆盖率实现“全覆盖”,达100%: a quoted achievement ends the label's clause, its noun after it or none
            # (出庭应诉率实现“双百”目标,达到100%)
            start = self.outline.clause_start(opening)
        if start > 1 and text[start - 1] == ")" and (opening := text.rfind("(", 0, start - 1)) > 0 \
                and (label_end := self._label_compared(label_start := self.outline.clause_start(opening - 1),
                                                       opening)) is not None \
                and self.catalog.rate_ranked.fullmatch(text, start, end) is not None:
            # 败诉率较上年(6.5%)有所下降,为5.1%: the level compared with set in its bracket, the trend after it
            return label_start, text[label_start:label_end], None
        if text[end] == "(" and self.catalog.rate_average_gap.search(text, start, end) is not None \
                and self._average_bracket(end):
            return None  # 调解成功率高于全市平均(95%)3个百分点: the average in the bracket, no level of the rate
        if start > 1 and text[start - 1] == ")" and (averaged := self._label_set_against_average(start, end)) is not None:
            return (*averaged, None)  # 出庭应诉率高于全省平均(85%),达到100%: the label set against the average
        mark = self.catalog.rate_mark_passed.fullmatch(text, start, end) \
            if start > 0 and text[start - 1] in PAUSES else None
        if mark is not None:
            end = start - 1
            start = self.outline.clause_start(end)
        rank = self.catalog.rate_ranked.search(text, start, end)
        if rank is None:
            return None
        return start, text[start:rank.start()], int(mark.group(1)) if mark is not None and mark.group(1) else None

    def _label_before_target(self, clause: int, stripped: str, q_start: int) -> tuple[int, str] | None:
        """(start, text) of the clause before `clause` where it ends in a rate's label, states no figure, and the
        figure's own clause (its subject `stripped`, connectors off) says only a target cue and the year it plans
        (要持续提升调解成功率,力争稳定在98%以上; 要进一步压降行政诉讼败诉率,确保2024年控制在5%以下); None otherwise."""
        text = self.text
        if self.catalog.target_cue.search(text, clause, q_start) is None:
            return None  # (most clauses of a figure: no target said)
        if not self._cue_and_year_alone(stripped):
            return None
        return self._label_clause_before(clause)

    def _target_after_label(self, clause: int, q: Quantity, said: _Sentence) -> tuple[int, int, int | None] | None:
        """(where the label starts, where it ends, the year said) of the rate whose target the figure `q` is, where
        its clause holds the rate's label and then the target the rate is compared with, no level between: named
        before the figure (出庭应诉率超过省定目标90%: catalog [series] target_said; 低于市控制目标8%: _target_met_before)
        or after it (出庭应诉率高于省定90%的目标: target_beaten, then target_beaten_close); None otherwise."""
        text = self.text
        if text.find(_TARGET_WORD, clause, q.end + _TARGET_REACH) < 0:
            return None  # (most figures: no target named near)
        label_end = text.rfind("率", clause, q.start) + 1
        words = text[label_end:q.start] if label_end else ""
        if not words or _DIGIT.search(words) is not None:
            return None
        catalog = self.catalog
        met = self._target_met_before(words)
        named = met is not None or catalog.series_target_said.match(self._without_connectors(words)) is not None \
            or (catalog.series_target_beaten.match(words) is not None
                and catalog.series_target_beaten_close.match(text, q.end) is not None)
        if not named or self._rate_label(text[clause:label_end]) is None:
            return None
        return clause, label_end, self._year_before(said, q.start) \
            if met is not None and met.groupdict().get(_YEAR_BEFORE_GROUP) else None

    def _target_in_bracket(self, clause: int, opener: str, q: Quantity,
                           said: _Sentence) -> tuple[int, int, int | None] | None:
        """(where the label starts, where it ends, the year said) of the rate whose target the figure `q` is, where it
        is set in a bracket right after the rate's label, closed right after it or going on to what was done (…(年度
        目标值:95%,实际完成:98.2%)), with the words naming it the target
        before it (出庭应诉率(目标值92%)…, (2024年目标值90%), (年度目标98%), (目标:95%): catalog [series] target_said,
        after the year it is of, before the colon opening the figure's clause); None otherwise."""
        text = self.text
        opening = clause - 1 if opener == "(" else self.outline.clause_start(clause - 1) - 1
        if opening < 1 or text[opening] != "(" or text[q.end:q.end + 1] not in _BRACKET_GOES_ON:
            return None
        if text[opening - 1] != "率":
            # 调解成功率较省定目标(95%)高出3.6个百分点, 纠错率比上年度目标(10%)低…, 出庭应诉率高于省定目标(90%): the target
            # the rate is compared with, named between its label and the bracket holding its figure alone
            start = self.outline.clause_start(opening)
            label_end = text.rfind("率", start, opening) + 1
            met = self._target_met_before(text[label_end:opening]) if label_end and q.start == opening + 1 else None
            if met is None or self._rate_label(text[start:label_end]) is None:
                return None
            return start, label_end, self._year_before(said, q.start) \
                if met.groupdict().get(_YEAR_BEFORE_GROUP) else None
        year = _YEAR_BEFORE_LABEL.match(text, opening + 1, q.start)
        words = text[year.end() if year is not None else opening + 1:q.start].removesuffix(":")
        if not words or self.catalog.series_target_said.match(words) is None:
            return None
        return self.outline.clause_start(opening), opening, int(year.group(1)) if year is not None else None

    def _average_bracket(self, opening: int) -> bool:
        """Whether the bracket opening at `opening` after an average holds its figure alone and nothing but the gap
        from it (…平均(95%)高3个百分点, …平均(95%)3个百分点, …平均(8%)低,为5%) or a pause then the level (…平均(85%),
        达到100%) follows it: not another bracket (…高于全市平均(9.5%)(全县为11.2%): the label's own figure in it)."""
        text = self.text
        close = text.find(")", opening)
        if close < 0 or _FIGURE_ALONE.fullmatch(text, opening + 1, close) is None:
            return False
        after = text[close + 1:close + 2]
        return after.isdigit() or (after != "" and after in PAUSES) \
            or self.catalog.rate_gap_said.match(text, close + 1) is not None

    def _label_set_against_average(self, clause: int, q_start: int) -> tuple[int, str] | None:
        """(start, text) of the rate's label before an average ([rates] average_gap: 比全市平均, 高于全省平均, 较全市平均
        水平) whose figure stands alone in the bracket closing the clause before `clause`, where the figure at `q_start`
        is said right after the bracket, a gap's word alone between (调解成功率比全市平均(95%)高3个百分点; 高于全市平均
        (95%)3个百分点), or the clause after it (…高于全省平均(85%),达到100%: `clause` its pause, at `q_start`);
        None otherwise."""
        text = self.text
        if clause < q_start and self.catalog.rate_gap_said.fullmatch(text, clause, q_start) is None:
            return None
        opening = text.rfind("(", 0, clause - 1)
        if opening < 1 or _FIGURE_ALONE.fullmatch(text, opening + 1, clause - 1) is None:
            return None
        start = self.outline.clause_start(opening)
        gap = self.catalog.rate_average_gap.search(text, start, opening)
        return (start, text[start:gap.start()]) if gap is not None and gap.start() > start else None

    def _label_compared(self, start: int, end: int) -> int | None:
        """Where the label ends when text[start:end] is a rate's label, then the time its level is compared with (败诉率
        较上年, 纠错率比2022年; the catalog's [series] from, said with 较 or 比); None otherwise."""
        words = self.text[start:end]
        compared = self._series_from.search(words)
        if compared is not None and words.startswith(("较", "比"), compared.start()) \
                and words.endswith("率", 0, compared.start()):
            return start + compared.start()
        return None

    def _label_clause_before(self, clause: int) -> tuple[int, str] | None:
        """(start, text) of the clause before `clause` where it ends in a rate's label and states no figure (全县行政机关
        负责人出庭应诉率,2022年为96%…; 要持续提升调解成功率,力争…); None otherwise."""
        end = clause - 1
        start = self.outline.clause_start(end)
        before = self.text[start:end]
        label = self._rate_label(before)
        if label is None or not before.endswith(label) or _DIGIT.search(before) is not None:
            return None
        return start, before

    def _cue_and_year_alone(self, stripped: str) -> bool:
        """Whether a figure's subject, connectors off (`stripped`), says only target cues and the year they plan, if
        any (力争, 力争明年, 确保2025年, 力争到2025年, 预计将在年底; a plan's end said bare, before a cue or after: “十四五”末将,
        力争“十四五”末; a plan's period: “十四五”期间, or a span of years to come: 2024年至2025年; a future 将 alone:
        将保持在95%以上), after the 并 joining the clause to the one before (…达到100%,并将持续保持在95%以上; 并力争…)."""
        rest, cues = stripped.removeprefix("并"), self.catalog.target_cue
        while rest and ((cue := cues.match(rest)) is not None and cue.end() > 0
                        or (cue := _PLAN_END_BARE.match(rest)) is not None or (cue := _PLAN_PERIOD.match(rest)) is not None
                        or (cue := self._next_step(rest)) is not None
                        or self._years_to_come(cue := _YEARS_SPAN.match(rest))
                        or self._years_to_come(cue := _YEAR_AHEAD.match(rest))):
            rest = rest[cue.end():]
        return not rest or rest == _FUTURE or self._after_rank.search(rest.removeprefix(_FUTURE)) is not None

    def _next_step(self, words: str) -> regex.Match[str] | None:
        """The opening of a plan paragraph (catalog plan_paragraph: 下一步, 接下来, 今后) that `words` start with, where
        it names no year (not 2025年,全县将: a year said is read as such)."""
        opened = self.catalog.plan_paragraph.match(words)
        return opened if opened is not None and _YEAR.search(opened.group()) is None else None

    def _years_to_come(self, span: regex.Match[str] | None) -> TypeGuard[regex.Match[str]]:
        """Whether a span of years (_YEARS_SPAN) ends after the report's year: the years to come (2024年至2025年, in a
        report on 2023), no span the figures were of."""
        return span is not None and self.report_year is not None and int(span.group(1)) > self.report_year

    def _paragraph_before(self, sentence: int) -> int | None:
        """Where the last sentence of the paragraph before starts, when `sentence` opens its line and that paragraph,
        blank lines apart, ends a sentence stating a figure (…审结行政复议案件5828件。\n以确认违法、撤销…等直接纠错639件):
        a page that sets each sentence apart goes on about the figures the one before gave, in a paragraph of its own
        ending a sentence too. Not a heading above it (一、行政复议工作), which names the topic as a section's title, nor
        a sentence of no figure, nor a headline the page repeats under a paragraph (…成功调解案件600余件。\n某县|化解率
        96.5%以上,…有“地”); else None."""
        text = self.text
        if sentence == 0 or text[sentence - 1] != "\n":
            return None
        line_end = text.find("\n", sentence)
        line = text[sentence:line_end if line_end >= 0 else len(text)].rstrip()
        if not line or line[-1] not in SENTENCE_MARKS:
            return None
        end = sentence
        while end > 0 and text[end - 1].isspace():  # (back over the blank lines, not a copy of all the text before)
            end -= 1
        if end == 0 or text[end - 1] not in SENTENCE_MARKS:
            return None
        start = self.outline.sentence_start(end - 1)
        return start if _DIGIT.search(text, start, end) is not None else None

    def _before_on_line(self, sentence: int) -> int | None:
        """Where the sentence before `sentence` starts, when it is on the same line; else None."""
        if sentence == 0 or self.text[sentence - 1] == "\n":
            return None
        return self.outline.sentence_start(sentence - 1)

    def _year_of_many(self, key: str, whole: int, sentence: int, label: int) -> bool:
        """Whether the part whose label starts at `label`, in the sentence at `sentence`, opens with one year after its
        marker (其中,2023年新收…; 其中2025年受理158件; 其中今年调解1380件) and its whole, of `key` in the sentence at
        `whole` (the same, or the one before), is of many years: read for no one year (“十四五”以来…累计受理…612件, 五年来
        共调解…6200件) or stating a span that holds the year (2021年至2023年,共受理…4 287件). The part is that year's own
        figure, no share of the total, which keeps its own year (none)."""
        text = self.text
        if text.find("年", sentence, label) < 0:
            return False  # (no year said before the label: most parts, told without a search)
        marker = _last_match(self.catalog.part_words, text, sentence, label, concurrent=NOT_CONCURRENT)
        if marker is None:
            return False
        year = _PART_OPENING_YEAR.match(text, marker.end(), label)
        if year is None:
            return False
        if any(w.sentence == whole and w.year is None and w.quantity.start < marker.start()
               for w in self._wholes.get(key, ())):
            return True
        span = _YEAR_RANGE.search(text, whole, marker.start()) if year.group(1) is not None else None
        return span is not None and int(span.group(1)) <= int(year.group(1)) <= int(span.group(2))

    def _whole_before(self, said: _Sentence) -> int | None:
        """_continued of the sentence `said`, asked once per sentence (_Sentence.whole)."""
        if said.whole == -1:
            said.whole = self._continued(said)
        return said.whole

    def _continued(self, said: _Sentence) -> int | None:
        """Where the sentence starts that the sentence `said` (_sentence_at) opens a part of (其中…), on the same line:
        审结行政复议案件451件。其中维持243件…; or, for a sentence that opens by naming the cases it sorts (办结的案件中,…),
        the sentence before it, also where that ends the paragraph before; or, for an item of a bulleted list of
        parts, the paragraph above its heading (_listed_under_part). None when it opens none."""
        text, sentence = self.text, said.start
        if self.catalog.part_words.match(text, sentence, None, NOT_CONCURRENT) is not None:
            return self._before_on_line(sentence)
        if _BULLETED.match(text, sentence, None, NOT_CONCURRENT) is not None:
            return self._listed_under_part(sentence)
        if not self._among_cases(said, self.outline.clause_at(sentence)[1] + 1):
            return None
        before = self._closed_before(sentence)
        return None if before is None else self.outline.sentence_start(before)

    def _listed_under_part(self, item: int) -> int | None:
        """Where the paragraph starts above the heading of parts (其中:) that the bulleted line at `item` and the
        bulleted lines between stand under, when that paragraph ends in a sentence mark; else None."""
        text = self.text
        line = item
        for _ in range(_MAX_ITEMS):
            if line == 0 or text[line - 1] != "\n":
                return None
            above = text.rfind("\n", 0, line - 1) + 1
            if _BULLETED.match(text, above, line - 1) is not None:
                line = above
                continue
            if _part_heading().match(text, above, line - 1) is None:
                return None
            before = self._closed_before(above)
            return None if before is None else self._line_start(before, _MAX_PARAGRAPH)
        return None

    def _same_period_year(self, said: _Sentence) -> int | None:
        """The year of a sentence (`said`) opening with 同期 (…2023年收到申请643件。同期,全区一审行政诉讼案件221件): the
        last one year the sentence before it says; None when it says none or the sentence opens otherwise. Found once
        for all its numbers."""
        if said.same == -1:
            said.same = self._said_same_period(said.start)
        return said.same

    def _said_same_period(self, sentence: int) -> int | None:
        # Most sentences open with neither a space nor 同: telling that costs less than the match.
        opening = self.text[sentence:sentence + 1]
        if not (opening == _SAME_PERIOD_OPENING or opening.isspace()) or _SAME_PERIOD.match(self.text, sentence) is None:
            return None
        before = self._closed_before(sentence)
        if before is None:
            return None
        years = _ONE_YEAR_SAID.findall(self.text, self.outline.sentence_start(before), before)
        return int(years[-1]) if years else None

    def _closed_before(self, at: int) -> int | None:
        """Where the sentence mark stands that the text before `at` ends in, spaces and line breaks aside (a
        sentence or paragraph closed there); None when it ends otherwise."""
        text = self.text
        before = at - 1
        while before >= 0 and text[before].isspace():
            before -= 1
        return before if before >= 0 and text[before] in SENTENCE_MARKS else None

    def _among_cases(self, said: _Sentence, end: int) -> bool:
        """Whether a clause of the sentence `said` (_sentence_at) before `end` names the cases its counts are parts of
        (…的案件中,). Where the sentence first says 件中 is found once for all its numbers, not searched again from its
        start for each."""
        sentence = said.start
        if said.among is None:
            said.among = self._first_among(sentence, said.limit)
        # (a clause may run on past a sentence cut for its length)
        first = said.among if end <= said.limit else self._first_among(sentence, end)
        return 0 <= first <= end - 2 \
            and _AMONG_CASES_CLAUSE.search(self.text, sentence, end, NOT_CONCURRENT) is not None

    def _first_among(self, start: int, end: int) -> int:
        """Where text[start:end] first says 件中 (_AMONG_CASES), 纷中 (_AMONG_DISPUTES) or 请中 (_AMONG_APPLICATIONS), or
        -1."""
        first = -1
        for word in (_AMONG_CASES, _AMONG_DISPUTES, _AMONG_APPLICATIONS):  # each only where it starts before one found
            at = self.text.find(word, start, end if first < 0 else first + len(word) - 1)
            if at >= 0:
                first = at
        return first

    def _rate_label(self, subject: str) -> str | None:
        """The rate label `subject` ends in (…率), or None."""
        if subject in self._rate_labels:
            return self._rate_labels[subject]
        m = self._rate_label_at_end.search(subject)
        label = self._rate_labels[subject] = None if m is None else self._label_of_rate(m)
        return label

    def _label_of_rate(self, m: regex.Match) -> str | None:
        """The rate label a subject ends in (`m`, its rate_label match), without what leads up to it."""
        label: str = m.group(0)
        cuts = list(self.catalog.rate_label_cut.finditer(label))
        if cuts and (named := name_holding(label, cuts[-1].start())) is not None:
            # (a cut word a place's name holds, 中山市行政机关负责人出庭应诉率, 在和平区…: the place stays whole, as a label
            # opening with a place keeps it, and the label starts after the cut before it, if any)
            cuts = [cut for cut in cuts if cut.end() <= named]
        if cuts:
            label = label[cuts[-1].end():]
        if len(label) < 2 or self.catalog.rate_label_exclude.search(label):
            return None
        return label

    def _without_connectors(self, subject: str) -> str:
        """The subject with the catalog's connectors (分别为, 达到, 共…) taken off its end."""
        stripped = self._stripped.get(subject)
        if stripped is None:
            stripped = self._stripped[subject] = self.catalog.connector.sub("", subject) if subject else subject
        return stripped

    def _sentence_year(self, said: _Sentence, start: int) -> int | None:
        """The last year said in the sentence (`said`) before the number: 2024年, 截至2022年11月30日, 去年; _UNDATED
        where that is a 今年 (去年, 前年) nothing dates (_relative_year), which no year said earlier stands in for.

        Every way of saying a year says 年 after a digit or a relative year's word (_year_mark), and an attempt reads
        nothing `_year_reach` characters past its start: a later number with no such 年 from that far before the last
        one asked, nor a closing bracket after it, has the same year."""
        asked, text = said.year, self.text
        if asked is not None and asked[0] <= start and self._year_reach is not None \
                and _year_mark(text, max(said.start, asked[0] - self._year_reach), start) < 0 \
                and text.find(")", asked[0], start) < 0:
            return asked[1]
        year = self._year_said(said, start)
        said.year = start, year
        return year

    def _year_said(self, said: _Sentence, start: int) -> int | None:
        sentence, nian, yue = said.start, said.nian, said.yue  # `start` lies in the sentence, before its end
        if said.marks is None:
            said.marks = _year_marks(self.text, nian, said.limit)
        in_digits, as_relative = said.marks
        end = start
        while nian < end:  # every way of saying a year here says 年 (_year_mark)
            year, at = None, -1
            years, dates, relative = self._years
            # A level date (截至2022年11月) says 月 too: without one there is none to look for. A year in digits, and a
            # relative one, each says its own 年 (_year_marks).
            for found in ((years, dates) if yue < end else (years,)) if in_digits < end else ():
                m = found.last(sentence, end)  # the last one not in a document title
                if m is not None and m.start() > at:
                    year, at = int(m.group(1)), m.start()
            delivered = None  # 根据2018年最高人民法院工作报告,…: the year the report was delivered in, not its figures'
            if year is not None and self._delivered is not None and self._delivered.match(self.text, at):
                delivered, year = year, None
            m = relative.last(sentence, end) if as_relative < end else None
            if m is not None and m.start() > at:
                # 2023年受理300件,去年280件: a past year counts back from the year said before it in its sentence, or
                # for 去年同期 its paragraph's, not from the item's date.
                word, same_period = m.group(1) or m.group(3), m.group(2)
                offset = RELATIVE_YEARS[word]
                if year is not None and self.catalog.metadata_cues["named_year"].match(self.text, at):
                    year = None  # 近日公布了2016年…统计分析报告,去年…: the report's year, not its figures'
                base = year if year is not None else delivered if delivered is not None else \
                    said.paragraph if same_period else None
                relative_year = base + offset if base is not None and offset < 0 else self._relative_year(word)
                if offset == 0 and relative_year and relative_year == self.report_year:
                    relative_year = self._year_planned(sentence) or relative_year
                elif offset < 0 and base is None and (planned := self._year_planned(sentence)) is not None:
                    relative_year = planned + offset  # (…今年力争达到98%: its 去年 counts back from the year planned)
                if relative_year is not None:
                    year, at = relative_year, m.start()
            opening = self._bracket_closed_before(sentence, at, start) if at >= 0 else -1
            if opening < 0 and at >= 0:
                opening = self._frame_closed_before(sentence, at, start)
            if opening < 0:
                return year
            # 办结40件(含2022年结转5件),纠错3件: the year said before the bracket; 在2024年调解成功率98.6%的基础上,力争…
            # 达到99%: before the frame
            end = opening
        return None

    def _sentence_at(self, sentence: int, limit: int | None = None) -> _Sentence:
        """What the sentence opening at `sentence` (and ending at `limit`, when given: the next one's start) says for
        its numbers' readings, kept for the last sentence asked of: numbers come in order, most share it."""
        if self._sentence.start == sentence:
            return self._sentence
        if limit is None:
            limit = self._years[0]._limit(sentence)
        nian, yue = _year_mark(self.text, sentence, limit), self.text.find("月", sentence, limit)
        said = self._sentence = _Sentence(sentence, limit, limit if nian < 0 else nian, limit if yue < 0 else yue,
                                          self._paragraph_year(sentence), self._since_from(sentence))
        return said

    def _bracket_closed_before(self, sentence: int, at: int, start: int) -> int:
        """Where the bracket opens that holds `at` and closes before `start`, or -1 when there is none."""
        text = self.text
        opening = text.rfind("(", sentence, at)
        if opening < 0 or text.find(")", opening, at) >= 0:
            return -1
        return opening if 0 <= text.find(")", at, start) else -1

    def _frame_closed_before(self, sentence: int, at: int, start: int) -> int:
        """Where a frame naming the ground other work goes on from opens (catalog held_frame_open: 在) that holds the
        year said at `at` and closes (held_frame_close: 的基础上, 的同时, 的前提下) before `start`, or -1 when there is
        none: 在2024年调解成功率98.6%的基础上,力争…达到99%: the frame's year dates nothing after it."""
        text = self.text
        if text.find("的", at, start) < 0:
            return -1  # (no frame closes: most years, told without a match)
        close = self.catalog.held_frame_close.match(text, at)
        if close is None or close.end() > start:
            return -1
        opening = self.catalog.held_frame_open.search(text, max(sentence, at - _FRAME_REACH), at)
        return -1 if opening is None else opening.start()

    def _line_start(self, offset: int, limit: int) -> int | None:
        """Where the line holding `offset` starts, or None when that is more than `limit` characters back
        (the bound keeps a text without line breaks from making every number scan all of it)."""
        start = self.text.rfind("\n", max(0, offset - limit), offset) + 1
        return start if start > 0 or offset <= limit else None

    def _goes_on(self, end: int, following: int) -> bool:
        """Whether the figure ending at `end` is followed by a clause going on with its series (by 再, 又 or 进一步:
        _SERIES_AGAIN) to the next figure, which starts at `following`: a rise or fall after the pause, to a time said or
        not (92%,再提高到100%; 92%,再提高到2023年的100%: catalog [series] after_change, to)."""
        words = self.text[end + 1:following] if following - end <= _STEP_WORDS else ""
        return self.text.startswith(",", end) and words.startswith(_SERIES_AGAIN) \
            and (self._series_after_change.search(words) or self._series_to.search(words)) is not None

    def _moves_on(self, end: int, quantities: list[Quantity], following: int) -> bool:
        """Whether the figure ending at `end` is followed by a rise or fall to the next one, `quantities[following]`,
        with the bound it may open with (85%提高到92%, 从不足20%提升至超过80%, 由95%提升至近99%): the words between them
        are [series] after_change; or the next one is the change itself, its verb before it alone or after 同比 or a
        pause, the level it reached said after it or not (由98%提升0.6个百分点,达到98.6%; 由200件增加15件至215件;
        由98%提升0.6个百分点。; 由98%同比提升0.6个百分点; 由98%,提升0.6个百分点)."""
        if following >= len(quantities):
            return False
        step, words = quantities[following], self.text[end:quantities[following].start]
        return 0 < len(words) <= _MOVE_WORDS and (self._series_after_change.search(words) is not None
                                                 or (step.change is not None and self._said_change(words)))

    @staticmethod
    def _said_change(words: str) -> bool:
        """Whether `words`, right before a change's figure, are its word of the change (numbers.Grammar.changes) alone,
        or after a pause or a comparison with the same time of the year before (提升, ,下降, 同比提升)."""
        changes = grammar().changes
        before = _before_change_word(words, changes)
        return before != words and before in _BEFORE_CHANGE_WORD

    @staticmethod
    def _kept_before(kept: tuple[_Carried, Reading] | None, sentence: int, readings: list[Reading],
                     kind: str) -> _Carried | None:
        """The label of the last figure of `kind` in `sentence`, kept across figures of other kinds said after it
        (a rate, a change: 新收案件767件,同比下降11.5%,较上年867件), when that figure had one; None when another of
        its kind came since, labelled by nothing."""
        if kept is None or kept[0].sentence != sentence:
            return None
        for reading in reversed(readings):
            if reading.quantity.kind == kind and reading.quantity.change is None:
                return kept[0] if reading is kept[1] else None
        return None

    def _year_before(self, said: _Sentence, start: int) -> int | None:
        """The year before the one a figure at `start` is of, for 上年 said there; None when no year is known."""
        year = self._sentence_year(said, start)
        if year == _UNDATED:
            return None
        year = year or said.paragraph or self.report_year
        return year - 1 if year else None

    def _year_planned(self, sentence: int) -> int | None:
        """The year planned by the plan part holding `sentence`, when after the report's and the report was not
        published in its own year: a 今年 (本年) said there (2025年工作打算…今年力争调解成功率达98%) is the year the plan
        was written in and plans, not the year reported on."""
        low, high, plan = self._plan_span
        in_plan, plan_year = plan if low <= sentence < high else self._plan_at(sentence)
        if in_plan and plan_year is not None and self.report_year is not None and plan_year > self.report_year \
                and self.published_year != self.report_year:
            return plan_year
        return None

    def _relative_year(self, word: str) -> int | None:
        """The year 前年, 去年, 今年 or 明年 (来年, 下一年, 新的一年) says, counted from the item's own date; a next
        year in a report that plans for the year after its own is that year (a 2023 report's 明年 is 2024,
        whenever it was published), as a report's 本年 is its year (本年累计 of a release on 2024); an undated
        item's 去年 is the year it reports (2022年…白皮书发布。去年…审结); _UNDATED for a 今年 that neither a date
        nor a yearly report tells, and a 去年 or 前年 of an item with neither a date nor a year reported."""
        offset = RELATIVE_YEARS[word]
        if self.report_year is not None and (word == _OWN_YEAR or self.plans_next_year):
            return self.report_year + offset
        if self.published_year is not None:
            return self.published_year + offset
        if offset == 0:  # an undated yearly report's 今年 is the year it reports; an undated news item's, none known
            return self.report_year if self.plans_next_year and self.report_year is not None else _UNDATED
        if offset < 0:  # told after the year it is on, as a release on a year's report: its 去年 is that year
            return self.report_year + offset + 1 if self.report_year is not None else _UNDATED
        return None

    def _paragraph_year(self, sentence: int) -> tuple[int | None, bool]:
        """The year a paragraph opens with, and whether it opens with a span of years, for the sentences after
        its first; for a list item's line that opens with neither, its lead-in's (_lead_in), for all its
        sentences."""
        line = self._line_start(sentence, _MAX_PARAGRAPH)
        if line is None:
            return None, False
        if line != sentence:
            opening = self._opening_year(line, sentence)
            if opening != (None, False):
                return opening
        if self._item_year[0] != line:  # the same for every sentence of the line: asked once
            item = _LIST_ITEM.match(self.text, line, None, NOT_CONCURRENT) is not None
            lead = self._lead_in(line) if item else None
            year = (None, False) if lead is None else self._opening_year(lead, line)
            if item and year == (None, False):
                above = self._listed_under_part(line)  # 新收38.5万件。⏎其中,⏎·纠正…3.4万件: the whole's year
                year = (None, False) if above is None else (self._year_read_since(above), False)
            self._item_year = line, year
        return self._item_year[1]

    def _up_to_now_said(self, said: _Sentence, end: int) -> bool:
        """Whether the sentence `said` says its figures are up to now (截至目前) before `end`, and not as a sum so far
        (累计): each sentence is read once for all its numbers, where a search from its start for each was quadratic in
        a long one; and where it first says 截至目前 is kept with it (_Sentence.up_to_now), so that a number before
        that is answered without a search."""
        if self._up_to_now is None:
            self._up_to_now = (_BeforeInSentence(self.text, self.catalog.series_up_to_now, self.outline),
                               _BeforeInSentence(self.text, _SUM_SO_FAR, self.outline))
        up_to_now, summed = self._up_to_now
        if said.up_to_now is None:
            said.up_to_now = up_to_now.clear_until(said.start, said.limit)
        if end <= said.up_to_now:
            return False
        return up_to_now.search(said.start, end) and not summed.search(said.start, end)

    def _year_opening_line(self, sentence: int) -> int | None:
        """The year the line holding `sentence` opens with before it, whatever follows that year (2024年法律援助民生工程…):
        where a text says no year of its own, the year its figures up to now are of."""
        line = self._line_start(sentence, _MAX_PARAGRAPH)
        if line is None or line == sentence:
            return None
        m = _LINE_YEAR.match(self.text, line, sentence)
        return None if m is None else int(m.group(1))

    def _year_read_since(self, start: int) -> int | None:
        """The year of the last whole read from `start` on (the paragraph above a heading of parts: its items are
        parts of that whole, of its year), or None when none was read there."""
        last = max((readings[-1] for readings in self._wholes.values() if readings[-1].sentence >= start),
                   key=lambda reading: reading.quantity.start, default=None)
        return None if last is None else last.year

    def _opening_year(self, line: int, end: int) -> tuple[int | None, bool]:
        """The year, or whether a span of years, the line starting at `line` opens with before `end`."""
        if line != self._line_opening[0]:
            # A match in the text cut at a sentence is one in the whole text (past where it ends the pattern reads
            # but what more text keeps: a character a lookahead wants, a digit that must not follow 1. before more
            # of the match): a paragraph that opens with no year uncut is matched once, not at each sentence.
            self._line_opening = line, _PARAGRAPH_YEAR.match(self.text, line, None, NOT_CONCURRENT) is not None
        if not self._line_opening[1]:
            return None, False
        m = _PARAGRAPH_YEAR.match(self.text, line, end, NOT_CONCURRENT)
        if m is None:
            return None, False
        return (int(m.group(1)), False) if m.group(1) else (None, True)

    def _lead_in(self, item: int) -> int | None:
        """Where the line starts that the list item opening at `item`, and the items and blank lines between, stand
        under: the line above them that ends in a colon; None when there is none (an item under a paragraph that
        runs on, or under an item's unnumbered continuation)."""
        text = self.text
        line = item
        for _ in range(_MAX_ITEMS):
            if line == 0:
                return None
            above = text.rfind("\n", 0, line - 1) + 1
            written = text[above:line - 1].rstrip()
            if written and _LIST_ITEM.match(text, above, line - 1) is None:
                return above if written.endswith(":") else None
            line = above
        return None


# A stretch without the words of a pattern shorter than this is searched through, not passed: a search started anew
# costs about as much as trying the pattern at this many characters.
_WORDS_GAP = 200


def _matches_near_words(pattern: regex.Pattern, words: frozenset[str] | None, text: str, end: int
                        ) -> Iterator[regex.Match]:
    """pattern.finditer(text, 0, end), searched only around the words one of which every match holds (`words`,
    scanning.words_held): a match holding a word found there starts after that one's start less the widest match
    (Shape.width) and before its end, and an attempt reads no farther than its reach. A report naming the words seldom
    (复议, for a zero phrase) is not tried at every character. The words are found by str.find (word_starts): a search
    for any of them (`re`) tried every character too, at some 65 instructions each."""
    shape = Shape.of(pattern)
    if words is None or shape is None or shape.width is None or shape.reach is None or shape.empty:
        yield from pattern.finditer(text, 0, end)
        return
    width, reach = shape.width, shape.reach
    found = sorted((at, at + len(word)) for word in words for at in word_starts(text, word) if at + len(word) <= end)
    stretches: list[list[int]] = []  # [low, high]: where the matches holding the words of a stretch may start
    for start, stop in found:
        if stretches and start + 1 - width <= stretches[-1][1] + _WORDS_GAP:
            stretches[-1][1] = max(stretches[-1][1], stop - 1)
        else:
            stretches.append([start + 1 - width, stop - 1])
    resume = 0  # where the last match ends: the search goes on from there
    for low, high in stretches:
        for m in pattern.finditer(text, max(low, resume, 0), min(high + reach + 1, end)):
            if m.start() > high:
                break
            resume = m.end()
            yield m


def _of_sentence(readings: list[Reading], sentence: int) -> list[Reading]:
    """The readings of the sentence starting at `sentence`, found by bisection: readings come in the order of their
    numbers, and so of their sentences."""
    return readings[bisect.bisect_left(readings, sentence, key=_SENTENCE_OF):
                    bisect.bisect_right(readings, sentence, key=_SENTENCE_OF)]


_SENTENCE_OF = operator.attrgetter("sentence")


def _match_starts(pattern: regex.Pattern, text: str) -> set[int]:
    """Every offset where pattern.match(text, offset) finds a match: the overlapped scan tries each offset as
    match does, in one call."""
    return {m.start() for m in pattern.finditer(text, overlapped=True)}


def _years_since(text: str) -> list[regex.Match]:
    """list(_YEARS_SINCE.finditer(text)), tried only at the years whose 年 stands before a word of _SINCE_WORDS within
    the widest match: a report says those words seldom, where a search tried every character of it."""
    shape = Shape.of(_YEARS_SINCE)
    if shape is None or shape.width is None:
        return list(_YEARS_SINCE.finditer(text))
    starts = set()
    for word in _SINCE_WORDS:
        for at in word_starts(text, word):
            # the 年 a match holding this word has, _YEAR_DIGITS after its start and before the word
            nian = text.find("年", max(_YEAR_DIGITS, at + len(word) - shape.width + _YEAR_DIGITS), at)
            while nian >= 0:
                starts.add(nian - _YEAR_DIGITS)
                nian = text.find("年", nian + 1, at)
    return matches_from(_YEARS_SINCE, text, sorted(starts))


def _listed_years(text: str, sentence: int, end: int, count: int) -> list[int] | None:
    """The last list or range of years said in the sentence before `end`, one year per item; or the `count`
    years from a year said with 以来 (2019年以来,出庭率分别为60%、75%、90%)."""
    best: tuple[int, list[int]] | None = None
    for m in _YEARS_SINCE.finditer(text, sentence, end):
        best = (m.start(), list(range(int(m.group(1)), int(m.group(1)) + count)))
    for m in _YEAR_LIST.finditer(text, sentence, end):
        best = (m.start(), [int(y) for y in m.captures(1) + m.captures(2)])
    for m in _YEAR_RANGE.finditer(text, sentence, end):
        low, high = int(m.group(1)), int(m.group(2))
        if low < high and (best is None or m.start() > best[0]):
            best = (m.start(), list(range(low, high + 1)))
    return best[1] if best else None


def _restated_after_title(metrics: list[Found], title_end: int, text: str) -> list[Found]:
    """A figure of the title line that the body states again (title: …出庭应诉率百分之百; body: …出庭应诉率100%) is
    one fact: the body's stands. So is a title's rate that rounds the body's, or a rate or count that bounds it to
    the title's last digit (title: 出庭应诉率超98%, 近99%, 达99%; body: 出庭应诉率98.6%; title: 化解纠纷超5000件; body:
    5236件). A title's figure the body does not repeat, or gives another value for (超95% beside 98.6%), stays."""
    body: dict[tuple[str | None, int | None, bool], list[float]] = {}
    for m in metrics:
        if m.start >= title_end:
            body.setdefault((m.key, m.year, m.target), []).append(m.value)
    return [m for m in metrics if m.start >= title_end
            or not any(map(_within(m, text), body.get((m.key, m.year, m.target), ())))]


def _without_bounded_restatements(metrics: list[Found], text: str) -> list[Found]:
    """The metrics but a count said with a bound (化解矛盾纠纷三万余件, 超5000件, 近3万件) where the report states a count of
    the same key, year and plan exactly, within what the bound reads to its last digit not naught (3.46万件 for 三万余件:
    from 30000 up to 40000): the same fact rounded, listed once as the exact figure. A bound with no exact figure
    in its reach, or of another year, stays."""
    bounded = [m for m in metrics if m.unit == "count" and m.key is not None and not m.derived
               and m.quantity is not None and m.quantity.qualifier not in (None, "range")]
    if not bounded:
        return metrics
    exact: dict[tuple[str | None, int | None, bool], list[float]] = {}
    for m in metrics:
        if m.unit == "count" and not m.derived and m.quantity is not None and m.quantity.qualifier is None:
            exact.setdefault((m.key, m.year, m.target), []).append(m.value)
    dropped = {id(m) for m in bounded if any(map(_within(m, text), exact.get((m.key, m.year, m.target), ())))}
    return [m for m in metrics if id(m) not in dropped] if dropped else metrics


def _within(title: Found, text: str) -> Callable[[float], bool]:
    """Whether a value is the one a title's figure states: that figure, or for a rate one its rounding or its bound
    (超, 以上, 近, 不足, 约) reads to its last written digit (超98%: from 98 up to 99; 近九成: from 80 up to 90), and
    for a count one its bound reads to its last digit not naught (超5000件: from 5000 up to 6000; 1200余件: up to
    1300). A whole (百分之百) said as it is rounds nothing: all, not 99.6%; nor does a count said as it is."""
    q, value = title.quantity, title.value
    if q is None or q.kind not in ("percent", "count") \
            or q.qualifier is None and (q.kind == "count" or value == 100):
        return value.__eq__
    if q.kind == "count":
        step = float(count_step(value))
    else:
        step = written_step(text[q.num_start:q.num_end]) * _PERCENT_STEPS.get(q.unit or "", 1.0)
    if (q.low is None) == (q.high is None):  # said as it is, or about it: the value rounded
        return lambda v: abs(v - value) <= step / 2
    if q.high is None:  # 超98%, 98%以上: the value cut to the title's last digit
        return lambda v: value <= v < value + step
    if q.qualifier == "less_than":  # 不足5%
        return lambda v: value - step <= v < value
    return lambda v: value - step <= v <= value  # 近99%, 95%以下


def _without_rounded(found: list[Found], text: str, alike: Callable[[Found, Found], bool]) -> list[Found]:
    """The rates but one said about (约) that another `alike` it (of the same key, for the headline rates), of its year
    and plan, restates more precisely, before or after it (纠错率24.2% … 纠错率约为24%): the same fact, rounded to its
    last written digit (24.2 to 24, not 24.8); a reader lists it once, as the precise figure. An about figure no
    precise one restates stays (纠错率约为24%, alone: the figure there is)."""
    about: list[tuple[Found, Quantity]] = []
    precise: list[Found] = []
    for f in found:
        if f.unit == "%" and f.quantity is not None and not f.derived:
            if _said_about(f, text):
                about.append((f, f.quantity))
            else:
                precise.append(f)
    if not about:
        return found
    rounded = set()
    for f, q in about:
        half = written_step(text[q.num_start:q.num_end]) / 2 + 1e-9  # (rounded to its last written digit)
        if any(other.year == f.year and other.target == f.target and alike(other, f) and abs(other.value - f.value) <= half
               for other in precise):
            rounded.add(id(f))
    return [f for f in found if id(f) not in rounded]


def _said_about(f: Found, text: str) -> bool:
    """Whether a figure is said about (约12%, 近12%: its qualifier; 约为12%: before the connector, _about_before)."""
    q = f.quantity
    return f.qualifier == _ABOUT \
        or (q is not None and _about_before().search(text, max(0, q.start - _ABOUT_REACH), q.start) is not None)


@from_catalog
def _about_before(catalog: Catalog) -> regex.Pattern[str]:
    """A word of [numbers.qualifiers] saying a figure is about its value, not short of it (约, 大约; not 近), right
    before the connector its clause reads it with (约为12%, 大约是, 约达): the figure's own qualifier is then none."""
    words = grammar()
    about = sorted((w for w, meaning in words.qualifiers.items() if meaning == _ABOUT and w not in words.approaching),
                   key=len, reverse=True)
    return compile_cached(rf"(?:{'|'.join(map(regex.escape, about))})(?:为|是|达到?|在)$")


def _line_starts(text: str, offsets: list[int]) -> dict[int, int]:
    """Of each offset, where its line starts (0 on the first line), found going forward once: a search back from each
    offset to the line break before it would read the whole of a text without line breaks for every one."""
    starts: dict[int, int] = {}
    line = scanned = 0
    for offset in sorted(set(offsets)):
        line = text.rfind("\n", scanned, offset) + 1 or line
        starts[offset] = line
        scanned = offset
    return starts


def _distinct_rates(rates: list[Found], text: str, catalog: Catalog) -> list[Found]:
    """One rate per value of one measure: 出庭应诉率100% and 行政机关负责人出庭应诉率保持100% are one
    (label, value), as a reader lists them; labels ending in the same _SAME_MEASURE characters name
    one measure where they differ only in the body or place the rate is of (_restates), and in one paragraph a label
    the other ends restates it (调解成功率98%…成功率98%); labels that differ in what is measured are two rates, though
    they end alike (行政复议案件结案率100%,法律援助案件结案率100%; 执法人员持证率, 执法辅助人员持证率). The shorter label
    stands for both where it ends the other; else the first said does, the whole's
    rate said before its parts' (行政机关负责人出庭应诉率100%。区政府出庭应诉率100%: not the district government's),
    unless a place leads it where the other names none (千山区行政机关负责人出庭应诉率 … 各级行政机关负责人出庭应诉率). In another paragraph than the last rate it stands for, a longer
    label restates the measure only where it differs in the body or place the rate is of (_restates): 参考率100% of
    an exam and then 新进人员执法资格证参考率100% are two rates. Nor are labels a list says one figure of (满意和基本满意率
    均达100%): it lists them as measures of their own, each standing for its own label said of that value elsewhere."""
    kept: list[Found] = []
    last_said: list[int] = []  # where the last rate each kept one stands for starts
    by_value: dict[float, list[int]] = {}
    for r in rates:
        alike = by_value.get(r.value, ())
        same = next((i for i in alike if kept[i].label == r.label), None)
        if same is not None:  # the same label again: it stands for itself (neither is shorter, nor of a place)
            last_said[same] = max(last_said[same], r.start)
            continue
        same = next((i for i in alike if (r.quantity is None or kept[i].quantity is not r.quantity)
                     and _same_measure(kept[i].label, r.label)
                     and (_restates(kept[i].label, r.label, catalog)
                          or (kept[i].label.endswith(r.label) or r.label.endswith(kept[i].label))
                          and text.find("\n", last_said[i], r.start) < 0)),
                    None)
        if same is None:
            by_value.setdefault(r.value, []).append(len(kept))
            kept.append(r)
            last_said.append(r.start)
            continue
        last_said[same] = max(last_said[same], r.start)
        if len(r.label) < len(kept[same].label) and kept[same].label.endswith(r.label) \
                or _of_a_place(kept[same].label, r.label, catalog) and not _of_a_place(r.label, kept[same].label, catalog):
            kept[same] = r
    return kept


def _of_a_place(label: str, other: str, catalog: Catalog) -> bool:
    """Whether what `label` says before the characters it ends in alike with `other` is a place (千山区)."""
    common = 0
    while common < min(len(label), len(other)) and label[-1 - common] == other[-1 - common]:
        common += 1
    return common < len(label) and catalog.rate_place.match(label[:-common]) is not None


def _restates(a: str, b: str, catalog: Catalog) -> bool:
    """Whether two labels of one measure (_same_measure) differ only in the body or place each is of: what each says
    before the characters they end in alike is nothing, ends in a body (rate_restating: 行政机关负责人出庭应诉率) or is
    a place (千山区出庭应诉率); or those characters name a body (负责人出庭应诉率, 行政诉讼案件负责人出庭应诉率)."""
    common = 0
    while common < min(len(a), len(b)) and a[-1 - common] == b[-1 - common]:
        common += 1
    bodies = catalog.rate_restating
    return any(body in a[-common:] for body in bodies) \
        or all(len(label) == common or label[:-common].endswith(bodies) or catalog.rate_place.match(label[:-common])
               for label in (a, b))


# A count of one level of a list of levels (成功化解村级纠纷60件、镇级纠纷25件) is a part, however the list opens; the
# parts add up to a derived value where the report states no whole (Interpreter._levels_summed).
# The level is group 1: the same level twice (县级调委会…,县级法律援助中心…) makes no list of levels.
_LEVEL = r"((?:村|社区|乡镇|镇|乡|街道|县|区|市)级)"
_LEVEL_NAMED = compile_cached(_LEVEL)
# (In `re`: matched after a count, where `regex` would look for 级 through the rest of the text first.)
_LEVEL_NEXT = compile_re_cached(rf"[、,;]\s*{_LEVEL}")
_LEVEL_BEFORE = compile_cached(rf"{_LEVEL}[^、,;。!?]{{0,16}}?\d[^、,;。!?\d]{{0,3}}[、,;]\s*$")


def _is_level_part(text: str, sentence: int, subject: str, subject_start: int, end: int) -> bool:
    """Whether a count whose subject names a level (村级, 镇级) stands in a list of levels' counts: another level's
    count follows it or ends right before it."""
    own = _LEVEL_NAMED.search(subject)
    if own is None:
        return False
    level = own.group(1)
    after = _LEVEL_NEXT.match(text, end)
    if after is not None and after.group(1) != level:
        return True
    before = _LEVEL_BEFORE.search(text, max(sentence, subject_start - 24), subject_start)
    return before is not None and before.group(1) != level


def _parts_named_alone(part: regex.Pattern, counts: list[Reading]) -> int:
    """How many different parts the counts name, each alone as an outcome (其中撤销22件,确认违法21件,变更1件: 3): a
    list of the parts, with no other outcome beside them, is a list of outcomes too."""
    return len({m.group(1) for r in counts
                if (m := part.search(r.subject)) is not None and _outcome_alone(r.subject, m.start(1))})


def _outcome_alone(subject: str, part: int) -> bool:
    """Whether the part named at `part` is all the subject says, after 其中 or other parts joined to it (撤销5件,
    其中变更3件, 变更和责令履行2件), the body deciding it (全市法院判决撤销23件, 复议机关决定撤销7件) and the words deciding
    it (决定撤销6件, 依法撤销, 作出撤销决定): an outcome, not a kind of case named by one (不服撤销决定的5件), nor one
    the body suffered (复议决定被法院撤销2件) but the reconsideration body's correction of the agency's acts
    (_CORRECTED_BY_RECONSIDERATION: 被申请行政复议5件,其中被撤销2件; 行政行为被复议机关撤销2件)."""
    head = subject[:part].removeprefix("其中")
    if subject.startswith(_JUDGMENT, part):
        head = _JUDGED.sub("", head, count=1)  # 县政府被判决撤销…: what the judgment named by the part was against
    said = _DECIDING.sub("", head, count=1)
    return not said or said[-1] in _OTHERS_BEFORE_LABEL or _CORRECTED_BY_RECONSIDERATION.fullmatch(head) is not None


# The words deciding an outcome before its name (依法决定撤销, 作出撤销决定, 予以撤销), and the court or reconsideration
# body deciding it before them (全市法院, 市中级人民法院, 复议机关, or the government that is the reconsideration body:
# 市政府依法撤销7件、变更2件, 县人民政府; not after 被: an outcome it suffered): the outcome is still all it says. So is
# a court's judgment against the government and its departments, named after 判决 (县法院判决县政府及部门撤销行政行为3件、
# 确认违法2件) or before the judgment they suffered, which the part names (县政府被判决撤销…, 被法院判决: _JUDGED): a
# lawsuit's outcome, which no reconsideration reads (its catalog exclude: 判决). The clause may open with the whole year
# the outcomes are of, or their total (全年依法撤销7件、变更2件, 全年共撤销…).
_DECIDING = compile_cached(r"(?:(?:全年|年内|今年|本年度?)?共?)"
                           r"(?:(?:(?!被)\p{Han}){0,8}?(?:法院|复议机关|复议机构|政府(?:及其?(?:所属|工作)?部门)?))?(?:依法)?"
                           r"(?:决定|作出|予以)?$")
_JUDGMENT = "判决"
# An agency's acts corrected by the reconsideration body, said as what the agency suffered: 被 alone (被申请行政复议5件,
# 其中被撤销2件: of the sentence's reconsideration, by its context) or with that body (行政行为被复议机关撤销2件、变更1件);
# not a reconsideration decision revoked (复议决定被撤销: a court's) nor a court's judgment (被法院撤销: the rule's exclude).
_CORRECTED_BY_RECONSIDERATION = compile_cached(r"(?:全年|年内|今年|本年度?)?共?(?:\p{Han}{0,12}?(?<!复议)(?:行政行为|决定))?"
                                               r"被(?:行政)?(?:复议(?:机关|机构)?)?(?:依法)?(?:决定|予以)?")
_JUDGED = compile_cached(r"被(?:人民)?(?:法院)?$")


# A review or a draw of case files (评查归档卷宗…, 抽查执法案卷…): the parts of its whole are files, not cases handled.
_FILES_REVIEWED = compile_cached(r"评查|抽查|卷宗|案卷")

# Months or quarters listed (9月、10月; 第三、第四季度), not a span from the year's start (1-9月, 1至6月), with 分别
# after them in their clause: the figures are given period by period.
_MONTH = rf"{MONTH}月份?"
_MONTH_OPENING = compile_cached(_MONTH)
_PERIODS_LISTED = compile_cached(
    rf"(?:(?<![\d至\-—~]){_MONTH}(?:[、和及与]{_MONTH})+"
    r"|第[一二三四](?:季度)?(?:[、和及与]第?[一二三四])+季度)[^,;:。]{0,30}?分别")

# A period shorter than the year: a half, a quarter (第三季度, 一季度), the first months (前9个月, 1-9月, 1月至9月,
# 1月1日至11月30日, 自1月起至11月底, 前三季度; not 1-12月 nor 1月1日至12月31日, the whole year), months from a later one on (3月至12月, 5月至当年底, 6-9月,
# 3月1日至12月31日; 起 after the first: 自5月起至年底, a rate since a change, no year's level), or one month (7月, 7月份; not a duration, 12个月, nor a day's or a month's part in a
# date: 7月15日, 7月底, 7月上旬; nor a span's end, 至9月).
# The first months (group so_far: 前10个月, 1-11月, 1月1日至10月31日, and the first quarters counted, 前三季度 as 1-9月)
# are the year so far, as a count up to a month's end is (截至10月底, _TO_MONTH_END): in a yearly report the year's figure,
# alone (_of_part_of_year), and a part of the year's count said beside it (_without_months_to_date_beside_years). A half
# or one quarter (上半年, 第一季度) is a part named as such, beside the others (上半年…,下半年…): a part.
_SPANS_OF_YEAR = (r"[上下]半年|(?P<so_far>前(?:[1-9]|1[01]|[一二三四五六七八九]|十一?)个月|前[二两三2-3]季度"
                  r"|(?<!\d)1(?:月份?(?:\d{1,2}日)?起?)?[至到~\-—–](?:[2-9]|1[01])月份?(?:\d{1,2}日|[底末])?)"
                  r"|[第前]?[一二三四1-4]季度"
                  r"|(?P<later>(?<!\d)(?:[2-9]|1[0-2])(?:月份?(?:\d{1,2}日)?起?)?[至到~\-—–]"
                  r"(?:(?:[3-9]|1[0-2])月份?(?:\d{1,2}日|[底末])?|当?年[底末]))")
_SPAN_OF_YEAR = compile_cached(_SPANS_OF_YEAR)
_REST_OF_YEAR = "下半年"  # the half after the first (_rest_of_year_after), as months from a later one on are
_ONE_MONTH = rf"(?<![\d至到~\-—–]){_MONTH}(?![\d日号底末初中旬上下至到~\-—–])"
_PART_OF_YEAR_WORDS = rf"(?:{_SPANS_OF_YEAR}|{_ONE_MONTH})"
# One year opening a part after its marker (其中,2023年新收…; 其中今年调解…, the report's own), not a span nor a time since
# it, nor a part of the year (其中2025年上半年…).
_PART_OPENING_YEAR = compile_cached(rf"[,:]?(?:({YEAR})年度?|今年|{_OWN_YEAR}度?|当年)(?![\-—~至到]|{SINCE}|{_PART_OF_YEAR_WORDS})")
_PERIOD_MARKS = "月季半"  # a character each period shorter than the year holds (7月, 第三季度, 上半年)
# A subject that is only a year's part, the year said with it (2024年1-10月, 2024年上半年; one month: 2024年9月).
_YEAR_PART_KEYED = compile_cached(rf"({YEAR})年{_PART_OF_YEAR_WORDS}")
# A rate's label with a part of the year after it (出庭应诉率第一季度, 纠错率7月份, 调解成功率今年上半年): the label, the part.
_LABEL_THEN_PART = compile_cached(rf"(\p{{Han}}+率)((?:今年)?{_PART_OF_YEAR_WORDS})")
# A part of the year with the year it is of, when said right before it (2024年7月, 今年二季度), or alone (二季度, 下半年,
# 8月份: after a rate of its sentence, _part_of_year_keyed).
_PART_OF_YEAR_DATED = rf"(?:({YEAR})年|(今年))?{_PART_OF_YEAR_WORDS}"
_PART_OF_YEAR = compile_cached(_PART_OF_YEAR_DATED)
# …bracketed right after a figure (56件(上半年), 300件(2024年7月份)).
_PART_OF_YEAR_BRACKETED = compile_cached(rf"\({_PART_OF_YEAR_DATED}份?\)")
# A figure and its unit right before such a bracket (418件(第三季度)).
_FIGURE_BEFORE_BRACKET = compile_cached(r"\d\p{Han}{0,2}$")
_SPAN_OF_YEAR_DATED = compile_cached(rf"(?:({YEAR})年|(今年))?(?:{_SPANS_OF_YEAR})")  # (a span only: no one month)
# Such a period as the clause opening a sentence (2024年1-9月, 今年上半年以来,), a span said from its start or not
# (自2018年6月至年底, 从5月至当年底).
_PART_OF_YEAR_HEAD = rf"\s*(?:[自从](?=[^,，;；。]{{0,16}}?[至到~\-—–]))?(?:({YEAR})年|(今年)|本年度?)?{_PART_OF_YEAR_WORDS}"
_PART_OF_YEAR_CLAUSE = r"(?:以来|期间|内|中)?[,:]"
_PART_OF_YEAR_OPENING = compile_cached(_PART_OF_YEAR_HEAD + _PART_OF_YEAR_CLAUSE)
# …or opening its first clause, run into it (上半年全县受理纠纷30件,调解成功29件): the period of every clause after it too;
# not a time since it (2024年1月以来法院…: since then, no one month).
_PART_OF_YEAR_LEAD = compile_cached(rf"{_PART_OF_YEAR_HEAD}(?:{_PART_OF_YEAR_CLAUSE}|(?!以来))")
# A title naming a part of the year (2024年上半年工作总结, 半年分析报告, 季度通报, 12月工作简报); a month that is a
# date on the title's line (2025年3月, (2025年3月), 2025年3月印发) names no period of the report.
_PART_OF_YEAR_TITLE = compile_cached(rf"{_SPANS_OF_YEAR}|{_ONE_MONTH}(?=\p{{Han}})(?!印发|发布|公布|起)|半年|季度|月度")
# A text saying it reports on a part of the year (现将上半年工作开展情况总结如下, 现将半年度工作总结如下).
_PART_OF_YEAR_STATEMENT = compile_cached(rf"现[将对就][^。\n]{{0,20}}?(?:{_SPANS_OF_YEAR}|半年度)[^。\n]{{0,20}}?(?:总结|报告|汇报)如下")
# The end of a month before December a figure runs up to (截至11月底, 截止2024年10月31日, 至9月末; not a span's end,
# 1至9月, a part of the year): the figure is of the months so far.
_TO_MONTH_END = compile_cached(rf"(?:截至|截止|(?<![\d月])[至到])(?:{YEAR}年|今年|本年度?)?(?:[1-9]|1[01])月(?:份|[底末]|\d{{1,2}}日)?")
def _first_months(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] says the first months of a year (1-11月, 前10个月: _SPANS_OF_YEAR's group so_far)."""
    return any(m.group("so_far") is not None for m in _SPAN_OF_YEAR.finditer(text, start, end))


_NAUGHT = "零"  # what a rate said to be naught in words says (再犯罪率为零: [rates] zero)
_NAUGHT_REACH = 8  # the characters its connectors may take between the label's 率 and 零 (保持为“零)
# A percent's written step by its measure word (numbers.PERCENT_OF): a tenth (成, 九成 from 90 to 100), a thousandth (‰),
# a ten-thousandth (‱: 万分之五).
_PERCENT_STEPS = {unit: float(step) for unit, step in PERCENT_OF.items()}
# A whole year said: the figure after it is the year's.
_WHOLE_YEAR_WORDS = rf"全年|年内|年度|本年|(?<!\d){YEAR}年"
_WHOLE_YEAR = compile_cached(_WHOLE_YEAR_WORDS)
# A count said as the whole: of the whole year, a total (共, 累计; not 公共, 共同), or of the whole place (全县).
_AREA_WHOLES = "全([省市州县区旗镇乡])"


def town_opening(text: str, start: int, end: int) -> regex.Match | None:
    """The town's, street's or township's name opening ``text[start:end]`` (the catalog's [rates] town: 城关镇, 2023年,
    青山乡), a name regions reads as a town's (no 发挥乡贤作用, 送法下乡: regions.names_no_town), or None."""
    named = get_catalog().rate_town.match(text, start, end)
    return named if named is not None and not names_no_town(text, named.start("name"), named.end("name")) else None


def town_openings(text: str, sentence: int, end: int) -> Iterator[regex.Match]:
    """The town's name (town_opening) opening the sentence from ``sentence`` to ``end``, and the one opening its last
    clause (after its last pause), each start tried once."""
    for start in dict.fromkeys((sentence, after_last_pause(text, sentence, end))):
        if (named := town_opening(text, start, end)) is not None:
            yield named


AREA_WHOLE = compile_cached(_AREA_WHOLES)
WHOLE_SAID = compile_cached(rf"{_WHOLE_YEAR_WORDS}|今年|累计|总计|合计|(?<!公)共(?!同)|{_AREA_WHOLES}")
# An example closing its sentence (以青石镇为例。, 比如:): its figures come in the sentences after it.
_EXAMPLE_CLOSING_WORDS = "例如"  # the characters such an example ends in (以青石镇为例, 比如)
_EXAMPLE_CLOSES = frozenset("。:")  # what closes an example said as a sentence of its own, right after its word


def _examples_said_alone(text: str) -> list[int]:
    """Where the word (_EXAMPLE_CLOSING_WORDS) of each example closing its sentence stands (例 of 以青石镇为例。), in
    order. The words' few occurrences are found in C (char_starts) and the character after each read: a regex search
    tried every character of the report."""
    last = len(text) - 1
    return [at for at in char_starts(text, _EXAMPLE_CLOSING_WORDS) if at < last and text[at + 1] in _EXAMPLE_CLOSES]


@from_catalog
def _example_words(catalog: Catalog) -> re.Pattern[str] | None:
    """The search for the words one of which every example's or campaign's opening holds (如, 为例, 专项:
    scanning.words_held), or None where the catalog's openings show none: a sentence holding none of them opens none.
    One search finds the first of them, where a str.find for each of the ten read the sentence ten times."""
    return words_search(words_held(catalog.example))


_EXAMPLE_CLAUSE = compile_cached(rf"[^{regex.escape(BREAKS)}]{{0,24}}")  # the clause an example opens, which names its unit

_MAX_QUALIFIER = 4


def _another_of_the_same(before: str, subject: str, label_start: int) -> bool:
    """Whether `subject`, its label starting at `label_start`, names what `before` ends in, for another level or
    kind and with no verb of its own (成功调解村级纠纷 / 镇级纠纷): a short qualifier before the same label, where
    `before` holds another qualifier and more (its verb) in front of it."""
    qualifier, label = subject[:label_start], subject[label_start:]
    return 0 < len(qualifier) <= _MAX_QUALIFIER and before.endswith(label) \
        and len(before) > len(label) + len(qualifier) and not before[:-len(label)].endswith(qualifier)


def _same_measure(a: str, b: str) -> bool:
    """出庭应诉率 and 单位出庭应诉率 name one measure; 合法性审查率 and 备案审查率 do not."""
    shorter = min(len(a), len(b))
    return a[-shorter:] == b[-shorter:] or (shorter >= _SAME_MEASURE and a[-_SAME_MEASURE:] == b[-_SAME_MEASURE:])


def _said_in_sentence(metrics: list[Found], key: str, q: Quantity) -> bool:
    """Whether the sentence of the last metric read, that of `q`, states a figure of `key` of q's value (开庭审理72件,
    负责人出庭71件,出庭应诉率98.6%(71/72): the counts again)."""
    sentence = metrics[-1].sentence
    for m in reversed(metrics):
        if m.sentence != sentence:
            return False
        if m.key == key and m.value == q.value:
            return True
    return False


def _unit_fits(rule: MetricRule, q: Quantity) -> bool:
    if rule.unit == "count":  # a table's figure has no measure word: its column heading names what it counts
        return q.kind == "count" and (q.unit is None or q.unit in rule.measure_words)
    if rule.unit == "%":
        return q.kind == "percent"
    return q.kind == "ratio"


# --- what a pattern reads ----------------------------------------------------------
#
