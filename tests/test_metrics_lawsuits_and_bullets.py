"""An 一审 that says how lawsuits were judged, or that sorts a total in the part after it, a clause that names the cases
its sentence sorts by their count, a bulleted list of parts under its heading, a court's ways of closing lawsuits,
and legal-aid cases drawn for a quality review, as reports write them.

Every sentence here is written for the test, and read with the report's year given.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


def facts(text: str):
    """(key, value, year, target) of each headline metric of `text`, read in a report on 2023."""
    return sorted((k, v, y, t) for k, v, y, t, _ in read(text)[0])


@pytest.mark.parametrize("text, expected", [
    # 一审 in a later clause on the judgments sorts no cases by instance: the lawsuits brought stay the figure
    ("全年共发生行政诉讼案件9件,一审判决均胜诉。",  # (every judgment won: none lost)
     [("litigation_first_instance", 9, 2023, False), ("litigation_lost", 0, 2023, False)]),
    ("本年度行政应诉案件14件,一审胜诉12件。", [("litigation_first_instance", 14, 2023, False)]),
    # …every case judged alike, as a department reports the suits brought against it
    ("本局被提起行政诉讼3件,一审均胜诉。",
     [("litigation_first_instance", 3, 2023, False), ("litigation_lost", 0, 2023, False)]),
    ("全年行政应诉案件5件,一审全部判决驳回原告诉讼请求。", [("litigation_first_instance", 5, 2023, False)]),
])
def test_an_一审_of_judgments_leaves_the_cases_brought(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an 一审 that sorts the cases by instance: the total may hold appeals, the first-instance part is the figure
    ("全年共发生行政诉讼案件9件,其中一审7件。", [("litigation_first_instance", 7, 2023, False)]),
    ("本年度行政应诉案件14件,一审案件11件。", [("litigation_first_instance", 11, 2023, False)]),
])
def test_an_一审_of_cases_sorts_the_total(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the count inside the clause is the total; the counts after it are its parts
    ("全年新受理的行政复议案件88件中,以乡镇政府为被申请人的行政复议案件17件。",
     [("reconsideration_received", 88, 2023, False)]),
    ("在受理的88件行政复议案件中,以乡镇政府为被申请人的行政复议案件17件。",
     [("reconsideration_received", 88, 2023, False)]),
    # restating the total of the sentence before, the clause's count is no second figure
    ("全年新收行政复议案件88件。新受理的行政复议88件中,涉及市场监管的17件。",
     [("reconsideration_received", 88, 2023, False)]),
    ("在办结的64件行政复议案件中,直接纠错6件。",
     [("reconsideration_closed", 64, 2023, False), ("reconsideration_corrected", 6, 2023, False)]),
])
def test_a_clause_that_counts_the_cases_it_sorts(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a count that closes its clause without 中 opens no sorting: the figure after it is read for itself
    ("全年新受理的行政复议案件88件,区司法局受理行政复议案件17件。",
     [("reconsideration_received", 17, 2023, False), ("reconsideration_received", 88, 2023, False)]),
    # a case still being heard (…正在审理中) is no clause of cases sorted
    ("全年收到行政复议申请80件,另有3件行政复议案件正在审理中。", [("reconsideration_received", 80, 2023, False)]),
])
def test_a_count_without_the_sorting_clause(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the items under 其中: are parts of the total above, and take its topic (复议) where they do not name it
    (("全年新收行政复议案件260件。\n其中:\n·办理涉及征收领域行政复议案件31件;\n"
      "·通过撤销、变更等方式纠正违法和不当行政行为19件;"),
     [("reconsideration_corrected", 19, 2023, False), ("reconsideration_received", 260, 2023, False)]),
    # the total in a later sentence of the paragraph than its first, and not its last
    (("今年行政复议工作质效稳步提升。全年新收行政复议案件260件。群众满意度有所提高。\n其中,\n  ·办理涉企行政复议案件42件。\n"
      "  ·通过确认违法等方式纠正违法和不当行政行为19件。"),
     [("reconsideration_corrected", 19, 2023, False), ("reconsideration_received", 260, 2023, False)]),
])
def test_a_bulleted_list_of_parts_under_its_heading(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # no heading of parts: a bare correction names no topic (the count of a domain, 涉及征收领域, is its share of the
    # whole stated above)
    (("全年新收行政复议案件260件。\n主要做法:\n·办理涉及征收领域行政复议案件31件;\n"
      "·通过撤销、变更等方式纠正违法和不当行政行为19件;"),
     [("reconsideration_received", 260, 2023, False)]),
    # a paragraph above on another topic gives the bare correction none
    ("全县调解矛盾纠纷900件。\n其中:\n·通过撤销、变更等方式纠正违法和不当行政行为19件;", [("mediation_cases", 900, 2023, False)]),
])
def test_bullets_without_a_heading_of_parts(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the part right after the total's sentence sorts it by instance: the total holds appeals, the part is the figure
    ("全市法院受理行政诉讼案件930件。其中,一审收案712件。", [("litigation_first_instance", 712, 2023, False)]),
    ("全县共发生行政诉讼案件40件。其中一审案件31件,二审案件9件。", [("litigation_first_instance", 31, 2023, False)]),
])
def test_an_一审_part_after_the_totals_sentence(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a part of another kind after the total leaves it the figure
    ("全县共发生行政诉讼案件40件。其中涉及土地征收的12件。", [("litigation_first_instance", 40, 2023, False)]),
    # a sentence after the total that opens with no part marker says nothing of what the total holds
    ("全县共发生行政诉讼案件40件。市中院一审审结案件31件。", [("litigation_first_instance", 40, 2023, False)]),
    # the topic a part names is the part's: a total of every kind of case does not take it
    ("全年受理各类案件45件。其中人民调解案件30件,调解成功28件。",
     [("mediation_cases", 30, 2023, False), ("mediation_succeeded", 28, 2023, False)]),
])
def test_a_total_without_an_一审_part_after_it(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a court's lawsuits closed by withdrawal or in-court mediation are no people's mediation
    ("在审结的一审行政案件中,裁定准予撤回起诉、按撤诉处理和调解案件45件。", []),
])
def test_a_courts_ways_of_closing_lawsuits_are_no_mediation(text, expected):
    assert facts(text) == expected


def test_mediation_cases_beside_no_withdrawal():
    assert facts("全镇人民调解委员会受理调解案件45件,调解成功44件。") == [
        ("mediation_cases", 45, 2023, False), ("mediation_succeeded", 44, 2023, False)]


@pytest.mark.parametrize("text", [
    # cases drawn for a quality review are a sample of those handled, not the year's count
    "市法援中心抽取评估法律援助案件120件,评估结果均为合格。",
    "全年组织评查法律援助案件80件。",
])
def test_legal_aid_cases_drawn_for_review_are_no_count(text):
    assert facts(text) == []


@pytest.mark.parametrize("text, expected", [
    # a review said after the cases handled leaves them the count
    ("全年受理法律援助案件412件,组织评查法律援助案卷60件。", [("legal_aid_cases", 412, 2023, False)]),
    ("全年法律援助中心共受理各类案件412件,案件质量评估合格率100%。", [("legal_aid_cases", 412, 2023, False)]),
])
def test_legal_aid_cases_handled_beside_a_review(text, expected):
    assert facts(text) == expected
