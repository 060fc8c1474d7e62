"""A rate a plan's word aims at (全县计划调解成功率达到98%以上) is labelled without the word, and is a target; a rate of
a plan's completion (计划完成率为96%) is a rate of its own, whose label's 计划完成 plans nothing in its sentence.

Every sentence is written for the test, with made-up places and figures, read with the report's year given (2024).
"""

from __future__ import annotations

from test_metric_families import facts, read


def test_a_plans_word_before_a_rate_is_no_part_of_its_label():
    metrics, rates = read("2025年，全县计划调解成功率达到98%以上。", 2024)
    assert rates == [("调解成功率", 98)]
    assert [(k, v, y, t) for k, v, y, t, _ in metrics] == [("mediation_success_rate", 98, 2025, True)]


def test_a_plans_completion_rate_plans_nothing():
    text = "本县法律援助计划完成率为105%，人民调解成功率98%。"
    assert read(text, 2024)[1] == [("法律援助计划完成率", 105), ("人民调解成功率", 98)]
    assert facts(text) == [("mediation_success_rate", 98, 2024, False)]
