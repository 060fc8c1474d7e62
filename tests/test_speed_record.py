"""The record's and the checks' fast paths give what the plain ones give."""

from __future__ import annotations

import subprocess
import sys

from conftest import SEEDS, bare_record, span
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pydantic_core import to_json

from lawreport import checks, validation
from lawreport.numbers import scan
from lawreport.pipeline import extract_record
from lawreport.record_rules import Mapped
from lawreport.structure import Outline


def _by_item(record: dict) -> dict:
    return validation._repaired(record, lambda r: validation._plain_validator().validate_python(r, extra="ignore"))


# Values a metric's fields may take: those the model takes and some it refuses (a year out of range, an
# unknown unit, a fractional count, an infinite value); spans that fit their text, as the mapper writes them
# (record.Evidence checks them as it does).
_METRIC_VALUES = {
    "value": st.sampled_from([12.0, 0.0, 98.5, 12.5, -3.0, float("inf"), float("nan"), 1e308]),
    "unit": st.sampled_from(["count", "%", "ratio", "件"]),
    "qualifier": st.sampled_from([None, "about", "at_least", "roughly"]),
    "year": st.sampled_from([None, 2023, 1930, 2200]),
    "sentence": st.sampled_from([None, 0, 40, -1]),
    "evidence": st.sampled_from([span("案件12件"), span("案件12件", 5)]),
    "sources": st.sampled_from([[], [span("受理900件", 3)], [span("受理900件"), span("受理", 9)]]),
}


def _metric(**fields) -> dict:
    metric = {"key": "legal_aid_cases", "label": "法律援助案件", "value": 12.0, "unit": "count", "qualifier": None,
              "year": 2023, "derived": False, "target": False, "evidence": span("案件12件"), "sources": [],
              "sentence": 0}
    return {**metric, **fields}


@settings(max_examples=150, deadline=None)
@given(st.lists(st.fixed_dictionaries({}, optional=_METRIC_VALUES), max_size=4))
def test_the_mapped_lists_checked_by_field_give_what_the_item_validator_gives(changes):
    """A mapped list is checked for what the text and the catalog decide: no value the item validator
    refuses passes."""
    def metrics() -> list[dict]:
        return [_metric(**changed) for changed in changes]

    assert to_json(validation.plain_record(bare_record(metrics=Mapped(metrics())))) == \
        to_json(_by_item(bare_record(metrics=metrics())))


def test_the_mapped_lists_validators_are_named_without_writing_out_what_they_allow():
    """pydantic-core names a function without __name__ by its repr: for these, every literal their checks allow."""
    written = repr(validation._mapped_validator())
    assert "_mapped_items[quantities]" in written and "_mapped_items[metrics]" in written
    assert "frozenset" not in written and "_Decided" not in written


def test_a_single_extract_writes_the_library_record_and_leaves_uuid_importable():
    path = SEEDS[0]
    written = subprocess.run([sys.executable, "-m", "lawreport", "extract", str(path)], capture_output=True,
                             check=True).stdout
    assert written == to_json(extract_record(path), indent=2) + b"\n"
    script = ("import sys, uuid\nfrom lawreport.engine import json_types_only, to_json\n"
              "with json_types_only():\n    assert to_json([1, 1e-05, 'x', None]) == b'[1,0.00001,\"x\",null]'\n"
              "assert 'fractions' not in sys.modules\nimport fractions\n"
              "assert fractions.Fraction(1, 2) * 2 == 1 and uuid.UUID(int=1).int == 1\n")
    subprocess.run([sys.executable, "-c", script], check=True)


def _parts_by_sentence_start(text: str, quantities: list, outline: Outline) -> list:
    """check_parts as it grouped the counts, each by outline.sentence_start: the plain way (each sentence's
    findings as checks.parts_exceeding reads them)."""
    by_sentence: dict[int, list] = {}
    for q in quantities:
        if q.kind == "count" and not q.change:
            by_sentence.setdefault(outline.sentence_start(q.start), []).append(q)
    problems = []
    for start, qs in by_sentence.items():
        marker = checks._part_marker().search(text, start, outline.sentence_end(start)) if len(qs) > 1 else None
        if marker is not None:
            problems += [finding.spans for finding in checks.parts_exceeding(text, qs, marker.start())]
    return problems


_PIECES = ["受理案件12件", "办结15件", "15件", "3起", "其中", "含", "包括", ",", "。", "\n", "一、", "纠纷3起", "5%", "增长8件", "共",
           "调解" * 260]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
@example(["受理案件12件", ",", "其中", "。", "15件"])  # a count opening a sentence is not the sentence's before
def test_the_counts_grouped_along_their_sentences_are_those_of_each_sentence_start(pieces):
    """check_parts looks a count's sentence up only when it leaves the last one's: the same groups, the same
    findings, in sentences ended by a mark or cut at their length limit (the long run of 调解)."""
    text = "".join(pieces)
    outline, quantities = Outline(text), scan(text)
    found = [finding.spans for finding in checks.check_parts(text, quantities, outline)]
    assert found == _parts_by_sentence_start(text, quantities, outline)


@settings(max_examples=400, deadline=None)
@given(st.integers(0, 10**7), st.integers(1, 10**7), st.floats(-0.03, 0.03),
       st.sampled_from(["5", "99.8", "91.67", "0.005", "100"]))
@example(11, 12, -0.0667, "91.6")  # 调解矛盾纠纷12件,调解成功11件,调解成功率91.6%: off by 0.0667, unrounded
@example(21446, 21493, -0.0013, "99.78")
@example(1, 8, 0.0, "12.5")
def test_a_rate_compared_unrounded_first_agrees_as_compared_rounded(num, den, off, numeral):
    """The check's comparison of a stated rate with num/den spares the rounding only where it cannot change it."""
    stated, tolerance = num / den * 100 + off, checks._tolerance(numeral)
    rounded = abs(checks._pct(num, den) - stated) <= tolerance
    assert checks._agrees(stated, tolerance, num, None, den, None, None) == rounded
    assert checks._agrees(round(stated, 2), tolerance, num, None, den, None, None) == \
        (abs(checks._pct(num, den) - round(stated, 2)) <= tolerance)
