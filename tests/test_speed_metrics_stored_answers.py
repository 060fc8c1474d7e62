"""Answers a sentence keeps for all its figures (_Sentence) spare each figure a call: a figure before where the
sentence first names mediators, after one naming no other body's, is none of another body's (_by_other_mediators), and
one before where it first says 截至目前 is not up to now (_up_to_now_said). Each is asked as the call answers."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_speed_metrics_once_per_sentence import sentences_read

from lawreport import metrics
from lawreport.structure import Outline

MEDIATION_PIECES = ["行政调解组织", "诉调对接中心", "县法院", "人民调解", "调委会", "调解纠纷", "调解成功", "12件", "98%", ",",
                    "。", "其中", ",", "(含诉前调解)", "(", ")", "受理", "率", "全县"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(MEDIATION_PIECES), max_size=20))
@example(["行政调解组织", "调解纠纷", "12件", "。", "其中", "调解成功", "12件"])  # named in the sentence before alone
@example(["全县", "调解纠纷", "12件", ",", "诉调对接中心", "调解纠纷", "12件"])
def test_a_figure_before_the_mediators_a_sentence_names_is_none_of_another_bodys(pieces):
    text, interpreter, sentences = sentences_read(pieces, 2023)
    for sentence, said in sentences:
        unmediated = interpreter._unmediated_until(said, sentence)
        for end in range(sentence, min(unmediated, len(text)) + 1):
            assert not interpreter._by_other_mediators(said, end), (text, sentence, end)


UP_TO_NOW_PIECES = ["截至目前", "截止目前", "到目前为止", "累计", "今年累计", "全年", "受理", "12件", ",", "。", "截至", "目前",
                    "调解纠纷", "2024年", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(UP_TO_NOW_PIECES), max_size=16), st.randoms(use_true_random=False))
@example(["受理", "12件", ",", "截至目前", ",", "受理", "12件"], None)
@example(["截至目前", ",", "累计", "受理", "12件"], None)
def test_a_sentence_says_its_figures_are_up_to_now_as_searched_afresh(pieces, rnd):
    text = "".join(pieces)
    outline = Outline(text)
    interpreter = metrics.Interpreter(text, outline, [], None)
    asks = [(sentence, end) for sentence in outline.sentence_bounds
            for end in range(sentence, outline.sentence_of(sentence)[1] + 1)]
    if rnd is not None:
        rnd.shuffle(asks)  # in any order: what a sentence keeps is its own, whatever was asked before
    up_to_now = interpreter.catalog.series_up_to_now
    for sentence, end in asks:
        said = interpreter._sentence_at(sentence)
        plain = up_to_now.search(text, sentence, end) is not None \
            and metrics._SUM_SO_FAR.search(text, sentence, end) is None
        assert interpreter._up_to_now_said(said, end) == plain, (text, sentence, end)
        if said.up_to_now is not None and end <= said.up_to_now:
            assert not plain, (text, sentence, end)  # what the figures before it are not asked
