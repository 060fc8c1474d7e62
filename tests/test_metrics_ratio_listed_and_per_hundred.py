"""The reconsideration-to-lawsuit ratio with its two kinds of cases listed with 、 (全县行政复议、行政诉讼案件比例为
1.8:1, 复议、诉讼比为2.19:1, the lawsuits first too), and written per a hundred of either term (复议诉讼案件比为
162:100, 100:62): so many reconsiderations to one lawsuit, as every ratio's record is.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import keys_values


@pytest.mark.parametrize("text, expected", [
    ("2023年,全县行政复议、行政诉讼案件比例为1.8:1。", 1.8),
    ("2022年全市复议、诉讼比为2.19∶1。", 2.19),
    ("我区行政复议、行政应诉案件之比达到1.35:1,复议主渠道作用进一步发挥。", 1.35),
    ("2023年,本县行政复议、一审行政案件比为1:0.8。", 1.25),
    # the lawsuits first: read the key's way
    ("2023年,全县行政诉讼、行政复议案件比为1:1.8。", 1.8),
])
def test_a_ratio_of_the_kinds_listed_with_a_pause_is_the_ratio(text, expected):
    assert keys_values(text) == [("reconsideration_litigation_ratio", expected)]


@pytest.mark.parametrize("text", [
    "2023年,全市行政复议、行政诉讼案件比上年下降12%。",  # a change, no ratio
    "2023年,全县办理行政复议、行政诉讼案件共300件。",  # the kinds counted together
    "2023年,复议、诉讼、仲裁案件比为3:2:1。",  # three terms: no ratio of two counts
])
def test_the_kinds_listed_without_a_ratio_of_two_name_none(text):
    assert [k for k, _ in keys_values(text)] == []


@pytest.mark.parametrize("text, expected", [
    ("2023年,我区复议诉讼案件比为162:100。", 1.62),
    ("2023年全市复议诉讼比为100∶62。", 1.61),  # (100/62, to two decimals)
    ("2023年,复议诉讼比达到238比100。", 2.38),
    ("2023年,全县行政诉讼与行政复议案件比为100:162。", 1.62),  # the other way round
    # one hundred to one is what it says
    ("2023年,复议诉讼比为100:1。", 100),
    # terms neither 1 nor 100: the first, as written
    ("2023年,复议诉讼比为2.64:7。", 2.64),
])
def test_a_ratio_per_a_hundred_is_so_many_to_one(text, expected):
    assert keys_values(text) == [("reconsideration_litigation_ratio", expected)]
