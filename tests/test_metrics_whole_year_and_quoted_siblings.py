"""Two ways a rate's label is said apart from its value: the whole year between them (出庭应诉率全年保持100%: the label,
then the year its value is of), and a second rate quoted after the first in a list that shares the value
(出庭应诉率、“出声率”均达到100%: each rate listed has it).

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, expected", [
    ("2022年行政机关负责人出庭应诉率全年保持100%。", [("head_appearance_rate", 100, 2022, False)]),
    ("2024年,全县调解成功率全年为98.5%,同比上升1个百分点。", [("mediation_success_rate", 98.5, 2024, False)]),
    ("全县人民调解成功率年内达到98.5%。", [("mediation_success_rate", 98.5, 2024, False)]),
])
def test_the_whole_year_after_a_label_leaves_the_label(text, expected):
    assert facts(text) == expected


def test_a_quoted_rate_listed_after_a_rate_shares_its_value():
    text = "全区行政机关负责人出庭应诉率、“出声率”均达到100%。"
    assert facts(text) == [("head_appearance_rate", 100, 2024, False)]
    assert sorted(read(text)[1]) == [("出声率", 100), ("行政机关负责人出庭应诉率", 100)]


def test_a_quoted_rate_alone_keeps_to_itself():
    assert facts("全区“出声率”达到100%。") == []
