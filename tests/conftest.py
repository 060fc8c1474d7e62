"""What the test files share: where the seeds, gold and reference material are, a CLI runner,
and the two questions many tests ask of a record (do its spans slice the text? what facts does it give?)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import settings
from typer.testing import CliRunner

from lawreport import catalog as catalog_module
from lawreport import extract, institutions, regions, structure
from lawreport.catalog import DEFAULT_PATH, Catalog, get_catalog
from lawreport.errors import ExitCode, LawreportError
from lawreport.institutions import FoundInstitution, find_institutions
from lawreport.load import load
from lawreport.metadata import read_metadata
from lawreport.metrics import Interpreter, _BeforeInSentence
from lawreport.normalize import normalize
from lawreport.numbers import scan
from lawreport.source import Source
from lawreport.structure import Outline

# Property tests say what holds, never how fast: no example has a deadline (a shared 2-core machine is noisy).
# The CI profile (HYPOTHESIS_PROFILE=ci, set by .ci/run) also derives the examples from each test's name,
# so a clean clone runs the very examples a run before it did; anywhere else they are drawn afresh.
settings.register_profile("default", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "seeds"
SEEDS = sorted(SEEDS_DIR.glob("*.txt"))
GOLD = ROOT / "tests" / "gold"
GOLD_STRUCTURE = ROOT / "tests" / "gold_structure"
GOLD_INSTITUTIONS = ROOT / "tests" / "gold_institutions"
FIXTURES = ROOT / "tests" / "fixtures"
# The reference scorer and the development set live beside the checkout; LAWREPORT_SHARED names another place.
SHARED = Path(os.environ.get("LAWREPORT_SHARED") or ROOT.parent / "shared")
SCORE_PY = SHARED / "tools" / "score.py"
DEV = SHARED / "dev"


def span(text: str, start: int = 0, end: int | None = None) -> dict:
    """A record's span of `text`, from `start` to `end` (the text's length after `start` unless given)."""
    return {"text": text, "start": start, "end": start + len(text) if end is None else end}


def sentences_searched(pieces: list[str], pattern) -> tuple[str, Outline, _BeforeInSentence, list[int]]:
    """The text the pieces make, its outline, the sentence searcher of `pattern` over it and its sentences' starts:
    what the properties of the interpret stage's shortened searches try each sentence of."""
    text = "".join(pieces)
    outline = Outline(text)
    return text, outline, _BeforeInSentence(text, pattern, outline), sorted(set(outline.sentence_bounds))


def institution_ends_missed(text: str) -> list[int]:
    """The ends of ``text`` where an institution scanner's pattern matches but the scan of name ends finds no end:
    what the speed properties of the name-end filter require to be empty."""
    scanners = institutions._scanners()
    shadow = institutions._shadow(text, institutions._places(text, None))
    ends = {m.end() for m in scanners.name_ends.finditer(shadow)}
    padded = shadow + " " * institutions.AFTER_NAME
    return [
        end for end in range(1, len(shadow) + 1)
        if end not in ends and shadow[end - 1] in scanners.plans
        and institutions._scanner_for(scanners, shadow[end - 1]).pattern.match(padded, 0, end + institutions.AFTER_NAME)
    ]


def bare_record(**fields) -> dict:
    """A record of a nine-character text that found nothing, with `fields` in place of its empty ones."""
    return {"source": {"path": None, "encoding": "str", "format": "text", "chars": 9, "bytes": 9},
            "kind": "other", "title": None, "issuer": None, "region": None, "report_year": None,
            "published": None, "metrics": [], "rates": [], "documents": [], "checks": [], "findings": [], **fields}


def strings_of_tests(glob: str, keep: Callable[[str], bool]) -> tuple[str, ...]:
    """The string constants of the test files matching `glob` that `keep` keeps: the sentences they read."""
    import ast

    found = set()
    for path in sorted(Path(__file__).parent.glob(glob)):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and keep(node.value):
                found.add(node.value)
    return tuple(sorted(found))


def lines_listed(path: Path) -> set[str]:
    """The lines of a list file, comment lines (#) and empty ones aside."""
    return {line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")}


@contextmanager
def sentences_cut_at(longest: int) -> Iterator[None]:
    """Outlines made in the block cut a run without a sentence's mark every `longest` characters (MAX_SENTENCE), as
    they cut a long run: the cuts can be tested on short texts."""
    original = structure.MAX_SENTENCE
    structure.MAX_SENTENCE = longest
    try:
        yield
    finally:
        structure.MAX_SENTENCE = original


@contextmanager
def catalog_in_use(catalog: Catalog) -> Iterator[None]:
    """Every stage reads `catalog` (built in memory, no file) until the block ends; the shipped one after."""
    shipped_load = catalog_module.load_catalog
    catalog_module.load_catalog = lambda *args, **kwargs: catalog
    get_catalog.cache_clear()
    try:
        yield
    finally:
        catalog_module.load_catalog = shipped_load
        get_catalog.cache_clear()


@pytest.fixture
def use_catalog(tmp_path, monkeypatch) -> Iterator[Callable[[Callable[[str], str]], None]]:
    """Point get_catalog at an edited copy of the shipped catalog; the shipped one is back afterwards."""

    def use(edit: Callable[[str], str]) -> None:
        path = tmp_path / "catalog.toml"
        shipped = DEFAULT_PATH.read_text(encoding="utf-8")
        edited = edit(shipped)
        assert edited != shipped, "the edit changed nothing"
        path.write_text(edited, encoding="utf-8")
        monkeypatch.setenv("LAWREPORT_CATALOG", str(path))
        get_catalog.cache_clear()

    yield use
    monkeypatch.delenv("LAWREPORT_CATALOG", raising=False)
    get_catalog.cache_clear()


@pytest.fixture
def runner() -> CliRunner:
    """Invokes the typer app in this process: result.stdout and result.stderr apart, result.output both."""
    return CliRunner()


def spans(record) -> list[dict]:
    """Every evidence span of a record (a model or its JSON form), in reading order of the record.

    A span is any object holding text, start and end: metrics, rates, their sources, documents,
    metadata, years, region mentions, sections, initiatives and institutions alike."""
    found: list[dict] = []
    todo = [record.model_dump(mode="json") if hasattr(record, "model_dump") else record]
    while todo:
        item = todo.pop()
        if isinstance(item, dict):
            if item.keys() >= {"text", "start", "end"} and isinstance(item["start"], int):
                found.append(item)
            todo.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            todo.extend(reversed(item))
    return found


def assert_spans_slice(record, text: str) -> int:
    """Every evidence span of the record is the slice of text it names; returns how many there are."""
    found = spans(record)
    for span in found:
        assert text[span["start"]:span["end"]] == span["text"], span
    return len(found)


def facts(report, written: Callable[[str], str] = str) -> dict:
    """What two readings of the same report must agree on: every value, label, year, title, issuer and place.

    `written` maps the strings a report gives as written (labels, titles, names) to a comparable form,
    for readings of one report in another script or width."""
    return {
        "metrics": [(m.key, m.value, m.unit, m.year, m.target, m.derived) for m in report.metrics],
        "rates": [(written(r.label), r.value, r.year, r.target) for r in report.rates],
        "documents": [(written(d.title), d.type, d.verb) for d in report.documents],
        "checks": [(c.key, c.stated, c.computed, c.agrees) for c in report.checks],
        "region": (report.region.province, report.region.city, report.region.county, report.region.code)
        if report.region else None,
        "issuer": written(report.issuer.name) if report.issuer else None,
        "title": written(report.title) if report.title else None,
        "meta": (report.kind, report.report_year, report.published),
    }


def region_of(code: str | None) -> regions.RegionResult | None:
    """The RegionResult of a report about the division ``code`` (a county, or a city: 市 in its reports)."""
    if code is None:
        return None
    unit = regions.division(code)
    assert unit is not None
    names = {u.level: u.name for u in [*regions.ancestors(unit), unit]}
    return regions.RegionResult(names["province"], names.get("city"), names.get("county"), code, (), (), None)


def bodies(sentence: str, code: str | None = None) -> dict[str, FoundInstitution]:
    """The institutions of a sentence by name, in a report about the division ``code``."""
    return {f.name: f for f in find_institutions(normalize(sentence), region_of(code))}


def metadata_field(text: str, name: str):
    """One metadata field of the text's record: the issuer by its name ("issuer") or by how it was found
    ("issuer how"), the region as its three levels ("region") or one of them ("province", "city", "county"); the author
    as the text names it ("author", metadata's Metadata.author: a place named alone too, which is no issuer)."""
    if name == "author":
        copy = normalize(text)
        return read_metadata(copy, Outline(copy)).author
    record = extract(text)
    if name in ("issuer", "issuer how"):
        return (record.issuer.how if name == "issuer how" else record.issuer.name) if record.issuer else None
    if name == "region":
        region = record.region
        return (region.province, region.city, region.county) if region else (None, None, None)
    if name in ("province", "city", "county"):
        return getattr(record.region, name) if record.region else None
    return getattr(record, name)


def load_written(path: Path, raw: bytes) -> Source:
    """The source of a file written with these bytes: what a reader makes of them, suffix included."""
    path.write_bytes(raw)
    return load(path)


def assert_load_fails(path: Path, raw: bytes, code: ExitCode, words: str) -> None:
    """Loading a file of these bytes is a LawreportError saying `words`, with that exit code."""
    with pytest.raises(LawreportError, match=words) as info:
        load_written(path, raw)
    assert info.value.code == code


def metrics_and_rates(text: str) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
    """(key, value) of each metric and (label, value) of each rate of `text`, read as a 2023 report's."""
    norm = normalize(text)
    metrics, rates, _ = Interpreter(norm, Outline(norm), [], 2023).run(scan(norm))
    return sorted((m.key, m.value) for m in metrics), sorted((r.label, r.value) for r in rates)
