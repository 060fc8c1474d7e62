"""A table kept in the user cache is known by its code file's path, size and time of change: read back while the file
stays as it was, built again once it is edited, never kept when the file is gone."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lawreport.catalog import kept_or_built


@pytest.fixture
def code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache-home"))
    path = tmp_path / "stage.py"
    path.write_text("TABLE = 1\n", encoding="utf-8")
    return path


def _kept(code: Path, builds: list[str]) -> dict:
    def build() -> dict:
        builds.append("built")
        return {"rows": len(builds)}

    return kept_or_built("stage", "the rules", str(code), build, lambda value: isinstance(value, dict))


def test_a_table_is_read_back_while_its_code_is_unchanged(code: Path) -> None:
    builds: list[str] = []
    assert _kept(code, builds) == {"rows": 1}
    assert _kept(code, builds) == {"rows": 1}
    assert builds == ["built"]


def test_an_edited_code_file_builds_the_table_again(code: Path) -> None:
    builds: list[str] = []
    _kept(code, builds)
    status = code.stat()
    code.write_text("TABLE = 2\n", encoding="utf-8")  # the same size: only its time of change tells the edit
    os.utime(code, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000))
    assert _kept(code, builds) == {"rows": 2}
    code.write_text("TABLE = 20\n", encoding="utf-8")  # another size
    os.utime(code, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000))
    assert _kept(code, builds) == {"rows": 3}


def test_a_table_whose_code_is_gone_is_built_and_not_kept(code: Path) -> None:
    builds: list[str] = []
    code.unlink()
    assert _kept(code, builds) == {"rows": 1}
    assert _kept(code, builds) == {"rows": 2}
