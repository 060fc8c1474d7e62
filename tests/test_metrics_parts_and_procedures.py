"""Parts of a total listed after 其中:, counts by procedure, zero phrases after a list, specialised disputes, the
rise a ratio is said in and long rate labels, as reports write them.

Every sentence here is written for the test, and read with the report's year given.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


def facts(text: str):
    """(key, value, year, target) of each headline metric of `text`, read in a report on 2023."""
    return sorted((k, v, y, t) for k, v, y, t, _ in read(text)[0])


# 其中: opens a list whose items a ; parts: every item is a part of the total before, not a second value.
@pytest.mark.parametrize("text, expected", [
    ("全年办理公证3120件,其中:国内公证事项1800件;涉外公证事项900件;经济公证事项420件。",
     [("notarizations", 3120, 2023, False)]),
    ("全年调解各类矛盾纠纷860件,其中:邻里纠纷210件;婚姻家庭纠纷190件;其他纠纷80件。",
     [("mediation_cases", 860, 2023, False)]),
])
def test_items_of_a_list_after_其中_colon_are_parts(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # another key after the ; is no part of the total before
    ("全年办理公证3120件,其中:涉外公证事项900件;受理法律援助案件640件。",
     [("legal_aid_cases", 640, 2023, False), ("notarizations", 3120, 2023, False)]),
    # a colon that opens no part: the figures after it are the report's
    ("公证工作方面:办理公证事项3120件;法律援助方面:受理法律援助案件640件。",
     [("legal_aid_cases", 640, 2023, False), ("notarizations", 3120, 2023, False)]),
])
def test_a_semicolon_without_其中_colon_opens_no_part(text, expected):
    assert facts(text) == expected


# Cases counted by the procedure they took are a part of those handled: no count of cases received or closed.
@pytest.mark.parametrize("text, expected", [
    ("全年收到行政复议申请560件,通过简易程序办理案件210件。", [("reconsideration_received", 560, 2023, False)]),
    ("复议机构适用普通程序审理案件90件,全年共审结行政复议案件300件。", [("reconsideration_closed", 300, 2023, False)]),
])
def test_cases_by_their_procedure_are_no_intake(text, expected):
    assert facts(text) == expected


def test_a_procedure_the_law_sets_leaves_the_intake_read():
    assert facts("复议机构按照法定程序受理行政复议案件480件。") == [("reconsideration_received", 480, 2023, False)]


# None of several kinds of case said with 败诉 last (未发生行政复议纠错、行政诉讼败诉案件): no lawsuit lost (and, where
# the list names reconsideration corrections, none of them either).
@pytest.mark.parametrize("text, expected", [
    ("全年未发生行政复议、行政应诉败诉案件。", [("litigation_lost", 0, 2023, False)]),
    ("2023年全县未发生行政复议纠错、行政诉讼败诉案件。",
     [("litigation_lost", 0, 2023, False), ("reconsideration_corrected", 0, 2023, False)]),
    # (no revocations by reconsideration: none corrected either)
    ("全年无复议撤销、行政诉讼败诉类案件。",
     [("litigation_lost", 0, 2023, False), ("reconsideration_corrected", 0, 2023, False)]),
    # …as every case's, the two joined by 或, or the cases with 的 (a department's reconsiderations and lawsuits)
    ("本局被申请行政复议2件,被诉行政案件1件,均未被纠错或败诉。",
     [("litigation_first_instance", 1, 2023, False), ("litigation_lost", 0, 2023, False),
      ("reconsideration_corrected", 0, 2023, False), ("reconsideration_received", 2, 2023, False)]),
    ("全年未出现行政诉讼败诉的情况。", [("litigation_lost", 0, 2023, False)]),
])
def test_none_lost_after_a_list_of_kinds(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a risk, not a lawsuit lost
    ("全年未发生重大决策失误、行政诉讼败诉风险仍然存在。", []),
    # the none is the corrections': the lawsuits lost are counted
    ("虽未发生行政复议纠错,但行政诉讼败诉案件3件。",
     [("litigation_lost", 3, 2023, False), ("reconsideration_corrected", 0, 2023, False)]),
    # the list names no kind of case
    ("全年未发生安全事故、败诉案件2件。", [("litigation_lost", 2, 2023, False)]),
])
def test_a_list_of_other_things_leaves_no_zero(text, expected):
    assert facts(text) == expected


# The disputes a specialised body takes ([defaults] specialised_disputes): its counts after the area's are parts;
# the disputes of any body mediating all kinds are not such a body's.
@pytest.mark.parametrize("text", [
    "全区调解各类矛盾纠纷900件。物业纠纷调委会调解物业纠纷120件,调解成功110件。",
    "全区调解各类矛盾纠纷900件。医患纠纷调解中心调解医患纠纷45件。",
])
def test_a_specialised_bodys_disputes_are_parts(text):
    assert facts(text) == [("mediation_cases", 900, 2023, False)]


def test_a_labour_disputes_body_counts_a_part():
    assert facts("全市调解矛盾纠纷1500件,调解成功1460件。劳动争议调解中心调解劳动争议案件260件,调解成功230件。") == [
        ("mediation_cases", 1500, 2023, False), ("mediation_succeeded", 1460, 2023, False)]


def test_disputes_of_a_body_mediating_every_kind_are_its_figures():
    assert facts("全区调解各类矛盾纠纷900件。村调委会调解婚姻家庭纠纷120件。") == [
        ("mediation_cases", 120, 2023, False), ("mediation_cases", 900, 2023, False)]


# A ratio's bare figure after its rise: the rise verbs are [numbers.change] up_verbs; after a rate the same verb
# states a change, no level.
@pytest.mark.parametrize("text", [
    "行政复议与行政诉讼之比逐年提高,该比值跃升为2.4。",
    "行政复议与行政诉讼之比逐年提高,该比值攀升至2.4。",
    "行政复议与行政诉讼之比逐年提高,该比值上涨为2.4。",
])
def test_a_ratio_after_its_rise(text):
    assert facts(text) == [("reconsideration_litigation_ratio", 2.4, 2023, False)]


@pytest.mark.parametrize("text", ["行政诉讼败诉率较上年攀升2.1%。", "行政复议纠错率同比跃升3.5%。"])
def test_a_rise_of_a_rate_is_no_level(text):
    metrics, rates = read(text)
    assert (metrics, rates) == ([], [])


# A rate's label longer than a short window starts where the words before it end (a verb, a place's scope, 的),
# never inside a word.
@pytest.mark.parametrize("text, label", [
    ("推动全县一审行政案件行政机关负责人出庭应诉率达到96%。", "一审行政案件行政机关负责人出庭应诉率"),
    ("2023年度审理的行政诉讼案件行政机关负责人出庭率已达到100%。", "行政诉讼案件行政机关负责人出庭率"),
    ("全市乡镇街道综合行政执法队伍持证上岗率达到99%。", "乡镇街道综合行政执法队伍持证上岗率"),
])
def test_a_long_rate_label_is_read_whole(text, label):
    assert [lab for lab, _ in read(text)[1]] == [label]


def test_a_long_rate_label_still_ends_at_its_cut():
    assert read("在年度依法行政考核中行政机关负责人出庭应诉率为97%。")[1] == [("行政机关负责人出庭应诉率", 97)]
