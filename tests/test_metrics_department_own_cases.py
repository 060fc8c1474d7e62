"""A department's report of its own cases (我局被复议4件、被诉2件), as real department reports write them: the
reconsiderations said by its being the respondent with 行政 and 案件 left out, none of them corrected said with 无一,
and none of its lawsuits lost said first in a list of nones sharing one noun after the last (无败诉、无被纠错案件).

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, expected", [
    ("全年我局被复议6件、被诉3件。",
     [("litigation_first_instance", 3, 2024, False), ("reconsideration_received", 6, 2024, False)]),
    ("2024年本局被申请复议9起,被起诉4起。",
     [("litigation_first_instance", 4, 2024, False), ("reconsideration_received", 9, 2024, False)]),
])
def test_the_respondents_reconsiderations_without_their_noun(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    # corrections said by the respondent's words: no intake
    "全年被复议纠错2件。",
    "我局作出的行政行为被复议机关撤销1件。",
])
def test_the_respondents_corrections_are_no_intake(text):
    assert not [k for k, *_ in facts(text) if k == "reconsideration_received"]


def test_none_corrected_said_with_wuyi():
    assert facts("收到行政复议申请8件,已全部办结,无一被纠错。") == [
        ("reconsideration_closed", 8, 2024, False), ("reconsideration_corrected", 0, 2024, False),
        ("reconsideration_received", 8, 2024, False)]


def test_none_corrected_needs_reconsideration_in_its_sentence():
    assert facts("全年发生行政诉讼案件5件,无一被纠错。") == [("litigation_first_instance", 5, 2024, False)]


@pytest.mark.parametrize("text, expected", [
    ("全年行政诉讼案件3件,无败诉、无被纠错案件。",
     [("litigation_first_instance", 3, 2024, False), ("litigation_lost", 0, 2024, False)]),
    ("本局被申请行政复议2件,被诉1件,无败诉、无被纠错案件。",
     [("litigation_first_instance", 1, 2024, False), ("litigation_lost", 0, 2024, False),
      ("reconsideration_corrected", 0, 2024, False), ("reconsideration_received", 2, 2024, False)]),
])
def test_none_lost_first_in_a_list_of_nones(text, expected):
    assert facts(text) == expected


def test_a_list_with_no_noun_after_it_states_no_zero():
    # 无败诉、撤诉 with no case or situation named after: left unread, as before
    assert facts("全年行政诉讼案件4件,其中无败诉、撤诉,3件尚在审理。") == [("litigation_first_instance", 4, 2024, False)]
