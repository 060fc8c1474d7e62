"""Rates said in a way the reading once lost: a series whose values carry bound words (从不足20%提升至超过80%).

Every sentence is written for the test, with made-up figures. Each reads as a 2024 report's.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts

from lawreport.metrics import Interpreter
from lawreport.normalize import normalize
from lawreport.numbers import scan
from lawreport.structure import Outline


def rates(text: str, **options) -> list[tuple[str, float, str | None, int | None]]:
    """(label, value, qualifier, year) of each rate of `text`, read as a 2024 report's."""
    norm = normalize(text)
    _, found, _ = Interpreter(norm, Outline(norm), [], 2024, **options).run(scan(norm))
    return sorted((r.label, r.value, r.qualifier, r.year) for r in found)


# --- a series whose values carry bound words --------------------------------------------------------------------
# The origin names no year (a level of some time before, year none); the level reached is the year's, each value
# with the bound it is said with, as either is read alone (网办率提升至超过80%, 好评率持续超过99%).
@pytest.mark.parametrize(("sentence", "expected"), [
    ("全县实际办件网办率从不足20%提升至超过80%。",
     [("实际办件网办率", 20, "less_than", None), ("实际办件网办率", 80, "at_least", 2024)]),
    ("全区网办率从20%提升至超过80%。", [("网办率", 20, None, None), ("网办率", 80, "at_least", 2024)]),
    ("全区网办率从20%增至逾80%。", [("网办率", 20, None, None), ("网办率", 80, "at_least", 2024)]),
    ("全区调解成功率从95%提升至近99%。", [("调解成功率", 95, None, None), ("调解成功率", 99, "about", 2024)]),
    ("掌上办理率由不到30%提高到了逾90%。", [("掌上办理率", 30, "less_than", None), ("掌上办理率", 90, "at_least", 2024)]),
    ("出庭应诉率由85%上升到接近95%。", [("出庭应诉率", 85, None, None), ("出庭应诉率", 95, "about", 2024)]),
    ("网办率从不足2成提升至超过8成。", [("网办率", 20, "less_than", None), ("网办率", 80, "at_least", 2024)]),
    # as before: the bound after the value, or none
    ("网办率从20%提升到80%以上。", [("网办率", 20, None, None), ("网办率", 80, "at_least", 2024)]),
    ("网办率从20%提升至80%。", [("网办率", 20, None, None), ("网办率", 80, None, 2024)]),
])
def test_a_series_keeps_both_values_with_their_bounds(sentence, expected):
    assert rates(sentence) == sorted((label, float(value), bound, year) for label, value, bound, year in expected)


def test_a_bounded_series_gives_the_headline_rate_its_level():
    assert facts("全区调解成功率从95%提升至近99%。") == [
        ("mediation_success_rate", 95.0, None, False), ("mediation_success_rate", 99.0, 2024, False)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a bound word far from a figure: no rise to it, no origin (从 opens a span of words, not a level)
    ("网办率从20%提升至超过全省平均水平。", []),
    # the words between the figures no rise to the next (从20%,提升至…: the clause ends after the first)
    ("网办率从20%,提升至超过80%。", []),
])
def test_no_series_without_a_rise_to_the_next_figure(sentence, expected):
    assert rates(sentence) == sorted((label, float(value), bound, year) for label, value, bound, year in expected)
