"""The record's cheaper paths give what the plain ones give: section titles, a title read from its evidence, a metric's
rule, a small record's JSON."""

from __future__ import annotations

import pytest
from conftest import SEEDS
from hypothesis import given
from hypothesis import strategies as st

from lawreport import emit, record, record_rules
from lawreport.emit import record_pieces, record_utf8
from lawreport.normalize import normalize_mapped
from lawreport.pipeline import extract_record


@pytest.mark.parametrize("path", SEEDS[:6], ids=lambda p: p.name)
def test_a_section_title_is_its_heading_evidence_as_the_initiatives_under_it_name_it(path):
    """A section's title is read from the evidence its item cites, and the initiatives repeat that title."""
    record = extract_record(path)
    titles = [section["title"] for section in record["sections"]]
    assert titles == [section["evidence"]["text"].replace("\n", "") for section in record["sections"]]
    for initiative in record["initiatives"]:
        assert set(initiative["section"]) <= set(titles)


# Pieces of a text whose copy may drop runs (a carriage return, a pinyin gloss) or none, its titles wrapped or not.
TITLE_PIECES = ["加强", "领导", "调", "(diào)", "\r\n", "\n", " ", "\u3000", "《", "》", "1", "x"]


@given(st.lists(st.sampled_from(TITLE_PIECES), min_size=1, max_size=12), st.data())
def test_a_title_read_with_its_evidence_is_the_title_read_alone(pieces, data):
    """A copy dropping nothing has its titles read from their evidence's text: each is the title read through the map."""
    evidence = record.Evidence(normalize_mapped("".join(pieces)))
    length = len(evidence.original.copy)
    start = data.draw(st.integers(0, length))
    end = data.draw(st.integers(start, length))
    title, cited = evidence.titled(start, end)
    assert title == evidence.title(start, end)
    assert cited == evidence.span(start, end)


def _metric_rule_as_written_before(fields: dict) -> dict:
    """metric_count_is_whole as it read through a helper for the int-or-float choice."""
    is_count = fields["unit"] == "count"
    value = fields["value"]
    if is_count and (value < 0 or value != int(value)):
        raise ValueError("a count is a whole, non-negative number")
    fields["value"] = int(value) if is_count and float(value).is_integer() else float(value)
    return fields


@given(st.sampled_from(["count", "%", "ratio"]),
       st.one_of(st.integers(-3, 10**6), st.floats(-1e6, 1e18, allow_nan=False, allow_infinity=False),
                 st.sampled_from([0.0, -0.0, 2521.0, 12.5, 98.0, 1e16])))
def test_a_metric_value_is_refused_or_written_as_before(unit, value):
    def outcome(rule):
        try:
            fields = rule({"unit": unit, "value": value})
        except ValueError:
            return "refused"
        return type(fields["value"]), fields["value"]

    assert outcome(record_rules.metric_count_is_whole) == outcome(_metric_rule_as_written_before)


def _sized(items: int) -> dict:
    return {"source": {"path": "中"}, "metrics": [{"value": n, "text": "件\n"} for n in range(items)], "title": "a\nb"}


@pytest.mark.parametrize("indent", [None, 2])
@pytest.mark.parametrize("items", [0, 1, emit.ITEMS_A_PIECE, emit.ITEMS_A_PIECE + 1, 2 * emit.ITEMS_A_PIECE + 1])
def test_a_record_no_bigger_than_a_piece_is_written_whole_and_a_bigger_one_in_pieces(items, indent):
    whole = record_utf8(_sized(items), indent=indent)
    record = _sized(items)
    pieces = list(record_pieces(record, indent=indent))
    assert b"".join(pieces) == whole and record == {}
    assert (len(pieces) == 1) == (items <= emit.ITEMS_A_PIECE)


def test_a_record_whose_fields_are_picked_is_written_whole_of_those_fields_alone():
    record = _sized(3)
    assert b"".join(record_pieces(record, indent=2, fields=["title"])) == record_utf8({"title": "a\nb"}, indent=2)
