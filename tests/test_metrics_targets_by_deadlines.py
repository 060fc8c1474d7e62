"""A target given a deadline, a year's end (2025年底前,…达到95%): a target of that year, in a plan or among what was
done; and a step of the same target after it with its own deadline and its label elided (…;2026年底前达到98%): that
year's. A deadline already past (2022年底前,已实现…) plans nothing. What the year's end or the whole year can or will
reach after a count (…,年底前可完成700件; 全年将完成…) is that count's forecast: a target of the report's year.

Every sentence here is written for the test, read with the report's year given (2024).
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, expected", [
    ("2025年底前,全市行政机关负责人出庭应诉率达到92%。", [("head_appearance_rate", 92, 2025, True)]),
    ("2025年底前,全市行政机关负责人出庭应诉率达到92%;2026年底前达到97%。",
     [("head_appearance_rate", 92, 2025, True), ("head_appearance_rate", 97, 2026, True)]),
    ("2025年末前,全区法律援助案件年办理量达到1200件。", [("legal_aid_cases", 1200, 2025, True)]),
])
def test_a_figure_given_a_years_end_as_its_deadline_is_a_target_of_that_year(text, expected):
    assert facts(text) == expected


def test_a_deadline_already_past_plans_nothing():
    assert facts("2022年底前,全县已实现行政机关负责人出庭应诉率100%。") == [("head_appearance_rate", 100, 2022, False)]


@pytest.mark.parametrize("text, expected", [
    ("截至11月底,全县办理法律援助案件585件,年底前可完成640件。",
     [("legal_aid_cases", 585, 2024, False), ("legal_aid_cases", 640, 2024, True)]),
    ("全区调解矛盾纠纷1870件,全年将完成2000件。",
     [("mediation_cases", 1870, 2024, False), ("mediation_cases", 2000, 2024, True)]),
])
def test_what_the_years_end_can_reach_after_a_count_is_its_forecast(text, expected):
    assert facts(text) == expected


def test_a_count_said_done_takes_no_label_from_the_count_before():
    # 完成 of its own, with no 可 or 将: no forecast, and no count of the label before
    assert facts("全县受理行政复议申请132件,完成97件。") == [("reconsideration_received", 132, 2024, False)]


# A rate's level, then what its future (将) says it will reach by the year's end (…为95%,将于年底前达到100%; 将在年底实现
# 100%): the report year's target, never a second level of the year.
@pytest.mark.parametrize("text, expected", [
    ("全县行政机关负责人出庭应诉率为95%,将于年底前达到100%。",
     [("head_appearance_rate", 95, 2024, False), ("head_appearance_rate", 100, 2024, True)]),
    ("全区行政机关负责人出庭应诉率为93.5%,将在年底前实现100%。",
     [("head_appearance_rate", 93.5, 2024, False), ("head_appearance_rate", 100, 2024, True)]),
    ("全市调解成功率为97.6%,将在年底达到98%。",
     [("mediation_success_rate", 97.6, 2024, False), ("mediation_success_rate", 98, 2024, True)]),
])
def test_a_year_end_the_future_reaches_after_a_level_is_a_target(text, expected):
    assert sorted(facts(text)) == sorted(expected)
