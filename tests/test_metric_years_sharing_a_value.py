"""Years listed before a figure that 均 says each has (2022年、2023年均为100%; 2022年和2023年全县…出庭应诉率均达到
100%) give each year the figure, each a fact of its own year, a year other than the report's too. Not a 分别 list
(each year its own value) nor a span of years (2021年至2023年).

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
