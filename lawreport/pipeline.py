"""The pipeline, in order: load → normalize → structure → recognize → interpret → check → record.

Each stage is a module of its own; this one only runs them in order and hands
what they found to the record mapper (record.py), which builds the record, and
validation.py validates it: as a Report for the library, as plain data for the
command line's JSON. All matching runs on the normalized copy; the mapper takes
every span of it back to the original through the copy's offset map.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from itertools import repeat
from typing import TYPE_CHECKING, TypeVar

from . import checks, validation, watchdog
from .dates import find_years
from .documents import FoundDocument, find_documents, quoted_spans
from .findings import FoundCheck, FoundFinding
from .initiatives import find_initiatives
from .institutions import find_institutions
from .load import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_CHARS,
    Source,
    from_bytes,
    from_text,
    load,
    names_a_file,
)
from .metadata import Metadata, plan_first_year, read_metadata
from .metrics import Found, Interpreter, Reading, own_level, own_names
from .normalize import normalize_mapped
from .numbers import scan
from .record import assemble
from .structure import Outline

if TYPE_CHECKING:
    from .models import Report

T = TypeVar("T")


def build_report(source: Source) -> Report:
    """Run every stage over one decoded input and return its validated record, within a time limit."""
    return _validated(source, validation.report_of)


def build_plain_record(source: Source) -> dict:
    """build_report's record as plain data (dicts, lists, str, numbers), validated by the same rules
    without building the models: what the command line writes as JSON."""
    return _validated(source, validation.plain_record)


def _validated(source: Source, validate: Callable[[dict], T]) -> T:
    # The collector held off over the whole extraction (watchdog.uncollected): its objects hold no cycles,
    # and the record mapper's draft is freed before a collection would walk it.
    with watchdog.deadline(watchdog.budget(len(source.text)), source.path or "input"), watchdog.uncollected():
        return validate(_record(source))


def _record(source: Source) -> dict:
    original = normalize_mapped(source.text)
    text = original.copy
    outline = Outline(text)
    documents = find_documents(text)
    meta = read_metadata(text, outline, original.annotated)
    metrics, rates, readings, rate_checks, findings = _interpreted(text, outline, documents, meta)
    findings += meta.problems
    # The readings are let go one by one as the mapper turns them into the record's quantities: a dense
    # input's (500,000 in 1 MB of 5%5%…) would otherwise hold their memory, which the allocator keeps,
    # under the whole record.
    return assemble(source, original, meta=meta, outline=outline, documents=documents, metrics=metrics, rates=rates,
                    readings=_drained(readings), checks=rate_checks, findings=findings,
                    initiatives=find_initiatives(text, outline),
                    institutions=find_institutions(text, meta.region), years=find_years(text))


def _interpreted(text: str, outline: Outline, documents: list[FoundDocument], meta: Metadata
                 ) -> tuple[list[Found], list[Found], list[Reading], list[FoundCheck], list[FoundFinding]]:
    """The metrics (derived ones included), generic rates, readings, rate checks and findings of the text.

    The quantities and the interpreter are let go on return, before the record is built: the readings and
    metrics hold what of them the record needs."""
    quantities = scan(text)
    interpreter = Interpreter(text, outline, quoted_spans(text, documents), meta.report_year,
                              plan_document=meta.kind == "plan", plan_from=plan_first_year(text, meta),
                              published_year=int(meta.dated[:4]) if meta.dated else None,
                              plans_next_year=meta.kind not in ("statistics", "news"),
                              level=own_level(meta.region.province, meta.region.city, meta.region.county, meta.author)
                              if meta.region else own_level(None, None, None, meta.author),
                              own_names=own_names(meta.region.province, meta.region.city, meta.region.county,
                                                  [text[start:end] for start, end in meta.region.mentions], meta.author)
                              if meta.region else (),
                              own_code=meta.region.code if meta.region else None, title=meta.title)
    metrics, rates, readings = interpreter.run(quantities)
    derived, rate_checks, findings = checks.run(text, metrics, quantities, outline, interpreter.given_way)
    return metrics + derived, rates, readings, rate_checks, findings


def _drained(items: list[T]) -> Iterator[T]:
    """`items` in order, each dropped by the list as it is given (the list ends empty): an item no one
    else holds is freed as soon as its consumer is done with it."""
    items.reverse()
    return map(list.pop, repeat(items, len(items)))  # a pop from its end for each item, called from C


def extract(text: str) -> Report:
    """The record of one report given as its text.

    For a file, standard input or a file's raw bytes use `extract_file`: a str that
    names a file (no line break, a known suffix such as .txt, or an existing file)
    is refused with a TypeError rather than read as a one-line report.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() takes a report's text as a str, not {type(text).__name__}: "
                        "for a file path or raw bytes use lawreport.extract_file()")
    if names_a_file(text):
        raise TypeError(f"extract() takes a report's text, and {text!r} names a file: "
                        f"use lawreport.extract_file({text!r})")
    return build_report(from_text(text))


def extract_file(path: str | os.PathLike[str] | bytes, *, max_bytes: int = DEFAULT_MAX_BYTES,
                 max_chars: int = DEFAULT_MAX_CHARS) -> Report:
    """Read, decode and extract one file: a path (str or PathLike, '-' for standard input) or its raw bytes.

    Bytes are decoded as a file's content would be (encoding and format detected).
    """
    return build_report(_read(path, max_bytes, max_chars, "extract_file"))


def extract_record(path: str | os.PathLike[str] | bytes, *, max_bytes: int = DEFAULT_MAX_BYTES,
                   max_chars: int = DEFAULT_MAX_CHARS) -> dict:
    """extract_file's record as plain data, as its JSON has it: `extract_file(path).model_dump()`, validated by
    the same rules, without importing pydantic or building the models (start-up and throughput of the CLI)."""
    return build_plain_record(_read(path, max_bytes, max_chars, "extract_record"))


def _read(path: str | os.PathLike[str] | bytes, max_bytes: int, max_chars: int, caller: str) -> Source:
    if isinstance(path, bytes):
        return from_bytes(path, max_bytes=max_bytes, max_chars=max_chars)
    if isinstance(path, str) and "\n" in path:
        raise TypeError(f"{caller}() takes a file path, and this str holds line breaks: "
                        "for a report's text use lawreport.extract()")
    return load(path, max_bytes=max_bytes, max_chars=max_chars)
