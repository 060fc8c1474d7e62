"""The lists of towns' names before a station, and the town word opening a list, tried only where they may start (a
town word with a 、 within reach after it), find what finditer finds."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lawreport import institutions
from lawreport.scanning import NOT_CONCURRENT, matches_from

_PIECES = ["籍山", "许镇", "工山", "横水", "柳林镇", "、", "等", "司法所", "派出所", "市场监管所", "公安", "镇", "社会事务办",
           "在", "督导", ",", "。", "x", "县", "街道办事处", "社会事务管理服务中心"]


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_station_lists_found_from_their_starts_are_finditers(pieces: list[str]) -> None:
    text = "".join(pieces)
    pattern = institutions._short_named_station_lists()
    found = matches_from(pattern, text, institutions._station_list_starts(text))
    assert _spans(found) == _spans(pattern.finditer(text, None, None, False, NOT_CONCURRENT))


@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_unread_list_openings_found_from_town_words_are_finditers(pieces: list[str]) -> None:
    text = "".join(pieces)
    pattern, town_chars, reach = institutions._unread_list_openings()
    assert town_chars is not None and reach is not None
    assert _spans(institutions._unread_openings(text)) == _spans(pattern.finditer(text, None, None, False, NOT_CONCURRENT))


@pytest.mark.parametrize("text, openings", [
    (",街道办事处社会事务管理服务中心、司法所", [(1, 6)]),  # the longest town word and item: its 、 as far as any stands
    (",街道办事处社会事务管理服务中心办、司法所", []),  # an item longer than any the rule reads
])
def test_an_unread_list_opening_is_tried_as_far_from_its_separator_as_one_may_stand(text, openings) -> None:
    pattern = institutions._unread_list_openings()[0]
    assert _spans(institutions._unread_openings(text)) == _spans(pattern.finditer(text)) == openings


@pytest.mark.parametrize("text, listed", [
    ("县司法局分组检查:籍山、许镇、工山、横水、柳林、石门、龙池司法所。", "籍山、许镇、工山、横水、柳林、石门、龙池司法所"),
    ("县司法局分组检查:沈家门、朱家尖、东港等派出所。", "沈家门、朱家尖、东港等派出所"),
    ("县司法局分组检查:沈家门、东港、朱家尖等派出所。", "沈家门、东港、朱家尖等派出所"),
])
def test_a_long_list_of_names_is_found_whole(text: str, listed: str) -> None:
    found = matches_from(institutions._short_named_station_lists(), text, institutions._station_list_starts(text))
    assert [m.group() for m in found] == [listed]


def test_the_stations_words_are_found_from_their_last_character():
    text = "市场监督管理所、派出所和市场监管所,所属司法所"
    assert sorted(institutions._station_words(text)) == [0, 8, 12, 20]
    assert list(institutions._station_words("市场所属")) == []
