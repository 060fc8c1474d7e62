"""The shortcuts regions takes agree with the plain ways they replace."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lawreport import lazy_regex, regions
from lawreport.catalog import compile_cached, get_catalog


def _ends_found_one_by_one(text: str, words: tuple[str, ...]) -> list[int]:
    ends = []
    for word in words:
        start = text.find(word)
        while start >= 0:
            ends.append(start + len(word))
            start = text.find(word, start + len(word))
    return ends


@given(st.text(alphabet="法治平安坪山县x、", max_size=40))
def test_ends_of_agrees_with_finding_each_occurrence(text: str) -> None:
    words = ("法治", "平安")
    assert regions._ends_of(text, words) == _ends_found_one_by_one(text, words)


def test_ends_of_at_the_edges() -> None:
    assert regions._ends_of("法治", ("法治",)) == [2]
    assert regions._ends_of("法治法治坪山", ("法治", "平安")) == [2, 4]
    assert regions._ends_of("", ("法治",)) == []


HINTS = [
    ["法治坪山建设2023年度报告"],
    ["上海市宝山区人民政府", "宝山区司法局"],
    ["慈溪市人民政府"],
    ["关于2022年法治政府建设情况的报告"],
    ["中共赵县县委", "法治政府建设"],
    [],
]


def test_resolving_hints_alone_is_remembered_and_unchanged() -> None:
    words = regions._lexicon()
    for hints in HINTS:
        plain = regions._resolved("", hints, words)
        assert regions.resolve("", hints) == plain
        assert regions.resolve("", list(hints)) is regions.resolve("", tuple(hints))  # asked again: remembered


# What pads a hint past the length up to which every character is tried: no short name holds it.
_PAD = "。" * regions._HINT_TRIED_THROUGHOUT


@given(st.text(alphabet="宝山坪慈溪赵县5%年度报告市区", max_size=40))
def test_short_head_starts_of_a_long_hint_hold_every_start_of_a_short_names_head(text: str) -> None:
    heads = regions._index().longest_short_by_head
    hint = text + _PAD
    opened = regions._short_head_starts(hint)
    assert [i for i in range(len(hint)) if hint[i:i + 2] in heads] == [i for i in opened if hint[i:i + 2] in heads]


def test_short_head_starts_of_a_long_hint_skip_what_opens_no_short_name() -> None:
    assert regions._short_head_starts("5%" + _PAD) == []
    assert regions._short_head_starts("宝5" + _PAD) == []  # a first character with no second one after it
    assert regions._short_head_starts("5%宝山" + _PAD)[0] == 2  # (山 opens 山东 and others too)


def test_a_short_hint_is_tried_at_every_character() -> None:
    assert list(regions._short_head_starts("5%宝山")) == [0, 1, 2, 3]


@given(st.text(alphabet="区市县地司法局人民政府召开全和镇x,", max_size=40))
def test_self_references_found_in_re_are_the_catalog_pattern_s(text: str) -> None:
    pattern = get_catalog().self_reference
    scan = regions._self_reference_scan(pattern)
    assert [(m.span(), m.group("level")) for m in scan.finditer(text)] == \
        [(m.span(), m.group("level")) for m in pattern.finditer(text)]


def test_the_bodies_are_tried_only_where_a_character_they_open_with_follows_the_level() -> None:
    assert regions._bodies_gated("(?P<level>区|市)(?:司法局|(?:人民)?政府)") == "(?P<level>区|市)(?=[人司政])(?:司法局|(?:人民)?政府)"
    assert regions._bodies_gated("(?:区|市)(?:司法局|政府)") == "(?:区|市)(?:司法局|政府)"  # no level group
    assert regions._bodies_gated("(?P<level>区|市)") == "(?P<level>区|市)"  # no bodies
    assert regions._bodies_gated("(?P<level>区|市)\\p{Han}{0,2}局") == "(?P<level>区|市)\\p{Han}{0,2}局"  # openings unknown
    assert "(?=[" in regions._self_reference_scan(get_catalog().self_reference).pattern


def test_a_self_reference_pattern_with_flags_or_regex_syntax_is_kept() -> None:
    folded = compile_cached(r"(?P<level>区|市)(?:Court|政府)", lazy_regex.IGNORECASE)
    assert regions._self_reference_scan(folded) is folded
    han = compile_cached(r"(?P<level>区|市)\p{Han}{0,2}局")
    assert regions._self_reference_scan(han) is han
    assert regions._bare_bodies(",市政府召开会议,经区政府同意", regions._lexicon()) == {"市": 1, "区": 1}


def test_a_pattern_reads_only_names_where_its_text_takes_han_and_parentheses_alone() -> None:
    assert regions._reads_only_names(r"(?:中共)?(?!全[省市])\p{Han}{1,9}?(?:市|县)(?:\(\p{Han}{1,8}?[区县]\))?(?:司法局|法院)")
    assert regions._reads_only_names(r"(?P<level>区|市)(?<![城镇])政府(?=\s)")  # a lookaround takes nothing
    assert regions._reads_only_names(get_catalog().org.pattern)
    for pattern in (r"\p{Han}+\s*局", r"[^局]+局", r"[一-龥]+局", r"\p{Han}\d局", r".局", r"(?i)局", r"(\p{Han})\1局",
                    r"A局", r"[局·]", r"\p{Han}{2,x}局"):
        assert not regions._reads_only_names(pattern), pattern


@given(st.text(alphabet="宝山区司法局关于规范的意见》人民政府法院委员会(县)“建设,。\n", max_size=30))
def test_a_body_is_tried_only_where_a_name_may_end_but_found_as_the_pattern_finds_it(text: str) -> None:
    org = get_catalog().org
    for start in range(len(text)):
        regions._answers_in.cache_clear()
        found = regions._body_at(org, text, start)
        expected = org.match(text, start)
        assert (found and found.span()) == (expected and expected.span())


def test_a_body_is_not_tried_where_its_run_of_name_characters_holds_no_ending() -> None:
    org = get_catalog().org
    ends = regions._name_ends(org)
    assert ends is not None and ends.search("宝山区关于规范法律顾问的意见") is None and ends.search("宝山区司法局")
    text = "宝山区关于规范法律顾问的意见》,宝山区司法局印发"
    assert regions._body_at(org, text, 0) is None
    found = regions._body_at(org, text, text.index("宝山区司法局"))
    assert found is not None and found.group() == "宝山区司法局"


@given(st.text(alphabet="深圳市坪山区人民检察院县司法局(镇)《,。\n ", max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_a_name_ending_where_a_search_ends_is_searched_for_from_its_run_alone(text: str, pos: int, end: int) -> None:
    at_end = compile_cached(r"(?:" + get_catalog().org.pattern + r")$")
    pos, end = min(pos, len(text)), min(end, len(text))
    found = at_end.search(text, regions.name_run_start(at_end, text, pos, end), end)
    expected = at_end.search(text, pos, end)
    assert (found and found.span()) == (expected and expected.span())


def test_a_name_s_run_starts_past_the_last_character_no_name_holds() -> None:
    at_end = compile_cached(r"(?:" + get_catalog().org.pattern + r")$")
    text = "建设。印发《深圳市坪山区人民检察院"
    assert regions.name_run_start(at_end, text, 0, len(text)) == text.index("深")
    assert regions.name_run_start(at_end, text + "\n", 0, len(text) + 1) == 0  # $ before a final line break
    loose = compile_cached(r"\p{Han}+\s局$")
    assert regions.name_run_start(loose, text, 0, len(text)) == 0


@pytest.mark.parametrize(("positions", "inside"), [
    ([0, 2, 3, 7, 9, 12], [False, False, True, True, False, False]),
    ([], []),
])
def test_positions_inside_spans_by_bisection(positions, inside):
    spans = [(3, 8), (10, 12)]  # 《…》 and 《…》: 3 up to 8, 10 up to 12
    assert [regions._in_spans(position, [start for start, _ in spans], spans) for position in positions] == inside

