"""The applications received beside those admitted after review, kinds listed before a 分别 list of counts, the
cases of one respondent after the area's whole,
the year of 今年 and 本年 in an item that gives no date, and the count a rate said over parts is checked against.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_catalog import _load_edited
from test_checks import _checks
from test_metric_families import read

from lawreport.catalog import CatalogError


def facts(text: str, report_year: int | None = 2023, **options):
    """(key, value, year) of each headline metric of `text`."""
    return sorted((k, v, y) for k, v, y, _, _ in read(text, report_year, **options)[0])


# --- received and admitted -------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # the applications received are the year's intake; those admitted after review a subset of them
    ("全年共收到行政复议申请520件,经审查依法受理486件,审结470件。",
     [("reconsideration_closed", 470, 2023), ("reconsideration_received", 520, 2023)]),
    ("2023年新收行政复议申请260件,受理241件。", [("reconsideration_received", 260, 2023)]),
    ("全年共接到行政复议申请180件,立案受理163件。", [("reconsideration_received", 180, 2023)]),
    # in either order, in sentences apart
    ("全县依法受理行政复议案件310件。全年共收到行政复议申请335件。", [("reconsideration_received", 335, 2023)]),
])
def test_what_was_admitted_gives_way_to_what_was_received(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 受理 said alone is the intake
    ("全年受理行政复议申请486件,审结470件。",
     [("reconsideration_closed", 470, 2023), ("reconsideration_received", 486, 2023)]),
    # a received count of another year leaves the year's admitted count its figure
    ("2022年收到行政复议申请300件。2023年受理行政复议申请430件。",
     [("reconsideration_received", 300, 2022), ("reconsideration_received", 430, 2023)]),
    # 接到 a word of receiving only beside an admitted count: alone, what was got is the intake
    ("全年接到行政复议申请180件。", [("reconsideration_received", 180, 2023)]),
])
def test_an_admitted_count_alone_in_its_year_is_the_intake(text, expected):
    assert facts(text) == expected


def test_an_admitted_count_needs_what_it_was_admitted_of(tmp_path):
    with pytest.raises(CatalogError, match=r"reconsideration_received\): received and admitted go together"):
        _load_edited(tmp_path, "received = ['收到', '新收', '接收', '接到']\n", "")


# --- kinds listed before a 分别 list ---------------------------------------------------------

def test_kinds_listed_before_their_counts_are_shares_of_the_whole():
    assert facts("全年办理法律援助案件960件,办理刑事、民事法律援助案件分别为610件、340件。") \
        == [("legal_aid_cases", 960, 2023)]
    assert facts("全年调解矛盾纠纷1500件,调解婚姻家庭、邻里纠纷分别为420件、390件。") \
        == [("mediation_cases", 1500, 2023)]


def test_labels_listed_before_their_counts_each_keep_their_value():
    assert facts("受理法律援助案件、办理公证分别为1300件、4200件。") \
        == [("legal_aid_cases", 1300, 2023), ("notarizations", 4200, 2023)]


# --- the cases brought against one body -------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("2024年全区共受理一审行政案件840件。以乡镇政府为被告的案件56件,占比6.7%。", [("litigation_first_instance", 840, 2024)]),
    ("2024年全区收到行政复议申请300件,以区政府部门为被申请人的案件250件。", [("reconsideration_received", 300, 2024)]),
])
def test_a_respondent_s_cases_after_the_area_s_whole_are_its_share(text, expected):
    assert facts(text, 2024) == expected


@pytest.mark.parametrize("text, expected", [
    # said alone: the report's own cases
    ("全年以区政府为被告的行政诉讼案件35件,审结30件。", [("litigation_first_instance", 35, 2024)]),
    # the whole of another year; 2024年 before 以 dates the clause (not 2024年以来, a span)
    ("2023年全区共受理一审行政案件800件。2024年以区政府为被告的案件35件。",
     [("litigation_first_instance", 35, 2024), ("litigation_first_instance", 800, 2023)]),
    ("2020年以来,以区政府为被告的案件共35件。", [("litigation_first_instance", 35, None)]),
])
def test_a_respondent_s_cases_alone_in_their_year_are_the_figure(text, expected):
    assert facts(text, 2024) == expected


# --- 今年 in an undated item ---------------------------------------------------------------------

CONTRASTED = "2022年,全县化解矛盾纠纷310件。今年化解矛盾纠纷470件。"


def test_this_year_of_an_undated_item_is_not_the_paragraph_s_year():
    assert facts(CONTRASTED, None) == [("mediation_cases", 310, 2022), ("mediation_cases", 470, None)]
    assert facts(CONTRASTED, 2022, plans_next_year=False) \
        == [("mediation_cases", 310, 2022), ("mediation_cases", 470, None)]


def test_this_year_is_the_item_s_date_or_the_yearly_report_s_year():
    assert facts(CONTRASTED, None, published_year=2023) \
        == [("mediation_cases", 310, 2022), ("mediation_cases", 470, 2023)]
    assert facts(CONTRASTED, 2023) == [("mediation_cases", 310, 2022), ("mediation_cases", 470, 2023)]


OWN_YEAR = "2022年,全县化解矛盾纠纷310件。本年化解矛盾纠纷470件。"


def test_this_year_of_a_report_is_its_own_year():
    assert facts(OWN_YEAR, 2023) == [("mediation_cases", 310, 2022), ("mediation_cases", 470, 2023)]
    # a release published the next year on the year before: its 本年 is the year it is on
    assert facts(OWN_YEAR, 2023, published_year=2024, plans_next_year=False) \
        == [("mediation_cases", 310, 2022), ("mediation_cases", 470, 2023)]
    assert facts(OWN_YEAR, None) == [("mediation_cases", 310, 2022), ("mediation_cases", 470, None)]


# --- a rate over a numerator said in parts -----------------------------------------------------

def test_a_rate_disagreeing_with_parts_reports_their_sum():
    text, checks = _checks("审结行政复议案件400件,撤销和确认违法52件,变更和责令履行20件,纠错率21%。")
    assert checks == [(False, 18.0, [("审结行政复议案件400件", text.index("审结")),
                                      ("撤销和确认违法52件", text.index("撤销")),
                                      ("变更和责令履行20件", text.index("变更")),
                                      ("纠错率21%", text.index("纠错率"))])]


def test_parts_beyond_the_denominator_are_no_sum_of_it():
    text, checks = _checks("审结行政复议案件60件,撤销和确认违法40件,变更和责令履行30件,纠错率21%。")
    assert checks == [(False, 66.67, [("审结行政复议案件60件", text.index("审结")),
                                       ("撤销和确认违法40件", text.index("撤销")),
                                       ("纠错率21%", text.index("纠错率"))])]
