"""What a sentence says, found once for all its numbers, answers as the searches it spares do: a part of the
sentence that holds none of a pattern's words whole holds no match of it."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from lawreport.metrics import Interpreter
from lawreport.structure import Outline

# pieces that make or break a part marker before a subject (其中, 含, 包括 and the marks around them)
PART_PIECES = ["其中", "其", "中", "含", "包括", "包", "、", ",", ";", ":", "。", "(", " ", "调解纠纷", "12件"]


def _interpreter(text: str) -> Interpreter:
    return Interpreter(text, Outline(text), [], 2023)


def _after_part_marker_both_ways(text: str) -> tuple[list[bool], list[bool]]:
    """_after_part_marker at every offset of the text, told by the sentence's marker words and searched plainly."""
    told, plain = _interpreter(text), _interpreter(text)
    plain._part_words = None  # no words to tell by: every subject is searched
    sentence_of = told.outline.sentence_of
    offsets = range(1, len(text))
    return ([told._after_part_marker(sentence_of(at)[0], at) for at in offsets],
            [plain._after_part_marker(sentence_of(at)[0], at) for at in offsets])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PART_PIECES), max_size=24))
@example(["调解纠纷", "12件", ",", "其中", "调解纠纷", "12件", "、", "调解纠纷"])
@example(["调解纠纷", "12件", ",", "其中", ":", "调解纠纷", "12件", ";", "调解纠纷"])
@example(["含", ",", "调解纠纷"])
def test_a_subject_with_no_marker_word_before_it_in_its_sentence_is_told_so_as_searched(pieces):
    told, plain = _after_part_marker_both_ways("".join(pieces))
    assert told == plain


def test_a_marker_right_before_the_subject_still_makes_it_a_part():
    text = "受理纠纷300件,其中,调解纠纷12件、调解纠纷30件。"
    told, plain = _after_part_marker_both_ways(text)
    assert told == plain
    assert told[text.index("调解纠纷12件") - 1]  # 其中, opens the list: its first item a part
    assert told[text.index("调解纠纷30件") - 1]  # …and the item after the 、
    assert not told[text.index("受理纠纷") + 1]


def test_a_marker_in_the_sentence_before_makes_no_part_here():
    text = "其中调解纠纷12件。调解纠纷30件、调解纠纷5件。"
    told, _ = _after_part_marker_both_ways(text)
    assert not any(told[text.index("。") + 1:])
