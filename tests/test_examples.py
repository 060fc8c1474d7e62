"""examples/ holds what the tool prints for each seed today (scripts/build_examples.py rebuilds it)."""

from __future__ import annotations

import importlib.util

from conftest import ROOT


def _builder():
    spec = importlib.util.spec_from_file_location("build_examples", ROOT / "scripts" / "build_examples.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_seed_has_its_record_rows_and_page():
    names = {path.name for path in _builder().example_files()}
    for seed in (ROOT / "seeds").glob("*.txt"):
        assert {f"{seed.stem}.json", f"{seed.stem}.csv", f"{seed.stem}.html"} <= names


def test_examples_are_not_stale():
    stale = _builder().stale_files()
    assert not stale, "run python scripts/build_examples.py: stale " + ", ".join(p.name for p in stale)
