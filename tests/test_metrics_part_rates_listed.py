"""Parts' rates listed with commas after a part marker (其中市直部门…出庭应诉率为100%,乡镇…出庭应诉率为90%) are parts
of the whole's rate said before them, the later items as the first: none is the whole's headline figure, each stays
among the rates. A rate of another key after them, whose whole was not said, is a headline of its own.

Every sentence is written for the test, with made-up places and figures, read with the report's year given (2024).
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize(("text", "expected"), [
    ("全市行政机关负责人出庭应诉率为95%，其中市政府部门负责人出庭应诉率为100%，乡镇负责人出庭应诉率为90%。",
     [("head_appearance_rate", 95, 2024, False)]),
    ("本县人民调解成功率98.1%,其中交调委调解成功率99%,医调委调解成功率97.5%,诉前调解成功率96%。",
     [("mediation_success_rate", 98.1, 2024, False)]),
    ("全区行政复议纠错率为13%，其中直接纠错率8%，负责人出庭应诉率为96%。",
     [("head_appearance_rate", 96, 2024, False), ("reconsideration_correction_rate", 13, 2024, False)]),
])
def test_later_parts_rates_are_no_headline(text, expected):
    assert facts(text) == expected


def test_the_parts_rates_stay_among_the_rates():
    assert read("全县调解成功率98%，其中交调委调解成功率99%，医调委调解成功率97.5%。")[1] == [
        ("调解成功率", 98), ("交调委调解成功率", 99), ("医调委调解成功率", 97.5)]


def test_a_rate_after_items_of_counts_is_no_part_by_them():
    assert facts("全县调解纠纷1200件，其中婚姻纠纷300件，邻里纠纷200件，调解成功率98%。") == [
        ("mediation_cases", 1200, 2024, False), ("mediation_success_rate", 98, 2024, False)]
