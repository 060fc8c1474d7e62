"""The metric catalog (catalog.toml) as the stages read it: loaded, validated and compiled once.

The catalog is the part of lawreport a user reads and extends: labels, aliases,
units, ranges, derivations, section cues and word lists. A typo in it is an
error at load time, never a rule that silently matches nothing: catalog_file.py
validates the file (every section a pydantic model that forbids unknown fields,
every pattern compiling, entries agreeing with each other) and compiles it into
the frozen `Catalog` below. Errors are CatalogErrors naming the entry and the
field. Set LAWREPORT_CATALOG to use another file.

Validating and compiling the catalog costs more than an extraction, so the compiled
catalog is kept, pickled, in the user cache directory ($XDG_CACHE_HOME/lawreport,
else ~/.cache/lawreport), keyed by the hash of the catalog file, of the code that
compiles it and of the versions of lawreport, regex and Python: an edited file is
validated again. A regex pattern pickles as its compiled program, so loading it
skips parsing, and a run that finds the catalog there imports neither the file's
models nor a TOML parser, nor regex's parser (lazy_regex). The same cache keeps what a single extract would
otherwise redo at each start: the stages' compiled patterns (compile_cached, and
compile_re_cached for `re`), what a stage reads from a pattern's text (analysed)
and tables built on first use (kept/keep: the region names, the institution
scanner's plan). The cache is never needed: a missing, unreadable, stale or
unwritable one only means compiling.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # re's engine: builds a pattern from a kept program
import atexit
import contextlib
import functools
import importlib.util
import mmap
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar, cast, dataclass_transform

from . import __version__, vocab
from . import lazy_regex as regex
from .errors import ExitCode, LawreportError

try:  # hashlib's own blake2b: importing hashlib loads OpenSSL, some 5 ms of every start
    from _blake2 import blake2b
except ImportError:  # a Python without the module
    from hashlib import blake2b

DEFAULT_PATH = Path(__file__).with_name("catalog.toml")

T = TypeVar("T")


def read_data(name: str) -> str:
    """The text of lawreport/data/``name``, its line ends ``\\n``."""
    return data_text(data_bytes(name))


def data_bytes(name: str) -> bytes:
    """The bytes of lawreport/data/``name``, read beside this file, since importlib.resources would add
    some 20 ms to every start; a key of what is built from the file hashes them as they are."""
    with open(os.path.join(os.path.dirname(__file__), "data", name), "rb") as file:
        return file.read()


def data_text(data: bytes) -> str:
    """A data file's bytes as text, line ends ``\\n``; decoded, not read in text mode, which takes three
    times as long."""
    return data.decode("utf-8").replace("\r\n", "\n")


def after_notes(text: str) -> str:
    """A data file's text past the lines opening it with a # (its notes on what it holds)."""
    start = 0
    while text.startswith("#", start):
        start = text.index("\n", start) + 1
    return text[start:]


class CatalogError(LawreportError, ValueError):
    """The catalog file is malformed; the message names the entry and field. A command reports it as one line and
    its own exit code, as it does a bad input."""

    code = ExitCode.CATALOG


# --- the compiled catalog, as the stages read it -------------------------------------


@dataclass_transform(kw_only_default=True, frozen_default=True)
class Fields:
    """Typed fields given by keyword and read as attributes, set once: the catalog's records.

    What a typing.NamedTuple gives them without its cost at import: a NamedTuple class compiles
    its constructor and checks each field's type, and the eight below took some 10 M instructions
    of every start. An instance pickles as the dict of its fields, and equals only itself.
    """

    def __init__(self, **fields: object) -> None:
        self.__dict__.update(fields)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__}.{name} is read only")

    def __setstate__(self, state: dict[str, object]) -> None:
        """Read back from the cache, each field's name interned as the code's names are: a read then finds the
        field by identity (under the unpickled names it took three times as long as a NamedTuple's)."""
        self.__dict__.update({sys.intern(name): value for name, value in state.items()})

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())})"


class Intake(Fields):
    """The words a key's count at intake is labelled by, at each stage."""

    received: tuple[str, ...]  # what was received (收到, 新收)
    admitted: tuple[str, ...]  # what was admitted of it (受理)
    applied: tuple[str, ...]  # the applications the cases received came from (申请): beside those cases, they give way
    applications: tuple[str, ...]  # the applications received said with the admitting verb (受理…申请): the received count


class MetricRule(Fields):
    key: str
    label: str
    unit: str
    measure_words: frozenset[str]
    labels: regex.Pattern  # matches at the end of a subject
    context: regex.Pattern | None
    exclude: regex.Pattern | None
    sentence_exclude: regex.Pattern | None  # anywhere in the sentence, these rule the key out
    zero: regex.Pattern | None  # phrases that state the value 0 (零败诉)
    all_of: regex.Pattern | None  # phrases that state the value as the denominator's count before them (均调解成功)
    all_of_count: str | None  # the key of the count all_of speaks of, where it is not the rate's denominator
    range: tuple[float, float] | None
    last_topic: regex.Pattern | None  # (?r) context or other topic, the latter as group "other"
    # a verb alone after a count: the topic before its label decides, though the label holds the context; or a pattern
    # a label opens with that goes on from the count before it in its clause (match at the label's start)
    continues: bool | regex.Pattern
    part: regex.Pattern | None  # a subject ending in one part of the value (撤销 of 纠错), the part as group 1
    listed_with: regex.Pattern | None  # the other outcomes of a list that parts are read in (维持, 驳回)
    kind: regex.Pattern | None  # a kind's label ending a subject (民事公证事项), its name as group 1: search
    kinds: tuple[tuple[regex.Pattern, ...], ...]  # the ways the key divides into kinds, each kind's name: fullmatch
    intake: Intake | None  # the words of its counts at intake, where the key is counted at stages of it
    inverse: bool  # a ratio whose labels set its terms the other way round (诉讼与复议案件比): its value the inverse


class Derivation(Fields):
    key: str
    numerator: str
    denominator: str
    narrower: tuple[str, ...]  # words narrowing a numerator to a part of the rate's (直接纠错 of 综合纠错率)
    due: regex.Pattern | None  # the label of a count of the cases that called for the numerator's acts (应出庭…)


class OthersPageRule(Fields):
    """A page whose figures of `keys` are another body's: its head names the body (`subject`) and it nowhere says
    the area's own service (`own`)."""
    keys: frozenset[str]
    subject: regex.Pattern
    own: regex.Pattern
    partner: regex.Pattern | None  # a partner's word, then the body's place and level, to the body's name named
    scope: regex.Pattern | None  # a town's scope other than its own calls (镇村两级)


class KindRule(Fields):
    kind: str
    title: regex.Pattern | None
    head: regex.Pattern | None
    told: regex.Pattern | None  # what the text after the title holds for a title match to name the kind
    dated: bool  # the kind a news dateline opening the first paragraph or a day's lead makes a text


class InstitutionBody(Fields):
    type: str
    suffix: regex.Pattern
    qualifiers: regex.Pattern | None
    alone: bool  # a head right before the suffix makes a name (区法院)
    named: str  # where a free-form proper name may stand before the suffix: NamedPlace
    bare: bool  # the suffix alone, at a boundary, is a name (联合法院)
    national: bool  # the suffix alone is a full name (司法部)


class InstitutionRules(Fields):
    levels: tuple[tuple[str, str], ...]  # level word, characters before it that make it part of a word
    national_heads: tuple[str, ...]
    boundary: tuple[str, ...]
    own_calls: tuple[str, ...]  # a body's or a place's call of itself before its own units: 我局, 我区
    list_join: regex.Pattern  # 和 or 与 after a body, joining two bodies as 、 does
    town_boundary: regex.Pattern  # what ends right before a town besides a boundary and a list_join
    area_word: regex.Pattern  # the whole area's word (全县), before a town only where the town is known or of a strict shape
    stop_chars: str
    first_stop: str
    town_first_stop: str
    town_modifiers: regex.Pattern  # what opens a town's name only before its own body
    seat_quarters: regex.Pattern  # a quarter of the county seat, naming a station by itself (城关派出所)
    long_town_exclude: regex.Pattern  # how a three-character town never starts, beside town_first_stop
    long_town_chars: str  # every character of a town's name longer than four (洪格尔高勒镇)
    leading_verbs: regex.Pattern
    name_verbs: regex.Pattern
    collective: regex.Pattern
    generic: regex.Pattern
    generic_before: regex.Pattern
    generic_after: regex.Pattern
    committee: regex.Pattern
    town_suffix: regex.Pattern
    town_exclude: regex.Pattern
    ethnic_groups: tuple[str, ...]  # between an ethnic town's name and its level word (十里望回族镇)
    expansions: tuple[tuple[regex.Pattern, str], ...]
    bodies: tuple[InstitutionBody, ...]


class Lexicon(Fields):
    """Word lists of the stages, looked up rather than searched, and the region rules' patterns. A lexicon
    hashes as itself (Fields), so regions.py keys the scans it remembers by the catalog's lexicon."""

    common_word_shorts: frozenset[str]  # short division names that are ordinary words (regions.py)
    furniture_classes: frozenset[str]  # class/id words of page furniture (readers/html.py)
    generic_names: frozenset[str]  # full division names that are ordinary words (regions.py)
    # words a character opening a full name closes before the generic name it goes on to: 卓越城区 (regions.py)
    words_before_generic_names: frozenset[str]
    names_of_smaller_things: tuple[str, ...]  # what a short name opens without naming its division (regions.py)
    township_words: tuple[str, ...]  # 城乡, 乡镇 …: a character and a township's level word naming no town (regions.py)
    township_openings: tuple[str, ...]  # 乡村, 乡贤 …: words a township's level word opens, naming no town (regions.py)
    self_reference_prefixes: tuple[str, ...]  # 法治, 平安 before a place's short name (regions.py)
    bureau_offices: tuple[str, ...]  # a bureau's office named by its place after it: 市公安局福田分局 (metadata.py)
    bodies_after_place: tuple[str, ...]  # a body's name a place's short name opens: 铜梁公证处 (regions.py)
    source_prepositions: tuple[str, ...]  # what a body a reporter has the news from follows: 从, 据 (regions.py)
    example_end: tuple[str, ...]  # what a place given as an example or as a part (其中) follows (regions.py)
    acted_on: regex.Pattern  # what a place the text's own acts on follows: 督促, 对…督察 (regions.py)
    reporter_visit: regex.Pattern  # 记者来到, 记者先后前往: where a reporter went, a scene (regions.py)
    reporter_scene: regex.Pattern  # 在某区一处调解室,记者看到: a scene a reporter saw, no visit said (regions.py)
    address_line: regex.Pattern  # a publisher's address line (regions.py)
    own_place_prefixes: tuple[str, ...]  # 我, 全 … before a level's character: the text's own place (regions.py)
    province_phrases: dict[str, tuple[str, ...]]  # 治疆, 全疆 … by province code: they settle a shared name (regions.py)
    level_calls: dict[str, regex.Pattern]  # 盟委, 行署 … by level (盟, 地区): a text calling its own place so (regions.py)
    name_end_words: frozenset[str]  # two-character words a name's last character may open (regions.py)
    level_owned_words: tuple[str, ...]  # 平安建设, 安全生产 … after a level's character (镇平安建设办): no 镇平 there (regions.py)
    named_after_place: regex.Pattern  # a school or a law firm named after a place (regions.py)
    street_after_place: regex.Pattern  # what a street or estate named after a place opens with past the name (regions.py)
    site_name: regex.Pattern  # a site's name alone, as a page's <title> may hold it (readers/html.py)
    own_body_calls: tuple[str, ...]  # 我局, 本局: a body's text calling itself by its kind (regions.py)
    issuing_verbs: tuple[str, ...]  # 制定, 印发 … before a 《title》: a document of the text's own body (regions.py)
    body_prepositions: tuple[str, ...]  # 以, 经 before a body by its level alone, the text's own (regions.py)
    own_level_rule_of_law: tuple[str, ...]  # 依法治 before a level's character: its own level's work (regions.py)
    work_fields: tuple[str, ...]  # 行政复议工作 … right after a place: the place's work, its subject (regions.py)
    first_person_prefixes: tuple[str, ...]  # 我, 本 before a level's character: the text speaking as its place (regions.py)
    city_parts: tuple[str, ...]  # 各区县, 各县(市、区): a city's counties called together, its parts (regions.py)
    purpose_openers: tuple[str, ...]  # 为, 助力 before a place's short name the work serves (regions.py)
    purposes_of_place: tuple[str, ...]  # 振兴, 高质量发展 after it: 为大连振兴发展 (regions.py)
    particulars_of_place: tuple[str, ...]  # 实际, 具体举措 after a short name: 结合铜梁实际 (regions.py)
    number_closers: frozenset[str]  # 月, 万, 成 … after a digit: the number's, no name's first character (regions.py)


class NumberWords(Fields):
    """The words around a number that lawreport.numbers reads ([numbers] in the catalog)."""

    units: dict[str, str]  # measure word -> kind
    before: dict[str, str]  # qualifier before the number -> meaning
    after: dict[str, str]  # qualifier after the number and its unit -> meaning
    approaching: frozenset[str]
    up_verbs: tuple[str, ...]
    down_verbs: tuple[str, ...]
    up_nouns: tuple[str, ...]
    down_nouns: tuple[str, ...]
    noun_links: tuple[str, ...]
    code_before: tuple[str, ...]
    code_after: tuple[str, ...]


class Catalog(Fields):
    rules: tuple[MetricRule, ...]
    derivations: tuple[Derivation, ...]
    connector: regex.Pattern
    body_measure_words: frozenset[str]  # a count in these: its noun after it or list before it names no label
    cases_after_body_word: regex.Pattern  # …but a noun after it opening with cases (5个行政案件…) does: match
    measures_counted: regex.Pattern  # measures or matters counted in items (推出便民措施103项, 出台政策12条): search
    summed: regex.Pattern  # connectors that make a count a sum (累计, 共计): search
    part_marker: regex.Pattern  # a subject opening with a part marker (其中…): matches at its start
    part_words: regex.Pattern  # the part markers themselves, anywhere
    each: regex.Pattern  # said among a count's connectors, it makes the count each unit's (均)
    units_bounded: regex.Pattern  # a number of units (9个县级政府) before a bound count: each one's bound
    share_of_whole: regex.Pattern  # said right after a count, its share of a whole it is a part of: match
    whole_keys: frozenset[str]  # the keys whose counts share_of_whole makes parts
    share_of_earlier_stage: regex.Pattern  # a count's share of the cases at an earlier stage (占受理案件的): match
    completed_keys: frozenset[str]  # the keys of a later stage (办结), whose counts that share leaves the whole's own
    # right after a count, a part marker's gloss that it holds cases carried over ((含上年结转14件)): match
    holds_carried_over: regex.Pattern
    intake_keys: frozenset[str]  # the keys of the cases received, whose counts such a gloss makes none
    closing_words: tuple[str, ...]  # a count said closed (审结) by one of these keeps its key with such a gloss
    appeals_split: regex.Pattern  # a court above a basic one, or a retrial, with its count (三中院80件): search
    appeals_keys: frozenset[str]  # the keys of first-instance counts, which such a split after them makes none
    share_of_closed: regex.Pattern  # a share of the cases closed (占结案总数的): fullmatch of a share's subject
    specialised_disputes: regex.Pattern  # disputes a specialised mediation body takes: its counts are the area's parts
    generic_counted: regex.Pattern  # a label ending in a generic noun (办理案件): search
    rate_label: regex.Pattern
    rate_label_cut: regex.Pattern
    rate_label_exclude: regex.Pattern
    rate_activity: regex.Pattern  # an activity rated (考试, 评查): search ending where a 、 before a rate's label stands
    rate_activity_reach: int  # the characters of the longest activity rated: how far before the 、 it is searched from
    rate_percent_dropped: regex.Pattern  # a share or a change whose percent sign a text dropped: search
    rate_per_unit: regex.Pattern  # a rate per head (万人成讼率): search in the clause before a bare figure
    rate_zero: regex.Pattern  # a rate said naught in words (…率为零): match right after its 率
    rate_quoted_head: regex.Pattern  # a quoted name's head word a label after the quote opens with (“民告官”案)
    rate_place: regex.Pattern  # a subject that is a place alone, whose value is of the rate before it
    rate_place_average: regex.Pattern  # a place's average (全市平均为…), no value of the rate before it: search
    rate_average_gap: regex.Pattern  # a gap in points from an average or the year before (较全市平均水平高, 较上年高), the level after it the rate's: search
    rate_gap_said: regex.Pattern  # the word saying a gap after what it is from, 了 or not (高出, 低了): fullmatch
    rate_part: regex.Pattern  # a level or a unit of the area (县级调解组织, 村居, 市直部门): match, fullmatch a subject
    rate_town: regex.Pattern  # a town named opening a rate's sentence or clause (城关镇调解成功率): match
    rate_towns_listed: regex.Pattern  # towns listed and counted up to a rate's label (城关、白沙两镇): fullmatch
    rate_degree: regex.Pattern  # a degree of the public's view listed with rates (满意度), no rate: fullmatch
    places_counted: regex.Pattern  # a count of places after their names (两地, 三个县): the names listed are places
    rate_levels: regex.Pattern  # levels of government listed before a rate's label (市、县两级): fullmatch a piece
    rate_levels_counted: regex.Pattern  # the count closing levels taken together (县乡村三级, 区、镇两级): search its end
    rate_ranked: regex.Pattern  # a rank or trend ending the clause of a label whose figure follows (…率最低,为88.24%)
    rate_mark_passed: regex.Pattern  # a clause saying only which mark a rate passed (首次突破80%): fullmatch
    rate_after_rank: regex.Pattern  # the clause of the figure after a rank (去年更高达…, connectors off): search
    rate_share: regex.Pattern  # a share written out (占比, 占…的): fullmatch
    rate_act_after: regex.Pattern  # the act a percent runs into (100%调解): match right after it
    rate_units_reaching: regex.Pattern  # the units a level qualifies (…率达80%以上的司法所): match right after it
    rate_restating: tuple[str, ...]  # the bodies a rate is of (负责人): a label restating a measure names one
    series_from: regex.Pattern
    series_to: regex.Pattern
    series_after_change: regex.Pattern
    series_base: regex.Pattern  # a comparison's starting figure (较2022年的): group 1 its year, if written
    # a rate's values said before its label (从…的X%,到…Y%,LABEL…; 2022年X%,2023年Y%,LABEL…), each pattern searched alone
    series_values_before_label: tuple[regex.Pattern, ...]
    series_actual: regex.Pattern  # what was done against the plan said before it (…,实际办理): match
    series_target_said: regex.Pattern  # a target said right after a rate's level (…(市考核指标5%以下)): match
    series_target_beaten: regex.Pattern  # the clause before a target a rate's level beats (低于…): match
    series_target_beaten_close: regex.Pattern  # right after that target's figure (的控制目标): match
    series_assessed_before: regex.Pattern  # an assessment's target words ending a rate's label's lead (省定目标): search
    series_up_to_now: regex.Pattern  # a figure's date that is the text's writing (截至目前): search
    column_this_year: regex.Pattern  # a table column heading for the report's year (本年累计): fullmatch
    column_last_year: regex.Pattern  # ... for the year before it (上年同期)
    column_baseline: regex.Pattern  # ... for the levels a plan starts from (基期值, 2020年现状值): fullmatch
    column_target: regex.Pattern  # ... for the targets set beside what was done (目标值, 计划数): fullmatch
    column_change: regex.Pattern  # ... for a change (同比): fullmatch
    annex_caption: regex.Pattern  # the caption of a table appended to a report (附件:): match
    row_total: regex.Pattern  # a table row label for the total (合计): fullmatch
    caption_wording: regex.Pattern  # what a caption says around what its table counts (表1:, …情况): sub
    unit_note: regex.Pattern  # a line noting a table's unit (单位:件), which captions nothing: fullmatch
    section_kinds: tuple[tuple[str, regex.Pattern], ...]
    plan_paragraph: regex.Pattern
    target_outcome: regex.Pattern  # after a run-in plan title on its line, what was done against it (实际完成): search
    plan_document: regex.Pattern
    duty_report: regex.Pattern  # a principal's own report on the rule-of-law duty (述法报告): search, near the start
    review: regex.Pattern
    bracket_exclude: regex.Pattern
    site_notice: regex.Pattern  # a numbered line that is the website's own notice (凡本网注明…不得转载): search
    attachments: regex.Pattern  # a line opening a page's list of attachments or links (相关附件): match
    framing: regex.Pattern  # a part's title framing the document (起草背景, 摘要) or telling a case (基本案情): search
    other_matters: regex.Pattern  # a report's closing part of other matters (其他需要报告的情况): search
    target_cue: regex.Pattern
    own_figure_cue: regex.Pattern  # a target_cue match planning its own clause's figure alone (控制在): match
    own_clause_cue_open: regex.Pattern  # a purpose's opening right before a target cue (为确保): search to it
    own_clause_cue_goal: regex.Pattern  # a quoted goal after a target cue, closing its clause (“零败诉”): match
    future_bound: regex.Pattern  # a future 将 and a work verb, up to a bounded figure in its clause: search ending at it
    target_after: regex.Pattern  # right after a number, makes it a target: match
    target_after_parts: tuple[regex.Pattern, ...]  # target_after's patterns, each scanned alone (metrics._quota_ends)
    target_before: regex.Pattern  # ending a count's subject, makes it a target of the label before it: search
    quota_set: regex.Pattern  # sets a count of its clause after it as a quota (确定…完成): search in the clause
    held_frame_open: regex.Pattern  # a held level's frame opening, right before a target cue (在确保): search to it
    held_frame_close: regex.Pattern  # its close right after the level's figure (…的同时): match
    target_met_open: regex.Pattern  # a target met (提前完成), in a figure's sentence before it: search to it
    target_met_close: regex.Pattern  # its close right after the figure (…目标): match
    document_verbs: regex.Pattern
    document_types: tuple[tuple[str, regex.Pattern], ...]
    # A title naming only a kind of document (《报告》, 《实施方案》) or none (专题片《…》, 《…》栏目): matched from the
    # title's start, through its 》 and the words after it; each list of words guarded (scanning.guarded).
    generic_title: regex.Pattern
    unmarked_after_year: regex.Pattern  # a document's name after its year, read without 《》 after a verb or in quotes
    debris: regex.Pattern
    page_furniture: regex.Pattern
    title_words: regex.Pattern
    org: regex.Pattern
    self_reference: regex.Pattern
    source_line: regex.Pattern
    published_line: regex.Pattern
    report_statement: regex.Pattern
    kinds: tuple[KindRule, ...]
    metadata_cues: dict[str, regex.Pattern]  # named cues of metadata.py ([metadata.cues], MetadataCues)
    first_claim: regex.Pattern
    programme_nouns: regex.Pattern
    programme_qualifier: str  # the words between a quoted name and its kind (“老娘舅”调解工作室): a pattern's text
    launch_verbs: regex.Pattern
    not_programme: regex.Pattern  # a quoted name that is no programme (“八五”, “3·15”): fullmatch
    topic_prefix: regex.Pattern
    lead_exclude: regex.Pattern
    note: regex.Pattern
    measure_verbs: regex.Pattern
    quantity_leading: regex.Pattern
    quantity_stages: regex.Pattern  # a stage's verb that leading leaves (调结 in 受理、调结矛盾纠纷分别为…): match
    quantity_following: regex.Pattern
    quantity_following_cut: regex.Pattern
    share_qualifier: regex.Pattern  # a channel, domain or group in a count's clause: the count is a share of the whole
    share_channel_clause: regex.Pattern  # a channel said as a clause of its own before a count's (依托…平台,)
    share_domain: regex.Pattern  # a domain of the cases (涉企, 涉及…领域): its count is never the whole of a year
    share_continued: regex.Pattern  # a sentence's opening going on about the share the one before it counted (目前…)
    share_kind: regex.Pattern  # a kind of case opening the label a count or a rate ends: the figure is that kind's share
    share_kind_class: regex.Pattern  # a kind named by its class (处罚类): a count in a bracket after it is the kind's
    # what opens an example of one place or unit (以…为例, 比如) or a campaign (开展…专项行动); metrics reads it at a
    # clause's start
    example: regex.Pattern
    example_of_one: regex.Pattern  # an example alone, no campaign: a place it names is the example's (regions.py)
    other_mediation_keys: frozenset[str]  # the keys of the area's mediation
    other_mediation: regex.Pattern  # another body's mediation (group `other`: 行政调解, 诉调对接) or the people's
    # words one of which every other body's mediation (other_mediation's group `other`) holds; None when one shows none
    other_mediators_words: frozenset[str] | None
    others_pages: tuple[OthersPageRule, ...]  # pages of another body than the area's services (a union's legal aid)
    institutions: InstitutionRules
    banner: regex.Pattern  # a site's banner written into the text, which normalize cuts from the copy: finditer
    banner_words: frozenset[str] | None  # words one of which every banner holds: a text without them has none
    lexicon: Lexicon
    numbers: NumberWords

    def rule(self, key: str) -> MetricRule:
        for r in self.rules:
            if r.key == key:
                return r
        raise KeyError(key)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.key for r in self.rules))


def load_catalog(path: str | os.PathLike[str] | None = None) -> Catalog:
    """Parse, validate and compile a catalog file; raises CatalogError naming the bad entry and field."""
    path = Path(path or os.environ.get("LAWREPORT_CATALOG") or DEFAULT_PATH)
    text = path.read_text(encoding="utf-8")
    cache = _cache_file("catalog", text)
    catalog = _read_cache(cache)
    if isinstance(catalog, Catalog):
        return catalog
    from .catalog_file import validate  # only on a cache miss: pydantic models of the file

    catalog = validate(path, text)
    _write_cache(cache, catalog)
    return catalog


# The words setting a figure against another (高于, 低于, 超过, 领先): what opens catalog_file.COMPARED_AVERAGE, and with
# 比 or 较 what names the place whose average is set against (比全市平均, 高于全省平均: metrics._SET_AGAINST_WHOLE).
SET_AGAINST = "(?:[高低优好]于|超过|超出|领先)"


def compile_cached(pattern: str, flags: int = 0) -> regex.Pattern:
    """``regex.compile(pattern, flags=flags)``, kept in the user cache: for every pattern a stage compiles at import
    or builds from the catalog. A compiled program loads ~20 times faster than `regex` parses the
    pattern, which is most of a single extract's start-up otherwise.

    The cache file is written at exit, once, by a run that compiled a pattern it lacked: it keeps
    what the file held and what the run compiled, so runs with other catalogs or commands do not
    evict each other's patterns (the institution scanner's take a second to compile). Past
    _PATTERNS_KEPT patterns it keeps only those the run used. Each entry is pickled on its own and
    loaded when first asked for, so a run pays only for the patterns it uses.
    """
    key = ("regex", pattern, int(flags)) if flags else pattern
    compiled = _stored(key)
    if regex.is_pattern(compiled) and compiled.pattern == pattern:
        return compiled
    compiled = regex.compile(pattern, flags=flags)
    _store(key, compiled)
    return compiled


def compile_re_cached(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, its program kept with compile_cached's patterns.

    For the patterns a stage runs with `re`, where `re` is the faster engine. `re` pickles a pattern
    as its source, parsed again on loading (some 5 ms for a large character class), so the cache
    keeps the program sre's compiler makes, and a run hands it to `_sre.compile` as re.compile does.
    A program is kept only when the pattern built from it equals the one re.compile returns (same
    flags, groups and code), and one that fails to load is compiled again. A pattern that opens with
    a lookahead for one character class searches as one opening with that class (`_first_characters`).
    """
    key = ("re", pattern, int(flags))  # an int, not a re.RegexFlag: the key pickles without the enum
    program = _stored(key)
    if isinstance(program, tuple):
        with contextlib.suppress(Exception):  # a program of another sre: compile instead
            return _sre.compile(pattern, *program)
    compiled = re.compile(pattern, flags)
    with contextlib.suppress(Exception):  # sre's internals differ in this Python: the program is not kept
        parsed = re._parser.parse(pattern, flags)  # type: ignore[attr-defined]
        program = _re_program(parsed, flags)
        if _sre.compile(pattern, *program) == compiled:
            final_flags, code, *groups = program
            program = (final_flags, _first_characters(parsed, final_flags, code), *groups)
            compiled = _sre.compile(pattern, *program)
            _store(key, program)
    return compiled


def _re_program(parsed: re._parser.SubPattern,  # type: ignore[name-defined]
                flags: int) -> tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]:
    """The arguments after the pattern that re._compiler.compile passes to _sre.compile."""
    code = [int(op) for op in re._compiler._code(parsed, flags)]  # type: ignore[attr-defined]  # opcodes pickle as names
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _first_characters(parsed: re._parser.SubPattern, flags: int,  # type: ignore[name-defined]
                      code: list[int]) -> list[int]:
    """The program's code, its search skipping to the characters a match can open with where sre's
    compiler does not see them: in a lookahead for one character class that opens the pattern.

    sre's compiler finds the first characters of a pattern opening with a class or literals only,
    and a search of one opening with a lookahead tries every position. The info block that opens
    the code then names the class, as the compiler writes it for a pattern opening with it, and the
    search passes over the characters outside it in one loop (a fifth of the number scanner's search).
    """
    constants = re._constants  # type: ignore[attr-defined]
    first = parsed.data[0] if parsed.data else None
    if (first is None or first[0] is not constants.ASSERT or first[1][0] != 1 or len(first[1][1].data) != 1
            or first[1][1].data[0][0] is not constants.IN or flags & (re.IGNORECASE | re.LOCALE)):
        return code
    info, skip, mask, least, most = code[:5]
    if info != constants.INFO or mask != 0 or least == 0:  # a literal prefix already, or it matches empty
        return code
    charset, cased = re._compiler._optimize_charset(first[1][1].data[0][1])  # type: ignore[attr-defined]
    if cased:
        return code
    block = [info, 0, int(constants.SRE_INFO_CHARSET), least, most]
    re._compiler._compile_charset(charset, flags, block)  # type: ignore[attr-defined]
    block[1] = len(block) - 1
    return [*map(int, block), *code[1 + skip:]]


def analysed(kind: str, pattern: str, flags: int, analyse: Callable[[], T]) -> T:
    """``analyse()``, what a stage reads from a pattern's text (its ``kind``: scanning.Shape …), kept with
    compile_cached's patterns: reading a pattern in Python costs about what compiling it does, and the
    result is as fixed. The code that reads it is among what the cache depends on (_CACHE_DEPENDS).
    Only plain values (tuples, strings, numbers, frozensets): an entry may load while the stage
    modules are still being imported.
    """
    key = (kind, pattern, flags)
    found = _stored(key)
    if isinstance(found, tuple) and len(found) == 1:
        return found[0]
    value = analyse()
    _store(key, (value,))  # a tuple: None is a result too
    return value


_StoreKey = str | tuple[str, str, int]
# What this process asked compile_cached, compile_re_cached and analysed for, each key's digest (_entry_digest) worked
# out once: the file is read by it, and written by it at exit.
_used_patterns: dict[_StoreKey, int] = {}
_loaded: dict[_StoreKey, object] = {}  # entries unpickled or made by this process
_made: dict[_StoreKey, object] = {}  # entries this process made, to write at exit


def _stored(key: _StoreKey) -> object:
    """The value kept under ``key``, unpickled on first ask; None when there is none or it cannot be read."""
    if key in _loaded:  # (asked, so its digest is known)
        return _loaded[key]
    digest = _used_patterns[key] = _entry_digest(key)
    value = None
    data = _pattern_store().get(digest)
    if data is not None:
        with contextlib.suppress(Exception):  # pickled by other code: made again
            value = regex.loads(data)
    _loaded[key] = value
    return value


def _store(key: _StoreKey, value: object) -> None:
    """Keep ``value`` under ``key``, which _stored was asked for first and lacked, and write it at exit."""
    _loaded[key] = _made[key] = value
    _save_patterns_at_exit()


def _entry_digest(key: _StoreKey) -> int:
    """What the pattern file knows an entry by: its key's 64-bit SipHash, as a hash-based .pyc knows its source.

    A single extract asks for some 900 entries, their sources 240,000 characters: their UTF-8 and blake2b
    took 17 M instructions, their UTF-16 and this hash a sixth of that. Two of 3,000 keys share a hash about
    once in 10**12 stores; a regex pattern's source is compared when it loads besides (compile_cached).
    """
    kind, source, flags = ("regex", key, 0) if isinstance(key, str) else key
    data = f"{kind}\0{flags}\0{source}".encode("utf-16", "surrogatepass")  # native order: twice as fast as -le
    return int.from_bytes(importlib.util.source_hash(data), sys.byteorder)


@functools.cache
def _save_patterns_at_exit() -> None:
    """Once, on the first pattern the cache file lacked: a run compiles several, in no fixed order."""
    atexit.register(_save_patterns)


class _PatternFile:
    """The kept patterns as a run reads them: where each entry lies, and the entries mapped, not read.

    A run pays for the entries it asks for, not for the file: one that has served a few edited catalogs holds
    2,000-3,000 entries and 10-14 MB, and unpickling it whole cost a single extract 60 M instructions (11%).
    The file is machine-local (the user cache), so its numbers are eight-byte words in the machine's byte order:
    the count of entries, each entry's digest (_entry_digest), each entry's offset and the end of the last,
    then the entries' pickles one after the other. The head loads as memoryview casts, in C.
    """

    def __init__(self, places: dict[int, int], offsets: memoryview, entries: mmap.mmap | None) -> None:
        self._places, self._offsets, self._entries = places, offsets, entries

    def get(self, digest: int) -> bytes | None:
        """The pickled entry ``digest`` names; None when the file lacks it or is closed."""
        place = self._places.get(digest)
        if place is None or self._entries is None or self._entries.closed:
            return None
        return self._entries[self._offsets[place]:self._offsets[place + 1]]

    def kept(self) -> dict[int, bytes]:
        """Every entry the file holds, read; then the file is let go, so that it can be replaced."""
        kept = {digest: data for digest in self._places if (data := self.get(digest)) is not None}
        if self._entries is not None:
            self._entries.close()
        return kept

    @classmethod
    def read(cls, file: Path | None) -> _PatternFile:
        """The file's head, its entries mapped; an empty store when there is no file or it cannot be read."""
        if file is not None:
            with contextlib.suppress(Exception), open(file, "rb") as stream:  # absent, unreadable, truncated: compile
                count = int.from_bytes(stream.read(_WORD), sys.byteorder)
                if count * 2 * _WORD < os.fstat(stream.fileno()).st_size:  # not a count read from other bytes
                    words = memoryview(stream.read(_WORD * (2 * count + 1))).cast("Q")  # raises unless whole
                    if len(words) == 2 * count + 1:
                        entries = mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ)
                        return cls(dict(zip(words[:count], range(count))), words[count:], entries)
        return cls({}, memoryview(b""), None)

    @staticmethod
    def write(file: Path | None, entries: dict[int, bytes]) -> None:
        """Write ``entries`` (digest: pickled entry) to ``file`` in the layout read reads."""
        offset = _WORD * (2 * len(entries) + 2)  # the first entry's: after the count, digests and offsets
        offsets = [offset]
        for data in entries.values():
            offset += len(data)
            offsets.append(offset)
        words = [len(entries), *entries, *offsets]
        _write_file(file, [b"".join(word.to_bytes(_WORD, sys.byteorder) for word in words), *entries.values()])


_WORD = 8  # bytes of each number in the pattern file's head: a digest, an offset, the count


@functools.cache
def _pattern_store() -> _PatternFile:
    """Each entry pickled: regex patterns by their source (with flags, by ("regex", source, flags)); `re` programs and
    analyses by (kind, source, flags); all by _entry_digest."""
    return _PatternFile.read(_cache_file("patterns", ""))


_PATTERNS_KEPT = 2_000  # some 500 entries per catalog (patterns and what was read of them): room for a few edited catalogs


def _save_patterns() -> None:
    store = _pattern_store().kept()
    for key, value in _made.items():
        with contextlib.suppress(Exception):  # an entry that cannot be pickled is made again next time
            store[_used_patterns[key]] = regex.dumps(value)
    if len(store) > _PATTERNS_KEPT:
        used = set(_used_patterns.values())
        store = {digest: data for digest, data in store.items() if digest in used}
    _PatternFile.write(_cache_file("patterns", ""), store)


def kept_or_built(kind: str, source: str | bytes, code: str, build: Callable[[], T],
                  valid: Callable[[object], bool]) -> T:
    """What ``build()`` gives, from the user cache when kept there before and ``valid``, else built and kept.

    For tables a stage builds on first use: ``source`` is what the value is built from (data files'
    bytes, catalog rules), ``code`` the file of the module that builds it (its __file__), so an edit
    of either builds it again. A value that cannot be written, or whose code cannot be read, is not kept.
    """
    file = _kept_file(kind, source, code)
    value = _read_cache(file)
    if valid(value):
        return cast(T, value)  # valid() is the caller's type check
    value = build()
    _write_cache(file, value)
    return value


def _kept_file(kind: str, source: str | bytes, code: str) -> Path | None:
    identity = _code_identity(code)
    return None if identity is None else _cache_file(kind, source, identity)


def _code_identity(code: str | os.PathLike[str]) -> bytes | None:
    """What a module file is known by in a cache key: its path, size and time of change, as Python's own bytecode
    cache knows a source, and as engine_identity the engine's file; None when it cannot be read. Hashing the
    modules' text (some 330 KB) took 14 M instructions of every start."""
    try:
        status = os.stat(code)
    except OSError:
        return None
    return f"{os.fspath(code)}\0{status.st_size}\0{status.st_mtime_ns}".encode("utf-8", "surrogatepass")


# --- the cache ------------------------------------------------------------------------------

# What a cached object depends on besides its own source: this code, the modules it reads, the versions.
_CACHE_DEPENDS = (Path(__file__), Path(__file__).with_name("catalog_file.py"), Path(vocab.__file__),
                  Path(__file__).with_name("dates.py"), Path(__file__).with_name("scanning.py"))


_CACHE_FILES_KEPT = 8  # per kind: catalogs edited, versions installed side by side


@functools.cache
def _cache_key_base() -> bytes:
    digest = blake2b(f"{__version__}\0{regex.engine_identity()}\0{sys.version}\0".encode())
    for file in _CACHE_DEPENDS:
        digest.update(_code_identity(file) or b"?")
    return digest.digest()


def _cache_file(kind: str, source: str | bytes, code: bytes = b"") -> Path | None:
    """Where the ``kind`` of object built from ``source`` (and the file of ``code``) is kept; None without
    a home to keep it in."""
    base = os.environ.get("XDG_CACHE_HOME")
    if not (base and os.path.isabs(base)):
        base = os.path.join(os.path.expanduser("~"), ".cache")  # "~" stays when there is no home
        if not os.path.isabs(base):
            return None
    digest = blake2b(_cache_key_base(), digest_size=20)
    digest.update(source if isinstance(source, bytes) else source.encode("utf-8", "surrogatepass"))
    if code:
        digest.update(b"\0")
        digest.update(code)
    return Path(base) / "lawreport" / f"{kind}-{digest.hexdigest()}.pickle"


def _read_cache(file: Path | None) -> object:
    """The object pickled in ``file``, or None when there is none or it cannot be read."""
    if file is None:
        return None
    try:
        with file.open("rb") as stream:
            return regex.load(stream)
    except Exception:  # noqa: BLE001 - absent, unreadable, truncated, or pickled by other code: compile instead
        return None


def _write_cache(file: Path | None, value: object) -> None:
    """Pickle ``value`` to ``file`` (_write_file)."""
    with contextlib.suppress(Exception):  # an unpicklable value: the next run builds it again
        _write_file(file, [regex.dumps(value)])


def _write_file(file: Path | None, pieces: list[bytes]) -> None:
    """Write ``pieces`` to ``file`` atomically, and forget all but the newest files of its kind.

    A cache that cannot be written is no error.
    """
    if file is None:
        return
    temporary = file.with_name(f"{file.name}.{os.getpid()}.tmp")
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        with temporary.open("wb") as stream:
            stream.writelines(pieces)
        os.replace(temporary, file)
        kind = file.name.partition("-")[0]
        older = sorted(file.parent.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in older[_CACHE_FILES_KEPT:]:
            stale.unlink(missing_ok=True)
    except Exception:  # noqa: BLE001 - read-only home, full disk: the next run compiles again
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


@functools.cache
def get_catalog() -> Catalog:
    """The catalog every stage reads, loaded on first use (LAWREPORT_CATALOG, else the shipped file)."""
    return load_catalog()

