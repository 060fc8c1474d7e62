"""The cases a lawyer or a legal adviser took on for a party (律师代理行政诉讼案件26件, 法律顾问代理行政应诉案件12件,
公职律师办理应诉案件15件) are that agent's work ({AGENTS}), not the lawsuits brought against the agencies: no first-instance
count, whichever of the lawsuits' labels they are said with. The lawsuits counted before the agents' share of them stay
the figure. Nor are the cases an agency answers in reconsideration and in court counted together (行政复议应诉案件).

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text", [
    "全县律师代理行政诉讼案件26件。",  # (the lawsuits of no kind said, 行政诉讼案件)
    "律师代理一审行政案件18件。",  # (一审 in the label)
    "行政诉讼方面,律师代理一审案件12件。",  # (一审 alone, the lawsuits the topic)
    "法律顾问共代理行政应诉案件18件。",  # (the lawsuits answered)
    "公职律师办理应诉案件15件。",  # (answered, said without 行政)
])
def test_an_agents_cases_are_no_lawsuit_count(text):
    assert facts(text) == []


@pytest.mark.parametrize("text, value", [
    ("全县一审行政诉讼案件80件,律师代理60件。", 80),
    ("行政诉讼方面,新收一审案件33件。", 33),
    ("县政府共办理应诉案件15件。", 15),
    ("全年行政应诉案件18件。", 18),
    ("全年新收行政诉讼案件26件。", 26),
])
def test_the_agencies_own_lawsuits_stay_the_figure(text, value):
    assert facts(text) == [("litigation_first_instance", value, 2024, False)]


def test_reconsiderations_and_lawsuits_answered_together_are_no_lawsuit_count():
    # (行政复议应诉案件: the two kinds of case an agency answers, counted as one)
    assert facts("全年办理行政复议应诉案件20件。") == []
    assert facts("全年办理行政复议案件12件,应诉案件20件。") == [
        ("litigation_first_instance", 20, 2024, False), ("reconsideration_received", 12, 2024, False)]


def test_an_agents_appearances_are_no_heads():
    assert facts("法律顾问出庭应诉9件,行政机关负责人出庭应诉12件。") == [("head_appearances", 12, 2024, False)]
