"""The appearances of a head named in quotes (“一把手”出庭9次): a short quoted name runs on into the count's label, though
its quotes end clauses, so the label reads the head it names; a principal head's appearances derive no rate of the
hearings, and after all heads' they are a part. Nothing where no head is named, nor an agent's.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import keys_values

from lawreport.pipeline import extract


@pytest.mark.parametrize("text, expected", [
    ("2023年,全县“一把手”出庭9次。", [("head_appearances", 9)]),
    ("2023年,行政机关负责人出庭应诉率为100%,其中“一把手”出庭9次。",
     [("head_appearance_rate", 100), ("head_appearances", 9)]),
    ("2023年,各乡镇“一把手”出庭的案件9件。", [("head_appearances", 9)]),
])
def test_a_quoted_head_appearing_counts_the_appearances(text, expected):
    assert keys_values(text) == expected


@pytest.mark.parametrize("text", [
    "2023年,全县“关键少数”出庭9次。",
    "2023年,法律顾问参与应诉,出庭9次。",
    "2023年,律师“代理”出庭9次。",
])
def test_no_appearances_where_no_head_is_named(text):
    assert keys_values(text) == []


def test_a_quoted_principal_head_after_all_heads_is_a_part():
    assert keys_values("2023年,全县行政机关负责人出庭应诉33次,其中“一把手”出庭9次。") == [("head_appearances", 33)]


def test_a_quoted_principal_head_derives_no_rate_of_the_hearings():
    record = extract("2023年,全县行政诉讼案件开庭审理40件,“一把手”出庭9次。")
    assert [(m.key, m.value, m.derived) for m in record.metrics] \
        == [("litigation_hearings", 40, False), ("head_appearances", 9, False)]
