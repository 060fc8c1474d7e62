"""Validating a record: as the Report models (the library), or as plain data by the same rules (the command line).

The models (models.py) are the record's one definition. A single `lawreport extract`
does not need model instances, only the validated record as JSON, and importing
pydantic and building the models would be most of its start-up. So the models'
own core schema is rewritten once into a plain one, each model a typed dict and
each rule of record_rules.py applied to the dict as the model applies it, and kept
in the user cache; pydantic-core validates the record with it directly. Both ways
give the same JSON (a test holds them to it on every sample report).

Either way a value the record refuses costs that value, never the record
(`_set_aside`). The plain way first tries a validator that takes the lists the
record mapper builds without checking their types again (`_mapped_items`), and
applies the quantities' rules in one pass (`_mapped_validator`). The quantities the
mapper has checked itself as it wrote them, by the checks `quantity_checks` reads from
the Quantity model, it takes as they are (record_rules.Checked).
"""

# Annotations are evaluated, not kept as strings (no `from __future__ import annotations`): typing compiles each
# string field of a NamedTuple when the class is made, some 140 K instructions a field at start-up.

import functools
import itertools
import math
import operator
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, TypeVar

from . import engine, record_rules
from .catalog import kept_or_built
from .engine import SchemaValidator, ValidationError

if TYPE_CHECKING:
    from .models import Report

T = TypeVar("T")

# The record mapper (record.py) writes each of the model's fields by name, and a test holds it to
# no others, so its records skip the look for unknown keys: a quarter of the validation.
# A record read back from JSON (lawreport table) is still refused for any key the model lacks.
_UNKNOWN_KEYS: Literal["ignore"] = "ignore"

# What the plain schema is made from besides the installed pydantic-core and this module: a change rebuilds it.
_SCHEMA_SOURCES = (Path(__file__).with_name("models.py"), Path(__file__).with_name("record_rules.py"))


def report_of(record: dict) -> "Report":
    """The record as a validated Report."""
    from .models import Report

    return _repaired(record, functools.partial(Report.model_validate, extra=_UNKNOWN_KEYS))


def plain_record(record: dict) -> dict:
    """The record validated as plain data: what `report_of(record).model_dump()` gives, without the models.

    The record mapper's records pass the validator of its lists (`_mapped_validator`); a record
    it refuses is validated again item by item, where each refused value becomes a finding.
    """
    try:
        return _mapped_validator().validate_python(record, extra=_UNKNOWN_KEYS)
    except ValidationError:
        return _repaired(record, functools.partial(_plain_validator().validate_python, extra=_UNKNOWN_KEYS))


def record_fields() -> list[str]:
    """The record's top-level fields, in the order of its JSON."""
    return list(_top_fields())


def _top_fields() -> dict[str, dict]:
    schema = _plain_schema()
    return (schema["schema"] if schema["type"] == "definitions" else schema)["fields"]


@functools.cache
def _plain_validator() -> SchemaValidator:
    return SchemaValidator(_plain_schema())


@functools.cache
def _mapped_validator() -> SchemaValidator:
    """The plain validator taking each list of items as the record mapper builds it (`_mapped_items`), and the
    quantities' rules applied to the whole list in one pass, not per item.

    A report can state 50,000 quantities (5%5%…), and calling a rule for each item and its evidence
    was a fifth of their validation. Here a quantity's values are floats, as numbers.scan reads them
    (an int is refused, not converted), the list's rule (record_rules.quantities_as_recorded) applies
    both item rules at once, and it refuses the whole record for the first value it would refuse:
    plain_record then takes the validator of each item, which finds it again and names it.
    It accepts no record the item validator refuses and gives the same values for those it accepts.
    """
    schema = _plain_schema()
    top = schema["schema"] if schema["type"] == "definitions" else schema
    fields = dict(top["fields"])
    field = fields["quantities"]
    listed = field["schema"]["schema"]  # default [] -> list
    item = _unchecked(listed["items_schema"], schema)
    item_fields = {**item["fields"], "evidence": {
        **item["fields"]["evidence"], "schema": _unchecked(item["fields"]["evidence"]["schema"], schema)}}
    for name in ("value", "low", "high", "ratio_to"):
        item_fields[name] = {**item_fields[name], "schema": _strict_floats(item_fields[name]["schema"])}
    one_pass = {"type": "function-after", "schema": {**listed, "items_schema": {**item, "fields": item_fields}},
                "function": {"type": "no-info", "function": record_rules.quantities_as_recorded}}
    for name, field in fields.items():
        listed = field["schema"]["schema"] if field["schema"]["type"] == "default" else field["schema"]
        if listed["type"] != "list":
            continue
        mapped = {"type": "function-wrap", "schema": one_pass if name == "quantities" else listed,
                  "function": {"type": "no-info", "function": _named(functools.partial(
                      _mapped_items, _decided(listed["items_schema"], schema)), name)}}
        fields[name] = {**field, "schema": {**field["schema"], "schema": mapped}
                        if field["schema"]["type"] == "default" else mapped}
    return SchemaValidator({**schema, "schema": {**top, "fields": fields}} if schema is not top
                           else {**top, "fields": fields})


def _named(check: functools.partial, field: str) -> functools.partial:
    """`check` under a name of its own. pydantic-core names a validator function by its __name__, and one without
    by its repr, which for this partial writes out every value its _Decided allows (a tenth of a single extract's
    validation set-up)."""
    check.__name__ = f"{_mapped_items.__name__}[{field}]"  # type: ignore[attr-defined]
    return check


class _Decided(NamedTuple):
    """What an item's fields may hold where the text and the catalog decide them, read from its schema; the
    other fields (str, bool, lists of them, unbounded ints) hold what the record mapper's types say."""

    # The fields of literals as itemgetter reads them (the value of one field, a tuple of several), and
    # the values or tuples they may hold together (None where a field is nullable): one look-up per item.
    literals: Callable[[dict], object] | None
    literal_values: frozenset
    # an int field (or None), as itemgetter reads it, and its least and most
    bounded: tuple[tuple[Callable[[dict], Any], int | float, int | float], ...]
    numbers: tuple[Callable[[dict], Any], ...]  # fields of finite numbers (or None), as itemgetter reads them
    rule: Callable[[dict], object] | None  # the item's record rule, after its fields are checked


def _decided(items: dict, definitions: dict) -> _Decided:
    """The checks of `_mapped_items` for the items of a list, read from their schema (`_classified`)."""
    rule, fields = _classified(items, definitions)
    literals = [(name, detail) for name, check, detail in fields if check == "literal"]
    names = [name for name, _ in literals]
    values = literals[0][1] if len(literals) == 1 else frozenset(itertools.product(*(v for _, v in literals)))
    return _Decided(operator.itemgetter(*names) if names else None, values,
                    tuple((operator.itemgetter(name), *detail) for name, check, detail in fields if check == "bounded"),
                    tuple(operator.itemgetter(name) for name, check, _ in fields if check == "number"), rule)


def _classified(items: dict, definitions: dict) -> tuple[Callable[[dict], object] | None, list[tuple[str, str, Any]]]:
    """The rule of a list's items (None if none), and each field the text and the catalog decide, as
    (name, check, detail): a "literal" and the values it may hold (None where nullable), a "bounded" int and
    its (least, most), a "number" that must be finite, a "span" or a "span list" and the least start of a span.

    Each field's schema is a literal, an int, a float or a number, a str or a bool, a span, or a list of
    str, ints or spans, each maybe nullable or with a default; any other is a TypeError, so that no
    change of the models passes unchecked.
    """
    rule = None
    items = _resolved(items, definitions)
    if items["type"] == "function-after":
        rule, items = items["function"]["function"], _resolved(items["schema"], definitions)
    fields: list[tuple[str, str, Any]] = []
    for name, field in items["fields"].items():
        schema, nullable = _resolved(field["schema"], definitions), False
        while schema["type"] in ("default", "nullable"):
            nullable = nullable or schema["type"] == "nullable"
            schema = _resolved(schema["schema"], definitions)
        listed = schema["type"] == "list" and schema.keys() == {"type", "items_schema"}
        of = _resolved(schema["items_schema"], definitions) if listed else schema
        kind, keys = of["type"], of.keys()
        if kind == "literal" and not listed:
            fields.append((name, "literal", frozenset([*of["expected"], *([None] if nullable else [])])))
        elif kind == "int" and keys <= {"type", "ge", "le"}:
            if keys != {"type"} and listed:
                raise TypeError(f"a list of bounded ints is not checked: {name}")
            if keys != {"type"}:
                fields.append((name, "bounded", (of.get("ge", -math.inf), of.get("le", math.inf))))
        elif (kind == "float" and keys == {"type"} or kind == "union" and keys == {"type", "choices"} and all(
                choice in ({"type": "int"}, {"type": "float"}) for choice in of["choices"])) and not listed:
            fields.append((name, "number", None))
        elif kind in ("str", "bool") and keys == {"type"}:
            pass
        elif kind == "function-after" and of["function"]["function"] is record_rules.span_fits_its_text \
                and not nullable:
            fields.append((name, "span list" if listed else "span",
                           _resolved(of["schema"], definitions)["fields"]["start"]["schema"].get("ge", -math.inf)))
        else:
            raise TypeError(f"a mapped field's schema is not checked: {name}: {schema}")
    return rule, fields


class QuantityChecks(NamedTuple):
    """What record.py checks of each quantity as it writes it, from its values at hand: the Quantity model's
    literals and bounds."""

    # The kinds, qualifiers and changes a quantity may have (None where nullable), each on its own: the model allows
    # any of one with any of the others, and three look-ups of a str cost less than one of a tuple made of them.
    kinds: frozenset
    qualifiers: frozenset
    changes: frozenset
    least_year: int | float
    most_year: int | float
    least_start: int | float  # the least start of its evidence


# The fields of a quantity record.py checks, by the check each takes, and the rule it applies.
_QUANTITY_CHECKED = {"literal": ("kind", "qualifier", "change"), "bounded": ("year",),
                     "number": ("value", "low", "high", "ratio_to"), "span": ("evidence",)}


@functools.cache
def quantity_checks() -> QuantityChecks:
    """The checks record.py makes of each quantity, read from the Quantity model's schema.

    A TypeError if the model decides other fields of a quantity, or by another rule, than those record.py
    checks (`_QUANTITY_CHECKED`, record_rules.counted_numbers): a change of the model cannot pass unchecked.
    """
    schema = _plain_schema()
    top = schema["schema"] if schema["type"] == "definitions" else schema
    rule, fields = _classified(top["fields"]["quantities"]["schema"]["schema"]["items_schema"], schema)
    checked = {check: tuple(name for name, of, _ in fields if of == check) for check in _QUANTITY_CHECKED}
    if checked != _QUANTITY_CHECKED or len(fields) != sum(map(len, _QUANTITY_CHECKED.values())) \
            or rule is not record_rules.quantity_counts_as_int:
        raise TypeError(f"the quantities' checks in record.py do not cover their model: {fields}, {rule}")
    detail = {name: value for name, _, value in fields}
    least_year, most_year = detail["year"]
    kinds, qualifiers, changes = (detail[name] for name in _QUANTITY_CHECKED["literal"])
    return QuantityChecks(kinds, qualifiers, changes, least_year, most_year, detail["evidence"])


def _resolved(schema: dict, definitions: dict) -> dict:
    """The schema a definition-ref names, or `schema` itself."""
    if schema["type"] != "definition-ref":
        return schema
    return next(d for d in definitions["definitions"] if d.get("ref") == schema["schema_ref"])


def _mapped_items(decided: _Decided, items: Any, validated: Callable[[Any], Any]) -> Any:
    """A list as record.py maps it (record_rules.Mapped), checked for what the text and the catalog decide
    (literals, bounds, finite numbers) and put through the item's rule; any other list, or one holding a value
    its schema refuses, validated whole by `validated`. Its spans fit their text: record.Evidence checks each as
    it writes it, and a record citing one that does not holds no Mapped list (reading each span back here was
    two fifths of the validation of 100 KB of one clause).

    The mapper writes each item's fields in the model's order, each of its type: checked field by field
    by the schema, its lists took four fifths of validation, five to ten times what this takes. The
    literals and the numbers are read a field of every item at once (map, filter, issuperset and sum loop
    in C, where a loop in Python cost each quantity of `5%5%…` a tuple look-up and four subtractions); the
    bounds a field of every item at a time too, read by map, compared in Python. Whichever item
    a check fails at, the whole list goes to `validated` (or the record to plain_record's repair), so the
    order the items are checked in changes nothing. A rule refuses the
    whole record for the first value it refuses, as the list's validation would: plain_record then
    validates it item by item, which names that value (a rule that converts gives the same again).
    """
    if type(items) is record_rules.Checked:
        return items
    if type(items) is not record_rules.Mapped:
        return validated(items)
    if not items:  # nothing to check: a short text's lists, and most reports' rates or findings
        return []
    literals, literal_values, bounded, numbers, rule = decided
    try:
        if literals is not None and not literal_values.issuperset(map(literals, items)):
            return validated(items)
        for field in numbers:
            # A sum holding an infinite or NaN value is one; a sum of finite values that overflows (or an int
            # too large for a float) only sends the list to `validated`, which takes it.
            total = sum(filter(_is_given, map(field, items)), 0.0)
            if total - total != 0:
                return validated(items)
        # A field of every item at a time, read by map: a loop over the fields inside the loop over the items
        # made the iterators of three tuples for each item, a tenth of the check of `5%5%…`'s quantities.
        for field, least, most in bounded:
            for value in map(field, items):
                if value is not None and not least <= value <= most:
                    return validated(items)
    except (KeyError, TypeError, OverflowError):  # a field left out or of another type: not as the mapper writes it
        return validated(items)
    if rule is not None:
        for fields in items:
            rule(fields)
    return list(items)


# Whether a value is given (not None), called by filter in C.
_is_given = functools.partial(operator.is_not, None)


def _unchecked(schema: dict, definitions: dict) -> dict:
    """A typed dict's schema without the rule applied after it (looked up by its reference if need be)."""
    schema = _resolved(schema, definitions)
    if schema["type"] == "function-after":
        schema = schema["schema"]
    return {key: value for key, value in schema.items() if key != "ref"}


def _strict_floats(schema: dict) -> dict:
    """A number's schema (int | float, float, or either nullable) taking floats alone, by its float's bounds."""
    if schema["type"] in ("default", "nullable"):
        return {**schema, "schema": _strict_floats(schema["schema"])}
    if schema["type"] == "union":
        schema = next((choice for choice in schema["choices"] if choice["type"] == "float"), schema)
    if schema["type"] != "float":
        raise TypeError(f"a quantity's number is neither an int nor a float: {schema}")
    return {**schema, "strict": True}


def _look_up_by_interned_names(schema: Any) -> None:
    """Intern each typed dict's field names in ``schema`` and look each field up by its interned name, in place.

    pydantic-core looks a field up by a str it makes of the name, unless the field names a
    `validation_alias`, which it uses as it is; the record's keys are the interned names of the
    mapper's code, so the lookup finds them by identity, not by comparing their characters
    (a twentieth of validation). The names come back from the user cache uninterned, so this runs
    on the loaded schema, once, where it lies: copying it cost a third more.
    """
    children = schema if isinstance(schema, list) else schema.values()
    for child in children:
        if isinstance(child, (dict, list)):
            _look_up_by_interned_names(child)
    if isinstance(schema, dict) and schema.get("type") == "typed-dict":
        schema["fields"] = {sys.intern(name): {**field, "validation_alias": sys.intern(name)}
                            for name, field in schema["fields"].items()}


@functools.cache
def _plain_schema() -> dict:
    """The models' core schema as plain data, from the user cache when the models and pydantic are unchanged,
    its fields looked up by their interned names (the validators built from it copy those)."""
    source = "\0".join([engine.__version__, *(_text(path) for path in _SCHEMA_SOURCES)])
    schema = kept_or_built("record", source, __file__, _plain_of_models, lambda schema: isinstance(schema, dict))
    _look_up_by_interned_names(schema)
    return schema


def _plain_of_models() -> dict:
    from .models import Report

    return _plain(Report.__pydantic_core_schema__)


def _text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return "?"


def _plain(schema: Any) -> Any:
    """A core schema with each model as a typed dict and each model rule as record_rules applies it to a dict.

    What only pydantic reads (JSON-schema hooks in `metadata`, model classes) is left out.
    """
    if isinstance(schema, list):
        return [_plain(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    kind = schema.get("type")
    if kind == "model":
        fields = schema["schema"]["fields"]
        plain = {"type": "typed-dict", "config": schema["config"], "fields": {
            name: {"type": "typed-dict-field", "schema": _plain(field["schema"]),
                   "required": field["schema"]["type"] != "default"}
            for name, field in fields.items()}}
        return {**plain, **({"ref": schema["ref"]} if "ref" in schema else {})}
    if kind == "function-after":
        rule = getattr(schema["function"]["function"], "record_rule", None)
        if rule is None:
            raise TypeError(f"a validator of the models applies no record_rules rule: {schema['function']}")
        return {"type": "function-after", "schema": _plain(schema["schema"]),
                "function": {"type": "no-info", "function": rule},
                **({"ref": schema["ref"]} if "ref" in schema else {})}
    return {key: _plain(value) for key, value in schema.items() if key != "metadata"}


def _repaired(record: dict, validate: Callable[[dict], T]) -> T:
    """The validated record, a value it refuses left out with a finding.

    A year outside the model's range (1930年受理…), a fractional count (人均办理12.5件) or any
    other value the model rejects would otherwise end the whole extraction in an error.
    Here an item of a list holding such a value is left out, and an optional field is
    emptied, each with an `out_of_range` finding citing where it was read. A record
    still refused after that is a bug and raises.
    """
    for _ in range(3):  # a repair can only remove; errors inside a new finding would show on the next pass
        try:
            return validate(record)
        except ValidationError as exc:
            errors = exc.errors(include_url=False)
        record = _set_aside(record, errors)
    return validate(record)


# Lists of the record whose items other items point at by index: (list, pointer list, pointing field).
_POINTED_AT = {"quantities": ("initiatives", "quantities"), "sections": ("sections", "parent")}


def _set_aside(record: dict, errors: list) -> dict:
    """A copy of `record` without the values `errors` name, and a finding for each."""
    record = dict(record)
    dropped: dict[str, dict[int, dict]] = {}
    findings = []
    for error in errors:
        loc = error["loc"]
        field = loc[0]
        if len(loc) > 1 and isinstance(loc[1], int) and isinstance(record.get(field), list):
            if loc[1] not in dropped.setdefault(field, {}):
                item = record[field][loc[1]]
                dropped[field][loc[1]] = item
                findings.append(_finding(f"{field} entry", item, loc[2:], error))
        elif field == "metadata_evidence" and len(loc) > 1:
            record[field] = {k: v for k, v in record[field].items() if k != loc[1]}
        elif field in _nullable_fields():
            evidence = record.get("metadata_evidence", {})
            findings.append(_finding(field, {"evidence": evidence.get(field)}, loc[1:], error))
            record[field] = None
            record["metadata_evidence"] = {k: v for k, v in evidence.items() if k != field}
    for field, items in dropped.items():
        kept = [i for i in range(len(record[field])) if i not in items]
        record[field] = [record[field][i] for i in kept]
        if field in _POINTED_AT:
            _renumber(record, field, {old: new for new, old in enumerate(kept)})
    record["findings"] = [*record.get("findings", []), *findings]
    return record


@functools.cache
def _nullable_fields() -> frozenset[str]:
    """The record's top-level fields that may be null."""
    def nullable(schema: dict) -> bool:
        return schema["type"] == "nullable" or (schema["type"] == "default" and nullable(schema["schema"]))

    return frozenset(name for name, field in _top_fields().items() if nullable(field["schema"]))


def _renumber(record: dict, field: str, new_index: dict[int, int]) -> None:
    """Point the items that index `field` at its kept items (an index of a left-out item goes)."""
    pointers, pointer = _POINTED_AT[field]
    renumbered = []
    for item in record.get(pointers, []):
        value = item.get(pointer)
        if isinstance(value, list):
            value = [new_index[i] for i in value if i in new_index]
        elif isinstance(value, int):
            value = new_index.get(value)
        renumbered.append({**item, pointer: value})
    record[pointers] = renumbered


def _finding(what: str, item: dict, where: tuple, error: dict) -> dict:
    """An out_of_range finding naming the refused value, citing the item's evidence when that is sound."""
    evidence = item.get("evidence")
    sound = (isinstance(evidence, dict) and "evidence" not in where and isinstance(evidence.get("text"), str)
             and isinstance(evidence.get("start"), int) and isinstance(evidence.get("end"), int)
             and 0 <= evidence["start"] and evidence["end"] - evidence["start"] == len(evidence["text"]))
    path = ".".join(str(part) for part in where) or "value"
    value = "a value" if isinstance(error["input"], dict) else f"{path} {error['input']!r}"
    return {"kind": "out_of_range", "message": f"{what} left out of the record: {value} is refused ({error['msg']})",
            "spans": [evidence] if sound else []}
