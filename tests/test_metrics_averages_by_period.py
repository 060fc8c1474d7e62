"""Averages per period (季均, 周均, as 年均, 月均, 日均 and 平均每月) are no year's count, for any count key.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text", [
    "季均调解矛盾纠纷310件。",
    "周均受理矛盾纠纷34件。",
    "季均受理行政复议案件16件。",
    "周均办理法律援助案件12件。",
    "月均办理公证280件。",
    "平均每月受理行政复议案件12件。",
])
def test_an_average_per_period_is_no_years_count(text):
    assert facts(text) == []


def test_the_years_count_beside_its_average_stays():
    assert facts("全年调解矛盾纠纷1240件,季均310件。") == [("mediation_cases", 1240, 2024, False)]
