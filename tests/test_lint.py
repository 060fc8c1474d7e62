"""The package, its tests, benchmarks and scripts stay lint-clean, and the package type-clean, under the
settings of pyproject.toml ([tool.ruff], [tool.mypy])."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("command", [["ruff", "check", "lawreport", "tests", "benchmarks", "scripts"], ["mypy", "lawreport"]], ids=lambda c: c[0])
def test_the_package_is_clean(command):
    if importlib.util.find_spec(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (pip install -e '.[test]')")
    proc = subprocess.run([sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, timeout=600,
                          check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
