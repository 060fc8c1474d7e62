"""Sections, initiatives and plan targets of the seeds against a hand-written reading
(tests/gold_structure: written from the texts by a reader, not from this program's output)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from conftest import GOLD_STRUCTURE, ROOT

from lawreport.pipeline import extract_file

GOLD_FILES = sorted(GOLD_STRUCTURE.glob("*.json"))


def nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


@pytest.fixture(scope="module")
def records():
    return {g.name: extract_file(ROOT / "seeds" / (g.stem + ".txt")) for g in GOLD_FILES}


def load(gold_path):
    return json.loads(gold_path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.stem[:3])
def test_sections(records, gold_path):
    gold = load(gold_path)
    record = records[gold_path.name]
    got = [(s.level, nfkc(s.numbering), nfkc(s.title)) for s in record.sections]
    want = [(s["level"], nfkc(s["numbering"]), nfkc(s["title"])) for s in gold["sections"]]
    assert got == want
    kinds = [s.kind for s in record.sections if s.level == 1]
    assert kinds == [s["kind"] for s in gold["sections"] if s["level"] == 1]


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.stem[:3])
def test_initiatives(records, gold_path):
    gold = load(gold_path)
    record = records[gold_path.name]

    def where(title, section):
        return nfkc(title), tuple(nfkc(s) for s in section)

    def forms(g):
        """The gold title and its accepted other cut (`alt`: the whole lead sentence where the title is its first clause)."""
        return [where(t, g["section"]) for t in [g["title"], *g.get("alt", [])]]

    got = {where(i.title, i.section): i for i in record.initiatives}
    required = [g for g in gold["initiatives"] if not g.get("optional")]
    allowed = {form for g in gold["initiatives"] for form in forms(g)}
    missing = [g["title"] for g in required if not any(form in got for form in forms(g))]
    extra = [t for t, _ in got if (t, _) not in allowed]
    assert not missing and not extra, (missing, extra)
    assert len(record.initiatives) == len(got), "an initiative was found twice"
    for g in required:
        mine = next(got[form] for form in forms(g) if form in got)
        assert mine.category == g["category"], g["title"]
        if not g.get("first_optional"):
            assert mine.first == g["first"], g["title"]
        assert mine.evidence.text == mine.title


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.stem[:3])
def test_plan_targets(records, gold_path):
    gold = load(gold_path)
    record = records[gold_path.name]
    targets = [q for q in record.quantities if q.target]
    for g in gold["targets"]:
        if g.get("optional"):
            continue
        hits = [q for q in targets if abs(q.value - g["value"]) < 1e-9 and q.year == g["year"]
                and g["text"] in record_text(record)[q.evidence.start - 20:q.evidence.end + 20]]
        assert hits, g
    metrics_in_plans = [m for m in record.metrics if m.target]
    assert all(m.year is not None for m in metrics_in_plans)


def record_text(record) -> str:
    return (ROOT / record.source.path).read_text(encoding="utf-8") if not Path(record.source.path).is_absolute() \
        else Path(record.source.path).read_text(encoding="utf-8")
