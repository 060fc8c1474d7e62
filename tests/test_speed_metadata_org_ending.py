"""A line no body's name may end as is no body without its places masked nor the org pattern tried (_is_org): the
pattern's last characters are read from its text, a lookahead inside a lookbehind (the 镇 of {TOWN}) too."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from lawreport import metadata
from lawreport.catalog import get_catalog
from lawreport.scanning import Ending, Shape


def test_a_lookahead_inside_a_lookbehind_leaves_the_reach_unknown_and_the_last_characters_read():
    shape = Shape.of(regex.compile(r"(?:(?<=(?!乡)\p{Han}乡)镇|局)$"))
    assert shape is not None and shape.width == 1 and shape.reach is None
    ending = Ending.of(regex.compile(r"(?:(?<=(?!乡)\p{Han}乡)镇|局)$"))
    assert ending is not None and ending.allows("三乡镇") and ending.allows("某局") and not ending.allows("某镇长")


@pytest.mark.parametrize("pattern", [r"(?<=a)bc", r"(?<=(?:a|bb))c"])
def test_a_lookbehind_without_a_lookahead_still_reads_nothing_past_here(pattern):
    shape = Shape.of(regex.compile(pattern))
    assert shape is not None and shape.reach == shape.width


def test_the_org_pattern_tells_the_last_characters_of_a_body_s_name():
    ending = metadata._patterns().org_ending
    assert ending is not None
    assert ending.allows("中山市三乡镇人民政府") and ending.allows("某县司法局")
    assert not ending.allows("某县司法局扎实推进法治政府建设。") and not ending.allows("2024年3月1日")


PIECES = ["中山市", "三乡镇", "某县", "白沙镇", "街道", "人民政府", "司法局", "办公室", "法院", "委员会", "公证处", "扎实推进",
          "工作", "2024年", "。", "(", ")", "和", "乡", "镇"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=5))
def test_a_line_the_ending_rules_out_is_no_body_s_name(pieces):
    line = "".join(pieces)
    ending = metadata._patterns().org_ending
    if ending is not None and not ending.allows(line):
        assert get_catalog().org.fullmatch(metadata._places_masked(line)) is None, line


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="局院府镇乡处室会所站队部厅办公司法县区街道。)a1\n ", max_size=8))
def test_the_ending_told_once_a_tail_is_what_the_ending_allows_of_the_line(line):
    """_is_org asks of a line's tail (the character or two a match may end on) once: the same as of the line."""
    ending = metadata._patterns().org_ending
    assert ending is not None
    assert metadata._org_may_end(ending, Ending.tail(line)) == ending.allows(line), line
