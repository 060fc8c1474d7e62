"""A cue asked of many lines is searched in parts, each only where a line holds one of its words, and its part of
the line's start matched there, not searched for at every character: the same answer as searching the cue whole."""

from hypothesis import given, settings
from hypothesis import strategies as st

from lawreport import lazy_regex as regex
from lawreport.metadata import _DATE_SHAPED_YEAR, _cues, _LineSearch, _patterns, _per_line_patterns, _post_header

_PIECES = st.sampled_from(["2024", "-", "03", "12", " ", "10:30", "来源", ":", "星期一", "青禾县司法局", "第", "版", ")",
                           "(", "·", "年", "月", "日", "法治", "\t"])


@given(st.lists(_PIECES, max_size=10).map("".join))
def test_the_parts_find_a_page_date_line_where_the_cue_does(line: str) -> None:
    cue = _cues()["page_date_line"]
    parts = _per_line_patterns(cue.pattern)
    assert any(part.search(line) for part in parts) == (cue.search(line) is not None)


# The pieces of the page's date lines the cue's line-start alternatives read: dates of each shape and their parts,
# times, blanks, an outlet's name, a page code, marks; a digit `regex` takes and `re` does not (U+11F50).
_DATE_PIECES = st.sampled_from(["2024", "1999", "2024-03-12", "2024年3月12日", "19.09.2015", "2020.01.10", "09.01", "10:30", "-", "03",
                                "3", "12", "1", "\U00011f50", "٣", "年", "月", "日", "/", ".", ":", " ", "\t", "\u3000",
                                ",", "·", "•", "(", ")", "来自", "某某日报", "A04", "发布", "\n"])


@settings(max_examples=400)
@given(st.lists(_DATE_PIECES, max_size=8).map("".join))
def test_the_parts_find_a_dated_page_line_where_the_cue_does(line: str) -> None:
    cue = _cues()["page_date_line"]
    assert any(part.search(line) for part in _patterns().page_date_line) == (cue.search(line) is not None)


def test_every_line_start_shape_of_a_page_date_line_passes_the_gate() -> None:
    """A line of each shape the line-start alternatives read (catalog.toml) is matched by that part, its gate passed."""
    at_start = next(part for part in _patterns().page_date_line if part.at_start)
    for line in ["2025-07-21 15:56:12", "• 2022-06-21 08:40:21", "2022年09月24日 01:26  某某法制报",
                 "来自 某某网 2024-03-12 10:30", "2024 04/22 16:19:48", "新华社·2025-10-28 11:55", "省政府办公厅 2022-03-15",
                 "2025-01-22", "• 2025-01-22", "县人民政府 2024年01月08日", "2025-03-12 某县人民政府", "2025年03月12日 某县司法局",
                 "(2024年3月1日)", "(某县司法局 2025年2月10日)", "A04 2023年1月10日", "19.09.2015  09:57",
                 "矛盾纠纷调处工作 09.01.2015", "2024年\U00011f50月1日 10:30",
                 "http://www.example.com.cn  2009年11月02日08:41  某某日报", "某某日报 2020.01.10"]:
        assert at_start.search(line), line


def test_the_gate_skips_no_character_a_day_may_open_with() -> None:
    """The characters the gate takes for no digit after 年 or a blank (a comma, CJK marks and ideographs): none is one
    to `regex`, whose \\d the cue reads."""
    skipped = [",", *map(chr, range(0x3000, 0x9FFF + 1))]
    assert not [c for c in skipped if regex.match(r"\d", c)]
    assert regex.search(_DATE_SHAPED_YEAR, "2024年3") and not regex.search(_DATE_SHAPED_YEAR, "2024年工作")


# The pieces of the head lines _published reads: its four cues' words and shapes (readers' comments, the portal's day,
# page dates, a WeChat header), and others.
_HEAD_PIECES = st.sampled_from(["网友评论", "评论", "今天是", "今天", "今日", ":", "：", "政府", "人民政府门户网站", "2024",
                                "2024年10月31日", "2024-03-12", "10:30", "年", "3", " ", "\t", "星期四", "来源", "第2版", "原创",
                                "某某", "北京", "法治", "发表于", "·", "-", "(", ")"])


@settings(max_examples=400)
@given(st.lists(_HEAD_PIECES, max_size=7).map("".join))
def test_a_head_line_without_what_the_gate_looks_for_is_read_by_none_of_the_cues(line: str) -> None:
    if _patterns().head_line_read.search(line) is None:
        assert not _cues()["comments_header"].match(line) and not _cues()["today_line"].match(line)
        assert not any(part.search(line) for part in _patterns().page_date_line) and _post_header(line) is None


def test_the_gate_passes_a_line_each_cue_reads() -> None:
    read = _patterns().head_line_read
    for line, cue in [("网友评论", "comments_header"), ("今天 2024年", "today_line"), ("某县人民政府 2024年10月31日 星期四", "today_line"),
                      ("2024-03-12 10:30", "page_date_line"), ("19.09.2015", "page_date_line"), ("来源 第2版", "page_date_line"),
                      ("原创 某某", "post_header")]:
        assert _cues()[cue].search(line) and read.search(line), line


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


def test_a_line_opening_with_no_character_a_line_start_part_opens_with_is_not_matched() -> None:
    counted = _Counted(r"^(?:(?:[|｜][ \t]*)?[▲△]|!\[)")
    at_start = _LineSearch(counted, True)  # type: ignore[arg-type]
    assert at_start.opening == "!|▲△｜"  # scanning.opening_chars
    assert at_start.search("｜ ▲某县法官开展巡回审判") and at_start.search("▲某县法官开展巡回审判")
    assert not at_start.search("某县法官开展巡回审判 ▲")
    assert counted.asked == ["match", "match"]


# The pieces of a head's lines the photo_caption cue reads: its line-start marks (a bar of either width before a
# triangle, a bracketed 资料图片, a picture's markdown) and its credits (摄影 | 某某, 某某摄), and others.
_CAPTION_PIECES = st.sampled_from(["|", "｜", "▲", "△", " ", "\t", "(", ")", "【", "】", "资料图片", "资料图", "图片", "配图", "![",
                                   "](", "图", "摄影", "摄", "攝", ":", "某某", "。", "法官开展巡回审判", "\n"])


@settings(max_examples=400)
@given(st.lists(_CAPTION_PIECES, max_size=8).map("".join))
def test_the_parts_find_a_photo_caption_where_the_cue_does(line: str) -> None:
    cue = _cues()["photo_caption"]
    assert any(part.search(line) for part in _patterns().photo_caption) == (cue.search(line) is not None)


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
