"""Mediation counts said in the ways a data release and a list of kinds say them: the disputes named before the verb
(矛盾纠纷调解总数N件, 矛盾纠纷受理数N件, 纠纷调处量N件), labour disputes listed among the kinds of the disputes
mediated (调解劳动争议、婚姻家庭、邻里纠纷等各类矛盾纠纷N件: one kind of the whole, no labour office's work), the
successes said 调成 or after a part marker (调成N件, 其中成功N件), and the applications a mediation body accepts
(接受调解申请N件).

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import keys_values


def mediation(text: str):
    return [(k, v) for k, v in keys_values(text) if k.startswith("mediation")]


@pytest.mark.parametrize(("text", "value"), [
    ("2023年,全镇矛盾纠纷调解总数为416件。", 416),
    ("2023年,全镇民间纠纷受理数416件。", 416),
    ("2023年,全镇矛盾纠纷调处量达到416件。", 416),
    ("2023年,全镇人民调解案件受理数416件。", 416),
    ("2023年,全镇纠纷化解数量416件。", 416),
])
def test_the_disputes_named_before_the_verb_are_the_mediation_count(text, value):
    assert mediation(text) == [("mediation_cases", value)]


@pytest.mark.parametrize("text", [
    # a court's disputes, a petition office's
    "2023年,县法院矛盾纠纷受理数2300件。",
    "2023年,全县信访纠纷化解数量88件。",
    # the disputes named before a rate, no count
    "2023年,全镇矛盾纠纷调解成功率为98.1%。",
])
def test_no_mediation_count_named_before_its_verb(text):
    assert ("mediation_cases" not in {k for k, _ in mediation(text)})


@pytest.mark.parametrize(("text", "expected"), [
    ("2023年,全镇调解劳动争议、婚姻家庭、邻里纠纷等各类矛盾纠纷275件。", [("mediation_cases", 275)]),
    ("2023年,各村调委会调解婚姻家庭、劳动纠纷等纠纷275件,调解成功271件。",
     [("mediation_cases", 275), ("mediation_succeeded", 271)]),
])
def test_labour_disputes_listed_among_the_kinds_mediated_are_one_kind(text, expected):
    assert sorted(mediation(text)) == expected


@pytest.mark.parametrize("text", [
    # a labour office's intake, and the successes after it
    "2023年,县人社局受理劳动争议案件64件,成功调解51件。",
    "2023年,县劳动监察大队受理劳动纠纷投诉64件,调解成功51件。",
])
def test_a_labour_office_s_mediation_is_none_of_the_area_s(text):
    assert mediation(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("2023年,全镇调解矛盾纠纷275件,调成271件,调成率98.5%。",
     [("mediation_cases", 275), ("mediation_succeeded", 271), ("mediation_success_rate", 98.5)]),
    ("2023年,全镇调解矛盾纠纷275件,其中成功271件。", [("mediation_cases", 275), ("mediation_succeeded", 271)]),
    ("2023年,全镇调委会共接受调解申请275件。", [("mediation_cases", 275)]),
])
def test_successes_said_short_or_as_a_part_and_applications_accepted(text, expected):
    assert sorted(mediation(text)) == expected


@pytest.mark.parametrize("text", [
    # another topic's successes said after a part marker
    "2023年,县法院引调诉讼案件35件,其中成功26件。",
    "2023年,县信访局受理信访事项88件,其中成功化解80件。",
])
def test_no_mediation_success_after_another_topic(text):
    assert mediation(text) == []
