"""Validating a record: as the Report models (the library), or as plain data by the same rules (the command line).

The models (models.py) are the record's one definition. A single `lawreport extract`
does not need model instances, only the validated record as JSON, and importing
pydantic and building the models would be most of its start-up. So the models'
own core schema is rewritten once into a plain one, each model a typed dict and
each rule of record_rules.py applied to the dict as the model applies it, and kept
in the user cache; pydantic-core validates the record with it directly. Both ways
give the same JSON (a test holds them to it on every sample report).

Either way a value the record refuses costs that value, never the record
(`_set_aside`). The plain way first tries a validator that takes the quantities
and initiatives as the record mapper builds them without checking their types
again, and applies the quantities' rules in one pass (`_mapped_validator`).
"""

from __future__ import annotations

import functools
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


def report_of(record: dict) -> Report:
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
    return SchemaValidator(_looked_up_by_interned_names(_plain_schema()))


@functools.cache
def _mapped_validator() -> SchemaValidator:
    """The plain validator with the mapper's longest lists taken as it builds them, and the quantities' rules
    applied to the whole list in one pass, not per item.

    A report can state 50,000 quantities (5%5%…), and calling a rule for each item and its evidence
    was a fifth of their validation. Here a quantity's values are floats, as numbers.scan reads them
    (an int is refused, not converted), the list's rule (record_rules.quantities_as_recorded) applies
    both item rules at once, and it refuses the whole record for the first value it would refuse:
    plain_record then takes the validator of each item, which finds it again and names it.
    It accepts no record the item validator refuses and gives the same values for those it accepts.
    The quantities and the initiatives as the record mapper builds them, its longest lists, are checked
    only for what it does not decide (`_mapped_quantities`, `_mapped_initiatives`).
    """
    schema = _plain_schema()
    top = schema["schema"] if schema["type"] == "definitions" else schema
    field = top["fields"]["quantities"]
    listed = field["schema"]["schema"]  # default [] -> list
    item = _unchecked(listed["items_schema"], schema)
    fields = {**item["fields"], "evidence": {**item["fields"]["evidence"],
                                             "schema": _unchecked(item["fields"]["evidence"]["schema"], schema)}}
    for name in ("value", "low", "high", "ratio_to"):
        fields[name] = {**fields[name], "schema": _strict_floats(fields[name]["schema"])}
    one_pass = {"type": "function-after", "schema": {**listed, "items_schema": {**item, "fields": fields}},
                "function": {"type": "no-info", "function": record_rules.quantities_as_recorded}}
    mapped = {"type": "function-wrap", "schema": one_pass,
              "function": {"type": "no-info", "function": functools.partial(_mapped_quantities, _decided(fields))}}
    quantities = {**field, "schema": {**field["schema"], "schema": mapped}}
    field = top["fields"]["initiatives"]
    listed = field["schema"]["schema"]  # default [] -> list
    initiative = _unchecked(listed["items_schema"], schema)["fields"]
    span = _unchecked(initiative["evidence"]["schema"], schema)["fields"]
    bounds = _InitiativeBounds(_literals(initiative["category"]["schema"]),
                               *(_int_bounds(initiative[name]["schema"], "ge")[0] for name in ("start", "end")),
                               *_int_bounds(span["start"]["schema"], "ge"))
    mapped = {"type": "function-wrap", "schema": listed,
              "function": {"type": "no-info", "function": functools.partial(_mapped_initiatives, bounds)}}
    initiatives = {**field, "schema": {**field["schema"], "schema": mapped}}
    top = {**top, "fields": {**top["fields"], "quantities": quantities, "initiatives": initiatives}}
    return SchemaValidator(_looked_up_by_interned_names({**schema, "schema": top} if schema is not top else top))


class _Decided(NamedTuple):
    """What a quantity's fields may hold where the text and the catalog decide them, read from its schema."""

    kinds: frozenset[str]
    qualifiers: frozenset[str | None]
    changes: frozenset[str | None]
    first_year: int
    last_year: int
    first_offset: int  # the least start of the evidence


def _decided(fields: dict) -> _Decided:
    """What the schemas of a quantity's `fields` (its evidence's resolved) let the text and the catalog decide."""
    first_year, last_year = _int_bounds(fields["year"]["schema"], "ge", "le")
    (first_offset,) = _int_bounds(fields["evidence"]["schema"]["fields"]["start"]["schema"], "ge")
    return _Decided(_literals(fields["kind"]["schema"]), _literals(fields["qualifier"]["schema"]),
                    _literals(fields["change"]["schema"]), first_year, last_year, first_offset)


def _literals(schema: dict) -> frozenset:
    """The values a literal's schema takes, None among them for a nullable one."""
    if schema["type"] == "default":
        return _literals(schema["schema"])
    if schema["type"] == "nullable":
        return _literals(schema["schema"]) | {None}
    if schema["type"] != "literal":
        raise TypeError(f"a mapped field is no literal: {schema}")
    return frozenset(schema["expected"])


def _int_bounds(schema: dict, *bounds: str) -> list[int]:
    """The `bounds` (ge, le) of an int's schema, or a nullable one's."""
    while schema["type"] in ("default", "nullable"):
        schema = schema["schema"]
    if schema["type"] != "int":
        raise TypeError(f"a mapped field is no int: {schema}")
    return [schema[bound] for bound in bounds]


def _mapped_quantities(decided: _Decided, items: Any, validated: Callable[[Any], Any]) -> Any:
    """The quantities as record.py maps them (record_rules.Mapped), checked for what the text and the catalog
    decide (kind, qualifier, change, year, the evidence's span) and written by the rules; any other list, or
    one holding a value its schema refuses, validated whole by `validated`.

    The mapper writes each quantity's fields in the model's order, each of its type (numbers.scan's floats,
    finite as it reads at most 15 digits; the unit and subject as str; the target as bool): checked field
    by field by the schema, they took two fifths of validation.
    """
    if type(items) is not record_rules.Mapped:
        return validated(items)
    kinds, qualifiers, changes, first_year, last_year, first_offset = decided
    for fields in items:
        year = fields["year"]
        if (fields["kind"] not in kinds or fields["qualifier"] not in qualifiers or fields["change"] not in changes
                or (year is not None and not first_year <= year <= last_year)
                or fields["evidence"]["start"] < first_offset):
            return validated(items)
        record_rules.span_fits_its_text(fields["evidence"])
    for fields in items:
        record_rules.quantity_counts_as_int(fields)
    return list(items)


class _InitiativeBounds(NamedTuple):
    """What an initiative's fields may hold where the text and the catalog decide them, read from its schema."""

    categories: frozenset[str]
    first_start: int
    first_end: int
    first_offset: int  # the least start of a span: its evidence and its first claims


def _mapped_initiatives(bounds: _InitiativeBounds, items: Any, validated: Callable[[Any], Any]) -> Any:
    """The initiatives as record.py maps them (record_rules.Mapped), checked for what the text and the catalog
    decide (category, offsets, the spans' fit); any other list, or one holding a value its schema refuses,
    validated whole by `validated`.

    The mapper writes each initiative's fields in the model's order, each of its type (titles and lists of
    str, indexes as ints, `first` as bool): checked field by field by the schema, they took a third of
    validation, ten times what this takes.
    """
    if type(items) is not record_rules.Mapped:
        return validated(items)
    categories, first_start, first_end, first_offset = bounds
    fits = record_rules.span_fits_its_text
    for fields in items:
        evidence, claims = fields["evidence"], fields["first_claims"]
        if (fields["category"] not in categories or fields["start"] < first_start or fields["end"] < first_end
                or evidence["start"] < first_offset
                or (claims and any(claim["start"] < first_offset for claim in claims))):
            return validated(items)
        fits(evidence)
        for claim in claims:
            fits(claim)
    return list(items)


def _unchecked(schema: dict, definitions: dict) -> dict:
    """A typed dict's schema without the rule applied after it (looked up by its reference if need be)."""
    if schema["type"] == "definition-ref":
        schema = next(d for d in definitions["definitions"] if d.get("ref") == schema["schema_ref"])
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


def _looked_up_by_interned_names(schema: Any) -> Any:
    """The schema with each typed dict's field names interned and each field looked up by its interned name.

    pydantic-core looks a field up by a str it makes of the name, unless the field names a
    `validation_alias`, which it uses as it is; the record's keys are the interned names of the
    mapper's code, so the lookup finds them by identity, not by comparing their characters
    (a twentieth of validation). The names come back from the user cache uninterned, so this runs
    on the loaded schema.
    """
    if isinstance(schema, list):
        return [_looked_up_by_interned_names(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    schema = {key: _looked_up_by_interned_names(value) for key, value in schema.items()}
    if schema.get("type") == "typed-dict":
        schema["fields"] = {sys.intern(name): {**field, "validation_alias": sys.intern(name)}
                            for name, field in schema["fields"].items()}
    return schema


@functools.cache
def _plain_schema() -> dict:
    """The models' core schema as plain data, from the user cache when the models and pydantic are unchanged."""
    source = "\0".join([engine.__version__, *(_text(path) for path in _SCHEMA_SOURCES)])
    return kept_or_built("record", source, __file__, _plain_of_models, lambda schema: isinstance(schema, dict))


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
