"""去年, 前年 and 去年同期 in a yearly report: counted back from the report's year, or from the year its sentence (for
去年同期, its paragraph) has just said, never that year itself.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metrics_intake_kinds_and_this_year import facts


@pytest.mark.parametrize("text, report_year, options, expected", [
    # a yearly report's 去年 is the year before its own, as its 今年 is its own, whenever it was published
    ("全市新收行政复议案件460件。去年全市新收行政复议案件410件。", 2024, {},
     [("reconsideration_received", 410, 2023), ("reconsideration_received", 460, 2024)]),
    ("今年以来全市新收行政复议案件460件。去年全市新收行政复议案件410件。", 2024, {"published_year": 2025},
     [("reconsideration_received", 410, 2023), ("reconsideration_received", 460, 2024)]),
    ("前年全区办理法律援助案件730件。", 2024, {}, [("legal_aid_cases", 730, 2022)]),
    # 去年同期 after a year said in the sentence: the year before that one
    ("2022年全镇调处矛盾纠纷615件,去年同期调处矛盾纠纷590件。", 2023, {},
     [("mediation_cases", 590, 2021), ("mediation_cases", 615, 2022)]),
    # … or in the paragraph's opening
    ("2022年,全镇调处矛盾纠纷615件。上年同期调处矛盾纠纷590件。", 2023, {},
     [("mediation_cases", 590, 2021), ("mediation_cases", 615, 2022)]),
    # … or, said nowhere, the report's
    ("全镇调处矛盾纠纷615件。去年同期调处矛盾纠纷590件。", 2023, {},
     [("mediation_cases", 590, 2022), ("mediation_cases", 615, 2023)]),
    # a news item counts from its date, and its 去年同期 from the year it has just said
    ("去年全市审结行政复议案件380件。", 2023, {"published_year": 2024, "plans_next_year": False},
     [("reconsideration_closed", 380, 2023)]),
    ("2023年1至6月全市审结行政复议案件180件,去年同期审结行政复议案件150件。", 2023,
     {"published_year": 2023, "plans_next_year": False},
     [("reconsideration_closed", 150, 2022), ("reconsideration_closed", 180, 2023)]),
])
def test_a_past_year_counts_back_from_the_year_it_is_said_against(text, report_year, options, expected):
    assert facts(text, report_year, **options) == expected


@pytest.mark.parametrize("text, expected", [
    # a comparison with the same period dates nothing after it
    ("2022年全镇调处矛盾纠纷615件,和去年同期相比增加25件,调解成功600件。",
     [("mediation_cases", 615, 2022), ("mediation_succeeded", 600, 2022)]),
    ("全镇调处矛盾纠纷615件,较去年同期增加25件,调解成功600件。",
     [("mediation_cases", 615, 2023), ("mediation_succeeded", 600, 2023)]),
    # a multiple of the same period: the year said is the sentence's own
    ("2022年全镇调处矛盾纠纷615件,是去年同期的1.2倍,调解成功600件。",
     [("mediation_cases", 615, 2022), ("mediation_succeeded", 600, 2022)]),
])
def test_a_comparison_with_the_same_period_dates_nothing(text, expected):
    assert facts(text, 2023) == expected
