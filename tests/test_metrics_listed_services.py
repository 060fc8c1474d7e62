"""A generic count after a list of several services ([defaults] generic_nouns) is none of theirs.

Every sentence here is written for the test. Staff or windows of 人民调解、法律援助、行政复议 named together, then
办理案件N件: the count is the centre's, of whichever service, so no one service's headline figure. A count naming
its service, a list of one, kinds of the same service, or a list beside no service a rule counts keep the figure.
"""

from __future__ import annotations

import pytest
from test_metric_families import keys_values

_STAFF = "2023年,区司法局抽调人民调解、法律援助、行政复议等工作人员进驻矛调中心,"


@pytest.mark.parametrize(
    "sentence",
    [
        _STAFF + "协助办理案件860件。",  # 案件
        "2023年,区司法局抽调人民调解、法律援助、行政复议工作人员进驻矛调中心,协助办理案件860件。",  # the last item goes on
        "2023年,区司法局抽调行政复议、人民调解、法律援助等工作人员进驻矛调中心,协助办理案件860件。",  # listed first
        _STAFF + "共收案860件。",  # 案
        _STAFF + "受理申请860件。",  # 申请
        _STAFF + "受理860件。",  # a label that ends in its verb
        _STAFF[:-1] + "。全年协助办理案件860件。",  # the list in the sentence before on its line
        "2023年,区公共法律服务中心提供人民调解、法律援助等服务,办理案件320件。",  # legal aid's generic label
    ],
)
def test_a_generic_count_after_several_services_is_none_of_theirs(sentence):
    assert keys_values(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the count names its service
        (_STAFF + "办理行政复议案件86件。", [("reconsideration_received", 86)]),
        # a list of one
        ("2023年,区司法局抽调行政复议工作人员进驻矛调中心,协助办理案件86件。", [("reconsideration_received", 86)]),
        ("2023年,区公共法律服务中心提供法律援助服务,办理案件320件。", [("legal_aid_cases", 320)]),
        ("2023年,区司法局收到行政复议申请120件。全年办理案件118件。",
         [("reconsideration_received", 118), ("reconsideration_received", 120)]),
        # kinds of the same service listed
        ("2023年,区司法局统筹人民调解、行政调解、司法调解等力量,受理案件860件。", [("mediation_cases", 860)]),
        # beside no service a rule counts (普法宣传)
        ("2023年,区司法局加强普法宣传、行政复议规范化建设,全年办理案件86件。", [("reconsideration_received", 86)]),
        # a label with a noun of its own (纠纷) is no generic count
        (_STAFF + "受理纠纷860件。", [("mediation_cases", 860)]),
    ],
)
def test_a_count_of_one_service_keeps_it(sentence, expected):
    assert keys_values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # services listed before 分别, one value each: every service its own, the middle one too
        ("2023年,全县人民调解、法律援助、公证分别受理1200件、300件、450件。",
         [("legal_aid_cases", 300), ("mediation_cases", 1200), ("notarizations", 450)]),
        ("我区人民调解、法律援助和公证工作分别办理1530件、286件、2104件。",
         [("legal_aid_cases", 286), ("mediation_cases", 1530), ("notarizations", 2104)]),
        ("全市公证、法律援助、人民调解分别受理4500件、620件、3100件。",
         [("legal_aid_cases", 620), ("mediation_cases", 3100), ("notarizations", 4500)]),
        ("全县法律援助、人民调解、公证分别受理300件、1200件、450件。",
         [("legal_aid_cases", 300), ("mediation_cases", 1200), ("notarizations", 450)]),
    ],
)
def test_services_listed_before_respectively_each_keep_their_value(sentence, expected):
    assert keys_values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # services joined with one value: a total over them, none of theirs
        ("2023年,全县人民调解、法律援助共受理1500件。", []),
        ("2023年,全县人民调解和法律援助、公证分别受理1500件、450件。", [("notarizations", 450)]),
    ],
)
def test_services_joined_with_one_value_stay_none_of_theirs(sentence, expected):
    assert keys_values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # services listed before 分别, each value naming its cases itself: still one each, in order
        ("2023年,全县人民调解、法律援助、公证分别受理纠纷1200件、案件300件、450件。",
         [("legal_aid_cases", 300), ("mediation_cases", 1200), ("notarizations", 450)]),
        ("我县人民调解、法律援助、公证分别调处纠纷2310件、受理案件265件、办证3120件。",
         [("legal_aid_cases", 265), ("mediation_cases", 2310), ("notarizations", 3120)]),
        ("全区人民调解、法律援助和公证分别受理纠纷980件、案件156件、公证事项1720件。",
         [("legal_aid_cases", 156), ("mediation_cases", 980), ("notarizations", 1720)]),
    ],
)
def test_services_listed_before_respectively_with_the_values_own_nouns(sentence, expected):
    assert keys_values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a generic noun after a count with no list of labels before it names nothing
        ("2023年,全县受理矛盾纠纷1200件、案件300件。", [("mediation_cases", 1200)]),
        # kinds of disputes listed before their noun stay kinds, none the year's figure
        ("2023年,全县调解婚姻家庭、邻里、土地纠纷分别为300件、200件、100件。", []),
    ],
)
def test_generic_nouns_and_kinds_outside_a_list_of_services(sentence, expected):
    assert keys_values(sentence) == expected
