"""Counts written with Arabic digits before 万 and the rest after it (1万2514件, 1万3千余件, 2万零56件) are read whole
as the figure of their label; a sum of money written so is no count.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, expected", [
    ("全年受理调解案件1万2514件,调解成功1万2001件。",
     [("mediation_cases", 12514, 2024, False), ("mediation_succeeded", 12001, 2024, False)]),
    ("全县共调解矛盾纠纷1万3千余件,调解成功1万2千8百件。",
     [("mediation_cases", 13000, 2024, False), ("mediation_succeeded", 12800, 2024, False)]),
    ("全年办理公证2万零56件。", [("notarizations", 20056, 2024, False)]),
])
def test_a_mixed_numeral_is_the_count_of_its_label(text, expected):
    assert facts(text) == expected


def test_a_sum_written_so_is_no_count():
    assert facts("全县调解矛盾纠纷1万2千件,涉及金额1万2千元。") == [("mediation_cases", 12000, 2024, False)]
