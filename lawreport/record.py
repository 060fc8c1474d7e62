"""Record stage: what the other stages found, as the record's data, for validation.py to validate once.

The stages work on the normalized copy and speak in its offsets. Every offset
that reaches the record goes through `Evidence`, which takes a span of the copy
to the original decoded text through the copy's offset map (normalize.Original);
every evidence span, title and section bound is read from the original there. Labels and names are read as the original writes them
(traditional characters kept, annotations left out).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable

from .catalog import Catalog, get_catalog
from .dates import YearMention
from .derive import from_catalog
from .documents import FoundDocument
from .findings import FoundCheck, FoundFinding, Offsets
from .initiatives import FoundInitiative, within
from .institutions import FoundInstitution
from .metadata import Metadata
from .metrics import Found, Reading
from .normalize import Original
from .record_rules import Checked, Mapped, counted_numbers
from .regions import RegionResult
from .scanning import NOT_CONCURRENT
from .source import Source
from .structure import BRACKET_NUMBERING, Outline, Section, unwrapped
from .validation import quantity_checks


class Evidence:
    """Spans of the normalized text turned into spans of the original text the record cites."""

    def __init__(self, original: Original):
        self.original = original
        self._titles: dict[int, str] = {}  # section start -> title
        # Where the copy's span [start, end) lies in the original: the offset map's own method,
        # bound once, since every span of the record goes through it.
        self.bounds: Callable[[int, int], Offsets] = original.offsets.span
        # The spans written that break the Span model's bounds (past the text, or before its least start): none
        # but for a stage's fault. A record citing one has its lists validated whole (assemble).
        self.unfit: list[Offsets] = []
        self.span: Callable[[int, int], dict] = _span_of(original, self.unfit)
        # Whether the copy drops nothing (most): its offsets are the original's and it has no annotation, so a
        # title's evidence holds its text whole, and no run dropped inside it or gloss after it is looked up.
        self.copied = not original.offsets.cuts

    def written(self, start: int, end: int) -> str:
        """The copy's span as the original writes it, annotations left out (a label, a name, a title)."""
        return self.original.written[start:end]

    def as_written(self, words: str, end: int) -> str:
        """words, read in the copy, as the original writes them where they last occur before end.

        A label carried from an earlier number is found there; a name the text never writes stays as it is.
        """
        at = self.original.copy.rfind(words, 0, end)
        return self.original.written[at:at + len(words)] if at >= 0 else words

    def name_as_written(self, name: str, start: int, end: int) -> str:
        """A body's name read at the copy's [start, end), as the original writes it (see as_written); one the text
        never writes whole (东城区人民政府, made from 東城區政府 and the gazetteer) keeps the script its words are
        written in there: each character as the original writes it where the copy first has it, where the span is
        written otherwise (traditional characters), else as it is."""
        copy, original = self.original.copy, self.original.written
        if (at := copy.rfind(name, 0, end)) >= 0:
            return original[at:at + len(name)]
        if copy[start:end] == original[start:end]:
            return name
        return "".join(original[at] if (at := copy.find(char)) >= 0 else char for char in name)

    def spans(self, pairs: Iterable[Offsets]) -> list[dict]:
        span = self.span
        return [span(start, end) for start, end in pairs]

    def title(self, start: int, end: int) -> str:
        """A title as the original writes it, whole, but for the text the copy dropped inside it (a site's banner
        run into a heading): its evidence keeps that. Spaces dropped stay (the line break of a title wrapped at the
        margin goes with its indent), and so do pinyin glosses, part of the title as a conversion mirror writes it."""
        return self._title(start, end, *self.bounds(start, end))

    def titled(self, start: int, end: int) -> tuple[str, dict]:
        """A title and its evidence (`span`), the span mapped once for both: a document's, an initiative's."""
        evidence = self.span(start, end)
        if self.copied:
            return unwrapped(evidence["text"]), evidence
        return self._title(start, end, evidence["start"], evidence["end"]), evidence

    def _title(self, start: int, end: int, original_start: int, original_end: int) -> str:
        """`title` of the copy's [start, end), which lies at [original_start, original_end) in the original."""
        original_end = self.original.glossed_end(original_end)
        text = self.original.text
        dropped = self._text_dropped(start, end)
        if not dropped:  # most titles: their original span whole
            return unwrapped(text[original_start:original_end])
        kept, at = [], original_start
        for run_start, run_end in dropped:
            kept.append(text[at:run_start])
            at = run_end
        kept.append(text[at:original_end])
        return unwrapped("".join(kept))

    def _text_dropped(self, start: int, end: int) -> list[tuple[int, int]]:
        """The original [start, end) runs the copy dropped inside its [start, end) that hold more than spaces
        and are no pinyin gloss: a banner."""
        cuts = self.original.offsets.cuts
        first, last = bisect_right(cuts, start), bisect_left(cuts, end)
        if first == last:
            return []  # most spans: the copy dropped nothing inside them
        text, glosses, shifts = self.original.text, self.original.annotations, self.original.offsets.shifts
        runs = []
        for i in range(first, last):
            run_start, run_end = cuts[i] + (shifts[i - 1] if i else 0), cuts[i] + shifts[i]
            at = bisect_left(glosses, run_start)
            if text[run_start:run_end].strip() and not (at < len(glosses) and glosses[at] < run_end):
                runs.append((run_start, run_end))
        return runs

    def section_title(self, section: Section) -> str:
        """A section's title, read once: the initiatives under it repeat it."""
        title = self._titles.get(section.start)
        if title is None:
            title = self.heading(section)[0]
        return title

    def heading(self, section: Section) -> tuple[str, dict]:
        """A section's title (kept for `section_title`) and the evidence of its heading: its title's span."""
        title, evidence = self.titled(section.heading.title_start, section.heading.end)
        self._titles[section.start] = title
        return title, evidence


_TITLE_MARKS = "《》"  # a title line set in them (《某市人民政府关于…的报告》) is that title


def _documents(copy: str, documents: list[FoundDocument], titled: list[tuple[str, dict]],
               title: tuple[int, int] | None) -> Mapped:
    """Each title once, however often the text cites it (read in the copy, line breaks and spaces aside): the first
    citation's title, type and evidence, the verb of the first that has one, the later citations' spans; `own` when
    it is the report's own title, cited over the report or by a notice sending it."""
    if not documents:
        return Mapped()
    own = "".join(copy[title[0]:title[1]].split()).strip(_TITLE_MARKS) if title else None
    items: dict[str, dict] = {}
    for d, (name, evidence) in zip(documents, titled):
        key = "".join(copy[d.start:d.end].split())
        item = items.get(key)
        if item is None:
            items[key] = {"title": name, "type": d.type, "verb": d.verb, "evidence": evidence, "mentions": [],
                          "own": key == own}
        else:
            item["mentions"].append(evidence)
            if item["verb"] is None:
                item["verb"] = d.verb
    return Mapped(items.values())



def _span_of(original: Original, unfit: list[Offsets]) -> Callable[[int, int], dict]:
    """The evidence of a copy's span: ``{"text": original[start:end], "start": start, "end": end}``, its bounds
    checked as it is written (one that breaks them added to `unfit`): the text fits a span within the original,
    which validation need not read back from each of the record's spans.

    A copy that drops nothing has the original's offsets, and its spans skip the map (a record can cite
    50,000 of them).
    """
    text, bounds, length = original.text, original.offsets.span, len(original.text)
    least = quantity_checks().least_start  # the Span model's, read from a quantity's evidence

    def span(start: int, end: int) -> dict:
        if not least <= start <= end <= length:
            unfit.append((start, end))
        return {"text": text[start:end], "start": start, "end": end}

    def mapped_span(start: int, end: int) -> dict:
        return span(*bounds(start, end))
    return mapped_span if original.offsets.cuts else span


def assemble(source: Source, original: Original, *, meta: Metadata, outline: Outline, documents: list[FoundDocument],
             metrics: list[Found], rates: list[Found], readings: Iterable[Reading], checks: list[FoundCheck],
             findings: list[FoundFinding], initiatives: list[FoundInitiative],
             institutions: list[FoundInstitution], years: list[YearMention]) -> dict:
    """The record of one report, not yet validated; `original.copy` is the normalized text the stages read.

    Each list of items is a record_rules.Mapped: each item's fields written here, in the model's order, each
    of its type, its spans checked as Evidence writes them, so that validation checks only the values the text
    and the catalog decide. A record citing a span that breaks its bounds has plain lists, validated whole."""
    ev = Evidence(original)
    quantity_starts, quantities = _quantities(ev, get_catalog(), original.copy, readings)
    document_starts = [d.start for d in documents]
    # Each document's title read once: the initiatives that name a document repeat it.
    documents_titled = [ev.titled(d.start, d.end) for d in documents]
    document_titles = [title for title, _ in documents_titled]
    metric_items = _metrics(ev, metrics)
    # A check cites the spans of its counts and its rate, most of them metrics' evidence, which it shares; a rate's
    # mismatch finding cites the spans of its check, the same tuple: mapped once for both.
    evidences = {(f.start, f.end): item["evidence"] for f, item in zip(metrics, metric_items)}
    cited = {id(c.spans): [evidences.get(pair) or ev.span(*pair) for pair in c.spans] for c in checks}
    record = {
        "source": {"path": source.path, "encoding": source.encoding, "format": source.format,
                   "chars": len(source.text), "bytes": source.size, "note": source.note},
        "kind": meta.kind,
        "title": ev.title(*meta.title) if meta.title else None,
        "issuer": {"name": ev.name_as_written(meta.issuer, *meta.issuer_span) if meta.issuer_span else meta.issuer,
                   "how": meta.issuer_how,
                   "evidence": ev.span(*meta.issuer_span) if meta.issuer_span else None}
        if meta.issuer else None,
        "region": _region(ev, meta.region),
        "report_year": meta.report_year,
        "published": meta.published,
        "metrics": metric_items,
        "rates": Mapped([_rate(ev, f) for f in rates]),
        "documents": _documents(original.copy, documents, documents_titled, meta.title),
        "checks": Mapped([{"key": c.key, "stated": c.stated, "computed": c.computed, "agrees": c.agrees,
                           "spans": cited[id(c.spans)]} for c in checks]),
        "findings": Mapped([{"kind": f.kind, "message": f.message, "spans": cited.get(id(f.spans)) or ev.spans(f.spans)}
                            for f in findings]),
        "metadata_evidence": {
            name: ev.span(*span)
            for name, span in (("title", meta.title), ("kind", meta.kind_span),
                               ("report_year", meta.report_year_span), ("published", meta.published_span))
            if span is not None
        },
        "sections": _sections(ev, outline.tree),
        "initiatives": _initiatives(ev, initiatives, document_titles, document_starts, quantity_starts),
        "institutions": _institutions(ev, institutions),
        "quantities": quantities,
        "years": Mapped([{"kind": y.kind, "value": y.value, "evidence": ev.span(y.start, y.end)} for y in years]),
    }
    if ev.unfit:  # a span that breaks its bounds, which validation finds in the lists validated whole
        for name, value in record.items():
            if type(value) is Mapped:
                record[name] = list(value)
    return record


def _region(ev: Evidence, region: RegionResult | None) -> dict | None:
    if region is None or not any((region.province, region.city, region.county)):
        return None
    return {"province": region.province, "city": region.city, "county": region.county, "code": region.code,
            "evidence": ev.spans(region.mentions[:5])}


def _metrics(ev: Evidence, metrics: list[Found]) -> Mapped:
    """The metrics' items, in one comprehension: a call for each, and one mapping its sentence's start where the
    copy dropped nothing, cost some 0.8 K instructions a metric. Most metrics have no sources (a derived value has):
    their empty lists are written as such, without a call that maps nothing."""
    span, mapped = ev.span, ev.bounds if ev.original.offsets.cuts else None
    return Mapped([{
        "key": f.key, "label": f.label, "value": f.value, "unit": f.unit, "qualifier": f.qualifier,
        "year": f.year, "derived": f.derived, "target": f.target, "evidence": span(f.start, f.end),
        "sources": ev.spans(f.sources) if f.sources else [],
        "sentence": f.sentence if mapped is None else mapped(f.sentence, f.sentence)[0],
    } for f in metrics])


def _rate(ev: Evidence, f: Found) -> dict:
    return {"label": ev.as_written(f.label, f.end), "value": f.value, "qualifier": f.qualifier, "year": f.year,
            "target": f.target, "evidence": ev.span(f.start, f.end)}


def _quantities(ev: Evidence, catalog: Catalog, text: str, readings: Iterable[Reading]) -> tuple[list[int], list]:
    """The start in the normalized text and the record of each quantity, with what it counts: the noun
    after it (80个工作机构) or, failing that, the subject before.

    Each quantity is validated as it is written, from the values at hand: a count's numbers as its rule writes them
    (record_rules.counted_numbers), its literals, year, numbers and evidence checked by the Quantity model's
    own (validation.quantity_checks). The list is record_rules.Checked, which validation takes as it is, where
    reading each field back from the items cost a quantity of 5%5%… more than building it; a list holding a
    value the model refuses is a plain list, validated whole."""
    following = catalog.quantity_following.match
    # The evidence is written here as ev.span writes it, from the offsets at hand, its fit checked from them.
    original, mapped = ev.original.text, ev.bounds if ev.original.offsets.cuts else None
    kinds, qualifiers, changes, least_year, most_year, least_start = quantity_checks()
    as_counted = counted_numbers
    counted, trimmed = _subjects_read()
    if len(counted) + len(trimmed) > _SUBJECTS_KEPT:
        counted.clear()
        trimmed.clear()
    starts: list[int] = []
    records: list[dict] = []
    start_at, record = starts.append, records.append
    valid, total = True, 0.0
    for r in readings:
        # Unpacked from a plain tuple, its slice: a Quantity, a subclass, unpacks through an iterator, field by field.
        start, end, _, _, value, unit, kind, qualifier, low, high, change, ratio_to = r.quantity[:]
        subject: str | None = ""
        if kind == "count" and (after := following(text, end, None, NOT_CONCURRENT)):
            words = after[0]
            subject = counted.get(words)
            if subject is None:
                subject = counted[words] = _counted(catalog, words)
        if subject:
            end += len(subject)
        elif before := r.subject:  # (a number read alone has none: 5%5%…)
            subject = trimmed.get(before)
            if subject is None:
                subject = trimmed[before] = _trimmed(catalog, before)
            if subject:
                start = r.subject_start + len(before) - len(subject)
        start_at(start)  # offsets of the copy, like every start the initiatives are matched with
        total += value + (low or 0.0) + (high or 0.0) + (ratio_to or 0.0)  # None adds nothing
        if kind == "count":
            value, low, high = as_counted(kind, value, low, high)
        elif valid and not (type(value) is float and type(low) is not int and type(high) is not int):
            # Another kind is taken with its numbers as numbers.scan writes them, floats: one holding an int,
            # which the rule would write as a float, leaves the list to be validated whole, where it is.
            valid = False
        if mapped is not None:
            start, end = mapped(start, end)
        cited, year = original[start:end], r.year
        if valid and not (kind in kinds and qualifier in qualifiers and change in changes
                          and (year is None or least_year <= year <= most_year)
                          and start >= least_start and len(cited) == end - start):
            valid = False
        record({"subject": subject, "value": value, "unit": unit, "kind": kind, "qualifier": qualifier,
                "low": low, "high": high, "ratio_to": ratio_to, "change": change, "year": year,
                "target": r.target, "evidence": {"text": cited, "start": start, "end": end}})
    # A total holding an infinite or NaN number is one; a total of finite numbers that overflows only leaves the
    # list to be validated whole, which takes it.
    return starts, Checked(records) if valid and total - total == 0 else records


# How many subjects _subjects_read keeps before it starts again: a batch of reports repeats most of its
# subjects (案件, 人次), and each costs a pattern search when first read.
_SUBJECTS_KEPT = 20_000


@from_catalog
def _subjects_read(catalog: Catalog) -> tuple[dict[str, str], dict[str, str]]:
    """What _quantities has read, for the current catalog: the words after a number -> the noun they start
    with (_counted), and the subject before a number -> what it counts (_trimmed)."""
    return {}, {}


def _counted(catalog: Catalog, words: str) -> str:
    """The noun the words after a number start with: up to where a verb or particle cuts them."""
    cut = catalog.quantity_following_cut.search(words)
    return words[: cut.start()] if cut else words


def _trimmed(catalog: Catalog, subject: str) -> str:
    """The subject before a number without its lead words (累计办理), unless that leaves less than two characters."""
    leading = catalog.quantity_leading.match(subject)
    trimmed = subject[leading.end():] if leading else subject
    return subject if len(trimmed) < 2 else trimmed


def _sections(ev: Evidence, tree: list[Section]) -> Mapped:
    """The outline's sections, each at its depth: the outermost numbering family the text uses is level 1 and
    the one right below it level 2, whatever their numbering (1. right under 一、 is level 2).

    Each section's title is read from its heading's evidence, which is mapped once, and its numbering as the
    original writes it (（一）, not the copy's (一)); a bracketed title's is 【】. In one loop, as the initiatives
    are mapped (_initiatives)."""
    heading, written = ev.heading, ev.written
    mapped = None if ev.copied else ev.bounds
    depths: list[int] = []
    items = []
    for s in tree:  # a parent comes before its sections
        depth = 1 if s.parent is None else depths[s.parent] + 1
        depths.append(depth)
        title, evidence = heading(s)
        numbering = s.heading.numbering
        if numbering != BRACKET_NUMBERING:
            numbering = written(s.heading.start, s.heading.start + len(numbering))
        start, end = (s.start, s.end) if mapped is None else mapped(s.start, s.end)
        items.append({"level": depth, "numbering": numbering,
                      "title": title, "kind": s.kind, "start": start, "end": end,
                      "parent": s.parent, "evidence": evidence})
    return Mapped(items)


def _initiatives(ev: Evidence, initiatives: list[FoundInitiative], document_titles: list[str],
                 document_starts: list[int], quantity_starts: list[int]) -> Mapped:
    """Each initiative with the documents and quantities (indexes into `quantities`) inside it, in one loop: what
    every item looks up is bound once for the list, and its bounds are mapped only where the copy drops text.

    Most initiatives name no document and claim no first: their empty lists are written as such, without
    a comprehension run over nothing (a tenth of the record's initiatives). Their sections' titles are read
    once, by `_sections` before them: each is looked up, and read only if it was not."""
    titled, section_title, spans = ev.titled, ev.section_title, ev.spans
    mapped = None if ev.copied else ev.bounds
    items = []
    for i in initiatives:
        start, end = i.start, i.end
        title, evidence = titled(i.title_start, i.title_end)
        original_start, original_end = (start, end) if mapped is None else mapped(start, end)
        named = within(document_starts, start, end)
        items.append({
            "title": title,
            "section": [section_title(s) for s in i.section], "category": i.category,
            "start": original_start, "end": original_end, "evidence": evidence,
            "documents": [document_titles[k] for k in named] if named else [],
            "programmes": i.programmes, "quantities": list(within(quantity_starts, start, end)),
            "first": bool(i.first_claims), "first_claims": spans(i.first_claims) if i.first_claims else [],
        })
    return Mapped(items)


def _institutions(ev: Evidence, institutions: list[FoundInstitution]) -> Mapped:
    """Each body under its fullest written form (the longest mention, the first of equals), every mention as evidence;
    in one loop, as the initiatives are mapped (_initiatives)."""
    written, spans = ev.written, ev.spans
    items = []
    for found in institutions:
        mentions = found.mentions
        lengths = [end - start for start, end in mentions]
        fullest = mentions[lengths.index(max(lengths))]  # the mentions are in order: the first of equals
        items.append({"name": written(*fullest), "canonical": found.canonical, "type": found.type,
                      "evidence": spans(mentions)})
    return Mapped(items)
