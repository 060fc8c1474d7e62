"""A rate's values said before its label, as a news lead writes them (从2020年的18.4%,到2021年的6.2%,再到2022年的1.5%,
全县行政诉讼败诉率…): each value is the label's, of the year said with it, the label the one opening the clause after
the values, which gives no figure of its own.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts

from lawreport import extract


@pytest.mark.parametrize("text, expected", [
    ("从2020年的18.4%,到2021年的6.2%,再到2022年1.5%,全县行政诉讼败诉率逐年走低。",
     [("litigation_loss_rate", 1.5, 2022, False), ("litigation_loss_rate", 6.2, 2021, False),
      ("litigation_loss_rate", 18.4, 2020, False)]),
    ("由2022年的82%提升至2023年的100%,全区行政机关负责人出庭应诉率迈上新台阶。",
     [("head_appearance_rate", 82, 2022, False), ("head_appearance_rate", 100, 2023, False)]),
    # the origin the year before the report's, the level this year's
    ("由上年的7.6%降至今年的2.9%,全县行政机关败诉率明显下降。",
     [("litigation_loss_rate", 2.9, 2024, False), ("litigation_loss_rate", 7.6, 2023, False)]),
])
def test_values_before_a_rates_label_are_its_values(text, expected):
    assert facts(text) == expected


def test_the_label_after_the_values_is_each_ones_rate():
    text = "由2022年的82%提升至2023年的100%,全区行政机关负责人出庭应诉率迈上新台阶。"
    # each value's evidence runs from it to the label
    assert [(r.label, r.value, r.evidence.text) for r in extract(text).rates] == [
        ("行政机关负责人出庭应诉率", 82, "82%提升至2023年的100%,全区行政机关负责人出庭应诉率"),
        ("行政机关负责人出庭应诉率", 100, "100%,全区行政机关负责人出庭应诉率")]


@pytest.mark.parametrize("text", [
    # no label after the values: a headline's figures
    "从18.4%降至1.5%",
    "从2020年的18.4%降至2022年的1.5%,行政争议化解工作成效明显。",
    # an origin that names no time
    "由82%提升至100%,全区行政机关负责人出庭应诉率迈上新台阶。",
])
def test_values_with_no_label_after_them_or_no_time_of_their_origin_are_none(text):
    assert facts(text) == []


def test_a_label_with_its_own_figure_after_the_values_keeps_its_own():
    text = "由2022年的82%提升至2023年的100%,全区行政机关负责人出庭应诉率达到100%。"
    assert facts(text) == [("head_appearance_rate", 100, 2023, False)]


def test_the_label_before_the_values_still_reads_them():
    assert facts("全县行政诉讼败诉率从2020年的18.4%降至2022年的1.5%。") == [
        ("litigation_loss_rate", 1.5, 2022, False), ("litigation_loss_rate", 18.4, 2020, False)]
    # …whatever rate's label the clause after them opens with: the values are the first label's
    assert facts("行政机关负责人出庭应诉率从2016年的21.5%上升至2020年的48.2%,行政机关败诉率逐年递减。") == [
        ("head_appearance_rate", 21.5, 2016, False), ("head_appearance_rate", 48.2, 2020, False)]
