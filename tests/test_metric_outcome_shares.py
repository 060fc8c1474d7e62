"""An outcome's share of the whole said before it, with no count of its own (审结80件,其中直接纠错的占12.5%): the rate of
that outcome; and the shares that are parts of the outcome's own cases (纠错案件中,因…纠错的占50%), which are none."""

from __future__ import annotations

import pytest
from test_metric_families import facts

SHARES = [
    # 的占: the share of the whole the sentence named before it
    ("2024年全县审结行政复议案件80件,其中直接纠错的占12.5%。",
     [("reconsideration_closed", 80, 2024, False), ("reconsideration_correction_rate", 12.5, 2024, False)]),
    ("2024年白沙区审结行政复议案件64件,其中驳回的占20%,纠错的占9.38%。",
     [("reconsideration_closed", 64, 2024, False), ("reconsideration_correction_rate", 9.38, 2024, False)]),
    # the corrections said as the count's labels say them, with or without an aside on what they hold
    ("2024年青禾县审结行政复议案件150件,直接纠正原行政机关决定的占11.2%。",
     [("reconsideration_closed", 150, 2024, False), ("reconsideration_correction_rate", 11.2, 2024, False)]),
    (("2024年青禾县审结行政复议案件150件,其中:维持原行政机关决定(含驳回)的占60.5%,直接纠正原行政机关决定"
      "(含确认违法、撤销、变更、责令履行)的占13.6%。"),
     [("reconsideration_closed", 150, 2024, False), ("reconsideration_correction_rate", 13.6, 2024, False)]),
    # the ways of correcting listed, their share together
    ("2024年白沙区审结行政复议案件96件,其中撤销、变更、确认违法和责令履行的占15.6%。",
     [("reconsideration_closed", 96, 2024, False), ("reconsideration_correction_rate", 15.6, 2024, False)]),
    # the lawsuits lost and the heads' appearances, said the same way
    ("2024年全县一审行政诉讼案件审结120件,其中行政机关败诉的占4.2%。",
     [("litigation_first_instance", 120, 2024, False), ("litigation_loss_rate", 4.2, 2024, False)]),
    ("2024年全县行政诉讼案件开庭审理40件,行政机关负责人出庭应诉的占87.5%。",
     [("head_appearance_rate", 87.5, 2024, False), ("litigation_hearings", 40, 2024, False)]),
    # the share of the cases the clause before names, those the rate counts: a part of them, no rate
    ("2024年全县审结行政复议案件80件,纠错案件中,因事实不清纠错的占50%。",
     [("reconsideration_closed", 80, 2024, False)]),
    ("2024年全县行政诉讼案件开庭审理40件,负责人出庭应诉的案件中,正职负责人出庭的占40%。",
     [("litigation_hearings", 40, 2024, False)]),
    # …but the cases named before it may be the whole the rate is of
    ("2024年全县审结行政复议案件80件,在审结的80件案件中,直接纠错的占12.5%。",
     [("reconsideration_closed", 80, 2024, False), ("reconsideration_correction_rate", 12.5, 2024, False)]),
    # outcomes that correct nothing, and a lawsuit's share won by the agency, are no rate of a key
    ("2024年全县审结行政复议案件80件,其中维持的占62%。", [("reconsideration_closed", 80, 2024, False)]),
]


@pytest.mark.parametrize(("text", "expected"), SHARES)
def test_outcome_share_of_the_whole_said_before(text, expected):
    assert facts(text) == sorted(expected)


def test_loss_share_among_the_losses_is_no_loss_rate():
    # 败诉案件中: the losses are the whole, the share a kind of them (and 审结 counts no first-instance intake here)
    assert "litigation_loss_rate" not in {key for key, *_ in facts("2024年全县行政诉讼案件审结80件,败诉案件中,因程序违法败诉的占40%。")}
