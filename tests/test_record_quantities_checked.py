"""The quantities the record mapper checks as it writes them are validated as item by item."""

from __future__ import annotations

import copy

import pytest
from conftest import bare_record
from pydantic_core import to_json

from lawreport import record, record_rules, validation
from lawreport.catalog import get_catalog
from lawreport.metrics import Reading
from lawreport.normalize import normalize_mapped
from lawreport.numbers import Quantity

# A text whose copy drops the carriage returns, so that each span goes through the offset map, and one that
# drops nothing.
MAPPED_TEXT = "全年办理法律援助案件1200件,\r\n调解成功率98.5%。"
PLAIN_TEXT = "全年办理法律援助案件1200件,调解成功率98.5%。"


def _readings(text: str, **changed) -> list[Reading]:
    """The count and the rate of the text (the copy) as the interpreter reads them, the rate's fields `changed`."""
    count_at, rate_at = text.index("1200"), text.index("98.5")
    count = Quantity(count_at, count_at + 5, count_at, count_at + 4, 1200.0, "件", "count", "about", 1200.0,
                     1200.0, None, None)
    fields = {"start": rate_at, "end": rate_at + 5, "num_start": rate_at, "num_end": rate_at + 4, "value": 98.5,
              "unit": "%", "kind": "percent", "qualifier": None, "low": 98.5, "high": 98.5, "change": "up",
              "ratio_to": None}
    year = changed.pop("year", 2023)
    rate = Quantity(**{**fields, **changed})
    return [Reading(count, "全年办理法律援助案件", 0, 2023, False, 0),
            Reading(rate, "调解成功率", rate_at - 5, year, False, 0)]


def _mapped(text: str, **changed) -> list:
    original = normalize_mapped(text)
    return record._quantities(record.Evidence(original), get_catalog(), original.copy, _readings(original.copy, **changed))[1]


def _by_item(quantities: list) -> dict:
    return validation._repaired(bare_record(quantities=quantities),
                                lambda r: validation._plain_validator().validate_python(r, extra="ignore"))


@pytest.mark.parametrize("text", [MAPPED_TEXT, PLAIN_TEXT], ids=["offset map", "no map"])
def test_quantities_the_model_takes_are_checked_and_written_as_item_by_item(text):
    quantities = _mapped(text)
    assert type(quantities) is record_rules.Checked
    # the count's whole value and bounds are written as ints, the rate's as floats, each evidence cites its text
    assert [(q["value"], type(q["value"]), type(q["low"])) for q in quantities] == \
        [(1200, int, int), (98.5, float, float)]
    assert [text[q["evidence"]["start"]:q["evidence"]["end"]] for q in quantities] == \
        [q["evidence"]["text"] for q in quantities] == ["法律援助案件1200件", "调解成功率98.5%"]
    validated = validation.plain_record(bare_record(quantities=quantities))
    assert validated["quantities"] is quantities  # taken as it is
    assert to_json(validated) == to_json(_by_item(copy.deepcopy(list(quantities))))


@pytest.mark.parametrize("changed", [
    {"year": 1930}, {"year": 2200}, {"kind": "bare"}, {"qualifier": "roughly"}, {"change": "sideways"},
    {"value": float("inf")}, {"low": float("nan")}, {"high": float("-inf")}, {"ratio_to": float("inf")},
    {"end": 999},
], ids=["year before", "year after", "kind", "qualifier", "change", "infinite value", "NaN low", "infinite high",
        "infinite ratio", "evidence past the text"])
@pytest.mark.parametrize("text", [MAPPED_TEXT, PLAIN_TEXT], ids=["offset map", "no map"])
def test_a_quantity_the_model_refuses_leaves_its_list_to_be_validated_whole(text, changed):
    quantities = _mapped(text, **changed)
    assert type(quantities) is list
    validated = validation.plain_record(bare_record(quantities=quantities))
    assert len(validated["quantities"]) == 1 and "quantities entry" in validated["findings"][0]["message"]
    assert to_json(validated) == to_json(_by_item(copy.deepcopy(quantities)))


def test_the_quantities_checks_cover_what_their_model_decides(monkeypatch):
    """A field of the Quantity model decided by value that the mapper does not check is refused when read."""
    checks = validation.quantity_checks()
    assert (checks.least_year, checks.most_year, checks.least_start) == (1949, 2100, 0)
    assert "count" in checks.kinds and None in checks.qualifiers and None in checks.changes and "bare" not in checks.kinds
    validation.quantity_checks.cache_clear()
    monkeypatch.setattr(validation, "_QUANTITY_CHECKED", {**validation._QUANTITY_CHECKED, "bounded": ()})
    try:
        with pytest.raises(TypeError, match="do not cover"):
            validation.quantity_checks()
    finally:
        validation.quantity_checks.cache_clear()


@pytest.mark.parametrize("changed", [{"value": 98}, {"low": 98}, {"high": 98}], ids=["value", "low", "high"])
def test_an_int_of_a_quantity_that_is_no_count_is_written_as_a_float(changed):
    quantities = _mapped(PLAIN_TEXT, **changed)
    assert type(quantities) is list  # left to validation, whose rule writes it
    rate = validation.plain_record(bare_record(quantities=quantities))["quantities"][1]
    assert [(rate[name], type(rate[name])) for name in changed] == [(98.0, float)]
    assert all(type(rate[name]) is float for name in ("value", "low", "high"))


@pytest.mark.parametrize("value, low, high, expected", [
    (1200.0, None, None, (1200, None, None)),
    (1200.0, 1200.0, 1300.0, (1200, 1200, 1300)),
    (12.5, 12.0, None, (12.5, 12, None)),
])
def test_a_count_s_numbers_are_each_written_as_ints_where_whole(value, low, high, expected):
    # One float given for all three (a plain figure, as the scan writes it) and three of their own read alike.
    assert [(n, type(n)) for n in record_rules.counted_numbers("count", value, value, value)] \
        == [(expected[0], type(expected[0]))] * 3
    assert [(n, type(n)) for n in record_rules.counted_numbers("count", value, low, high)] \
        == [(n, type(n)) for n in expected]
