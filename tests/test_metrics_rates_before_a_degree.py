"""A rate listed with a degree of the public's view after it (普法知晓率和群众满意度均达到95%以上; 知晓率、满意度分别为
92%、95%): the degree is no rate, but the rate before it keeps its value (under 分别, the value in its place; the
degree's value is nobody's rate).

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, expected", [
    ("全镇法治宣传知晓率和群众满意度均达到96%以上。", [("法治宣传知晓率", 96)]),
    ("全区公共法律服务知晓率、群众认可度分别为91.5%、94.2%。", [("公共法律服务知晓率", 91.5)]),
    ("全区公共法律服务知晓率及群众认可度分别达到91.5%和94.2%。", [("公共法律服务知晓率", 91.5)]),
    ("热线工单办结率、回访率、群众满意度分别为99.1%、97.6%、96.3%。", [("回访率", 97.6), ("热线工单办结率", 99.1)]),
])
def test_a_degree_after_a_rate_leaves_the_rate_its_value(text, expected):
    assert sorted(read(text)[1]) == expected


def test_a_degree_after_a_headline_rate_leaves_the_headline_value():
    text = "全县人民调解成功率和当事人满意度分别为98.6%、99.4%。"
    assert facts(text) == [("mediation_success_rate", 98.6, 2024, False)]
    assert read(text)[1] == [("人民调解成功率", 98.6)]


@pytest.mark.parametrize("text", [
    # a degree alone, or after words that are no rate: no rate is read
    "全县群众满意度为95.5%。",
    "全县群众满意度分别为95.5%、96%。",
    "全县矛盾纠纷排查、群众满意度分别为95.5%、96%。",
    "全县群众安全感和满意度分别为97.9%、95.4%。",
])
def test_a_degree_after_no_rate_is_no_rate(text):
    assert read(text)[1] == []


@pytest.mark.parametrize("text, expected", [
    # a degree listed before the last rate of a 分别 list takes the value in its place, which no rate takes
    ("全区普法知晓率、群众认可度和活动参与率分别为90.5%、92.5%、87.5%。", [("普法知晓率", 90.5), ("活动参与率", 87.5)]),
    ("全区群众认可度和活动参与率分别为92.5%、87.5%。", [("活动参与率", 87.5)]),
    ("全区群众认可度、活动参与率分别为92.5%、87.5%。", [("活动参与率", 87.5)]),
    ("全区普法知晓率、群众认可度、活动参与率分别为90.5%、92.5%、87.5%。", [("普法知晓率", 90.5), ("活动参与率", 87.5)]),
    # the public's sense of safety is such a measure too
    ("全县群众安全感和政法工作满意率分别为97.9%、95.4%。", [("政法工作满意率", 95.4)]),
    ("全县群众安全感、社会治安满意率分别达到97.9%、95.4%。", [("社会治安满意率", 95.4)]),
])
def test_a_degree_listed_before_a_rate_takes_its_own_value(text, expected):
    assert sorted(read(text)[1]) == expected


def test_a_list_of_rates_alone_keeps_one_value_each():
    assert sorted(read("全区普法知晓率、覆盖率和活动参与率分别为90.5%、92.5%、87.5%。")[1]) \
        == [("普法知晓率", 90.5), ("活动参与率", 87.5), ("覆盖率", 92.5)]


@pytest.mark.parametrize("text, expected", [
    # a degree before a rate sharing its value: a measure of its own, neither a word of the rate's label nor a label
    # written in part
    ("全区法律援助群众认可度、知晓率均在93%以上。", [("知晓率", 93)]),
    ("全区群众认可度和知晓率均为93%。", [("知晓率", 93)]),
    # words the label is written in part after stay its own
    ("全区网办、掌办率均达到99%。", [("网办、掌办率", 99)]),
    ("全区行业性、专业性调解组织规范化率达到99%。", [("行业性、专业性调解组织规范化率", 99)]),
])
def test_a_degree_before_a_rate_sharing_its_value_is_no_word_of_its_label(text, expected):
    assert read(text)[1] == expected
