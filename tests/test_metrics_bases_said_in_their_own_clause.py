"""The figure a comparison starts from, said as the year before's in a clause of its own (新收215件,同比下降8.5%,2023年为
235件; …,上年同期为235件; …(去年同期235件)): the same label's value for that year, as 较2023年的235件 is, the change
said before it, after it or not at all. The figure of the sentence's own year keeps its year; the change is no value.

Every sentence here is written for the test, and read with the report's year given (2024).
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, expected", [
    ("全县新收行政复议案件187件，同比下降6.5%，2023年为200件。",
     [("reconsideration_received", 187, 2024, False), ("reconsideration_received", 200, 2023, False)]),
    ("全区受理法律援助案件436件，上年同期为402件，同比增长8.5%。",
     [("legal_aid_cases", 402, 2023, False), ("legal_aid_cases", 436, 2024, False)]),
    ("全市办理公证4210件，去年同期3980件，同比增长5.8%。",
     [("notarizations", 3980, 2023, False), ("notarizations", 4210, 2024, False)]),
    ("全县调解矛盾纠纷1530件，同比减少4.2%（上年为1597件）。",
     [("mediation_cases", 1530, 2024, False), ("mediation_cases", 1597, 2023, False)]),
    ("全市行政诉讼败诉率为6.1%，比上年下降1.3个百分点(去年同期为7.4%)。",
     [("litigation_loss_rate", 6.1, 2024, False), ("litigation_loss_rate", 7.4, 2023, False)]),
    ("全区办结行政复议案件96件，纠错率11.5%，上年为14%。",
     [("reconsideration_closed", 96, 2024, False), ("reconsideration_correction_rate", 11.5, 2024, False),
      ("reconsideration_correction_rate", 14, 2023, False)]),
])
def test_the_base_said_in_its_own_clause_is_the_labels_value_for_that_year(text, expected):
    assert facts(text) == expected


def test_the_base_said_so_stays_among_the_rates():
    assert read("全县调解成功率99.3%，上年为98.9%。")[1] == [("调解成功率", 99.3), ("调解成功率", 98.9)]


@pytest.mark.parametrize("text, expected", [
    # cases carried over from the year before are no base of the year's figure
    ("全县受理法律援助案件320件，同比增长6%，其中2023年结转12件。", [("legal_aid_cases", 320, 2024, False)]),
    # a figure of another kind said for the year before names no base of a count
    ("全市新收行政复议案件215件，上年为增长3%。", [("reconsideration_received", 215, 2024, False)]),
])
def test_no_base_where_the_clause_says_other_things(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the base alone in a bracket right after its comparison, or after a colon naming its year
    ("全区新收行政复议案件241件，较上年（198件）增长21.7%。",
     [("reconsideration_received", 198, 2023, False), ("reconsideration_received", 241, 2024, False)]),
    ("全县行政机关负责人出庭应诉率为94%，比上年（81%）提高13个百分点。",
     [("head_appearance_rate", 81, 2023, False), ("head_appearance_rate", 94, 2024, False)]),
    ("全市办理公证5120件，同比增长6.2%（2023年：4821件）。",
     [("notarizations", 4821, 2023, False), ("notarizations", 5120, 2024, False)]),
])
def test_the_base_set_off_after_its_comparison_is_the_labels_value_for_that_year(text, expected):
    assert facts(text) == expected


def test_a_bracket_after_other_words_names_no_base():
    assert facts("全县受理法律援助案件320件（其中2023年结转：12件）。") == [("legal_aid_cases", 320, 2024, False)]


@pytest.mark.parametrize("text, expected", [
    # the base set against the figure with 而, or said as only or as then so much
    ("全区新收行政复议案件264件，而上年仅为219件。",
     [("reconsideration_received", 219, 2023, False), ("reconsideration_received", 264, 2024, False)]),
    ("全市办理法律援助案件1180件，上年则为1032件。",
     [("legal_aid_cases", 1032, 2023, False), ("legal_aid_cases", 1180, 2024, False)]),
])
def test_the_base_set_against_the_figure_is_the_labels_value_for_that_year(text, expected):
    assert facts(text) == expected
