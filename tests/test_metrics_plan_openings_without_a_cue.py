"""A sentence opening as a plan paragraph does (下一步, 下一步工作计划:, 今后, 接下来) among what was done plans its
figures though no target cue of its own says so (…出庭应诉率100%。下一步,出庭应诉率保持100%): each a target of the
year planned, while the year's achievement said before stays its year's level. A plan word later in a sentence (为下一步
工作打下基础) makes nothing planned.

Every sentence is written for the test, with made-up places and figures, read with the report's year given (2023).
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize(("text", "expected"), [
    ("2023年,全县行政机关负责人出庭应诉率100%。下一步,出庭应诉率保持100%。",
     [("head_appearance_rate", 100, 2023, False), ("head_appearance_rate", 100, 2024, True)]),
    ("2023年，全市行政机关负责人出庭率100%。下一步工作计划：出庭率保持100%。",
     [("head_appearance_rate", 100, 2023, False), ("head_appearance_rate", 100, 2024, True)]),
    ("全区人民调解成功率98.5%。今后,全区人民调解成功率稳定在98%。",
     [("mediation_success_rate", 98, 2024, True), ("mediation_success_rate", 98.5, 2023, False)]),
    ("我局全年办理法律援助案件620件。接下来，全年办理法律援助案件700件。",
     [("legal_aid_cases", 620, 2023, False), ("legal_aid_cases", 700, 2024, True)]),
])
def test_a_sentence_opening_as_a_plan_plans_its_figures(text, expected):
    assert facts(text, 2023) == expected


def test_such_a_sentence_in_a_text_planning_no_next_year_names_no_year():
    assert facts("全市行政复议纠错率12.5%。下一步,行政复议纠错率保持在12%。", 2023, plans_next_year=False) == [
        ("reconsideration_correction_rate", 12, None, True), ("reconsideration_correction_rate", 12.5, 2023, False)]


@pytest.mark.parametrize(("text", "expected"), [
    ("2023年,全县行政机关负责人出庭应诉率100%,调解成功率98.5%。",
     [("head_appearance_rate", 100, 2023, False), ("mediation_success_rate", 98.5, 2023, False)]),
    ("2023年,全县行政机关负责人出庭应诉率100%,为下一步工作打下基础。", [("head_appearance_rate", 100, 2023, False)]),
])
def test_a_plan_word_not_opening_the_sentence_plans_nothing(text, expected):
    assert facts(text, 2023) == expected
