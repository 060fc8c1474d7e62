"""Stages read the catalog when they run: another catalog, loaded after import, is the one they use."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from lawreport.catalog import DEFAULT_PATH, get_catalog
from lawreport.documents import find_documents
from lawreport.numbers import scan


@pytest.fixture
def use_catalog(tmp_path, monkeypatch) -> Iterator[Callable[[Callable[[str], str]], None]]:
    """Point get_catalog at an edited copy of the shipped catalog; the shipped one is back afterwards."""

    def use(edit: Callable[[str], str]) -> None:
        path = tmp_path / "catalog.toml"
        edited = edit(DEFAULT_PATH.read_text(encoding="utf-8"))
        assert edited != DEFAULT_PATH.read_text(encoding="utf-8"), "the edit changed nothing"
        path.write_text(edited, encoding="utf-8")
        monkeypatch.setenv("LAWREPORT_CATALOG", str(path))
        get_catalog.cache_clear()

    yield use
    monkeypatch.delenv("LAWREPORT_CATALOG", raising=False)
    get_catalog.cache_clear()


def _units(text: str) -> list[str | None]:
    return [q.unit for q in scan(text)]


def test_scan_uses_a_measure_word_of_a_catalog_loaded_after_import(use_catalog):
    assert _units("抽查案卷1240卷") == [None]
    use_catalog(lambda text: text.replace('count = ["件", ', 'count = ["卷", "件", ', 1))
    assert _units("抽查案卷1240卷") == ["卷"]


def test_documents_use_the_types_of_a_catalog_loaded_after_import(use_catalog):
    text = "印发《依法行政白皮书》。"
    assert [d.type for d in find_documents(text)] == ["document"]
    use_catalog(lambda text: text.replace("publication = '(?:日报|", "publication = '(?:白皮书|日报|", 1))
    assert [d.type for d in find_documents(text)] == ["publication"]
