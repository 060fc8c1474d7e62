"""Deleting any [[institutions.body]] entry of the catalog must change which bodies a sentence of the institution
tests finds.

For each entry, the catalog without it is read (the entry's suffix compiled out with it) and every string of
tests/test_institutions*.py that holds a match of its suffix is read again (institutions.find_institutions, the
text's own region given; a catalog lacking a body the scanners need is refused, which reads otherwise too). An
entry no sentence depends on is one no test would miss; those known to lack a sentence are listed in
fixtures/institution_bodies_undefended.txt and marked xfail, strictly.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from conftest import catalog_in_use, lines_listed, strings_of_tests

from lawreport import regions
from lawreport.catalog import Catalog, CatalogError, InstitutionBody, get_catalog
from lawreport.institutions import find_institutions
from lawreport.normalize import normalize

TESTS = Path(__file__).parent
UNDEFENDED = TESTS / "fixtures" / "institution_bodies_undefended.txt"
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{3}")


def _name(body: InstitutionBody) -> str:
    return f"{body.type} {body.suffix.pattern}"


@cache
def _texts() -> tuple[str, ...]:
    """The strings of the institution tests that hold three Chinese characters in a row."""
    return strings_of_tests("test_institutions*.py", lambda text: bool(_HAN_RUN.search(text)))


def _found(text: str) -> tuple[tuple[str, str], ...] | str:
    """(name, type) of each body the text names; or, for a catalog lacking a body the scanners need, the error."""
    copy = normalize(text)
    try:
        return tuple((f.name, f.type) for f in find_institutions(copy, regions.resolve(copy)))
    except CatalogError as exc:
        return str(exc)


@cache
def _shipped_findings() -> dict[str, tuple[tuple[str, str], ...] | str]:
    get_catalog.cache_clear()
    return {text: _found(text) for text in _texts()}


def _without(shipped: Catalog, index: int) -> Catalog:
    rules = shipped.institutions
    bodies = rules.bodies[:index] + rules.bodies[index + 1:]
    return type(shipped)(**{**vars(shipped), "institutions": type(rules)(**{**vars(rules), "bodies": bodies})})


def found_otherwise(index: int) -> tuple[int, bool]:
    """How many strings of the institution tests hold the entry's suffix, and whether one of them is read otherwise
    without the entry."""
    shipped_findings = _shipped_findings()
    shipped = get_catalog()
    suffix = shipped.institutions.bodies[index].suffix
    texts = [text for text in _texts() if suffix.search(text)]
    with catalog_in_use(_without(shipped, index)):
        return len(texts), any(_found(text) != shipped_findings[text] for text in texts)


BODIES = [_name(body) for body in get_catalog().institutions.bodies]


@pytest.mark.parametrize("index", [
    pytest.param(index, id=name, marks=pytest.mark.xfail(strict=True, reason="no test depends on it yet")
                 if name in lines_listed(UNDEFENDED) else ())
    for index, name in enumerate(BODIES)])
def test_deleting_a_body_entry_changes_what_a_sentence_finds(index):
    held, changed = found_otherwise(index)
    assert changed, f"{held} strings hold its suffix and none is read otherwise without it"


def test_every_undefended_line_names_an_entry_of_the_catalog():
    assert sorted(lines_listed(UNDEFENDED) - set(BODIES)) == []
