"""Head appearances counted by post (正职 and 副职, 主要 and 分管 负责人, a 局长 and the other heads; the principal heads
as 一把手 too, quoted or not): listed with no total,
no one post's count is the year's figure; together they are all the heads', a derived sum. A post's count said alone, or
beside the heads' total, stays as it was.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from lawreport import extract


def heads(text: str) -> list[tuple[str, float, bool]]:
    return sorted((m.key, m.value, m.derived) for m in extract(text).metrics if m.key == "head_appearances")


@pytest.mark.parametrize("text", [
    "2024年,全县行政机关正职、副职负责人出庭应诉分别为9次、27次。",
    "2024年,全县行政机关主要负责人、分管负责人出庭应诉分别为9次、27次。",
    "2024年,全县行政机关正职负责人出庭应诉9次,副职负责人出庭应诉27次。",
    "2024年,全县行政机关主要负责人出庭应诉9次、其他负责人出庭应诉27次。",
])
def test_the_posts_listed_add_up_to_the_heads_appearances(text):
    assert heads(text) == [("head_appearances", 36, True)]


@pytest.mark.parametrize("text", [
    "2024年,全县行政机关一把手出庭应诉9次,副职负责人出庭应诉27次。",
    "2024年,全县“一把手”出庭应诉9次,副职负责人出庭应诉27次。",
    "2024年,各乡镇“一把手”出庭9次,分管负责人出庭27次。",
])
def test_the_principal_heads_called_yibashou_and_the_deputies_add_up_to_the_heads_appearances(text):
    assert heads(text) == [("head_appearances", 36, True)]


def test_a_bureau_head_and_the_other_heads_add_up_to_the_heads_appearances():
    text = "2024年,我局作为被告的一审行政诉讼案件14件,开庭审理12件,局长出庭应诉4次,其他负责人出庭应诉8次,负责人出庭应诉率100%。"
    assert heads(text) == [("head_appearances", 12, True)]
    assert [c.agrees for c in extract(text).checks if c.key == "head_appearance_rate"] == [True]


@pytest.mark.parametrize("text, expected", [
    # a post's count said alone: the one figure there is
    ("2024年,全县行政机关正职负责人出庭应诉9次。", [("head_appearances", 9, False)]),
    ("2024年,局长出庭应诉4次。", [("head_appearances", 4, False)]),
    # the heads' total said: the posts' counts are its parts, no sum
    ("2024年,全县行政机关负责人出庭应诉36次,正职、副职负责人出庭应诉分别为9次、27次。", [("head_appearances", 36, False)]),
])
def test_no_sum_where_one_post_or_the_total_is_said(text, expected):
    assert heads(text) == expected



def rates(text: str) -> list[tuple[float, bool]]:
    return [(m.value, m.derived) for m in extract(text).metrics if m.key == "head_appearance_rate"]


@pytest.mark.parametrize("text", [
    "2024年,以县政府为被告的行政诉讼案件开庭审理35件,县长出庭应诉3件。",
    "2024年,全市行政诉讼案件开庭审理35件,市长出庭应诉3次。",
    "2024年,我局行政诉讼案件开庭审理9件,局长出庭应诉9次。",
])
def test_no_heads_rate_is_derived_from_a_post_heads_count(text):
    assert rates(text) == []


def test_the_heads_rate_is_derived_from_the_heads_count():
    assert rates("2024年,全县行政诉讼案件开庭审理35件,行政机关负责人出庭应诉34件。") == [(97.14, True)]


def test_a_post_heads_count_is_no_disagreement_with_the_heads_rate():
    record = extract("2024年,全县行政诉讼案件开庭审理35件,县长出庭应诉3件,出庭应诉率100%。")
    assert [c for c in record.checks if c.key == "head_appearance_rate" and not c.agrees] == []
