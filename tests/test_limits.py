"""Limits that keep a hostile input from taking the machine: text size, memory, and a batch's own
plumbing (temporary files, colliding outputs, a machine where worker processes cannot start)."""

from __future__ import annotations

import errno
import io
import multiprocessing.synchronize
import os
import subprocess
import sys
import zipfile

import pytest
from conftest import SEEDS
from rich.console import Console

from lawreport import batch, pipeline, show
from lawreport.cli import app
from lawreport.errors import ExitCode, LawreportError
from lawreport.load import from_bytes
from lawreport.readers import docx as docx_reader

SENTENCE = ("2023年全区各级调解组织受理各类矛盾纠纷21493件,总计调解成功21446件,调解成功率为99.78%。"
            "全年共新收行政复议案件226件,办结行政复议案件212件,其中实体审查结案190件,纠错11件,直接纠错率5%。")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_of(paragraphs: list[str]) -> bytes:
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>')
    return buffer.getvalue()


# --- the text-size limit -------------------------------------------------------------------------


def test_a_small_docx_unpacking_to_much_text_stops_in_the_reader():
    raw = docx_of([SENTENCE] * 2000)  # some 300,000 characters, compressed to a few KB
    assert len(raw) < 20_000
    with pytest.raises(LawreportError, match="larger than the limit of 10000 characters") as info:
        docx_reader.read(raw, "small.docx", "small.docx", max_bytes=len(raw), max_chars=10_000)
    assert info.value.code == ExitCode.TOO_LARGE


@pytest.mark.parametrize("name, raw", [
    ("report.txt", (SENTENCE * 20).encode("utf-8")),
    ("page.html", f"<html><body>{('<p>' + SENTENCE + '</p>') * 20}</body></html>".encode()),
    ("report.docx", docx_of([SENTENCE] * 20)),
])
def test_every_format_is_held_to_the_text_limit(name, raw):
    with pytest.raises(LawreportError, match="larger than the limit of 1000 characters") as info:
        from_bytes(raw, name, name, max_chars=1000)
    assert info.value.code == ExitCode.TOO_LARGE
    assert from_bytes(raw, name, name, max_chars=100_000).text


def test_the_text_limit_is_an_option_with_exit_code_8(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text(SENTENCE * 20, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "lawreport", "extract", "--max-chars", "1000", str(path)],
                          capture_output=True, timeout=60, check=False)
    assert proc.returncode == ExitCode.TOO_LARGE and proc.stdout == b""
    assert proc.stderr.decode("utf-8") == (f"lawreport: {path}: its text is larger than the limit of 1000 "
                                           "characters (raise it with --max-chars)\n")


# --- running out of memory -----------------------------------------------------------------------


def _out_of_memory(path, **kwargs):
    raise MemoryError


def test_out_of_memory_is_one_line_and_exit_code_8(tmp_path, monkeypatch, runner):
    monkeypatch.setattr(pipeline, "extract_record", _out_of_memory)
    path = tmp_path / "dense.txt"
    path.write_text(SENTENCE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == ExitCode.TOO_LARGE
    assert "larger than the memory available" in result.output and "Traceback" not in result.output


def test_out_of_memory_costs_one_file_of_a_batch(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "extract_record", _out_of_memory)
    item = batch.Item(str(tmp_path / "dense.txt"), "dense.txt")
    outcome = batch.convert(item, "jsonl")
    assert (outcome.kind, outcome.code) == ("too_large", ExitCode.TOO_LARGE)


# --- batch plumbing ------------------------------------------------------------------------------


def test_a_signal_just_after_the_temporary_file_is_created_still_removes_it(tmp_path, monkeypatch):
    real_open = os.open

    def created_then_interrupted(path, flags, mode=0o777):
        os.close(real_open(path, flags, mode))
        raise KeyboardInterrupt  # where a Ctrl-C lands when it arrives during the call

    monkeypatch.setattr(os, "open", created_then_interrupted)
    with pytest.raises(KeyboardInterrupt), batch.atomic_open(tmp_path / "out.json"):
        pass
    monkeypatch.undo()
    assert os.listdir(tmp_path) == []


def test_skip_existing_still_reports_two_inputs_sharing_an_output(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_bytes(SEEDS[0].read_bytes())
    command = [sys.executable, "-m", "lawreport", "extract", "-q"]
    first = subprocess.run([*command, "a/x.txt", "-o", "out", "--format", "json"], cwd=tmp_path,
                           capture_output=True, timeout=60, check=False)
    assert first.returncode == 0, first.stderr
    resumed = subprocess.run([*command, "a", "b", "-o", "out", "--skip-existing"], cwd=tmp_path,
                             capture_output=True, timeout=60, check=False)
    assert resumed.returncode == ExitCode.SOME_FAILED
    assert "b/x.txt: its output out/x.json is already that of a/x.txt" in resumed.stderr.decode("utf-8")


def test_without_shared_memory_a_parallel_batch_runs_in_this_process(tmp_path, monkeypatch, capsys):
    def no_shared_memory(self, *args, **kwargs):
        raise OSError(errno.ENOSYS, "Function not implemented")  # sem_open without /dev/shm

    monkeypatch.setattr(multiprocessing.synchronize.SemLock, "__init__", no_shared_memory)
    out = tmp_path / "out.jsonl"
    code = batch.run([str(SEEDS[0]), str(SEEDS[1])], output=out, jobs=2, quiet=True)
    assert code == ExitCode.OK
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
    err = capsys.readouterr().err
    assert "cannot start worker processes" in err and "/dev/shm" in err


# --- show stays linear ---------------------------------------------------------------------------


class SearchLog(str):
    """A text that records how far each find/rfind looks."""

    def __new__(cls, text: str):
        self = super().__new__(cls, text)
        self.widths = []
        return self

    def find(self, sub, start=0, end=None):
        self.widths.append((len(self) if end is None else end) - start)
        return str.find(self, sub, start, len(self) if end is None else end)

    def rfind(self, sub, start=0, end=None):
        self.widths.append((len(self) if end is None else end) - start)
        return str.rfind(self, sub, start, len(self) if end is None else end)


def test_the_sentence_around_a_match_is_searched_only_as_far_as_it_is_shown():
    text = SearchLog("无句号" * 100_000 + "受理调解案件12件" + "无句号" * 100_000)
    start = 300_000
    left, right = show.sentence_bounds(text, start + 2, start + 9)
    assert (left, right) == (start + 2 - show.CONTEXT, start + 9 + show.CONTEXT)
    assert max(text.widths) <= show.CONTEXT + 2  # not the 300,000 characters either side


def test_each_metric_is_compared_only_with_the_checks_and_findings_it_overlaps(monkeypatch):
    text = (SENTENCE + "调解成功率为120%。") * 150
    report = pipeline.extract(text)
    assert report.checks and report.findings
    compared = []
    real = show.cross_check

    def counting(metric, checks, findings):
        compared.append(len(checks) + len(findings))
        for item in (*checks, *findings):  # exactly those that overlap
            assert any(show._overlaps(metric.evidence, s) for s in item.spans)
        return real(metric, checks, findings)

    monkeypatch.setattr(show, "cross_check", counting)
    show.metrics_table(report, text, Console(file=io.StringIO()))
    assert len(compared) == len(report.metrics) and max(compared) <= 3
    for metric in report.metrics:
        overlapping = [c for c in report.checks if any(show._overlaps(metric.evidence, s) for s in c.spans)]
        assert show._Overlapping(report.checks)(metric.evidence) == overlapping


def test_the_record_shown_has_no_control_characters():
    text = "全年受理调解案件12件\x1b[2J,调解成功率为99%。" + SENTENCE * 5
    report = pipeline.extract(text)
    console = Console(file=io.StringIO(), width=80)  # not a terminal: rich itself writes no escape sequence
    show.render(report, text, console)
    out = console.file.getvalue()
    assert "\x1b" not in out and "\\x1b[2J" in out
    assert report.source.chars == len(text)  # the record indexes the text as written
