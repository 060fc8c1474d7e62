"""`lawreport eval`: the CLI over lawreport.evaluate on perfect, empty and wrong predictions; agrees with score.py."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import GOLD, ROOT, SCORE_PY, SEEDS_DIR

from lawreport.errors import ExitCode

EXTRACT_CMD = shlex.join([sys.executable, "-m", "lawreport", "extract"])


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "lawreport", "eval", *map(str, args)], check=False,
                          capture_output=True, text=True, timeout=120, cwd=ROOT)


def score_py(gold: Path, docs: Path, *extra: str) -> subprocess.CompletedProcess:
    if not SCORE_PY.is_file():
        pytest.skip(f"reference scorer {SCORE_PY} not present")
    return subprocess.run([sys.executable, str(SCORE_PY), "--gold", str(gold), "--docs", str(docs),
                           "--cmd", EXTRACT_CMD, *extra], check=False, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def last_line(output: str) -> str:
    return output.rstrip("\n").splitlines()[-1]


def gold_record(doc: str, metrics: list[dict], **fields) -> dict:
    record = {"doc": doc, "kind": "other", "title": None, "issuer": None, "region": None, "report_year": None,
              "published": None, "metrics": metrics, "allowed": [], "rates": [], "documents_min": []}
    return {**record, **fields}


@pytest.fixture()
def wrong_gold(tmp_path) -> Path:
    """The seeds' gold with one value changed: one miss and one false positive on mediation_cases."""
    gold = tmp_path / "gold"
    shutil.copytree(GOLD, gold)
    path = gold / "004_1e5d942eb283dfeb.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    (metric,) = [m for m in data["metrics"] if m["key"] == "mediation_cases"]
    metric["value"] = 2522
    data["title"] = "坪山区2022年法治政府建设年度报告"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return gold


@pytest.fixture()
def empty_case(tmp_path) -> tuple[Path, Path]:
    """A document that states nothing, against a gold that expects two metrics: every fact is missed."""
    docs, gold = tmp_path / "docs", tmp_path / "gold"
    docs.mkdir()
    gold.mkdir()
    (docs / "blank.txt").write_text("本文只谈工作思路,不列任何数字。\n", encoding="utf-8")
    record = gold_record("blank.txt", [
        {"key": "notarizations", "value": 5783, "year": 2024, "evidence": "办理公证5783件"},
        {"key": "legal_aid_cases", "value": 1466, "year": 2024, "evidence": "法律援助案件1466件"},
    ])
    (gold / "blank.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return gold, docs


def test_perfect_on_the_seeds():
    proc = run(GOLD, "--docs", SEEDS_DIR, "--min-f1", "1", "--min-recall", "1", "--min-precision", "1")
    assert proc.returncode == 0, proc.stderr
    assert "MISSED" not in proc.stdout and "FALSE" not in proc.stdout
    assert "(all headline keys)" in proc.stdout and "metadata accuracy" in proc.stdout
    assert last_line(proc.stdout).startswith("score: docs=5 errors=0 headline P=1.000 R=1.000 F1=1.000")


def test_score_line_equals_the_reference_scorer():
    reference = score_py(GOLD, SEEDS_DIR)
    assert reference.returncode == 0, reference.stderr
    ours = run(GOLD, "--docs", SEEDS_DIR)
    assert ours.returncode == 0, ours.stderr
    assert last_line(ours.stdout) == last_line(reference.stdout)


def test_imperfect_scores_equal_the_reference_scorer(wrong_gold):
    reference = score_py(wrong_gold, SEEDS_DIR)
    ours = run(wrong_gold, "--docs", SEEDS_DIR)
    assert last_line(ours.stdout) == last_line(reference.stdout)
    assert "headline P=1.000 R=1.000" not in last_line(ours.stdout)
    ref_json = json.loads(score_py(wrong_gold, SEEDS_DIR, "--json").stdout)
    our_json = json.loads(run(wrong_gold, "--docs", SEEDS_DIR, "--json").stdout)
    for key, value in ref_json.items():
        if isinstance(value, dict):
            for inner, number in value.items():
                assert our_json[key][inner] == number or our_json[key][inner].items() >= number.items(), (key, inner)
        else:
            assert our_json[key] == value, key


def test_wrong_prediction_lists_the_miss_and_the_false_positive(wrong_gold):
    proc = run(wrong_gold, "--docs", SEEDS_DIR)
    assert proc.returncode == 0
    assert "004_1e5d942eb283dfeb.txt: MISSED mediation_cases=2522 year=2022 (受理调解案件2521宗)" in proc.stdout
    assert "004_1e5d942eb283dfeb.txt: FALSE mediation_cases=2521 year=2022" in proc.stdout
    assert "metadata wrong: title" in proc.stdout
    assert "mediation_cases                         2    1    1" in proc.stdout


def test_thresholds_give_a_non_zero_exit(wrong_gold):
    proc = run(wrong_gold, "--docs", SEEDS_DIR, "--min-f1", "0.99")
    assert proc.returncode == int(ExitCode.SOME_FAILED)
    assert proc.stderr.startswith("lawreport: headline F1 0.9") and proc.stderr.count("\n") == 1
    assert last_line(proc.stdout).startswith("score: ")  # the report is still printed
    assert run(wrong_gold, "--docs", SEEDS_DIR, "--min-f1", "0.9").returncode == 0
    assert run(wrong_gold, "--docs", SEEDS_DIR, "--min-precision", "0.99").returncode == int(ExitCode.SOME_FAILED)


def test_json_output(wrong_gold):
    proc = run(wrong_gold, "--docs", SEEDS_DIR, "--json")
    data = json.loads(proc.stdout)
    assert data["headline"]["tp"] == 31 and data["headline"]["fp"] == 1 and data["headline"]["fn"] == 1
    assert data["per_key"]["mediation_cases"] == {"tp": 2, "fp": 1, "fn": 1, "precision": 0.6667,
                                                  "recall": 0.6667, "f1": 0.6667}
    assert data["misses"] == [{"doc": "004_1e5d942eb283dfeb.txt", "key": "mediation_cases", "value": 2522,
                               "year": 2022, "derived": False, "target": False, "evidence": "受理调解案件2521宗"}]
    assert data["false_positives"][0]["evidence"] == "调解案件2521宗"
    assert data["metadata_fields"]["title"] == {"accuracy": 0.75, "correct": 3, "scored": 4}


def test_empty_prediction(empty_case):
    gold, docs = empty_case
    proc = run(gold, "--docs", docs, "--min-recall", "0.5")
    assert proc.returncode == int(ExitCode.SOME_FAILED)
    assert "blank.txt: MISSED notarizations=5783 year=2024 (办理公证5783件)" in proc.stdout
    assert "blank.txt: MISSED legal_aid_cases=1466 year=2024 (法律援助案件1466件)" in proc.stdout
    assert "headline P=1.000 R=0.000 F1=0.000" in last_line(proc.stdout)
    data = json.loads(run(gold, "--docs", docs, "--json").stdout)
    assert data["headline"]["recall"] == 0.0 and len(data["misses"]) == 2


def test_quiet_leaves_out_the_list(wrong_gold):
    proc = run(wrong_gold, "--docs", SEEDS_DIR, "--quiet")
    assert "MISSED" not in proc.stdout and "FALSE" not in proc.stdout
    assert last_line(proc.stdout).startswith("score: ")


def test_missing_gold_folder(tmp_path):
    proc = run(tmp_path / "nope", "--docs", SEEDS_DIR)
    assert proc.returncode == int(ExitCode.NOT_FOUND) and proc.stdout == ""
    assert proc.stderr.startswith("lawreport: ")


def test_gold_folder_without_gold_files(tmp_path):
    proc = run(tmp_path, "--docs", SEEDS_DIR)
    assert proc.returncode == int(ExitCode.NOT_FOUND)
    assert "no gold files" in proc.stderr


def test_missing_document(tmp_path):
    (tmp_path / "x.json").write_text(json.dumps(gold_record("absent.txt", [])), encoding="utf-8")
    proc = run(tmp_path, "--docs", tmp_path)
    assert proc.returncode == int(ExitCode.NOT_FOUND)
    assert "absent.txt: no such file" in proc.stderr


def test_malformed_gold_file(tmp_path):
    (tmp_path / "x.json").write_text("{not json", encoding="utf-8")
    proc = run(tmp_path, "--docs", tmp_path)
    assert proc.returncode == int(ExitCode.UNREADABLE)
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
