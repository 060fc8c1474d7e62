"""The record's rules that its types and ranges cannot say, written once for both of its validators.

Each rule takes one item's fields as a mapping, raises ValueError for a value it refuses,
converts in place where it converts, and returns the mapping (the plain validator's after-validator). The models (models.py) apply it to a model's fields; the
plain validator of the command line's JSON (validation.py) applies it to the item's dict.
"""

from __future__ import annotations

from typing import Any


class Mapped(list):
    """A list of the record's items as record.py maps them: each a dict of its model's fields, in order,
    each value of its field's type, each span fitting its text (record.Evidence checks it as it writes it). Of
    these, validation.py checks only the values the text and the catalog decide; any other list of items is
    validated whole."""


class Checked(list):
    """A list of quantities as record.py maps them and has checked as it wrote them, from the values at hand,
    by the Quantity model's literals and bounds (validation.quantity_checks) and its rule (counted_numbers):
    validation.py takes it as it is. A list record.py finds a value in that the model refuses is a plain list,
    validated whole."""


def span_fits_its_text(fields: dict[str, Any]) -> dict[str, Any]:
    """A span's text is input[start:end], so its length is end - start."""
    if fields["end"] - fields["start"] != len(fields["text"]):
        raise ValueError("span length differs from its text")
    return fields


def metric_count_is_whole(fields: dict[str, Any]) -> dict[str, Any]:
    """A metric counted in `count` is a whole, non-negative number, written as an int (2521); any other is
    written as a float (98.0 stays a rate)."""
    value = fields["value"]
    if fields["unit"] != "count":
        fields["value"] = float(value)
        return fields
    if value < 0 or value != int(value):
        raise ValueError("a count is a whole, non-negative number")
    fields["value"] = int(value) if float(value).is_integer() else float(value)
    return fields


def quantity_counts_as_int(fields: dict[str, Any]) -> dict[str, Any]:
    """A counted quantity's value and bounds are written as ints where whole; any other's as floats.

    Validated, each is an int, a float or None: only a whole float of a count and an int of anything else change.
    """
    # Each field by name, not in a loop over the names: a report can state 50,000 quantities (5%5%…).
    fields["value"], fields["low"], fields["high"] = counted_numbers(
        fields["kind"], fields["value"], fields["low"], fields["high"])
    return fields


def counted_numbers(kind: str, value: Any, low: Any, high: Any) -> tuple[Any, Any, Any]:
    """A quantity's value, low and high as quantity_counts_as_int writes them: for a count an int where a float is
    whole, for any other kind a float where an int is given; each an int, a float or None."""
    if kind != "count":
        return (float(value) if type(value) is int else value, float(low) if type(low) is int else low,
                float(high) if type(high) is int else high)
    plain = low is value and high is value  # as numbers.scan writes a plain figure: one number, converted once
    value = int(value) if type(value) is float and value.is_integer() else value
    if plain:
        return value, value, value
    return (value, int(low) if type(low) is float and low.is_integer() else low,
            int(high) if type(high) is float and high.is_integer() else high)


def quantities_as_recorded(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """span_fits_its_text of every quantity's evidence and quantity_counts_as_int of every quantity, in one pass.

    For validation.py's validator of the whole list: one call for the list, where the item validator
    makes two for each item; the rules themselves stay those the models and the item validator apply.
    """
    for fields in items:
        span_fits_its_text(fields["evidence"])
        quantity_counts_as_int(fields)
    return items
