"""The heads' appearances in court said with the heads named after the act (出庭应诉的行政机关负责人达152人次) or with
the noun of their number (负责人出庭应诉人数为152人次): counted in 人次 or 次, they are the appearances; counted in 人,
the persons who appeared, no count of appearances.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


def _appearances(text: str) -> list[tuple[float, str]]:
    return [(value, evidence) for key, value, *_, evidence in read(text, 2024)[0] if key == "head_appearances"]


@pytest.mark.parametrize("text, value, evidence", [
    ("全年出庭应诉的行政机关负责人达152人次。", 152, "出庭应诉的行政机关负责人达152人次"),
    ("我市出庭应诉的负责人共计37人次,实现全覆盖。", 37, "出庭应诉的负责人共计37人次"),
    ("全区出庭的主要负责人为9次。", 9, "出庭的主要负责人为9次"),
    ("全年出庭应诉负责人58人次。", 58, "出庭应诉负责人58人次"),  # (said without 的)
    ("行政机关负责人出庭应诉人数为152人次。", 152, "行政机关负责人出庭应诉人数为152人次"),
    ("全县负责人出庭应诉的人数达到64人次,出庭应诉率100%。", 64, "负责人出庭应诉的人数达到64人次"),
])
def test_the_heads_named_after_their_appearing_count_the_appearances(text, value, evidence):
    assert _appearances(text) == [(value, evidence)]


@pytest.mark.parametrize("text", [
    "全年出庭应诉的行政机关负责人达15人。",  # the persons, not their appearances
    "全年出庭应诉负责人15人。",
    "行政机关负责人出庭应诉人数为15人。",
    "全年出庭应诉的行政机关工作人员达152人次。",  # no head
    "全年需出庭应诉的行政机关负责人45人次。",  # the appearances called for, none made
])
def test_the_persons_or_others_named_after_the_act_are_no_count_of_appearances(text):
    assert _appearances(text) == []
