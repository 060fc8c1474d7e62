"""The year of 去年 and 前年 in an item that gives no date.

Every sentence here is written for the test.
"""

from __future__ import annotations

from test_metrics_intake_kinds_and_this_year import facts

# --- 去年 and 前年 in an undated item --------------------------------------------------------------

LAST_YEAR = "2021年,全区办理公证事项1800件。去年办理公证事项2100件。"
YEAR_BEFORE = "2021年,全区办理公证事项1800件。前年办理公证事项1500件。"


def test_last_year_of_an_item_with_neither_date_nor_year_reported_has_no_year():
    # the year said before in its paragraph does not stand in for it
    assert facts(LAST_YEAR, None) == [("notarizations", 1800, 2021), ("notarizations", 2100, None)]
    assert facts(YEAR_BEFORE, None, plans_next_year=False) \
        == [("notarizations", 1500, None), ("notarizations", 1800, 2021)]


def test_last_year_counts_from_the_item_s_date():
    assert facts(LAST_YEAR, None, published_year=2022) \
        == [("notarizations", 1800, 2021), ("notarizations", 2100, 2021)]
    assert facts(YEAR_BEFORE, 2021, published_year=2022) \
        == [("notarizations", 1500, 2020), ("notarizations", 1800, 2021)]


def test_last_year_of_an_undated_item_is_the_year_it_reports():
    # told after that year, as a release on the year's report: 前年 is the year before it
    assert facts("2020年全区公证工作报告发布。去年全区办理公证事项2100件。", 2020, plans_next_year=False) \
        == [("notarizations", 2100, 2020)]
    assert facts("全区公证工作报告发布。前年全区办理公证事项1500件。", 2020) == [("notarizations", 1500, 2019)]


def test_a_comparison_with_last_year_dates_nothing():
    assert facts("2021年,全区办理公证事项1800件,较去年增加300件。", None) == [("notarizations", 1800, 2021)]

