"""The lawsuits lost said with their share of the cases closed (行政机关败诉35件,占结案总数的10.1%): the loss rate.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, lost, rate", [
    # the share names the cases closed, after a "…中" frame that names them too
    ("审结的一审行政案件中,行政机关实体败诉案件数23件,占到结案总数的9.7%。", 23, 9.7),
    ("全市法院审结的一审行政案件中,行政机关败诉18件,占审结案件的6.4%。", 18, 6.4),
    # or with no frame: the cases closed are the whole a loss rate is of
    ("白沙区行政机关败诉12件,占结案数的8.5%。", 12, 8.5),
    ("青禾县行政机关败诉7件,占全部审结一审行政案件的比例为4.1%。", 7, 4.1),
    ("全年行政机关败诉9件,占全年审结案件总数的5.3%。", 9, 5.3),
])
def test_a_share_of_the_cases_closed_is_the_loss_rate(text, lost, rate):
    assert facts(text) == [("litigation_loss_rate", rate, 2024, False), ("litigation_lost", lost, 2024, False)]


@pytest.mark.parametrize("text", [
    # a place's share of its cases closed: the count is a part of the place's losses, no rate of losing
    "白沙区行政机关败诉12件,占全市审结案件的8.5%。",
    # a share of the losses themselves
    "行政机关败诉12件,占全市败诉案件的40%。",
    "行政机关败诉12件,占审结败诉案件的40%。",
    # a share of the cases received
    "行政机关败诉12件,占受理案件的8%。",
])
def test_a_share_of_another_whole_is_no_loss_rate(text):
    assert facts(text) == [("litigation_lost", 12, 2024, False)]


def test_a_kinds_share_of_the_cases_closed_is_no_loss_rate():
    # the kind's losses, a part of those said before: neither its count nor its share is a headline figure
    text = "审结一审行政案件150件,行政机关败诉20件,其中征收类案件败诉12件,占结案总数的8%。"
    assert facts(text) == [("litigation_first_instance", 150, 2024, False), ("litigation_lost", 20, 2024, False)]
