"""Emit stage: records as JSON, JSON Lines and CSV (wide: a row per report; long: a row per fact).

JSON is written from the plain record (validation.plain_record) by pydantic-core, byte for byte
what the Report model writes; CSV reads the Report.

CSV is RFC 4180 (quoted as needed, CRLF line ends) in UTF-8; Excel wants a
byte-order mark to read Chinese correctly, which the batch writer can add.

Which value fills a wide column when a report states a key more than once: the
headline rule of table.py, for the report's year (a report with no year fills
only values no year is given for). The `notes` column flags a value that is
derived, approximate or a target, or that the report also states another value
for it (`mediation_success_rate: derived, about; mediation_cases: also 74934`).
Every value is kept in the JSON and in the long layout, which gives each
metric once and each generic rate that is not also a metric.
"""

from __future__ import annotations

import io
from collections.abc import Collection, Iterable, Iterator
from typing import TYPE_CHECKING

from .catalog import get_catalog
from .engine import to_json
from .validation import record_fields as all_record_fields
from .vocab import FLAT_METRIC_COLUMNS

if TYPE_CHECKING:
    from .models import Report

META_COLUMNS = ["path", "kind", "title", "issuer", "province", "city", "county", "code", "report_year", "published"]
LONG_META_COLUMNS = ["path", "province", "city", "county", "code", "report_year", "title"]
LONG_COLUMNS = [*LONG_META_COLUMNS, "fact", *FLAT_METRIC_COLUMNS]


def wide_columns() -> list[str]:
    return META_COLUMNS + list(get_catalog().keys) + ["findings", "notes"]


def record_json(record: dict, *, indent: int | None = 2, fields: Collection[str] | None = None) -> str:
    """A plain record as JSON text (one line for indent None), only its top-level `fields` if given."""
    return record_utf8(record, indent=indent, fields=fields).decode()


def record_utf8(record: dict, *, indent: int | None = 2, fields: Collection[str] | None = None) -> bytes:
    """`record_json` encoded in UTF-8, as pydantic-core writes it: what a file or a worker's result holds."""
    return to_json(_only(record, fields), indent=indent)


def _only(record: dict, fields: Collection[str] | None) -> dict:
    """The record's top-level `fields`, in the record's order; the record itself when fields is None."""
    return record if fields is None else {name: value for name, value in record.items() if name in fields}


# How many items of a list record_pieces writes at a time: a piece stays small beside the record, and
# costs little more than its items.
ITEMS_A_PIECE = 1000


def record_pieces(record: dict, *, indent: int | None = 2, fields: Collection[str] | None = None
                  ) -> Iterator[bytes]:
    """`record_utf8(record, indent=indent, fields=fields)` in pieces, which joined are those bytes, the record
    emptied as they are made: each top-level field is let go once written, a long list's items a thousand at a
    time.

    For a writer that holds the record alone. Written whole, the record, pydantic-core's buffer and the bytes
    copied from it were held at once: for 1 MB of 5%5%…, a record of some 380 MB and 185 MB more for its
    96 MB of JSON Lines. In pieces the JSON takes up the memory its record gives back. A record of no more
    items than a piece is written whole (and emptied), as its pieces would save it no memory worth their cost.
    """
    record = _only(record, fields)
    if sum(len(value) for value in record.values() if isinstance(value, list)) <= ITEMS_A_PIECE:
        # As most reports' records are: one serialization, not two for each field and a copy of each piece.
        whole = to_json(record, indent=indent)
        record.clear()
        yield whole
        return
    # Each field's value is written as if it stood alone and shifted a level in: a line break of the JSON
    # is one of its layout (a string writes its own as \n), and takes the level's indent after it.
    level = b"" if indent is None else b"\n" + b" " * indent
    colon = b":" if indent is None else b": "
    comma = b""
    for name in list(record):
        value = record.pop(name)
        yield (b"{" if not comma else comma) + level + to_json(name) + colon
        comma = b","
        if isinstance(value, list) and len(value) > ITEMS_A_PIECE:
            yield from _list_pieces(value, indent, level)
        else:
            yield to_json(value, indent=indent).replace(b"\n", level)
    yield level[:1] + b"}"


def _list_pieces(items: list, indent: int | None, level: bytes) -> Iterator[bytes]:
    """A long list's JSON, a level in, ITEMS_A_PIECE items at a time: the list is emptied as they are written.

    Each piece is written as the one item of a list, which puts its items at their depth in the record: the
    indents are pydantic-core's, where shifting a piece written at the top level copied each piece again."""
    close = level + b"]"  # the list's end, a level in
    opening, ending = b"[" + level + b"[", close + (b"]" if indent is None else b"\n]")
    items.reverse()  # the items are taken off its end
    yield b"["
    while items:
        piece = items[-ITEMS_A_PIECE:]
        del items[-ITEMS_A_PIECE:]
        piece.reverse()
        yield to_json([piece], indent=indent)[len(opening):-len(ending)]
        if items:
            yield b","  # a piece of its own: joined to the next, it copied that piece once more
    yield close


def wide_row(report: Report) -> list[str]:
    from .table import cell_text, conflicts, headline_value, qualifier_of  # the CSV layouts read the models

    region = report.region
    row: list[object] = [
        report.source.path, report.kind, report.title, report.issuer.name if report.issuer else None,
        region.province if region else None, region.city if region else None,
        region.county if region else None, region.code if region else None,
        report.report_year, report.published,
    ]
    notes = []
    others: dict[str, list[str]] = {}
    for c in conflicts(report):
        if c["year"] == report.report_year:
            others.setdefault(c["key"], []).append(f"also {cell_text(c['other_value'])}")
    for key in get_catalog().keys:
        metric = headline_value(report, key)
        row.append(metric.value if metric else None)
        flags = metric and [f for f in ("target" if metric.target else None, "derived" if metric.derived else None,
                                        qualifier_of(report, metric), *others.get(key, ())) if f]
        if flags:
            notes.append(f"{key}: {', '.join(flags)}")
    row += [len(report.findings), "; ".join(notes)]
    return [cell_text(v) for v in row]


def long_rows(report: Report) -> Iterable[list[str]]:
    from .table import cell_text, qualifier_of

    region = report.region
    meta = (report.source.path, region.province if region else None, region.city if region else None,
            region.county if region else None, region.code if region else None, report.report_year, report.title)
    as_metric = set()
    for m in report.metrics:
        flat = m.flat()
        flat["qualifier"] = qualifier_of(report, m)
        as_metric.add((m.evidence.start, m.evidence.end, m.value))
        yield [cell_text(v) for v in (*meta, "metric", *flat.values())]
    for r in report.rates:
        if (r.evidence.start, r.evidence.end, r.value) in as_metric:
            continue  # the same statement as a metric row: listed once
        yield [cell_text(v) for v in (*meta, "rate", None, r.label, r.value, "%", r.qualifier, r.year, False, r.target,
                                   r.evidence.text, r.evidence.start, r.evidence.end)]


def csv_text(rows: Iterable[list[str]]) -> str:
    import csv  # the CSV layouts only: not imported by a run that writes JSON

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(rows)
    return buffer.getvalue()


# Parts of a record, by the names `extract --fields` takes: a top-level field, or a group of them.
FIELD_GROUPS: dict[str, tuple[str, ...]] = {
    "metadata": ("kind", "title", "issuer", "region", "report_year", "published", "metadata_evidence"),
}


def record_fields(names: Iterable[str]) -> list[str]:
    """The record's top-level fields that `names` (fields or groups, comma-separated allowed) pick, in
    record order; `source` always, so each record still says which input it is. ValueError names a stranger."""
    known = all_record_fields()
    wanted = {"source"}
    for name in (n.strip() for given in names for n in given.split(",")):
        if not name:
            continue
        if name in FIELD_GROUPS:
            wanted.update(FIELD_GROUPS[name])
        elif name in known:
            wanted.add(name)
        else:
            raise ValueError(f"unknown field {name!r}: choose from {', '.join([*FIELD_GROUPS, *known])}")
    return [f for f in known if f in wanted]

