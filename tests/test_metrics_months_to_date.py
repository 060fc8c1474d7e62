"""A count up to a month's end before December (截至11月底, 截止10月31日) beside the year's count of its key: the months'
part of the year's, which is the figure; alone it is the year's level, the latest the report gives.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, expected", [
    ("截至11月底,共新收行政复议案件52件,办结47件。全年新收行政复议案件58件,办结55件。",
     [("reconsideration_closed", 55, 2024, False), ("reconsideration_received", 58, 2024, False)]),
    ("全年办理法律援助案件426件。截止2024年10月31日,全县办理法律援助案件371件。",
     [("legal_aid_cases", 426, 2024, False)]),
    ("至9月末,全县调解矛盾纠纷1620件。2024年全县调解矛盾纠纷2210件。",
     [("mediation_cases", 2210, 2024, False)]),
])
def test_a_count_to_a_months_end_gives_way_to_the_years(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # alone: the year's level
    ("截至11月底,共新收行政复议案件52件,办结47件。",
     [("reconsideration_closed", 47, 2024, False), ("reconsideration_received", 52, 2024, False)]),
    # a year's end is the whole year
    ("截至12月底,共新收行政复议案件60件。全年新收行政复议案件58件。",
     [("reconsideration_received", 58, 2024, False), ("reconsideration_received", 60, 2024, False)]),
    # a smaller count beside it (a news item keeps its month's) is a part of it, not the year's
    ("截至11月底,共办理公证事项8642件,8月份单月办理公证412件。",
     [("notarizations", 412, 2024, False), ("notarizations", 8642, 2024, False)]),
    # a bound on the year is not its count
    ("截至11月底,共受理法律援助案件520件。全年受理法律援助案件600余件。",
     [("legal_aid_cases", 520, 2024, False), ("legal_aid_cases", 600, 2024, False)]),
])
def test_a_count_to_a_months_end_stays_without_the_years(text, expected):
    assert facts(text, plans_next_year=False) == expected


def test_counts_of_no_year_said_are_none_the_others_part():
    # neither year is known: the one may be another year's than the other
    assert facts("截至11月底,共新收行政复议案件52件。全年新收行政复议案件58件。", report_year=None) == [
        ("reconsideration_received", 52, None, False), ("reconsideration_received", 58, None, False)]
