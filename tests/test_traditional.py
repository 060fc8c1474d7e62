"""A report in traditional script gives the facts of its simplified original, with spans into its own text.

The seeds are converted character by character with lawreport/data/t2s.tsv read
backwards: a simplified character that Big5 cannot encode (区 说 为) takes its
first traditional form that Big5 can (區 說 為); the others stay, as they do in
real traditional text (局 党 台). About 30% of each seed's Chinese characters change.
"""

from __future__ import annotations

from importlib.resources import files

import pytest
from conftest import SEEDS, assert_spans_slice, facts, load_written

from lawreport.normalize import normalize, normalize_mapped
from lawreport.pipeline import extract, extract_file


def _encodable(char: str) -> bool:
    try:
        char.encode("big5")
    except UnicodeEncodeError:
        return False
    return True


def _to_traditional_table() -> dict[int, str]:
    text = files("lawreport").joinpath("data", "t2s.tsv").read_text(encoding="utf-8")
    table: dict[int, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            traditional, simplified = line.split("\t")
            if not _encodable(simplified) and _encodable(traditional):
                table.setdefault(ord(simplified), traditional)
    return table


TO_TRADITIONAL = _to_traditional_table()


def written(text: str) -> str:
    """A label, title or name as its simplified original gives it: pinyin notes dropped, script simplified."""
    return normalize_mapped(text).copy


def evidence(report) -> list:
    return [item.evidence for item in [*report.metrics, *report.rates, *report.documents]] + \
        [s for item in report.metrics for s in item.sources] + list(report.metadata_evidence.values())


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_traditional_seed_gives_the_same_facts(tmp_path, seed):
    simplified = seed.read_text(encoding="utf-8")
    traditional = simplified.translate(TO_TRADITIONAL)
    han = sum(1 for c in simplified if "\u4e00" <= c <= "\u9fff")
    assert sum(a != b for a, b in zip(simplified, traditional)) > 0.25 * han
    path = tmp_path / seed.name
    path.write_text(traditional, encoding="utf-8")
    original = extract_file(seed)
    record = extract_file(path)
    assert facts(record, written) == facts(original, written)
    assert record.metrics or record.rates
    spans, original_spans = evidence(record), evidence(original)
    assert [(s.start, s.end) for s in spans] == [(s.start, s.end) for s in original_spans]
    assert_spans_slice(record, traditional)
    for span, original_span in zip(spans, original_spans):
        assert span.text == original_span.text.translate(TO_TRADITIONAL)
    # labels and names are given as the report writes them
    assert [r.label for r in record.rates] == [r.label.translate(TO_TRADITIONAL) for r in original.rates]
    if original.issuer and original.issuer.evidence and original.issuer.evidence.text == original.issuer.name:
        assert record.issuer.name == original.issuer.name.translate(TO_TRADITIONAL)
    assert facts(extract(traditional), written) == facts(original, written)


NOTES = ("diào", "shěn", "jié", "qū", "zhèng", "yì", "lǜ")


def annotate(text: str, every: int = 5) -> str:
    """text as a conversion mirror writes it: pinyin in parentheses after every so many Han characters."""
    out, han = [], 0
    for char in text:
        out.append(char)
        if "\u4e00" <= char <= "\u9fff":
            han += 1
            if han % every == 0:
                out.append(f"({NOTES[han % len(NOTES)]})")
    return "".join(out)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_annotated_mirror_gives_the_same_facts_with_spans_into_itself(seed):
    """Pinyin after characters does not change what is read, and every span is one of the mirror's own text."""
    simplified = seed.read_text(encoding="utf-8")
    mirror = annotate(simplified.translate(TO_TRADITIONAL))
    original, record = extract(simplified), extract(mirror)
    assert facts(record, written) == facts(original, written)
    spans, original_spans = evidence(record), evidence(original)
    assert len(spans) == len(original_spans)
    assert_spans_slice(record, mirror)
    for span, original_span in zip(spans, original_spans):
        assert normalize_mapped(span.text).written == original_span.text.translate(TO_TRADITIONAL)
    for structure, original_structure in ((record.sections, original.sections),
                                          (record.initiatives, original.initiatives)):
        assert [normalize_mapped(mirror[s.start:s.end]).copy for s in structure] == \
            [normalize(simplified[s.start:s.end]) for s in original_structure]
    assert [i.quantities for i in record.initiatives] == [i.quantities for i in original.initiatives]


def test_big5_file_in_traditional_script(tmp_path):
    text = ("臺北市某區公所2023年法治政府建設工作報告\n"
            "一、主要工作和成效\n"
            "全年共受理行政復議案件120件，辦結115件，其中直接糾錯12件，糾錯率10.4%。"
            "各級調解組織受理矛盾糾紛3000件，調解成功2950件，調解成功率98.3%。\n")
    path = tmp_path / "big5.txt"
    source = load_written(path, text.encode("big5"))
    assert source.encoding == "big5"
    simplified = extract(normalize(text))
    record = extract_file(path)
    assert facts(record)["metrics"] == facts(simplified)["metrics"]
    assert {m.key for m in record.metrics} >= {"reconsideration_closed", "mediation_success_rate"}
    assert_spans_slice(record, source.text)
