"""`lawreport show`: the terminal view fits 80 columns, shows each value's sentence, and is plain when piped."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS
from rich.cells import cell_len
from rich.console import Console

from lawreport.errors import ExitCode
from lawreport.load import load
from lawreport.models import Span
from lawreport.pipeline import build_report, extract
from lawreport.show import evidence_line, render, sentence_bounds

SEED_004 = ROOT / "seeds" / "004_1e5d942eb283dfeb.txt"


def view(path: Path, **console_options) -> str:
    source = load(path)
    console = Console(width=80, record=True, file=io.StringIO(), **console_options)
    render(build_report(source), source.text, console)
    return console.export_text()


def run(*args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "FORCE_COLOR", "NO_COLOR")}
    return subprocess.run([sys.executable, "-m", "lawreport", *args], check=False, capture_output=True, timeout=60,
                          env={**environment, **env}, cwd=ROOT)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_fits_80_columns(path):
    text = view(path)
    assert max(cell_len(line) for line in text.splitlines()) <= 80


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_every_metric_shows_its_evidence(path):
    report = build_report(load(path))
    text = view(path)
    flat = "".join(text.split())  # the view wraps lines; compare without the breaks
    for m in report.metrics:
        assert m.key in flat
        assert "[" + "".join(m.evidence.text.split()) + "]" in flat, m.evidence.text
    for d in report.documents:  # a long title wraps beside its type and verb: its opening is on one line
        assert "".join(d.title[:8].split()) in flat


def test_seed_view_contents():
    text = view(SEED_004)
    for words in ("坪山区司法局", "广东省 深圳市 坪山区 440310", "调解成功率", "98.6%", "73.08%", "derived",
                  "✓ agrees", "Rates", "Documents", "no findings"):
        assert words in text, words


def test_highlight_is_a_style_on_a_terminal():
    source = load(SEED_004)
    console = Console(width=80, record=True, file=io.StringIO(), force_terminal=True, color_system="truecolor")
    render(build_report(source), source.text, console)
    out = console.file.getvalue()
    assert "\x1b[" in out and "[调解成功率98.6%]" not in console.export_text()


def test_no_color_keeps_the_highlight_visible():
    console = Console(width=80, file=io.StringIO(), force_terminal=True, no_color=True)
    line = evidence_line("受理调解案件2521宗。", Span(text="调解案件2521宗", start=2, end=11), console)
    assert [str(s.style) for s in line.spans] == ["bold reverse"]


def test_sentence_bounds():
    text = "第一句。全年办理公证5783件,同比上升。\n下一段"
    start = text.index("办理")
    assert text[slice(*sentence_bounds(text, start, start + 10))] == "全年办理公证5783件,同比上升。"
    long = "甲" * 100 + "办理公证5783件" + "乙" * 100
    s, e = sentence_bounds(long, 100, 109)
    assert (s, e) == (100 - 36, 109 + 36)


def test_evidence_across_a_line_break_stays_on_one_line():
    text = "开庭审理26宗,\n负责人出庭19宗。"
    console = Console(width=80, file=io.StringIO(), color_system=None)
    line = evidence_line(text, Span(text=text[:17], start=0, end=17), console)
    assert "\n" not in line.plain and line.plain.startswith("[开庭审理26宗, 负责人出庭19宗]")


def test_report_without_metrics():
    report = extract("这是一段没有数字的文字。")
    console = Console(width=80, record=True, file=io.StringIO())
    render(report, "这是一段没有数字的文字。", console)
    assert "no headline metrics found" in console.export_text()


def test_cli_piped_output_is_plain_text():
    proc = run("show", str(SEED_004))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode("utf-8")
    assert "\x1b" not in out
    assert "[调解成功率98.6%]" in out
    assert max(cell_len(line) for line in out.splitlines()) <= 80


def test_cli_writes_html(tmp_path):
    target = tmp_path / "page.html"
    proc = run("show", str(SEED_004), "--html", str(target))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == b"" and target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_cli_html_to_stdout():
    proc = run("show", str(SEED_004), "--html", "-")
    assert proc.returncode == 0 and proc.stdout.startswith(b"<!DOCTYPE html>")


def test_cli_missing_file(tmp_path):
    proc = run("show", str(tmp_path / "nope.txt"))
    assert proc.returncode == int(ExitCode.NOT_FOUND)
    assert proc.stdout == b"" and proc.stderr.decode().startswith("lawreport: ")


def test_cli_unwritable_html(tmp_path):
    (tmp_path / "a-file").write_text("", encoding="utf-8")  # missing folders are created, but not inside a file
    proc = run("show", str(SEED_004), "--html", str(tmp_path / "a-file" / "page.html"))
    assert proc.returncode == int(ExitCode.UNWRITABLE)
    assert proc.stderr.decode().count("\n") == 1


def test_rich_is_not_imported_by_the_cli_module():
    code = "import sys, lawreport.cli; print(any(m == 'rich' or m.startswith('rich.') for m in sys.modules))"
    proc = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "False"
