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

_CLAUSE_DELIMITER = regex.compile(r"[,;、:()。!?\n“”]")
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

    def __init__(self, text: str, outline: Outline, titles: list[tuple[int, int]], report_year: int | None):
        self.text = text
        self.outline = outline
        self.titles = _Spans(titles)
        self.report_year = report_year
        self._delimiters = [m.start() for m in _CLAUSE_DELIMITER.finditer(text)]

    def _clause_start(self, offset: int) -> int:
        i = bisect.bisect_left(self._delimiters, offset) - 1
        return self._delimiters[i] + 1 if i >= 0 else 0

    def run(self, quantities: list[Quantity]) -> tuple[list[Found], list[Found]]:
        metrics: list[Found] = []
        rates: list[Found] = []
        previous: Quantity | None = None
        carried: tuple[MetricRule | None, str | None, int] | None = None  # (rule, rate label, clause start)
        for q in quantities:
            if q.change or self.titles.covers(q.start) or q.kind not in ("count", "percent", "ratio"):
                previous = q
                continue
            clause = self._clause_start(q.start)
            subject_start = max(clause, previous.end) if previous else clause
            previous = q
            subject = self.text[subject_start:q.start]
            lead = _LEADING_FILLER.match(subject)
            if lead:
                subject_start += lead.end()
                subject = subject[lead.end():]
            year = None
            if carried and carried[2] == clause:
                follow = CATALOG.series_to.search(subject)
                if follow:  # …上升至2017年的53.28%: same label as the number before
                    year = int(follow.group(1))
                    self._emit(q, carried[0], carried[1], subject_start, year, metrics, rates)
                    continue
            origin = CATALOG.series_from.search(subject)
            if origin:
                year = int(origin.group(1))
                subject = subject[: origin.start()]
            subject = CATALOG.connector.sub("", subject)
            rule, label_start = self._headline(q, subject, subject_start)
            rate_label = self._rate_label(subject) if q.kind == "percent" else None
            if rule is None and rate_label is None:
                carried = None
                continue
            start = subject_start + (label_start if rule else len(subject) - len(rate_label))
            self._emit(q, rule, rate_label, start, year, metrics, rates)
            carried = (rule, rate_label, clause)
        return metrics, rates

    def _emit(self, q, rule, rate_label, start, year, metrics, rates) -> None:
        sentence = self.outline.sentence_start(q.start)
        in_plan, plan_year = self.outline.in_plan(q.start)
        if year is None:
            year = self._sentence_year(sentence, start)
        if year is None:
            if in_plan:
                year = plan_year or (self.report_year + 1 if self.report_year else None)
            else:
                year = self.report_year
        common = dict(value=q.value, qualifier=q.qualifier, year=year, target=in_plan,
                      start=start, end=q.end, sentence=sentence, quantity=q)
        if rule is not None:
            metrics.append(Found(key=rule.key, label=rule.label, unit=rule.unit, **common))
        if rate_label is not None:
            rates.append(Found(key=None, label=rate_label, unit="%", **common))

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


def _unit_fits(rule: MetricRule, q: Quantity) -> bool:
    if rule.unit == "count":
        return q.kind == "count" and q.unit in rule.measure_words
    if rule.unit == "%":
        return q.kind == "percent"
    return q.kind == "ratio"
