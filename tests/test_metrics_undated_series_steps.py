"""A series going on in a clause of its own by 再 or 又 (由85%提高到92%,再提高到100%): its last level is the one of the
year the sentence is about, the level it went on from one of some time between, which the text does not date; the
origin is a level of some time before (由85%…), as in a series of one step. A step that names its year keeps it
(由2021年的85%提高到2022年的92%,再提高到2023年的100%); a figure of another label after the series is no step of it.

Every sentence is written for the test, with made-up figures.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


def facts(text: str) -> list[tuple[str, float, int | None, bool]]:
    return [m[:4] for m in read(text)[0]]


@pytest.mark.parametrize("text", [
    "全县行政机关负责人出庭应诉率由85%提高到92%,再提高到100%。",
    "全县行政机关负责人出庭应诉率由85%提高到92%，又提升至100%。",
    "全县行政机关负责人出庭应诉率从85%上升到了92%,再上升到100%。",
])
def test_the_last_step_of_an_undated_series_is_the_year_s(text):
    assert facts(text) == [("head_appearance_rate", 85, None, False), ("head_appearance_rate", 92, None, False),
                           ("head_appearance_rate", 100, 2023, False)]


def test_a_step_between_is_undated_whatever_the_origin_and_the_last_name():
    assert facts("全县行政机关负责人出庭应诉率由2021年的85%提高到92%,再提高到2023年的100%。") == [
        ("head_appearance_rate", 85, 2021, False), ("head_appearance_rate", 92, None, False),
        ("head_appearance_rate", 100, 2023, False)]


def test_a_dated_step_keeps_its_year():
    assert facts("全县行政机关负责人出庭应诉率由2021年的85%提高到2022年的92%,再提高到2023年的100%。") == [
        ("head_appearance_rate", 85, 2021, False), ("head_appearance_rate", 92, 2022, False),
        ("head_appearance_rate", 100, 2023, False)]


def test_a_series_of_one_step_ends_on_the_year_s_level():
    assert facts("全县行政机关负责人出庭应诉率由85%提高到100%。") == [
        ("head_appearance_rate", 85, None, False), ("head_appearance_rate", 100, 2023, False)]


def test_a_planned_series_plans_its_steps():
    assert facts("力争行政机关负责人出庭应诉率由85%提高到92%,再提高到100%。") == [
        ("head_appearance_rate", 85, None, False), ("head_appearance_rate", 92, None, True),
        ("head_appearance_rate", 100, 2023, True)]


@pytest.mark.parametrize("text", [
    "调解成功率从95%上升到97%,又新收行政复议案件12件。",
    "调解成功率从95%上升到97%,再审结行政复议案件12件。",
])
def test_a_figure_of_another_label_after_the_series_is_no_step(text):
    assert facts(text)[:2] == [("mediation_success_rate", 95, None, False), ("mediation_success_rate", 97, 2023, False)]


@pytest.mark.parametrize("text, key, values", [
    ("全市复议诉讼比由1.3:1提升至1.7:1,再提升至2.1:1。", "reconsideration_litigation_ratio", (1.3, 1.7, 2.1)),
    ("全市新收行政复议案件由320件增加到410件,再增加到520件。", "reconsideration_received", (320, 410, 520)),
])
def test_a_ratio_s_or_a_count_s_series_goes_on_as_a_rate_s(text, key, values):
    assert facts(text) == [(key, values[0], None, False), (key, values[1], None, False), (key, values[2], 2023, False)]


@pytest.mark.parametrize("text, year", [
    ("全县行政机关负责人出庭应诉率由85%提高到92%,进一步提高到100%。", 2023),
    ("全县行政机关负责人出庭应诉率由2021年的85%提高到92%,进一步提升至2023年的100%。", 2023),
])
def test_a_step_going_on_further_is_one_too(text, year):
    assert [(v, y) for _, v, y, _ in facts(text)][1:] == [(92, None), (100, year)]
