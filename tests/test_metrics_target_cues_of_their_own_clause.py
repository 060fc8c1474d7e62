"""A target cue that opens a purpose (为确保依法行政, 为了确保…, 以确保…), sets a quoted goal closing its clause
(确保“告官见官”, 力争实现“零败诉”) or makes sure of something named in its clause (确保案件质量,) plans its own clause
alone: a figure in a later clause of its sentence is what was done. A figure in the cue's own clause is still planned,
and a cue saying only the time it plans for (力争到2025年,), the way it goes about it (力争通过两年努力,) or a plan's
opening (下一步,…) still plans the figures after it.

Every sentence is written for the test, with made-up places and figures, read with the report's year given (2024).
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize(("text", "expected"), [
    ("为确保依法行政，2024年全县行政机关负责人出庭应诉率达到100%。", [("head_appearance_rate", 100, 2024, False)]),
    ("为确保案件质量,全市人民调解成功率达到98.5%。", [("mediation_success_rate", 98.5, 2024, False)]),
    ("为了确保调解质量，本局建立回访制度，调解成功率达98%。", [("mediation_success_rate", 98, 2024, False)]),
    ("全县健全复议监督机制，以确保案件公正办理，行政复议纠错率为11.4%。",
     [("reconsideration_correction_rate", 11.4, 2024, False)]),
    ("我区落实负责人出庭应诉制度，确保“告官见官”，全年出庭应诉率达100%。", [("head_appearance_rate", 100, 2024, False)]),
    ("确保“应出尽出”、“出庭出声”，我县负责人出庭应诉率达95.6%。", [("head_appearance_rate", 95.6, 2024, False)]),
    ("2024年，本县围绕力争“全省一流”的目标，人民调解成功率达到98.9%。", [("mediation_success_rate", 98.9, 2024, False)]),
    # 确保 with an object of its own, quoted or not
    ("我县落实负责人出庭应诉制度，确保行政机关负责人应出尽出，全年出庭应诉率达到95%。",
     [("head_appearance_rate", 95, 2024, False)]),
    ("确保案件质量,全县人民调解成功率达98%以上。", [("mediation_success_rate", 98, 2024, False)]),
])
def test_a_cue_of_a_purpose_or_a_quoted_goal_plans_no_later_clause(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the figure in the cue's own clause
    ("为确保2025年调解成功率达到98%，全县建立回访制度。", [("mediation_success_rate", 98, 2025, True)]),
    # a cue saying only the time it plans for
    ("力争到2026年，全县调解成功率达到99%。", [("mediation_success_rate", 99, 2026, True)]),
    # 力争 with the way it goes about it still plans the sentence, and a plan's opening plans all of it
    ("力争通过两年努力，全县负责人出庭应诉率达到100%。", [("head_appearance_rate", 100, 2024, True)]),
    ("2024年，全县调解成功率98.5%。下一步，确保负责人应出尽出，负责人出庭应诉率达到100%。",
     [("head_appearance_rate", 100, 2025, True), ("mediation_success_rate", 98.5, 2024, False)]),
])
def test_a_cue_still_plans_its_own_clause_and_a_bare_time(text, expected):
    assert facts(text) == expected
