"""Emit stage: records as JSON, JSON Lines and CSV (wide: a row per report; long: a row per fact).

CSV is RFC 4180 (quoted as needed, CRLF line ends) in UTF-8; Excel wants a
byte-order mark to read Chinese correctly, which the batch writer can add.

Which value fills a wide column when a report states a key more than once: the
value for the report's year (or, when the report has no year, any year) that is
not a target, preferring stated over derived values, then the first in reading
order. Every value is kept in the JSON and in the long layout.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from .catalog import CATALOG
from .models import FLAT_METRIC_COLUMNS, Metric, Report

META_COLUMNS = ["path", "kind", "title", "issuer", "province", "city", "county", "code", "report_year", "published"]
LONG_COLUMNS = ["path", "fact", *FLAT_METRIC_COLUMNS]


def wide_columns() -> list[str]:
    return META_COLUMNS + list(CATALOG.keys) + ["findings"]


def headline_value(report: Report, key: str) -> Metric | None:
    """The value a one-row-per-report table shows for `key` (see the module docstring)."""
    candidates = [m for m in report.metrics if m.key == key and not m.target
                  and (report.report_year is None or m.year == report.report_year)]
    candidates.sort(key=lambda m: (m.derived, m.evidence.start))
    return candidates[0] if candidates else None


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def wide_row(report: Report) -> list[str]:
    region = report.region
    row: list[object] = [
        report.source.path, report.kind, report.title, report.issuer.name if report.issuer else None,
        region.province if region else None, region.city if region else None,
        region.county if region else None, region.code if region else None,
        report.report_year, report.published,
    ]
    for key in CATALOG.keys:
        metric = headline_value(report, key)
        row.append(metric.value if metric else None)
    row.append(len(report.findings))
    return [_cell(v) for v in row]


def long_rows(report: Report) -> Iterable[list[str]]:
    path = report.source.path
    for m in report.metrics:
        yield [_cell(v) for v in (path, "metric", *m.flat().values())]
    for r in report.rates:
        yield [_cell(v) for v in (path, "rate", None, r.label, r.value, "%", r.qualifier, r.year, False, r.target,
                                   r.evidence.text, r.evidence.start, r.evidence.end)]


def csv_text(rows: Iterable[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(rows)
    return buffer.getvalue()
