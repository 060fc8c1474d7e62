"""The record mapper checks each span as it writes it: a record citing one that breaks its bounds is validated whole."""

from __future__ import annotations

import pytest

from lawreport import pipeline, record, validation
from lawreport.findings import FoundFinding
from lawreport.normalize import normalize_mapped
from lawreport.record_rules import Mapped

# A text whose copy drops the carriage return, so that each span goes through the offset map, and one that
# drops nothing.
MAPPED_TEXT = "全年办理法律援助案件1200件,\r\n调解成功率98.5%。"
PLAIN_TEXT = "全年办理法律援助案件1200件,调解成功率98.5%。"


@pytest.mark.parametrize("text", [MAPPED_TEXT, PLAIN_TEXT], ids=["offset map", "no map"])
def test_a_span_within_the_text_is_written_as_fitting(text):
    evidence = record.Evidence(normalize_mapped(text))
    whole = evidence.span(0, len(evidence.original.copy))
    assert whole["text"] == text and evidence.span(4, 4)["text"] == "" and evidence.unfit == []


@pytest.mark.parametrize("text, start, end", [
    (MAPPED_TEXT, 3, 99), (PLAIN_TEXT, 3, 99), (MAPPED_TEXT, -2, 3), (PLAIN_TEXT, -2, 3), (PLAIN_TEXT, 5, 2),
], ids=["past the end, offset map", "past the end", "before 0, offset map", "before 0", "reversed"])
def test_a_span_that_breaks_its_bounds_is_noted(text, start, end):
    # (the offset map writes a reversed span as an empty one, which fits)
    evidence = record.Evidence(normalize_mapped(text))
    evidence.span(2, 4)
    evidence.span(start, end)
    assert len(evidence.unfit) == 1


def _extracted(monkeypatch, cited: tuple[int, int] | None) -> tuple[dict, dict]:
    """The record of PLAIN_TEXT, the check stage adding a finding citing `cited` (if given), and the types of the
    lists validation was given."""
    run, plain_record, given = pipeline.checks.run, validation.plain_record, {}

    def checked(*args):
        derived, rate_checks, findings = run(*args)
        extra = [FoundFinding("part_exceeds_total", "a finding citing its span", (cited,))] if cited else []
        return derived, rate_checks, findings + extra

    def validated(mapped: dict) -> dict:
        given.update({name: type(value) for name, value in mapped.items() if isinstance(value, list)})
        return plain_record(mapped)

    monkeypatch.setattr(pipeline.checks, "run", checked)
    monkeypatch.setattr(validation, "plain_record", validated)
    return pipeline.extract_record(PLAIN_TEXT.encode()), given


def test_a_record_citing_spans_that_fit_is_validated_as_mapped(monkeypatch):
    extracted, given = _extracted(monkeypatch, (0, 4))
    assert given["findings"] is given["metrics"] is Mapped
    assert extracted["findings"][-1]["spans"] == [{"text": "全年办理", "start": 0, "end": 4}]


def test_a_record_citing_a_span_past_the_text_is_validated_whole(monkeypatch):
    extracted, given = _extracted(monkeypatch, (20, 99))
    assert given["findings"] is given["metrics"] is list
    assert [m["value"] for m in extracted["metrics"]] == [m["value"] for m in _extracted(monkeypatch, None)[0]["metrics"]]
    assert "findings entry left out of the record" in extracted["findings"][-1]["message"]
    assert all(span["end"] <= len(PLAIN_TEXT) for finding in extracted["findings"] for span in finding["spans"])
