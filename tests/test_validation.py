"""The command line's plain validator: the same record, by the same rules, as the Report models."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import FIXTURES, ROOT, SEEDS, bare_record, span
from pydantic import BaseModel, ValidationError, model_validator
from pydantic_core import to_json

from lawreport import validation
from lawreport.pipeline import extract, extract_file, extract_record
from lawreport.record_rules import Mapped
from lawreport.validation import plain_record, report_of

SAMPLES = [*SEEDS, *sorted(FIXTURES.glob("*.html")), FIXTURES / "report_cjk.pdf"]


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_the_plain_record_writes_the_same_json_as_the_report(path):
    pytest.importorskip("pypdf") if path.suffix == ".pdf" else None
    for indent in (2, None):
        assert to_json(extract_record(path), indent=indent).decode() == \
            extract_file(path).model_dump_json(indent=indent)


def _metric(value: float, unit: str = "count") -> dict:
    return {"key": "legal_aid_cases", "label": "法律援助案件", "value": value, "unit": unit,
            "evidence": span("案件12件")}


def _quantity(value: float, kind: str, low: float | None = None) -> dict:
    return {"subject": "案件", "value": value, "unit": "件", "kind": kind, "low": low, "evidence": span("案件12件")}


@pytest.mark.parametrize("validate", [plain_record, lambda r: report_of(r).model_dump()], ids=["plain", "model"])
class TestTheRules:
    """Each rule of record_rules.py, kept and broken, through both validators."""

    def test_a_span_whose_text_fits_is_kept_and_one_that_does_not_is_refused(self, validate):
        kept = validate(bare_record(years=[{"kind": "year", "value": "2023", "evidence": span("2023年")}]))
        assert kept["years"][0]["evidence"] == span("2023年")
        refused = validate(bare_record(years=[{"kind": "year", "value": "2023", "evidence": span("2023年", 0, 9)}]))
        assert refused["years"] == [] and refused["findings"][0]["kind"] == "out_of_range"

    def test_a_whole_count_is_written_as_an_int_and_a_fraction_of_one_is_refused(self, validate):
        record = validate(bare_record(metrics=[_metric(12.0), _metric(12.5), _metric(98.0, "%")]))
        assert [(m["value"], type(m["value"])) for m in record["metrics"]] == [(12, int), (98.0, float)]
        assert "a count is a whole" in record["findings"][0]["message"]

    def test_a_counted_quantity_is_written_as_an_int_and_another_as_a_float(self, validate):
        record = validate(bare_record(quantities=[_quantity(12.0, "count", low=10.0), _quantity(3, "percent")]))
        assert [(type(q["value"]), type(q["low"])) for q in record["quantities"]] == [(int, int), (float, type(None))]

    def test_each_bound_of_a_quantity_is_written_by_its_kind(self, validate):
        ranged = {**_quantity(12.0, "count", low=10.0), "high": 14.0}
        share = {**_quantity(3.5, "percent", low=3), "high": 4}
        record = validate(bare_record(quantities=[ranged, share]))
        assert [(type(q["low"]), type(q["high"])) for q in record["quantities"]] == [(int, int), (float, float)]
        assert record["quantities"][1]["high"] == 4.0

    def test_a_quantity_whose_evidence_does_not_fit_is_refused(self, validate):
        unfit = {**_quantity(12.0, "count"), "evidence": span("案件12件", 0, 9)}
        record = validate(bare_record(quantities=[_quantity(12.0, "count"), unfit]))
        assert len(record["quantities"]) == 1 and record["findings"][0]["kind"] == "out_of_range"
        assert "quantities entry" in record["findings"][0]["message"]

    def test_a_value_that_is_not_finite_is_refused(self, validate):
        record = validate(bare_record(rates=[{"label": "调解成功率", "value": float("inf"), "evidence": span("调解成功率")},
                                         {"label": "调解成功率", "value": 98.5, "evidence": span("调解成功率")}]))
        assert [r["value"] for r in record["rates"]] == [98.5]


@pytest.mark.parametrize("quantities", [
    [_quantity(12.0, "count", low=10.0), _quantity(12.5, "count"), _quantity(3.5, "percent")],
    [_quantity(12, "count"), _quantity(3, "percent")],  # ints: refused by the one-pass validator, taken item by item
    [{**_quantity(12.0, "count"), "evidence": span("案件12件", 0, 9)}],
    [_quantity(float("inf"), "percent"), _quantity(2.0, "count", low=float("nan"))],
], ids=["floats", "ints", "unfit", "not finite"])
def test_the_quantities_validated_in_one_pass_are_those_validated_item_by_item(quantities):
    record = bare_record(quantities=quantities)
    assert to_json(plain_record(record)) == to_json(_by_item(record))


def _mapped(**fields) -> dict:
    """A quantity as the record mapper writes it: every field, in the model's order."""
    quantity = {"subject": "调解案件", "value": 12.0, "unit": "件", "kind": "count", "qualifier": None, "low": 12.0,
                "high": 12.0, "ratio_to": None, "change": None, "year": 2023, "target": False,
                "evidence": span("调解案件12件")}
    return {**quantity, **fields}


def _by_item(record: dict) -> dict:
    return validation._repaired(record, lambda r: validation._plain_validator().validate_python(r, extra="ignore"))


def test_quantities_as_the_mapper_writes_them_are_validated_as_item_by_item():
    def quantities() -> list[dict]:
        return [_mapped(), _mapped(value=98.5, unit="%", kind="percent", low=98.5, high=98.5, change="up",
                                   evidence=span("调解成功率98.5%", 9))]

    record = plain_record(bare_record(quantities=Mapped(quantities())))
    assert [(q["value"], type(q["value"])) for q in record["quantities"]] == [(12, int), (98.5, float)]
    assert to_json(record) == to_json(_by_item(bare_record(quantities=quantities())))


@pytest.mark.parametrize("refused", [
    {"year": 1930}, {"kind": "bare"}, {"qualifier": "roughly"}, {"qualifier": ["about"]}, {"change": "sideways"},
], ids=["year", "kind", "qualifier", "qualifier in a list", "change"])
def test_a_value_the_mapper_does_not_decide_is_refused_as_item_by_item(refused):
    def quantities() -> list[dict]:
        return [_mapped(), _mapped(**refused)]

    record = plain_record(bare_record(quantities=Mapped(quantities())))
    assert len(record["quantities"]) == 1 and "quantities entry" in record["findings"][0]["message"]
    assert to_json(record) == to_json(_by_item(bare_record(quantities=quantities())))


def test_values_refused_in_two_items_and_two_fields_are_each_refused_as_item_by_item():
    # the fields are checked a field of every item at a time: the second item's year sends the list to be
    # validated whole, which refuses the first item's evidence too, and both items go, as item by item
    def quantities() -> list[dict]:
        return [_mapped(evidence=span("调解案件12件", 0, 9)), _mapped(year=1930), _mapped()]

    record = plain_record(bare_record(quantities=Mapped(quantities())))
    assert len(record["quantities"]) == 1 and len(record["findings"]) == 2
    assert to_json(record) == to_json(_by_item(bare_record(quantities=quantities())))


def _initiative(**fields) -> dict:
    """An initiative as the record mapper writes it: every field, in the model's order."""
    initiative = {"title": "推进法律援助", "section": ["一、主要工作"], "category": "achievements", "start": 0,
                  "end": 30, "evidence": span("推进法律援助"), "documents": [], "programmes": [], "quantities": [],
                  "first": True, "first_claims": [span("全市首创", 10)]}
    return {**initiative, **fields}


def test_initiatives_as_the_mapper_writes_them_are_validated_as_item_by_item():
    def initiatives() -> list[dict]:
        return [_initiative(), _initiative(category="plans", start=30, end=50, evidence=span("完善调解", 30),
                                           first=False, first_claims=[])]

    record = plain_record(bare_record(initiatives=Mapped(initiatives())))
    assert [i["category"] for i in record["initiatives"]] == ["achievements", "plans"]
    assert to_json(record) == to_json(_by_item(bare_record(initiatives=initiatives())))


@pytest.mark.parametrize("refused", [{"category": "wishes"}, {"start": -1}, {"end": -1}],
                         ids=["category", "start", "end"])
def test_a_value_of_an_initiative_the_mapper_does_not_decide_is_refused_as_item_by_item(refused):
    def initiatives() -> list[dict]:
        return [_initiative(), _initiative(**refused)]

    record = plain_record(bare_record(initiatives=Mapped(initiatives())))
    assert len(record["initiatives"]) == 1 and "initiatives entry" in record["findings"][0]["message"]
    assert to_json(record) == to_json(_by_item(bare_record(initiatives=initiatives())))


def _mapped_metric(**fields) -> dict:
    """A metric as the record mapper writes it: every field, in the model's order."""
    metric = {"key": "legal_aid_cases", "label": "法律援助案件", "value": 12.0, "unit": "count", "qualifier": None,
              "year": 2023, "derived": False, "target": False, "evidence": span("案件12件"), "sources": [],
              "sentence": 0}
    return {**metric, **fields}


def test_metrics_as_the_mapper_writes_them_are_written_by_their_rule():
    def metrics() -> list[dict]:
        return [_mapped_metric(), _mapped_metric(value=98.5, unit="%", evidence=span("成功率98.5%", 6))]

    record = plain_record(bare_record(metrics=Mapped(metrics())))
    assert [(m["value"], type(m["value"])) for m in record["metrics"]] == [(12, int), (98.5, float)]
    assert to_json(record) == to_json(_by_item(bare_record(metrics=metrics())))


@pytest.mark.parametrize("refused", [
    {"value": 12.5}, {"value": float("nan")}, {"year": 2200}, {"unit": "件"}, {"sentence": -1},
], ids=["fractional count", "not a number", "year", "unit", "sentence"])
def test_a_metric_value_the_mapper_does_not_decide_is_refused_as_item_by_item(refused):
    def metrics() -> list[dict]:
        return [_mapped_metric(), _mapped_metric(**refused)]

    record = plain_record(bare_record(metrics=Mapped(metrics())))
    assert len(record["metrics"]) == 1 and "metrics entry" in record["findings"][0]["message"]
    assert to_json(record) == to_json(_by_item(bare_record(metrics=metrics())))


@pytest.mark.parametrize(("changed", "starts"), [({"start": "0"}, [0]), ({"level": None}, [])],
                         ids=["a number as text", "no level"])
def test_a_mapped_item_not_as_the_mapper_writes_it_is_validated_whole(changed, starts):
    def sections() -> list[dict]:
        section = {"level": 1, "numbering": "一、", "title": "主要工作", "kind": "achievements", "start": 0,
                   "end": 9, "parent": None, "evidence": span("主要工作", 2), **changed}
        return [{name: value for name, value in section.items() if value is not None or name == "parent"}]

    record = plain_record(bare_record(sections=Mapped(sections())))
    assert [section["start"] for section in record["sections"]] == starts  # "0" read as 0; no level, no section
    assert to_json(record) == to_json(_by_item(bare_record(sections=sections())))


def test_a_list_of_a_schema_the_mapped_lists_do_not_check_cannot_be_taken_as_mapped():
    coded = {"type": "typed-dict", "fields": {
        "code": {"type": "typed-dict-field", "schema": {"type": "str", "pattern": r"^\d{6}$"}}}}
    with pytest.raises(TypeError, match="code"):
        validation._decided(coded, {})


def test_a_model_validator_without_a_record_rule_cannot_be_made_plain():
    class Checked(BaseModel):
        value: int

        @model_validator(mode="after")
        def _positive(self) -> Checked:
            return self

    with pytest.raises(TypeError, match="record_rules"):
        validation._plain(Checked.__pydantic_core_schema__)


def test_a_record_the_repair_cannot_mend_still_raises():
    with pytest.raises(ValidationError):
        plain_record({"kind": "other"})


def test_an_unreadable_cached_schema_is_built_again(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    validation._plain_schema.cache_clear()
    validation._plain_validator.cache_clear()
    try:
        first = validation._plain_schema()
        (cached,) = (tmp_path / "lawreport").glob("record-*.pickle")
        cached.write_bytes(b"not a pickle")
        validation._plain_schema.cache_clear()
        assert validation._plain_schema() == first
        assert extract("2023年办理法律援助案件12件。").metrics[0].value == 12
    finally:
        validation._plain_schema.cache_clear()
        validation._plain_validator.cache_clear()


def test_a_single_extract_with_the_schema_cached_does_not_import_pydantic(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    script = ("import sys; from lawreport.pipeline import extract_record; "
              f"extract_record({str(SEEDS[0])!r}); print('pydantic' in sys.modules)")
    runs = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT,
                           check=True, timeout=120).stdout.strip() for _ in range(2)]
    assert runs == ["True", "False"]  # the first run builds the plain schema from the models, the second reads it
