"""lawreport.evaluate: the scoring rules, and agreement with the reference scorer score.py."""
from __future__ import annotations

import copy
import importlib.util
import json
import shlex
import sys
from pathlib import Path

import pytest
from conftest import GOLD, SCORE_PY, SEEDS_DIR
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lawreport.evaluate import (
    META_FIELDS,
    Counts,
    DocResult,
    DocScore,
    EvalResult,
    UnscorableOutput,
    decode_document,
    evaluate,
    render_text,
    score_document,
    score_line,
    threshold_failures,
    thresholds_met,
    to_json,
)

GOLDS = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))}
TEXTS = {name: decode_document((SEEDS_DIR / gold["doc"]).read_bytes()) for name, gold in GOLDS.items()}
NAMES = sorted(GOLDS)
MINHANG = "003_e495358f79400f75"  # gold issuer 闵行区司法局
YANGPU = "001_e4eb8e5b584018fc"   # gold issuer null


def located(text: str, evidence: str) -> dict:
    start = text.find(evidence)
    assert start >= 0, evidence
    return {"text": evidence, "start": start, "end": start + len(evidence)}


def perfect_prediction(gold: dict, text: str) -> dict:
    """What a flawless extractor would output for this gold file."""
    return {
        "kind": gold["kind"],
        "title": gold["title"],
        "issuer": {"name": gold["issuer"]} if gold["issuer"] is not None else None,
        "region": dict(gold["region"]) if gold["region"] is not None else None,
        "report_year": gold["report_year"],
        "published": gold["published"],
        "metrics": [
            {"key": m["key"], "value": m["value"], "year": m.get("year"), "derived": bool(m.get("derived")),
             "target": bool(m.get("target")), "evidence": located(text, m["evidence"])}
            for m in gold["metrics"]
        ],
        "rates": [{"label": r["label"], "value": r["value"], "evidence": located(text, r["label"])}
                  for r in gold["rates"]],
        "documents": [{"title": t} for t in gold["documents_min"]],
    }


def perfect(name: str) -> dict:
    return perfect_prediction(GOLDS[name], TEXTS[name])


def score(name: str, pred: dict) -> DocScore:
    return score_document(GOLDS[name], pred, TEXTS[name])


def run(predictions: dict[str, object]):
    """evaluate() over the seed gold files with canned predictions; an Exception value is raised."""
    def extract(path: Path) -> dict:
        pred = predictions[path.stem]
        if isinstance(pred, Exception):
            raise pred
        return pred
    return evaluate(GOLD, SEEDS_DIR, extract)


# --- scoring rules ----------------------------------------------------------------------


def test_perfect_predictions_score_one():
    result = run({name: perfect(name) for name in NAMES})
    summary = to_json(result)
    assert summary["errors"] == 0
    assert summary["headline"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "fp": 0, "fn": 0,
                                   "tp": sum(len(g["metrics"]) for g in GOLDS.values())}
    assert all(c["f1"] == 1.0 for c in summary["per_key"].values())
    assert set(summary["metadata"].values()) == {1.0} and summary["metadata_all"] == 1.0
    assert summary["rates"]["f1"] == 1.0
    assert summary["documents_recall"] == 1.0
    assert summary["evidence_exact"] == 1.0
    assert not (summary["misses"] or summary["false_positives"] or summary["rate_misses"]
                or summary["rate_false_positives"] or summary["document_misses"] or summary["metadata_errors"])
    assert score_line(result) == ("score: docs=5 errors=0 headline P=1.000 R=1.000 F1=1.000 rates F1=1.000 "
                                  "documents=1.000 metadata=1.000 evidence=1.000")


def test_empty_prediction_scores_zero_where_gold_says_something():
    result = run({name: {} for name in NAMES})
    assert result.errors == 0
    assert result.headline.recall == 0.0 and result.headline.fp == 0
    assert result.rates.recall == 0.0 and result.documents_recall == 0.0
    for name, acc in result.metadata.items():
        gold_non_null = sum(d.score.metadata[name].gold is not None for d in result.docs)
        assert (acc.correct, acc.scored) == (0, gold_non_null)
        assert acc.accuracy == 0.0
    assert result.evidence_rate == 0.0  # nothing carried evidence


def test_abstaining_on_null_gold_metadata_is_not_scored():
    checks = score(YANGPU, perfect(YANGPU)).metadata
    assert checks["issuer"].gold is None and not checks["issuer"].scored and checks["issuer"].correct
    guessed = score(YANGPU, perfect(YANGPU) | {"issuer": {"name": "杨浦区司法局"}}).metadata["issuer"]
    assert guessed.scored and not guessed.correct


def test_wrong_values_are_false_positives_and_misses():
    pred = perfect(MINHANG)
    pred["metrics"][0]["value"] += 1          # reconsideration_received 226 -> 227
    pred["metrics"][1]["year"] = 2019         # reconsideration_closed in the wrong year
    pred["metrics"][5]["derived"] = True      # head_appearance_rate stated, not derived
    pred["metrics"][9]["value"] = "84.2%"     # not a plain number
    s = score(MINHANG, pred)
    assert s.headline.tp == len(GOLDS[MINHANG]["metrics"]) - 4
    assert {m["key"] for m in s.missed} == {m["key"] for m in s.false_positives} == {
        "reconsideration_received", "reconsideration_closed", "head_appearance_rate", "mediation_success_rate"}
    per_key = run({name: pred if name == MINHANG else perfect(name) for name in NAMES}).per_key
    assert per_key["reconsideration_received"] == Counts(tp=2, fp=1, fn=1)  # right in 002 and 004
    assert per_key["reconsideration_received"].precision == pytest.approx(2 / 3)
    assert per_key["mediation_success_rate"].recall == pytest.approx(2 / 3)


def test_rate_values_within_tolerance_match():
    pred = perfect(MINHANG)
    pred["metrics"][9]["value"] = 84.2105  # mediation_success_rate gold 84.2; score.py allows 0.011
    assert score(MINHANG, pred).headline == score(MINHANG, perfect(MINHANG)).headline
    pred["metrics"][9]["value"] = 84.22
    assert score(MINHANG, pred).headline.fp == 1


def test_allowed_facts_are_not_false_positives():
    gold = GOLDS[MINHANG]
    pred = perfect(MINHANG)
    pred["metrics"] += [{"key": a["key"], "value": a["value"], "year": 2020} for a in gold["allowed"]]
    assert score(MINHANG, pred).headline.fp == 0
    pred["metrics"].append({"key": "mediation_cases", "value": 12345, "year": 2020})
    assert [m["value"] for m in score(MINHANG, pred).false_positives] == [12345]


def test_repeated_predictions_count_once():
    pred = perfect(MINHANG)
    pred["metrics"] = pred["metrics"] * 3
    pred["rates"] = pred["rates"] * 2 + [{"label": pred["rates"][0]["label"] + " ", "value": pred["rates"][0]["value"]}]
    s = score(MINHANG, pred)
    assert (s.headline.fp, s.rates.fp) == (0, 0)
    assert s.evidence_total == 3 * len(GOLDS[MINHANG]["metrics"]) + 2 * len(GOLDS[MINHANG]["rates"]) + 1


def test_gold_without_year_accepts_any_year():
    gold = {"metrics": [{"key": "notarizations", "value": 30}]}
    assert score_document(gold, {"metrics": [{"key": "notarizations", "value": 30, "year": 2019}]}, "").headline.tp == 1
    gold["metrics"][0]["year"] = 2020
    assert score_document(gold, {"metrics": [{"key": "notarizations", "value": 30}]}, "").headline.tp == 0


@pytest.mark.parametrize(("issuer", "correct"), [
    ("上海市闵行区司法局", True), ("闵行区司法局", True), ({"name": "上海市闵行区司法局"}, True),
    ("闵行区司法局 ", True), ("宝山区司法局", False), ("区司法局", False), ("市闵行区司法局", False), (None, False),
])
def test_issuer_prefix_rule(issuer, correct):
    assert score(MINHANG, perfect(MINHANG) | {"issuer": issuer}).metadata["issuer"].correct is correct


def test_rate_label_suffix_rule():
    pred = perfect(YANGPU)  # gold labels 出庭应诉率
    pred["rates"] = [{"label": "负责人出庭应诉率", "value": 18.64}, {"label": "应诉率", "value": 53.28}]
    s = score(YANGPU, pred)
    assert (s.rates.tp, s.rates.fp, s.rates.fn) == (2, 0, 0)
    pred["rates"][1]["label"] = "率"  # too short to mean anything
    s = score(YANGPU, pred)
    assert (s.rates.tp, s.rates.fp, s.rates.fn) == (1, 1, 1)


def test_document_titles_compare_after_nfkc():
    pred = perfect(MINHANG)
    pred["documents"] = [{"title": t.replace("(", "(").replace(")", ")")} for t in GOLDS[MINHANG]["documents_min"]]
    assert not score(MINHANG, pred).documents_missed


def test_evidence_must_slice_the_text():
    pred = perfect(MINHANG)
    pred["metrics"][0]["evidence"]["start"] += 1
    pred["rates"][0]["evidence"] = "法制审核率"
    s = score(MINHANG, pred)
    assert (s.evidence_exact, s.evidence_total) == (s.evidence_total - 2, len(pred["metrics"]) + len(pred["rates"]))
    assert s.headline.fn == 0  # evidence does not affect matching


def test_failing_extractor_is_an_error_scored_as_empty():
    preds = {name: perfect(name) for name in NAMES}
    preds[MINHANG] = RuntimeError("boom")
    preds[YANGPU] = ["not", "an", "object"]
    preds[NAMES[0]] = perfect(NAMES[0]) | {"metrics": 5}  # unscorable shape
    result = run(preds)
    assert result.errors == 3
    failed = {d.doc.removesuffix(".txt"): d for d in result.docs if d.error}
    assert set(failed) == {MINHANG, YANGPU, NAMES[0]}
    assert "boom" in failed[MINHANG].error
    assert all(d.score.headline.tp == 0 and d.score.documents_found == 0 for d in failed.values())
    assert "boom" in render_text(result, verbose=False)
    assert score_line(result).startswith("score: docs=5 errors=3 ")


def test_prediction_is_scored_as_its_json_form():
    """`lawreport extract` prints JSON, so tuples from an in-process extractor count as lists."""
    result = run({name: perfect(name) | {"metrics": tuple(perfect(name)["metrics"])} for name in NAMES})
    assert result.errors == 0 and result.headline.f1 == 1.0
    not_json = run({name: perfect(name) | {"published": object()} for name in NAMES})
    assert not_json.errors == 5


def test_render_text_lists_every_miss_and_false_positive():
    pred = perfect(MINHANG)
    pred["metrics"][0]["value"] = 227
    pred["metrics"][0]["evidence"] = located(TEXTS[MINHANG], "新收行政复议案件226件")
    pred["rates"].append({"label": "结案率", "value": 99})
    pred["documents"].pop()
    result = run({name: pred if name == MINHANG else perfect(name) for name in NAMES})
    text = render_text(result)
    doc = GOLDS[MINHANG]["doc"]
    assert f"{doc}: MISSED reconsideration_received=226 year=2020 (新收行政复议案件226件)" in text
    assert f"{doc}: FALSE reconsideration_received=227 year=2020 derived=False target=False (新收行政复议案件226件)" in text
    assert f"{doc}: FALSE rate 结案率=99" in text
    assert f"{doc}: MISSED document 《{GOLDS[MINHANG]['documents_min'][-1]}》" in text
    assert text.splitlines()[0].split() == ["key", "tp", "fp", "fn", "P", "R", "F1"]
    assert "reconsideration_received                2    1    1  0.667  0.667  0.667" in text
    assert text.rstrip().splitlines()[-1] == score_line(result)
    assert "MISSED" not in render_text(result, verbose=False)
    summary = json.loads(json.dumps(to_json(result), ensure_ascii=False))
    assert summary["misses"][0]["evidence"] == "新收行政复议案件226件"
    assert summary["false_positives"][0]["value"] == 227


def test_breakdown_by_gold_kind_separates_genres():
    """A wrong kind and a missed fact in the one case study show in its row, not in the annual reports'."""
    case_study = next(name for name in NAMES if GOLDS[name]["kind"] == "case_study")
    pred = perfect(case_study)
    pred["kind"] = "news"
    pred["metrics"].pop()
    result = run({name: pred if name == case_study else perfect(name) for name in NAMES})
    groups = result.per_kind
    assert set(groups) == {"annual_report", "case_study"}
    assert len(groups["case_study"].docs) == 1 and len(groups["annual_report"].docs) == len(NAMES) - 1
    assert groups["annual_report"].headline.f1 == 1.0 and groups["annual_report"].metadata_overall.accuracy == 1.0
    assert groups["case_study"].headline.fn == 1 and groups["case_study"].metadata["kind"].correct == 0
    summary = json.loads(json.dumps(to_json(result), ensure_ascii=False))["per_kind"]
    assert summary["case_study"]["docs"] == 1 and summary["case_study"]["metadata"]["kind"] == 0.0
    assert summary["case_study"]["headline"]["fn"] == 1 and summary["annual_report"]["headline"]["f1"] == 1.0
    rows = {line.split()[0]: line.split() for line in render_text(result).splitlines() if line.startswith("  ")}
    assert rows["case_study"][1] == "1" and rows["annual_report"][1] == str(len(NAMES) - 1)


def test_score_line_rounds_like_score_py():
    """score.py prints documents/metadata/evidence after rounding to 4 places: 4/21 shows as 0.191, not 0.190."""
    doc = score_document({"metrics": [], "documents_min": list("abcdefghijklmnopqrstu")},
                         {"documents": [{"title": t} for t in "abcd"]}, "")
    doc.evidence_exact, doc.evidence_total = 4, 21
    line = score_line(EvalResult([DocResult("x.txt", doc)]))
    assert "documents=0.191 metadata=1.000 evidence=0.191" in line


def test_thresholds():
    result = run({name: perfect(name) if name != MINHANG else {} for name in NAMES})
    f1 = result.headline.f1
    assert thresholds_met(result) and thresholds_met(result, min_f1=round(f1, 4))
    assert not thresholds_met(result, min_f1=0.99)
    assert threshold_failures(result, min_recall=0.99, min_precision=0.5) == [
        f"headline recall {round(result.headline.recall, 4)} < 0.99"]


# --- agreement with score.py --------------------------------------------------------------


@pytest.fixture(scope="module")
def score_py():
    if not SCORE_PY.is_file():
        pytest.skip(f"{SCORE_PY} not present")
    spec = importlib.util.spec_from_file_location("reference_score", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def reference_counts(ref: dict) -> dict:
    return {
        "meta": ref["meta"],
        "headline": (len(ref["tp"]), len(ref["fp"]), len(ref["fn"])),
        "keys": sorted((kind, m.get("key")) for kind in ("tp", "fp", "fn") for m in ref[kind]),
        "rates": (ref["rates"][0], ref["rates"][1], len(ref["rates"][2])),
        "docs": (ref["docs"][0], len(ref["docs"][1])),
        "evidence": ref["evidence"],
    }


def our_counts(s: DocScore) -> dict:
    return {
        "meta": {name: (c.correct, not c.scored) for name, c in s.metadata.items()},
        "headline": (s.headline.tp, s.headline.fp, s.headline.fn),
        "keys": sorted([("tp", m.get("key")) for m in s.matched] + [("fp", m.get("key")) for m in s.false_positives]
                       + [("fn", m.get("key")) for m in s.missed]),
        "rates": (s.rates.tp, s.rates.fp, s.rates.fn),
        "docs": (s.documents_found, len(s.documents_missed)),
        "evidence": (s.evidence_exact, s.evidence_total),
    }


def synthetic_predictions(name: str) -> dict[str, dict]:
    gold, base = GOLDS[name], perfect(name)
    wrong = copy.deepcopy(base)
    for m in wrong["metrics"][::2]:
        m["value"] = m["value"] + 2
    for m in wrong["metrics"][1::3]:
        m["year"] = (m["year"] or 2000) - 1
    wrong["rates"] = [{"label": r["label"][-2:], "value": r["value"] + 0.005} for r in wrong["rates"]]
    wrong["rates"].append({"label": "率", "value": 1})
    wrong |= {"issuer": "上海市" + (gold["issuer"] or "某某局"), "kind": "news", "report_year": None,
              "region": {"province": gold["region"]["province"]}}
    noisy = copy.deepcopy(base)
    noisy["metrics"] = noisy["metrics"][::-1] * 2 + [{"key": a["key"], "value": a["value"]} for a in gold["allowed"]]
    noisy["metrics"] += [{"key": "notarizations", "value": True}, {"key": "unknown", "value": 1}, "junk", None]
    noisy["documents"] = [{"title": t.upper()} for t in gold["documents_min"][::2]] + ["junk"]
    return {"perfect": base, "empty": {}, "wrong": wrong, "noisy": noisy,
            "strings": {"metrics": "abc", "rates": "de", "documents": "xyz", "issuer": 7}}


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("variant", ["perfect", "empty", "wrong", "noisy", "strings"])
def test_same_counts_as_score_py(score_py, name, variant):
    pred = synthetic_predictions(name)[variant]
    ref = score_py.score_doc(GOLDS[name], copy.deepcopy(pred), TEXTS[name])
    assert our_counts(score(name, pred)) == reference_counts(ref)


@pytest.mark.parametrize("order", [1, -1])
def test_order_dependent_corner_as_score_py(score_py, order):
    """Two predictions fit one gold fact; only one of them is also an allowed fact. Which one the
    matching takes decides whether the other is a false positive, so the augmenting order must be score.py's."""
    gold = {"doc": "x.txt", "metrics": [{"key": "mediation_success_rate", "value": 99.78, "year": 2023}],
            "allowed": [{"key": "mediation_success_rate", "value": 99.77}], "rates": [], "documents_min": []}
    pred = {"metrics": [{"key": "mediation_success_rate", "value": v, "year": 2023} for v in (99.78, 99.79)][::order]}
    ours = score_document(gold, pred, "")
    assert our_counts(ours) == reference_counts(score_py.score_doc(gold, pred, ""))
    assert ours.headline.fp == (1 if order == 1 else 0)


json_scalars = st.none() | st.booleans() | st.integers(-3, 2030) | st.floats(-1, 101, allow_nan=False) | st.text(max_size=3)


@st.composite
def fuzzed_predictions(draw, name: str):
    """Perturbed copies of a perfect prediction, including shapes score.py cannot score."""
    gold, pred = GOLDS[name], copy.deepcopy(perfect(name))
    facts = pred["metrics"] + [{"key": a["key"], "value": a["value"]} for a in gold["allowed"]]
    metrics = draw(st.lists(st.sampled_from(facts), max_size=12)) if facts else []
    mutated = []
    for m in metrics:
        m = dict(m)
        change = draw(st.sampled_from(["none", "value", "year", "derived", "target", "key", "evidence", "drop"]))
        if change == "value":
            m["value"] = draw(st.sampled_from([m["value"], m["value"] + 0.0105, m["value"] + 0.02, str(m["value"]),
                                               True, 10 ** 400, [m["value"]]]))
        elif change in ("year", "derived", "target"):
            m[change] = draw(json_scalars | st.just(2020) | st.just([2020]))
        elif change == "key":
            m["key"] = draw(st.sampled_from(["notarizations", "mediation_cases", "other", None, ["x"]]))
        elif change == "evidence":
            m["evidence"] = draw(st.none() | st.text(max_size=2) | st.fixed_dictionaries(
                {"text": st.text(max_size=2), "start": json_scalars, "end": json_scalars}))
        mutated.append(m if change != "drop" else draw(json_scalars))
    rates = [dict(r) for r in pred["rates"]] + [{"label": draw(st.text("率出庭应诉调解成功", max_size=4)),
                                                 "value": draw(json_scalars)}]
    pred["metrics"] = draw(st.sampled_from([mutated] * 8 + [None, "abc", {"k": 1}, 5]))
    pred["rates"] = draw(st.sampled_from([rates] * 8 + [None, "xy", [None, "s"]]))
    pred["documents"] = draw(st.sampled_from([pred["documents"]] * 6 + [[{"title": ["t"]}], 3, "doc", None]))
    for key in ("issuer", "region", "title", "report_year"):
        if draw(st.booleans()):
            pred[key] = draw(json_scalars | st.just({"name": "上海市" + str(gold["issuer"])}) | st.just({}))
    return pred


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_fuzzed_predictions_agree_with_score_py(score_py, data):
    name = data.draw(st.sampled_from(NAMES))
    pred = data.draw(fuzzed_predictions(name))
    try:
        expected = reference_counts(score_py.score_doc(GOLDS[name], copy.deepcopy(pred), TEXTS[name]))
    except Exception:  # noqa: BLE001 - then ours must refuse the output as well
        # what score_document raises on such output: metrics/rates that are not lists, an unhashable
        # key, year or title, documents that are not a list, a value too large for a float
        with pytest.raises((UnscorableOutput, TypeError, OverflowError)):
            score(name, pred)
        return
    assert our_counts(score(name, pred)) == expected


@pytest.mark.parametrize("raw", [
    "宝山区司法局".encode(), "宝山区".encode("utf-8-sig"), "宝山区".encode("utf-16"),
    "\ufeff宝山".encode("utf-16-be"), "宝山区".encode("utf-16-le"), "宝山区司法局".encode("gb18030"),
    b"\xff\xfe\x00", b"\x80\x80\xff", b"",
])
def test_decoding_matches_score_py(score_py, raw):
    assert decode_document(raw) == score_py.decode(raw)


def test_whole_run_matches_score_py(score_py, tmp_path, capsys):
    """Same folder, same predictions: score.py's --json summary and final line equal ours."""
    preds = {name: synthetic_predictions(name)["noisy" if i % 2 else "wrong"] for i, name in enumerate(NAMES)}
    preds[NAMES[-1]] = perfect(NAMES[-1])
    preds[NAMES[2]] = "crash"
    (tmp_path / "preds.json").write_text(json.dumps(preds, ensure_ascii=False), encoding="utf-8")
    script = tmp_path / "fake_extract.py"
    script.write_text(
        "import json, sys, pathlib\n"
        "preds = json.loads(pathlib.Path(sys.argv[1]).read_text(encoding='utf-8'))\n"
        "pred = preds[pathlib.Path(sys.argv[2]).stem]\n"
        "sys.exit(1) if pred == 'crash' else print(json.dumps(pred, ensure_ascii=False))\n",
        encoding="utf-8")
    cmd = shlex.join([sys.executable, str(script), str(tmp_path / "preds.json")])
    args = ["--gold", str(GOLD), "--docs", str(SEEDS_DIR), "--cmd", cmd]

    def extract(path: Path) -> dict:
        if preds[path.stem] == "crash":
            raise RuntimeError("crash")
        return preds[path.stem]

    result = evaluate(GOLD, SEEDS_DIR, extract)
    ours = to_json(result)

    score_py.main(args + ["--json"])
    reference = json.loads(capsys.readouterr().out)
    for key, value in reference.items():
        if key == "per_key":
            assert {k: {c: v[c] for c in ("tp", "fp", "fn")} for k, v in ours[key].items()} == value
        elif isinstance(value, dict):
            assert {k: ours[key][k] for k in value} == value, key
        else:
            assert ours[key] == value, key
    assert set(ours["metadata"]) == set(META_FIELDS)
    assert reference["errors"] == 1

    score_py.main(args)
    assert capsys.readouterr().out.rstrip().splitlines()[-1] == score_line(result)
