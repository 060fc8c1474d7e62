"""What the interpret stage no longer does answers as doing it does: where a sentence first says 件中 is found once for
all its numbers, not searched from its start for each (a long sentence of counts read it again for every one)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from lawreport import metrics
from lawreport.numbers import scan
from lawreport.scanning import may_hold_words
from lawreport.structure import MAX_SENTENCE, Outline

AMONG_PIECES = ["件中", "的", "案件中", "受理的", "151", "件", "中", "行政复议", ",", ":", "。", "\n", "调解12件",
                "在", "x" * (MAX_SENTENCE // 3)]


def sentences_read(pieces: list[str], report_year: int | None) -> tuple[str, metrics.Interpreter, list]:
    """The text the pieces make, an interpreter of it (no quantities), and each of its sentences' starts with the
    facts the interpreter keeps of that sentence (_Sentence)."""
    text = "".join(pieces)
    outline = Outline(text)
    interpreter = metrics.Interpreter(text, outline, [], report_year)
    return text, interpreter, [(sentence, interpreter._sentence_at(sentence)) for sentence in outline.sentence_bounds]


def _plain_among_cases(text: str, sentence: int, end: int) -> bool:
    return text.find(metrics._AMONG_CASES, sentence, end) >= 0 \
        and metrics._AMONG_CASES_CLAUSE.search(text, sentence, end) is not None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(AMONG_PIECES), max_size=25), st.randoms(use_true_random=False))
@example(["受理的", "151", "件中", ",", "调解12件"], None)
@example(["x" * (MAX_SENTENCE // 3)] * 3 + ["受理的", "151", "件中", ","], None)  # a clause past a sentence cut
def test_where_a_sentence_names_the_cases_it_sorts_reads_as_searched_afresh(pieces, rnd):
    text = "".join(pieces)
    outline = Outline(text)
    interpreter = metrics.Interpreter(text, outline, [], 2023)
    starts = outline.sentence_bounds
    asks = [(sentence, end) for sentence in starts
            for end in {sentence, *range(sentence, len(text) + 1, 7), outline.clause_at(sentence)[1] + 1,
                        outline.sentence_of(sentence)[1], len(text)} if sentence <= end <= len(text)]
    if rnd is not None:
        rnd.shuffle(asks)  # in any order: what a sentence keeps is its own, whatever was asked before
    for sentence, end in asks:
        said = interpreter._sentence_at(sentence)
        assert interpreter._among_cases(said, end) == _plain_among_cases(text, sentence, end), (text, sentence, end)


def test_a_sentence_that_names_the_cases_it_sorts_does_so_only_before_its_clause():
    text = "在受理的151件行政复议案件中,维持38件。其中调解12件"
    interpreter = metrics.Interpreter(text, Outline(text), [], 2023)
    among = text.index("中,") + 1
    first = interpreter._sentence_at(0)
    assert not interpreter._among_cases(first, among - 1)  # 件中 not yet said whole
    assert interpreter._among_cases(first, among + 1)
    assert not interpreter._among_cases(interpreter._sentence_at(text.index("其中")), len(text))


SPAN_PIECES = ["年", "年来", "年间", "期间", "以来", "五", "十四", "近", "过去", "三", "两", "几", "多", "全", "今", "度",
               "2", "1", "12", "2018", "2020", "至", "—", "-", "(", "创", "受理", "件", ",", "。", "”", "月", "日"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(SPAN_PIECES), max_size=12), st.integers(0, 3))
@example(["近", "三", "年来"], 0)
@example(["2018", "年", "至", "2020", "年"], 0)
@example(["十四", "五", "”", "期间"], 0)
def test_a_sentence_passed_without_a_search_for_a_period_of_years_holds_none(pieces, start):
    text = "".join(pieces)
    start = min(start, len(text))
    if metrics._SPAN.search(text, start) is not None:
        assert metrics._may_say_span(text, start, len(text)), text


def test_a_sentence_of_the_whole_year_or_one_year_alone_is_passed_without_a_search_for_a_period():
    assert not metrics._may_say_span("全年共受理行政复议案件226件,今年度办结212件", 0, 25)
    assert not metrics._may_say_span("2023年全区受理行政复议案件226件", 0, 19)
    assert metrics._may_say_span("2021年至2023年全区受理行政复议案件226件", 0, 24)  # the year a span ends with
    assert metrics._may_say_span("2021—2023年全区受理行政复议案件226件", 0, 23)
    assert metrics._may_say_span("2021年至今年全区受理行政复议案件226件", 0, 22)  # a span to this year
    assert not metrics._may_say_span("今年全区受理行政复议案件226件", 0, 16)
    assert metrics._may_say_span("近年来共受理行政复议案件226件", 0, 15)  # 近 alone opens a period
    assert metrics._may_say_span("三年来共受理行政复议案件226件", 0, 15)
    assert metrics._may_say_span("3年间共受理行政复议案件226件", 0, 15)
    assert not metrics._may_say_span("3年间共受理", 1, 6)  # the digit before the part is not in it


def _may_say_span_counting_digits(text: str, start: int, end: int) -> bool:
    """_may_say_span as it counted the digits before each 年 one by one."""
    if any(text.find(word, start, end) >= 0 for word in metrics._SPAN_WORDS):
        return True
    at = text.find("年", start, end)
    while at >= 0:
        if at > start:
            if text[at - 1] in metrics._YEARS_COUNTED_BY:
                return True
            if text[at - 1] in metrics._THIS_YEAR and text[at - 2:at - 1] in metrics._TO_YEAR_MARKS:
                return True  # a span ending in this year's word
            digits = at
            while digits > 0 and at - digits <= metrics._YEAR_DIGITS and text[digits - 1].isdecimal():
                digits -= 1
            if 0 < at - digits <= 2 or (at - digits == metrics._YEAR_DIGITS
                                        and text[digits - 1:digits] in metrics._TO_YEAR_MARKS):
                return True
        at = text.find("年", at + 1, end)
    return False


# digits (other scripts' too: str.isdecimal holds for them), the marks of a span, and what else may stand before a 年
DIGIT_PIECES = ["1", "2", "0", "３", "٢", "年", "至", "—", "-", "~", "－", "到", "三", "全", "今", "受理", "。"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(DIGIT_PIECES), max_size=16), st.integers(0, 4))
@example(["2", "0", "2", "0", "年"], 0)
@example(["至", "2", "0", "2", "0", "年"], 0)
@example(["至", "2", "0", "2", "0", "年"], 1)
@example(["1", "2", "年"], 1)
@example(["1", "2", "3", "年"], 0)
@example(["至", "1", "2", "0", "2", "0", "年"], 0)
@example(["至", "全", "1", "2", "3", "年"], 0)
def test_the_digits_before_a_year_told_by_slices_are_those_counted(pieces, start):
    text = "".join(pieces)
    start = min(start, len(text))
    assert metrics._may_say_span(text, start, len(text)) == _may_say_span_counting_digits(text, start, len(text)), text


SUM_PIECES = ["截至", "截止", "至", "到", "达到", "2024年", "7月", "底", "累计", "以来", "自", "起", "今年", "受理",
              "120件", ",", "。", "\n"]


def _plain_summed_to_date(interpreter: metrics.Interpreter, text: str, sentence: int, start: int) -> bool:
    """_summed_to_date as it read each number's part of its sentence afresh."""
    date = metrics._SUM_DATE.search(text, sentence, start) \
        if any(text.find(word, sentence, start) >= 0 for word in metrics._SUM_DATE_WORDS) else None
    if date is None:
        return False
    if metrics._SUM_SO_FAR.search(text, sentence, start) is not None:
        return True
    low = max(0, sentence - metrics._START_REACH)
    since = metrics._SINCE_START.search(text, max(text.rfind("\n", low, sentence) + 1, low), start)
    return since is not None and text.find(f"{date.group(1)}年", max(0, since.start() - 5), since.start()) < 0


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SUM_PIECES), max_size=16))
@example(["2024年", "以来", ",", "截至", "2024年", "7月", "底", ",", "受理", "120件"])
def test_where_a_sentence_first_says_a_date_word_reads_as_searched_afresh(pieces):
    text, interpreter, sentences = sentences_read(pieces, 2024)
    for sentence, said in sentences:
        for start in range(sentence, said.limit + 1):  # the numbers of a sentence, in order
            assert interpreter._summed_to_date(said, start) == _plain_summed_to_date(interpreter, text, sentence, start)


SO_FAR_PIECES = ["2025年", "2024年", "以来", "至今", "以", "来", "至", "今", ",", "。", "与去年同期相比", "累计", "受理", "70件"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SO_FAR_PIECES), max_size=16))
@example(["2025年", "以来", "受理", "70件", ",", "与去年同期相比"])
def test_where_a_sentence_first_says_a_word_of_the_year_so_far_reads_as_searched_afresh(pieces):
    """_year_so_far passes a figure whose sentence says no word of _SO_FAR_WORDS before it, found once per sentence,
    as it did searching each part before a figure for the words."""
    text, interpreter, sentences = sentences_read(pieces, None)
    for sentence, said in sentences:
        for start in range(sentence, said.limit):  # the numbers of a sentence, in order
            said_before = any(text.find(word, sentence, start) >= 0 for word in metrics._SO_FAR_WORDS)
            if not said_before:
                assert interpreter._year_so_far(said, start) is None
            assert (start >= said.so_far) == said_before, (text, start)


CHANNEL_PIECES = ["依托", "通过", "经由", "经", "“村民说事”", "制度", "平台", "调解", "室", "中心", "受理纠纷", "12件", ",", ";",
                  ":", "。", "、", "\n", "全县共"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(CHANNEL_PIECES), max_size=20))
@example(["依托", "“村民说事”", "制度", ",", "受理纠纷", "12件"])
@example(["通过", "调解", "室", ";", "全县共", "受理纠纷", "12件"])
def test_a_figure_before_its_sentences_first_channel_word_has_no_channel_said_before_it(pieces):
    """_headline asks _channel_said_before of a figure only where its sentence says a word every channel clause holds
    (_Heard.channel, found once per sentence) before the figure's label ends: up to that word, the search finds none."""
    text, interpreter, sentences = sentences_read(pieces, 2023)
    for sentence, said in sentences:
        heard = interpreter._heard_in(said)
        for end in range(sentence, min(heard.channel, said.limit) + 1):
            assert not interpreter._channel_said_before(sentence, end), (text, end)


def test_a_channel_clause_is_heard_at_its_word():
    text, interpreter, sentences = sentences_read(["依托", "“村民说事”", "制度", ",", "受理纠纷", "12件"], 2023)
    sentence, said = sentences[0]
    assert interpreter._heard_in(said).channel == text.find("制度")
    assert interpreter._channel_said_before(sentence, text.find("12件"))


MET_PIECES = ["提前完成", "年度", "目标", "目", "标", "100%", "98%", "的", "出庭应诉率", "任务", ",", "。", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(MET_PIECES), max_size=16))
@example(["提前完成", "出庭应诉率", "100%", "目标", ",", "98%", "。"])
def test_where_a_sentence_last_says_a_target_word_reads_as_searched_after_each_figure(pieces):
    """_target_met passes a figure ending after the sentence's last word of target_met_close (_met_close_last, found
    once per sentence) as it did searching the rest of the sentence after each figure for the words."""
    text, interpreter, sentences = sentences_read(pieces, 2023)
    for _, said in sentences:
        last = interpreter._met_close_last(said)
        for end in range(said.start, said.limit + 1):  # where the figures end, in order
            assert (end <= last) == may_hold_words(metrics._met_close_gate(), text, end, said.limit), (text, end)


def _plain_per_one(q, inverse: bool) -> float:
    """metrics._per_one as it read every figure, a ratio's kind tested inside."""
    if q.kind == "ratio" and inverse and q.value and q.ratio_to:
        return round(q.ratio_to / q.value, 2)
    if q.kind != "ratio" or not q.ratio_to or q.ratio_to == 1 \
            or not (q.value in metrics._PER_TERMS or q.ratio_to == metrics._PER_HUNDRED):
        return q.value
    return round(q.value / q.ratio_to, 2)


FIGURE_PIECES = ["1", "100", "0", "3.97", "162", ":", "比", "%", "件", "个百分点", "0.5", "倍", ",", "率为"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FIGURE_PIECES), max_size=12), st.booleans())
@example(["1", ":", "0.5"], False)
@example(["162", ":", "100"], True)
def test_a_figure_found_has_the_value_per_one_read_of_every_kind(pieces, inverse):
    """Reading.found asks _per_one of a ratio only: any other figure's value is its own, as _per_one gave it."""
    text = "".join(pieces)
    for scanned in scan(text):
        for q in (scanned, scanned._replace(kind="ratio")):
            reading = metrics.Reading(q, "", q.start, None, False, 0)
            assert reading.found(None, "", q.unit or "", q.start, inverse).value == _plain_per_one(q, inverse), text
