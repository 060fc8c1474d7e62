"""A seed re-encoded (GB18030, UTF-16, UTF-8 with BOM) and written with full-width
punctuation and digits gives the same facts, with spans into that text."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawreport.pipeline import extract_file

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
FULL_WIDTH = str.maketrans({**{c: chr(ord(c) + 0xFEE0) for c in "0123456789,()%:;!?"}, " ": "\u3000"})


def facts(record) -> list[tuple]:
    return [(m.key, m.value, m.year, m.derived, m.target) for m in record.metrics] + \
           [(r.label, r.value, r.year) for r in record.rates]


def region(record) -> tuple | None:
    r = record.region
    return (r.province, r.city, r.county, r.code) if r else None


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
@pytest.mark.parametrize("encoding", ["gb18030", "utf-16", "utf-8-sig"])
def test_full_width_reencoded_seed_gives_same_facts(tmp_path, seed, encoding):
    original = extract_file(seed)
    text = seed.read_text(encoding="utf-8").translate(FULL_WIDTH)
    variant = tmp_path / seed.name
    variant.write_bytes(text.encode(encoding))
    record = extract_file(variant)
    assert record.source.encoding == encoding.replace("-sig", "")
    assert facts(record) == facts(original)
    assert [d.title for d in record.documents] == [d.title.translate(FULL_WIDTH) for d in original.documents]
    assert (record.kind, record.report_year, record.published) == (original.kind, original.report_year, original.published)
    assert region(record) == region(original)
    for item in [*record.metrics, *record.rates, *record.documents]:
        ev = item.evidence
        assert text[ev.start:ev.end] == ev.text
