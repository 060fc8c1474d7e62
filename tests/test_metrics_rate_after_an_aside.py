"""A rate whose label an aside in brackets follows (…,群众满意率(含基本满意)为97.6%), said after another rate in its
sentence: its own label stands before the aside, the rate before lends it none.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


@pytest.mark.parametrize("text, metrics, rates", [
    ("全区行政复议直接纠错率为7.2%,综合纠错率(含调解和解)为18.4%。",
     [("reconsideration_correction_rate", 7.2), ("reconsideration_correction_rate", 18.4)],
     [("行政复议直接纠错率", 7.2), ("综合纠错率", 18.4)]),
    ("全镇调解成功率为98.6%,回访满意率(含基本满意)为96.1%。",
     [("mediation_success_rate", 98.6)], [("调解成功率", 98.6), ("回访满意率", 96.1)]),
    ("全县行政机关负责人出庭应诉率为100%,败诉率(一审)为2.9%。",
     [("head_appearance_rate", 100), ("litigation_loss_rate", 2.9)],
     [("行政机关负责人出庭应诉率", 100), ("败诉率", 2.9)]),
])
def test_a_rate_after_an_aside_has_its_own_label(text, metrics, rates):
    found, labels = read(text)
    assert [(k, v) for k, v, *_ in found] == metrics
    assert labels == rates


def test_a_level_said_again_after_a_pause_keeps_the_rate_before():
    # connectors alone after a comma speak of the rate before (no aside closes the clause)
    found, _ = read("全镇调解成功率为99.3%,连续三年保持在99%以上。")
    assert [(k, v) for k, v, *_ in found] == [("mediation_success_rate", 99.3), ("mediation_success_rate", 99)]
