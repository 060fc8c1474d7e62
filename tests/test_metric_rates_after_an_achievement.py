"""A rate's level said after what the rate achieved, in a clause of its own (出庭应诉率实现“双百”,达到100%; 覆盖率实现
全覆盖,达100%; quoted or not): the achievement ends the label's clause as a rank or a trend does (catalog [rates]
ranked), the figure after it is the label's level. An achievement with no rate's label before it names none.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, expected", [
    ("全县行政机关负责人出庭应诉率实现“双百”，达到100%。", ("head_appearance_rate", 100, "行政机关负责人出庭应诉率")),
    ("我区行政机关负责人出庭应诉率实现全覆盖,达100%。", ("head_appearance_rate", 100, "行政机关负责人出庭应诉率")),
    ("本市行政机关负责人出庭应诉率已实现“全覆盖”,为100%。", ("head_appearance_rate", 100, "行政机关负责人出庭应诉率")),
    ("全县人民调解成功率实现了“稳中有升”，达99.2%。", ("mediation_success_rate", 99.2, "人民调解成功率")),
])
def test_a_level_after_an_achievement_is_the_rate_s(text, expected):
    key, value, label = expected
    assert facts(text) == [(key, value, 2024, False)]
    assert read(text, 2024)[1] == [(label, value)]


def test_a_rate_of_no_key_after_a_quoted_achievement_is_kept():
    assert read("全县村居法律顾问覆盖率实现“全覆盖”，达100%。", 2024)[1] == [("村居法律顾问覆盖率", 100)]


@pytest.mark.parametrize("text", [
    "全市法律顾问实现“全覆盖”，达100%。",  # no rate's label before the achievement
    "全县行政机关负责人出庭应诉率实现“双提升”，受理行政诉讼案件56件。",  # the figure after it is another's
    "全县村居法律顾问覆盖率实现“全覆盖”。",  # the achievement alone
])
def test_an_achievement_gives_no_level_of_a_rate_by_itself(text):
    assert [fact for fact in facts(text) if fact[0].endswith("_rate")] == []
    assert read(text, 2024)[1] == []


# The achievement's noun said after its quote (实现“双百”目标, 已实现“全覆盖”任务) or after it unquoted (实现全覆盖的要求)
# ends the label's clause too; the noun alone after the quote, with no label before, names none.
@pytest.mark.parametrize("text, expected", [
    ("全县行政机关负责人出庭应诉率实现“双百”目标,达到100%。", ("head_appearance_rate", 100, "行政机关负责人出庭应诉率")),
    ("本市行政机关负责人出庭应诉率均已实现“全覆盖”任务，均为100%。",
     ("head_appearance_rate", 100, "行政机关负责人出庭应诉率")),
    ("我区行政机关负责人出庭应诉率实现全覆盖的要求,为100%。", ("head_appearance_rate", 100, "行政机关负责人出庭应诉率")),
])
def test_a_level_after_an_achievement_and_its_noun_is_the_rate_s(text, expected):
    key, value, label = expected
    assert facts(text) == [(key, value, 2024, False)]
    assert read(text, 2024)[1] == [(label, value)]


@pytest.mark.parametrize("text", [
    "全市法律顾问实现“全覆盖”目标，达100%。",  # no rate's label before the achievement
    "全县行政机关负责人出庭应诉率实现“双百”目标。",  # the achievement alone
])
def test_an_achievement_and_its_noun_give_no_level_by_themselves(text):
    assert [fact for fact in facts(text) if fact[0].endswith("_rate")] == []
    assert read(text, 2024)[1] == []
