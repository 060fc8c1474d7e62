"""The heads' appearances in court said with the heads named after the act (出庭应诉的行政机关负责人达152人次) or with
the noun of their number (负责人出庭应诉人数为152人次): counted in 人次 or 次, they are the appearances; counted in 人,
the persons who appeared, no count of appearances. The noun may end the label, its figure bare (负责人出庭应诉人次达152,),
and the heads' total may follow their rate in a clause of its own (…出庭应诉比例达100%,共出庭152人次).

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


@pytest.mark.parametrize("text, value, evidence", [
    ("全县行政机关负责人出庭应诉人次达152。", 152, "行政机关负责人出庭应诉人次达152"),
    ("2023年,我市负责人出庭应诉人次为87,出庭应诉率100%。", 87, "负责人出庭应诉人次为87"),
    ("本局负责人出庭应诉人次达到6;", 6, "负责人出庭应诉人次达到6"),
])
def test_a_bare_figure_after_the_appearances_noun_counts_them(text, value, evidence):
    assert _appearances(text) == [(value, evidence)]


@pytest.mark.parametrize("text", [
    "全县行政机关负责人出庭应诉人数达152。",  # the persons
    "全县行政机关工作人员出庭应诉人次达152。",  # no head
    "全县负责人出庭应诉人次达152.5。",  # no whole count
])
def test_a_bare_figure_after_another_noun_or_of_no_head_is_none(text):
    assert _appearances(text) == []


@pytest.mark.parametrize("text, value, evidence", [
    ("全市行政机关负责人出庭应诉比例达100%,共出庭152人次。", 152, "共出庭152人次"),
    ("全县行政机关负责人出庭应诉率达98.5%,共计出庭67次,同比上升。", 67, "共计出庭67次"),
])
def test_the_heads_total_after_their_rate_counts_the_appearances(text, value, evidence):
    assert _appearances(text) == [(value, evidence)]


@pytest.mark.parametrize("text", [
    "全市行政机关负责人出庭应诉率达100%,共出庭152人。",  # the persons
    "全县法律顾问出庭应诉率达100%,共出庭45次。",  # no head
    "全县行政机关负责人出庭应诉率达100%,代理人共出庭45次。",  # the agents'
])
def test_a_total_of_persons_or_of_others_after_the_rate_is_none(text):
    assert _appearances(text) == []
