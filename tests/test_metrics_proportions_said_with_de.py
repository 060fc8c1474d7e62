"""A rate of losing, of appearing or of correcting said as the proportion of the act with 的 between (被判败诉的比例为
9.3%, 负责人出庭应诉的比例达到87.6%, 纠错的比例为12.1%): the rate, as 败诉比例 reads. A proportion of a kind among the
losses themselves (败诉案件中因程序违法败诉的比例为40%, …败诉率为40%) is a part of them, no rate of losing.

Every sentence here is written for the test, and read with the report's year given.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


def facts(text: str):
    """(key, value, year, target) of each headline metric of `text`, read in a report on 2023."""
    return sorted((k, v, y, t) for k, v, y, t, _ in read(text)[0])


@pytest.mark.parametrize("text, expected", [
    ("2023年,全市行政诉讼案件中行政机关被判败诉的比例为9.3%。", [("litigation_loss_rate", 9.3, 2023, False)]),
    ("2023年,全市行政机关负责人出庭应诉的比例达到87.6%。", [("head_appearance_rate", 87.6, 2023, False)]),
    ("2023年,全市行政复议案件纠错的比例为12.1%。", [("reconsideration_correction_rate", 12.1, 2023, False)]),
])
def test_a_proportion_of_the_act_said_with_de_is_its_rate(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "2023年,全市败诉案件中因程序违法败诉的比例为40%。",
    "2023年,全市败诉案件中因程序违法败诉率为40%。",
    "2023年,全市败诉的比例同比下降2个百分点。",  # a change
])
def test_a_kind_s_proportion_among_the_losses_is_no_rate_of_losing(text):
    assert facts(text) == []
