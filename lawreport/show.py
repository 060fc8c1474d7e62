"""Terminal view of one record (``lawreport show``): where every value came from.

Each metric is printed with the sentence it was read from and the matched
characters highlighted, because a number is only as trustworthy as the text
behind it. The layout fits an 80-column terminal; when the output is not a
terminal (a pipe, a file) rich drops all styling, so the matched characters are
bracketed instead and the view stays readable as plain text.
"""

from __future__ import annotations

from bisect import bisect_left

from pydantic import BaseModel
from rich import box
from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Column, Table
from rich.text import Text

from .errors import printable
from .htmlview import format_value
from .models import Check, Finding, Metric, Report, Span
from .structure import SENTENCE_ENDS as NORMALIZED_SENTENCE_ENDS
from .structure import as_written

SENTENCE_ENDS = as_written(NORMALIZED_SENTENCE_ENDS)  # the text shown is the one decoded, not normalized
# Characters of context kept on either side of a match inside a long sentence.
CONTEXT = 36
HIGHLIGHT = "bold black on yellow"
HIGHLIGHT_NO_COLOR = "bold reverse"


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``, trimmed to CONTEXT characters either side.

    The search for the sentence's ends goes no further than the CONTEXT kept, so
    a view costs the same per metric whatever the length of the text.
    """
    left = max(text.rfind(ch, max(0, start - CONTEXT), start) for ch in SENTENCE_ENDS) + 1
    ends = [i for i in (text.find(ch, max(end - 1, start), end + CONTEXT + 1) for ch in SENTENCE_ENDS) if i >= 0]
    right = min(ends) + 1 if ends else len(text)
    if right > end and text[right - 1] == "\n":
        right -= 1
    return max(left, start - CONTEXT), min(right, end + CONTEXT)


def evidence_line(text: str, span: Span, console: Console) -> Text:
    """The evidence sentence with the matched characters highlighted (bracketed when unstyled)."""
    left, right = sentence_bounds(text, span.start, span.end)
    line = Text(overflow="fold")  # CJK runs have no spaces to wrap at
    line.append("…" if left > 0 and text[left - 1] not in SENTENCE_ENDS else "")
    line.append(_flat(text[left:span.start]))
    if console.color_system is None:
        line.append(f"[{_flat(span.text)}]")
    else:
        line.append(_flat(span.text), style=HIGHLIGHT_NO_COLOR if console.no_color else HIGHLIGHT)
    line.append(_flat(text[span.end:right]))
    line.append("…" if right < len(text) and text[right - 1] not in SENTENCE_ENDS and text[right] != "\n" else "")
    return line


def _flat(s: str) -> str:
    """One line, safe for a terminal: a span may cross a line break (a derived value's two counts),
    and a report's text may hold escape sequences."""
    return printable(s.replace("\r", "").replace("\n", " ").replace("\t", " "))


def _printable(value):
    """A record with each of its strings safe for a terminal (offsets untouched: the view slices the text)."""
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, list):
        return [_printable(v) for v in value]
    if isinstance(value, dict):
        return {k: _printable(v) for k, v in value.items()}
    if isinstance(value, BaseModel):
        return value.model_copy(update={name: _printable(getattr(value, name)) for name in type(value).model_fields})
    return value


# Spans longer than this are few (a derived value's); shorter ones are found by bisection.
_SHORT_SPAN = 256


class _Overlapping:
    """The items (checks, findings) with a span overlapping a given span, in their order.

    Asking every item for every metric would make the view quadratic in the size of the report.
    """

    def __init__(self, items: list) -> None:
        self.items = items
        spans = [(s.start, s.end, i) for i, item in enumerate(items) for s in item.spans]
        self.short = sorted(t for t in spans if t[1] - t[0] <= _SHORT_SPAN)
        self.starts = [t[0] for t in self.short]
        self.long = [t for t in spans if t[1] - t[0] > _SHORT_SPAN]

    def __call__(self, span: Span) -> list:
        nearby = self.short[bisect_left(self.starts, span.start - _SHORT_SPAN):bisect_left(self.starts, span.end)]
        found = {i for start, end, i in (*nearby, *self.long) if start < span.end and span.start < end}
        return [self.items[i] for i in sorted(found)]


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def cross_check(metric: Metric, checks: list[Check], findings: list[Finding]) -> Text:
    """What the cross-checks say about this metric: agreement, disagreement, or a finding."""
    result = Text()
    for check in checks:
        if any(_overlaps(metric.evidence, s) for s in check.spans):
            if check.agrees:
                result.append("✓ agrees", style="green")
            else:
                result.append(f"✗ calc {format_value(check.computed)}", style="bold red")
            if check.key == metric.key and check.agrees and check.computed != check.stated:
                result.append(f" ({format_value(check.computed)})", style="dim")
            break
    for finding in findings:
        if any(_overlaps(metric.evidence, s) for s in finding.spans):
            result.append(("\n" if result else "") + f"! {finding.kind}", style="bold red")
    return result if result else Text("—", style="dim")


def _flags(metric: Metric) -> str:
    kind = "target" if metric.target else "derived" if metric.derived else "stated"
    return f"{kind}\n{metric.qualifier}" if metric.qualifier else kind


def metadata_panel(report: Report) -> Panel:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    region, src = report.region, report.source
    rows = (
        ("title", report.title),
        ("kind", report.kind),
        ("issuer", f"{report.issuer.name} ({report.issuer.how})" if report.issuer else None),
        ("region", " ".join(filter(None, (region.province, region.city, region.county, region.code)))
         if region else None),
        ("report year", str(report.report_year) if report.report_year else None),
        ("published", report.published),
        ("source", f"{src.path or '-'} · {src.encoding} · {src.format} · {src.chars} chars"),
    )
    for name, value in rows:
        grid.add_row(name, Text(value) if value else Text("—", style="dim"))
    counts = (f"{len(report.metrics)} metrics · {len(report.rates)} rates · {len(report.documents)} documents"
              f" · {len(report.institutions)} institutions · {len(report.checks)} checks · {len(report.findings)} findings")
    return Panel(Group(grid, Text(counts, style="dim")), title="lawreport", title_align="left", box=box.ROUNDED)


METRIC_HEADERS = ("#", "metric", "value", "year", "kind", "check")


def _metric_grid(*cells: Text | str) -> Table:
    """The fields of one metric row; fixed widths keep the rows of the outer table aligned."""
    grid = Table.grid(padding=(0, 1), expand=True)
    grid.add_column(justify="right", width=3)
    grid.add_column(ratio=1, overflow="fold")
    grid.add_column(justify="right", width=11)
    grid.add_column(width=4)
    grid.add_column(width=8)
    grid.add_column(width=15)
    grid.add_row(*cells)
    return grid


def metrics_table(report: Report, text: str, console: Console) -> Table:
    """One row per metric; its evidence sentence runs under the fields across the whole width.

    Rich tables have no column spans, so each row is a grid of fixed-width fields
    plus the sentence, inside a one-column table.
    """
    header = _metric_grid(*(Text(h, style="bold") for h in METRIC_HEADERS))
    table = Table(Column(header=header, ratio=1), title="Metrics", title_justify="left", box=box.SIMPLE_HEAD,
                  show_lines=True, expand=True, pad_edge=False)
    checks_at, findings_at = _Overlapping(report.checks), _Overlapping(report.findings)
    for i, m in enumerate(report.metrics, 1):
        fields = _metric_grid(str(i), Text.assemble((m.key, "bold cyan"), "\n", m.label),
                              format_value(m.value, m.unit), str(m.year or "—"), _flags(m),
                              cross_check(m, checks_at(m.evidence), findings_at(m.evidence)))
        table.add_row(Group(fields, Padding(evidence_line(text, m.evidence, console), (0, 0, 0, 4))))
    return table


def rates_table(report: Report, text: str, console: Console) -> Table:
    table = Table(title="Rates", title_justify="left", box=box.SIMPLE_HEAD, expand=True, pad_edge=False)
    table.add_column("label", ratio=1, overflow="fold")
    table.add_column("value", justify="right", no_wrap=True)
    table.add_column("year", no_wrap=True, width=4)
    table.add_column("evidence", ratio=2, overflow="fold")
    for r in report.rates:
        value = " ".join(filter(None, (format_value(r.value, "%"), r.qualifier, "target" if r.target else None)))
        table.add_row(r.label, value, str(r.year or "—"), evidence_line(text, r.evidence, console))
    return table


def documents_table(report: Report) -> Table:
    table = Table(title="Documents", title_justify="left", box=box.SIMPLE_HEAD, expand=True, pad_edge=False)
    table.add_column("#", justify="right", no_wrap=True, width=3)
    table.add_column("title", ratio=1, overflow="fold")
    table.add_column("type", no_wrap=True)
    table.add_column("verb", no_wrap=True)
    for i, d in enumerate(report.documents, 1):
        table.add_row(str(i), f"《{d.title}》", d.type, d.verb or "—")
    return table


def institutions_table(report: Report, text: str, console: Console) -> Table:
    """One row per institution: the name, its full form, its type, and its first mention in context."""
    table = Table(title="Institutions", title_justify="left", box=box.SIMPLE_HEAD, expand=True, pad_edge=False)
    table.add_column("name", width=24, overflow="fold")
    table.add_column("type", no_wrap=True)
    table.add_column("×", justify="right", no_wrap=True)
    table.add_column("first mention", ratio=2, overflow="fold")
    for inst in report.institutions:
        name = Text(inst.name)
        if inst.canonical and inst.canonical != inst.name:
            name.append(f"\n= {inst.canonical}", style="dim")
        table.add_row(name, inst.type, str(len(inst.evidence)), evidence_line(text, inst.evidence[0], console))
    return table


def findings_table(report: Report) -> Table:
    table = Table(title="Findings", title_justify="left", box=box.SIMPLE_HEAD, expand=True, pad_edge=False)
    table.add_column("kind", no_wrap=True, style="bold red")
    table.add_column("message", ratio=1, overflow="fold")
    table.add_column("where", ratio=1, overflow="fold")
    for f in report.findings:
        table.add_row(f.kind, f.message, " / ".join(_flat(s.text) for s in f.spans) or "—")
    return table


def render(report: Report, text: str, console: Console) -> None:
    """Print the whole view of one record; `text` is the decoded input its spans index."""
    report = _printable(report)
    console.print(metadata_panel(report))
    sections = (
        (report.metrics, lambda: metrics_table(report, text, console), "no headline metrics found"),
        (report.rates, lambda: rates_table(report, text, console), "no rates found"),
        (report.documents, lambda: documents_table(report), "no documents found"),
        (report.institutions, lambda: institutions_table(report, text, console), "no institutions found"),
        (report.findings, lambda: findings_table(report), "no findings"),
    )
    for items, table, empty in sections:
        console.print(table() if items else Text(empty, style="dim"))
