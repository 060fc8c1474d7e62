"""A comparison's base of the same period (较2023年同期, 比上年同期的, 上年同期为…) in a sentence of a part of a year
(2024年1-9月, 上半年, 截至11月30日, 第三季度) is that part's figure of the year before: no figure of that year's. The
figure of the sentence's own part keeps its reading; a base of the same period in a sentence of the whole year is the
year before's value, and a base with no 同期 stays its year's.

Every sentence here is written for the test, and read with the report's year given (2024).
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, expected", [
    ("2024年1-9月，全市法院新收一审行政案件642件，较2023年同期718件有所下降。",
     [("litigation_first_instance", 642, 2024, False)]),
    ("前三季度，全县受理行政复议申请58件，比上年同期的61件减少3件。",
     [("reconsideration_received", 58, 2024, False)]),
    ("2024年第三季度,我区办理公证1320件,较去年同期(1210件)增长9.1%。",
     [("notarizations", 1320, 2024, False)]),
    ("2024年上半年，全区新收行政复议案件212件，上年同期为236件。",
     [("reconsideration_received", 212, 2024, False)]),
    ("2024年1至6月，全市行政机关负责人出庭应诉率96%，较2023年同期的89%提高7个百分点。",
     [("head_appearance_rate", 96, 2024, False)]),
])
def test_a_same_period_base_of_a_part_of_a_year_is_no_figure_of_that_year(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence of the whole year: the same period of the year before is that whole year
    ("2024年，全县新收行政复议案件870件，较去年同期（980件）有所减少。",
     [("reconsideration_received", 870, 2024, False), ("reconsideration_received", 980, 2023, False)]),
    ("全市受理法律援助案件1530件,比上年同期的1420件增长7.7%。",
     [("legal_aid_cases", 1420, 2023, False), ("legal_aid_cases", 1530, 2024, False)]),
    # a base that says no 同期 is of its year all the same
    ("2024年，全县一审行政诉讼案件1050件，比上年的1200件减少了150件。",
     [("litigation_first_instance", 1050, 2024, False), ("litigation_first_instance", 1200, 2023, False)]),
])
def test_a_base_of_a_whole_year_stays_that_years(text, expected):
    assert facts(text) == expected
