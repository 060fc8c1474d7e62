"""Head appearances said in words after the hearings (开庭审理26件,均实现了负责人出庭应诉: 26 appearances), and the
cases that called for a head's appearance (需负责人出庭应诉的案件45件, 法院通知负责人出庭的案件), which count none made.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import keys_values

from lawreport import extract


@pytest.mark.parametrize("text, expected", [
    ("全县行政诉讼案件开庭审理26件,均实现了负责人出庭应诉。",
     [("head_appearances", 26), ("litigation_hearings", 26)]),
    ("全县被诉案件开庭审理38件,行政机关负责人均出庭应诉。", [("head_appearances", 38), ("litigation_hearings", 38)]),
    ("全市行政诉讼案件开庭审理52件,负责人全部到庭应诉。", [("head_appearances", 52), ("litigation_hearings", 52)]),
    ("全县行政应诉案件开庭审理15件,均由负责人出庭。", [("head_appearances", 15), ("litigation_hearings", 15)]),
])
def test_every_hearing_attended_by_a_head_counts_the_appearances(text, expected):
    assert keys_values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the rate said of all, no count
    ("全县行政诉讼案件开庭审理26件,负责人出庭应诉率均达100%。",
     [("head_appearance_rate", 100), ("litigation_hearings", 26)]),
    # a part attended
    ("全县行政诉讼案件开庭审理26件,部分案件由负责人出庭应诉。", [("litigation_hearings", 26)]),
    # the count the words follow is no hearing
    ("全县受理行政复议案件26件,负责人均出庭应诉。", [("reconsideration_received", 26)]),
])
def test_no_appearances_without_all_of_the_hearings(text, expected):
    assert keys_values(text) == expected


def test_the_rate_of_all_heads_appearing_is_derived():
    record = extract("青禾县2024年法治政府建设情况报告\n2024年,全县行政诉讼案件开庭审理26件,均实现了负责人出庭应诉。")
    assert [(m.key, m.value, m.derived) for m in record.metrics if m.key == "head_appearance_rate"] \
        == [("head_appearance_rate", 100, True)]


@pytest.mark.parametrize("text", [
    "全县需负责人出庭应诉的案件45件,负责人出庭应诉40件。",
    "法院通知负责人出庭的案件45件,负责人出庭40件。",
    "法院要求行政机关负责人出庭的案件45件,负责人出庭40件。",
    "应由行政机关负责人出庭的案件45件,负责人出庭40件。",
    "人民法院书面通知行政机关负责人出庭应诉的案件45件,负责人实际出庭应诉40件。",
])
def test_the_cases_calling_for_a_head_are_no_appearances(text):
    assert keys_values(text) == [("head_appearances", 40)]
