"""A rate said in thousandths or ten-thousandths (0.5‰, 千分之二, 万分之五): its level in percent.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


@pytest.mark.parametrize("text, expected", [
    ("全县社区矫正对象再犯罪率为0.8‰。", [("社区矫正对象再犯罪率", 0.08)]),
    ("公证文书差错率控制在千分之二以内。", [("公证文书差错率", 0.2)]),
    ("全年安置帮教对象重新犯罪率为万分之五。", [("安置帮教对象重新犯罪率", 0.05)]),
    ("社区矫正对象再犯罪率控制在万分之三以下。", [("社区矫正对象再犯罪率", 0.03)]),
])
def test_a_rate_in_thousandths_or_ten_thousandths(text, expected):
    assert read(text, 2024)[1] == expected


@pytest.mark.parametrize("text", [
    "全县万人成讼率为12.5。",  # a rate per head: its bare figure is no percent
    "这种情况发生的可能只有万分之一。",  # a share said in words, of no rate
])
def test_no_rate_in_ten_thousandths(text):
    assert read(text, 2024)[1] == []
