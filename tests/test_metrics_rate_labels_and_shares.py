"""Rate labels led by a verb, lists of places or of labels written in part, shares and ratios said apart from
their totals or labels, as reports write them.

Every sentence here is written for the test, and read with the report's year given.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


def facts(text: str):
    """(key, value, year, target) of each headline metric of `text`, read in a report on 2023."""
    return sorted((k, v, y, t) for k, v, y, t, _ in read(text)[0])


def rates(text: str):
    return sorted(read(text)[1])


# A verb that leads a rate's label (巩固, 提升, 维持 …) is not the label's: the label starts after it. Keeping a
# level already reached is no plan.
@pytest.mark.parametrize("text, label, key", [
    ("全县巩固行政机关负责人出庭应诉率100%的成果。", "行政机关负责人出庭应诉率", "head_appearance_rate"),
    ("持续提升行政复议纠错率达到12%。", "行政复议纠错率", "reconsideration_correction_rate"),
    ("进一步提高人民调解成功率达98%。", "人民调解成功率", "mediation_success_rate"),
    ("稳定调解成功率在97%以上。", "调解成功率", "mediation_success_rate"),
    ("维持行政机关负责人出庭应诉率100%。", "行政机关负责人出庭应诉率", "head_appearance_rate"),
    ("有效降低行政诉讼败诉率为6%。", "行政诉讼败诉率", "litigation_loss_rate"),
    ("全年实现行政机关负责人出庭应诉率100%。", "行政机关负责人出庭应诉率", "head_appearance_rate"),
])
def test_a_verb_leading_a_rate_label_is_cut_off(text, label, key):
    metrics, found = read(text)
    assert [r[0] for r in found] == [label]
    assert [(k, t) for k, _, _, t, _ in metrics] == [(key, False)]


@pytest.mark.parametrize("text, label", [
    # the same words as a label's own, right before 率
    ("全区九年义务教育巩固率99%。", "九年义务教育巩固率"),
    ("行政复议决定维持率58%。", "行政复议决定维持率"),
    ("办案成本降低率7%。", "办案成本降低率"),
    ("政务服务事项全程网办实现率96%。", "政务服务事项全程网办实现率"),
])
def test_a_label_ending_in_such_a_word_keeps_it(text, label):
    assert [r[0] for r in rates(text)] == [label]


# The places of a 分别 list: each figure is the place's, none the report's own.
@pytest.mark.parametrize("text", [
    "东岭市、西川市、南湖市受理一审行政案件数分别为420件、318件、275件。",
    "东岭市、西川市分别办理法律援助案件420件、318件。",
    "烟台、潍坊、威海受理一审行政案件数分别为420件、318件、275件。",  # short names of known cities
    "东岭市、西川市行政机关负责人出庭应诉率分别为100%、96%。",
])
def test_figures_of_places_listed_before_respectively_are_not_the_reports(text):
    assert facts(text) == []


# …while each figure is a rate of the label after the places (and their count: 两市), kept as a rate.
@pytest.mark.parametrize("text", [
    "东岭市、西川市行政机关负责人出庭应诉率分别为100%、96%。",
    "烟台、潍坊两市行政机关负责人出庭应诉率分别为100%、96%。",
    "东岭市和西川市行政机关负责人出庭应诉率分别为100%和96%。",
])
def test_rates_of_places_listed_before_respectively_keep_their_label(text):
    assert rates(text) == [("行政机关负责人出庭应诉率", 96), ("行政机关负责人出庭应诉率", 100)]
    assert facts(text) == []


# The levels of government a 分别 list names (市、县两级, 县级、乡镇级, 市本级、各区县): each figure is a level's, kept as a
# rate of the label after the levels, none the report's own.
@pytest.mark.parametrize("text, label", [
    ("2023年,市、县两级行政机关负责人出庭应诉率分别为100%、96%。", "行政机关负责人出庭应诉率"),
    ("全县县级、乡镇级行政机关负责人出庭应诉率分别为100%和96%。", "行政机关负责人出庭应诉率"),
    ("市本级、各区县行政机关负责人出庭应诉率分别为100%、96%。", "行政机关负责人出庭应诉率"),
    ("乡镇、村两级人民调解组织规范化率分别达到100%、96%。", "人民调解组织规范化率"),
    ("县、乡两级法律援助案件结案率分别为100%、96%。", "法律援助案件结案率"),
])
def test_rates_of_levels_listed_before_respectively_keep_their_label(text, label):
    assert rates(text) == [(label, 96), (label, 100)]
    assert facts(text) == []


def test_labels_listed_before_respectively_still_take_their_figures():
    assert facts("受理法律援助案件、办理公证事项分别为1260件、5310件。") == [
        ("legal_aid_cases", 1260, 2023, False), ("notarizations", 5310, 2023, False)]
    assert facts("2022年、2023年行政机关负责人出庭应诉率分别为96%、100%。") == [
        ("head_appearance_rate", 96, 2022, False), ("head_appearance_rate", 100, 2023, False)]


# Labels written in part (行业性、专业性和派驻…率): the words they share cannot be told apart, so no figure is
# given to the one label read.
@pytest.mark.parametrize("text", [
    "乡镇、村居和企业调解组织规范化率分别达到65%、80%、95%。",
    "乡镇和村居调解组织规范化率分别达到65%、80%。",
    "复议、诉讼案件纠错率分别为9%、6%。",
])
def test_labels_written_in_part_get_no_figure(text):
    assert read(text) == ([], [])


@pytest.mark.parametrize("text, expected", [
    ("乡镇、村居和企业调解组织规范化率均达到95%。", [("乡镇、村居和企业调解组织规范化率", 95)]),  # one figure for all
    ("调解率、调解成功率分别为99%和97%。", [("调解成功率", 97), ("调解率", 99)]),
    ("行政复议纠错率和行政诉讼败诉率分别为8%、5%。", [("行政复议纠错率", 8), ("行政诉讼败诉率", 5)]),
])
def test_whole_labels_still_share_or_take_their_figures(text, expected):
    assert rates(text) == expected


# One figure of labels written in part, sharing their measure (…一审、二审行政案件服判息诉率为…): one rate, its label as
# written from the first word listed, what the label's cuts leave of it (全县, 2023年); of places listed, each place's
# figure, under the label after the places.
@pytest.mark.parametrize("text, expected", [
    ("全县行业性、专业性和派驻人民调解组织规范化率达100%。", [("行业性、专业性和派驻人民调解组织规范化率", 100)]),
    ("全市市、县、乡三级公共法律服务实体平台覆盖率达到100%。", [("市、县、乡三级公共法律服务实体平台覆盖率", 100)]),
    ("2023年,全区一审、二审行政案件服判息诉率为92.5%。", [("一审、二审行政案件服判息诉率", 92.5)]),
    ("重大行政决策、重大合同合法性审查率均达100%。", [("重大行政决策、重大合同合法性审查率", 100)]),
    ("领导干部和公务员年度学法考试参考率达100%。", [("领导干部和公务员年度学法考试参考率", 100)]),
    ("城区和农村法律顾问覆盖率均为100%。", [("城区和农村法律顾问覆盖率", 100)]),
    ("东阳县、西岭县和南湖区政府法律顾问覆盖率均为100%。", [("政府法律顾问覆盖率", 100)]),
    ("甲县、乙县法律援助案件结案率均达到100%。", [("法律援助案件结案率", 100)]),
])
def test_one_figure_of_labels_written_in_part_is_one_rate_as_written(text, expected):
    assert rates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("受理信访事项120件、按期办结率98%。", [("按期办结率", 98)]),  # a count's clause before: no word listed
    ("行政执法案卷评查优秀率、合格率均为100%。", [("合格率", 100), ("行政执法案卷评查优秀率", 100)]),  # rates listed
    ("村(社区)、网格调解组织覆盖率100%。", [("网格调解组织覆盖率", 100)]),  # a word in brackets: no list read
    ("推进镇街综合行政执法改革和规范执法行为、案卷合格率96%。", [("案卷合格率", 96)]),  # a clause of its own
])
def test_a_label_after_no_word_listed_keeps_its_reading(text, expected):
    assert rates(text) == expected


def test_a_list_whose_first_label_names_no_headline_keeps_the_rest():
    assert facts("全年调解纠纷320件,调处率、成功率分别为99%和97%。") == [
        ("mediation_cases", 320, 2023, False), ("mediation_success_rate", 97, 2023, False)]


# A share said after a count of a sentence opening with 其中: the total it is a share of is the sentence's before.
@pytest.mark.parametrize("text", [
    "全年审结行政复议案件1830件。其中,直接纠正违法或不当行政行为61件,占比3.33%。",
    "全年审结行政复议案件1830件。其中直接纠正违法或不当行政行为61件,占比3.33%。",
])
def test_a_share_continuing_the_sentence_of_its_total(text):
    assert ("reconsideration_correction_rate", 3.33, 2023, False) in facts(text)


def test_a_share_of_a_total_said_in_an_unrelated_sentence_is_not_read():
    text = "全年审结行政复议案件1830件。直接纠正违法或不当行政行为61件,占比3.33%。"
    assert [f for f in facts(text) if f[0] == "reconsideration_correction_rate"] == []


# The share's wording is the catalog's, for the labels that write it out too.
@pytest.mark.parametrize("text, expected", [
    ("全年审结行政诉讼案件80件,败诉案件占比5%。", [("litigation_loss_rate", 5, 2023, False)]),
    ("全年审结行政复议案件120件,纠错案件占审结案件的比例为7.5%。",
     [("reconsideration_closed", 120, 2023, False), ("reconsideration_correction_rate", 7.5, 2023, False)]),
])
def test_a_share_written_in_a_label(text, expected):
    assert facts(text) == expected


def test_a_share_of_another_total_is_no_rate():
    assert facts("正职负责人出庭21件,占出庭总数的35%。") == [("head_appearances", 21, 2023, False)]


# 比值 before its rise (该比值大幅提升为1.62): a ratio, the label's or the one said before in the sentence.
@pytest.mark.parametrize("text, expected", [
    ("2022年复议诉讼比为1.3,2023年该比值大幅提升为1.74。",
     [("reconsideration_litigation_ratio", 1.3, 2022, False), ("reconsideration_litigation_ratio", 1.74, 2023, False)]),
    ("2023年复议诉讼比值明显提高为1.74。", [("reconsideration_litigation_ratio", 1.74, 2023, False)]),
    # the ratio named in the sentence before, an adverb left between 比值 and the figure
    ("2022年复议诉讼比为1.3。2023年该比值进一步提高到1.74。",
     [("reconsideration_litigation_ratio", 1.3, 2022, False), ("reconsideration_litigation_ratio", 1.74, 2023, False)]),
    ("2023年复议诉讼比值稳步提升至1.74:1。", [("reconsideration_litigation_ratio", 1.74, 2023, False)]),
])
def test_a_ratio_after_its_rise(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "全市男女比值提升为1.06。",  # no ratio the catalog names
    "2023年复议案件数量提升为1.74。",  # no 比值 before the rise
    "2023年复议诉讼比值同比提高0.3。",  # a change, not the level reached
])
def test_a_rise_of_no_ratio_is_no_ratio(text):
    assert facts(text) == []


# A span of years after a numbered heading on the same line dates the paragraph's figures to no one year.
def test_a_span_after_a_heading_on_its_line():
    text = "1.收案情况。2020—2022年度,全区新收一审行政案件900件。全区共审结行政诉讼案件850件,败诉90件。"
    assert facts(text) == [("litigation_first_instance", 900, None, False), ("litigation_lost", 90, None, False)]


def test_a_heading_without_a_span_leaves_the_report_year():
    text = "1.收案情况。全区新收一审行政案件900件。全区共审结行政诉讼案件850件,败诉90件。"
    assert facts(text) == [("litigation_first_instance", 900, 2023, False), ("litigation_lost", 90, 2023, False)]


# 及时 (timely) is a label's word, not the conjunction 及 that joins two labels.
@pytest.mark.parametrize("text, expected", [
    ("规章报备率、报备及时率均达100%。", [("报备及时率", 100), ("规章报备率", 100)]),
    ("备案率、及时率均为100%。", [("及时率", 100), ("备案率", 100)]),
])
def test_a_timeliness_rate_keeps_its_word(text, expected):
    assert rates(text) == expected


def test_a_conjunction_still_cuts_a_rate_label():
    assert rates("复议案件办结率及满意率均为100%。") == [("复议案件办结率", 100), ("满意率", 100)]


@pytest.mark.parametrize("text, expected", [
    # 及 joining a level to those above or below it is the label's own: no list word to cut after
    ("全市9个县级及以上集中式饮用水水源地水质达标率保持100%。", [("县级及以上集中式饮用水水源地水质达标率", 100)]),
    ("科级及以下干部年度学法考试参考率达99.2%。", [("科级及以下干部年度学法考试参考率", 99.2)]),
    # 及 joining two rates still lists them
    ("执法人员持证率及岗前培训率均达100%。", [("岗前培训率", 100), ("执法人员持证率", 100)]),
])
def test_the_ji_of_a_level_and_those_above_it_stays_in_the_label(text, expected):
    assert sorted(read(text)[1]) == expected
