"""Values the record's model refuses become findings; the record itself is always emitted."""

from __future__ import annotations

import gc
import json
import subprocess
import sys

import pytest
from conftest import SEEDS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lawreport import extract
from lawreport.models import Report
from lawreport.pipeline import extract_file, extract_record
from lawreport.validation import plain_record, report_of


def _span(text: str, start: int) -> dict:
    return {"text": text, "start": start, "end": start + len(text)}


def _minimal_record(**fields) -> dict:
    record = {"source": {"path": None, "encoding": "str", "format": "text", "chars": 40, "bytes": 120},
              "kind": "other", "title": None, "issuer": None, "region": None, "report_year": None,
              "published": None, "metrics": [], "rates": [], "documents": [], "checks": [], "findings": []}
    return {**record, **fields}


def _metric(value: float, year: int | None, start: int) -> dict:
    return {"key": "legal_aid_cases", "label": "法律援助案件", "value": value, "unit": "count", "year": year,
            "evidence": _span("案件12件", start)}


def _quantity(year: int, start: int) -> dict:
    return {"subject": "案件", "value": 12, "unit": "件", "kind": "count", "year": year,
            "evidence": _span("案件12件", start)}


def test_a_year_before_the_models_range_costs_the_value_not_the_record():
    report = extract("1930年受理调解案件100件。2023年受理调解案件200件。")
    assert [m.value for m in report.metrics] == [200]
    refused = [f for f in report.findings if f.kind == "out_of_range" and "1930" in f.message]
    assert refused and refused[0].spans[0].text.endswith("100件")
    assert all(q.year != 1930 for q in report.quantities)


def test_the_command_line_prints_the_record_of_a_sentence_with_a_refused_year(tmp_path):
    path = tmp_path / "old.txt"
    path.write_text("1930年受理调解案件100件。", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "lawreport", "extract", str(path)], capture_output=True, check=False,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert any("1930" in f["message"] for f in json.loads(proc.stdout)["findings"])


def test_a_fractional_count_is_left_out_with_a_finding():
    record = _minimal_record(metrics=[_metric(12.5, 2023, 0), _metric(12, 2023, 10)])
    report = report_of(record)
    assert [m.value for m in report.metrics] == [12]
    assert report.findings[0].kind == "out_of_range" and report.findings[0].spans[0].start == 0


def test_a_refused_report_year_is_emptied_with_its_evidence():
    record = _minimal_record(report_year=1930, metadata_evidence={"report_year": _span("1930年", 0)})
    report = report_of(record)
    assert report.report_year is None and "report_year" not in report.metadata_evidence
    assert "1930" in report.findings[0].message and report.findings[0].spans[0].text == "1930年"


def test_initiatives_keep_pointing_at_the_same_quantities_when_one_is_left_out():
    initiative = {"title": "法律援助", "section": [], "category": "other", "start": 0, "end": 40,
                  "evidence": _span("法律援助", 0), "documents": [], "programmes": [], "quantities": [0, 1, 2], "first": False}
    record = _minimal_record(quantities=[_quantity(2023, 0), _quantity(1930, 10), _quantity(2024, 20)],
                             initiatives=[initiative])
    report = report_of(record)
    assert [q.year for q in report.quantities] == [2023, 2024]
    assert report.initiatives[0].quantities == [0, 1]


NUMBERS = st.one_of(st.integers(0, 10**9).map(str), st.decimals(0, 10**4, places=2, allow_nan=False).map(str),
                    st.sampled_from(["一百二十", "百分之一百二十", "1.5万", "0.5"]))
YEARS = st.integers(1900, 2100).map(lambda y: f"{y}年")
UNITS = st.sampled_from(["件", "宗", "人次", "%", "个百分点", "余件", "次", ""])
PHRASES = st.sampled_from([
    "受理调解案件", "调解成功", "调解成功率", "行政复议案件", "纠错率", "出庭应诉率", "败诉率", "法律援助案件", "办理公证",
    "律师人均办理法律援助案件", "每万人拥有律师", "平均每名调解员调解", "人均", "同比上升", "比上年", "截至", "下一步", "力争",
    "，", "。", "、", "其中", "\n一、", "共", "达", "为",
])
DOCUMENTS = st.lists(st.one_of(NUMBERS, YEARS, UNITS, PHRASES), max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENTS)
def test_documents_built_from_report_fragments_always_give_a_record(text):
    report = extract(text)
    assert isinstance(report, Report)
    for metric in report.metrics:
        assert metric.year is None or 1949 <= metric.year <= 2100
        assert metric.unit != "count" or metric.value == int(metric.value)


def test_the_record_mapper_writes_the_models_fields_and_no_others(monkeypatch):
    """Validation skips the model's check for unknown keys: the mapper must not write any."""
    import lawreport.validation

    built: list[dict] = []

    def keep(record: dict) -> Report:
        built.append(record)
        return report_of(record)

    monkeypatch.setattr(lawreport.validation, "report_of", keep)
    for path in SEEDS:
        extract(path.read_text(encoding="utf-8"))
    assert built
    for record in built:
        Report.model_validate(record, extra="forbid")  # raises on a key the model lacks, at any depth


REFUSED = {
    "fractional count": _minimal_record(metrics=[_metric(12.5, 2023, 0), _metric(12, 2023, 10)]),
    "report year": _minimal_record(report_year=1930, metadata_evidence={"report_year": _span("1930年", 0)}),
    "quantity year": _minimal_record(quantities=[_quantity(2023, 0), _quantity(1930, 10)], initiatives=[{
        "title": "法律援助", "section": [], "category": "other", "start": 0, "end": 40,
        "evidence": _span("法律援助", 0), "documents": [], "programmes": [], "quantities": [0, 1], "first": False}]),
}


@pytest.mark.parametrize("name", REFUSED)
def test_the_plain_record_sets_aside_what_the_report_sets_aside(name):
    assert plain_record(REFUSED[name]) == report_of(REFUSED[name]).model_dump()


def test_an_extraction_leaves_no_reference_cycles_behind():
    """The pipeline holds the collector off over an extraction: sound while all it drops is freed by reference count."""
    extract_record(SEEDS[0])  # the catalog, its tables and the validators built first
    extract_file(SEEDS[0])
    gc.collect()
    gc.disable()
    try:
        for path in SEEDS:
            extract_record(path)
            extract_file(path)
        assert gc.collect() == 0
    finally:
        gc.enable()
