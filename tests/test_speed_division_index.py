"""The division index's kept form, and the characters a class opening a pattern names."""

from __future__ import annotations

import pickle
from collections import defaultdict

import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from test_regions import read_table

from lawreport import regions
from lawreport.catalog import data_bytes, data_text
from lawreport.scanning import opening_chars
from lawreport.structure import HAN


def _kept_and_loaded() -> regions._Index:
    kept = regions._kept(*(data_text(data_bytes(name)) for name in ("divisions.tsv", "renamed.tsv", "customary.tsv")))
    return regions._loaded(pickle.loads(pickle.dumps(kept)))


def test_the_kept_index_loads_as_the_tables_read_row_by_row():
    """Every unit and every name, read plainly from the two tables, is what the index loaded from its kept form
    (strings split from columns, digits of depth, parents by width) gives."""
    index = _kept_and_loaded()
    divisions = read_table("divisions.tsv")[1]
    renamed = read_table("renamed.tsv")[1]
    assert index.codes == [row["code"] for row in divisions]
    names: defaultdict[str, set[str]] = defaultdict(set)
    shorts: defaultdict[str, set[str]] = defaultdict(set)
    for row in divisions:
        assert regions._unit(row["code"]) == regions.Division(
            row["code"], row["name"], row["short"], row["level"], row["parent"] or None)
        names[row["name"]].add(row["code"])
        if row["short"]:
            shorts[row["short"]].add(row["code"])
    for row in renamed:
        names[row["old_name"]].add(row["new_code"])
    for row in read_table("customary.tsv")[1]:
        names[row["name"]].add(row["code"])
    names["红河州"].add("532500")  # an autonomous unit's alias
    for table, expected in ((index.by_name, names), (index.by_short, shorts)):
        for name, codes in expected.items():
            assert set(regions._codes(table[name])) == codes, name
    assert set(index.by_short) == set(shorts)
    assert index.longest_name_by_tail["溪市"] >= len("慈溪市")
    assert index.longest_short_by_head["红河"] >= len("红河")
    assert index.merged["下城区"] == index.by_name["下城区"]
    assert [unit.name for unit in regions.provinces()][:2] == ["北京市", "天津市"]


CLASS_PIECES = ["[ab]", "[(（]", "a", "b", "（", "x", "(?:a|[bx])", "c"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(CLASS_PIECES), min_size=1, max_size=4), st.text(alphabet="ab(（xcy", max_size=12))
def test_no_match_opens_with_a_character_outside_a_plain_class(pieces, text):
    """A pattern opening with a class of plain characters (or a group holding one) matches only where the text
    holds one of the characters opening_chars names."""
    pattern = regex.compile("".join(pieces))
    chars = opening_chars(pattern)
    assert chars is not None
    for offset in range(len(text) + 1):
        if text[offset:offset + 1] not in chars:
            assert pattern.match(text, offset) is None


ADDRESS_LINES = ["地址：浙江省杭州市西湖区文三路\n", "地址：慈溪市青少年宫路\n", "(宁波市海曙区 315000)\n"]
BODY_LINES = ["慈溪市召开会议。\n", "全市推进法治慈溪建设。\n", "宁波市、杭州市、温州市联动。\n", "本县工作。\n"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(ADDRESS_LINES + BODY_LINES), max_size=12))
def test_places_on_address_lines_say_nothing_however_many_lines_there_are(lines):
    """The body's evidence is what it is with every address line's places blanked out: each mention is tried
    against the address lines by bisection, and none on one counts."""
    words = regions._lexicon()
    address = regions._whole_lines(words.address_line)
    text = "".join(lines)
    blanked = list(text)
    for m in address.matches(text):  # past 地址：, each Han character: the line stays an address line
        for i in range(m.start() + 3, m.end()):
            if HAN.match(text[i]):
                blanked[i] = "某"
    blanked_text = "".join(blanked)
    assert [m.span() for m in address.matches(blanked_text)] == [m.span() for m in address.matches(text)]
    assert regions._body_evidence.__wrapped__(text, words) == regions._body_evidence.__wrapped__(blanked_text, words)
