"""A text on a part of its year (a summary of the year so far, a release of its first months) gives that part's
figures as its own; a yearly report's part of the year stays only a part.

Every sentence here is written for the test; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts

_PLANS = "(一)推动法治青禾建设。召开依法治县委员会会议,部署2024年法治青禾建设。\n"
_SO_FAR = "(二)推动信息报送争先。2024年截至目前,县本级信息录用排名全市第二。\n"
_WORK = "(三)推动行政争议化解。今年1-6月,青禾县新收行政复议案件52件,办结案件40件,纠错案件3件。\n"
_WORK_FACTS = [("reconsideration_closed", 40, 2024, False), ("reconsideration_corrected", 3, 2024, False),
               ("reconsideration_received", 52, 2024, False)]


def test_a_summary_of_the_year_so_far_keeps_its_figures():
    assert facts(_PLANS + _SO_FAR + _WORK) == _WORK_FACTS
    # …said with 以来 before 截至目前
    assert facts(_PLANS + _SO_FAR.replace("年截至", "年以来截至") + _WORK) == _WORK_FACTS


@pytest.mark.parametrize("why, text", [
    ("the year only planned for", _PLANS + _WORK.replace("1-6月", "上半年")),
    ("another year's so far", _PLANS + _SO_FAR.replace("2024年", "2023年") + _WORK.replace("1-6月", "上半年")),
])
def test_without_the_year_so_far_the_half_is_a_part(why, text):
    assert facts(text) == [], why


def test_the_first_months_are_the_year_so_far_in_any_text():
    # 1-6月 runs from the year's start, as 截至6月底 does: the year's figures so far, not a half's
    assert facts(_PLANS + _WORK) == _WORK_FACTS


_MONTHS = ("2022年1-9月,全市法院共受理各类行政案件1320件。\n"
           "2022年1-9月,全市法院共新收一审行政案件640件,较上年同期减少52件。\n")


def test_a_text_saying_its_year_only_with_its_months_keeps_their_figures():
    assert facts(_MONTHS, report_year=2022) == [("litigation_first_instance", 640, 2022, False)]
    # the quarter alone, too
    assert facts("2022年第三季度,全县新收行政复议案件21件。", report_year=2022) == [
        ("reconsideration_received", 21, 2022, False)]


def test_a_text_saying_its_whole_year_too_drops_them():
    assert facts("2022年,全市法治政府建设稳步推进。\n2022年第三季度,全县新收行政复议案件21件。", report_year=2022) == []
    # …but for its first months, the year so far
    assert facts("2022年,全市法治政府建设稳步推进。\n" + _MONTHS, report_year=2022) == [
        ("litigation_first_instance", 640, 2022, False)]


_HALF = "一、上半年工作开展情况\n上半年,全县受理矛盾纠纷310件,调解成功305件。\n"


@pytest.mark.parametrize("statement", [
    "2024年上半年,青禾县司法局扎实推进各项工作,现将上半年工作开展情况总结如下:\n",
    "2024年,青禾县司法局扎实推进各项工作。现将半年度工作总结如下:\n",
])
def test_a_text_saying_it_sums_up_a_half_keeps_its_figures(statement):
    assert facts(statement + _HALF) == [("mediation_cases", 310, 2024, False), ("mediation_succeeded", 305, 2024, False)]


def test_a_yearly_statement_leaves_the_half_a_part():
    assert facts("2024年,青禾县司法局扎实推进各项工作。现将全年工作总结如下:\n" + _HALF) == []


@pytest.mark.parametrize("text, expected", [
    # YYYY年以来 compared with the same part of the year before, YYYY the latest year said: that year so far
    ("青禾县扎实推进复议工作。2025年以来全县新收行政复议案件64件,与去年同期相比增长31.2%。",
     [("reconsideration_received", 64, 2025, False)]),
    ("青禾县扎实推进复议工作。2024年以来,全县共受理行政复议申请47件,同比增长9.3%。",
     [("reconsideration_received", 47, 2024, False)]),
    ("2021年青禾县成立复议局。2024年至今,全县共受理行政复议申请47件,较上年同期增加6件。",
     [("reconsideration_received", 47, 2024, False)]),
])
def test_a_year_so_far_compared_with_the_year_before_dates_its_figures(text, expected):
    assert facts(text, report_year=None) == expected


@pytest.mark.parametrize("why, text", [
    ("a sum since", "青禾县扎实推进复议工作。2019年以来,全县累计受理行政复议申请380件,同比增长9.3%。"),
    ("no comparison with the year before", "青禾县扎实推进复议工作。2024年以来,全县共受理行政复议申请47件。"),
    ("a later year said", "青禾县扎实推进复议工作。2023年以来,全县共受理行政复议申请47件,同比增长9.3%。2024年将继续推进。"),
])
def test_a_span_since_a_year_stays_undated(why, text):
    assert [y for *_, y, _ in facts(text, report_year=None)] == [None], why
