"""Load and validate the metric catalog (catalog.toml) once, compiling its patterns.

The catalog is the part of lawreport a user reads and extends: labels, aliases,
units, ranges, derivations and section cues. A typo in it is an error at load
time (unknown field, unknown key, a pattern that does not compile), never a
rule that silently matches nothing. Set LAWREPORT_CATALOG to use another file.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

import regex

DEFAULT_PATH = Path(__file__).with_name("catalog.toml")

UNITS = ("count", "%", "ratio")
SECTION_KINDS = ("responsibilities", "shortcomings", "plans", "achievements")  # tried in this order


class CatalogError(ValueError):
    """The catalog file is malformed; the message names the entry and field."""


@dataclass(frozen=True, slots=True)
class MetricRule:
    key: str
    label: str
    unit: str
    measure_words: frozenset[str]
    labels: regex.Pattern  # matches at the end of a subject
    context: regex.Pattern | None
    exclude: regex.Pattern | None
    sentence_exclude: regex.Pattern | None  # anywhere in the sentence, these rule the key out
    zero: regex.Pattern | None  # phrases that state the value 0 (零败诉)
    range: tuple[float, float] | None


@dataclass(frozen=True, slots=True)
class Derivation:
    key: str
    numerator: str
    denominator: str


@dataclass(frozen=True, slots=True)
class KindRule:
    kind: str
    title: regex.Pattern | None
    head: regex.Pattern | None


@dataclass(frozen=True, slots=True)
class InstitutionBody:
    type: str
    suffix: regex.Pattern
    qualifiers: regex.Pattern | None
    alone: bool  # a head right before the suffix makes a name (区法院)
    named: str  # where a free-form proper name may stand before the suffix: NAMED_PLACES
    bare: bool  # the suffix alone, at a boundary, is a name (联合法院)
    national: bool  # the suffix alone is a full name (司法部)


@dataclass(frozen=True, slots=True)
class InstitutionRules:
    levels: tuple[tuple[str, str], ...]  # level word, characters before it that make it part of a word
    national_heads: tuple[str, ...]
    boundary: tuple[str, ...]
    stop_chars: str
    first_stop: str
    town_first_stop: str
    leading_verbs: regex.Pattern
    generic: regex.Pattern
    generic_before: regex.Pattern
    generic_after: regex.Pattern
    committee: regex.Pattern
    town_suffix: regex.Pattern
    town_exclude: regex.Pattern
    expansions: tuple[tuple[regex.Pattern, str], ...]
    bodies: tuple[InstitutionBody, ...]


@dataclass(frozen=True, slots=True)
class Catalog:
    rules: tuple[MetricRule, ...]
    derivations: tuple[Derivation, ...]
    connector: regex.Pattern
    part_marker: regex.Pattern
    rate_label: regex.Pattern
    rate_label_cut: regex.Pattern
    rate_label_exclude: regex.Pattern
    series_from: regex.Pattern
    series_to: regex.Pattern
    series_after_change: regex.Pattern
    section_kinds: tuple[tuple[str, regex.Pattern], ...]
    plan_paragraph: regex.Pattern
    target_cue: regex.Pattern
    target_after: regex.Pattern
    document_verbs: regex.Pattern
    document_types: tuple[tuple[str, regex.Pattern], ...]
    debris: regex.Pattern
    title_words: regex.Pattern
    org: regex.Pattern
    self_reference: regex.Pattern
    source_line: regex.Pattern
    published_line: regex.Pattern
    report_statement: regex.Pattern
    kinds: tuple[KindRule, ...]
    first_claim: regex.Pattern
    programme_nouns: regex.Pattern
    launch_verbs: regex.Pattern
    quantity_leading: regex.Pattern
    quantity_following: regex.Pattern
    quantity_following_cut: regex.Pattern
    institutions: InstitutionRules

    def rule(self, key: str) -> MetricRule:
        for r in self.rules:
            if r.key == key:
                return r
        raise KeyError(key)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.key for r in self.rules))


def _compile(pattern: str, where: str, suffix: str = "") -> regex.Pattern:
    try:
        return regex.compile(pattern + suffix)
    except regex.error as exc:
        raise CatalogError(f"{where}: pattern {pattern!r} does not compile: {exc}") from None


def _alternation(patterns: list[str], where: str, suffix: str = "") -> regex.Pattern:
    if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns) or not patterns:
        raise CatalogError(f"{where}: expected a non-empty list of patterns")
    for p in patterns:
        _compile(p, where)
    return _compile("(?:" + "|".join(f"(?:{p})" for p in patterns) + ")", where, suffix)


def _check_fields(entry: dict, allowed: set[str], required: set[str], where: str) -> None:
    unknown = set(entry) - allowed
    if unknown:
        raise CatalogError(f"{where}: unknown field(s) {sorted(unknown)}")
    missing = required - set(entry)
    if missing:
        raise CatalogError(f"{where}: missing field(s) {sorted(missing)}")


_METRIC_FIELDS = {"key", "label", "unit", "range", "labels", "context", "exclude", "sentence_exclude", "zero",
                  "measure_words"}


def _metric(entry: dict, defaults: dict, index: int) -> MetricRule:
    where = f"metric #{index + 1} ({entry.get('key', '?')})"
    _check_fields(entry, _METRIC_FIELDS, {"key", "label", "unit", "labels"}, where)
    if entry["unit"] not in UNITS:
        raise CatalogError(f"{where}: unit must be one of {UNITS}")
    rng = entry.get("range")
    if rng is not None and (len(rng) != 2 or rng[0] > rng[1]):
        raise CatalogError(f"{where}: range must be [low, high]")
    return MetricRule(
        key=entry["key"],
        label=entry["label"],
        unit=entry["unit"],
        measure_words=frozenset(entry.get("measure_words", defaults["measure_words"])),
        labels=_alternation(entry["labels"], where + ".labels", "$"),
        context=_alternation(entry["context"], where + ".context") if "context" in entry else None,
        exclude=_alternation(entry["exclude"], where + ".exclude") if "exclude" in entry else None,
        sentence_exclude=_alternation(entry["sentence_exclude"], where + ".sentence_exclude")
        if "sentence_exclude" in entry else None,
        zero=_alternation(entry["zero"], where + ".zero") if "zero" in entry else None,
        range=tuple(rng) if rng is not None else None,
    )


_METADATA_FIELDS = {"debris", "title_words", "org", "self_reference", "source_line", "published_line",
                    "report_statement", "kind"}
KINDS = ("annual_report", "white_paper", "statistics", "yearbook", "news", "case_study", "plan", "other")


def _kind(entry: dict, index: int) -> KindRule:
    where = f"metadata.kind #{index + 1}"
    _check_fields(entry, {"kind", "title", "head"}, {"kind"}, where)
    if entry["kind"] not in KINDS:
        raise CatalogError(f"{where}: kind must be one of {KINDS}")
    return KindRule(
        kind=entry["kind"],
        title=_alternation(entry["title"], where + ".title") if "title" in entry else None,
        head=_alternation(entry["head"], where + ".head") if "head" in entry else None,
    )


INSTITUTION_TYPES = ("court", "procuratorate", "justice_bureau", "government", "party_committee", "mediation",
                     "notary", "law_firm", "legal_aid", "other")
NAMED_PLACES = ("none", "after_head", "anywhere")
_INSTITUTION_FIELDS = {"levels", "national_heads", "boundary", "stop_chars", "first_stop", "town_first_stop",
                       "leading_verbs", "generic", "generic_before", "generic_after", "committee", "town_suffix",
                       "town_exclude", "expansions", "body"}
_INSTITUTION_BODY_FIELDS = {"type", "suffix", "qualifiers", "alone", "named", "bare", "national"}


def _strings(value, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise CatalogError(f"{where}: expected a non-empty list of non-empty strings")
    return tuple(value)


def _chars(value, where: str) -> str:
    if not isinstance(value, str) or not value:
        raise CatalogError(f"{where}: expected a non-empty string of characters")
    return value


def _institution_body(entry: dict, index: int) -> InstitutionBody:
    where = f"institutions.body #{index + 1} ({entry.get('type', '?')})"
    _check_fields(entry, _INSTITUTION_BODY_FIELDS, {"type", "suffix"}, where)
    if entry["type"] not in INSTITUTION_TYPES:
        raise CatalogError(f"{where}: type must be one of {INSTITUTION_TYPES}")
    named = entry.get("named", "none")
    if named not in NAMED_PLACES:
        raise CatalogError(f"{where}: named must be one of {NAMED_PLACES}")
    flags = {key: entry.get(key, False) for key in ("alone", "bare", "national")}
    for key, value in flags.items():
        if not isinstance(value, bool):
            raise CatalogError(f"{where}: {key} must be true or false")
    has_qualifiers = "qualifiers" in entry
    if flags["national"] and (has_qualifiers or flags["alone"] or flags["bare"] or named != "none"):
        raise CatalogError(f"{where}: a national body is a full name; it takes no other way to match")
    if not (has_qualifiers or flags["alone"] or flags["bare"] or flags["national"] or named != "none"):
        raise CatalogError(f"{where}: matches nothing (give qualifiers, alone, named, bare or national)")
    return InstitutionBody(
        type=entry["type"],
        suffix=_compile(entry["suffix"], where + ".suffix"),
        qualifiers=_compile(entry["qualifiers"], where + ".qualifiers") if has_qualifiers else None,
        alone=flags["alone"],
        named=named,
        bare=flags["bare"],
        national=flags["national"],
    )


def _institutions(table: dict) -> InstitutionRules:
    _check_fields(table, _INSTITUTION_FIELDS, _INSTITUTION_FIELDS, "institutions")
    levels = table["levels"]
    if not isinstance(levels, dict) or not levels or not all(len(word) == 1 for word in levels):
        raise CatalogError("institutions.levels: expected a table of one-character level word = characters")
    expansions = table["expansions"]
    if not isinstance(expansions, list) or not all(
        isinstance(e, list) and len(e) == 2 and all(isinstance(part, str) for part in e) for e in expansions
    ):
        raise CatalogError("institutions.expansions: expected a list of [pattern, replacement] pairs")
    if not isinstance(table["body"], list) or not table["body"]:
        raise CatalogError("institutions.body: expected at least one [[institutions.body]]")
    return InstitutionRules(
        levels=tuple((word, _chars(chars, f"institutions.levels.{word}")) for word, chars in levels.items()),
        national_heads=_strings(table["national_heads"], "institutions.national_heads"),
        boundary=_strings(table["boundary"], "institutions.boundary"),
        stop_chars=_chars(table["stop_chars"], "institutions.stop_chars"),
        first_stop=_chars(table["first_stop"], "institutions.first_stop"),
        town_first_stop=_chars(table["town_first_stop"], "institutions.town_first_stop"),
        leading_verbs=_compile(table["leading_verbs"], "institutions.leading_verbs"),
        generic=_compile(table["generic"], "institutions.generic"),
        generic_before=_compile(table["generic_before"], "institutions.generic_before"),
        generic_after=_compile(table["generic_after"], "institutions.generic_after"),
        committee=_compile(table["committee"], "institutions.committee"),
        town_suffix=_compile(table["town_suffix"], "institutions.town_suffix"),
        town_exclude=_compile(table["town_exclude"], "institutions.town_exclude"),
        expansions=tuple((_compile(pattern, f"institutions.expansions #{i + 1}"), replacement)
                         for i, (pattern, replacement) in enumerate(expansions)),
        bodies=tuple(_institution_body(entry, i) for i, entry in enumerate(table["body"])),
    )


def load_catalog(path: str | os.PathLike[str] | None = None) -> Catalog:
    """Parse and validate a catalog file; raises CatalogError naming the bad entry."""
    path = Path(path or os.environ.get("LAWREPORT_CATALOG") or DEFAULT_PATH)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(f"{path}: {exc}") from None
    tables = {"defaults", "metric", "rates", "series", "sections", "documents", "metadata", "initiatives", "quantities",
              "institutions"}
    _check_fields(data, tables | {"derive"}, tables, str(path))
    defaults = data["defaults"]
    rules = tuple(_metric(e, defaults, i) for i, e in enumerate(data["metric"]))
    keys = {r.key for r in rules}
    derivations = []
    for i, d in enumerate(data.get("derive", [])):
        where = f"derive #{i + 1}"
        _check_fields(d, {"key", "numerator", "denominator"}, {"key", "numerator", "denominator"}, where)
        for field in ("key", "numerator", "denominator"):
            if d[field] not in keys:
                raise CatalogError(f"{where}: {field} {d[field]!r} is not a metric key")
        derivations.append(Derivation(d["key"], d["numerator"], d["denominator"]))
    sections = data["sections"]
    section_fields = set(SECTION_KINDS) | {"plan_paragraph", "target_cue", "target_after"}
    _check_fields(sections, section_fields, section_fields, "sections")
    rates, series, docs, meta = data["rates"], data["series"], data["documents"], data["metadata"]
    _check_fields(meta, _METADATA_FIELDS, _METADATA_FIELDS, "metadata")
    initiatives, quantities = data["initiatives"], data["quantities"]
    _check_fields(initiatives, {"first_claim", "programme_nouns", "launch_verbs"},
                  {"first_claim", "programme_nouns", "launch_verbs"}, "initiatives")
    _check_fields(quantities, {"leading", "following", "following_cut"}, {"leading", "following", "following_cut"},
                  "quantities")
    return Catalog(
        rules=rules,
        derivations=tuple(derivations),
        connector=_compile(defaults["connector"], "defaults.connector"),
        part_marker=_compile(defaults["part_marker"], "defaults.part_marker"),
        rate_label=_compile(rates["label"], "rates.label"),
        rate_label_cut=_compile(rates["label_cut"], "rates.label_cut"),
        rate_label_exclude=_alternation(rates["exclude_label"], "rates.exclude_label"),
        series_from=_compile(series["from"], "series.from"),
        series_to=_compile(series["to"], "series.to"),
        series_after_change=_compile(series["after_change"], "series.after_change"),
        section_kinds=tuple((k, _alternation(sections[k], f"sections.{k}")) for k in SECTION_KINDS),
        plan_paragraph=_compile(sections["plan_paragraph"], "sections.plan_paragraph"),
        target_cue=_compile(sections["target_cue"], "sections.target_cue"),
        target_after=_compile(sections["target_after"], "sections.target_after"),
        document_verbs=_alternation(docs["verbs"], "documents.verbs"),
        document_types=tuple((t, _compile(docs[t], f"documents.{t}")) for t in ("law", "plan", "publication")),
        debris=_alternation(meta["debris"], "metadata.debris"),
        title_words=_alternation(meta["title_words"], "metadata.title_words"),
        org=_compile(meta["org"], "metadata.org"),
        self_reference=_compile(meta["self_reference"], "metadata.self_reference"),
        source_line=_compile(meta["source_line"], "metadata.source_line"),
        published_line=_compile(meta["published_line"], "metadata.published_line"),
        report_statement=_compile(meta["report_statement"], "metadata.report_statement"),
        kinds=tuple(_kind(e, i) for i, e in enumerate(meta["kind"])),
        first_claim=_compile(initiatives["first_claim"], "initiatives.first_claim"),
        programme_nouns=_compile(initiatives["programme_nouns"], "initiatives.programme_nouns"),
        launch_verbs=_compile(initiatives["launch_verbs"], "initiatives.launch_verbs"),
        quantity_leading=_compile(quantities["leading"], "quantities.leading"),
        quantity_following=_compile(quantities["following"], "quantities.following"),
        quantity_following_cut=_compile(quantities["following_cut"], "quantities.following_cut"),
        institutions=_institutions(data["institutions"]),
    )


CATALOG = load_catalog()
