"""What users expect of a command line: -h and -V, completion, examples and grouped options in help,
-o naming the file it writes, a summary that says what was not read, a spinner only on a terminal."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lawreport import __version__
from lawreport.cli import app
from lawreport.console import SPINNER_BYTES
from lawreport.errors import ExitCode

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "003_e495358f79400f75.txt"
COMMANDS = ("extract", "schema", "show", "eval", "table")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the first bytes of a Word 97-2003 .doc

runner = CliRunner()


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "lawreport", *args], cwd=cwd, capture_output=True, timeout=120,
                          check=False)


def help_sections(text: str) -> dict[str, str]:
    """Each unindented 'Heading:' of a help text, with the lines under it."""
    sections: dict[str, str] = {}
    heading = None
    for line in text.splitlines():
        if re.fullmatch(r"[A-Z][\w ]*:", line):
            heading = line[:-1]
            sections[heading] = ""
        elif heading is not None:
            sections[heading] += line + "\n"
    return sections


# --- help, version, completion -------------------------------------------------------


@pytest.mark.parametrize("command", [(), *((c,) for c in COMMANDS)], ids=lambda c: " ".join(c) or "lawreport")
def test_short_help_is_the_long_help(command):
    short, long = runner.invoke(app, [*command, "-h"]), runner.invoke(app, [*command, "--help"])
    assert short.exit_code == long.exit_code == 0, short.output
    assert short.output == long.output and "Usage: " in short.output


def test_short_version():
    for flag in ("-V", "--version"):
        result = runner.invoke(app, [flag])
        assert result.exit_code == 0 and result.output == f"lawreport {__version__}\n"


def test_completion_is_offered_and_completes_commands():
    top = runner.invoke(app, ["--help"]).output
    assert "--install-completion" in top and "--show-completion" in top
    script = runner.invoke(app, ["--show-completion", "bash"])
    assert script.exit_code == 0 and "_LAWREPORT_COMPLETE=complete_bash" in script.output
    env = {**os.environ, "_LAWREPORT_COMPLETE": "complete_bash", "COMP_WORDS": "lawreport ex", "COMP_CWORD": "1"}
    program = "import sys; from lawreport.console import main; sys.argv[0] = 'lawreport'; main()"
    proc = subprocess.run([sys.executable, "-c", program], env=env, capture_output=True, timeout=60, check=False)
    assert proc.stdout.decode().split() == ["extract"], proc.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_shows_examples_of_itself(command):
    text = runner.invoke(app, [command, "--help"]).output
    examples = help_sections(text.replace("\n  Examples:", "\nExamples:"))["Examples"]
    lines = [line.strip() for line in examples.splitlines() if line.strip().startswith("lawreport ")]
    assert lines and all(f"lawreport {command}" in line for line in lines), text


def test_extract_options_are_grouped():
    sections = help_sections(runner.invoke(app, ["extract", "--help"]).output)
    expected = {"Input": ["--glob"], "Output": ["--output", "--format", "--csv-layout", "--bom", "--compact", "--fields"],
                "Batch runs": ["--jobs", "--skip-existing", "--errors", "--fail-fast", "--quiet"],
                "Extraction limits": ["--max-bytes", "--max-chars"]}
    listed = {heading: re.findall(r"^  (?:-\w, )?(--[\w-]+)", body, re.MULTILINE) for heading, body in sections.items()}
    for heading, options in expected.items():
        assert sorted(listed.get(heading, [])) == sorted(options), (heading, listed)


# --- extract -o NAME.json, show --html into a new folder ----------------------------------------


def test_one_input_with_a_json_output_writes_that_file(tmp_path):
    out = tmp_path / "records" / "2020" / "one.json"
    proc = cli("extract", str(SEED), "-o", str(out), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert out.is_file()
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["source"]["path"] == str(SEED) and record["metrics"]
    assert sorted(p.name for p in out.parent.iterdir()) == ["one.json"]  # no temporary file left beside it
    assert proc.stdout == b""


def test_one_input_json_output_replaces_a_file_and_keeps_fields(tmp_path):
    out = tmp_path / "one.json"
    out.write_text("old", encoding="utf-8")
    proc = cli("extract", str(SEED), "-o", str(out), "--fields", "metrics", "--compact", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    record = json.loads(out.read_text(encoding="utf-8"))
    assert set(record) == {"source", "metrics"} and out.read_text(encoding="utf-8").count("\n") == 1


def test_a_failing_input_leaves_no_json_output(tmp_path):
    (tmp_path / "old.doc").write_bytes(OLE_MAGIC + bytes(range(256)) * 4)
    proc = cli("extract", "old.doc", "-o", "old.json", cwd=tmp_path)
    assert proc.returncode == ExitCode.BINARY
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.doc"]


def test_a_json_named_folder_still_receives_one_file_per_input(tmp_path):
    (tmp_path / "out.json").mkdir()
    proc = cli("extract", str(SEED), "-o", "out.json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert [p.name for p in (tmp_path / "out.json").iterdir()] == [SEED.with_suffix(".json").name]


def test_show_html_creates_missing_folders(tmp_path):
    page = tmp_path / "pages" / "2020" / "report.html"
    proc = cli("show", str(SEED), "--html", str(page), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


# --- what a folder run passes over ------------------------------------------------------


@pytest.fixture()
def mixed(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    (folder / "old").mkdir(parents=True)
    (folder / "a.txt").write_bytes(SEED.read_bytes())
    (folder / "old" / "b.doc").write_bytes(OLE_MAGIC)
    (folder / "old" / "c.DOC").write_bytes(OLE_MAGIC)
    (folder / "sheet.xlsx").write_bytes(b"PK\x03\x04")
    (folder / "README").write_text("notes\n", encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (folder / ".draft.doc").write_bytes(OLE_MAGIC)  # hidden: passed over without a word
    return folder


def test_folder_summary_says_what_was_skipped_and_why(mixed):
    proc = cli("extract", "reports", cwd=mixed.parent)
    assert proc.returncode == 0, proc.stderr
    [summary] = proc.stderr.decode("utf-8").splitlines()
    assert "1 converted, 0 failed" in summary
    assert "5 skipped: 2 .doc (not supported; convert to .docx), 3 unknown" in summary


def test_a_folder_of_unreadable_files_still_says_why(mixed):
    (mixed / "a.txt").unlink()
    proc = cli("extract", "reports", cwd=mixed.parent)
    assert proc.returncode == ExitCode.IS_DIRECTORY
    assert "5 skipped: 2 .doc (not supported; convert to .docx)" in proc.stderr.decode("utf-8")


def test_glob_chooses_files_and_nothing_is_reported_skipped(mixed):
    proc = cli("extract", "reports", "--glob", "*.txt", cwd=mixed.parent)
    assert proc.returncode == 0 and b"skipped" not in proc.stderr, proc.stderr


def test_a_named_doc_says_to_convert_it(mixed):
    proc = cli("extract", "reports/old/b.doc", cwd=mixed.parent)
    assert proc.returncode == ExitCode.BINARY and proc.stdout == b""
    message = proc.stderr.decode("utf-8")
    assert message.count("\n") == 1 and "convert it to .docx" in message and "Traceback" not in message


# --- a spinner while a large file is extracted ----------------------------------------------------


def run_with_terminal_stderr(args: list[str], cwd: Path) -> tuple[int, bytes]:
    """Run lawreport with stderr on a pseudo-terminal (stdout piped); return its exit code and stderr."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "lawreport", *args], cwd=cwd, stdout=subprocess.DEVNULL,
                            stderr=follower)
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: the process has ended
            break
        if not chunk:
            break
        seen += chunk
    os.close(leader)
    return proc.wait(timeout=120), seen


@pytest.fixture()
def large(tmp_path: Path) -> Path:
    text = SEED.read_bytes()
    path = tmp_path / "large.txt"
    path.write_bytes(text * (SPINNER_BYTES // len(text) + 1))
    return path


def test_large_file_spins_on_a_terminal(large):
    code, stderr = run_with_terminal_stderr(["extract", large.name], cwd=large.parent)
    assert code == 0
    assert b"extracting large.txt" in stderr


def test_no_spinner_when_piped_or_small(large):
    piped = cli("extract", large.name, cwd=large.parent)
    assert piped.returncode == 0 and piped.stderr == b""
    code, stderr = run_with_terminal_stderr(["extract", str(SEED)], cwd=large.parent)
    assert code == 0 and b"extracting" not in stderr
