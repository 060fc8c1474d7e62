"""A rate said to pass a bound with 超 alone (出庭应诉率超九成, 超90%), and the rate its counts give where the text
states it only as a bound.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from lawreport.numbers import scan
from lawreport.pipeline import extract


@pytest.mark.parametrize("text, value", [
    ("2023年,全县行政机关负责人出庭应诉率超九成。", 90.0),
    ("2023年,全县行政机关负责人出庭应诉率超95%。", 95.0),
    ("2023年,全县人民调解成功率超过98%。", 98.0),  # the longer word still reads as before
])
def test_a_rate_past_a_bound_said_with_chao_is_at_least_the_bound(text, value):
    (rate,) = extract(text).rates
    assert (rate.value, rate.qualifier) == (value, "at_least")


@pytest.mark.parametrize("text, value, qualifier", [
    ("2023年,全镇人民调解成功率达九成五。", 95.0, None),
    ("2023年,全镇矛盾纠纷化解率达八成五以上。", 85.0, "at_least"),
])
def test_a_rate_in_tenths_and_hundredths_reads_both(text, value, qualifier):
    (rate,) = extract(text).rates
    assert (rate.value, rate.qualifier) == (value, qualifier)
    assert [(m.key, m.value) for m in extract(text).metrics] == [("mediation_success_rate", value)]


@pytest.mark.parametrize("text, label, value, qualifier", [
    ("2023年,全县公职律师工作覆盖率高于50%。", "公职律师工作覆盖率", 50.0, "at_least"),
    ("2023年,全县行政复议纠错率低于10%。", "行政复议纠错率", 10.0, "less_than"),
    ("2023年,全县行政诉讼败诉率不高于5%。", "行政诉讼败诉率", 5.0, "at_most"),
    ("近三年,全区行政机关败诉率均未超过7%。", "行政机关败诉率", 7.0, "at_most"),  # a bound said as a fact
    ("2023年,全市复议纠错率未高于11%。", "复议纠错率", 11.0, "at_most"),
])
def test_a_rate_said_above_or_below_a_figure_is_its_label_s_bound(text, label, value, qualifier):
    (rate,) = extract(text).rates
    assert (rate.label, rate.value, rate.qualifier) == (label, value, qualifier)


def test_a_count_said_not_to_pass_a_bound_stays_a_count():
    """未超过 before a count bounds the count, as 不超过 does: no rate comes of it."""
    result = extract("2023年,全区行政机关败诉案件未超过4件。")
    assert result.rates == []
    assert [(m.key, m.value, m.qualifier) for m in result.metrics] == [("litigation_lost", 4, "at_most")]


def test_a_rate_compared_with_an_average_is_its_own_figure():
    (rate,) = extract("2023年,全县调解成功率98.5%,高于全市平均水平。").rates
    assert (rate.label, rate.value, rate.qualifier) == ("调解成功率", 98.5, None)


@pytest.mark.parametrize("text", [
    "超期案件2件已全部办结。",  # 超 opening a word before a count of its own
    "清理超标准收费问题3起。",
])
def test_chao_opening_a_word_qualifies_no_number(text):
    assert [q.qualifier for q in scan(text)] == [None]


def _head_appearance(text: str) -> list[tuple[float, str | None, bool]]:
    return sorted((m.value, m.qualifier, m.derived) for m in extract(text).metrics if m.key == "head_appearance_rate")


def test_the_counts_give_the_rate_a_bound_leaves_open():
    text = "2023年,全县行政机关负责人出庭应诉率超九成。全年开庭审理行政案件200件,行政机关负责人出庭190件。"
    assert _head_appearance(text) == [(90.0, "at_least", False), (95.0, None, True)]


def _mediation_success(text: str) -> list[tuple[float, str | None, bool]]:
    return sorted((m.value, m.qualifier, m.derived) for m in extract(text).metrics if m.key == "mediation_success_rate")


@pytest.mark.parametrize("text, expected", [
    # counts said roughly (余, 约) leave the rate a span of points: none derived, a bound stated beside them kept
    ("2024年,全市受理纠纷4.2万余件,成功调解4.1万余件。", []),
    ("2024年,全县受理矛盾纠纷1300余件,调解成功1200余件。", []),
    ("2024年,全县受理纠纷约800件,调解成功790件。", []),
    ("2024年,全市受理纠纷4.2万余件,成功调解4.1万余件,调解成功率99%以上。", [(99.0, "at_least", False)]),
    # exact counts across the bound stated beside them give no rate; on its side they give theirs
    ("2024年,全县调解纠纷1205起,调解成功1163起,调解成功率98%以上。", [(98.0, "at_least", False)]),
    ("2024年,全县调解纠纷1205起,调解成功1199起,调解成功率98%以上。", [(98.0, "at_least", False), (99.5, None, True)]),
    # exact counts with no rate stated still give theirs, and so do counts rounded to 万
    ("2024年,全县受理纠纷530件,调解成功521件。", [(98.3, None, True)]),
    ("2024年,全州调解矛盾纠纷2.56万件,调解成功2.5万件。", [(97.66, None, True)]),
])
def test_a_rate_is_derived_only_from_counts_said_exactly_and_within_a_stated_bound(text, expected):
    assert _mediation_success(text) == expected


def test_a_stated_rate_leaves_nothing_to_derive():
    text = "2023年,全县行政机关负责人出庭应诉率为95%。全年开庭审理行政案件200件,行政机关负责人出庭190件。"
    assert _head_appearance(text) == [(95.0, None, False)]
