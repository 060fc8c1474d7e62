"""A span of years counted in digits (5年来, 10年间, 3年以来) dates its figures to no one year, as 五年来 does; the last
digits of a year (2024年以来) and one year (1年来, the year reported) are no such span.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, expected", [
    ("据统计,5年来全省共办理法律援助案件31万件。", [("legal_aid_cases", 310000, None, False)]),
    ("10年来,全市公证机构办理公证事项8.6万件。", [("notarizations", 86000, None, False)]),
    ("3年间,全县调解矛盾纠纷1.2万件,调解成功率98.6%。",
     [("mediation_cases", 12000, None, False), ("mediation_success_rate", 98.6, None, False)]),
    ("12年以来,全区新收行政复议案件2400件。", [("reconsideration_received", 2400, None, False)]),
])
def test_a_span_of_years_in_digits_dates_no_figure(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("2024年以来,全市公证机构办理公证事项8600件。", [("notarizations", 8600, 2024, False)]),
    ("1年来,全县调解矛盾纠纷1200件。", [("mediation_cases", 1200, 2024, False)]),
    ("2023年,全区新收行政复议案件240件。", [("reconsideration_received", 240, 2023, False)]),
])
def test_a_year_or_the_one_year_keeps_its_figure(text, expected):
    assert facts(text) == expected
