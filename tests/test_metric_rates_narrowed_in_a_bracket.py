"""A rate's label may be narrowed by words in a parenthesis after it, before its figure (出庭应诉率(负责人)达100%,
出庭应诉率（行政机关负责人）为98%): the words say whose rate it is as they would before the label, here the heads'
appearance rate. A parenthesis naming others (律师) makes no heads' rate of it. So in a list of labels sharing their
values (出庭应诉率(负责人)、出庭出声率分别为98%、95%; 出庭出声率、出庭应诉率(负责人)均为100%): the label with its
parenthesis is one of the list, its value its own, never the other label's; so joined by a conjunction
(出庭应诉率(负责人)和出庭出声率分别为…).

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


@pytest.mark.parametrize("text, heads, label, voice", [
    ("2023年,全县出庭应诉率(负责人)、出庭出声率分别为98%、95%。", (98, "出庭应诉率(负责人)、出庭出声率分别为98%"),
     "出庭应诉率", 95),
    ("2023年,我市行政机关出庭应诉率（行政机关负责人）、出庭出声率分别达到100%和96.5%。",
     (100, "出庭应诉率（行政机关负责人）、出庭出声率分别达到100%"), "行政机关出庭应诉率", 96.5),
    ("全区出庭出声率、出庭应诉率（负责人出庭）分别为91.2%、99%。", (99, "出庭应诉率（负责人出庭）分别为91.2%、99%"),
     "出庭应诉率", 91.2),
])
def test_a_label_narrowed_in_a_list_has_its_own_value(text, heads, label, voice):
    metrics, rates = read(text)
    assert metrics == [("head_appearance_rate", heads[0], 2023, False, heads[1])]
    assert sorted(rates) == sorted([(label, heads[0]), ("出庭出声率", voice)])


def test_a_label_narrowed_in_a_list_sharing_one_value():
    for text in ("2023年,全县出庭应诉率(负责人)、出庭出声率均为100%。", "2023年,全县出庭出声率、出庭应诉率(负责人)均为100%。"):
        metrics, rates = read(text)
        assert [(key, value) for key, value, *_ in metrics] == [("head_appearance_rate", 100)]
        assert sorted(rates) == [("出庭出声率", 100), ("出庭应诉率", 100)]


def test_the_other_labels_of_a_list_with_a_narrowed_one_keep_theirs():
    metrics, rates = read("2023年,全县调解成功率、出庭应诉率(负责人)、出庭出声率分别为98%、97%、95%。")
    assert [(key, value) for key, value, *_ in metrics] == [("mediation_success_rate", 98), ("head_appearance_rate", 97)]
    assert rates == [("调解成功率", 98), ("出庭应诉率", 97), ("出庭出声率", 95)]
    metrics, rates = read("2023年,全县行政复议纠错率(直接纠错)、行政诉讼败诉率分别为8.5%、3.2%。")
    assert [(key, value) for key, value, *_ in metrics] == [
        ("reconsideration_correction_rate", 8.5), ("litigation_loss_rate", 3.2)]


def test_others_named_in_a_listed_bracket_make_no_heads_rate():
    metrics, rates = read("2023年,全县出庭应诉率(律师)、出庭出声率分别为60%、55%。")
    assert metrics == [] and rates == [("出庭应诉率", 60), ("出庭出声率", 55)]


@pytest.mark.parametrize("text, heads, expected_rates", [
    ("2023年,全县出庭应诉率（负责人）和出庭出声率分别为98%、95%。", 98, [("出庭应诉率", 98), ("出庭出声率", 95)]),
    ("2023年,全县出庭应诉率(负责人)及出庭出声率均为100%。", 100, [("出庭出声率", 100), ("出庭应诉率", 100)]),
])
def test_a_narrowed_label_joined_by_a_conjunction_has_its_own_value(text, heads, expected_rates):
    metrics, rates = read(text)
    assert [(key, value) for key, value, *_ in metrics] == [("head_appearance_rate", heads)]
    assert rates == expected_rates


def test_others_named_in_a_joined_bracket_make_no_heads_rate():
    assert read("2023年,全县出庭应诉率(律师)和出庭出声率分别为60%、55%。") == (
        [], [("出庭应诉率", 60), ("出庭出声率", 55)])
