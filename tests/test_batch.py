"""Batch conversion: folders in; JSON Lines, CSV or per-file JSON out; bad files reported, never fatal."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest
from conftest import ROOT, SEEDS

from lawreport import batch
from lawreport.catalog import get_catalog
from lawreport.emit import LONG_COLUMNS, META_COLUMNS, wide_columns
from lawreport.errors import ExitCode, LawreportError
from lawreport.models import Report
from lawreport.table import headline_value

SCHEMA = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
FULL_WIDTH = str.maketrans("0123456789%.", "０１２３４５６７８９％．")
IS_ROOT = os.geteuid() == 0  # root reads a file whatever its mode


def cli(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "lawreport", *args], cwd=cwd, input=stdin, capture_output=True,
                          timeout=120, check=False)


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    """A nested folder of good and bad reports, plus what a walk must pass over."""
    root = tmp_path / "reports"
    (root / "2022" / "district").mkdir(parents=True)
    (root / "2023").mkdir()
    (root / "2022" / "a.txt").write_bytes(SEEDS[0].read_bytes())
    (root / "2022" / "district" / "b.md").write_bytes(SEEDS[1].read_bytes())
    (root / "2023" / "empty.txt").write_bytes(b"")
    (root / "2023" / "fullwidth.txt").write_text(SEEDS[2].read_text(encoding="utf-8").translate(FULL_WIDTH),
                                                 encoding="utf-8")
    (root / "2023" / "gbk.txt").write_bytes(SEEDS[4].read_text(encoding="utf-8").encode("gbk"))
    (root / "2023" / "gone.txt").symlink_to(root / "2023" / "vanished.txt")  # a file removed after the listing
    (root / "2023" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    secret = root / "2023" / "secret.txt"
    secret.write_bytes(SEEDS[3].read_bytes())
    secret.chmod(0)
    (root / "2023" / "undecodable.txt").write_bytes(b"abc \x80\xff\x81\xfe" * 50)
    (root / "2023" / "notes.csv").write_text("not a report\n", encoding="utf-8")
    (root / ".hidden.txt").write_bytes(SEEDS[0].read_bytes())
    (root / "2023" / "loop").symlink_to(root)
    return root


GOOD = ["2022/a.txt", "2022/district/b.md", "2023/fullwidth.txt", "2023/gbk.txt"] + (
    ["2023/secret.txt"] if IS_ROOT else [])
BAD = {"2023/empty.txt": "empty", "2023/gone.txt": "not_found", "2023/image.txt": "binary",
       "2023/undecodable.txt": "undecodable"} | ({} if IS_ROOT else {"2023/secret.txt": "unreadable"})


def records(json_lines: bytes) -> list[dict]:
    return [json.loads(line) for line in json_lines.decode("utf-8").splitlines()]


def test_folder_gives_valid_json_lines_and_reports_every_bad_file(tree: Path):
    proc = cli("extract", "reports", "--errors", "errors.jsonl", cwd=tree.parent)
    assert proc.returncode == ExitCode.SOME_FAILED, proc.stderr
    got = records(proc.stdout)
    assert [r["source"]["path"] for r in got] == [f"reports/{p}" for p in GOOD]
    for record in got:
        jsonschema.validate(record, SCHEMA)
    by_name = {Path(r["source"]["path"]).name: r for r in got}
    assert by_name["gbk.txt"]["source"]["encoding"] == "gb18030"
    plain = json.loads(cli("extract", "--compact", str(SEEDS[2]), cwd=ROOT).stdout)
    assert [(m["key"], m["value"], m["year"]) for m in by_name["fullwidth.txt"]["metrics"]] == [
        (m["key"], m["value"], m["year"]) for m in plain["metrics"]]
    errors = records((tree.parent / "errors.jsonl").read_bytes())
    assert {e["path"]: e["kind"] for e in errors} == {f"reports/{p}": kind for p, kind in BAD.items()}
    lines = proc.stderr.decode("utf-8").splitlines()
    assert len(lines) == len(BAD) + 1 and all(line.startswith("lawreport: ") for line in lines)
    assert f"{len(GOOD)} converted, {len(BAD)} failed" in lines[-1]
    assert "\x1b" not in proc.stderr.decode("utf-8")  # no progress bar when stderr is not a terminal


def test_output_order_does_not_depend_on_jobs(tree: Path):
    one, two = (cli("extract", "reports", "--quiet", "--jobs", jobs, cwd=tree.parent) for jobs in ("1", "2"))
    assert one.stdout == two.stdout and one.stdout.count(b"\n") == len(GOOD)
    assert one.stderr == two.stderr and one.stderr.decode("utf-8").count("\n") == len(BAD)  # --quiet: no summary


def test_wide_csv_reads_back_as_the_json_values(tree: Path):
    as_json = [Report.model_validate(r) for r in records(cli("extract", "reports", "-q", cwd=tree.parent).stdout)]
    proc = cli("extract", "reports", "-q", "--format", "csv", "--bom", "-o", "wide.csv", cwd=tree.parent)
    assert proc.returncode == ExitCode.SOME_FAILED and proc.stdout == b""
    raw = (tree.parent / "wide.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\r\n") >= len(GOOD) + 1
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert list(rows[0]) == wide_columns() and len(rows) == len(as_json)
    for report, row in zip(as_json, rows, strict=True):
        region = report.region
        expected = {"path": report.source.path, "kind": report.kind, "title": report.title,
                    "issuer": report.issuer.name if report.issuer else None,
                    "province": region and region.province, "city": region and region.city,
                    "county": region and region.county, "code": region and region.code,
                    "report_year": report.report_year, "published": report.published}
        assert {k: row[k] for k in META_COLUMNS} == {k: "" if v is None else str(v) for k, v in expected.items()}
        assert int(row["findings"]) == len(report.findings)
        for key in get_catalog().keys:
            metric = headline_value(report, key)
            assert (float(row[key]) if row[key] else None) == (metric.value if metric else None), key
            if metric:
                assert not metric.target and (report.report_year is None or metric.year == report.report_year)


def test_long_csv_reads_back_as_the_json_values(tree: Path):
    as_json = records(cli("extract", "reports", "-q", "--jobs", "1", cwd=tree.parent).stdout)
    proc = cli("extract", "reports", "-q", "--format", "csv", "--csv-layout", "long", cwd=tree.parent)
    rows = list(csv.DictReader(io.StringIO(proc.stdout.decode("utf-8"), newline="")))
    assert rows and list(rows[0]) == LONG_COLUMNS
    expected = [(r["source"]["path"], "metric", m["key"], m["value"], m["unit"], m["year"], m["target"],
                 m["evidence"]["text"], m["evidence"]["start"]) for r in as_json for m in r["metrics"]] + [
        (r["source"]["path"], "rate", "", x["value"], "%", x["year"], x["target"], x["evidence"]["text"],
         x["evidence"]["start"]) for r in as_json for x in r["rates"]
        if (x["evidence"], x["value"]) not in [(m["evidence"], m["value"]) for m in r["metrics"]]]  # listed once
    got = [(row["path"], row["fact"], row["key"], float(row["value"]), row["unit"],
            int(row["year"]) if row["year"] else None, row["target"] == "true", row["evidence"], int(row["start"]))
           for row in rows]
    assert sorted(got, key=repr) == sorted(expected, key=repr)


def test_output_folder_mirrors_the_input_tree(tree: Path):
    proc = cli("extract", "reports", "-q", "-o", "out", cwd=tree.parent)
    assert proc.returncode == ExitCode.SOME_FAILED
    written = sorted(p.relative_to(tree.parent / "out").as_posix() for p in (tree.parent / "out").rglob("*")
                     if p.is_file())
    assert written == sorted(str(Path(p).with_suffix(".json")) for p in GOOD)
    record = json.loads((tree.parent / "out" / "2022" / "district" / "b.json").read_text(encoding="utf-8"))
    assert record["source"]["path"] == "reports/2022/district/b.md"


def _wait_for_outputs(out: Path, count: int, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while len(list(out.rglob("*.json"))) < count and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)


def test_interrupted_run_resumes_with_skip_existing(tmp_path: Path):
    inputs = tmp_path / "in"
    for i in range(240):
        (inputs / f"d{i % 4}").mkdir(parents=True, exist_ok=True)
        (inputs / f"d{i % 4}" / f"r{i:03}.txt").write_bytes(SEEDS[i % len(SEEDS)].read_bytes())
    out = tmp_path / "out"
    command = [sys.executable, "-m", "lawreport", "extract", str(inputs), "-o", str(out)]

    crashed = subprocess.Popen([*command, "-q", "--jobs", "1"])
    _wait_for_outputs(out, 5, crashed)
    crashed.kill()  # no chance to clean up: still no partial NAME.json
    crashed.wait()
    for p in out.rglob("*.json"):
        json.loads(p.read_text(encoding="utf-8"))

    interrupted = subprocess.Popen([*command, "-q", "--skip-existing", "--jobs", "2"], start_new_session=True,
                                   stderr=subprocess.PIPE)
    _wait_for_outputs(out, len(list(out.rglob("*.json"))) + 5, interrupted)
    os.killpg(interrupted.pid, signal.SIGINT)  # Ctrl-C reaches the workers too
    _, err = interrupted.communicate(timeout=60)
    assert interrupted.returncode == batch.INTERRUPTED, err
    assert b"Traceback" not in err
    done_before = {p: p.stat().st_mtime_ns for p in out.rglob("*.json")}
    assert len(done_before) < 240, "the run ended before it was interrupted"
    assert len([p for p in out.rglob("*.tmp")]) <= 1  # what the killed run was writing; Ctrl-C cleans up

    resumed = subprocess.run([*command, "--skip-existing"], capture_output=True, timeout=120, check=False)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{240 - len(done_before)} converted, 0 failed".encode() in resumed.stderr
    assert f"{len(done_before)} skipped".encode() in resumed.stderr
    outputs = sorted(p.relative_to(out).with_suffix(".txt") for p in out.rglob("*.json"))
    assert outputs == sorted(p.relative_to(inputs) for p in inputs.rglob("*.txt"))
    assert all(p.stat().st_mtime_ns == mtime for p, mtime in done_before.items())


def test_fail_fast_stops_at_the_first_failure_with_its_code(tree: Path):
    proc = cli("extract", "reports", "--fail-fast", "--jobs", "2", cwd=tree.parent)
    assert proc.returncode == ExitCode.EMPTY
    assert [r["source"]["path"] for r in records(proc.stdout)] == ["reports/2022/a.txt", "reports/2022/district/b.md"]
    failure, summary = proc.stderr.decode("utf-8").splitlines()
    assert failure == "lawreport: reports/2023/empty.txt: file is empty"
    assert "2 converted, 1 failed" in summary


def test_one_file_keeps_its_json_and_several_give_lines(tmp_path: Path):
    pretty = cli("extract", str(SEEDS[0]), cwd=tmp_path)
    assert pretty.returncode == 0 and pretty.stderr == b""
    report = Report.model_validate_json(pretty.stdout)
    assert pretty.stdout.decode("utf-8") == report.model_dump_json(indent=2) + "\n"
    lines = cli("extract", "-", str(SEEDS[1]), "--jobs", "2", "-q", cwd=tmp_path, stdin=SEEDS[0].read_bytes())
    first, second = records(lines.stdout)
    assert first["source"]["path"] is None and first["metrics"] == json.loads(pretty.stdout)["metrics"]
    assert second["source"]["path"] == str(SEEDS[1])
    missing = cli("extract", "nope.txt", "--errors", "errors.jsonl", cwd=tmp_path)
    assert missing.returncode == ExitCode.NOT_FOUND and missing.stdout == b""
    assert json.loads((tmp_path / "errors.jsonl").read_text(encoding="utf-8"))["kind"] == "not_found"


def test_unreadable_and_too_large_inputs_are_reported_and_the_rest_go_on(tmp_path: Path):
    import socket

    (tmp_path / "small.txt").write_bytes(SEEDS[0].read_bytes())  # 12.7 kB
    (tmp_path / "large.txt").write_bytes(SEEDS[3].read_bytes())  # 17.7 kB
    with socket.socket(socket.AF_UNIX) as sock:  # open() fails on a socket, even for root
        sock.bind(str(tmp_path / "sock.txt"))
        proc = cli("extract", "large.txt", "sock.txt", "small.txt", "--max-bytes", "15000", "--errors", "e.jsonl",
                   cwd=tmp_path)
    assert proc.returncode == ExitCode.SOME_FAILED
    assert [r["source"]["path"] for r in records(proc.stdout)] == ["small.txt"]
    errors = records((tmp_path / "e.jsonl").read_bytes())
    assert [(e["path"], e["kind"]) for e in errors] == [("large.txt", "too_large"), ("sock.txt", "unreadable")]


def test_two_inputs_sharing_an_output_name_do_not_overwrite_each_other(tmp_path: Path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_bytes(SEEDS[0].read_bytes())
    proc = cli("extract", "a", "b", "-o", "out", cwd=tmp_path)
    assert proc.returncode == ExitCode.SOME_FAILED
    assert "b/x.txt: its output out/x.json is already that of a/x.txt" in proc.stderr.decode("utf-8")
    assert json.loads((tmp_path / "out" / "x.json").read_text(encoding="utf-8"))["source"]["path"] == "a/x.txt"


@pytest.mark.parametrize("args", [
    ["a.txt", "b.txt", "--format", "json"],
    ["a.txt", "b.txt", "--skip-existing"],
    ["a.txt", "b.txt", "--bom"],
    ["a.txt", "--format", "jsonl", "-o", "."],
])
def test_contradictory_options_are_usage_errors(tmp_path: Path, args: list[str]):
    proc = cli("extract", *args, cwd=tmp_path)
    assert proc.returncode == ExitCode.USAGE and proc.stdout == b""
    assert proc.stderr.decode("utf-8").count("\n") == 1


def test_a_closed_pipe_ends_the_run_quietly(tmp_path: Path):
    for i in range(40):
        (tmp_path / f"r{i:02}.txt").write_bytes(SEEDS[i % len(SEEDS)].read_bytes())
    proc = subprocess.Popen([sys.executable, "-m", "lawreport", "extract", str(tmp_path), "--jobs", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.readline()
    proc.stdout.close()
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0 and b"Traceback" not in err and b"Exception" not in err


# The library, in process ------------------------------------------------------


def test_discover_is_sorted_filtered_and_safe_against_loops(tree: Path, monkeypatch):
    monkeypatch.chdir(tree.parent)
    rels = [item.rel for item in batch.discover(["reports"])]
    assert rels == sorted(GOOD + list(BAD), key=lambda p: p.split("/"))
    assert [i.rel for i in batch.discover(["reports"], ["*.csv"])] == ["2023/notes.csv"]
    assert [i.rel for i in batch.discover(["reports"], ["2022/*"])] == ["2022/a.txt", "2022/district/b.md"]
    twice = [i.path for i in batch.discover(["reports/2022/a.txt", "reports", "reports/2022"])]
    assert twice.count("reports/2022/a.txt") == 1 and len(twice) == len(rels)
    assert [i.rel for i in batch.discover(["reports"], exclude="reports/2023")] == ["2022/a.txt", "2022/district/b.md"]
    (tree.parent / "nothing").mkdir()
    [empty] = batch.discover(["nothing"])
    assert empty.problem is not None and empty.problem.code == ExitCode.IS_DIRECTORY


def test_an_unexpected_error_costs_one_file(tmp_path: Path, monkeypatch):
    from lawreport import pipeline

    real = pipeline.extract_record

    def flaky(path, **kwargs):
        if str(path).endswith("1.txt"):
            raise ValueError("boom")
        return real(path, **kwargs)

    monkeypatch.setattr(pipeline, "extract_record", flaky)
    for name in ("r0.txt", "r1.txt", "r2.txt"):
        (tmp_path / name).write_bytes(SEEDS[0].read_bytes())
    items = [batch.Item(str(tmp_path / name), name) for name in ("r0.txt", "r1.txt", "r2.txt")]
    outcomes = list(batch.convert_all(items, "jsonl", jobs=1))
    assert [o.kind for o in outcomes] == [None, "internal", None], [o.message for o in outcomes]
    assert "ValueError: boom" in outcomes[1].message and outcomes[2].payload.endswith(b"\n")


def test_atomic_open_leaves_the_old_file_when_interrupted(tmp_path: Path):
    target = tmp_path / "sub" / "out.json"
    with batch.atomic_open(target) as fh:
        fh.write(b"old")
    with pytest.raises(KeyboardInterrupt), batch.atomic_open(target) as fh:
        fh.write(b"half")
        raise KeyboardInterrupt
    assert target.read_bytes() == b"old" and os.listdir(target.parent) == ["out.json"]
    assert (target.stat().st_mode & 0o777) == 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_groups_keep_the_order_and_shrink_toward_the_end():
    items = [batch.Item(f"r{i}.txt", f"r{i}.txt") for i in range(300)]
    stdin = batch.Item("-", "stdin")
    missing = batch.Item("gone", "", problem=LawreportError("gone: no such file", ExitCode.UNREADABLE))
    walk = [*items[:5], stdin, *items[5:7], missing, *items[7:]]
    groups = list(batch._groups(walk, 16, 2))
    assert [item for group in groups for item in group] == walk
    assert [stdin] in groups and [missing] in groups and all(len(group) <= 16 for group in groups)
    sizes = [len(group) for group in groups]
    assert sizes[:5] == [5, 1, 2, 1, 16] and sizes[-1] == 1 and sizes[-10:] == sorted(sizes[-10:], reverse=True)
    assert [len(group) for group in batch._groups(items[:6], 16, 2)] == [1] * 6  # a small batch: one file a task
