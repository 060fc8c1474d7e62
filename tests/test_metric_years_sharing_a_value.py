"""Years listed before a figure that 均 says each has (2022年、2023年均为100%; 2022年和2023年全县…出庭应诉率均达到
100%) give each year the figure, each a fact of its own year, a year other than the report's too. Not a 分别 list
(each year its own value) nor a span of years (2021年至2023年). A count's 均 after years listed is the years' too
(2022年和2023年新收行政复议案件均为120件), not each unit's, unless a number of units follows the years (两镇, 三个县).

Every sentence here is written for the test; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, report_year, expected", [
    ("2022年、2023年全县行政机关负责人出庭应诉率均为100%。", 2023,
     [("head_appearance_rate", 100, 2022, False), ("head_appearance_rate", 100, 2023, False)]),
    ("2022年和2023年,我市行政机关负责人出庭应诉率均达到100%。", 2023,
     [("head_appearance_rate", 100, 2022, False), ("head_appearance_rate", 100, 2023, False)]),
    ("2021年、2022年、2023年本区行政复议纠错率均为12.5%。", 2024,
     [("reconsideration_correction_rate", 12.5, 2021, False), ("reconsideration_correction_rate", 12.5, 2022, False),
      ("reconsideration_correction_rate", 12.5, 2023, False)]),
    ("2024年及2025年,全县行政诉讼败诉率均要控制在5%以内。", 2023,
     [("litigation_loss_rate", 5, 2024, True), ("litigation_loss_rate", 5, 2025, True)]),
    # (the label before the years listed)
    ("全县行政机关负责人出庭应诉率2022年、2023年均为100%。", 2023,
     [("head_appearance_rate", 100, 2022, False), ("head_appearance_rate", 100, 2023, False)]),
    ("本市行政复议纠错率2022年和2023年均保持在10%以下。", 2024,
     [("reconsideration_correction_rate", 10, 2022, False), ("reconsideration_correction_rate", 10, 2023, False)]),
])
def test_each_year_listed_has_the_shared_figure(text, report_year, expected):
    assert facts(text, report_year) == expected


@pytest.mark.parametrize("text, report_year, expected", [
    ("2022年和2023年全市新收行政复议案件均为120件。", 2023,
     [("reconsideration_received", 120, 2022, False), ("reconsideration_received", 120, 2023, False)]),
    ("2021年、2022年,本县行政复议纠错案件均为3件。", 2022,
     [("reconsideration_corrected", 3, 2021, False), ("reconsideration_corrected", 3, 2022, False)]),
    ("2022年及2023年我区办理法律援助案件均是460宗。", 2023,
     [("legal_aid_cases", 460, 2022, False), ("legal_aid_cases", 460, 2023, False)]),
])
def test_each_year_listed_has_the_shared_count(text, report_year, expected):
    assert facts(text, report_year) == expected


@pytest.mark.parametrize("text", [
    "2022年和2023年两镇受理矛盾纠纷均为30件。",
    "2022年和2023年,三个县新收行政复议案件均为120件。",
    "2022年和2023年,甲县、乙县新收行政复议案件均为120件。",
])
def test_units_after_the_years_share_no_count(text):
    assert facts(text, 2023) == []


def test_a_respectively_list_gives_each_year_its_own_value():
    assert facts("2022年、2023年全县行政机关负责人出庭应诉率分别为98%、100%。", 2023) == [
        ("head_appearance_rate", 98, 2022, False), ("head_appearance_rate", 100, 2023, False)]


@pytest.mark.parametrize("text", [
    "2021年至2023年全县行政机关负责人出庭应诉率均为100%。",
    "全县行政机关负责人出庭应诉率2021年至2023年均达到100%。",
    "2023年全县行政机关负责人出庭应诉率均为100%。",
])
def test_no_year_listed_shares_it(text):
    years = {year for _, _, year, _ in facts(text, 2023)}
    assert 2022 not in years and 2021 not in years
