"""A seed re-encoded (GB18030, UTF-16, UTF-8 with BOM) and written with full-width
punctuation and digits gives the same facts, with spans into that text."""

from __future__ import annotations

import pytest
from conftest import SEEDS, assert_spans_slice, facts

from lawreport.normalize import normalize
from lawreport.pipeline import extract_file

FULL_WIDTH = str.maketrans({**{c: chr(ord(c) + 0xFEE0) for c in "0123456789,()%:;!?"}, " ": "\u3000"})


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
@pytest.mark.parametrize("encoding", ["gb18030", "utf-16", "utf-8-sig"])
def test_full_width_reencoded_seed_gives_same_facts(tmp_path, seed, encoding):
    original = extract_file(seed)
    text = seed.read_text(encoding="utf-8").translate(FULL_WIDTH)
    variant = tmp_path / seed.name
    variant.write_bytes(text.encode(encoding))
    record = extract_file(variant)
    assert record.source.encoding == encoding.replace("-sig", "")
    assert facts(record, normalize) == facts(original, normalize)
    assert [d.title for d in record.documents] == [d.title.translate(FULL_WIDTH) for d in original.documents]
    assert_spans_slice(record, text)
