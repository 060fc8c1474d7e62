"""What a single extract's start-up no longer builds, and that what it reads instead is the same."""

import pickle

import pytest

from lawreport import formats
from lawreport.catalog import DEFAULT_PATH, Catalog, Fields, KindRule, load_catalog


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
