"""HTML evidence view (``lawreport show FILE --html OUT.html``): one self-contained page.

The page holds the whole report text with every extracted span highlighted and
coloured by kind, a side table of metadata, metrics, rates, documents, institutions,
checks and findings whose rows jump to their spans, and the record of a span on hover or
click. CSS and JS are inline and nothing refers to the network, so the page opens
offline in any browser and can be archived next to the record. A link to
``page.html#metric-3`` (any record id) opens the page at that record's text.

Spans overlap and nest (a rate on a metric's characters, a document title inside
a metric sentence), so the text is cut at every span boundary and each piece
becomes one flat ``<mark>`` listing all records covering it in ``data-ids``. The
text nodes of the report body, concatenated, are the decoded input exactly; the
only exception is U+0000, which HTML cannot carry and which becomes U+FFFD.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from typing import Any

from .models import Report, Span

# Kinds in rising priority: a piece of text covered by several records is coloured
# by the last of its kinds here and names that record in data-kind/data-index.
KINDS = ("finding", "check", "region", "institution", "meta", "document", "rate", "metric")
KIND_NAMES = {"metric": "metric", "rate": "rate", "document": "document", "meta": "metadata",
              "institution": "institution", "region": "region", "check": "cross-check", "finding": "finding"}


@dataclass
class Record:
    """One thing the page can point at: a metric, a rate, a metadata field …"""

    kind: str
    index: int
    title: str
    data: dict[str, Any]  # the JSON form of the thing
    spans: list[tuple[int, int]] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{self.kind}-{self.index}"

    @property
    def disagrees(self) -> bool:
        """A finding, or a cross-check whose stated value differs from the computed one: shown in red."""
        return self.kind == "finding" or (self.kind == "check" and isinstance(self.data, dict)
                                          and self.data.get("agrees") is False)


def _spans(*spans: Span | None) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in spans if s is not None and s.end > s.start]


def collect_records(report: Report) -> list[Record]:
    """Every record of the report that the page shows, with the spans it covers."""
    records: list[Record] = []
    issuer = report.issuer
    meta_fields = [
        ("title", report.title, report.metadata_evidence.get("title")),
        ("issuer", issuer.model_dump(mode="json") if issuer else None, issuer.evidence if issuer else None),
        *((name, getattr(report, name), report.metadata_evidence.get(name))
          for name in ("kind", "report_year", "published")),
    ]
    for i, (name, value, span) in enumerate((n, v, s) for n, v, s in meta_fields if v is not None):
        records.append(Record("meta", i, name, {"field": name, "value": value,
                                                "evidence": span.model_dump() if span else None}, _spans(span)))
    if report.region is not None:
        records.append(Record("region", 0, "region", report.region.model_dump(mode="json"),
                              _spans(*report.region.evidence)))
    for i, m in enumerate(report.metrics):
        records.append(Record("metric", i, m.key, m.model_dump(mode="json"), _spans(m.evidence, *m.sources)))
    for i, r in enumerate(report.rates):
        records.append(Record("rate", i, r.label, r.model_dump(mode="json"), _spans(r.evidence)))
    for i, d in enumerate(report.documents):
        records.append(Record("document", i, d.title, d.model_dump(mode="json"), _spans(d.evidence, *d.mentions)))
    for i, inst in enumerate(report.institutions):
        records.append(Record("institution", i, inst.name, inst.model_dump(mode="json"), _spans(*inst.evidence)))
    for i, c in enumerate(report.checks):
        records.append(Record("check", i, c.key, c.model_dump(mode="json"), _spans(*c.spans)))
    for i, f in enumerate(report.findings):
        records.append(Record("finding", i, f.kind, f.model_dump(mode="json"), _spans(*f.spans)))
    return records


def _text(s: str) -> str:
    """Escape text content so the parsed page gives back exactly `s` (CR survives as a reference)."""
    return html.escape(s, quote=False).replace("\r", "&#13;").replace("\0", "\ufffd")


def _attr(s: object) -> str:
    return html.escape(str(s), quote=True)


def marked_text(text: str, records: list[Record]) -> str:
    """The report text as HTML, cut at every span boundary (a sweep), one flat mark per covered piece."""
    edges: dict[int, list[tuple[bool, Record]]] = {}
    for record in records:
        for start, end in record.spans:
            edges.setdefault(start, []).append((True, record))
            edges.setdefault(end, []).append((False, record))
    active: dict[str, tuple[Record, int]] = {}  # id -> (record, how many of its spans are open)
    out, pos = [], 0
    for offset in sorted(edges):
        if offset > pos:
            out.append(_piece(text, pos, offset, [r for r, _ in active.values()]))
            pos = offset
        for opens, record in edges[offset]:
            _, depth = active.get(record.id, (record, 0))
            depth += 1 if opens else -1
            if depth:
                active[record.id] = (record, depth)
            else:
                active.pop(record.id, None)
    out.append(_text(text[pos:]))
    return "".join(out)


def _piece(text: str, start: int, end: int, covering: list[Record]) -> str:
    body = _text(text[start:end])
    if not covering:
        return body
    covering = sorted(covering, key=lambda r: (KINDS.index(r.kind), -(r.spans[0][1] - r.spans[0][0])))
    primary = covering[-1]
    kinds = sorted({r.kind for r in covering}, key=KINDS.index)
    classes = (" ".join(f"k-{k}" for k in kinds) + (" multi" if len(covering) > 1 else "")
               + (" disagrees" if any(r.disagrees for r in covering) else ""))
    ids = " ".join(r.id for r in covering)
    return (f'<mark class="{classes}" data-kind="{primary.kind}" data-index="{primary.index}" '
            f'data-ids="{ids}" data-start="{start}" data-end="{end}">{body}</mark>')


def format_value(value: float, unit: str = "count") -> str:
    """A value as the report writes it: 2521, 98.6%, 3.97:1."""
    number = str(int(value)) if value == int(value) else f"{value:g}"
    return number + {"count": "", "%": "%", "ratio": ":1"}[unit]


def _row(record: Record | None, *cells: str) -> str:
    tds = "".join(f"<td>{_attr(c)}</td>" for c in cells)
    if record is None or not record.spans:
        return f'<tr class="nospan">{tds}</tr>'
    marked = ' class="disagrees"' if record.disagrees else ""
    return f'<tr data-target="{record.id}" tabindex="0"{marked}>{tds}</tr>'


def _section(title: str, kind: str, header: tuple[str, ...], rows: list[str]) -> str:
    if not rows:
        return f'<h2><span class="swatch k-{kind}"></span>{_attr(title)}</h2><p class="none">none</p>'
    head = "".join(f"<th>{_attr(h)}</th>" for h in header)
    return (f'<h2><span class="swatch k-{kind}"></span>{_attr(title)} <small>{len(rows)}</small></h2>'
            f'<table><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>')


def side_tables(report: Report, records: list[Record]) -> str:
    by_id = {r.id: r for r in records}
    meta = [_row(r, r.title, r.data["value"]["name"] if r.title == "issuer" else r.data["value"])
            for r in records if r.kind == "meta"]
    if report.region is not None:
        region = report.region
        meta.append(_row(by_id["region-0"], "region",
                         " ".join(filter(None, (region.province, region.city, region.county, region.code)))))
    src = report.source
    meta.append(_row(None, "source", f"{src.path or '-'} · {src.encoding} · {src.format} · {src.chars} chars"))
    metrics = [_row(by_id[f"metric-{i}"], m.key, m.label, format_value(m.value, m.unit),
                    str(m.year or ""), " ".join(f for f, on in (("target", m.target), ("derived", m.derived),
                                                               (m.qualifier or "", bool(m.qualifier))) if on)
                    or "stated")
               for i, m in enumerate(report.metrics)]
    rates = [_row(by_id[f"rate-{i}"], r.label, format_value(r.value, "%"), str(r.year or ""),
                  "target" if r.target else "") for i, r in enumerate(report.rates)]
    documents = [_row(by_id[f"document-{i}"], f"《{d.title}》", d.type, d.verb or "")
                 for i, d in enumerate(report.documents)]
    institutions = [_row(by_id[f"institution-{i}"], inst.name, inst.canonical or "", inst.type,
                         str(len(inst.evidence))) for i, inst in enumerate(report.institutions)]
    checks = [_row(by_id[f"check-{i}"], c.key, format_value(c.stated), format_value(c.computed),
                   "agrees" if c.agrees else "differs") for i, c in enumerate(report.checks)]
    findings = [_row(by_id[f"finding-{i}"], f.kind, f.message) for i, f in enumerate(report.findings)]
    return "".join((
        _section("Metadata", "meta", ("field", "value"), meta),
        _section("Metrics", "metric", ("key", "label", "value", "year", "flags"), metrics),
        _section("Rates", "rate", ("label", "value", "year", ""), rates),
        _section("Documents", "document", ("title", "type", "verb"), documents),
        _section("Institutions", "institution", ("name", "full name", "type", "mentions"), institutions),
        _section("Cross-checks", "check", ("key", "stated", "computed", ""), checks),
        _section("Findings", "finding", ("kind", "message"), findings),
    ))


def _records_json(records: list[Record]) -> str:
    """The records for the script, safe inside <script> (no '</script>', no '<!--')."""
    data = {r.id: {"kind": KIND_NAMES[r.kind], "index": r.index, "record": r.data} for r in records}
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


CSS = """
:root{--meta:#dccbf7;--region:#fbd0e2;--document:#ccefcc;--rate:#cfe2fb;--metric:#ffe27a;
--institution:#ffd8b0;--check:#1b8a3a;--finding:#d0312d;--ink:#1d1d1f;--muted:#6b6b70;--line:#e3e3e8}
*{box-sizing:border-box}
html,body{margin:0;height:100%;color:var(--ink);background:#fff;
font:15px/1.7 system-ui,"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif}
body{display:grid;grid-template-rows:auto 1fr;grid-template-columns:minmax(0,1fr) 30rem}
header{grid-column:1/-1;padding:.6rem 1.2rem;border-bottom:1px solid var(--line);background:#fafafc}
header h1{font-size:1.1rem;margin:0}
header .src{color:var(--muted);font-size:.85rem}
.legend{display:flex;flex-wrap:wrap;gap:.3rem .9rem;font-size:.85rem;margin-top:.2rem}
.legend span{white-space:nowrap}
main,aside{overflow:auto;height:100%}
main{padding:1rem 1.6rem 8rem}
#report{white-space:pre-wrap;word-break:break-word;max-width:52rem}
aside{border-left:1px solid var(--line);padding:.4rem 1rem 2rem;font-size:.85rem;background:#fcfcfd}
aside h2{font-size:.95rem;margin:1rem 0 .3rem}
aside h2 small{color:var(--muted);font-weight:normal}
aside table{border-collapse:collapse;width:100%}
aside th{text-align:left;color:var(--muted);font-weight:normal;border-bottom:1px solid var(--line)}
aside td{padding:.15rem .3rem .15rem 0;border-bottom:1px solid var(--line);vertical-align:top}
aside tr[data-target]{cursor:pointer}
aside tr[data-target]:hover,aside tr[data-target]:focus{background:#eef3ff;outline:none}
aside tr.nospan td{color:var(--muted)}
.none{color:var(--muted);margin:0}
.swatch{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:.35em;vertical-align:-.05em}
mark{color:inherit;background:none;border-radius:2px;cursor:pointer}
.k-check{text-decoration:underline solid var(--check);text-underline-offset:3px}
.k-finding,mark.disagrees{text-decoration:underline wavy var(--finding);text-underline-offset:3px}
aside tr.disagrees td{color:var(--finding)}
.k-region{background:var(--region)}
.k-institution{background:var(--institution)}
.k-meta{background:var(--meta)}
.k-document{background:var(--document)}
.k-rate{background:var(--rate)}
.k-metric{background:var(--metric)}
.swatch.k-check{background:var(--check)}
.swatch.k-finding{background:var(--finding)}
mark.multi{box-shadow:inset 0 -2px 0 rgba(0,0,0,.35)}
mark.current{outline:2px solid #3367d6}
mark.flash{animation:flash 1.2s ease-out 2}
@keyframes flash{0%{background:#ff9f1c}100%{}}
#info{position:fixed;left:1rem;bottom:1rem;max-width:min(44rem,calc(100vw - 33rem));max-height:45vh;overflow:auto;
margin:0;padding:.6rem .8rem;background:#1d1d1f;color:#f5f5f7;border-radius:6px;font:12px/1.5 ui-monospace,
"Noto Sans Mono CJK SC",monospace;white-space:pre-wrap;box-shadow:0 4px 18px rgba(0,0,0,.25)}
#info[hidden]{display:none}
@media (max-width:900px){html,body{height:auto}body{grid-template-columns:1fr;grid-template-rows:auto auto auto}
main,aside{height:auto;overflow:visible}aside{border-left:0;border-top:1px solid var(--line)}
#info{max-width:calc(100vw - 2rem)}}
"""

JS = """
(function () {
  "use strict";
  var records = JSON.parse(document.getElementById("records").textContent);
  var info = document.getElementById("info");
  var pinned = null;
  function marksOf(id) { return document.querySelectorAll('mark[data-ids~="' + id + '"]'); }
  function describe(ids) {
    return ids.map(function (id) {
      var r = records[id];
      return r.kind + " #" + r.index + "\\n" + JSON.stringify(r.record, null, 2);
    }).join("\\n\\n");
  }
  function show(ids) { info.textContent = describe(ids); info.hidden = false; }
  function hide() { if (!pinned) { info.hidden = true; } }
  function select(ids, mark) {
    document.querySelectorAll("mark.current").forEach(function (m) { m.classList.remove("current"); });
    ids.forEach(function (id) { marksOf(id).forEach(function (m) { m.classList.add("current"); }); });
    pinned = mark || ids.join(" ");
    show(ids);
  }
  function jump(id, instant) {
    var marks = marksOf(id);
    if (!marks.length) { return; }
    marks[0].scrollIntoView({block: "center", behavior: instant ? "auto" : "smooth"});
    marks.forEach(function (m) { m.classList.remove("flash"); void m.offsetWidth; m.classList.add("flash"); });
    select([id]);
  }
  var report = document.getElementById("report");
  report.addEventListener("mouseover", function (e) {
    var m = e.target.closest("mark");
    if (m && !pinned) { show(m.dataset.ids.split(" ")); }
  });
  report.addEventListener("mouseout", function (e) { if (e.target.closest("mark")) { hide(); } });
  report.addEventListener("click", function (e) {
    var m = e.target.closest("mark");
    if (!m) { pinned = null; info.hidden = true; return; }
    if (pinned === m) { pinned = null; hide(); return; }
    select(m.dataset.ids.split(" "), m);
  });
  document.querySelectorAll("tr[data-target]").forEach(function (row) {
    row.addEventListener("click", function () { jump(row.dataset.target); });
    row.addEventListener("keydown", function (e) { if (e.key === "Enter") { jump(row.dataset.target); } });
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { pinned = null; info.hidden = true; }
  });
  function follow() {  // report.html#metric-3 opens at that record's text
    var id = decodeURIComponent(location.hash.slice(1));
    if (records.hasOwnProperty(id)) { jump(id, true); }
  }
  window.addEventListener("hashchange", follow);
  follow();
  document.body.dataset.ready = "1";
})();
"""


def render_html(report: Report, text: str) -> str:
    """The evidence page of one record; `text` is the decoded input its spans index."""
    records = collect_records(report)
    heading = report.title or report.source.path or "report"
    counts = {kind: sum(r.kind == kind for r in records) for kind in reversed(KINDS)}
    legend = "".join(f'<span><span class="swatch k-{k}"></span>{KIND_NAMES[k]} {n}</span>' for k, n in counts.items())
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_attr(heading)} · lawreport</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f'<header><h1>{_attr(heading)}</h1><div class="src">{_attr(report.source.path or "-")} · '
        f"{_attr(report.kind)} · {report.source.encoding} · {report.source.chars} chars · "
        "hover or click a highlight for its record; click a row to jump to its text</div>"
        f'<div class="legend">{legend}</div></header>\n'
        f'<main><div id="report">{marked_text(text, records)}</div></main>\n'
        f"<aside>{side_tables(report, records)}</aside>\n"
        '<pre id="info" hidden></pre>\n'
        f'<script type="application/json" id="records">{_records_json(records)}</script>\n'
        f"<script>{JS}</script>\n</body>\n</html>\n"
    )
