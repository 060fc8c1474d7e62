"""What was done against a target said just before in its sentence, said with the year or the time it is of
(确保败诉率低于5%,2024年实际为3.8%; 力争办理法律援助案件1000件,目前已办理620件; 截至目前已完成412件) or with the time
alone (力争调解成功率达到98%,目前为97.2%; 截至11月底已办理…), or a table's 实际值 beside its 目标值: the same label's
value, no target, as 实际办理 is.

Every sentence here is written for the test, read with the report's year given (2024).
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, expected", [
    ("确保全年行政诉讼败诉率低于6%，2024年实际为4.1%。",
     [("litigation_loss_rate", 4.1, 2024, False), ("litigation_loss_rate", 6, 2024, True)]),
    ("今年全县力争办理法律援助案件900件，目前已办理655件。",
     [("legal_aid_cases", 655, 2024, False), ("legal_aid_cases", 900, 2024, True)]),
    ("下达法律援助目标任务380件，截至目前已完成402件。",
     [("legal_aid_cases", 380, 2024, True), ("legal_aid_cases", 402, 2024, False)]),
    ("力争全年调解成功率达到98%，目前为97.4%。",
     [("mediation_success_rate", 97.4, 2024, False), ("mediation_success_rate", 98, 2024, True)]),
])
def test_what_was_done_said_with_its_time_after_a_target_is_no_target(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a next year's target after this year's is a target still
    ("力争2024年调解成功率达到98%，2025年达到99%。",
     [("mediation_success_rate", 98, 2024, True), ("mediation_success_rate", 99, 2025, True)]),
])
def test_a_target_of_another_year_after_a_target_stays_one(text, expected):
    assert facts(text) == expected


# The time said as a day or a month's end (截至11月底已办理…, 截至10月20日为…), and a table's 实际值 beside its 目标值.
@pytest.mark.parametrize("text, expected", [
    ("全年计划办理公证1300件，截至11月底已办理1384件。",
     [("notarizations", 1300, 2024, True), ("notarizations", 1384, 2024, False)]),
    ("力争全年办理法律援助案件640件，截止到12月15日已办理611件。",
     [("legal_aid_cases", 611, 2024, False), ("legal_aid_cases", 640, 2024, True)]),
    ("力争全年调解成功率达到98.5%，截至10月底为97.9%。",
     [("mediation_success_rate", 97.9, 2024, False), ("mediation_success_rate", 98.5, 2024, True)]),
    ("行政诉讼败诉率控制目标为7%，实际值为3.6%。",
     [("litigation_loss_rate", 3.6, 2024, False), ("litigation_loss_rate", 7, 2024, True)]),
])
def test_what_was_done_by_a_day_or_a_months_end_after_a_target_is_no_target(text, expected):
    assert facts(text) == expected



# A cue whose figure's verb is said done, with 了 (确保…出庭应诉率达到了100%, …实现了100%, 确保…保持了98%): what was
# reached, of the year, no target; without 了 (确保…达到100%) the cue still plans it.
@pytest.mark.parametrize("text, expected", [
    ("2024年，全县严格落实出庭应诉制度，确保行政机关负责人出庭应诉率达到了100%。", [("head_appearance_rate", 100, 2024, False)]),
    ("全市组织专项评查，确保行政复议案件纠错率实现了12%。", [("reconsideration_correction_rate", 12, 2024, False)]),
    ("我区深化诉源治理，确保人民调解成功率保持了98.5%。", [("mediation_success_rate", 98.5, 2024, False)]),
])
def test_a_figure_said_reached_with_a_verb_done_after_a_cue_is_no_target(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全县严格落实出庭应诉制度，确保行政机关负责人出庭应诉率达到100%。", [("head_appearance_rate", 100, 2024, True)]),
    ("力争人民调解成功率保持在98.5%以上。", [("mediation_success_rate", 98.5, 2024, True)]),
])
def test_a_figure_after_a_cue_without_a_verb_done_stays_a_target(text, expected):
    assert facts(text) == expected


# A figure said reached with 已 after 到 a year (到2023年底,…出庭应诉率已达100%; 到2021年已经达到93.8%): the level reached
# by then, no target, in a text of no year of its own (an article, a news item dated in that year) as in one of a year
# before; without 已 (到2023年,…达到100%) such a text still plans it.
@pytest.mark.parametrize("text, published, expected", [
    ("到2023年底，全市行政机关负责人出庭应诉率已达100%。", 2023, [("head_appearance_rate", 100, 2023, False)]),
    ("到2022年，全县人民调解成功率已经达到98.6%，较三年前提高1.2个百分点。", None,
     [("mediation_success_rate", 98.6, 2022, False)]),
    ("某区行政诉讼败诉率2019年为11%，到2022年已降至4.5%。", None,
     [("litigation_loss_rate", 4.5, 2022, False), ("litigation_loss_rate", 11, 2019, False)]),
])
def test_a_figure_said_reached_with_yi_after_a_year_to_come_is_no_target(text, published, expected):
    assert facts(text, report_year=None, published_year=published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("到2023年底，全市行政机关负责人出庭应诉率达到100%。", 2023, [("head_appearance_rate", 100, 2023, True)]),
    ("到2025年，全县人民调解成功率稳定在98%以上。", None, [("mediation_success_rate", 98, 2025, True)]),
])
def test_a_figure_after_a_year_to_come_without_yi_stays_a_target(text, published, expected):
    assert facts(text, report_year=None, published_year=published) == expected
