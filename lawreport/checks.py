"""Check stage: derived rates, stated rates against their counts, ranges, parts vs totals.

Nothing here changes a value the report states. A derived rate is added only
where the report gives both counts in one sentence and states no rate for that
key and year; a disagreement becomes a finding that cites both spans.
"""

from __future__ import annotations

import bisect
import functools
import operator
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from . import lazy_regex as regex
from . import regions
from .catalog import Catalog, Derivation, compile_cached, get_catalog
from .derive import from_catalog, rules_by_key
from .findings import FoundCheck, FoundFinding
from .metrics import AREA_WHOLE, WHOLE_SAID, Found, town_openings
from .numbers import ARABIC_MULTIPLIERS, LATIN_MULTIPLIERS, Quantity, count_step, written_step
from .scanning import NOT_CONCURRENT
from .structure import CLAUSE_ENDS, Outline, after_last_pause, char_class
from .tuples import new_tuple
from .vocab import BOUNDS

# A count read as an attribute of the noun after it (超过1万人的省): it counts nothing itself.
_ATTRIBUTIVE = "的"


@from_catalog
def _part_marker(catalog: Catalog) -> regex.Pattern:
    """A part marker (其中…) opening a clause."""
    return compile_cached(rf"(?:^|{char_class(CLAUSE_ENDS)})\s*(?:{catalog.part_words.pattern})")


def _tolerance(numeral: str) -> float:
    """Half a unit of the last written decimal: 99.78 ± 0.005, 5 ± 0.5."""
    return written_step(numeral) / 2 + 1e-9


# Half the last digit of a computed rate (_pct: two decimals).
_ROUNDED = 0.005 + 1e-9


# Remembered: round() to two decimals costs some 0.3-0.6 µs, and a rate's check asks it twice of the same counts (whether
# they agree, then the value the check records), a sentence stating one rate over and over (…调解成功率91.6%,…) each time.
@functools.lru_cache(maxsize=1024)
def _pct(numerator: float, denominator: float) -> float:
    return round(numerator / denominator * 100, 2)


# How far _pct's rounding may move a rate: 0.005 to the nearest hundredth, at most as much again to the float nearest
# that. A rate further off than a tolerance and this, unrounded, is off rounded too: its round() (some 2.5 K
# instructions; the rounds were a tenth of the checks of 100 KB of one clause) is spared.
_ROUNDING_MOVES = 0.01

# The multipliers a count is rounded by where it is written with one (2.1万件, 3亿元), the longer first (千万 before 万).
_ROUNDING_MULTIPLIERS = tuple((word, times) for word, times in ARABIC_MULTIPLIERS.items() if "万" in word or "亿" in word) \
    + tuple((latin, ARABIC_MULTIPLIERS[word]) for latin, word in LATIN_MULTIPLIERS.items())  # (1.6w件 as 1.6万件)
_ROUNDING_LAST = frozenset(word[-1] for word, _ in _ROUNDING_MULTIPLIERS)  # what each of them ends in (万, 亿)


def _rounding(text: str, q: Quantity | None) -> float:
    """Half the unit of the last digit a count written with 万 or 亿 states (2.1万 → 500, 20.75万 → 50, 两万 → 5000): the
    count is rounded to that digit, and what it counts lies within this of its value. 0 for a count written in full."""
    if q is None or text[q.num_end - 1] not in _ROUNDING_LAST:
        return 0.0  # most counts, written in full: told by their last character, with no multiplier tried
    numeral = text[q.num_start:q.num_end]
    for word, times in _ROUNDING_MULTIPLIERS:
        if numeral.endswith(word):
            return written_step(numeral[:-len(word)]) * times / 2
    return 0.0


def _possible(value: float, qualifier: str | None, rounding: float = 0.0) -> tuple[float, float]:
    """The least and greatest count a figure with a qualifier may stand for, to its last written digit:
    1180余 → 1180-1190, 一千二百余 → 1200-1300, 约1200 → 1100-1300; a figure with none is itself, give or take
    its `rounding` (_rounding: 2.1万 → 20500-21500)."""
    if qualifier is None:
        return max(0.0, value - rounding), value + rounding
    if value <= 0 or value != int(value):
        return value, value
    step = count_step(value)
    if qualifier == "at_least":
        return value, value + step
    if qualifier in ("at_most", "less_than"):
        return max(0.0, value - step), value
    return max(0.0, value - step), value + step


def _agrees(stated: float, tolerance: float, num: float, num_qualifier: str | None, den: float,
            den_qualifier: str | None, bound: str | None, num_rounding: float = 0.0, den_rounding: float = 0.0) -> bool:
    """Whether a stated rate may be num/den: within its tolerance of it, or of the range approximate counts
    (余, 约) or counts rounded to 万 or 亿 (`num_rounding`, `den_rounding`: _rounding) leave open; for a rate stated as
    a bound (`bound`: 99%以上, 不足5%), on its side of it."""
    if num_qualifier is None and den_qualifier is None and bound not in BOUNDS and not (num_rounding or den_rounding):
        return abs(num / den * 100 - stated) <= tolerance + _ROUNDING_MOVES and abs(_pct(num, den) - stated) <= tolerance
    num_low, num_high = _possible(num, num_qualifier, num_rounding)
    den_low, den_high = _possible(den, den_qualifier, den_rounding)
    if den_high <= 0:
        return False
    if bound in BOUNDS:  # a bound is no rounding (不足5% is under 5, not under 5.5): the rates computed to 0.01
        tolerance = _ROUNDED
    above_least = num_low / den_high * 100 - tolerance <= stated
    below_most = den_low <= 0 or stated <= num_high / den_low * 100 + tolerance
    if bound == "at_least":
        return below_most
    if bound in BOUNDS:  # at most, less than
        return above_least
    return above_least and below_most


def _same_scope(a: Found, b: Found) -> bool:
    return a.sentence == b.sentence and a.year == b.year and a.target == b.target


def _by_sentence(metrics: Iterable[Found]) -> dict[tuple[str | None, int], list[Found]]:
    """Metrics by (key, sentence), in order: pairing looks within a sentence, never at every metric."""
    index: dict[tuple[str | None, int], list[Found]] = {}
    for m in metrics:
        # Looked up before it is made: setdefault would make an empty list for every metric.
        scope = (m.key, m.sentence)
        listed = index.get(scope)
        if listed is None:
            index[scope] = [m]
        else:
            listed.append(m)
    return index


class Checked(NamedTuple):
    """What the check stage adds to a report: derived rates, rates checked against counts, findings."""

    derived: list[Found]
    checks: list[FoundCheck]
    findings: list[FoundFinding]


def run(text: str, metrics: list[Found], quantities: list[Quantity], outline: Outline,
        given_way: Sequence[Found] = ()) -> Checked:
    """Every check over a report's metrics and quantities; the metrics are indexed once for all of them. `given_way`
    are the counts that gave way to another of their key (metrics.Interpreter.given_way): no metrics, but a
    denominator a rate derived in their sentence may have been of."""
    index = _by_sentence(metrics)
    derived = derive(text, metrics, index, _by_sentence(given_way), quantities)
    for m in derived:
        index.setdefault((m.key, m.sentence), []).append(m)
    stated = metrics + derived
    rate_checks, findings = check_rates(text, stated, quantities, outline, index)
    findings += check_ranges(stated)
    findings += check_parts(text, quantities, outline)
    return Checked(derived, rate_checks, findings)


def derive(text: str, metrics: list[Found], index: dict[tuple[str | None, int], list[Found]],
           given_way: dict[tuple[str | None, int], list[Found]], quantities: Sequence[Quantity]) -> list[Found]:
    """Rates that follow from two counts stated together, where no rate is stated but as a bound (超九成,
    99%以上: the counts say what the bound does not, on its side of it: a rate the counts put across a bound stated
    in their sentence is none the text bears out); `index` is `_by_sentence(metrics)`. A numerator narrower
    than its denominator (主要负责人出庭35件 of 开庭审理120件) gives the rate of that part, not the key's: none; so do
    two denominators of different values in the sentence, a count that gave way to another of its key among them
    (`given_way`, by sentence: 受理矛盾纠纷1200件,调处1180件,调解成功1175件: of the 1200 or of the 1180 mediated, the
    text says not), and counts said only roughly (5.2万余件, 约1200件: _possible leaves their rate a span of points,
    no value to two decimals). A count of the cases that called for the numerator's acts (the derivation's `due`:
    应出庭20次,实际出庭19次), among `quantities`, is a denominator too."""
    derived = []
    catalog = get_catalog()
    # The rates stated (of a derivation's key) by key, year and target, and every derivation's numerators, each
    # list in order: one pass over the metrics.
    keys = {d.key for d in catalog.derivations}
    stated = set()
    numerators: dict[str | None, list[Found]] = {d.numerator: [] for d in catalog.derivations}
    for m in metrics:
        if m.key in numerators:
            numerators[m.key].append(m)
        if m.key in keys and m.qualifier not in BOUNDS:
            stated.add((m.key, m.year, m.target))
    for d in catalog.derivations:
        for num in numerators[d.numerator]:
            if (d.key, num.year, num.target) in stated or num.qualifier is not None:
                continue
            dens = [m for m in index.get((d.denominator, num.sentence), ()) if _same_scope(m, num) and m.value > 0]
            if d.due is not None:
                dens += _due_counts(text, d.due, num, quantities)
            # (a count that gave way and is smaller than the numerator is none the rate may be of)
            stages = [m for m in given_way.get((d.denominator, num.sentence), ())
                      if _same_scope(m, num) and m.value >= num.value]
            if len({m.value for m in dens}) > 1:
                # two or more, each with its own successes after it (全县调解纠纷1200件,成功1180件;城关镇调解纠纷300件,
                # 成功298件): each the one its numerator follows
                dens = _paired(text, num, dens,
                               [m for m in index.get((d.numerator, num.sentence), ()) if _same_scope(m, num)])
                stages = [m for m in stages if dens and dens[0].start < m.start < num.start]
            if len({m.value for m in dens}) != 1 or any(m.value != dens[0].value for m in stages):
                continue  # none, or two (调解纠纷68件,…受理纠纷52件,成功化解50件): which one it is of, the text says not
            den = dens[0]
            if num.value > den.value or den.qualifier is not None \
                    or _narrower(text, _narrowing(text, num, d.narrower), den) \
                    or _across_bound(num.value / den.value * 100, index.get((d.key, num.sentence), ()), num):
                continue
            first, last = sorted((num, den), key=lambda m: m.start)
            derived.append(Found(
                key=d.key, label=catalog.rule(d.key).label, value=_pct(num.value, den.value), unit="%",
                qualifier=None, year=num.year, target=num.target, start=first.start, end=last.end,
                sentence=num.sentence, quantity=None, derived=True,
                sources=((den.start, den.end), (num.start, num.end)),
            ))
            stated.add((d.key, num.year, num.target))
    return derived


def _paired(text: str, num: Found, dens: list[Found], nums: list[Found]) -> list[Found]:
    """The first denominator, for the first numerator, where a sentence gives its denominators and numerators in pairs,
    each count followed by its own successes before the next count (全县调解纠纷1200件,成功1180件;城关镇调解纠纷300件,
    成功298件: the county's, the town's after it a part of its own, its rate none of the area's); none where they do not
    alternate (调解纠纷68件,受理纠纷52件,成功化解50件: of which, the text says not), nor where the first pair is a
    town's, no area's whole named before its count (城关镇调解纠纷300件,成功298件;白沙镇…: each town's, the area's unsaid).
    """
    order = sorted([(m.start, 0, m) for m in dens] + [(m.start, 1, m) for m in nums], key=operator.itemgetter(0, 1))
    if [kind for _, kind, _ in order] != [0, 1] * (len(order) // 2) or order[1][2] is not num:  # (an odd count differs)
        return []
    first = order[0][2]
    if any(AREA_WHOLE.search(text, named.end(), first.start) is None for named in town_openings(text, num.sentence, first.start)):
        return []
    return [first]


def _due_counts(text: str, due: regex.Pattern, num: Found, quantities: Sequence[Quantity]) -> list[Found]:
    """The counts before the numerator in its sentence whose labels, ending right at their numbers, say the cases that
    called for its acts (应出庭应诉案件45件, 应出庭20次: `due`), each as a count of the numerator's scope."""
    found = []
    for at in range(bisect.bisect_left(quantities, num.sentence, key=operator.attrgetter("start")), len(quantities)):
        q = quantities[at]
        if q.start >= num.start:
            break
        label = due.search(text, num.sentence, q.start) if q.kind == "count" and q.value > 0 else None
        if label is not None:
            found.append(Found(None, "", q.value, "count", q.qualifier, num.year, num.target, label.start(), q.end,
                               num.sentence, q))
    return found


def _across_bound(rate: float, said: Iterable[Found], num: Found) -> bool:
    """Whether a rate computed from counts lies across a bound stated of its key in their sentence and scope (调解成功
    1071起 of 1103, 调解成功率98%以上: 97.1)."""
    for m in said:
        across = _ACROSS.get(m.qualifier) if m.qualifier is not None else None
        if across is not None and _same_scope(m, num) and not m.derived and across(rate, m.value):
            return True
    return False


# Each bound (vocab.BOUNDS) and the test a value lies across it by: under 98%以上, over 5%以下, at or over 低于5%.
_ACROSS = {"at_least": operator.lt, "at_most": operator.gt, "less_than": operator.ge}


def check_rates(text: str, metrics: list[Found], quantities: list[Quantity], outline: Outline,
                index: dict[tuple[str | None, int], list[Found]]) -> tuple[list[FoundCheck], list[FoundFinding]]:
    """Compare each stated rate with the counts of its sentence; `index` is `_by_sentence(metrics)`."""
    checks, problems = [], []
    by_key: dict[str | None, Derivation] = {d.key: d for d in get_catalog().derivations}  # (None: a generic rate's)
    counts = _Counts(quantities, outline)
    numerators, denominators = _Numerators(index), _Denominators(index)
    # A numeral's tolerance and a mismatch's message by what decides them, each made once: a text stating one rate
    # over and over (…调解成功率91.6%,…) has them alike, and a message made once is one string for the JSON to encode.
    tolerances: dict[str, float] = {}
    messages: dict[tuple[str, float, float], str] = {}
    for rate in metrics:
        d = by_key.get(rate.key)
        q = rate.quantity
        if d is None or rate.derived or q is None:
            continue
        numeral = text[q.num_start:q.num_end]
        tolerance = tolerances.get(numeral)
        if tolerance is None:
            tolerance = tolerances[numeral] = _tolerance(numeral)
        result = _check_one(text, rate, d, tolerance, index, numerators, denominators, counts)
        if result is None:
            continue
        checks.append(result)
        if not result.agrees:
            said = (rate.label, rate.value, result.computed)
            message = messages.get(said)
            if message is None:
                message = messages[said] = (f"{rate.label} stated as {rate.value:g}% "
                                            f"but the counts give {result.computed:g}%")
            problems.append(new_tuple(FoundFinding, ("rate_mismatch", message, result.spans)))
    return checks, problems


class _Counts:
    """The count quantities of a sentence by measure word and value, in order: gathered for the few
    sentences a check looks into, from the quantities between its bounds (found by bisect)."""

    def __init__(self, quantities: list[Quantity], outline: Outline):
        self.quantities = quantities
        self.starts: list[int] | None = None  # each quantity's start, once a sentence is asked for
        self.outline = outline
        self.found: dict[int, dict[str | None, dict[float, list[Quantity]]]] = {}
        # `agreeing` by the ids of a numerator and the denominators tried, and the rate's value, tolerance and bound
        self.agreed: dict[tuple[int, int, float, float, str | None], list[Quantity]] = {}

    def of(self, sentence: int, unit: str | None) -> dict[float, list[Quantity]]:
        by_unit = self.found.get(sentence)
        if by_unit is None:
            by_unit = self.found[sentence] = {}
            if self.starts is None:
                self.starts = [x.start for x in self.quantities]
            first = bisect.bisect_left(self.starts, sentence)
            after = bisect.bisect_left(self.starts, self.outline.sentence_of(sentence)[1])
            for x in self.quantities[first:after]:
                if x.kind == "count":
                    by_unit.setdefault(x.unit, {}).setdefault(x.value, []).append(x)
        return by_unit.get(unit, {})

    def agreeing(self, text: str, rate: Found, tolerance: float, num: Found, counted: Quantity, num_rounding: float,
                 catalog_dens: dict[float, Found]) -> list[Quantity]:
        """The counts of the rate's sentence (one of each value, by `of`) other than the numerator (`num`, read from
        `counted`) and than the catalog's denominators tried, that give the rate over `num` (`_agrees`), in the order
        `of` gives them.

        None of it depends on where the rate stands: it is worked out once for the rates of a sentence stated
        alike over the same numerator (…调解成功11件,调解成功率91.6%,…), each rate taking those stated before it."""
        said = (id(num), id(catalog_dens), rate.value, tolerance, rate.qualifier)
        found = self.agreed.get(said)
        if found is not None:
            return found
        found = self.agreed[said] = []
        for den_value, stated in self.of(rate.sentence, counted.unit).items():
            x = stated[1] if stated[0] is counted and len(stated) > 1 else stated[0]
            if x is counted or den_value < num.value or den_value <= 0:
                continue
            tried = catalog_dens.get(den_value)
            if tried is not None and tried.quantity is x and tried.qualifier == x.qualifier:
                continue  # the denominator tried first, by the same figures: it disagreed
            if _agrees(rate.value, tolerance, num.value, num.qualifier, den_value, x.qualifier, rate.qualifier,
                       num_rounding, _rounding(text, x)):
                found.append(x)
        return found


class _Scoped:
    """The metrics of a key in one sentence and scope, in the order of the metrics; where that is the order of their
    starts, each one's start and the sum of the values up to it and how many up to it have a qualifier.

    A class of slots, not a NamedTuple: typing compiles each field's annotation when such a class is made, at
    every start."""

    __slots__ = ("metrics", "qualified", "starts", "sums")

    def __init__(self, metrics: list[Found]):
        self.metrics = metrics
        starts = [m.start for m in metrics]
        self.starts: list[int] | None = starts if starts == sorted(starts) else None  # None where out of that order
        self.sums: list[float] = []
        self.qualified: list[int] = []
        total: float = 0  # an int, as sum() starts: the same sum of a run of them
        count = 0
        for m in metrics:
            total += m.value
            count += m.qualifier is not None
            self.sums.append(total)
            self.qualified.append(count)

    def before(self, start: int) -> list[Found]:
        """The metrics stated before `start`, in their order."""
        if self.starts is None:
            return [m for m in self.metrics if m.start < start]
        return self.metrics[:bisect.bisect_left(self.starts, start)]

    def whole_before(self, start: int) -> float | None:
        """The sum of `before(start)` where they are more than one and none has a qualifier (else None), read
        without copying them where they are in order: a check cites them only where the sum or the rate disagree."""
        if self.starts is None:
            parts = self.before(start)
            return sum(m.value for m in parts) if len(parts) > 1 and all(m.qualifier is None for m in parts) else None
        stated = bisect.bisect_left(self.starts, start)
        return self.sums[stated - 1] if stated > 1 and not self.qualified[stated - 1] else None


class _Numerators:
    """The numerator metrics of each sentence and scope, gathered once for every rate of it: a sentence stating a
    rate beside each of its many counts (调解…12件,调解成功11件,调解成功率91.6%,…) read them all again for each."""

    def __init__(self, index: dict[tuple[str | None, int], list[Found]]):
        self.index = index
        self.found: dict[tuple[str, int, int | None, bool], _Scoped] = {}
        self.narrowed: dict[tuple[int, int], list[str]] = {}  # by the ids of a numerator and its words

    def narrowing(self, text: str, num: Found, words: tuple[str, ...]) -> list[str]:
        """`_narrowing(text, num, words)`, read once: every rate of a sentence may be checked against its first
        numerator (调解…12件,调解成功11件,调解成功率91.6%,…)."""
        ids = (id(num), id(words))
        narrowing = self.narrowed.get(ids)
        if narrowing is None:
            narrowing = self.narrowed[ids] = _narrowing(text, num, words)
        return narrowing

    def of(self, key: str, rate: Found) -> _Scoped:
        """The metrics of `key` in the rate's sentence and scope."""
        scope = (key, rate.sentence, rate.year, rate.target)
        found = self.found.get(scope)
        if found is None:
            found = self.found[scope] = _Scoped(
                [m for m in self.index.get((key, rate.sentence), ()) if _same_scope(m, rate)])
        return found


class _Denominators:
    """The denominator metrics of a sentence and scope, each value with where it is first stated."""

    def __init__(self, index: dict[tuple[str | None, int], list[Found]]):
        self.index = index
        self.found: dict[tuple[str, int, int | None, bool], dict[float, Found]] = {}

    def of(self, key: str, rate: Found) -> dict[float, Found]:
        scope = (key, rate.sentence, rate.year, rate.target)
        found = self.found.get(scope)
        if found is None:
            found = self.found[scope] = {}
            for m in self.index.get((key, rate.sentence), ()):
                if _same_scope(m, rate) and m.value > 0:
                    found.setdefault(m.value, m)
        return found


def _check_one(text: str, rate: Found, d: Derivation, tolerance: float, index: dict[tuple[str | None, int], list[Found]],
               numerators: _Numerators, denominators: _Denominators, counts: _Counts) -> FoundCheck | None:
    """The check of a stated rate, whose numeral leaves it `tolerance` (_tolerance); `index` holds the metrics by
    (key, sentence), `numerators` and `denominators` those of a sentence and scope, `counts` the count quantities by
    sentence, unit and value.

    Candidates are tried by value, as a count of a value already tried gives the same rate: the first
    of the sentence that agrees is the earliest-stated value that agrees.
    """
    for num in index.get((d.numerator, rate.sentence), ()):  # the first of the rate's scope stated before it, or the
        # one bracketed right after it (出庭应诉率达98.6%(71/72))
        if (num.start < rate.start or (num.start == rate.end + 1 and text[rate.end] == "(")) and _same_scope(num, rate):
            break
    else:
        return None
    num_rounding = _rounding(text, num.quantity)
    catalog_dens = denominators.of(d.denominator, rate)
    for den_value, den in catalog_dens.items():
        if _agrees(rate.value, tolerance, num.value, num.qualifier, den_value, den.qualifier, rate.qualifier,
                   num_rounding, _rounding(text, den.quantity)):
            return new_tuple(FoundCheck, (d.key, rate.value, _pct(num.value, den_value), True,
                                     ((den.start, den.end), *_cited(num), (rate.start, rate.end))))
    # The report may compute its rate over another count of the sentence (启动调解809件,
    # 调解成功681件, 调解成功率84.2%): any count there that reproduces the rate confirms it.
    # Of those stated before the rate, the first stated (the last of them in `of`'s order where two start alike).
    other: Quantity | None = None
    if num.quantity is not None and num.value > 0:
        for x in counts.agreeing(text, rate, tolerance, num, num.quantity, num_rounding, catalog_dens):
            if x.start < rate.start and (other is None or x.start <= other.start):
                other = x
    if other is not None:
        return new_tuple(FoundCheck, (d.key, rate.value, _pct(num.value, other.value), True,
                                 ((other.start, other.end), *_cited(num), (rate.start, rate.end))))
    # The numerator may be said in parts, one a kind (撤销和确认违法65件,变更和责令履行21件,纠错率…): their sum that
    # gives the rate confirms it.
    numerated = numerators.of(d.numerator, rate)
    whole = numerated.whole_before(rate.start)
    if whole is not None:
        for den_value, den in catalog_dens.items():
            if whole <= den_value and _agrees(rate.value, tolerance, whole, None, den_value, den.qualifier,
                                              rate.qualifier, den_rounding=_rounding(text, den.quantity)):
                return _by_parts(d, rate, whole, den, True, numerated)
    if not catalog_dens or d.narrower and _narrower(text, numerators.narrowing(text, num, d.narrower), rate) \
            or _of_another_place(text, rate, num):
        return None
    den = next(iter(catalog_dens.values()))
    if whole is not None and whole <= den.value:  # the rate disagrees with the parts' sum, not with the first part
        return _by_parts(d, rate, whole, den, False, numerated)
    return new_tuple(FoundCheck, (d.key, rate.value, _pct(num.value, den.value), False,
                             ((den.start, den.end), *_cited(num), (rate.start, rate.end))))


def _by_parts(d: Derivation, rate: Found, whole: float, den: Found, agrees: bool, numerated: _Scoped) -> FoundCheck:
    """The check of a rate against the sum `whole` of its numerator's parts (`numerated` before it) over `den`,
    citing each part."""
    return new_tuple(FoundCheck, (d.key, rate.value, _pct(whole, den.value), agrees,
                             ((den.start, den.end), *((m.start, m.end) for m in numerated.before(rate.start)),
                              (rate.start, rate.end))))


def _cited(m: Found) -> tuple[tuple[int, int], ...]:
    """The spans a check cites for a count: a sum of parts (撤销和确认违法52件、变更和责令履行20件) by each part."""
    return m.sources if m.derived and m.sources else ((m.start, m.end),)


def _narrower(text: str, narrowing: list[str], whole: Found) -> bool:
    """Whether the numerator's clause holds a word narrowing it (`narrowing`: _narrowing) that the clause of `whole`
    lacks, the rate stated or the denominator a rate would be derived from (直接纠错30件 beside 综合纠错率19.8%;
    主要负责人出庭2件 beside 负责人出庭应诉率100%, or beside 开庭审理120件; 其中法院委派调解成功675件, the label after
    the word): a part of the rate's numerator, whose rate that is not."""
    if not narrowing:
        return False  # most numerators: the clause of `whole`, which may lie far into a long sentence, unread
    said = text[after_last_pause(text, whole.sentence, whole.start):whole.end]
    return any(word not in said for word in narrowing)


def _of_another_place(text: str, rate: Found, num: Found) -> bool:
    """Whether the rate's clause names a place (a division) that the sentence does not name up to the numerator: the
    rate of a part or of another place, stated beside the counts of the whole (全市…出庭应诉案件数89件,出庭应诉率为33.5%,
    岚山区行政机关负责人出庭应诉率为70%,居各区县之首), which they do not give. Asked only of a rate its counts disagree
    with: the text's places are read once for the report (regions.named_spans)."""
    clause = after_last_pause(text, rate.sentence, rate.start)
    starts, ends = regions.named_spans(text)
    first = bisect.bisect_left(starts, clause)
    said = {text[start:end] for start, end in zip(starts[first:], ends[first:]) if end <= rate.start}
    return bool(said) and not any(text.find(place, rate.sentence, num.end) >= 0 for place in said)


def _narrowing(text: str, num: Found, words: tuple[str, ...]) -> list[str]:
    """The `words` the numerator's clause holds."""
    numerator = text[after_last_pause(text, num.sentence, num.start):num.end]
    return [word for word in words if word in numerator]


def check_ranges(metrics: list[Found]) -> list[FoundFinding]:
    problems = []
    for m in metrics:
        if m.key is None or m.derived:
            continue
        low_high = rules_by_key()[m.key][0].range
        if low_high and not low_high[0] <= m.value <= low_high[1]:
            problems.append(FoundFinding(
                kind="out_of_range", message=f"{m.label} {m.value:g} lies outside {low_high[0]:g}–{low_high[1]:g}",
                spans=((m.start, m.end),),
            ))
    return problems


def _in_aside(text: str, end: int, marker: int) -> bool:
    """Whether a count ending at `end` stands in brackets closed before the part marker at `marker`: an aside
    (审结复议案件4318件(应审结案件含上年结转320件),其中…), not the total the parts after it belong to."""
    close = text.find(")", end, marker)
    return close >= 0 and "(" not in text[end:close]


def _of_the_actors(text: str, q: Quantity, following: list[Quantity], marker: int) -> bool:
    """Whether the count q names who acts in its clause, another count following in that clause before the marker
    (全年5家律师事务所共办理法律事务787件,其中…): the parts after the marker are of what they did, none of the actors'."""
    return bool(following) and following[0].start < marker \
        and _CLAUSE_MARK.search(text, q.end, following[0].start) is None


_CLAUSE_MARK = compile_cached(char_class(CLAUSE_ENDS))


def check_parts(text: str, quantities: list[Quantity], outline: Outline) -> list[FoundFinding]:
    """A part (其中…, 含…) larger than the total it belongs to is a finding.

    The parts of a total run from the marker until they make the total or a figure is said whole (共…, 累计…);
    a count describing what is counted (超过3万人的省) is neither, and a count in brackets before the marker is an
    aside, not the total."""
    problems = []
    by_sentence: dict[int, list[Quantity]] = {}
    # The sentence [sentence, next_sentence) of the last count, looked up only for a count outside it: the
    # counts come in order, and most share their sentence with the count before.
    sentence, next_sentence = 0, -1
    counts: list[Quantity] = []
    for q in quantities:
        if q.kind == "count" and not q.change:
            if not sentence <= q.start < next_sentence:
                sentence, next_sentence = outline.sentence_of(q.start)
                counts = by_sentence.setdefault(sentence, [])
            counts.append(q)
    part_words, part_marker = get_catalog().part_words, _part_marker()
    for start, qs in by_sentence.items():
        if len(qs) < 2:
            continue  # a part needs its total in the same sentence
        end = outline.sentence_end(start)
        # The marker holds one of the words: a search for them alone passes over the sentences without
        # any, most of them, in a third of the time the marker takes.
        if part_words.search(text, start, end, NOT_CONCURRENT) is None:
            continue
        marker = part_marker.search(text, start, end, NOT_CONCURRENT)
        if marker is None:
            continue
        problems += parts_exceeding(text, qs, marker.start())
    return problems


def parts_exceeding(text: str, counts: list[Quantity], marker: int) -> list[FoundFinding]:
    """The findings of one sentence's `counts` (in order), its part marker at `marker`: each part larger than its
    total, the counts before the marker the totals: of each unit the one its parts add up to, else the last. A total
    said as a bound (4人以上) is exceeded by no part."""
    problems: list[FoundFinding] = []
    # A part exceeds its total only where it exceeds some count stated before the marker: a sentence none of whose
    # counts after it does (most lists of parts: 受理226件,办结212件,其中…190件,…11件) is passed over whole.
    before = [q.value for q in counts if q.start < marker]
    after = [q.value for q in counts if q.start >= marker]
    if not before or not after or max(after) <= min(before):
        return problems
    totals: dict[str | None, Quantity] = {}
    stated: list[Quantity] = []  # every total before the marker, in order
    parts: list[Quantity] = []
    for i, q in enumerate(counts):
        if text.startswith(_ATTRIBUTIVE, q.end):
            continue  # 超过1万人的省有23个: a bound describing what is counted, neither a total nor a part
        if q.start < marker:
            if not _in_aside(text, q.end, marker) and not _of_the_actors(text, q, counts[i + 1:i + 2], marker):
                totals[q.unit] = q
                stated.append(q)
            continue
        if WHOLE_SAID.search(text, after_last_pause(text, marker, q.start), q.start):
            break  # …;共安排律师454人次 / …,共18233名: a figure of its own said whole, the list of parts ended
        parts.append(q)
    summed: dict[str | None, float] = {}
    for q in parts:
        summed[q.unit] = summed.get(q.unit, 0.0) + q.value
    for q in stated:
        if summed.get(q.unit) == q.value:
            # 受理案件960件,办结465件,其中民事672件,刑事286件,行政2件: the parts make an earlier total, theirs
            totals[q.unit] = q
    listed: dict[str | None, float] = {}  # the parts of each unit's total so far
    for q in parts:
        total = totals.get(q.unit)
        if total is not None and total.qualifier == "at_least":
            continue  # 均达到4人以上,其中最多的达10人: a part above a bound contradicts nothing
        if total is None or listed.get(q.unit, 0.0) >= total.value:
            continue  # no total, or its parts already listed in full (165件,其中民事152件,刑事13件,代书200余件)
        listed[q.unit] = listed.get(q.unit, 0.0) + q.value
        if q.value > total.value:
            problems.append(FoundFinding(
                kind="part_exceeds_total",
                message=f"part {q.value:g}{q.unit} exceeds its total {total.value:g}{total.unit}",
                spans=((total.start, total.end), (q.start, q.end)),
            ))
    return problems
