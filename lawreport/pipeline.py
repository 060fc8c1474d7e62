"""The pipeline, in order: load → normalize → structure → recognize → interpret → check → record.

Each stage is a module of its own; this one only wires them. All matching runs
on a normalized copy of the same length as the original, so a span found there
slices the original text at the same offsets. The record is assembled as plain
data and validated once, as a whole, by the Report model.
"""

from __future__ import annotations

import os

from . import checks, watchdog
from .catalog import CATALOG
from .dates import find_years
from .documents import find_documents
from .formats import to_source
from .initiatives import find_initiatives, within
from .load import DEFAULT_MAX_BYTES, Source, from_text, load
from .metadata import read_metadata
from .metrics import Found, Interpreter, Reading
from .models import Report
from .normalize import normalize
from .numbers import scan
from .structure import Outline


def _span(text: str, start: int, end: int) -> dict:
    return {"text": text[start:end], "start": start, "end": end}


def _metric(text: str, f: Found) -> dict:
    return {
        "key": f.key, "label": f.label, "value": f.value, "unit": f.unit, "qualifier": f.qualifier,
        "year": f.year, "derived": f.derived, "target": f.target, "evidence": _span(text, f.start, f.end),
        "sources": [_span(text, s, e) for s, e in f.sources],
    }


def _rate(text: str, f: Found) -> dict:
    """The label as the report writes it (traditional characters kept); `f.start` is where it begins."""
    return {"label": text[f.start:f.start + len(f.label)], "value": f.value, "qualifier": f.qualifier, "year": f.year, "target": f.target,
            "evidence": _span(text, f.start, f.end)}


def _quantity(original: str, text: str, r: Reading) -> dict:
    """A quantity and what it counts: the noun after it (80个工作机构) or, failing that, the subject before."""
    q = r.quantity
    start, end, subject = q.start, q.end, ""
    following = CATALOG.quantity_following.match(text, q.end) if q.kind == "count" else None
    if following:
        cut = CATALOG.quantity_following_cut.search(following.group(0))
        subject = following.group(0)[: cut.start()] if cut else following.group(0)
        end = q.end + len(subject)
    if not subject:
        subject = CATALOG.quantity_leading.sub("", r.subject, count=1)
        if len(subject) < 2:
            subject = r.subject
        start = r.subject_start + len(r.subject) - len(subject) if subject else q.start
        end = q.end
    return {"subject": subject, "value": q.value, "unit": q.unit, "kind": q.kind, "qualifier": q.qualifier,
            "change": q.change, "year": r.year, "target": r.target, "evidence": _span(original, start, end)}


def _structure_records(original: str, text: str, outline: Outline, documents, readings: list[Reading]) -> dict:
    """Sections, initiatives, quantities and years: the outline of the report and what it counts."""
    quantities = [_quantity(original, text, r) for r in readings]
    quantity_starts = [q["evidence"]["start"] for q in quantities]
    document_starts = [d.start for d in documents]

    def title(start: int, end: int) -> str:
        return original[start:end]

    sections = [
        {"level": s.heading.level, "numbering": s.heading.numbering,
         "title": title(s.heading.title_start, s.heading.end), "kind": s.kind, "start": s.start, "end": s.end,
         "parent": s.parent, "evidence": _span(original, s.heading.title_start, s.heading.end)}
        for s in outline.tree
    ]
    initiatives = [
        {"title": title(i.title_start, i.title_end),
         "section": [title(s.heading.title_start, s.heading.end) for s in i.section], "category": i.category,
         "start": i.start, "end": i.end, "evidence": _span(original, i.title_start, i.title_end),
         "documents": [documents[k].title for k in within(document_starts, i.start, i.end)],
         "programmes": i.programmes, "quantities": list(within(quantity_starts, i.start, i.end)),
         "first": bool(i.first_claims), "first_claims": [_span(original, s, e) for s, e in i.first_claims]}
        for i in find_initiatives(text, outline)
    ]
    years = [{"kind": y.kind, "value": y.value, "evidence": _span(original, y.start, y.end)}
             for y in find_years(text)]
    return {"sections": sections, "initiatives": initiatives, "quantities": quantities, "years": years}


def build_report(source: Source) -> Report:
    """Run every stage over one decoded input and return its validated record, within a time limit."""
    with watchdog.deadline(watchdog.budget(len(source.text)), source.path or "input"):
        return _build_report(source)


def _build_report(source: Source) -> Report:
    original = source.text
    text = normalize(original)
    outline = Outline(text)
    documents = find_documents(original, text)
    meta = read_metadata(text, outline)
    quantities = scan(text)
    interpreter = Interpreter(text, outline, [(d.start, d.end) for d in documents], meta.report_year,
                              plan_document=meta.kind == "plan",
                              published_year=int(meta.published[:4]) if meta.published else None,
                              plans_next_year=meta.kind not in ("statistics", "news"))
    found_metrics, found_rates, readings = interpreter.run(quantities)
    found_metrics += checks.derive(found_metrics)
    rate_checks, problems = checks.check_rates(text, found_metrics, quantities, outline)
    problems += checks.check_ranges(found_metrics)
    problems += checks.check_parts(text, quantities, outline)
    problems += [checks.Problem(kind, message, spans) for kind, message, spans in meta.problems]

    region = meta.region
    has_region = region is not None and any((region.province, region.city, region.county))
    record = {
        "source": {"path": source.path, "encoding": source.encoding, "format": source.format,
                   "chars": len(original), "bytes": source.size},
        "kind": meta.kind,
        "title": original[meta.title[0]:meta.title[1]] if meta.title else None,
        "issuer": {"name": meta.issuer, "how": meta.issuer_how,
                   "evidence": _span(original, *meta.issuer_span) if meta.issuer_span else None}
        if meta.issuer else None,
        "region": {"province": region.province, "city": region.city, "county": region.county, "code": region.code,
                   "evidence": [_span(original, s, e) for s, e in region.mentions[:5]]}
        if has_region else None,
        "report_year": meta.report_year,
        "published": meta.published,
        "metrics": [_metric(original, f) for f in found_metrics],
        "rates": [_rate(original, f) for f in found_rates],
        "documents": [{"title": d.title, "type": d.type, "verb": d.verb, "evidence": _span(original, d.start, d.end)}
                      for d in documents],
        "checks": [{"key": c.key, "stated": c.stated, "computed": c.computed, "agrees": c.agrees,
                    "spans": [_span(original, s, e) for s, e in c.spans]} for c in rate_checks],
        "findings": [{"kind": p.kind, "message": p.message, "spans": [_span(original, s, e) for s, e in p.spans]}
                     for p in problems],
        "metadata_evidence": {
            name: _span(original, *span)
            for name, span in (("title", meta.title), ("kind", meta.kind_span),
                               ("report_year", meta.report_year_span), ("published", meta.published_span))
            if span is not None
        },
        **_structure_records(original, text, outline, documents, readings),
    }
    return Report.model_validate(record)


def extract(source: str | bytes | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Report:
    """Extract the record of one report.

    A `str` is the report's text; `bytes` are a file's raw content (decoded like a
    file); a `pathlib.Path` (any PathLike) names a file to read. To pass a path as
    a plain string, use `extract_file`.
    """
    if isinstance(source, str):
        return build_report(from_text(source))
    if isinstance(source, bytes):
        return build_report(to_source(source, "<bytes>", None))
    return extract_file(source, max_bytes=max_bytes)


def extract_file(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Report:
    """Read, decode and extract one file ('-' reads standard input)."""
    return build_report(load(path, max_bytes=max_bytes))
