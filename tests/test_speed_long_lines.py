"""Lines and sentences read once, not from every figure or label: a text without line breaks (a page's text layer,
an adversarial run) must cost time linear in its length. Each faster reading is checked against the plain one it
replaces, on texts of pieces that put its labels, splits and breaks anywhere."""

import regex
from conftest import sentences_cut_at
from hypothesis import example, given, settings
from hypothesis import strategies as st

from lawreport import metadata, metrics
from lawreport.dates import compact_date_at, date_at
from lawreport.metrics import Interpreter, _line_starts
from lawreport.pipeline import extract
from lawreport.structure import MAX_SENTENCE, Outline


@given(st.text(alphabet="\n某县", max_size=40), st.lists(st.integers(0, 40), max_size=12))
@example("a\n\nb\n", [0, 1, 2, 3, 5, 5])
def test_line_starts_are_those_found_back_from_each_offset(text, offsets):
    offsets = [min(o, len(text)) for o in offsets]
    assert _line_starts(text, offsets) == {o: text.rfind("\n", 0, o) + 1 for o in offsets}


_CREDIT = regex.compile(r"\((.+)\)")  # the pattern _credit reads without


@given(st.text(alphabet="()某\n ", max_size=12))
@example("()")
@example("(某)")
@example("(\n)")
@example("(某))")
def test_a_credit_is_what_the_pattern_of_a_line_in_parentheses_takes(line):
    plain = _CREDIT.fullmatch(line)
    assert metadata._credit(line) == (plain.group(1) if plain else None)


def _plain_published(text, lines, annotated, dated, title):
    """_published as it read each label's line back from the label and looked at it for each."""
    labelled, minor, stamped, glossed, yearless = [], [], [], [], None
    for m in metadata._labelled(metadata.get_catalog().published_line, metadata._patterns().published_by_label,
                                text):
        found = date_at(text, m.end()) or compact_date_at(text, m.end())
        line_start, line_end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        if not found:
            if yearless is None and m.start() < metadata._HEAD_CHARS:
                yearless = metadata._YEARLESS_DAY.fullmatch(text, m.end(), line_end)
            continue
        if metadata._is_scrape_stamp(text, line_start, line_end):
            continue
        if annotated(line_start, line_end):
            glossed.append(found)
        elif metadata._cues()["minor_date_label"].search(text, max(0, m.start() - metadata._MINOR_LABEL_HEAD),
                                                          m.end()):
            minor.append(found)
        else:
            labelled.append(found)
    if labelled:
        return labelled[0]
    shown = metadata._unlabelled_date(text, lines, annotated, dated, (stamped, minor, glossed), title)
    return shown if yearless is None else metadata._dated_in_year_of(shown, yearless)


_DATE_PIECES = ["发布时间:", "发布日期:", "日期:", "时间:", "2024-03-09", "2023年5月6日", "08-21", "20240309",
                " ", "\n", "来源: sp20241221", "转载日期:", "某县司法局", "调解纠纷12件。", "。"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=24))
@example(["发布时间:", "2024-03-09", " ", "来源: sp20241221", "\n", "发布时间:", "2023年5月6日"])
@example(["日期:", "08-21", "\n", "发布时间:", "2024-03-09", "发布时间:", "2023年5月6日"])
def test_the_published_date_is_the_one_read_line_by_line_from_each_label(pieces):
    text = "".join(pieces)
    fast, seen = metadata._published, []

    def both(*args):
        answer = fast(*args)
        seen.append((answer, _plain_published(*args)))
        return answer

    metadata._published = both
    try:
        metadata.read_metadata(text, Outline(text))
    finally:
        metadata._published = fast
    assert seen and all(answer == plain for answer, plain in seen)


def _plain_split(self, m):
    """_split_with_appeals as it searched from each count to the end of its paragraph or the one after."""
    text = self.text
    if metrics._FIRST_INSTANCE in text[m.sentence:m.end]:
        return False
    line_end = text.find("\n", m.end)
    end = len(text) if line_end < 0 else text.find("\n", line_end + 1)
    return self.catalog.appeals_split.search(text, m.end, len(text) if end < 0 else end) is not None


_LAWSUIT_PIECES = ["以区政府为被告的行政诉讼案件共373件,", "行政诉讼案件12件。", "区法院164件,", "三中院80件,",
                   "审判监督14件。", "一审行政案件20件,", "\n", "\n", "全年调解纠纷30件。"]


def _split_answers(text):
    """What _split_with_appeals answered for each count of `text`, beside what the plain search answers."""
    fast, asked = Interpreter._split_with_appeals, []

    def both(self, m):
        answer = fast(self, m)
        asked.append((answer, _plain_split(self, m)))
        return answer

    Interpreter._split_with_appeals = both
    try:
        extract(text)
    finally:
        Interpreter._split_with_appeals = fast
    return asked


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_LAWSUIT_PIECES), max_size=16))
def test_lawsuits_split_by_courts_as_a_search_from_each_count_finds(pieces):
    assert all(answer == plain for answer, plain in _split_answers("".join(pieces)))


def test_counts_of_one_paragraph_share_the_search_for_its_split():
    counts = "以区政府为被告的行政诉讼案件共373件," * 3
    asked = _split_answers(counts + "三中院80件,区法院164件。\n" + counts + "\n\n" + counts)
    assert [plain for _, plain in asked] == [True] * 3 + [False] * 6
    assert all(answer == plain for answer, plain in asked)


def test_a_year_opening_a_clause_states_a_figure_within_a_sentence_s_length():
    said = "前言。2023年,全县调解纠纷" + "各类" * 10 + "12件。"
    assert metadata._states_figure(said, said.index("年") + 1)
    unended = "前言。2023年,全县" + "调" * MAX_SENTENCE + "12件"  # no mark ends it: read no further than a sentence
    assert not metadata._states_figure(unended, unended.index("年") + 1)
    broken = "前言。2023年,全县调解纠纷\n12件。"  # its line ends before the figure
    assert not metadata._states_figure(broken, broken.index("年") + 1)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["调解", "12件", ",", "。", "\n", "、"]), max_size=40), st.integers(2, 12))
@example(["调解"] * 8 + [",", "12件"], 3)
def test_a_clause_never_runs_past_the_sentence_a_long_run_is_cut_into(pieces, longest):
    text = "".join(pieces)
    with sentences_cut_at(longest):  # sentences cut short, as a run without a mark is
        outline = Outline(text)
        for offset in range(len(text)):
            start, end = outline.clause_at(offset)
            first, following = outline.sentence_of(offset)
            assert first <= start <= offset <= end <= following
