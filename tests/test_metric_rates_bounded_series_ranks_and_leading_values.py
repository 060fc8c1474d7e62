"""Rates said in three ways the reading once lost: a series whose values carry bound words (从不足20%提升至超过80%),
a standing clause and then the figure with its year and a word that it went further (位居全省第一,去年更高达99%), and
a figure opening its sentence, line or headline before the rate it is named by (99.4%的纠纷化解率!).

Every sentence is written for the test, with made-up places and figures. Each reads as a 2024 report's; where 去年 or
今年 counts from the item's date, that is 2025 (published_year) and the report plans no next year of its own, as a
news item.
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


# --- a standing clause, then the figure with its year and a word that it went further ---------------------------
@pytest.mark.parametrize(("sentence", "expected"), [
    ("2024年,全县调解成功率位居全省第一,去年更高达99%。", [("调解成功率", 99, 2023)]),
    ("全县调解成立率均是全国第一,去年更高达93.46%。", [("调解成立率", 93.46, 2023)]),
    ("复议纠错率连续三年全省第一,2022年再达15.2%。", [("复议纠错率", 15.2, 2022)]),
    ("调解成功率保持全市前列,今年更是达到99.1%。", [("调解成功率", 99.1, 2024)]),
    ("出庭应诉率位居全市第一,去年达98.3%。", [("出庭应诉率", 98.3, 2023)]),
    ("调解成功率排名全市第一,去年为97.1%。", [("调解成功率", 97.1, 2023)]),
    ("复议纠错率居全省前列,更是达到15.6%。", [("复议纠错率", 15.6, 2024)]),
    ("行政诉讼败诉率全市最低,也仅为2.1%。", [("行政诉讼败诉率", 2.1, 2024)]),
    ("出庭应诉率在全省最高,达100%。", [("出庭应诉率", 100, 2024)]),
    # 是 and 均是 as the standing's verb, as before
    ("出庭应诉率是全市第一,达100%。", [("出庭应诉率", 100, 2024)]),
    ("调解成功率均是全省第一,为98.5%。", [("调解成功率", 98.5, 2024)]),
])
def test_the_figure_after_a_standing_is_the_rates_of_the_year_its_clause_names(sentence, expected):
    assert [(label, value, year) for label, value, _, year in rates(sentence)] == \
        sorted((label, float(value), year) for label, value, year in expected)


def test_last_year_after_a_standing_counts_from_the_items_date():
    # a news item of 2025 with no year of its own said: 去年 is 2024
    text = "白沙区政府近3年调解成立率均是全国第一,去年更高达93.46%。"
    assert rates(text, published_year=2025, plans_next_year=False) == [("调解成立率", 93.46, None, 2024)]


def test_the_headline_rate_after_a_standing_takes_the_year_its_clause_names():
    assert facts("2024年,全县调解成功率位居全省第一,去年更高达99%。") == [("mediation_success_rate", 99.0, 2023, False)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a comparison's base after the standing is no level of the label's (去年同期), nor is another place's average
    ("出庭应诉率位居全市第一,去年同期为95%。", []),
    ("调解成功率位居全省第一,全省平均为95%。", []),
    # a clause of another count after the standing: its own label, not the rate's
    ("调解成功率位居全省第一,去年调解纠纷1200件。", []),
])
def test_no_rate_for_what_else_a_clause_after_a_standing_says(sentence, expected):
    assert rates(sentence) == expected


# --- a figure opening its sentence, line or headline, named after it ---------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("99.4%的纠纷化解率!看白沙区如何把矛盾化解在基层\n\n白沙区坚持和发展新时代枫桥经验。",
     [("纠纷化解率", 99.4)]),
    ("2024年,全县工作成效明显。99.4%的纠纷化解率保持全市前列。", [("纠纷化解率", 99.4)]),
    ("2024年,全县工作成效明显;99.4%的纠纷化解率保持全市前列。", [("纠纷化解率", 99.4)]),
    ("全年主要成效:\n98.6%的调解成功率,位居全市前列。", [("调解成功率", 98.6)]),
    ("全年主要成效:\n1. 99.5%的出庭应诉率;\n2. 98%的调解成功率。", [("出庭应诉率", 99.5), ("调解成功率", 98)]),
    ("——99.4%的纠纷化解率背后的青禾经验", [("纠纷化解率", 99.4)]),
    ("100%的出庭应诉率、98%的调解成功率,是全县工作的缩影。", [("出庭应诉率", 100), ("调解成功率", 98)]),
    # as before: a subject before the figure
    ("全县99.4%的纠纷化解率保持全市前列。", [("纠纷化解率", 99.4)]),
])
def test_a_leading_figure_is_the_rate_named_after_it(text, expected):
    assert [(label, value) for label, value, *_ in rates(text)] == sorted((label, float(v)) for label, v in expected)


def test_a_leading_figure_gives_the_headline_rate():
    assert facts("2024年,全县工作成效明显。98.6%的调解成功率位居全市前列。") == [
        ("mediation_success_rate", 98.6, 2024, False)]


@pytest.mark.parametrize("text", [
    # a share of things or people opening the sentence: no rate
    "2024年全县工作成效明显:\n95%的纠纷在基层化解,98.2%的群众对调解工作表示满意。",
    "数据显示,95%以上的矛盾纠纷化解在村级。",
    "80%的纠纷当场化解。",
    # a share of people holding a view of a rate, opening the sentence or not
    "调查显示,60%的受访群众认为法律援助覆盖率仍需提高。",
    "全县60%的受访群众认为法律援助覆盖率仍需提高。",
    "70%的企业希望行政审批事项网上办理率进一步提高。",
])
def test_a_leading_share_of_things_is_no_rate(text):
    assert rates(text) == []
