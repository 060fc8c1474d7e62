"""Corrections stated only by their ways: the ways of ordering a performance or a new act (督促被申请人履职, 责令限期履行,
责令重新作出行政行为) are parts of the corrections' sum, as 责令履行 is; one way said alone, in no list of outcomes
(受理行政复议案件16件,依法撤销4件), stays none (some of the corrections, perhaps not all). Reconsideration may be
named in the first way's own clause (行政复议依法撤销5件,变更1件): the list is its outcomes."""

from __future__ import annotations

import pytest
from test_metric_families import facts

RECEIVED = ("reconsideration_received", 18, 2024, False)
CLOSED = ("reconsideration_closed", 15, 2024, False)


def corrected(value):
    return ("reconsideration_corrected", value, 2024, False)


PARTS = [
    # one way alone, in no list of outcomes: none
    ("2024年,青禾县受理行政复议案件18件,撤销5件。", [RECEIVED]),
    # the wrong acts as the object of a part, in a list
    ("2024年,青禾县审结行政复议案件15件,维持7件,依法撤销违法行政行为5件。", [CLOSED, corrected(5)]),
    # a performance ordered, said its other ways, is a part as 责令履行 is (the sum is derived)
    ("2024年,青禾县受理行政复议案件18件,依法撤销5件,督促被申请人履职3件。", [RECEIVED, corrected(8)]),
    ("2024年,青禾县审结行政复议案件15件,维持7件,撤销5件,责令限期履行法定职责3件。", [CLOSED, corrected(8)]),
    ("2024年,青禾县审结行政复议案件15件,维持7件,撤销5件,责令履职3件。", [CLOSED, corrected(8)]),
    ("2024年,青禾县受理行政复议案件18件,撤销5件,督促履职3件。", [RECEIVED, corrected(8)]),
    # …and so is an act ordered anew, also after its revocation (one part, not two)
    ("2024年,青禾县审结行政复议案件15件,维持7件,撤销5件,责令重新作出行政行为3件。", [CLOSED, corrected(8)]),
    ("2024年,青禾县审结行政复议案件15件,维持7件,撤销并责令重做5件,确认违法3件。", [CLOSED, corrected(8)]),
    ("2024年,青禾县审结行政复议案件15件,维持7件,撤销并责令重作5件,变更3件。", [CLOSED, corrected(8)]),
    ("2024年,青禾县审结行政复议案件15件,维持7件,确认违法5件,责令被申请人重新作出行政行为3件。", [CLOSED, corrected(8)]),
    # reconsideration named in the first part's own clause, before the way (行政复议依法撤销): the list is its outcomes
    ("2024年,青禾县行政复议依法撤销违法行政行为5件,变更1件,确认违法2件。", [corrected(8)]),
    ("2024年,青禾县行政复议机关撤销5件,变更1件,责令履行2件。", [corrected(8)]),
    # …not another review's (执法监督), which names no reconsideration
    ("2024年,青禾县行政执法监督撤销5件,变更1件,确认违法2件。", []),
    # reconsideration named before a colon, the outcomes after it: its outcomes, none of them its intake (the
    # colon's label gives a count only a verb its rule reads)
    ("2024年,青禾县行政复议:依法撤销5件,变更1件,确认违法2件。", [corrected(8)]),
    ("2024年,青禾县行政复议:撤销5件。", []),
    ("2024年,青禾县行政复议:共18件。", [RECEIVED]),
    # a court's judgments after lawsuits: no corrections
    ("2024年,青禾县审结行政诉讼案件30件,判决撤销4件,责令履职2件。", []),
]


@pytest.mark.parametrize(("text", "expected"), PARTS)
def test_correction_parts(text, expected):
    assert facts(text) == sorted(expected)


GOVERNMENT_DECIDING = [
    # the government that is the reconsideration body, named before the ways it corrected: its outcomes
    ("2024年,青禾县人民政府审结行政复议案件15件,县政府依法撤销5件、责令履行3件。", [CLOSED, corrected(8)]),
    ("2024年,在行政复议工作中,青禾市政府依法撤销5件、变更3件,纠错率9.1%。",
     [corrected(8), ("reconsideration_correction_rate", 9.1, 2024, False)]),
    ("2024年行政复议方面,区政府决定撤销6件,确认违法2件。", [corrected(8)]),
    # …not where the sentence names no reconsideration (a review of normative documents)
    ("2024年,开展规范性文件备案审查,市政府依法撤销5件、变更3件。", []),
    # …nor where the government did it of its own accord
    ("2024年,青禾县审结行政复议案件15件,县政府自行撤销5件、变更3件。", [CLOSED]),
]


@pytest.mark.parametrize(("text", "expected"), GOVERNMENT_DECIDING)
def test_the_government_deciding_a_reconsideration(text, expected):
    assert facts(text) == sorted(expected)


YEAR_OPENING = [
    # the whole year or a total opening the first outcome's clause: the outcomes still all it says
    ("2024年行政复议方面,全年依法撤销5件、变更3件。", [corrected(8)]),
    ("2024年,青禾县审结行政复议案件15件,全年共撤销5件、确认违法3件。", [CLOSED, corrected(8)]),
    ("2024年,县人民政府作为复议机关,全年依法撤销违法或不当行政行为5件、确认违法3件。", [corrected(8)]),
    # …not where the sentence names no reconsideration
    ("2024年规范性文件备案审查方面,全年撤销5件、变更3件。", []),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_OPENING)
def test_outcomes_after_the_year_they_are_of(text, expected):
    assert facts(text) == sorted(expected)
