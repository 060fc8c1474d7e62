"""Decisions made as the cases closed, the counts after a clause that names the cases they sort, and the newly
received part of an intake that holds cases carried over, as reports write them.

Every sentence here is written for the test, and read with the report's year given.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


def facts(text: str):
    """(key, value, year, target) of each headline metric of `text`, read in a report on 2023."""
    return sorted((k, v, y, t) for k, v, y, t, _ in read(text)[0])


@pytest.mark.parametrize("text, expected", [
    # the decisions made are the cases closed where nothing else counts them
    ("全年收到行政复议申请64件,作出行政复议决定52件。",
     [("reconsideration_closed", 52, 2023, False), ("reconsideration_received", 64, 2023, False)]),
    ("本年度作出复议决定的案件37件。", [("reconsideration_closed", 37, 2023, False)]),
])
def test_decisions_made_are_the_cases_closed(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # beside the cases closed, the decisions are a part of them (the rest were ended or refused)
    ("全年审结行政复议案件58件,作出行政复议决定49件,终止审理9件。", [("reconsideration_closed", 58, 2023, False)]),
    # a court's review of decisions counts no case closed by the agency
    ("法院对作出行政复议决定的案件判决撤销4件。", []),
])
def test_decisions_beside_the_cases_closed_are_a_part(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全年办理法律援助案件410件,在办理的案件中,刑事法律援助案件150件,民事法律援助案件260件。",
     [("legal_aid_cases", 410, 2023, False)]),
    # the clause opens the next sentence, and the paragraph after the total
    ("全年办理法律援助案件410件。在办理的案件中,刑事法律援助案件150件。", [("legal_aid_cases", 410, 2023, False)]),
    # the cases named by their kind (在办理的刑事法律援助案件中)
    ("全年办理法律援助案件410件。在办理的刑事法律援助案件中,未成年人法律援助案件36件。",
     [("legal_aid_cases", 410, 2023, False)]),
    ("全年受理行政复议案件72件。\n  受理的案件中,以县政府为被申请人的案件21件。\n",
     [("reconsideration_received", 72, 2023, False)]),
])
def test_counts_after_the_cases_they_sort_are_parts(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # no total before: the count after the clause is the one figure there is
    ("在受理的行政复议案件中,以县政府为被申请人的案件21件。", [("reconsideration_received", 21, 2023, False)]),
    # a count of another key after the clause is that key's figure
    ("全年审结行政复议案件58件。在审结的案件中,直接纠错7件。",
     [("reconsideration_closed", 58, 2023, False), ("reconsideration_corrected", 7, 2023, False)]),
])
def test_a_count_after_no_total_of_its_key_is_the_headline(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全年受理行政复议案件31件(其中新收28件,上年结转3件),审结27件。",
     [("reconsideration_closed", 27, 2023, False), ("reconsideration_received", 28, 2023, False)]),
    ("全年受理行政复议案件31件,其中:新收28件,上年结转3件。", [("reconsideration_received", 28, 2023, False)]),
    ("全年受理行政复议案件31件。其中新收28件,上年结转3件。", [("reconsideration_received", 28, 2023, False)]),
])
def test_the_newly_received_part_is_the_intake(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a part of another kind leaves the total
    ("全年受理行政复议案件31件,其中行政处罚类14件。", [("reconsideration_received", 31, 2023, False)]),
    # the new cases' share of the cases closed is no intake
    ("全年审结行政复议案件30件,其中新收案件审结26件。", [("reconsideration_closed", 30, 2023, False)]),
])
def test_other_parts_leave_the_total(text, expected):
    assert facts(text) == expected


# The area's mediation read by any of its figures (cases, successes, rate): a specialised body's counts after it
# are its share, whichever key they are of.
@pytest.mark.parametrize("text, expected", [
    ("全区人民调解组织成功调处矛盾纠纷3980件;区医调委调解医疗纠纷64件,调解成功58件。",
     [("mediation_succeeded", 3980, 2023, False)]),
    ("全区人民调解组织成功调处矛盾纠纷3980件。区交调委受理交通事故纠纷220件。",
     [("mediation_succeeded", 3980, 2023, False)]),
    # and its rate after them: the body's, no second rate of the area's
    ("全区人民调解组织调解纠纷5600件,调解成功率98%。区医调委调解医疗纠纷300件,调解成功率95%。",
     [("mediation_cases", 5600, 2023, False), ("mediation_success_rate", 98, 2023, False)]),
    ("全区人民调解组织调解纠纷5600件。区医调委调解医疗纠纷300件,调解成功率95%。",
     [("mediation_cases", 5600, 2023, False)]),
])
def test_a_specialised_bodys_counts_after_another_figure_of_the_area_are_parts(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    # a specialised body's disputes as one kind of a list of the area's (another kind after or, after 其中, before
    # them): the rate after the list is the area's, as stated
    "全镇共调处矛盾纠纷60件,成功59件,其中医疗纠纷2件,家庭纠纷58件,调解成功率98.3%。",
    "全镇共调处矛盾纠纷60件,成功59件,其中土地纠纷调解7起,物业纠纷3件,调解成功率98.3%。",
    "全镇共调处矛盾纠纷60件,成功59件,其中土地承包1件,物业纠纷3件,调解成功率98.3%。",
])
def test_a_specialised_kind_in_a_list_of_the_areas_disputes_leaves_the_rate_the_areas(text):
    assert ("mediation_success_rate", 98.3, 2023, False, "调解成功率98.3%") in read(text)[0]


@pytest.mark.parametrize("text", [
    # the body named before its disputes, no list: its share, its rate
    "全镇共调处矛盾纠纷60件,成功59件,镇医调委调解医疗纠纷2件,调解成功率98.3%。",
    # a kind before them with no part marker is not a list of parts
    "全镇共调处矛盾纠纷60件,成功59件;土地纠纷调解7起,物业纠纷3件,调解成功率98.3%。",
    # nor a body named after the part before
    "全镇共调处矛盾纠纷60件,成功59件,其中人民调解50件,镇医调委调解医疗纠纷10件,调解成功率98.3%。",
])
def test_a_specialised_kind_alone_keeps_the_rate_the_bodys(text):
    assert all(key != "mediation_success_rate" for key, *_ in read(text)[0])


@pytest.mark.parametrize("text, expected", [
    # a figure of another body of work read before leaves the specialised body's figures the only ones
    ("全区办理法律援助案件640件。区医调委调解医疗纠纷64件,调解成功58件。",
     [("legal_aid_cases", 640, 2023, False), ("mediation_cases", 64, 2023, False),
      ("mediation_succeeded", 58, 2023, False)]),
    ("全区办理法律援助案件640件。区医调委调解医疗纠纷64件,调解成功率90.6%。",
     [("legal_aid_cases", 640, 2023, False), ("mediation_cases", 64, 2023, False),
      ("mediation_success_rate", 90.6, 2023, False)]),
])
def test_a_specialised_bodys_counts_after_another_work_are_the_figures(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 一审 inside the kind of case heard: the hearings, which the heads' appearances are a share of
    ("全年开庭审理行政一审诉讼案件57件,行政机关负责人出庭应诉52件。",
     [("head_appearances", 52, 2023, False), ("litigation_hearings", 57, 2023, False)]),
])
def test_hearings_of_first_instance_cases(text, expected):
    assert facts(text) == expected


def test_first_instance_cases_brought_are_no_hearings():
    assert facts("全年新收一审行政诉讼案件57件。") == [("litigation_first_instance", 57, 2023, False)]


@pytest.mark.parametrize("text, expected", [
    # the share resolved at the grassroots is no success rate of mediation
    ("全县调解矛盾纠纷3120件,矛盾纠纷基层一线化解率达90.6%。", [("mediation_cases", 3120, 2023, False)]),
    ("全县调解矛盾纠纷3120件,一线化解率为88%。", [("mediation_cases", 3120, 2023, False)]),
    # the share resolved of the disputes mediated is
    ("全县调解矛盾纠纷3120件,化解率达97.4%。",
     [("mediation_cases", 3120, 2023, False), ("mediation_success_rate", 97.4, 2023, False)]),
])
def test_a_share_resolved_at_the_grassroots_is_no_success_rate(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the kinds listed after 其中, each with the total's label: every item is a part, not only the first
    ("全年办理公证事项4200件,其中国内公证事项3100件,涉外公证事项1100件。", [("notarizations", 4200, 2023, False)]),
    ("全年办理法律援助案件720件,其中刑事法律援助案件260件,民事法律援助案件450件。",
     [("legal_aid_cases", 720, 2023, False)]),
])
def test_later_items_of_a_list_after_其中_are_parts(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a figure of another label after the part is read for itself
    ("全年调解矛盾纠纷640件,其中婚姻家庭纠纷150件,调解成功628件。",
     [("mediation_cases", 640, 2023, False), ("mediation_succeeded", 628, 2023, False)]),
    # kinds listed with no 其中 and no total are parts, none the figure: their sum is (test_metrics_notarization_kinds)
    ("全年办理国内公证事项3100件,涉外公证事项1100件。", [("notarizations", 4200, 2023, False)]),
])
def test_a_figure_after_no_part_is_read(text, expected):
    assert facts(text) == expected


_UNIT_COLUMN_TABLE = """全县人民调解业务数据
指标 | 单位 | 2023年 | 2022年
{row}
"""


@pytest.mark.parametrize("row, expected", [
    # a unit column that says % makes the row's bare figures percentages of its rate
    ("调解成功率 | % | 98.6 | 98.1", [("mediation_success_rate", 98.1, 2022, False),
                                     ("mediation_success_rate", 98.6, 2023, False)]),
    ("受理矛盾纠纷 | 件 | 3140 | 2980", [("mediation_cases", 2980, 2022, False), ("mediation_cases", 3140, 2023, False)]),
])
def test_a_unit_column_gives_the_rows_figures_their_unit(row, expected):
    assert facts(_UNIT_COLUMN_TABLE.format(row=row)) == expected


@pytest.mark.parametrize("row", [
    # another measure in the unit column leaves the figures unread
    "法律援助经费 | 万元 | 86 | 80",
    # a percentage of no rate is no headline value
    "婚姻家庭纠纷占比 | % | 31.2 | 29.8",
])
def test_a_unit_column_of_another_measure_gives_no_count(row):
    assert facts(_UNIT_COLUMN_TABLE.format(row=row)) == []


@pytest.mark.parametrize("text, expected", [
    # the level a series reached in the year the report is about, said as 今年 or 本年
    ("行政机关负责人出庭应诉率从上年的88%提高到今年的100%。",
     [("head_appearance_rate", 88, 2022, False), ("head_appearance_rate", 100, 2023, False)]),
    ("行政复议纠错率由上年的9.4%下降到本年的7.2%。",
     [("reconsideration_correction_rate", 7.2, 2023, False), ("reconsideration_correction_rate", 9.4, 2022, False)]),
])
def test_a_series_reaching_this_year(text, expected):
    assert facts(text) == expected


def test_a_series_reaching_a_year_it_names():
    assert facts("行政复议纠错率由2021年的9.4%下降到2022年的7.2%。") == [
        ("reconsideration_correction_rate", 7.2, 2022, False), ("reconsideration_correction_rate", 9.4, 2021, False)]


@pytest.mark.parametrize("office", ["区行政复议与应诉中心", "县复议应诉科", "市行政复议和应诉工作局"])
def test_an_office_named_for_responding_to_lawsuits_still_takes_in_reconsideration(office):
    # the office's name says 应诉; the cases it received and closed are reconsideration cases
    assert facts(f"{office}收到行政复议申请255件,审结221件。") == [
        ("reconsideration_closed", 221, 2023, False), ("reconsideration_received", 255, 2023, False)]


def test_cases_responded_to_in_court_are_no_reconsideration():
    assert facts("行政复议案件收到120件,行政应诉案件收到60件。") == [("reconsideration_received", 120, 2023, False)]
    assert facts("行政复议案件办结100件,行政应诉案件办结50件。") == [("reconsideration_closed", 100, 2023, False)]
