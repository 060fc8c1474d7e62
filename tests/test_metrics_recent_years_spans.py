"""Figures of the last few years said without 来 (近三年, 过去三年, 近3年): a span's, so no one year's, whether one
figure sums the span or 分别 lists a figure a year (the text does not say which years). A rank among those years
(创近三年新高, 为近3年最高) spans nothing: the figures after it keep the sentence's year.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, expected", [
    ("近三年全区受理行政复议案件512件。", [("reconsideration_received", 512, None, False)]),
    ("近三年全区受理行政复议案件分别为148件、171件、193件。",
     [("reconsideration_received", 148, None, False), ("reconsideration_received", 171, None, False),
      ("reconsideration_received", 193, None, False)]),
    ("过去三年,全县办理法律援助案件分别为1020件、1135件和1260件。",
     [("legal_aid_cases", 1020, None, False), ("legal_aid_cases", 1135, None, False),
      ("legal_aid_cases", 1260, None, False)]),
])
def test_the_last_few_years_date_no_figure(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "全年受理行政复议案件301件,创近三年新高,纠错率5.3%。",
    "全年受理行政复议案件301件,为近3年最高,纠错率5.3%。",
])
def test_a_rank_among_those_years_dates_on(text):
    assert facts(text) == [("reconsideration_correction_rate", 5.3, 2024, False),
                           ("reconsideration_received", 301, 2024, False)]


@pytest.mark.parametrize("text, expected", [
    # a span said after the sentence's year is the figures' time, not the year
    ("2024年,近三年全区受理行政复议案件分别为148件、171件、193件。",
     [("reconsideration_received", 148, None, False), ("reconsideration_received", 171, None, False),
      ("reconsideration_received", 193, None, False)]),
    ("2024年,全县五年来累计调解矛盾纠纷12100件。", [("mediation_cases", 12100, None, False)]),
    # a year said after the span dates the figure
    ("近三年来,全区持续深化改革,2024年受理行政复议案件193件。", [("reconsideration_received", 193, 2024, False)]),
])
def test_the_last_time_said_before_a_figure_dates_it(text, expected):
    assert facts(text) == expected
