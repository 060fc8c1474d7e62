"""Check stage: derived rates, stated rates against their counts, ranges, parts vs totals.

Nothing here changes a value the report states. A derived rate is added only
where the report gives both counts in one sentence and states no rate for that
key and year; a disagreement becomes a finding that cites both spans.
"""

from __future__ import annotations

import regex

from .catalog import CATALOG, Derivation
from .metrics import Found
from .models import Check, Finding, Offsets
from .numbers import Quantity
from .structure import CLAUSE_ENDS, Outline, char_class

_PART_MARKER = regex.compile(rf"(?:^|{char_class(CLAUSE_ENDS)})\s*(?:{CATALOG.part_words.pattern})")  # opens a clause


def _tolerance(numeral: str) -> float:
    """Half a unit of the last written decimal: 99.78 ± 0.005, 5 ± 0.5."""
    for point in (".", "点"):
        if point in numeral:
            return 0.5 * 10 ** -len(numeral.split(point, 1)[1]) + 1e-9
    return 0.5 + 1e-9


def _pct(numerator: float, denominator: float) -> float:
    return round(numerator / denominator * 100, 2)


def _same_scope(a: Found, b: Found) -> bool:
    return a.sentence == b.sentence and a.year == b.year and a.target == b.target


def _by_sentence(metrics: list[Found]) -> dict[tuple[str | None, int], list[Found]]:
    """Metrics by (key, sentence), in order: pairing looks within a sentence, never at every metric."""
    index: dict[tuple[str | None, int], list[Found]] = {}
    for m in metrics:
        index.setdefault((m.key, m.sentence), []).append(m)
    return index


def derive(metrics: list[Found]) -> list[Found]:
    """Rates that follow from two counts stated together, where no rate is stated."""
    derived = []
    stated = {(m.key, m.year, m.target) for m in metrics}
    index = _by_sentence(metrics)
    for d in CATALOG.derivations:
        for num in (m for m in metrics if m.key == d.numerator):
            if (d.key, num.year, num.target) in stated:
                continue
            den = next((m for m in index.get((d.denominator, num.sentence), ())
                        if _same_scope(m, num) and m.value > 0), None)
            if den is None or num.value > den.value:
                continue
            first, last = sorted((num, den), key=lambda m: m.start)
            derived.append(Found(
                key=d.key, label=CATALOG.rule(d.key).label, value=_pct(num.value, den.value), unit="%",
                qualifier=None, year=num.year, target=num.target, start=first.start, end=last.end,
                sentence=num.sentence, quantity=None, derived=True,
                sources=((den.start, den.end), (num.start, num.end)),
            ))
            stated.add((d.key, num.year, num.target))
    return derived


def check_rates(text: str, metrics: list[Found], quantities: list[Quantity],
                outline: Outline) -> tuple[list[Check[Offsets]], list[Finding[Offsets]]]:
    """Compare each stated rate with the counts of its sentence."""
    checks, problems = [], []
    by_key = {d.key: d for d in CATALOG.derivations}
    index = _by_sentence(metrics)
    counts: dict[int, list[Quantity]] = {}
    for x in quantities:
        if x.kind == "count":
            counts.setdefault(outline.sentence_start(x.start), []).append(x)
    for rate in metrics:
        d = by_key.get(rate.key)
        if d is None or rate.derived or rate.quantity is None:
            continue
        result = _check_one(text, rate, d, index, counts.get(rate.sentence, []))
        if result is None:
            continue
        checks.append(result)
        if not result.agrees:
            problems.append(Finding[Offsets](
                kind="rate_mismatch",
                message=f"{rate.label} stated as {rate.value:g}% but the counts give {result.computed:g}%",
                spans=result.spans,
            ))
    return checks, problems


def _check_one(text, rate: Found, d: Derivation, index, counts: list[Quantity]) -> Check[Offsets] | None:
    """`index` holds the metrics by (key, sentence), `counts` the count quantities of the rate's sentence."""
    num = next((m for m in index.get((d.numerator, rate.sentence), ())
                if _same_scope(m, rate) and m.start < rate.start), None)
    if num is None:
        return None
    q = rate.quantity
    tolerance = _tolerance(text[q.num_start:q.num_end])
    catalog_dens = [m for m in index.get((d.denominator, rate.sentence), ()) if _same_scope(m, rate) and m.value > 0]
    # The report may compute its rate over another count of the sentence (启动调解809件,
    # 调解成功681件, 调解成功率84.2%): any count there that reproduces the rate confirms it.
    others = [x for x in counts
              if x.unit == num.quantity.unit and x is not num.quantity
              and x.value >= num.value > 0 and x.value > 0 and x.start < rate.start]
    for den_value, den_span in [(m.value, (m.start, m.end)) for m in catalog_dens] + \
                               [(x.value, (x.start, x.end)) for x in others]:
        computed = _pct(num.value, den_value)
        if abs(computed - rate.value) <= tolerance:
            return Check[Offsets](key=rate.key, stated=rate.value, computed=computed, agrees=True,
                                  spans=[den_span, (num.start, num.end), (rate.start, rate.end)])
    if not catalog_dens:
        return None
    den = catalog_dens[0]
    return Check[Offsets](key=rate.key, stated=rate.value, computed=_pct(num.value, den.value), agrees=False,
                          spans=[(den.start, den.end), (num.start, num.end), (rate.start, rate.end)])


def check_ranges(metrics: list[Found]) -> list[Finding[Offsets]]:
    problems = []
    for m in metrics:
        if m.key is None or m.derived:
            continue
        low_high = CATALOG.rule(m.key).range
        if low_high and not low_high[0] <= m.value <= low_high[1]:
            problems.append(Finding[Offsets](
                kind="out_of_range", message=f"{m.label} {m.value:g} lies outside {low_high[0]:g}–{low_high[1]:g}",
                spans=[(m.start, m.end)],
            ))
    return problems


def check_parts(text: str, quantities: list[Quantity], outline: Outline) -> list[Finding[Offsets]]:
    """A part (其中…, 含…) larger than the total it belongs to is a finding."""
    problems = []
    by_sentence: dict[int, list[Quantity]] = {}
    for q in quantities:
        if q.kind == "count" and not q.change:
            by_sentence.setdefault(outline.sentence_start(q.start), []).append(q)
    for start, qs in by_sentence.items():
        marker = _PART_MARKER.search(text, start, outline.sentence_end(start))
        if marker is None:
            continue
        totals: dict[str, Quantity] = {}
        for q in qs:
            if q.start < marker.start():
                totals[q.unit] = q
            elif q.unit in totals and q.value > totals[q.unit].value:
                total = totals[q.unit]
                problems.append(Finding[Offsets](
                    kind="part_exceeds_total",
                    message=f"part {q.value:g}{q.unit} exceeds its total {total.value:g}{total.unit}",
                    spans=[(total.start, total.end), (q.start, q.end)],
                ))
    return problems
