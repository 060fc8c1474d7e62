"""Shapes of metric sentences as published reports write them, each with a near sentence read otherwise.

Every sentence here is written for the test (invented places and numbers). The
interpreter runs on it directly with the report's year given, as in
test_metric_families.py; each rule below has a sentence that passes only with it
and one that fails if the rule reaches too far.
"""

from __future__ import annotations

import pytest
from test_metric_families import read

from lawreport import extract
from lawreport.metrics import own_level


def found(text: str, **options):
    """(key, value, evidence) of the headline metrics of `text`."""
    return [(k, v, e) for k, v, _, _, e in read(text, **options)[0]]


# --- a label ending in the noun of its number (案件数, 案件数量, 败诉数) ---------------------------

COUNT_NOUNS = [
    ("审结复议案件数为86件。", [("reconsideration_closed", 86, "审结复议案件数为86件")]),
    ("新收行政复议案件数量为132件。", [("reconsideration_received", 132, "新收行政复议案件数量为132件")]),
    ("行政复议案件总数57件。", [("reconsideration_received", 57, "行政复议案件总数57件")]),
    ("法律援助案件数量达到436件。", [("legal_aid_cases", 436, "法律援助案件数量达到436件")]),
    ("一审应诉案件数量为38件。", [("litigation_first_instance", 38, "一审应诉案件数量为38件")]),
    ("败诉数为3件。", [("litigation_lost", 3, "败诉数为3件")]),
    ("调解成功数为77件。", [("mediation_succeeded", 77, "调解成功数为77件")]),
    ("人民调解组织受理矛盾纠纷数量为315件。", [("mediation_cases", 315, "调解组织受理矛盾纠纷数量为315件")]),
    ("负责人出庭应诉案件数为29件。", [("head_appearances", 29, "负责人出庭应诉案件数为29件")]),
    ("复议纠错数为4件。", [("reconsideration_corrected", 4, "纠错数为4件")]),
]


@pytest.mark.parametrize(("text", "expected"), COUNT_NOUNS)
def test_a_count_label_may_end_in_the_noun_of_its_number(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    # 人数, 次数, 户数: the noun of another measure, after a word that is no label's end.
    "参与调解人数为96个。",
    "调解纠纷次数为45件。",
    "法律援助受援人数为310个。",
    "受理法律援助案件涉及户数215个。",
    # the noun alone, or after a word no label ends in
    "矛盾纠纷增量为12件。",
])
def test_the_noun_of_another_measure_names_no_count(text):
    assert found(text) == []


# --- the first-instance part of a lawsuit total ------------------------------------------------

FIRST_INSTANCE = [
    ("办理行政诉讼案件47宗,其中一审案件35宗,二审12宗。", [("litigation_first_instance", 35, "一审案件35宗")]),
    ("全年行政应诉案件74件,其中一审56件。", [("litigation_first_instance", 56, "一审56件")]),
    ("应诉行政诉讼案件63件(一审48件)。", [("litigation_first_instance", 48, "一审48件")]),
    ("行政诉讼方面,全年新收一审案件36件。", [("litigation_first_instance", 36, "一审案件36件")]),
    ("全年行政应诉案件74件,其中一审案件56件、二审案件18件。", [("litigation_first_instance", 56, "一审案件56件")]),
]


@pytest.mark.parametrize(("text", "expected"), FIRST_INSTANCE)
def test_the_first_instance_part_of_a_lawsuit_total_is_the_value(text, expected):
    assert found(text) == expected


def test_a_lawsuit_total_without_first_instance_is_still_the_value():
    assert found("全年行政应诉案件74件。") == [("litigation_first_instance", 74, "行政应诉案件74件")]
    # a heading run into its text: 出庭 before the total rules out no 行政应诉案件
    assert found("二、履行负责人出庭应诉职责某镇全年共有行政应诉案件3件。") == [
        ("litigation_first_instance", 3, "行政应诉案件3件")]


@pytest.mark.parametrize("text", [
    "全年新收一审案件36件。",  # no lawsuit named: whose cases?
    "受理行政复议案件74件,其中一审56件。",  # a reconsideration total
    "审结行政诉讼案件47件,其中一审35件。",  # a part of the cases closed
    "行政应诉工作中,全市法院受理一审案件5200件。",  # a court's every kind of case
    "全年行政应诉案件74件,其中民事一审56件。",
])
def test_first_instance_alone_needs_a_lawsuit_count(text):
    assert [m for m in found(text) if m[0] == "litigation_first_instance"] == []


# --- heads of a department by post -------------------------------------------------------------

HEADS = [
    ("局长出庭应诉4次。", [("head_appearances", 4, "局长出庭应诉4次")]),
    ("党组书记、局长亲自出庭应诉2次。", [("head_appearances", 2, "局长亲自出庭应诉2次")]),
    ("副厅长带头出庭应诉3件。", [("head_appearances", 3, "副厅长带头出庭应诉3件")]),
    ("局领导出庭应诉7件,出庭率100%。",
     [("head_appearances", 7, "领导出庭应诉7件"), ("head_appearance_rate", 100, "出庭率100%")]),
    ("局长出庭应诉率为100%。", [("head_appearance_rate", 100, "出庭应诉率为100%")]),
    ("负责人出庭应诉案件数为43件。", [("head_appearances", 43, "负责人出庭应诉案件数为43件")]),
]


@pytest.mark.parametrize(("text", "expected"), HEADS)
def test_a_department_head_named_by_post_appears_in_court(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "代理人出庭应诉7件,出庭率100%。",  # an agent, and a rate no head's
    "律师出庭应诉7件。",
    "局长出庭旁听庭审4次。",  # in the audience
    "局长接待来访群众4次。",
    "开通局长热线,出庭率100%。",  # a hotline names no head
])
def test_an_agent_or_another_duty_of_a_head_is_no_appearance(text):
    assert found(text) == []


# --- targets stated among achievements --------------------------------------------------------

TARGETS = [
    # (sentence, (key, value, year planned, evidence))
    ("明年将办理法律援助案件280件。", ("legal_aid_cases", 280, 2024, "法律援助案件280件")),
    ("来年力争调解成功率达到99%。", ("mediation_success_rate", 99, 2024, "调解成功率达到99%")),
    ("面向新的一年,我们将办理法律援助案件280件。", ("legal_aid_cases", 280, 2024, "法律援助案件280件")),
    ("下一年度将受理法律援助案件280件。", ("legal_aid_cases", 280, 2024, "法律援助案件280件")),
    ("我局还将把法律援助案件办理量提高到280件。", ("legal_aid_cases", 280, 2023, "法律援助案件办理量提高到280件")),
    ("全年将继续办理法律援助案件280件。", ("legal_aid_cases", 280, 2023, "法律援助案件280件")),
]


@pytest.mark.parametrize(("text", "expected"), TARGETS)
def test_a_future_or_a_plan_among_achievements_is_a_target(text, expected):
    key, value, year, evidence = expected
    assert read(text)[0] == [(key, value, year, True, evidence)]


@pytest.mark.parametrize("text", [
    "全年办理法律援助案件310件,超额完成年度计划。",  # the plan named after the figure
    "制定年度普法计划,全年办理法律援助案件310件。",  # a plan that is a document, not a figure planned
    "将法律援助纳入民生实事项目,全年办理法律援助案件310件。",  # 将 before its object: what was done
    "原计划办理法律援助案件280件,实际办理法律援助案件310件。",  # the outcome after the plan
])
def test_a_plan_word_that_plans_no_figure_leaves_an_achievement(text):
    metrics = read(text)[0]
    assert ("legal_aid_cases", 310, 2023, False) in [m[:4] for m in metrics]


def test_a_next_year_with_a_publication_date_still_plans_for_the_year_after_the_report():
    assert read("明年将办理法律援助案件280件。", published_year=2024)[0] == [
        ("legal_aid_cases", 280, 2024, True, "法律援助案件280件")]


# --- a rate label holding 年 of its own -------------------------------------------------------

RATE_LABELS = [
    ("年度学法考法达标率为97%。", ("年度学法考法达标率", 97)),
    ("年度考核优秀率为18%。", ("年度考核优秀率", 18)),
    ("未成年人法治教育覆盖率为96%。", ("未成年人法治教育覆盖率", 96)),
    # a year before the label is no part of it
    ("2023年度学法考法达标率为97%。", ("学法考法达标率", 97)),
    ("2023年学法考法达标率为97%。", ("学法考法达标率", 97)),
    ("全年调解成功率为97%。", ("调解成功率", 97)),
    ("上年度群众满意率为97%。", ("群众满意率", 97)),
    ("年内群众满意率为97%。", ("群众满意率", 97)),
    # 使 of 使用 is the label's own word; 使 causing a change is no part of it
    ("办案经费使用率为93%。", ("办案经费使用率", 93)),
    ("通过回访使群众满意率达到97%。", ("群众满意率", 97)),
]


@pytest.mark.parametrize(("text", "expected"), RATE_LABELS)
def test_a_rate_label_is_whole_and_a_year_before_it_is_cut(text, expected):
    assert read(text)[1] == [expected]


# --- the year a comparison names --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "收到行政复议申请820件,是2022年的3倍,审结650件。",
    "收到行政复议申请820件,为2022年度的两倍,审结650件。",
    "收到行政复议申请820件,相当于前年的1.5倍,审结650件。",
])
def test_a_year_compared_with_dates_nothing_after_it(text):
    years = {v: y for _, v, y, _, _ in read(text, published_year=2024)[0]}
    assert years == {820: 2023, 650: 2023}


def test_a_year_that_dates_the_clause_still_dates_it():
    years = {v: y for _, v, y, _, _ in read("收到行政复议申请820件,2022年受理650件。", published_year=2024)[0]}
    assert years == {820: 2023, 650: 2022}


# --- figures of a place above the report's own, and each unit's -------------------------------

COUNTY, CITY = own_level("安徽省", "宣城市", "泾县"), own_level("安徽省", "宣城市", None)


def test_the_level_of_a_report_s_own_place():
    assert (COUNTY, CITY, own_level("安徽省", None, None), own_level(None, None, None)) == (1, 2, 3, None)
    assert own_level("江苏省", "无锡市", "宜兴市") == CITY  # a county-level city says 全市 of itself


def test_a_figure_of_the_city_in_a_county_s_report_is_not_the_county_s():
    text = "全县调解成功率为98.2%,全市调解成功率为97.1%。"
    assert found(text, level=COUNTY) == [("mediation_success_rate", 98.2, "调解成功率为98.2%")]
    text = "全县调解成功率为98.2%。全市各级调解组织受理矛盾纠纷3120件,调解成功3090件。"
    assert found(text, level=COUNTY) == [("mediation_success_rate", 98.2, "调解成功率为98.2%")]


@pytest.mark.parametrize("text, expected", [
    # the report says 我县 of itself: 全市 is above it
    ("我县调解成功率为98.2%。全市各级调解组织受理矛盾纠纷3120件。", [("mediation_success_rate", 98.2, "调解成功率为98.2%")]),
    # it never speaks of its county as a whole: the level came from a place named in passing, and 全市 is the item's
    ("全市各级调解组织受理矛盾纠纷3120件,调解成功3090件。",
     [("mediation_cases", 3120, "调解组织受理矛盾纠纷3120件"), ("mediation_succeeded", 3090, "调解成功3090件")]),
])
def test_a_place_is_above_only_a_level_the_report_speaks_of_as_a_whole(text, expected):
    assert found(text, level=COUNTY) == expected


@pytest.mark.parametrize("text, of_no_place", [
    # a report of no place: the nation's rate beside the county's rate of the same key is the one it is set against
    # (test_metrics_wider_places_set_beside); the nation's count of another key is kept
    ("全县行政复议纠错率为8%。全国行政复议纠错率为12.83%。", 1),
    ("全县行政复议纠错率为8%。2023年,全国新收行政复议案件31.5万件。", 2),
])
def test_the_nation_s_figure_is_not_a_county_s(text, of_no_place):
    assert found(text, level=COUNTY) == [("reconsideration_correction_rate", 8, "行政复议纠错率为8%")]
    assert ("reconsideration_correction_rate", 8, "行政复议纠错率为8%") in found(text)
    assert len(found(text)) == of_no_place


@pytest.mark.parametrize("text", [
    "全县获评全国法治政府建设示范县,全年受理行政复议申请120件。",  # an honour, in a clause before
    "全县依托全国行政复议信息平台受理行政复议申请120件。",  # a national system the work went through
    "全县受理行政复议申请120件,位居全国前列。",  # a rank after the figure
])
def test_the_nation_named_otherwise_leaves_a_county_s_figure_its_own(text):
    assert found(text, level=COUNTY) == [("reconsideration_received", 120, "受理行政复议申请120件")]


def test_a_rank_among_the_city_leaves_the_county_s_figures_its_own():
    text = "行政诉讼案件16件,同比下降40%,全市降幅最大,败诉案件1件。"
    assert found(text, level=COUNTY) == [("litigation_first_instance", 16, "行政诉讼案件16件"),
                                         ("litigation_lost", 1, "败诉案件1件")]


def test_the_same_figures_in_the_city_s_report_are_its_own():
    assert found("全市各级调解组织受理矛盾纠纷3120件,调解成功3090件。", level=CITY) == [
        ("mediation_cases", 3120, "调解组织受理矛盾纠纷3120件"), ("mediation_succeeded", 3090, "调解成功3090件")]


TOWN = own_level("安徽省", "宣城市", "泾县", "青石镇人民政府")


@pytest.mark.parametrize("issuer", ["青石镇人民政府", "青石镇", "白沙街道办事处", "白沙街道", "泾县白沙乡人民政府"])
def test_a_town_s_or_a_street_s_report_is_below_its_county(issuer):
    assert own_level("安徽省", "宣城市", "泾县", issuer) == own_level(None, None, None, issuer) == TOWN < COUNTY


@pytest.mark.parametrize("issuer", ["泾县人民政府", "泾县司法局", "白沙派出所", "青石镇司法所", None])
def test_another_issuer_leaves_the_level_of_the_region(issuer):
    assert own_level("安徽省", "宣城市", "泾县", issuer) == COUNTY


@pytest.mark.parametrize("text, expected", [
    # the county's figures beside the town's: another place's, the town's kept
    ("全镇共调解矛盾纠纷120件,调解成功118件。全县共调解矛盾纠纷3456件,调解成功率99.1%。",
     [("mediation_cases", 120, "调解矛盾纠纷120件"), ("mediation_succeeded", 118, "调解成功118件")]),
    ("我街道共受理矛盾纠纷230件,调解成功226件,在全区各级调委会调解纠纷5600件中占比4.1%。",
     [("mediation_cases", 230, "受理矛盾纠纷230件"), ("mediation_succeeded", 226, "调解成功226件")]),
    ("镇司法所共办理法律援助案件15件,全县共办理法律援助案件820件。本镇持续深化法治建设。",
     [("legal_aid_cases", 15, "法律援助案件15件")]),
    # the county's campaign, the town's figure after its own call
    ("全县开展矛盾纠纷排查化解专项行动,我镇共调解纠纷64件。", [("mediation_cases", 64, "调解纠纷64件")]),
])
def test_the_parent_s_figures_in_a_town_s_report_are_not_the_town_s(text, expected):
    assert found(text, level=TOWN) == expected


def test_a_county_s_report_keeps_its_county_s_figures():
    text = "全县共调解矛盾纠纷3456件,调解成功率99.1%。"
    assert found(text, level=COUNTY) == [("mediation_cases", 3456, "调解矛盾纠纷3456件"),
                                         ("mediation_success_rate", 99.1, "调解成功率99.1%")]


def test_a_town_s_issuer_reaches_the_metrics_of_extract():
    text = ("青石镇人民政府2023年法治政府建设工作报告\n一、化解矛盾纠纷\n全镇共调解矛盾纠纷120件,调解成功118件。"
            "全县共调解矛盾纠纷3456件,调解成功率99.1%。\n")
    assert [(m.key, m.value, m.derived) for m in extract(text).metrics] == [
        ("mediation_cases", 120, False), ("mediation_succeeded", 118, False), ("mediation_success_rate", 98.33, True)]
    county = "青禾县人民政府2023年法治政府建设工作报告\n一、化解矛盾纠纷\n全县共调解矛盾纠纷3456件,调解成功率99.1%。\n"
    assert [(m.key, m.value) for m in extract(county).metrics] == [("mediation_cases", 3456), ("mediation_success_rate", 99.1)]


def test_a_report_s_level_reaches_the_metrics_of_extract():
    text = "上海市宝山区司法局2023年法治政府建设情况报告\n\n一、主要举措和成效\n全市调解成功率为97.1%。全区调解成功率为98.6%。\n"
    assert [(m.key, m.value) for m in extract(text).metrics] == [("mediation_success_rate", 98.6)]


def test_a_bound_of_each_unit_is_no_headline_value():
    assert found("三县行政复议年收案数均不足500件。") == []
    assert found("各镇调解组织受理矛盾纠纷均超过300件。") == []


def test_a_bound_of_the_report_s_own_is_still_read():
    assert read("行政复议年收案数不足500件。")[0] == [("reconsideration_received", 500, 2023, False, "收案数不足500件")]


# --- a count noun made of the rule's own measure words (出庭应诉次数, 出庭应诉人次) -----------------

APPEARANCE_NOUNS = [
    ("负责人出庭应诉的行政诉讼案件27件。", [("head_appearances", 27, "负责人出庭应诉的行政诉讼案件27件")]),
    ("行政机关负责人出庭应诉的案件有31件。", [("head_appearances", 31, "行政机关负责人出庭应诉的案件有31件")]),
    ("本局负责人出庭应诉次数为17次。", [("head_appearances", 17, "负责人出庭应诉次数为17次")]),
    ("行政机关负责人出庭应诉人次达到64人次。", [("head_appearances", 64, "行政机关负责人出庭应诉人次达到64人次")]),
    ("局领导出庭次数共9次。", [("head_appearances", 9, "领导出庭次数共9次")]),
    ("行政诉讼案件总件数为41件。", [("litigation_first_instance", 41, "行政诉讼案件总件数为41件")]),
]


@pytest.mark.parametrize(("text", "expected"), APPEARANCE_NOUNS)
def test_a_label_may_end_in_a_noun_of_its_own_measure_words(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "负责人出庭应诉人数为12人。",  # heads, not appearances: 人 is no measure word of the rule
    "化解矛盾纠纷次数为31件。",  # 次 counts no disputes
])
def test_a_noun_of_another_rule_s_measure_names_no_count(text):
    assert found(text) == []


# --- what was done against a plan's figure said just before (…,实际办理320件) ----------------------

def test_the_actual_figure_after_a_plan_takes_its_label_and_is_no_target():
    assert read("全年计划办理法律援助案件280件,实际办理310件。")[0] == [
        ("legal_aid_cases", 280, 2023, True, "法律援助案件280件"),
        ("legal_aid_cases", 310, 2023, False, "实际办理310件")]
    assert read("年初计划受理法律援助案件450件,实际受理512件。")[0] == [
        ("legal_aid_cases", 450, 2023, True, "法律援助案件450件"),
        ("legal_aid_cases", 512, 2023, False, "实际受理512件")]
    assert read("力争调解矛盾纠纷900件,实际调解1015件。")[0] == [
        ("mediation_cases", 900, 2023, True, "调解矛盾纠纷900件"),
        ("mediation_cases", 1015, 2023, False, "实际调解1015件")]


def test_an_actual_figure_after_an_achievement_or_without_a_verb_of_the_work_is_not_read():
    # the figure before is no plan's: nothing says what 实际 is set against
    assert read("受理法律援助案件450件,实际到账补贴36件。")[0] == [
        ("legal_aid_cases", 450, 2023, False, "法律援助案件450件")]
    # a clause naming something else after 实际
    assert read("计划办理法律援助案件450件,实际到位律师38个。")[0] == [
        ("legal_aid_cases", 450, 2023, True, "法律援助案件450件")]


# --- a target named by its label's last word (任务数, 目标任务, 目标) -----------------------------

TARGET_LABELS = [
    ("省厅下达我市法律援助案件任务数为1800件。", [("legal_aid_cases", 1800, 2023, True, "法律援助案件任务数为1800件")]),
    ("全年调解矛盾纠纷目标任务为2600件。", [("mediation_cases", 2600, 2023, True, "调解矛盾纠纷目标任务为2600件")]),
    ("2022年办理公证目标为3000件。", [("notarizations", 3000, 2022, True, "办理公证目标为3000件")]),
    ("市局下达法律援助案件目标任务700件,实际完成766件。",
     [("legal_aid_cases", 700, 2023, True, "法律援助案件目标任务700件"),
      ("legal_aid_cases", 766, 2023, False, "实际完成766件")]),
]


@pytest.mark.parametrize(("text", "expected"), TARGET_LABELS)
def test_a_label_ending_in_a_task_is_a_target_of_the_label(text, expected):
    assert read(text)[0] == expected


@pytest.mark.parametrize("text", [
    "完成重点任务36件。",  # a task of no headline label
    "法律援助案件120件,任务完成。",  # the task said after the figure's clause
])
def test_a_task_of_no_label_or_after_the_figure_makes_no_target(text):
    assert all(not target for *_, target, _ in read(text)[0])
    assert read("完成重点任务36件。")[0] == []


# --- legal-aid cases named a clause after legal aid (拓宽法律援助渠道,办理案件3100件) -----------------

def test_cases_handled_after_legal_aid_is_named_are_legal_aid_cases():
    assert found("畅通法律援助绿色通道,全年办理案件2180件。") == [("legal_aid_cases", 2180, "办理案件2180件")]
    assert found("【法律援助】受理案件640件。") == [("legal_aid_cases", 640, "受理案件640件")]
    assert found("法律援助方面,全年共承办515件,其中民事案件300件。") == [("legal_aid_cases", 515, "承办515件")]


def test_cases_closed_or_each_year_s_after_legal_aid_take_no_bare_verb():
    # 办结 counts a part of the cases handled
    assert found("受理法律援助案件640件,办结598件。") == [("legal_aid_cases", 640, "法律援助案件640件")]
    # a yearly figure keeps the label before its colon
    assert found("法律援助案件:每年办理700件。") == [("legal_aid_cases", 700, "法律援助案件:每年办理700件")]


@pytest.mark.parametrize("text, expected", [
    ("做好法律援助宣传,律师事务所全年办理案件2180件。", []),  # another body named since
    ("推进法律援助工作,县法院全年审结案件2180件。", []),
    # (a notary's office: its cases are notarial acts)
    ("深化法律援助与公证联动,全年公证处办理案件2180件。", [("notarizations", 2180, "公证处办理案件2180件")]),
])
def test_cases_handled_by_another_body_after_legal_aid_are_not_legal_aid_cases(text, expected):
    assert found(text) == expected


# --- a count written before its noun (共有210件案件行政机关负责人出庭应诉) ----------------------------

NOUN_AFTER = [
    ("全年有63件案件由行政机关负责人出庭应诉。", [("head_appearances", 63, "63件案件由行政机关负责人出庭应诉")]),
    ("全年共有14件行政诉讼案件开庭审理。", [("litigation_hearings", 14, "14件行政诉讼案件开庭审理")]),
    ("今年共有2件行政诉讼案件败诉。", [("litigation_lost", 2, "2件行政诉讼案件败诉")]),
    ("全区办理了1750件法律援助案件,挽回损失300万元。", [("legal_aid_cases", 1750, "办理了1750件法律援助案件")]),
    ("共收到87件行政复议申请。", [("reconsideration_received", 87, "收到87件行政复议申请")]),
    # a head named in quotes (“一把手”), appearing in court said so (现身法庭), and cases counted by 个
    ("全县有5件案件“一把手”出庭应诉。", [("head_appearances", 5, "5件案件“一把手”出庭应诉")]),
    ("全年共有9件行政案件行政机关“一把手”出庭应诉。", [("head_appearances", 9, "9件行政案件行政机关“一把手”出庭应诉")]),
    ("全年有12件行政案件负责人现身法庭。", [("head_appearances", 12, "12件行政案件负责人现身法庭")]),
    ("去年白沙区仅有5个行政案件“一把手”现身法庭。", [("head_appearances", 5, "5个行政案件“一把手”现身法庭")]),
    ("全年共有3个行政诉讼案件败诉。", [("litigation_lost", 3, "3个行政诉讼案件败诉")]),
]


@pytest.mark.parametrize(("text", "expected"), NOUN_AFTER)
def test_a_count_written_before_its_noun_takes_the_noun_as_its_label(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "组织了6次行政机关负责人出庭应诉旁听活动。",  # the noun goes on past the label
    "建成15个人民调解委员会。",
    "审结90件行政诉讼案件中,败诉2件。",  # the clause goes on past the noun
    "全县有5个部门“一把手”出庭应诉。",  # 个 of departments, no cases
])
def test_a_noun_after_the_count_that_is_no_label_names_nothing(text):
    assert [k for k, *_ in found(text) if k in ("head_appearances", "mediation_cases", "litigation_first_instance")] == []


def test_the_principal_heads_in_quotes_after_all_heads_are_a_part():
    assert found("全年开庭审理行政案件40件,行政机关负责人出庭40件,其中“一把手”出庭5件。") == [
        ("litigation_hearings", 40, "开庭审理行政案件40件"), ("head_appearances", 40, "行政机关负责人出庭40件")]


# --- a 分别 list of places written without 市 or 县, counted before 分别 (甲、乙两地分别…) --------------

@pytest.mark.parametrize("text", [
    "青田、云和两地分别受理行政复议案件130件、72件。",
    "青田、云和、庆元三县分别受理行政复议案件130件、72件、41件。",
    "青田、云和分别受理行政复议案件130件、72件。",  # divisions' short names
])
def test_names_counted_as_places_before_respectively_are_no_labels(text):
    # Neither labels nor the report's own figures: each value is a place's.
    assert found(text) == []


@pytest.mark.parametrize("text, total", [
    ("县级、乡镇级、村级调解组织分别调解纠纷120件、560件、800件。", 1480),
    ("全市市级、县级、乡镇级调解组织分别调解矛盾纠纷95件、610件和2300件。", 3005),
    ("县、乡、村三级调解组织分别调处纠纷64件,418件,1275件,调解成功率分别为97%、98%、99%。", 1757),
])
def test_levels_listed_before_respectively_have_a_figure_each_none_the_area_s(text, total):
    # Each value is one level's (the last no more the area's than the first): none is the report's own; the levels'
    # counts add up to the area's, derived, as those of levels listed one after another do.
    assert [(m.key, m.value, m.derived) for m in extract(text).metrics] == [("mediation_cases", total, True)]


def test_levels_listed_of_a_key_counted_by_kinds_add_up_to_nothing():
    # (the levels' legal-aid cases: a key whose parts are its kinds, no level's sum)
    assert found("县级、乡镇级法律援助机构分别办理法律援助案件800件、430件。") == []


def test_the_area_s_figure_beside_levels_listed_is_read():
    assert found("全县各级调解组织调解纠纷1480件,县级、乡镇级、村级调解组织分别调解纠纷120件、560件、800件。") == [
        ("mediation_cases", 1480, "调解组织调解纠纷1480件")]


def test_labels_listed_before_respectively_still_take_one_value_each():
    assert sorted((k, v) for k, v, _ in found("审结复议案件、办理公证分别为130件、720件。")) == [
        ("notarizations", 720), ("reconsideration_closed", 130)]
    # a listed word that is no place and no label still takes its value from the label list
    assert found("全年走访群众、办理公证分别为130件、720件。") == [("notarizations", 720, "办理公证分别为130件、720件")]


# --- what must be reached (需达到, 应达到, 须保持): a target of the label before it -------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("全县办理法律援助案件需达到860件。", ("legal_aid_cases", 860, 2023, True, "法律援助案件需达到860件")),
    ("全年办理公证应达到4100件。", ("notarizations", 4100, 2023, True, "办理公证应达到4100件")),
    ("负责人出庭应诉率必须保持100%。", ("head_appearance_rate", 100, 2023, True, "负责人出庭应诉率必须保持100%")),
])
def test_a_figure_that_must_be_reached_is_a_target(text, expected):
    assert read(text)[0] == [expected]


def test_a_figure_reached_is_no_target():
    assert read("全县办理法律援助案件达到860件。")[0] == [
        ("legal_aid_cases", 860, 2023, False, "法律援助案件达到860件")]
    # 应诉 holds 应 but says nothing must be reached
    assert read("行政机关负责人出庭应诉43件。")[0] == [
        ("head_appearances", 43, 2023, False, "行政机关负责人出庭应诉43件")]


# --- corrections said with 的 before their noun, and a share written out (占审结数的…, 占比) -------------

@pytest.mark.parametrize(("text", "expected"), [
    ("行政复议机关直接纠错的案件有58件。", [("reconsideration_corrected", 58, "直接纠错的案件有58件")]),
    ("审结复议案件410件,复议纠错案件占审结总数的9.3%。",
     [("reconsideration_closed", 410, "审结复议案件410件"), ("reconsideration_correction_rate", 9.3, "纠错案件占审结总数的9.3%")]),
    ("审结复议案件410件,纠错案件占比9.3%。",
     [("reconsideration_closed", 410, "审结复议案件410件"), ("reconsideration_correction_rate", 9.3, "纠错案件占比9.3%")]),
    # (the first-instance lawsuits closed stand for those brought: the report counts none)
    ("一审行政案件审结120件,败诉案件占比6.5%。",
     [("litigation_first_instance", 120, "一审行政案件审结120件"), ("litigation_loss_rate", 6.5, "败诉案件占比6.5%")]),
])
def test_corrections_and_their_share_written_out(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "法院纠错的案件有58件。",  # no reconsideration named
    "行政诉讼纠错案件占审结数的9.3%。",
    "复议案件中维持的案件占比61%。",  # a share of another outcome
])
def test_corrections_of_no_reconsideration_or_another_share_are_not_read(text):
    assert [k for k, *_ in found(text) if k.startswith("reconsideration_correct")] == []


def test_indirect_corrections_are_no_corrected_decisions():
    text = "审结行政复议案件200件,直接纠错16件,通过协调撤回等方式间接纠错41件,间接纠错率20.5%。"
    assert [(k, v) for k, v, _ in found(text)] == [("reconsideration_closed", 200), ("reconsideration_corrected", 16)]


# --- a mediation body's 排查 as its caseload, where no intake is counted after it ---------------------

def test_a_mediation_body_s_screening_is_its_caseload_without_an_intake_after_it():
    assert found("全镇各村调委会共排查矛盾纠纷612件,调解成功604件。") == [
        ("mediation_cases", 612, "调委会共排查矛盾纠纷612件"), ("mediation_succeeded", 604, "调解成功604件")]


@pytest.mark.parametrize("text", [
    "全镇各村调委会共排查矛盾纠纷612件,受理590件,调解成功584件。",  # the intake follows: 612 were found
    "开展矛盾纠纷大排查,排查矛盾纠纷612件。",  # no mediation body
])
def test_screening_followed_by_an_intake_or_by_no_mediation_body_is_no_caseload(text):
    assert 612 not in [v for k, v, _ in found(text) if k == "mediation_cases"]


# --- a report's title line names the topic of its bare counts (某公证处2022年度工作总结 … 办证量) ----------

def test_the_title_line_names_the_topic_of_a_bare_count():
    text = "青川县公证处2022年度工作总结\n一、业务情况\n全年办证量2840件,同比增长5%。\n"
    assert found(text) == [("notarizations", 2840, "年办证量2840件")]


def test_a_title_line_of_reconsideration_alone_names_the_topic_of_a_bare_closed_count():
    text = "2018年全市行政复议案件统计报告\n一、审结情况\n本期新发生案件已审结407件,未审结27件。\n"
    assert found(text) == [("reconsideration_closed", 407, "审结407件")]


def test_a_title_line_of_reconsideration_and_lawsuits_leaves_the_topic_to_the_sections():
    text = ("2018年全市行政复议、行政应诉案件统计报告\n一、行政复议案件\n全市收到行政复议申请1262件,已审结1148件。\n"
            "二、行政应诉案件\n全市共发生行政诉讼一审案件434件。\n本期新发生案件已审结407件,未审结27件。\n")
    assert found(text) == [("reconsideration_received", 1262, "收到行政复议申请1262件"),
                           ("reconsideration_closed", 1148, "审结1148件"),
                           ("litigation_first_instance", 434, "行政诉讼一审案件434件")]


def test_a_title_line_of_another_topic_or_a_long_first_line_names_no_topic():
    assert found("青川县交通运输局2022年度工作总结\n一、业务情况\n全年办证量2840件。\n") == []
    # a first line too long for a title is the text itself
    long_line = "全县各部门深入推进依法行政," * 6 + "公证工作有序开展。\n全年办证量2840件。\n"
    assert found(long_line) == []


# --- mediation cases by their verb alone where mediation is the topic (…调委会…,受理1954件,调处成功…) -------

def test_an_intake_by_its_verb_alone_after_mediation_is_named_is_the_caseload():
    assert found("各村调委会共排查矛盾纠纷930件,受理704件,调处成功698件。") == [
        ("mediation_cases", 704, "受理704件"), ("mediation_succeeded", 698, "调处成功698件")]
    assert found("人民调解工作中,全年共受理705件,调解成功699件。") == [
        ("mediation_cases", 705, "受理705件"), ("mediation_succeeded", 699, "调解成功699件")]


@pytest.mark.parametrize(("text", "key"), [
    ("行政复议方面,全年受理56件,其中调解结案12件。", "reconsideration_received"),  # the topic is reconsideration
    ("推进人民调解工作;法律援助中心全年受理300件。", "legal_aid_cases"),  # another service named since
])
def test_an_intake_after_another_topic_is_that_topic_s(text, key):
    assert [k for k, *_ in found(text)] == [key]


# --- kinds listed before the noun they share (办理国内民事、经济公证1023件) ------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("县公证处全年办理国内民事、经济公证814件。", [("notarizations", 814, "办理国内民事、经济公证814件")]),
    ("全年办理国内、涉外公证2210件。", [("notarizations", 2210, "办理国内、涉外公证2210件")]),
    ("全年办理继承公证96件。", [("notarizations", 96, "办理继承公证96件")]),
])
def test_kinds_listed_before_a_shared_noun_label_the_count(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "经审查不予办理或终止公证41件。",  # refused or ended: no notarial act
    "制发行政复议意见书、建议书12份。",  # a list that names no label
])
def test_a_list_of_no_label_or_refusals_counts_nothing(text):
    assert found(text) == []


def test_a_list_of_no_label_leaves_a_respectively_list_before_it_dated():
    text = "审结行政复议案件300件,纠错30件;2021年、2022年直接纠错率分别为9.5%、11.2%。制发意见书、建议书12份。"
    assert [(v, y) for _, v, y, _, _ in read(text)[0] if v in (9.5, 11.2)] == [(9.5, 2021), (11.2, 2022)]


# --- a ratio's 1 written with 比 (复议诉讼比达到2.1比1) ------------------------------------------------

def test_a_ratio_written_with_bi_is_the_ratio():
    assert found("复议诉讼比达到2.4比1。") == [("reconsideration_litigation_ratio", 2.4, "复议诉讼比达到2.4比1")]


def test_a_score_written_with_bi_names_no_ratio():
    assert found("代表队以3比1获胜,复议案件审结率100%。") == []
    assert found("代表队以3比2获胜,复议案件审结率100%。") == []


# --- a ratio written per one reconsideration (复议诉讼比为1:0.5): so many to 1, as the records write every ratio ------

@pytest.mark.parametrize(("text", "value"), [
    ("复议诉讼比为1:0.5。", 2),
    ("行政复议与行政诉讼案件之比为1∶0.8。", 1.25),
    ("复议诉讼比为1比0.6。", 1.67),  # (1/0.6, to two decimals)
])
def test_a_ratio_per_one_of_its_first_term_is_so_many_to_one(text, value):
    assert [(k, v) for k, v, _ in found(text)] == [("reconsideration_litigation_ratio", value)]


def test_a_ratio_to_one_or_of_two_other_terms_keeps_its_first_term():
    assert [(k, v) for k, v, _ in found("复议诉讼比为1:1。")] == [("reconsideration_litigation_ratio", 1)]
    assert [(k, v) for k, v, _ in found("复议诉讼比为0.8:1。")] == [("reconsideration_litigation_ratio", 0.8)]
    assert [(k, v) for k, v, _ in found("复议诉讼比为2.64:7。")] == [("reconsideration_litigation_ratio", 2.64)]


# --- a quoted word between a label and its figure (败诉率“断崖式”下降至5.22%) -------------------------------

def test_a_quoted_word_after_the_label_leaves_the_label_its_figure():
    assert read("行政机关败诉率“三连降”至4.8%。")[0] == [
        ("litigation_loss_rate", 4.8, 2023, False, "败诉率“三连降”至4.8%")]
    assert read("行政诉讼败诉率“断崖式”下降至6.1%。")[1] == [("行政诉讼败诉率", 6.1)]


def test_a_quoted_name_before_a_figure_with_no_verb_of_change_lends_it_no_label():
    assert read("全年调解成功率98%,开展“云调解”1 360余次。")[0] == [
        ("mediation_success_rate", 98, 2023, False, "调解成功率98%")]


# --- lawsuits counted by how they ended (调撤, 撤诉) are no first-instance total -------------------------

@pytest.mark.parametrize("text", ["调撤一审行政诉讼案件58件。", "原告撤诉的一审行政案件21件。"])
def test_lawsuits_settled_or_withdrawn_are_no_first_instance_total(text):
    assert found(text) == []


def test_first_instance_lawsuits_before_their_settlements_are_the_total():
    assert found("新收一审行政诉讼案件140件,调撤58件。") == [("litigation_first_instance", 140, "一审行政诉讼案件140件")]


# --- a figure counted since an earlier year is of the years since, no one year's ----------------------

def test_a_figure_since_a_year_before_the_report_s_has_no_year():
    assert read("2019年以来,全县共办理法律援助案件4 120件。")[0] == [
        ("legal_aid_cases", 4120, None, False, "法律援助案件4 120件")]
    assert read("2020年以来,全县行政机关负责人出庭应诉率达96%。")[0] == [
        ("head_appearance_rate", 96, None, False, "行政机关负责人出庭应诉率达96%")]


def test_a_figure_since_the_report_s_own_year_is_of_that_year():
    assert read("2023年以来,全县共办理法律援助案件412件。")[0] == [
        ("legal_aid_cases", 412, 2023, False, "法律援助案件412件")]
    # a list after 以来 still takes one year per value
    assert [y for *_, y, _, _ in read("2021年以来,调解成功率分别为97%、98%、99%。")[0]] == [2021, 2022, 2023]


# --- the count a rate is of, in brackets right after it (直接纠错率为8.75%(7件)) --------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("审结复议案件64件,直接纠错率为12.5%(8件)。", ("reconsideration_corrected", 8, "8件")),
    ("负责人出庭应诉率为90%(27件)。", ("head_appearances", 27, "27件")),
])
def test_a_count_in_brackets_after_a_rate_is_the_count_the_rate_is_of(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "全年案件办结率为95%(120件)。",  # a rate that follows from no counts of the catalog
    "负责人出庭应诉率为90%,(27件)。",  # not right after the rate
])
def test_a_count_in_brackets_after_a_rate_of_no_counts_names_nothing(text):
    assert [k for k, *_ in found(text) if k != "head_appearance_rate"] == []


# --- the mediation success rate in short (调成率) and in reverse order (成功调解率) ------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("全年受理民间纠纷640件,调解成功628件,调成率98.1%。", ("mediation_success_rate", 98.1, "调成率98.1%")),
    ("全乡矛盾纠纷成功调解率达97.6%。", ("mediation_success_rate", 97.6, "成功调解率达97.6%")),
])
def test_the_mediation_success_rate_in_short_or_reversed_is_the_rate(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "行政复议案件调成率为35%。",  # no mediation named: the settlements of another body
    "商事仲裁案件调成率为35%。",
])
def test_a_settlement_rate_of_no_mediation_is_no_mediation_rate(text):
    assert found(text) == []


# --- an average, or what each of several years held, is no one year's count ---------------------------------

@pytest.mark.parametrize("text", [
    "五年来年均办理法律援助案件420件。",
    "月均调处矛盾纠纷35件。",
    "近三年均办理法律援助案件400件。",
    "公证处年均办证量保持在9 000件以上。",
])
def test_an_average_or_each_year_s_figure_names_no_count(text):
    assert found(text) == []


def test_a_year_s_own_count_is_still_the_count():
    assert found("全年办理法律援助案件420件。") == [("legal_aid_cases", 420, "法律援助案件420件")]


# --- disputes that arose or were passed up are none a mediator took up ---------------------------------------

def test_disputes_that_arose_are_no_mediation_caseload():
    assert found("全镇发生各类矛盾纠纷212件,调处212件,调处成功205件。") == [
        ("mediation_cases", 212, "调处212件"), ("mediation_succeeded", 205, "调处成功205件")]


def test_disputes_passed_up_are_no_mediation_caseload():
    assert found("调委会调解矛盾纠纷150件,上报县级矛盾纠纷3件。") == [("mediation_cases", 150, "调解矛盾纠纷150件")]


def test_disputes_a_mediator_took_up_are_still_the_caseload():
    assert found("调委会调解新发矛盾纠纷88件。") == [("mediation_cases", 88, "调解新发矛盾纠纷88件")]


# --- no lawsuit lost, said of the agencies (未有行政机关败诉) --------------------------------------------------

@pytest.mark.parametrize(("text", "evidence"), [
    ("全年未有行政机关败诉。", "未有行政机关败诉"),
    ("全年未有败诉案件。", "未有败诉案件"),
])
def test_no_agency_lost_is_zero_lost(text, evidence):
    assert found(text) == [("litigation_lost", 0, evidence)]


def test_no_agency_lost_as_a_condition_states_no_count():
    assert found("未有行政机关败诉的单位予以加分。") == []


# --- a rate's label starts after the conjunction that opens its clause --------------------------------------

@pytest.mark.parametrize(("text", "label"), [
    ("但就算是全省平均败诉率为25%,仍属偏低。", "全省平均败诉率"),
    ("尽管调解成功率达到99%,仍有纠纷反复。", "调解成功率"),
    ("行政机关败诉率为25%。", "行政机关败诉率"),
])
def test_a_conjunction_is_no_part_of_a_rate_s_label(text, label):
    assert [lab for lab, _ in read(text)[1]] == [label]


# --- the level a change reached, said with its verb (攀升至, 回落至, 增加到) and 就 ----------------------

LEVEL_VERBS = [
    ("行政诉讼败诉率就蹿升至14.5%。", [("litigation_loss_rate", 14.5, "败诉率就蹿升至14.5%")]),
    ("行政诉讼败诉率回落至7.5%。", [("litigation_loss_rate", 7.5, "败诉率回落至7.5%")]),
    ("行政诉讼败诉率攀升至11.2%。", [("litigation_loss_rate", 11.2, "败诉率攀升至11.2%")]),
    ("复议直接纠错率升到9.3%。", [("reconsideration_correction_rate", 9.3, "复议直接纠错率升到9.3%")]),
    ("行政机关负责人出庭应诉率增加到96.4%。", [("head_appearance_rate", 96.4, "行政机关负责人出庭应诉率增加到96.4%")]),
    ("调解成功率就达到98.8%。", [("mediation_success_rate", 98.8, "调解成功率就达到98.8%")]),
]


@pytest.mark.parametrize(("text", "expected"), LEVEL_VERBS)
def test_the_level_a_change_reached_is_the_rate(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "行政诉讼败诉率攀升3.5个百分点。",  # the change itself, in points: no level
    "行政诉讼败诉率同比回落12.5%。",  # a change against last year, in per cent
    "全县取得成就12件。",  # 就 of a word, no stress: no label is left
])
def test_a_change_without_its_level_is_no_rate(text):
    assert found(text) == []


# --- a figure over a span of years (2017年3月至2019年6月底, 近4年) is of no one year ---------------

@pytest.mark.parametrize(("text", "evidence"), [
    ("2017年3月至2019年6月底,全县共受理一审行政诉讼案件812件。", "一审行政诉讼案件812件"),
    ("2016年1月1日至2019年12月31日,全市共新收行政复议案件930件。", "新收行政复议案件930件"),
    ("本市近4年共办理各类公证8万多件。", "办理各类公证8万多件"),
    ("2017年4月—2019年9月,全县共受理一审行政诉讼案件812件。", "一审行政诉讼案件812件"),
])
def test_a_figure_over_a_span_of_years_has_no_year(text, evidence):
    assert [(y, e) for _, _, y, _, e in read(text)[0]] == [(None, evidence)]


@pytest.mark.parametrize(("text", "year"), [
    ("截至2019年6月底,全县共受理一审行政诉讼案件812件。", 2019),  # a level up to a day: that year
    ("至2019年6月底,全县共受理一审行政诉讼案件812件。", 2019),
    ("本市近期共办理各类公证800件。", 2023),  # 近 of no years: the report's year
    ("落实建设规划(2021年至2025年),全年受理法律援助案件640件。", 2023),  # the span of a plan's name
])
def test_one_year_or_a_level_date_still_dates_the_figure(text, year):
    assert [y for _, _, y, _, _ in read(text)[0]] == [year]


# --- every item of a 、 list opened by 其中 is a part of the total before it -------------------------

@pytest.mark.parametrize("text", [
    "全镇调解组织受理矛盾纠纷5120件(其中婚姻纠纷870件、邻里纠纷3010件)。",
    "全镇调解组织受理矛盾纠纷5120件,其中婚姻纠纷870件、邻里纠纷3010件、其他纠纷1240件。",
    "全镇调解组织受理矛盾纠纷5120件,其中:婚姻纠纷870件、邻里纠纷3010件。",
])
def test_every_item_of_a_list_opened_by_a_part_marker_is_a_part(text):
    assert found(text) == [("mediation_cases", 5120, "调解组织受理矛盾纠纷5120件")]


@pytest.mark.parametrize(("text", "keys"), [
    ("全镇调解组织受理矛盾纠纷5120件、法律援助案件300件。", ["mediation_cases", "legal_aid_cases"]),
    ("全镇调解组织受理矛盾纠纷5120件;援助中心受理法律援助案件300件、调解组织调解纠纷400件。",
     ["mediation_cases", "legal_aid_cases", "mediation_cases"]),  # no 其中: a headline figure again
    # the centre's count a share of no whole read, and the next item, after ;, of a subject of its own
    ("全镇调解组织受理矛盾纠纷5120件。援助中心受理法律援助案件300件;调解组织调解纠纷400件。",
     ["mediation_cases", "legal_aid_cases", "mediation_cases"]),
])
def test_a_list_not_opened_by_a_part_marker_keeps_its_items(text, keys):
    assert [k for k, _, _ in found(text)] == keys


# --- a rate named after its figure (以98.6%的调解成功率位居…) ----------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("全县以98.6%的调解成功率位居全省第一。", [("mediation_success_rate", 98.6, "98.6%的调解成功率")]),
    ("本区91.3%的行政机关负责人出庭应诉率,领跑全市。",
     [("head_appearance_rate", 91.3, "91.3%的行政机关负责人出庭应诉率")]),
])
def test_a_rate_may_be_named_after_its_figure(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "全县97%的纠纷在村组一级化解。",  # a share of the disputes: no rate named
    "全市95%的乡镇率先建成调解室。",  # 率先 (first to), no rate
])
def test_a_share_before_a_noun_is_no_rate(text):
    assert read(text) == ([], [])


# --- a label before a quoted word wins over an earlier change in the sentence ----------------------

def test_the_label_before_a_quoted_word_is_the_level_s():
    assert found("全年收案数同比下降8.5%,行政诉讼败诉率“断崖式”下降至4.1%。") == [
        ("litigation_loss_rate", 4.1, "败诉率“断崖式”下降至4.1%")]


def test_a_quoted_word_with_no_label_before_it_continues_the_change():
    assert found("行政诉讼败诉率同比下降2.5个百分点,“断崖式”下降至4.1%。") == [
        ("litigation_loss_rate", 4.1, "败诉率同比下降2.5个百分点,“断崖式”下降至4.1%")]


# --- one verb over a list of counts: 成功调解村级纠纷…,镇级纠纷… -----------------------------------

@pytest.mark.parametrize("text", [
    "全年成功调解社区矛盾纠纷64件,街道矛盾纠纷29件。",
    "全年成功调解婚姻纠纷51件,邻里纠纷33件。",
])
def test_a_count_with_only_another_qualifier_continues_the_verb_before(text):
    assert [k for k, _, _ in found(text)] == ["mediation_succeeded"]


@pytest.mark.parametrize(("text", "keys"), [
    ("全年调解成功社区纠纷64件,受理街道纠纷90件。", ["mediation_succeeded", "mediation_cases"]),  # a verb of its own
    ("调解组织受理矛盾纠纷640件,调解成功矛盾纠纷610件。", ["mediation_cases", "mediation_succeeded"]),
])
def test_a_count_with_a_verb_of_its_own_keeps_its_label(text, keys):
    assert [k for k, _, _ in found(text)] == keys


# --- a 分别 list whose last two labels are joined by 和: one label each -----------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("全年调解、排查和预防纠纷量分别为8.4万件、11.2万件和0.9万件。", [("mediation_cases", 84000)]),
    ("全年排查、调解和预防纠纷量分别为11.2万件、8.4万件和0.9万件。", [("mediation_cases", 84000)]),
    ("全年办理公证、受理法律援助案件和调解纠纷分别为4300件、950件和610件。",
     [("notarizations", 4300), ("legal_aid_cases", 950), ("mediation_cases", 610)]),
])
def test_labels_joined_by_and_each_take_one_value(text, expected):
    assert [(k, v) for k, v, _ in found(text)] == expected


def test_a_word_holding_and_is_one_label():
    # 和解案件 (settled cases) is one label, no joiner: 35 is no reconsideration case received
    assert [(k, v) for k, v, _ in found("全年办理公证、行政复议和解案件分别为4300件、35件。")] == [
        ("notarizations", 4300)]


# --- a ratio named by the sentence before it, in the same paragraph --------------------------------

def test_a_ratio_may_be_named_by_the_sentence_before():
    assert found("全县新收行政复议申请与一审行政诉讼案件比值稳步提高。截至11月底达到1.37:1。") == [
        ("reconsideration_litigation_ratio", 1.37, "复议申请与一审行政诉讼案件比值稳步提高。截至11月底达到1.37:1")]


@pytest.mark.parametrize("text", [
    "全县行政复议工作稳步推进。截至11月底达到1.37:1。",  # the sentence before names no ratio
    "全县复议诉讼比稳步提高。\n截至11月底达到1.37:1。",  # another paragraph
    "全县复议诉讼比稳步提高。诉前调解与诉讼之比达到1.37:1。",  # a ratio named in its own sentence
])
def test_a_ratio_takes_no_label_from_another_sentence_naming_none_or_from_another_paragraph(text):
    assert found(text) == []
