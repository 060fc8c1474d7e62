"""What the body says of its place is read with each search done once: the address lines found by one search for
their openings, a body's name at a mention tried once for the lead and the own body, a level's own calls counted
once per report; a clause's bounds read from the mention to the nearest marks."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from lawreport import documents, regions
from lawreport.catalog import get_catalog


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_an_address_line_opening_the_text_or_after_blanks_is_found():
    pattern = get_catalog().lexicon.address_line
    lines = regions._whole_lines(pattern)
    for text in ("地址:某路1号\n本县工作", " \t地址:某路1号", "本县工作\n \t(某市 123456)\n各地工作", "本县各地址:某路"):
        assert _spans(lines.matches(text)) == _spans(pattern.finditer(text))
    assert _spans(lines.matches("本县各地址:某路\n地址:某路")) == [(9, 14)]  # 地 inside a line opens no address line


def test_a_pattern_of_whole_lines_is_tried_only_after_a_break_before_its_opening():
    lines = regions._whole_lines(regex.compile(r"(?m)^[ \t]*邮编\d{6}$"))
    assert lines.break_before_opening is not None and lines.opening is not None
    assert [m.end() for m in lines.break_before_opening.finditer("邮编\n  邮编\n某邮编")] == [3]
    assert lines.opening.match("  邮编") and not lines.opening.match("某邮编")


def test_a_body_s_name_at_a_mention_is_the_catalog_s_match_there():
    org = get_catalog().org
    text = "近日,井研县司法局开展普法活动,井研县召开会议"
    for start in (3, 16):
        found, plain = regions._body_at(org, text, start), org.match(text, start)
        assert (found and found.span()) == (plain and plain.span())
    assert regions._body_at(org, text, 3) is not None and regions._body_at(org, text, 16) is None
    other = regex.compile("井研县")  # another catalog's pattern: asked again, not the first's answer
    assert regions._body_at(other, text, 16) is not None


def test_a_level_s_own_calls_are_counted_alike_when_asked_again():
    words = regions._lexicon()
    text = "全市共受理案件。我市推进工作。本市场监管。"
    assert regions._own_calls(text, "市", words) == regions._own_calls(text, "市", words) == 2
    assert regions._own_calls(text, "县", words) == 0
    assert regions._own_calls("全省各地,我厅,省厅", "省", words) == 3


def _own_calls_counted(text: str, last: str) -> int:
    """The plain reading of a level's own calls: a count of each prefix and the level, less its market's (本市场); a
    province's also its department's (我厅, 省厅)."""
    words = regions._lexicon()
    times = sum(text.count(prefix + last) - text.count(prefix + last + "场") for prefix in words.own_place_prefixes)
    return times + (sum(map(text.count, regions._department_calls(words))) if last == "省" else 0)


@given(st.text(alphabet="全我本该市县区省地州旗盟厅场x", max_size=40))
def test_a_level_s_own_calls_counted_in_one_pass_are_the_counts_of_each_prefix(text: str) -> None:
    words = regions._lexicon()
    for last in (*regions.NAME_ENDS, regions.PREFECTURE):
        assert regions._own_calls(text, last, words) == _own_calls_counted(text, last)


@given(st.text(alphabet="。!?\n,;:县x", max_size=30), st.integers(0, 30))
def test_a_clause_read_back_and_on_to_its_marks_is_the_one_found_mark_by_mark(text: str, start: int) -> None:
    start = min(start, len(text))
    marks = regions._CLAUSE_OPENINGS
    clause = max(text.rfind(mark, 0, start) for mark in marks) + 1
    end = min((at for mark in marks if (at := text.find(mark, start)) >= 0), default=len(text))
    assert regions._clause_around(text, start) == (clause, end)


class _CountedTries:
    """A pattern's matches, counted."""

    def __init__(self, pattern: regex.Pattern):
        self.compiled, self.pattern, self.flags, self.tries = pattern, pattern.pattern, pattern.flags, 0

    def match(self, text: str, pos: int):
        self.tries += 1
        return self.compiled.match(text, pos)


def test_a_body_s_name_is_tried_once_while_its_text_is_in_hand_and_forgotten_after():
    org = _CountedTries(get_catalog().org)
    text = "近日,井研县司法局开展普法活动"
    assert regions._body_at(org, text, 3) is regions._body_at(org, text, 3) is not None
    assert org.tries == 1
    for other in ("某县政府召开会议", "某市政府召开会议", "某区政府召开会议", "某旗政府召开会议"):
        regions._body_at(org, other, 0)
    regions._body_at(org, text, 3)
    assert org.tries == 6  # no whole text is kept past the reports in hand


def test_the_titles_a_body_cites_are_those_its_documents_were_read_from():
    text = "贯彻《某省法治政府建设条例》,井研县司法局开展普法活动。井研县召开会议。"
    documents.cited_titles.cache_clear()
    documents.find_documents(text)
    regions._body_evidence.cache_clear()
    regions.resolve(text)
    scans = documents.cited_titles.cache_info()
    assert (scans.misses, scans.hits) == (1, 1)  # the text's titles scanned once, for the documents, read again
    assert [m.span() for m in documents.cited_titles(text)] == [m.span() for m in documents.CITED_TITLE.finditer(text)]


def test_a_bureau_s_own_name_is_tried_only_at_mentions_its_end_follows_within_the_widest_name(monkeypatch):
    words = regions._lexicon()
    far = "。" * 200
    text = "我局深入推进。井研县开展普法活动" + far + "我局召开会议,井研县司法局参加。" + far + "井研县召开会议。"
    hits = regions._scan_body(text, words)
    assert len(hits) == 3
    tried: list[int] = []
    body_at = regions._body_at
    monkeypatch.setattr(regions, "_body_at", lambda org, t, start: tried.append(start) or body_at(org, t, start))
    assert regions._own_body(text, hits, words) == hits[1].candidates
    assert tried == [hits[1].start]  # the first and the last 井研县 have no 局 within reach


def test_the_lead_is_looked_for_only_before_the_text_calls_its_own_place_or_a_body_by_its_level(monkeypatch):
    words = regions._lexicon()
    tried: list[int] = []
    body_at = regions._body_at
    monkeypatch.setattr(regions, "_body_at", lambda org, t, start: tried.append(start) or body_at(org, t, start))
    for text in ("全市召开会议。井研县开展普法活动。井研县司法局参加。",  # the own place first: no body after it leads
                 "市政府召开全体会议研究部署工作。井研县开展普法活动,井研县司法局参加。"):  # a body by its level alone
        assert regions._lead_body(text, regions._scan_body(text, words), words) is None
    assert tried == []
    text = "近日,井研县司法局开展普法宣传教育活动。全市召开会议。"  # the own place after the lead
    hits = regions._scan_body(text, words)
    # the lead's 县司法局 read alone, 15 characters at most (the longest call, 市委全面依法治市委员会办公室, and one after it)
    assert regions._lead_bound(text, words) == text.index("县司法局") + 15
    assert regions._lead_bound("近日,井研县开展普法活动。全市召开会议。", words) == len("近日,井研县开展普法活动。全市")
    assert regions._lead_body(text, hits, words) == hits[0]
    assert set(tried) <= {hits[0].start}  # (the words after the place, 司法局, answer first: no try at all)


def test_a_body_by_its_level_a_source_preposition_opens_or_blanks_close_bounds_no_lead():
    words = regions._lexicon()
    text = "据县法院统计,近日,井研县司法局开展普法活动。"  # whom the news is from: the lead still counts
    hits = regions._scan_body(text, words)
    assert regions._lead_bound(text, words) == len(text)
    assert regions._lead_body(text, hits, words) == hits[0]
    spaced = "市政府" + " " * 12 + "井研县司法局开展普法活动"  # the blanks before a body are cut off the text before it
    assert regions._lead_bound(spaced, words) == len(spaced)
    assert regions._lead_bound("市政府召开全体会议研究部署工作。", words) == 15  # the pattern reads 15 characters at most
