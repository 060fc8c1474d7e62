"""A ratio's bare figure after its rise or fall (复议诉讼比提升至1.8, 下降至0.9), and from a level said before it
(复议诉讼比由1.2提升至1.8): ratios written without their :1, the level reached the sentence's year's, the origin undated.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, expected", [
    ("全市复议诉讼比提升至1.7。", [("reconsideration_litigation_ratio", 1.7, 2024, False)]),
    ("全市复议诉讼比下降至0.9。", [("reconsideration_litigation_ratio", 0.9, 2024, False)]),
    ("全市复议诉讼比由1.3提升至1.7。",
     [("reconsideration_litigation_ratio", 1.3, None, False), ("reconsideration_litigation_ratio", 1.7, 2024, False)]),
])
def test_a_ratios_bare_figure_after_its_move(text, expected):
    assert facts(text) == expected


def test_a_bare_figure_after_a_change_of_no_ratio_is_none():
    assert facts("全市一审行政案件同比增长至1.7。") == []
