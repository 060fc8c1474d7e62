"""An agency's lawsuits split by case type (行政、民事诉讼案件16宗,其中民事案件7宗,行政案件9宗), the applications received
said before a respondent's label (共收到以各乡镇为被申请人的行政复议案件35件,受理34件), the applications a clause names
by their count for the rest of the sentence to sort (在收到的120件行政复议申请中,受理108件), and a rate moving between
quarters or halves of the year (由一季度的…上升至四季度的…), as reports write them.

Every sentence here is written for the test, and read with the report's year given.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, expected", [
    ("2023年,我局行政、民事诉讼案件16宗,其中民事案件7宗,行政案件9宗。", [("litigation_first_instance", 9, 2023, False)]),
    ("2023年,全局应诉案件20件,其中行政案件12件,民事案件8件。", [("litigation_first_instance", 12, 2023, False)]),
    ("2023年,我局应诉案件11件,其中行政案件7件、民事案件4件。", [("litigation_first_instance", 7, 2023, False)]),
    ("2023年,我局办理诉讼案件20件(行政案件12件、民事案件8件)。", [("litigation_first_instance", 12, 2023, False)]),
    # an agency may say 受理 of its own lawsuits
    ("2023年,我局受理行政、民事诉讼案件16宗,其中民事案件7宗,行政案件9宗。", [("litigation_first_instance", 9, 2023, False)]),
])
def test_the_administrative_part_of_lawsuits_split_by_case_type(text, expected):
    assert facts(text) == expected


def test_the_administrative_part_is_cited_without_its_part_marker():
    metrics, _ = read("2023年,全局应诉案件20件,其中行政案件12件,民事案件8件。")
    assert [evidence for *_, evidence in metrics] == ["行政案件12件"]


@pytest.mark.parametrize("text", [
    # no civil part named: nothing tells the cases lawsuits
    "2023年,全局应诉案件20件,其中行政案件12件。",
    # a kind of the cases that is not first instance
    "2023年,我局涉诉案件11件,其中民事案件4件,二审行政案件7件。",
    "2023年,我局涉诉案件11件,其中民事案件4件,年均行政案件7件。",
    # a court's or a procuratorate's caseload by kind
    "2023年,区法院判决民事案件700件,行政案件90件。",
    "2023年,人民法庭判决民事案件700件,行政案件90件。",
    "2023年,全院判决民事案件700件,行政案件90件。",
    "2023年,审结民事案件700件,行政案件90件。",
    "2023年,受理民事案件700件,行政案件90件。",
    "2023年,新收民事案件700件,行政案件90件。",
    "2023年,民事案件收案700件,行政案件90件。",
    "2023年,检察机关办理民事案件70件,行政案件9件。",
    # the kinds a lawyer or legal aid handled, with criminal cases beside
    "2023年,办理刑事案件30件,民事案件70件,行政案件9件。",
    "2023年,全县律师办理民事案件700件,行政案件90件。",
    "2023年,法律援助民事案件300件,行政案件5件。",
    "2023年,法援中心办理民事案件300件,行政案件5件。",
])
def test_no_lawsuits_where_the_split_is_not_an_agencys(text):
    assert "litigation_first_instance" not in [key for key, *_ in facts(text)]


@pytest.mark.parametrize("text, expected", [
    # the received verb said before a respondent's label: the admitted count is a subset
    ("2023年,县政府共收到以各乡镇、县直部门为被申请人的行政复议案件35件,同比上升3%,受理34件。",
     [("reconsideration_received", 35, 2023, False)]),
    ("2023年,县政府共收到以各乡镇为被申请人的行政复议申请35件,经审查依法受理34件,审结30件。",
     [("reconsideration_closed", 30, 2023, False), ("reconsideration_received", 35, 2023, False)]),
    # the received verb apart from its label by who applied or what about
    ("2023年,县政府收到群众提出的行政复议申请120件,依法受理108件。", [("reconsideration_received", 120, 2023, False)]),
    ("2023年,市政府共收到涉及征地拆迁的行政复议申请120件,受理108件。", [("reconsideration_received", 120, 2023, False)]),
    # no received verb: the text says not that the 35 were received before review, both stay
    ("2023年,县政府以各乡镇、县直部门为被申请人的行政复议案件35件,受理34件。",
     [("reconsideration_received", 34, 2023, False), ("reconsideration_received", 35, 2023, False)]),
    # a count admitted of the applications received is no received count: the one figure there is
    ("2023年,县政府对收到的行政复议申请依法受理108件。", [("reconsideration_received", 108, 2023, False)]),
    # a received verb of another clause says nothing of the label's
    ("2023年,县政府收到群众来信12件,以各乡镇为被申请人的行政复议案件35件,受理34件。",
     [("reconsideration_received", 34, 2023, False), ("reconsideration_received", 35, 2023, False)]),
])
def test_applications_received_said_before_a_respondents_label(text, expected):
    assert facts(text, 2023) == expected


@pytest.mark.parametrize("text, expected", [
    # the applications taken in (受理…申请), with no received verb: the intake, the count admitted of them a subset
    ("2023年,全市受理行政复议申请56件,依法受理52件。", [("reconsideration_received", 56, 2023, False)]),
    ("2023年全县共受理行政复议申请113件，依法受理行政复议案件107件，审结98件。",
     [("reconsideration_closed", 98, 2023, False), ("reconsideration_received", 113, 2023, False)]),
    ("我局2023年依法受理34件,全年受理行政复议申请38件。", [("reconsideration_received", 38, 2023, False)]),
    # …but a received verb said beside them keeps its count the intake, as before
    ("2023年,收到行政复议申请60件,受理行政复议申请56件,依法受理52件。", [("reconsideration_received", 60, 2023, False)]),
    # cases, no applications, admitted twice: the text says not which is the intake, both stay
    ("2023年,受理行政复议案件56件,依法受理52件。",
     [("reconsideration_received", 52, 2023, False), ("reconsideration_received", 56, 2023, False)]),
    # the applications alone, or the count admitted in another sentence: each the figure there is
    ("2023年,受理行政复议申请56件。全年依法受理行政复议案件52件。",
     [("reconsideration_received", 52, 2023, False), ("reconsideration_received", 56, 2023, False)]),
])
def test_applications_taken_in_are_the_intake_beside_those_admitted_of_them(text, expected):
    assert facts(text, 2023) == expected


@pytest.mark.parametrize("text, expected", [
    ("2023年,在收到的120件行政复议申请中,受理108件。", [("reconsideration_received", 120, 2023, False)]),
    ("在2023年收到的120件行政复议申请中,依法受理108件,不予受理12件。", [("reconsideration_received", 120, 2023, False)]),
    # named by no count, the clause leaves the one figure there is
    ("2023年,在收到的行政复议申请中,受理108件。", [("reconsideration_received", 108, 2023, False)]),
])
def test_applications_named_by_their_count_for_the_sentence_to_sort(text, expected):
    assert facts(text, 2023) == expected


def test_applications_named_by_their_count_are_cited_with_their_noun():
    metrics, _ = read("2023年,在收到的120件行政复议申请中,受理108件。")
    assert [evidence for *_, evidence in metrics] == ["120件行政复议申请"]


@pytest.mark.parametrize("text", [
    "2024年,全市行政机关负责人出庭应诉率由一季度的85%上升至四季度的100%。",
    "2024年,全市行政复议纠错率由第一季度的15.2%下降到第四季度的9.8%。",
    "2024年,全市行政机关负责人出庭应诉率由上半年的85%上升至下半年的98.5%。",
    # the level a quarter's rose to, the text says not when
    "2024年,全市调解成功率由一季度的92.5%上升至98.1%。",
])
def test_a_rate_moving_between_quarters_or_halves_gives_no_years_figure(text):
    assert facts(text) == []


def test_a_rate_moving_between_quarters_keeps_both_levels_as_rates():
    _, rates = read("2024年,全市行政复议纠错率由第一季度的15.2%下降到第四季度的9.8%。")
    assert rates == [("行政复议纠错率", 15.2), ("行政复议纠错率", 9.8)]


def test_a_rate_moving_between_years_keeps_each_years_figure():
    assert facts("全市行政机关负责人出庭应诉率由2023年的85%上升至2024年的98.5%。") == [
        ("head_appearance_rate", 85, 2023, False), ("head_appearance_rate", 98.5, 2024, False)]


@pytest.mark.parametrize("text, expected", [
    # counted in 宗 or 起 before their noun, as in 件
    ("2023年,在收到的120宗行政复议案件中,受理108宗。", [("reconsideration_received", 120, 2023, False)]),
    ("2023年,在收到的120宗行政复议申请中,受理108宗。", [("reconsideration_received", 120, 2023, False)]),
    ("2023年,在调处的300起矛盾纠纷中,婚姻家庭纠纷120起。", [("mediation_cases", 300, 2023, False)]),
    # the total said first, the kind after it a part
    ("2023年,调处矛盾纠纷300起,其中婚姻家庭纠纷120起。", [("mediation_cases", 300, 2023, False)]),
])
def test_a_total_counted_in_other_measure_words_before_its_noun(text, expected):
    assert facts(text, 2023) == expected
