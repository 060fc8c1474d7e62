"""A cue asked of many lines is searched in parts, each only where a line holds one of its words, and its part of
the line's start matched there, not searched for at every character: the same answer as searching the cue whole."""

from hypothesis import given
from hypothesis import strategies as st

from lawreport import lazy_regex as regex
from lawreport.metadata import _cues, _LineSearch, _per_line_patterns

_PIECES = st.sampled_from(["2024", "-", "03", "12", " ", "10:30", "来源", ":", "星期一", "青禾县司法局", "第", "版", ")",
                           "(", "·", "年", "月", "日", "法治", "\t"])


@given(st.lists(_PIECES, max_size=10).map("".join))
def test_the_parts_find_a_page_date_line_where_the_cue_does(line: str) -> None:
    cue = _cues()["page_date_line"]
    parts = _per_line_patterns(cue.pattern)
    assert any(part.search(line) for part in parts) == (cue.search(line) is not None)


class _Counted:
    """A pattern counting how it is asked."""

    def __init__(self, pattern: str) -> None:
        self._compiled = regex.compile(pattern)
        self.pattern, self.flags, self.asked = pattern, self._compiled.flags, []

    def match(self, line: str) -> regex.Match | None:
        self.asked.append("match")
        return self._compiled.match(line)

    def search(self, line: str) -> regex.Match | None:
        self.asked.append("search")
        return self._compiled.search(line)


def test_a_part_of_the_line_start_is_matched_there() -> None:
    counted = _Counted(r"^(?:\s*\d{4}-\d{2}-\d{2}\s+\d{2}:\d{2})")
    at_start = _LineSearch(counted, True)  # type: ignore[arg-type]
    assert at_start.search(" 2024-03-12 10:30")
    assert not at_start.search("青禾县 2024-03-12 10:30")
    assert counted.asked == ["match", "match"]


def test_a_line_without_the_words_of_a_part_is_not_searched() -> None:
    counted = _Counted(r"来源[:：]|星期[一二三四五六日天]")
    anywhere = _LineSearch(counted, False)  # type: ignore[arg-type]
    assert anywhere.search("青禾县司法局 来源:青禾日报")
    assert not anywhere.search("一、深入推进依法行政")
    assert counted.asked == ["search"]


def test_a_part_holding_one_word_is_searched_only_where_the_line_holds_it() -> None:
    counted = _Counted(r"年鉴\s*(?:19|20)\d{2}")
    anywhere = _LineSearch(counted, False)  # type: ignore[arg-type]
    assert anywhere.words == "年鉴"  # the word itself (scanning.words_gate)
    assert anywhere.search("青禾县年鉴 2023")
    assert not anywhere.search("青禾县司法局2023年工作总结")
    assert not anywhere.search("年鉴编纂工作")  # the word alone: searched, no match
    assert counted.asked == ["search", "search"]
