"""A rate's label may be narrowed by words in a parenthesis after it, before its figure (出庭应诉率(负责人)达100%,
出庭应诉率（行政机关负责人）为98%): the words say whose rate it is as they would before the label, here the heads'
appearance rate. A parenthesis naming others (律师) makes no heads' rate of it.

Every sentence here is written for the test; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


@pytest.mark.parametrize("text, value, evidence", [
    ("2023年,全市出庭应诉率（负责人）达100%。", 100, "出庭应诉率（负责人）达100%"),
    ("2023年,全县出庭应诉率(行政机关负责人)为98%。", 98, "出庭应诉率(行政机关负责人)为98%"),
    ("我区行政机关出庭应诉率（负责人出庭）为95.5%,较上年提高3个百分点。", 95.5, "出庭应诉率（负责人出庭）为95.5%"),
])
def test_the_heads_named_in_a_bracket_make_the_heads_rate(text, value, evidence):
    assert read(text)[0] == [("head_appearance_rate", value, 2023, False, evidence)]


def test_others_named_in_a_bracket_make_no_heads_rate():
    metrics, rates = read("2023年,全市出庭应诉率(律师)为60%。")
    assert metrics == [] and rates == [("出庭应诉率", 60)]
