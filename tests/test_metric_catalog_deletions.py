"""Deleting any label, context word or exclusion of a [[metric]] entry must change how a sentence of the metric
tests is read.

For each such item of the shipped catalog, the entry is compiled again without it (catalog_file.metric_rule) and
every sentence of tests/test_metric*.py that holds a match of the item (any, for an entry's one context word) is
read again (test_metric_families.read).
An item whose deletion changes no reading is one no test would miss: a new label or exclusion needs a sentence of
its own that passes only with it. The items listed in fixtures/metric_catalog_undefended.txt are those known to lack
one (each is marked xfail, strictly: once a sentence defends it, its line must go).
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
import regex
from conftest import catalog_in_use, lines_listed, strings_of_tests
from test_metric_families import read

from lawreport.catalog import DEFAULT_PATH, Catalog, get_catalog
from lawreport.catalog_file import CatalogFile, MetricEntry, metric_rule

TESTS = Path(__file__).parent
UNDEFENDED = TESTS / "fixtures" / "metric_catalog_undefended.txt"
FIELDS = ("labels", "context", "exclude", "sentence_exclude")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_DIGIT = re.compile(r"\d")


@cache
def _catalog_file() -> CatalogFile:
    return CatalogFile.model_validate(tomllib.loads(DEFAULT_PATH.read_text(encoding="utf-8")))


def _items() -> Iterator[tuple[str, int, str, int]]:
    """(name, entry index, field, item index) of every item, named `key#n field item` (n counts the key's entries)."""
    seen: Counter[str] = Counter()
    for index, entry in enumerate(_catalog_file().metric):
        seen[entry.key] += 1
        for field in FIELDS:
            for position, item in enumerate(getattr(entry, field) or []):
                yield f"{entry.key}#{seen[entry.key]} {field} {item}", index, field, position


@cache
def _sentences() -> tuple[str, ...]:
    """The strings of the metric tests that hold a Chinese character and a digit: their sentences."""
    return strings_of_tests("test_metric*.py", lambda text: bool(_HAN.search(text) and _DIGIT.search(text)))


@cache
def _shipped_readings() -> dict[str, tuple]:
    get_catalog.cache_clear()
    return {text: read(text) for text in _sentences()}


def _without(entry: MetricEntry, field: str, position: int) -> MetricEntry:
    items = list(getattr(entry, field))
    del items[position]
    if field == "labels" and not items:
        items = ["(?!)"]  # an entry of one label: without it, it names nothing
    return entry.model_copy(update={field: items or None})


def _with_rule(shipped: Catalog, index: int, entry: MetricEntry) -> Catalog:
    rules = list(shipped.rules)
    rules[index] = metric_rule(entry, _catalog_file())
    return type(shipped)(**{**vars(shipped), "rules": tuple(rules)})


ITEMS = list(_items())


def read_otherwise(index: int, field: str, position: int) -> tuple[int, bool]:
    """How many sentences of the metric tests hold the item, and whether one of them is read otherwise without it."""
    shipped_readings = _shipped_readings()
    file = _catalog_file()
    entry = file.metric[index]
    item = getattr(entry, field)[position].replace("{SHARE}", file.rates.share)
    held = regex.compile(item.removeprefix("^").removesuffix("$"))
    # (an entry's one context word gone, it needs none: any sentence may be read otherwise)
    alone = field == "context" and len(entry.context or ()) == 1
    texts = [text for text in _sentences() if alone or held.search(text)]
    with catalog_in_use(_with_rule(get_catalog(), index, _without(entry, field, position))):
        return len(texts), any(read(text) != shipped_readings[text] for text in texts)


@pytest.mark.parametrize(("index", "field", "position"), [
    pytest.param(index, field, position, id=name, marks=pytest.mark.xfail(
        strict=True, reason="no sentence of the metric tests is read otherwise without it")
        if name in lines_listed(UNDEFENDED) else ())
    for name, index, field, position in ITEMS])
def test_deleting_a_catalog_item_changes_a_reading(index, field, position):
    held, changed = read_otherwise(index, field, position)
    assert changed, f"{held} sentences hold it and none is read otherwise without it"


def test_every_undefended_line_names_an_item_of_the_catalog():
    names = {name for name, *_ in ITEMS}
    assert sorted(lines_listed(UNDEFENDED) - names) == []
