"""Interpret stage: quantities + their subjects → headline metrics and generic rates.

For every number the recognizer found, the *subject* is the text before it in
its clause. Catalog rules (catalog.toml) decide which headline key a subject
names; every ``…率 + %`` subject is also kept as a generic rate. Years come from
the sentence (2012年的18.64%), the plan section, or the report year; numbers in a
plan section are targets.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from .catalog import CATALOG, MetricRule
from .numbers import Quantity
from .structure import Outline

_LIST_JOINER = regex.compile(r"率(?=[和及与]\p{Han})")
# Bounds that real text never reaches (subjects run to ~30 characters, lists of
# rates sharing one number to ~5) and that keep a text without punctuation from
# making every number rescan all the text before it.
_MAX_SUBJECT = 200
_MAX_SHARING = 8
_LEADING_FILLER = regex.compile(r"^[\s\"'“”]+")
_YEAR = regex.compile(r"(?<![\d\-—~较比与自从])((?:19|20)\d{2})年(?:度|底|末)?(?![\d\-—~以起至])")


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


@dataclass(slots=True)
class Reading:
    """A quantity with what its clause says about it: the subject before it, its year, plan or not."""

    quantity: Quantity
    subject: str
    subject_start: int
    year: int | None
    target: bool
    sentence: int

    def common(self) -> dict:
        q = self.quantity
        return dict(value=q.value, qualifier=q.qualifier, year=self.year, target=self.target,
                    end=q.end, sentence=self.sentence, quantity=q)


class _Spans:
    """Sorted, non-overlapping spans (document titles) with a fast membership test."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.starts = [s for s, _ in spans]
        self.spans = spans

    def covers(self, offset: int) -> bool:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i >= 0 and self.spans[i][0] <= offset < self.spans[i][1]


class Interpreter:
    """Reads one report's quantities; `run` returns headline metrics and generic rates."""

    def __init__(self, text: str, outline: Outline, titles: list[tuple[int, int]], report_year: int | None,
                 plan_document: bool = False):
        self.plan_document = plan_document  # a plan (工作要点, 实施方案): every figure in it is a target
        self.text = text
        self.outline = outline
        self.titles = _Spans(titles)
        self.report_year = report_year

    def run(self, quantities: list[Quantity]) -> tuple[list[Found], list[Found], list[Reading]]:
        """Headline metrics, generic rates, and a reading (subject, year, target) of every quantity."""
        metrics: list[Found] = []
        rates: list[Found] = []
        readings: list[Reading] = []
        previous: Quantity | None = None
        carried: tuple[MetricRule | None, str | None, int] | None = None  # (rule, rate label, clause start)
        for q in quantities:
            if q.kind == "bare" or self.titles.covers(q.start):
                previous = q
                continue
            clause = self.outline.clause_start(q.start)
            subject_start = max(clause, previous.end if previous else 0, q.start - _MAX_SUBJECT)
            previous = q
            subject = self.text[subject_start:q.start]
            lead = _LEADING_FILLER.match(subject)
            if lead:
                subject_start += lead.end()
                subject = subject[lead.end():]
            series_year = None
            follow = CATALOG.series_to.search(subject) if carried and carried[2] == clause else None
            if follow:  # …上升至2017年的53.28%: the same label as the number before
                series_year = int(follow.group(1))
                rule, rate_label, start = carried[0], carried[1], subject_start
                subject = ""
            else:
                origin = CATALOG.series_from.search(subject)
                if origin:
                    series_year = int(origin.group(1))
                    subject = subject[: origin.start()]
                subject = CATALOG.connector.sub("", subject)
                rule = rate_label = None
                if not q.change and q.kind in ("count", "percent", "ratio"):
                    rule, label_start = self._headline(q, subject, subject_start)
                    rate_label = self._rate_label(subject) if q.kind == "percent" else None
                start = subject_start + (label_start if rule else len(subject) - len(rate_label or ""))
            reading = self._read(q, subject, subject_start, series_year, start)
            readings.append(reading)
            if rule is not None:
                metrics.append(Found(key=rule.key, label=rule.label, unit=rule.unit, start=start,
                                     **reading.common()))
            if rate_label is not None:
                label_start = subject_start + len(subject) - len(rate_label)
                rates.append(Found(key=None, label=rate_label, unit="%", start=label_start, **reading.common()))
                for sibling_start, sibling in self._sharing_labels(clause, subject_start, subject):
                    self._emit_sibling(q, sibling, sibling_start, reading, metrics, rates)
            carried = (rule, rate_label, clause) if rule or rate_label else None
        return metrics, _distinct_rates(rates), readings

    def _sharing_labels(self, clause: int, subject_start: int, subject: str):
        """Rates that share this number: 出庭应诉率、出庭发声率均为100% gives both labels 100%."""
        for m in list(_LIST_JOINER.finditer(subject))[-_MAX_SHARING:]:
            yield subject_start, subject[: m.start() + 1]
        while clause > 0 and self.text[clause - 1] == "、":
            previous = self.outline.clause_start(clause - 1)
            piece = self.text[previous:clause - 1]
            if not piece.endswith("率") or any(c.isdigit() for c in piece):
                break
            yield previous, piece
            clause = previous

    def _emit_sibling(self, q, subject, subject_start, reading, metrics, rates) -> None:
        label = self._rate_label(subject)
        if label is None:
            return
        rule, label_start = self._headline(q, subject, subject_start)
        start = subject_start + len(subject) - len(label)
        rates.append(Found(key=None, label=label, unit="%", start=start, **reading.common()))
        if rule is not None:
            metrics.append(Found(key=rule.key, label=rule.label, unit=rule.unit, start=subject_start + label_start,
                                 **reading.common()))

    def _read(self, q: Quantity, subject: str, subject_start: int, series_year: int | None, start: int) -> Reading:
        sentence = self.outline.sentence_start(q.start)
        in_plan, plan_year = (True, self.report_year) if self.plan_document else self.outline.in_plan(q.start)
        if not in_plan and CATALOG.target_cue.search(self.text, sentence, q.start):
            in_plan = True  # 力争…达到100%: a target, even among achievements
        year = series_year or self._sentence_year(sentence, start)
        if year is None:
            year = (plan_year or (self.report_year + 1 if self.report_year else None)) if in_plan else self.report_year
        return Reading(q, subject, subject_start, year, in_plan, sentence)

    def _headline(self, q: Quantity, subject: str, subject_start: int) -> tuple[MetricRule | None, int]:
        """The first catalog rule that names this subject, and where its label starts."""
        if CATALOG.part_marker.search(subject):
            return None, 0
        sentence = self.outline.sentence_start(q.start)
        before = self.text[sentence:subject_start]
        for rule in CATALOG.rules:
            if not _unit_fits(rule, q):
                continue
            m = rule.labels.search(subject)
            if m is None:
                continue
            if rule.exclude is not None and rule.exclude.search(subject):
                continue
            if rule.context is not None and not (rule.context.search(subject) or rule.context.search(before)):
                continue
            return rule, m.start()
        return None, 0

    @staticmethod
    def _rate_label(subject: str) -> str | None:
        m = CATALOG.rate_label.search(subject)
        if m is None:
            return None
        label = m.group(0)
        cut = None
        for cut in CATALOG.rate_label_cut.finditer(label):
            pass
        if cut is not None:
            label = label[cut.end():]
        if len(label) < 2 or CATALOG.rate_label_exclude.search(label):
            return None
        return label

    def _sentence_year(self, sentence: int, start: int) -> int | None:
        """The last plain year (2024年, 截至2022年底) said in the sentence before the number."""
        year = None
        for m in _YEAR.finditer(self.text, sentence, start):
            if not self.titles.covers(m.start()):
                year = int(m.group(1))
        return year


def _distinct_rates(rates: list[Found]) -> list[Found]:
    """One rate per statement of a value: 出庭应诉率100% and 行政机关负责人出庭应诉率保持100% are one
    (label, value), the shorter label standing for both, as a reader lists them."""
    kept: list[Found] = []
    by_value: dict[float, list[int]] = {}
    for r in rates:
        same = next((i for i in by_value.get(r.value, ())
                     if kept[i].label.endswith(r.label) or r.label.endswith(kept[i].label)), None)
        if same is None:
            by_value.setdefault(r.value, []).append(len(kept))
            kept.append(r)
        elif len(r.label) < len(kept[same].label):
            kept[same] = r
    return kept


def _unit_fits(rule: MetricRule, q: Quantity) -> bool:
    if rule.unit == "count":
        return q.kind == "count" and q.unit in rule.measure_words
    if rule.unit == "%":
        return q.kind == "percent"
    return q.kind == "ratio"
