"""Answers a sentence keeps for all its figures (_Sentence) spare each figure a call: a figure before where the
sentence first names mediators, after one naming no other body's, is none of another body's (_by_other_mediators)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from lawreport import metrics
from lawreport.structure import Outline

MEDIATION_PIECES = ["行政调解组织", "诉调对接中心", "县法院", "人民调解", "调委会", "调解纠纷", "调解成功", "12件", "98%", ",",
                    "。", "其中", ",", "(含诉前调解)", "(", ")", "受理", "率", "全县"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(MEDIATION_PIECES), max_size=20))
@example(["行政调解组织", "调解纠纷", "12件", "。", "其中", "调解成功", "12件"])  # named in the sentence before alone
@example(["全县", "调解纠纷", "12件", ",", "诉调对接中心", "调解纠纷", "12件"])
def test_a_figure_before_the_mediators_a_sentence_names_is_none_of_another_bodys(pieces):
    text = "".join(pieces)
    outline = Outline(text)
    interpreter = metrics.Interpreter(text, outline, [], 2023)
    for sentence in outline.sentence_bounds:
        said = interpreter._sentence_at(sentence)
        unmediated = interpreter._unmediated_until(said, sentence)
        for end in range(sentence, min(unmediated, len(text)) + 1):
            assert not interpreter._by_other_mediators(said, end), (text, sentence, end)
