"""A plan's target sentence may state the level its target starts from: as a series' origin dated before the plan
(到2030年,出庭应诉率由2025年的91%提高到100%) or in a bracket right after the rate's label (纠错率(2025年为9.5%)提高到
12%以上). That level is the rate's of its year, no target: the origin was read as a target, and the bracketed level
was lost, or given to the label of the clause before.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from lawreport import extract

PLAN = "白河县法治政府建设实施方案(2026—2030年)\n二、主要目标\n"


def facts(text: str) -> list[tuple]:
    return sorted((m.key, m.value, m.year, m.target) for m in extract(text).metrics)


def test_a_series_origin_before_the_plan_is_a_level_of_its_year():
    assert facts(PLAN + "到2030年,全县行政机关负责人出庭应诉率由2025年的91%提高到100%。\n") == [
        ("head_appearance_rate", 91, 2025, False), ("head_appearance_rate", 100, 2030, True)]


def test_a_series_origin_within_the_plan_stays_its_target():
    assert facts(PLAN + "到2030年,全县行政机关负责人出庭应诉率由2027年的95%提高到100%。\n") == [
        ("head_appearance_rate", 95, 2027, True), ("head_appearance_rate", 100, 2030, True)]


@pytest.mark.parametrize("sentence, level", [
    ("到2030年,行政复议直接纠错率(2025年为9.5%)提高到12%以上。", ("reconsideration_correction_rate", 9.5, 2025, False)),
    # after another rate's clause in the sentence: the bracket's label is its own, not the one before
    ("到2030年,出庭应诉率稳定在100%,行政复议直接纠错率（2025年为9.5%）提高到12%以上。",
     ("reconsideration_correction_rate", 9.5, 2025, False)),
])
def test_a_year_s_level_bracketed_after_the_label_is_that_rate_s(sentence, level):
    found = facts(PLAN + sentence + "\n")
    assert level in found and ("reconsideration_correction_rate", 12, 2030, True) in found
    assert not any(key == "head_appearance_rate" and value == 9.5 for key, value, _, _ in found)


def test_a_change_s_base_in_a_bracket_after_no_label_is_still_a_base():
    found = facts("白河县司法局2025年法治政府建设工作报告\n全年办结行政复议案件236件,较上年(2024年:210件)有所增加。\n")
    assert ("reconsideration_closed", 236, 2025, False) in found


@pytest.mark.parametrize("sentence, expected", [
    # the origin named the plan's base: the level it starts from, of the year named, else undated; the figure risen or
    # fallen to, the target
    ("到2030年,全市行政复议纠错率由基准值9%提高到12%。",
     [("reconsideration_correction_rate", 9, None, False), ("reconsideration_correction_rate", 12, 2030, True)]),
    ("力争全县人民调解成功率从现状值96.2%提升到98%。",
     [("mediation_success_rate", 96.2, None, False), ("mediation_success_rate", 98, None, True)]),
    ("到2030年,我区行政诉讼败诉率由2025年基期值的12%下降到8%。",
     [("litigation_loss_rate", 8, 2030, True), ("litigation_loss_rate", 12, 2025, False)]),
])
def test_a_series_origin_named_the_plan_s_base_is_a_level(sentence, expected):
    assert facts(PLAN + sentence + "\n") == expected


def test_a_comparison_with_the_base_gives_no_level():
    assert facts(PLAN + "到2030年,全市行政复议纠错率较基准值提高3个百分点。\n") == []


@pytest.mark.parametrize("text, expected", [
    # outside a plan's part, in a text of no year: the year a cue plans said before the label or after the origin
    ("到2025年，全市行政复议纠错率由2020年的9%提高到12%。",
     [("reconsideration_correction_rate", 9, 2020, False), ("reconsideration_correction_rate", 12, 2025, True)]),
    ("全区行政复议纠错率力争由2020年的9.5%提高到2025年的13%。",
     [("reconsideration_correction_rate", 9.5, 2020, False), ("reconsideration_correction_rate", 13, 2025, True)]),
    ("十四五期间，确保我县行政机关负责人出庭应诉率由2020年的80%提升至2025年的100%。",
     [("head_appearance_rate", 80, 2020, False), ("head_appearance_rate", 100, 2025, True)]),
    # in a report on one year, a cue planning ahead among its achievements
    ("荷塘县2023年法治政府建设年度报告\n确保到2025年，全县行政诉讼败诉率从2020年的6.5%下降到5%以下。",
     [("litigation_loss_rate", 5, 2025, True), ("litigation_loss_rate", 6.5, 2020, False)]),
])
def test_a_series_origin_a_cue_plans_from_is_a_level_reached(text, expected):
    assert facts(text + "\n") == expected


def test_an_origin_said_as_the_year_before_is_no_target():
    found = extract("力争全县人民调解成功率由上年的97.2%提升至98.5%。\n").rates
    assert sorted((r.value, r.year, r.target) for r in found) == [(97.2, None, False), (98.5, None, True)]


@pytest.mark.parametrize("text, expected", [
    # an origin of a year after the report's is itself a step planned
    ("荷塘县2023年法治政府建设年度报告\n到2026年，全县调解成功率由2025年的95%提高到98%。",
     [("mediation_success_rate", 95, 2025, True), ("mediation_success_rate", 98, 2026, True)]),
    # no cue: both levels reached
    ("全市行政复议纠错率由2020年的9%提高到2023年的12%。",
     [("reconsideration_correction_rate", 9, 2020, False), ("reconsideration_correction_rate", 12, 2023, False)]),
])
def test_an_origin_after_the_report_s_year_or_uncued_reads_as_before(text, expected):
    assert facts(text + "\n") == expected
