"""From records to one table: a headline value per region × year × key, each with its provenance.

The headline rule. A report may state a key more than once for one year (all
mediation in the district, then the mediations of one online system). For each
(report, year, key) the candidates are the record's metrics of that key and
year, and the first of them in this order is the headline value:

1. not a target: an achievement before a plan's figure (a target is shown,
   marked, only where the report gives nothing else for that year). Changes
   (同比上升…) never become metrics, so they are never candidates.
2. a coherent statement: the figure whose sentence (or table row) also holds
   the most figures of related keys for that year, so that cases, succeeded and
   rate come from one statement. Related keys are those a catalog derivation
   ties together (mediation_succeeded / mediation_cases → mediation_success_rate).
3. the whole unit over a subset: a part never exceeds its whole, so of two
   counts the larger is taken, and of two rates the one stated with the
   larger count.
4. stated over derived.
5. exact over approximate (98.85% over 98%以上).
6. the first in reading order.

Records without sentence bounds (`Metric.sentence`, written by older versions)
skip step 2.

When a report gives one key for one year two values that cannot both be true,
the pick is not silent: `conflicts` reports a `conflicting_values` finding,
citing both statements. Values agree when equal, when a rate rounds to the other
as written (98.62 and 98.6), or when one meets the other's bound (98.85 and
98%以上). A value derived from approximate counts (2000余 and 1900余)
carries the qualifier `about`.

Across reports (`merge`), the same region, year and key is kept once, from the
most direct source: a report about that year before one that restates it, a
stated value before a derived one, then the latest published, then the first
path. A value from another report that does not agree (as above) is a
`restated_differently` finding.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .catalog import get_catalog
from .errors import ExitCode, LawreportError
from .models import Metric, Report

COLUMNS = ("province", "city", "county", "code", "year", "key", "value", "unit", "qualifier", "derived", "target",
           "evidence", "start", "end", "path", "title", "kind", "issuer", "published", "report_year")
FINDING_COLUMNS = ("kind", "province", "city", "county", "year", "key", "value", "other_value", "path", "start",
                   "other_path", "other_start", "evidence", "other_evidence", "message")
REGION_COLUMNS = ("province", "city", "county", "code")
ZH_HEADERS = {
    "province": "省", "city": "市", "county": "县区", "code": "区划代码", "year": "年度", "key": "指标",
    "value": "数值", "unit": "单位", "qualifier": "限定", "derived": "推算", "target": "目标", "evidence": "原文",
    "start": "起", "end": "止", "path": "文件", "title": "标题", "kind": "类型", "issuer": "发布机关",
    "published": "发布日期", "report_year": "报告年度", "other_value": "另一数值", "other_path": "另一文件",
    "other_start": "另一起", "other_evidence": "另一原文", "message": "说明",
}
RATE_TOLERANCE = 0.01  # the gold format's tolerance for rates; counts compare exactly


@cache
def related_keys() -> dict[str, frozenset[str]]:
    """Keys a catalog derivation ties together, each mapped to the others of its group."""
    groups: dict[str, frozenset[str]] = {}
    for d in get_catalog().derivations:
        group = frozenset((d.key, d.numerator, d.denominator))
        for key in group:
            groups[key] = groups.get(key, frozenset()) | group
    return {key: group - {key} for key, group in groups.items()}


def qualifier_of(report: Report, metric: Metric) -> str | None:
    """The metric's qualifier; for a derived value, `about` when a count it follows from is approximate."""
    if not metric.derived or metric.qualifier is not None:
        return metric.qualifier
    sources = {(s.start, s.end) for s in metric.sources}
    approximate = any(m.qualifier is not None for m in report.metrics
                      if (m.evidence.start, m.evidence.end) in sources)
    return "about" if approximate else None


def _stated_with(report: Report, metric: Metric) -> list[Metric]:
    """The figures of related keys its sentence also states for its year (none without sentence bounds)."""
    if metric.sentence is None:
        return []
    related = related_keys().get(metric.key, frozenset())
    return [m for m in report.metrics if m.key in related and m.sentence == metric.sentence
            and m.year == metric.year and m.target == metric.target]


def _preference(report: Report, metric: Metric) -> tuple:
    together = _stated_with(report, metric)
    # The size of what it measures: a count itself, a rate by the largest count stated with it.
    size = max((m.value for m in (metric, *together) if m.unit == "count"), default=0)
    return (metric.target, -len({m.key for m in together}), -size, metric.derived, metric.qualifier is not None,
            metric.evidence.start)


def candidates(report: Report, key: str, year: int | None) -> list[Metric]:
    """The report's values of `key` for `year`, best first (see the module docstring)."""
    found = [m for m in report.metrics if m.key == key and m.year == year]
    return sorted(found, key=lambda m: _preference(report, m))


def headline(report: Report, key: str, year: int | None) -> Metric | None:
    """The headline value of `key` for `year` in one report, or None."""
    found = candidates(report, key, year)
    return found[0] if found else None


def headline_value(report: Report, key: str) -> Metric | None:
    """The value of a one-row-per-report table: for the report's year, or, when it has none, one undated."""
    return headline(report, key, report.report_year)


def agree(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two statements of one key can both be true: the same value (a rate within the tolerance or
    rounded as the other is written: 98.62 and 98.6), or a bound the other meets (98%以上 and 98.85)."""
    for x, y in ((a, b), (b, a)):
        value, other = x["value"], y["value"]
        bound = {"at_least": other >= value, "at_most": other <= value, "less_than": other < value}
        if x["qualifier"] in bound:
            if bound[x["qualifier"]]:
                return True
        elif other == value or (x["unit"] != "count" and (
                abs(other - value) <= RATE_TOLERANCE or round(other, _decimals(value)) == value)):
            return True
    return False


def _decimals(value: float) -> int:
    written = repr(float(value))
    return 0 if written.endswith(".0") else len(written.split(".")[1])


def report_years_and_keys(report: Report) -> list[tuple[int | None, str]]:
    """The (year, key) pairs a report gives values for, in catalog key order, years ascending."""
    order = {k: i for i, k in enumerate(get_catalog().keys)}
    pairs = {(m.year, m.key) for m in report.metrics}
    return sorted(pairs, key=lambda p: (p[0] is None, p[0] or 0, order.get(p[1], len(order))))


# Rows and findings -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Fact:
    """A headline value with the report it came from: one row of the table."""

    row: dict[str, Any]
    report: Report = field(repr=False)

    @property
    def place(self) -> tuple:
        """What `merge` groups by: region, year, key (a report with no region or year stands alone)."""
        r = self.row
        region = (r["province"], r["city"], r["county"])
        alone = id(self.report) if not any(region) or r["year"] is None else None
        return (*region, alone, r["year"], r["key"])


def _meta(report: Report) -> dict[str, Any]:
    region = report.region
    return {"province": region.province if region else None, "city": region.city if region else None,
            "county": region.county if region else None, "code": region.code if region else None,
            "path": report.source.path, "title": report.title, "kind": report.kind,
            "issuer": report.issuer.name if report.issuer else None, "published": report.published,
            "report_year": report.report_year}


def fact_row(report: Report, metric: Metric, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    meta = meta or _meta(report)
    row = {**meta, "year": metric.year, "key": metric.key, "value": metric.value, "unit": metric.unit,
           "qualifier": qualifier_of(report, metric), "derived": metric.derived, "target": metric.target,
           "evidence": metric.evidence.text, "start": metric.evidence.start, "end": metric.evidence.end}
    return {c: row[c] for c in COLUMNS}


def facts(report: Report) -> list[Fact]:
    """The report's headline values, one per (year, key)."""
    meta = _meta(report)
    out = []
    for year, key in report_years_and_keys(report):
        metric = headline(report, key, year)
        if metric is not None:
            out.append(Fact(fact_row(report, metric, meta), report))
    return out


def _finding(kind: str, a: dict[str, Any], b: dict[str, Any], message: str) -> dict[str, Any]:
    return {"kind": kind, "province": a["province"], "city": a["city"], "county": a["county"], "year": a["year"],
            "key": a["key"], "value": a["value"], "other_value": b["value"], "path": a["path"], "start": a["start"],
            "other_path": b["path"], "other_start": b["start"], "evidence": a["evidence"],
            "other_evidence": b["evidence"], "message": message}


def conflicts(report: Report) -> list[dict[str, Any]]:
    """`conflicting_values` findings: a key given two different values for one year, targets aside."""
    meta = _meta(report)
    found = []
    for year, key in report_years_and_keys(report):
        ranked = [m for m in candidates(report, key, year) if not m.target]
        if not ranked:
            continue
        chosen = fact_row(report, ranked[0], meta)
        seen = [chosen]
        for other in ranked[1:]:
            row = fact_row(report, other, meta)
            if any(agree(row, s) for s in seen):
                continue
            seen.append(row)
            found.append(_finding("conflicting_values", chosen, row,
                                  f"{key} {year}: the report also states {cell_text(other.value)} "
                                  f"(kept {cell_text(ranked[0].value)})"))
    return found


def _directness(fact: Fact) -> tuple:
    r = fact.row
    return (r["target"], r["report_year"] != r["year"], r["derived"], _negated_date(r["published"]), r["path"] or "")


def _negated_date(published: str | None) -> tuple:
    """Sorts the latest date first and an unknown date last."""
    if published is None:
        return (1,)
    return (0, tuple(-int(p) for p in published.split("-")))


def merge(all_facts: Iterable[Fact]) -> tuple[list[Fact], list[dict[str, Any]]]:
    """One fact per region × year × key from the most direct report, and the disagreeing restatements."""
    groups: dict[tuple, list[Fact]] = {}
    for f in all_facts:
        groups.setdefault(f.place, []).append(f)
    kept_facts, findings = [], []
    for group in groups.values():
        group.sort(key=_directness)
        kept = group[0].row
        kept_facts.append(group[0])
        for other in group[1:]:
            o = other.row
            if o["target"] == kept["target"] and not agree(o, kept):
                findings.append(_finding("restated_differently", kept, o,
                                         f"{kept['key']} {kept['year']}: {o['path'] or o['title'] or 'another report'} "
                                         f"gives {cell_text(o['value'])}"))
    order = {k: i for i, k in enumerate(get_catalog().keys)}
    kept_facts.sort(key=lambda f: (tuple(f.row[c] or "" for c in REGION_COLUMNS), f.row["year"] is None,
                                   f.row["year"] or 0, order.get(f.row["key"], len(order)), f.row["path"] or ""))
    return kept_facts, findings


@dataclass(slots=True)
class Table:
    """The merged table of a set of reports, with every finding about its values."""

    facts: list[Fact]
    findings: list[dict[str, Any]]
    reports: list[Report]

    @property
    def rows(self) -> list[dict[str, Any]]:
        return [f.row for f in self.facts]


def build(reports: Sequence[Report]) -> Table:
    all_facts: list[Fact] = []
    findings: list[dict[str, Any]] = []
    for report in reports:
        all_facts += facts(report)
        findings += conflicts(report)
    kept, restated = merge(all_facts)
    return Table(kept, findings + restated, list(reports))


def cell_text(value: Any) -> str:
    """A value as CSV cell text: empty for null, true/false, a whole float without its .0."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# Reading ---------------------------------------------------------------------

RECORD_SUFFIXES = (".jsonl", ".ndjson")


def read_records(path: str) -> Iterator[Report]:
    """Records written by `lawreport extract --format jsonl`, one a line."""
    try:
        with open(path, encoding="utf-8-sig") as fh:
            for number, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        yield Report.model_validate_json(line)
                    except ValueError as exc:
                        raise LawreportError(f"{path}:{number}: not a lawreport record ({_first_line(exc)})",
                                             ExitCode.UNREADABLE) from None
    except FileNotFoundError:
        raise LawreportError(f"{path}: no such file", ExitCode.NOT_FOUND) from None
    except OSError as exc:
        raise LawreportError(f"{path}: cannot read ({exc.strerror or exc})", ExitCode.UNREADABLE) from None


def _first_line(exc: Exception) -> str:
    return str(exc).splitlines()[0]


def load_reports(paths: Sequence[str], *, jobs: int = 1, globs: Sequence[str] = ()
                 ) -> tuple[list[Report], list[str]]:
    """Records of `paths`: JSONL record files are read, report files and folders extracted.

    Returns the records in input order and a message per input that failed.
    """
    from .batch import convert_all, discover

    reports: list[Report] = []
    failures: list[str] = []
    texts = [p for p in paths if not p.lower().endswith(RECORD_SUFFIXES)]
    for p in paths:
        if p.lower().endswith(RECORD_SUFFIXES):
            try:
                reports += read_records(p)
            except LawreportError as exc:
                failures.append(str(exc))
    if texts:
        for outcome in convert_all(discover(texts, globs), "jsonl", jobs=jobs):
            if outcome.ok:
                reports.append(Report.model_validate_json(outcome.payload))
            else:
                failures.append(outcome.message)
    return reports, failures


# Writing ---------------------------------------------------------------------


def wide_rows(facts: Sequence[Fact]) -> tuple[list[str], list[dict[str, Any]]]:
    """One row per region × year: a column per key and a `KEY_source` column saying where it came from."""
    keys = [k for k in get_catalog().keys if any(f.row["key"] == k for f in facts)]
    columns = [*REGION_COLUMNS, "year"] + [c for k in keys for c in (k, f"{k}_source")]
    out: dict[tuple, dict[str, Any]] = {}
    for f in facts:
        r = f.row
        wide = out.setdefault(f.place[:-1], {c: r[c] for c in (*REGION_COLUMNS, "year")})
        wide[r["key"]] = r["value"]
        wide[f"{r['key']}_source"] = provenance(r)
    return columns, [{c: w.get(c) for c in columns} for w in out.values()]


def provenance(row: dict[str, Any]) -> str:
    """Where a value came from, and how to read it: `derived, about; PATH:START-END «evidence»`."""
    flags = [f for f in ("target" if row["target"] else None, "derived" if row["derived"] else None,
                         row["qualifier"]) if f]
    where = f"{row['path'] or '-'}:{row['start']}-{row['end']} «{row['evidence']}»"
    return f"{', '.join(flags)}; {where}" if flags else where


def csv_table(columns: Sequence[str], rows: Iterable[dict[str, Any]], *, bom: bool = False,
              zh: bool = False) -> str:
    """CSV with LF line ends; booleans as true/false; optionally a BOM and Chinese headers."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([_zh_header(c) for c in columns] if zh else columns)
    for row in rows:
        writer.writerow([cell_text(row.get(c)) for c in columns])
    return ("\ufeff" if bom else "") + buffer.getvalue()


def _zh_header(column: str) -> str:
    if column in ZH_HEADERS:
        return ZH_HEADERS[column]
    if column.endswith("_source"):
        return get_catalog().rule(column.removesuffix("_source")).label + "出处"
    return get_catalog().rule(column).label if column in get_catalog().keys else column


def jsonl_table(rows: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


_SCHEMA = """
CREATE TABLE reports (
    id INTEGER PRIMARY KEY, path TEXT, kind TEXT, title TEXT, issuer TEXT, province TEXT, city TEXT,
    county TEXT, code TEXT, report_year INTEGER, published TEXT);
CREATE TABLE facts (
    id INTEGER PRIMARY KEY, report_id INTEGER NOT NULL REFERENCES reports(id), province TEXT, city TEXT,
    county TEXT, code TEXT, year INTEGER, key TEXT NOT NULL, value NUMERIC NOT NULL, unit TEXT NOT NULL,
    qualifier TEXT, derived INTEGER NOT NULL CHECK (derived IN (0, 1)),
    target INTEGER NOT NULL CHECK (target IN (0, 1)), evidence TEXT NOT NULL, start INTEGER NOT NULL,
    "end" INTEGER NOT NULL);
CREATE TABLE rates (
    id INTEGER PRIMARY KEY, report_id INTEGER NOT NULL REFERENCES reports(id), label TEXT NOT NULL,
    value REAL NOT NULL, qualifier TEXT, year INTEGER, target INTEGER NOT NULL CHECK (target IN (0, 1)),
    evidence TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY, report_id INTEGER NOT NULL REFERENCES reports(id), title TEXT NOT NULL,
    type TEXT NOT NULL, verb TEXT, start INTEGER NOT NULL, "end" INTEGER NOT NULL);
CREATE TABLE institutions (
    id INTEGER PRIMARY KEY, report_id INTEGER NOT NULL REFERENCES reports(id), name TEXT NOT NULL,
    canonical TEXT, type TEXT NOT NULL, mentions INTEGER NOT NULL);
CREATE INDEX facts_place ON facts(province, city, county, year, key);
CREATE INDEX facts_key ON facts(key, year);
CREATE INDEX facts_report ON facts(report_id);
CREATE INDEX rates_report ON rates(report_id);
CREATE INDEX rates_label ON rates(label);
CREATE INDEX documents_report ON documents(report_id);
CREATE INDEX documents_title ON documents(title);
CREATE INDEX institutions_report ON institutions(report_id);
CREATE INDEX reports_place ON reports(province, city, county, report_year);
"""


def write_sqlite(table: Table, target: str | Path) -> None:
    """The table and each report's rates, documents and institutions as a SQLite database (replaced whole)."""
    target = Path(target)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    db = sqlite3.connect(partial)
    try:
        db.executescript(_SCHEMA)
        ids: dict[int, int] = {}
        for number, report in enumerate(table.reports, 1):
            meta = _meta(report)
            ids[id(report)] = number
            db.execute("INSERT INTO reports VALUES (?,?,?,?,?,?,?,?,?,?,?)", (
                number, meta["path"], meta["kind"], meta["title"], meta["issuer"], meta["province"], meta["city"],
                meta["county"], meta["code"], meta["report_year"], meta["published"]))
            db.executemany("INSERT INTO rates VALUES (NULL,?,?,?,?,?,?,?,?,?)", [
                (number, r.label, r.value, r.qualifier, r.year, r.target, r.evidence.text, r.evidence.start,
                 r.evidence.end) for r in report.rates])
            db.executemany("INSERT INTO documents VALUES (NULL,?,?,?,?,?,?)", [
                (number, d.title, d.type, d.verb, d.evidence.start, d.evidence.end) for d in report.documents])
            db.executemany("INSERT INTO institutions VALUES (NULL,?,?,?,?,?)", [
                (number, i.name, i.canonical, i.type, len(i.evidence)) for i in report.institutions])
        db.executemany("INSERT INTO facts VALUES (NULL,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", [
            (ids[id(f.report)], r["province"], r["city"], r["county"], r["code"], r["year"], r["key"], r["value"],
             r["unit"], r["qualifier"], r["derived"], r["target"], r["evidence"], r["start"], r["end"])
            for f in table.facts for r in (f.row,)])
        db.commit()
    finally:
        db.close()
    partial.replace(target)


# Chart -----------------------------------------------------------------------

PLOT_HINT = "--plot needs matplotlib: pip install 'lawreport[plot]'"


def plot(rows: Sequence[dict[str, Any]], target: str | Path) -> int:
    """Draw each region's rates across years: a panel per rate key, a line per region; returns the lines drawn.

    A hollow marker is a value that is derived or approximate (the table says which).
    """
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise LawreportError(PLOT_HINT, ExitCode.MISSING_EXTRA) from None
    series: dict[str, dict[str, list[tuple[int, float, bool]]]] = {}
    for r in rows:
        if r["unit"] == "%" and r["year"] is not None and not r["target"]:
            # the region code, not its name: matplotlib's default fonts have no Chinese glyphs
            place = r["code"] or r["county"] or r["city"] or r["province"] or r["path"] or "-"
            hollow = bool(r["derived"] or r["qualifier"])
            series.setdefault(r["key"], {}).setdefault(place, []).append((r["year"], r["value"], hollow))
    keys = [k for k in get_catalog().keys if k in series]
    figure, panels = plt.subplots(max(len(keys), 1), 1, figsize=(9, 2.6 * max(len(keys), 1)), squeeze=False)
    lines = 0
    for axes, key in zip(panels[:, 0], keys, strict=False):
        for place, points in sorted(series[key].items()):
            points.sort()
            (line,) = axes.plot([p[0] for p in points], [p[1] for p in points], marker="o", label=place)
            hollows = [p for p in points if p[2]]
            axes.plot([p[0] for p in hollows], [p[1] for p in hollows], "o", markerfacecolor="white",
                      color=line.get_color())
            lines += 1
        axes.set_title(key, fontsize="medium")
        axes.set_ylabel("%")
        axes.xaxis.get_major_locator().set_params(integer=True)
        axes.legend(fontsize="small", loc="best")
    panels[-1, 0].set_xlabel("year")
    figure.tight_layout()
    try:
        figure.savefig(target)
    except OSError as exc:
        raise LawreportError(f"{target}: cannot write ({exc.strerror or exc})", ExitCode.UNWRITABLE) from None
    finally:
        plt.close(figure)
    return lines


# The command -----------------------------------------------------------------

FORMATS = ("csv", "jsonl", "sqlite")


def run(paths: Sequence[str], *, fmt: str = "csv", output: str | None = None, wide: bool = False,
        findings: str | None = None, bom: bool = False, headers: str = "en", plot_to: str | None = None,
        jobs: int | None = None, globs: Sequence[str] = (), say=None) -> tuple[str, int]:
    """`lawreport table`: (what goes to stdout, exit code). Messages go to `say`; failures raise LawreportError."""
    from .batch import available_cpus

    say = say or (lambda line: None)
    jobs = jobs or available_cpus()
    if fmt not in FORMATS:
        raise LawreportError(f"--format {fmt}: choose one of {', '.join(FORMATS)}", ExitCode.USAGE)
    if headers not in ("en", "zh"):
        raise LawreportError(f"--headers {headers}: choose en or zh", ExitCode.USAGE)
    if fmt == "sqlite" and output is None:
        raise LawreportError("--format sqlite needs -o FILE", ExitCode.USAGE)
    if fmt == "sqlite" and wide:
        raise LawreportError("--wide applies to --format csv and jsonl", ExitCode.USAGE)
    if (bom or headers != "en") and fmt != "csv":
        raise LawreportError("--bom and --headers apply to --format csv", ExitCode.USAGE)
    if plot_to is not None:
        try:
            import matplotlib  # noqa: F401
        except ImportError:
            raise LawreportError(PLOT_HINT, ExitCode.MISSING_EXTRA) from None
    reports, failures = load_reports(paths, jobs=jobs, globs=globs)
    for message in failures:
        say(message)
    table = build(reports)
    out = ""
    if fmt == "sqlite":
        assert output is not None  # checked above
        try:
            write_sqlite(table, output)
        except (OSError, sqlite3.Error) as exc:
            raise LawreportError(f"{output}: cannot write ({exc})", ExitCode.UNWRITABLE) from None
    else:
        columns, rows = wide_rows(table.facts) if wide else (list(COLUMNS), table.rows)
        out = csv_table(columns, rows, bom=bom, zh=headers == "zh") if fmt == "csv" else jsonl_table(
            [{c: r.get(c) for c in columns} for r in rows])
        if output is not None:
            _write(output, out)
            out = ""
    if findings is not None:
        _write(findings, csv_table(FINDING_COLUMNS, table.findings, bom=bom, zh=headers == "zh"))
    if plot_to is not None:
        plot(table.rows, plot_to)
    say(summary(table, len(failures)))
    return out, ExitCode.SOME_FAILED if failures else ExitCode.OK


def summary(table: Table, failed: int) -> str:
    """One line: how many rows from how many reports, and the findings by kind."""
    kinds: dict[str, int] = {}
    for f in table.findings:
        kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
    found = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) or "no findings"
    failures = f", {failed} failed" if failed else ""
    return f"{len(table.rows)} rows from {len(table.reports)} reports{failures}; {found}"


def _write(path: str, text: str) -> None:
    try:
        Path(path).write_text(text, encoding="utf-8", newline="")
    except OSError as exc:
        raise LawreportError(f"{path}: cannot write ({exc.strerror or exc})", ExitCode.UNWRITABLE) from None
