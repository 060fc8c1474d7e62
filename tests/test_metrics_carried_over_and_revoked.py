"""Cases carried over from the year before (2020年度结转行政诉讼案件25宗) are none of the year's new cases, and the year
they came from dates nothing said after them; the lawsuits lost may be said by the court's outcome, the acts it
revoked or found unlawful (被撤销具体行政行为或确认违法案件4宗), where the sentence speaks of no reconsideration.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, expected", [
    ("2021年,某局作为被告新收行政诉讼案件15宗,2020年度结转行政诉讼案件25宗。",
     [("litigation_first_instance", 15, 2021, False)]),
    ("全年受理行政复议案件40件,2022年结转行政复议案件3件。", [("reconsideration_received", 40, 2024, False)]),
])
def test_cases_carried_over_are_no_new_cases(text, expected):
    assert facts(text) == expected


def test_the_year_cases_were_carried_from_dates_nothing_after_them():
    text = "某局作为被申请人新收行政复议案件112宗,2020年度结转行政复议案件9宗;经复议机关审理,审结行政复议案件110宗(维持88宗,撤销1宗)。"
    assert facts(text) == [("reconsideration_closed", 110, 2024, False), ("reconsideration_corrected", 1, 2024, False),
                           ("reconsideration_received", 112, 2024, False)]


def test_a_year_said_before_new_cases_still_dates_them():
    assert facts("2022年受理行政复议案件30件,审结28件。") == [
        ("reconsideration_closed", 28, 2022, False), ("reconsideration_received", 30, 2022, False)]


@pytest.mark.parametrize("text, expected", [
    ("经法院审理,驳回原告诉讼请求或准许原告撤回起诉案件33宗,被撤销具体行政行为或确认违法案件4宗,未审结案件3宗。",
     [("litigation_lost", 4, 2024, False)]),
    ("全县行政应诉案件中,被法院判决撤销或确认违法的3件。", [("litigation_lost", 3, 2024, False)]),
    ("全县行政应诉案件中,被判决撤销或者确认违法的3件。", [("litigation_lost", 3, 2024, False)]),
    # one word of a lawsuit is enough: the defendant, the answering agency, the court, the lawsuit
    ("某局作为被告的案件中,被撤销或确认违法的2件。", [("litigation_lost", 2, 2024, False)]),
    ("全年行政应诉工作中,被撤销或确认违法的2件。", [("litigation_lost", 2, 2024, False)]),
    ("经法院审理,被撤销或确认违法的2件。", [("litigation_lost", 2, 2024, False)]),
    ("全年行政诉讼中,被撤销或确认违法的2件。", [("litigation_lost", 2, 2024, False)]),
    ("2023年,全县一审行政诉讼案件60件,判决撤销或确认违法6件,败诉率10%。",
     [("litigation_first_instance", 60, 2023, False), ("litigation_loss_rate", 10, 2023, False),
      ("litigation_lost", 6, 2023, False)]),
])
def test_acts_a_court_revoked_or_found_unlawful_are_lawsuits_lost(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "行政复议机关审结案件40件,被撤销或确认违法的5件。",  # reconsideration's corrections
    "全年行政复议和行政诉讼案件中,被撤销或确认违法的5件。",  # whose, the sentence does not tell
    "全年被撤销或确认违法的行政行为5件。",  # no court, no lawsuit named
    "近三年行政诉讼案件中,年均被撤销或确认违法案件4件。",  # an average: no one year's
])
def test_revoked_acts_outside_a_lawsuit_are_no_losses(text):
    assert all(key != "litigation_lost" for key, *_ in facts(text))
