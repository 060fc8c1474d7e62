"""Two ways one figure belongs to more than one label: rates closed by 等(多项)指标 before the value they share
(报备率、及时率等多项指标均达100%: each rate listed has it, also across pauses: 报备率,履行率等指标均达100%), and
one count of several kinds of cases listed together (办理行政复议、行政应诉案件共计300件, 行政复议和行政应诉案件共300件:
the kinds together, none of them alone).

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, keys_values, read


@pytest.mark.parametrize("text, expected", [
    ("全县规范性文件报备率、及时率等多项指标均达100%。", [("及时率", 100), ("规范性文件报备率", 100)]),
    ("全县规范性文件报备率、审查率等指标均为100%。", [("审查率", 100), ("规范性文件报备率", 100)]),
    ("全县规范性文件报备率、备案审查率等均达到100%。", [("备案审查率", 100), ("规范性文件报备率", 100)]),
    ("全县行政规范性文件合法性审核率指标达100%。", [("行政规范性文件合法性审核率", 100)]),
])
def test_rates_closed_by_a_word_for_indicators_share_the_value(text, expected):
    assert sorted(read(text)[1]) == expected


@pytest.mark.parametrize("text, expected", [
    # the indicators counted (三项指标, 两个指标) before the value the rates share, or before their values listed
    ("全区规范性文件报备率、审查率、纠错率三项指标均达100%。",
     [("审查率", 100), ("纠错率", 100), ("规范性文件报备率", 100)]),
    ("全区政务服务网上可办率、即办率两个指标分别为99.5%、47%。", [("即办率", 47), ("政务服务网上可办率", 99.5)]),
    ("全区规范性文件报备率、审查率等两项指标均达100%。", [("审查率", 100), ("规范性文件报备率", 100)]),
    ("全区规范性文件报备率、审查率2项指标均达100%。", [("审查率", 100), ("规范性文件报备率", 100)]),
    ("全区普法知晓率、群众满意率两项均达到96%。", [("普法知晓率", 96), ("群众满意率", 96)]),
    # counted as rates, unquoted: no word of the last label
    ("全区负责人出庭率和出声率两率均为100%。", [("出声率", 100), ("负责人出庭率", 100)]),
])
def test_rates_whose_indicators_are_counted_share_or_list_the_values(text, expected):
    assert sorted(read(text)[1]) == expected


@pytest.mark.parametrize("text", [
    # a count of indicators after no rate, or after rates and before no value of theirs
    "全县出庭应诉率等三项指标纳入年度考核。",
    "调解成功率等3项指标完成情况良好,考核得分98分。",
])
def test_a_count_of_indicators_names_no_rate_without_a_value(text):
    assert read(text)[1] == []


def test_a_key_closed_by_a_word_for_indicators_keeps_its_value():
    text = "2024年,全县行政机关负责人出庭应诉率、出庭发声率等指标均达到100%。"
    assert facts(text) == [("head_appearance_rate", 100, 2024, False)]


def test_a_count_closed_by_etc_is_no_kind_of_its_own():
    # 等 after a count's label says there is more than that kind: the figure is no count of it
    assert keys_values("2023年,全县受理行政复议案件等共计120件。") == []


@pytest.mark.parametrize("text", [
    "2023年,全市办理行政复议、行政应诉、行政调解案件共计5474件。",
    "2023年,全市办理行政应诉、行政复议案件共计300件。",
    "全县受理、审结行政复议案件共计86件。",
    "2023年,全市受理行政复议和行政应诉案件共300件。",
])
def test_one_count_of_several_kinds_listed_is_none_of_theirs(text):
    assert keys_values(text) == []


@pytest.mark.parametrize("text, expected", [
    ("2023年,全市办理行政复议、行政应诉案件分别为300件、200件。",
     [("litigation_first_instance", 200), ("reconsideration_received", 300)]),
    ("2023年,全市调解、化解矛盾纠纷共计300件。", [("mediation_cases", 300)]),
    ("2023年,全市受理行政复议和行政应诉案件分别为300件、20件。",
     [("litigation_first_instance", 20), ("reconsideration_received", 300)]),
    ("2023年,全市调解和化解矛盾纠纷共计300件。", [("mediation_cases", 300)]),
    ("2023年,全县人民调解组织、行政调解组织调解矛盾纠纷300件。", [("mediation_cases", 300)]),
])
def test_kinds_listed_each_with_its_figure_or_of_one_key_keep_them(text, expected):
    assert keys_values(text) == expected


def test_rate_lists_split_by_pauses_and_closed_by_etc_share_the_value():
    text = "全县规范性文件报备率、及时率,复议决定履行率,年度报告公开率等多项指标均达100%。"
    assert sorted(read(text)[1]) == [("及时率", 100), ("复议决定履行率", 100), ("年度报告公开率", 100),
                                     ("规范性文件报备率", 100)]


@pytest.mark.parametrize("text, expected", [
    # 均 alone does not close a list: the clause before the pause may say something else of its rates
    ("全县规范性文件报备率、及时率,复议决定履行率均达100%。", [("复议决定履行率", 100)]),
    # a clause before the pause that is more than a rate's label is no member of the list
    ("全县聚焦提高出庭应诉率,负责人出声率等指标均达100%。", [("负责人出声率", 100)]),
])
def test_rates_before_a_pause_without_a_closed_list_keep_to_themselves(text, expected):
    assert sorted(read(text)[1]) == expected


@pytest.mark.parametrize("text, expected", [
    # the words saying each rate listed has the value, or the one said has it too, as 均 does
    ("全区执法人员持证率和培训率都达到100%。", [("培训率", 100), ("执法人员持证率", 100)]),
    ("全区普法知晓率与群众满意率双双超过95%。", [("普法知晓率", 95), ("群众满意率", 95)]),
    ("网上可办率、全程网办率全部达到100%。", [("全程网办率", 100), ("网上可办率", 100)]),
    ("案卷评查合格率也达到了97.5%。", [("案卷评查合格率", 97.5)]),
])
def test_words_of_all_or_too_after_rates_leave_their_labels(text, expected):
    assert sorted(read(text)[1]) == expected


def test_words_of_all_after_a_count_make_no_total():
    # after a count's label they are no connector (受理纠纷都是30件: what each held), no headline value
    assert facts("辖区三个司法所受理纠纷都是30件。") == []
