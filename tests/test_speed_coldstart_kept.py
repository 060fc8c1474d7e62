"""What a single extract's start-up no longer builds, and that what it reads instead is the same."""

import pickle
import sys

import pytest
import regex

from lawreport import formats, scanning
from lawreport.catalog import DEFAULT_PATH, Catalog, Fields, KindRule, get_catalog, load_catalog


def test_a_catalog_record_holds_its_fields_read_only_and_pickles_whole() -> None:
    rule = KindRule(kind="review", title=None, head=None)
    assert (rule.kind, rule.title, rule.head) == ("review", None, None)
    with pytest.raises(AttributeError):
        rule.kind = "other"  # type: ignore[misc]
    again = pickle.loads(pickle.dumps(rule))
    assert type(again) is KindRule and vars(again) == vars(rule)
    assert repr(rule) == "KindRule(kind='review', title=None, head=None)"


def test_a_catalog_read_back_from_the_cache_has_every_field_in_order(tmp_path, monkeypatch) -> None:
    """A record's repr names each field in the order it was given: the institution scanner's cache is
    keyed by it, so a catalog read back from the cache must give the one the validated file gives."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    fresh = load_catalog(DEFAULT_PATH)
    cached = load_catalog(DEFAULT_PATH)
    assert cached is not fresh and isinstance(cached, Catalog)
    assert set(vars(fresh)) == set(Catalog.__annotations__)
    assert repr(cached.institutions) == repr(fresh.institutions)
    assert all(isinstance(rule, Fields) for rule in (*cached.rules, *cached.kinds, cached.lexicon, cached.numbers))


@pytest.mark.parametrize(("raw", "fmt"), [
    (b"<!DOCTYPE html><p>x", "html"), (b"\n <HTML lang=zh>", "html"), (b"<htmlx", "text"), (b"plain", "text"),
])
def test_an_input_without_a_known_suffix_is_sniffed_as_before(raw: bytes, fmt: str) -> None:
    assert formats.detect(raw, None) == fmt
    assert formats.detect(raw, "report.txt") == "text"


def _catalog_patterns() -> list[str]:
    catalog = get_catalog()
    found = [p.pattern for p in vars(catalog).values() if isinstance(p, regex.Pattern)]
    return [*found, *(p.pattern for p in catalog.metadata_cues.values())]


def test_a_patterns_alternatives_kept_in_the_cache_are_those_its_text_gives() -> None:
    for pattern in _catalog_patterns():
        parts = scanning.alternatives(pattern)
        assert parts == list(scanning._read_alternatives(pattern))
        parts.append("changed by the caller")
        assert scanning.alternatives(pattern) == list(scanning._read_alternatives(pattern))


def test_a_catalog_record_read_back_holds_its_fields_as_a_new_one_does() -> None:
    """As a record made by its constructor, in a dict sharing its keys with its class's, under interned names:
    a read of a field set one by one into a dict of its own, as unpickling does, takes three times as long."""
    fresh = KindRule(kind="review", title=None, head=None)
    again = pickle.loads(pickle.dumps(fresh))
    assert all(name is sys.intern(name) for name in vars(again))
    assert sys.getsizeof(vars(again)) == sys.getsizeof(vars(fresh))
