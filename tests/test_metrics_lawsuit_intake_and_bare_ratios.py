"""The lawsuits an area answers, counted by their intake after the word (行政诉讼受案808件, 行政诉讼收案63件); an 一审
of the lawsuits compared with (超过同期一审行政诉讼案件数) that sorts no count by instance; the ratio said as a bare
比例 after the two counts (…,行政诉讼受案500件,比例约为2.4:1); a rate label followed by the word of a share before
its figure (涉企案件比率占比28.3%).

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, value", [
    ("2024年,全市行政诉讼受案412件,审结398件。", 412),
    ("全县行政诉讼收案41件,审结39件。", 41),
    ("本年度我局行政诉讼案件受案17件。", 17),
])
def test_lawsuits_counted_by_their_intake_after_the_word(text, value):
    assert facts(text) == [("litigation_first_instance", value, 2024, False)]


@pytest.mark.parametrize("text", [
    # a court's intake of appeals beside it: the count holds more than first-instance cases
    "全市行政诉讼受案300件,其中二审案件60件。",
    # the intake of cases closed is none received
    "全市行政诉讼受案审结280件。",
])
def test_an_intake_that_holds_other_instances_is_no_first_instance_count(text):
    assert facts(text) == []


def test_the_first_instance_compared_with_leaves_the_count_the_lawsuits():
    text = "全市收到行政复议申请1500件,行政诉讼受案600件,复议案件数是同期一审行政诉讼案件数的2.5倍。"
    assert facts(text) == [("litigation_first_instance", 600, 2024, False),
                           ("reconsideration_litigation_ratio", 2.5, 2024, False),
                           ("reconsideration_received", 1500, 2024, False)]


def test_a_first_instance_part_still_makes_the_whole_no_first_instance_count():
    # 一审 not of a comparison: the 300 holds appeals too, the 240 is the first instance
    assert facts("全市行政诉讼受案300件,其中一审行政诉讼案件240件。") == [
        ("litigation_first_instance", 240, 2024, False)]


@pytest.mark.parametrize("text, value", [
    ("2024年,全市各级行政复议机关受理复议案件1200件,行政诉讼受案500件,比例约为2.4:1。", 2.4),
    ("全县行政复议案件86件。行政诉讼案件43件,比例为2:1。", 2),
])
def test_a_bare_proportion_after_reconsiderations_and_lawsuits_is_their_ratio(text, value):
    assert ("reconsideration_litigation_ratio", value, 2024, False) in facts(text)


@pytest.mark.parametrize("text", [
    # no reconsideration said: mediation's successes against its intake
    "全县受理矛盾纠纷500件,调解成功200件,比例约为2.5:1。",
    # a proportion with its own words is no bare one
    "全市行政复议案件中,行政处罚类与政府信息公开类比例约为3:1。",
])
def test_other_proportions_are_no_ratio_of_reconsiderations(text):
    assert "reconsideration_litigation_ratio" not in [key for key, *_ in facts(text)]


@pytest.mark.parametrize("text, rate", [
    ("2024年,全市涉企案件比率占比31.6%。", ("涉企案件比率", 31.6)),
    ("全县调解成功率所占比重为98.2%。", ("调解成功率", 98.2)),
    ("行政机关负责人出庭应诉率比例为96.5%。", ("行政机关负责人出庭应诉率", 96.5)),
])
def test_a_rate_label_before_the_word_of_a_share_keeps_its_label(text, rate):
    assert read(text, 2024)[1] == [rate]


def test_the_headline_rate_before_the_word_of_a_share():
    assert facts("全县调解成功率所占比重为98.2%。") == [("mediation_success_rate", 98.2, 2024, False)]


def test_a_share_after_a_noun_stays_in_its_label():
    # no 率 before 占比: the share of the losses is read with its word (败诉案件{SHARE})
    assert facts("审结行政诉讼案件100件,败诉案件占比5%。") == [("litigation_loss_rate", 5, 2024, False)]


@pytest.mark.parametrize("text", [
    "行政诉讼受案120件,其中非诉执行案件20件。",
    "全年办理行政诉讼案件33件(含非诉审查案件5件)。",
])
def test_lawsuits_holding_non_litigation_cases_are_no_first_instance_count(text):
    assert facts(text) == []


def test_non_litigation_cases_beside_the_lawsuits_leave_them_first_instance():
    assert facts("全年办理行政诉讼案件33件,行政非诉执行案件5件。") == [("litigation_first_instance", 33, 2024, False)]


@pytest.mark.parametrize("text, value", [
    ("全年,全县行政复议共受案83件,同比增长74%。", 83),
    ("2024年,全市行政复议受案2005件,审结1629件。", 2005),
])
def test_reconsiderations_counted_by_their_intake_as_shou_an(text, value):
    assert ("reconsideration_received", value, 2024, False) in facts(text)


@pytest.mark.parametrize("text", [
    # a court's intake, with reconsideration named only as the kind of a part
    "全年法院行政案件受案120件,其中涉及行政复议的35件。",
    # no reconsideration in the sentence: the intake is no reconsideration's
    "全年县法院受案1200件。",
])
def test_an_intake_of_no_reconsideration_is_none_received(text):
    assert "reconsideration_received" not in [key for key, *_ in facts(text)]
