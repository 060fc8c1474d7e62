"""Cases carried over from the year before (2020年度结转行政诉讼案件25宗) are none of the year's new cases, nor is a count
said to hold them (办理行政复议案件186件(含上年结转14件): those to be heard in the year), and the year
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


@pytest.mark.parametrize("text, expected", [
    # a count glossed as holding the cases carried over counts those to be heard in the year, none received in it
    ("全年共办理行政复议案件186件(含上年结转14件),办结171件。", [("reconsideration_closed", 171, 2024, False)]),
    ("受理行政复议申请95宗(含旧存8宗),审结90宗。", [("reconsideration_closed", 90, 2024, False)]),
    ("全年共受理复议案件120件(其中上年结转25件)。", []),
    ("截至6月底,共办理复议案件312件(含旧存),已办结260件。", [("reconsideration_closed", 260, 2024, False)]),
    ("以县政府为被告的行政诉讼案件共58件,含上年度结转案件6件。", []),
    # the cases closed keep it: closed in the year, from whichever year they came
    ("全年新收行政复议案件186件,办结171件(含上年结转14件)。",
     [("reconsideration_closed", 171, 2024, False), ("reconsideration_received", 186, 2024, False)]),
    ("全县共审结一审行政案件18件(含旧存3件)。", [("litigation_first_instance", 18, 2024, False)]),
    # an addition said beside leaves the intake its own, and so does a gloss that none was carried
    ("全年新收行政复议案件186件(另上年结转23件),审结171件。",
     [("reconsideration_closed", 171, 2024, False), ("reconsideration_received", 186, 2024, False)]),
    ("全年受理行政复议案件66件(其中无上年结转案件)。", [("reconsideration_received", 66, 2024, False)]),
])
def test_a_count_holding_cases_carried_over_is_no_intake(text, expected):
    assert facts(text) == expected


def test_the_year_cases_were_carried_from_dates_nothing_after_them():
    text = "某局作为被申请人新收行政复议案件112宗,2020年度结转行政复议案件9宗;经复议机关审理,审结行政复议案件110宗(维持88宗,撤销1宗)。"
    assert facts(text) == [("reconsideration_closed", 110, 2024, False), ("reconsideration_corrected", 1, 2024, False),
                           ("reconsideration_received", 112, 2024, False)]


@pytest.mark.parametrize("text, expected", [
    # the year before said of the cases carried from it (上年度结转, 结转上年度, 去年结转) dates nothing after them, a ; aside
    ("全年审结上年度结转案件4件;某局被申请行政复议9件,被提起行政诉讼6件。",
     [("litigation_first_instance", 6, 2024, False), ("reconsideration_received", 9, 2024, False)]),
    ("某局被申请行政复议7件,上年度结转2件;被提起行政诉讼4件。",
     [("litigation_first_instance", 4, 2024, False), ("reconsideration_received", 7, 2024, False)]),
    ("结转上年度信息公开申请3件,本年发生行政复议2件,发生行政诉讼1件。",
     [("litigation_first_instance", 1, 2024, False), ("reconsideration_received", 2, 2024, False)]),
    ("去年结转的案件已全部办结,某局被申请行政复议5件。", [("reconsideration_received", 5, 2024, False)]),
    # the year before said of the count itself still dates it
    ("2023年度(上年度)某局被申请行政复议6件。", [("reconsideration_received", 6, 2023, False)]),
    ("上年度某局被申请行政复议6件。", [("reconsideration_received", 6, 2023, False)]),
])
def test_the_year_before_of_cases_carried_dates_nothing_after_them(text, expected):
    assert facts(text) == expected


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
    # the two outcomes in the other order, the lawsuits named after them or before them
    ("全年被人民法院确认违法或撤销的行政诉讼案件4件。", [("litigation_lost", 4, 2024, False)]),
    ("某区政府作为被告的行政应诉案件被确认违法或撤销3件。", [("litigation_lost", 3, 2024, False)]),
])
def test_acts_a_court_revoked_or_found_unlawful_are_lawsuits_lost(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "行政复议机关审结案件40件,被撤销或确认违法的5件。",  # reconsideration's corrections
    "全年行政复议和行政诉讼案件中,被撤销或确认违法的5件。",  # whose, the sentence does not tell
    "全年被撤销或确认违法的行政行为5件。",  # no court, no lawsuit named
    "近三年行政诉讼案件中,年均被撤销或确认违法案件4件。",  # an average: no one year's
    "复议机关确认违法或撤销的行政行为6件。",  # reconsideration's, in the other order
])
def test_revoked_acts_outside_a_lawsuit_are_no_losses(text):
    assert all(key != "litigation_lost" for key, *_ in facts(text))


def test_reconsideration_decisions_a_court_revoked_are_neither_losses_nor_corrections():
    # the reconsideration body's own decisions overturned in court: none it corrected, no lawsuit of the area counted
    assert facts("全年行政复议决定被法院撤销或确认违法2件。") == []
    assert ("reconsideration_corrected", 6, 2024, False) in facts("全年审结行政复议案件50件,其中撤销4件,确认违法2件。")


@pytest.mark.parametrize("text, expected", [
    # the agency's acts the reconsideration body revoked or varied, said as what the agency suffered: its corrections
    ("全年我局作出的行政行为被复议机关撤销2件、变更1件。", [("reconsideration_corrected", 3, 2024, False)]),
    ("全年本局被申请行政复议5件,被撤销2件,纠错率40%。",
     [("reconsideration_corrected", 2, 2024, False), ("reconsideration_correction_rate", 40, 2024, False),
      ("reconsideration_received", 5, 2024, False)]),
    # a reconsideration decision revoked is a court's correction of it: none
    ("全年审结行政复议案件42件,复议决定被撤销2件、变更1件。", [("reconsideration_closed", 42, 2024, False)]),
])
def test_acts_corrected_by_the_reconsideration_body_are_its_corrections(text, expected):
    assert facts(text) == expected
