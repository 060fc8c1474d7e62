"""The seeds against their gold: every headline fact, rate, document and metadata field."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from conftest import GOLD, SCORE_PY, SEEDS_DIR, assert_spans_slice

from lawreport import evaluate
from lawreport.pipeline import extract_file


def _predict(path: Path) -> dict:
    return json.loads(extract_file(path).model_dump_json())


@pytest.fixture(scope="module")
def result():
    return evaluate.evaluate(GOLD, SEEDS_DIR, _predict)


def test_seeds_score_perfectly(result):
    line = evaluate.score_line(result)
    assert line.endswith(
        "headline P=1.000 R=1.000 F1=1.000 rates F1=1.000 documents=1.000 metadata=1.000 evidence=1.000"
    ), evaluate.render_text(result, verbose=True)
    assert result.errors == 0


@pytest.mark.parametrize("gold_path", sorted(GOLD.glob("*.json")), ids=lambda p: p.stem[:3])
def test_every_gold_fact_has_exact_evidence(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = evaluate.decode_document((SEEDS_DIR / gold["doc"]).read_bytes())
    record = _predict(SEEDS_DIR / gold["doc"])
    assert_spans_slice(record, text)
    for fact in gold["metrics"]:
        matches = [m for m in record["metrics"] if m["key"] == fact["key"] and abs(m["value"] - fact["value"]) < 0.011]
        assert matches, fact
        # the gold's evidence phrase and ours overlap: the value was read where the gold reader read it
        gold_at = text.find(fact["evidence"])
        assert any(m["evidence"]["start"] < gold_at + len(fact["evidence"]) and gold_at < m["evidence"]["end"]
                   for m in matches), (fact, matches)


@pytest.mark.skipif(not SCORE_PY.exists(), reason="the shared reference scorer is not beside this checkout")
def test_reference_scorer_agrees(result):
    spec = importlib.util.spec_from_file_location("reference_score", SCORE_PY)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    for doc in result.docs:
        gold = json.loads((GOLD / (Path(doc.doc).stem + ".json")).read_text(encoding="utf-8"))
        text = scorer.decode((SEEDS_DIR / gold["doc"]).read_bytes())
        s = scorer.score_doc(gold, _predict(SEEDS_DIR / gold["doc"]), text)
        assert not s["fn"] and not s["fp"], (gold["doc"], s["fn"], s["fp"])
