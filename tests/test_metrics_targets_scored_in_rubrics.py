"""An assessment's rubric scores a rate against a bound (出庭应诉率低于85%的,扣2分; 纠错率超过12%的,每超过1个百分点扣
0.3分; 达到100%的,得满分; …的,不得分): the figure is the bound the rubric sets, a target, not a level any place reached.
A figure followed by 的 and anything else (达到100%的单位有9个, 达到98%的,有效化解…) is what was done.

Every sentence here is written for the test, read with the report's year given (2024): a bound with no year is of the
report's.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, expected", [
    ("县直部门行政机关负责人出庭应诉率低于85%的,扣2分。", [("head_appearance_rate", 85, 2024, True)]),
    ("行政复议直接纠错率超过12%的,每超过1个百分点扣0.3分。", [("reconsideration_correction_rate", 12, 2024, True)]),
    ("一审行政诉讼败诉率高于8%的,不得分。", [("litigation_loss_rate", 8, 2024, True)]),
    ("人民调解成功率达到97%以上的,得1.5分。", [("mediation_success_rate", 97, 2024, True)]),
    ("2025年度,乡镇行政机关负责人出庭应诉率为100%的,得满分。", [("head_appearance_rate", 100, 2025, True)]),
])
def test_a_rate_scored_against_a_bound_is_a_target(text, expected):
    assert facts(text) == expected


def test_the_scored_bound_stays_among_the_rates():
    assert read("行政复议直接纠错率超过12%的,每超过1个百分点扣0.3分。")[1] == [("行政复议直接纠错率", 12)]


@pytest.mark.parametrize("text, expected", [
        ("全年人民调解成功率达到97.6%的,有效化解了一批矛盾纠纷。", [("mediation_success_rate", 97.6, 2024, False)]),
    ("全区行政诉讼败诉案件3件,扣2分的单位已整改。", [("litigation_lost", 3, 2024, False)]),
])
def test_a_level_followed_by_other_words_stays_a_level(text, expected):
    assert facts(text) == expected
