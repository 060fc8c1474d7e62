"""A share's scope carried to the sentences that go on about it (以区政府为被申请人的复议案件共14件,…。目前审结12件): their
figures are the share's too, a part of the whole, until a whole is said, a paragraph ends or a sentence opens anew.
Sentences made up for the tests, with made-up places and figures."""

from __future__ import annotations

import pytest

from tests.test_metric_families import facts

WHOLE = "2023年,青禾区政府共收到行政复议申请320件,审结298件,其中直接纠错31件。"
WHOLES = [("reconsideration_closed", 298, 2023, False), ("reconsideration_corrected", 31, 2023, False),
          ("reconsideration_received", 320, 2023, False)]

CONTINUED = [
    "以区政府为被申请人的复议案件共14件,案件类型涉及征收、信息公开等。目前审结12件,其中纠错2件,其余正在审理中。",
    "以区政府为被申请人的复议案件共14件。截至目前,审结12件,纠错2件。",
    "以区政府为被申请人的复议案件共14件,涉及征收补偿等。上述案件已审结12件。其中纠错2件。",
    "以区政府为被申请人的复议案件共14件。目前已审结12件、纠错2件。",
]


@pytest.mark.parametrize("scope", CONTINUED, ids=[s[-14:] for s in CONTINUED])
def test_a_respondents_figures_said_in_the_sentences_after_it_are_a_part(scope):
    got = facts(WHOLE + scope, 2023)
    assert all(fact in got for fact in WHOLES)
    # none of the scope's: its 12 closed, 2 corrected, nor the rate 2/12 derived from them
    assert not [f for f in got if f[1] in (12, 2, 16.67)]


NOT_CONTINUED = [
    # a new paragraph
    ("以区政府为被申请人的复议案件共14件。\n目前审结12件。", 12),
    # a sentence opening anew, not going on about the scope
    ("以区政府为被申请人的复议案件共14件。区复议机构审结12件。", 12),
    # a whole said in the sentence before the figure
    ("以区政府为被申请人的复议案件共14件。目前,全区共审结12件。", 12),
]


@pytest.mark.parametrize(("scope", "closed"), NOT_CONTINUED, ids=[s[-10:] for s, _ in NOT_CONTINUED])
def test_a_sentence_not_going_on_about_the_scope_keeps_its_figure(scope, closed):
    got = facts("2023年,青禾区政府共收到行政复议申请320件。" + scope, 2023)
    assert ("reconsideration_closed", closed, 2023, False) in got


def test_the_scopes_figures_stand_alone_without_a_whole():
    got = facts("2023年,以区政府为被申请人的复议案件共14件。目前审结12件,其中纠错2件。", 2023)
    assert ("reconsideration_closed", 12, 2023, False) in got
    assert ("reconsideration_corrected", 2, 2023, False) in got
