"""`lawreport extract FILE` runs without the typer app, and says exactly what the typer command says."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import ROOT, SEEDS

from lawreport.console import _one_file_as_json

TYPER_APP = "import sys; from lawreport.cli import app; sys.argv[0] = 'lawreport'; app()"
ENTRY = "import sys; from lawreport.console import main; sys.argv[0] = 'lawreport'; main()"
COMMAND = "import sys; from lawreport.console import run; sys.argv[0] = 'lawreport'; run()"  # the installed script


def _run(program: str, *args: str, stdin: bytes = b"", cwd=ROOT, env=None) -> tuple[int, bytes, bytes]:
    proc = subprocess.run([sys.executable, "-c", program, *args], input=stdin, capture_output=True, cwd=cwd,
                          timeout=120, check=False, env=env)
    return proc.returncode, proc.stdout, proc.stderr


@pytest.mark.parametrize("arguments", [
    ["extract", "seed"], ["extract", "-"], ["extract", "missing.txt"], ["extract", "empty.txt"],
    ["extract", "binary.bin"],
], ids=lambda a: a[1])
def test_the_entry_says_what_the_typer_command_says(tmp_path, arguments):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.bin").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "seed").write_bytes(SEEDS[0].read_bytes())
    stdin = SEEDS[1].read_bytes()
    fast = _run(ENTRY, *arguments, stdin=stdin, cwd=tmp_path)
    assert fast == _run(TYPER_APP, *arguments, stdin=stdin, cwd=tmp_path)
    assert fast == _run(COMMAND, *arguments, stdin=stdin, cwd=tmp_path)  # ended at once or through SystemExit
    assert (fast[0] == 0) == (arguments[1] in ("seed", "-"))


def test_the_entry_leaves_typer_unimported_and_the_loaded_modules_out_of_the_collector_for_one_file():
    report = "; import gc; sys.stderr.write(f\"{'typer' in sys.modules} {gc.get_freeze_count() > 1000}\")"
    code, out, err = _run(ENTRY + report, "extract", str(SEEDS[0]))
    assert code == 0 and out.startswith(b"{") and err == b"False True"


@pytest.mark.parametrize(("arguments", "plain"), [
    (["extract", "report.txt"], True),
    (["extract", "-"], True),
    (["extract", str(ROOT / "seeds")], False),  # a folder is a batch
    (["extract", "report.txt", "-o", "out.json"], False),
    (["extract", "--help"], False),
    (["extract", "a.txt", "b.txt"], False),
    (["show", "report.txt"], False),
    (["--version"], False),
])
def test_only_extract_of_one_file_without_options_skips_the_typer_app(arguments, plain):
    assert _one_file_as_json(arguments) is plain


def test_scripts_installed_with_the_old_entry_point_still_run():
    code, out, _ = _run("import sys; from lawreport.cli import main; sys.argv[0] = 'lawreport'; main()",
                        "extract", str(SEEDS[0]))
    assert code == 0 and out == _run(ENTRY, "extract", str(SEEDS[0]))[1]


def test_the_command_ending_at_once_still_saves_the_pattern_cache_at_exit(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    code, out, _ = _run(COMMAND, "extract", str(SEEDS[0]), env=env)
    assert code == 0 and out.endswith(b"}\n")
    assert list(tmp_path.rglob("patterns-*.pickle"))  # written by the exit hook the command runs before it ends
