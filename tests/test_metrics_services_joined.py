"""Two services joined by 和 or 及 are a list, as two joined by 、: a generic count after them is none of theirs.

Every sentence here is written for the test. 人民调解和法律援助等力量…,办理案件N件 counts the cases of whichever
service; a count after one service, or after a 和 that joins a service to no other (律师, 普法宣传), or the 及 of
及时, keeps its key.
"""

from __future__ import annotations

import pytest
from test_metric_families import keys_values


@pytest.mark.parametrize(
    "sentence",
    [
        "2023年,区司法局统筹人民调解和法律援助等力量,办理案件860件。",  # 和 before the rule's service
        "2023年,区司法局选派人民调解及法律援助工作人员进驻矛调中心,协助办理案件860件。",  # 及
        "2023年,区司法局统筹法律援助和人民调解力量,办理案件860件。",  # the service's prefix (人民) after 和
        "2023年,区司法局统筹法律援助及行政复议力量,办理案件860件。",  # 和 after the rule's service
        "2023年,区司法局派驻法律援助律师及人民调解员,受理案件86件。",
    ],
)
def test_a_generic_count_after_two_joined_services_is_none_of_theirs(sentence):
    assert keys_values(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the count names its service
        ("2023年,区司法局统筹人民调解和法律援助等力量,办理法律援助案件860件。", [("legal_aid_cases", 860)]),
        # kinds of one service joined
        ("2023年,区司法局统筹人民调解和行政调解力量,受理案件860件。", [("mediation_cases", 860)]),
        # joined to no service a rule counts
        ("2023年,区司法局统筹法律援助和普法宣传力量,办理案件860件。", [("legal_aid_cases", 860)]),
        # the 和 joins the people before the service, not services
        ("2023年,区司法局组织人民调解员和律师提供法律援助,办理案件860件。", [("legal_aid_cases", 860)]),
        # the 及 of 及时
        ("2023年,区司法局派驻法律援助律师及时调解,受理案件86件。", [("mediation_cases", 86)]),
    ],
)
def test_a_count_of_one_service_keeps_it(sentence, expected):
    assert keys_values(sentence) == expected
