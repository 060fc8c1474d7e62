"""A malformed catalog (LAWREPORT_CATALOG) is reported like a bad input: one line on stderr, nothing on stdout, and
its own exit code, for one file, a folder and a scoring run (once, not for each input); so is a catalog that lacks a body
the institution scanners need."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import GOLD, SEEDS_DIR

from lawreport.catalog import DEFAULT_PATH, CatalogError
from lawreport.errors import ExitCode
from lawreport.institutions import find_institutions
from lawreport.normalize import normalize

REPORT = "县公安局城关派出所开展反诈宣传,全年调解纠纷120件。\n"


def run_with_catalog(catalog: Path, *args: str, cache: Path) -> subprocess.CompletedProcess:
    code = "import sys\nfrom lawreport.console import main\nsys.argv = ['lawreport', *sys.argv[1:]]\nmain()\n"
    env = {**os.environ, "LAWREPORT_CATALOG": str(catalog), "XDG_CACHE_HOME": str(cache)}
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, timeout=120, check=False,
                          env=env)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    reports = tmp_path / "reports"
    reports.mkdir()
    for name in ("a.txt", "b.txt"):
        (reports / name).write_text(REPORT, encoding="utf-8")
    return reports


@pytest.mark.parametrize("args", [("extract", "{folder}/a.txt"), ("extract", "--quiet", "{folder}"),
                                  ("eval", "{gold}", "--docs", "{seeds}")])
def test_a_malformed_catalog_is_one_line_and_its_exit_code(tmp_path, folder, args):
    catalog = tmp_path / "catalog.toml"
    catalog.write_text("[[metric]]\nkey = \n", encoding="utf-8")
    proc = run_with_catalog(catalog, *(arg.format(folder=folder, gold=GOLD, seeds=SEEDS_DIR) for arg in args),
                            cache=tmp_path / "cache")
    assert proc.returncode == int(ExitCode.CATALOG)
    assert proc.stdout == b""
    lines = proc.stderr.decode("utf-8").splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"lawreport: {catalog}: ")


def test_a_catalog_without_a_station_body_names_the_station(tmp_path, use_catalog):
    use_catalog(lambda text: text.replace("suffix = '派出所|", "suffix = '", 1))
    with pytest.raises(CatalogError, match="派出所") as info:
        find_institutions(normalize(REPORT), None)
    assert info.value.code == ExitCode.CATALOG
    shipped = DEFAULT_PATH.read_text(encoding="utf-8")
    catalog = tmp_path / "without_station.toml"
    catalog.write_text(shipped.replace("suffix = '派出所|", "suffix = '", 1), encoding="utf-8")
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    proc = run_with_catalog(catalog, "extract", str(report), cache=tmp_path / "cache")
    assert proc.returncode == int(ExitCode.CATALOG)
    assert proc.stderr.decode("utf-8").count("\n") == 1 and "派出所" in proc.stderr.decode("utf-8")
