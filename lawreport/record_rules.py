"""The record's rules that its types and ranges cannot say, written once for both of its validators.

Each rule takes one item's fields as a mapping, raises ValueError for a value it refuses,
converts in place where it converts, and returns the mapping (the plain validator's after-validator). The models (models.py) apply it to a model's fields; the
plain validator of the command line's JSON (validation.py) applies it to the item's dict.
"""

from __future__ import annotations

from typing import Any


class Mapped(list):
    """A list of the record's items as record.py maps them: each a dict of its model's fields, in order,
    each value of its field's type. Of these, validation.py checks only the values the text and the
    catalog decide; any other list of items is validated whole."""


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
    value, low, high = fields["value"], fields["low"], fields["high"]
    if fields["kind"] == "count":
        if type(value) is float and value.is_integer():
            fields["value"] = int(value)
        if type(low) is float and low.is_integer():
            fields["low"] = int(low)
        if type(high) is float and high.is_integer():
            fields["high"] = int(high)
    else:
        if type(value) is int:
            fields["value"] = float(value)
        if type(low) is int:
            fields["low"] = float(low)
        if type(high) is int:
            fields["high"] = float(high)
    return fields


def quantities_as_recorded(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """span_fits_its_text of every quantity's evidence and quantity_counts_as_int of every quantity, in one pass.

    For validation.py's validator of the whole list: one call for the list, where the item validator
    makes two for each item; the rules themselves stay those the models and the item validator apply.
    """
    for fields in items:
        span_fits_its_text(fields["evidence"])
        quantity_counts_as_int(fields)
    return items
