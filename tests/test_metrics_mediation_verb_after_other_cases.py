"""调解 alone after a count of reconsiderations or of a court's cases is how those cases closed, no people's mediation
(办理行政复议案件141件,调解75件); after a mediation body's count it is that body's caseload.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import keys_values


@pytest.mark.parametrize("text, expected", [
    ("2024年办理行政复议案件96件,调解41件,调解率42.7%。", [("reconsideration_received", 96)]),
    ("全年受理行政复议申请58件,调解19件。", [("reconsideration_received", 58)]),
    ("县法院审理民事案件820件,调解310件。", []),
])
def test_mediation_after_other_cases_is_theirs(text, expected):
    assert keys_values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全镇人民调解委员会全年调解860件,调解成功851件。", [("mediation_cases", 860), ("mediation_succeeded", 851)]),
    ("村调委会全年受理85件。", [("mediation_cases", 85)]),
    # a reconsideration count in its own sentence before
    ("全年受理行政复议申请58件。各村调委会全年调解430件,调解成功428件。",
     [("mediation_cases", 430), ("mediation_succeeded", 428), ("reconsideration_received", 58)]),
])
def test_mediation_after_a_mediation_body_is_its_caseload(text, expected):
    assert keys_values(text) == expected


# A success said by its verbs alone (成功调解6件, 调解成功7件, 成功31件) goes on from the count before it: the topic named
# last before it in its sentence tells whose success it is.
@pytest.mark.parametrize("text, expected", [
    ("全年新收行政复议案件64件,审结57件,成功调解6件。", [("reconsideration_closed", 57), ("reconsideration_received", 64)]),
    ("全年新收行政复议申请70件,审结66件,其中调解成功7件。", [("reconsideration_closed", 66), ("reconsideration_received", 70)]),
    ("县信访局受理群众来信来访180件,成功化解171件。", []),
    ("上级交办督办件14件,成功化解11件。", []),
    ("县司法局推动诉讼案件化解,法院引调诉讼案件42件,成功31件。", []),
    # a reconsideration's mediation said after the success, or before it after its own verb
    ("全年对45件案件组织调解,调解成功30件,行政复议调解成功率66.7%。", []),
    ("县司法局通过行政复议调解一次性成功化解6起行政争议。", []),
    # petitions named after the verb
    ("全年成功化解信访积案9件。", []),
])
def test_a_success_said_alone_after_another_count_is_none_of_mediation(text, expected):
    assert keys_values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全县人民调解组织受理矛盾纠纷1350件,成功1338件。", [("mediation_cases", 1350), ("mediation_succeeded", 1338)]),
    ("全年调解1200件,成功调解1190件。", [("mediation_cases", 1200), ("mediation_succeeded", 1190)]),
    # the disputes named after the verb: theirs, whatever was counted before on the line
    ("全年受理行政复议申请40件。全县成功调解矛盾纠纷980件。", [("mediation_succeeded", 980), ("reconsideration_received", 40)]),
    # mediation named after the other topic, before the success
    ("办理行政复议案件40件;各调委会调解纠纷700件,调解成功690件。",
     [("mediation_cases", 700), ("mediation_succeeded", 690), ("reconsideration_received", 40)]),
    ("办理行政复议案件40件;全县化解纠纷700件,成功化解690件。",
     [("mediation_cases", 700), ("mediation_succeeded", 690), ("reconsideration_received", 40)]),
])
def test_a_success_said_alone_after_a_mediation_count_is_its_success(text, expected):
    assert keys_values(text) == expected


@pytest.mark.parametrize("text", [
    # with what was settled named after the verbs: a reconsideration's, a court mechanism's or an arbitrator's
    "全年行政复议调解成功案件12件。",
    "府院联动受理行政复议纠纷300件,成功化解纠纷120件。",
    "府院联动受理行政复议纠纷300件,调解成功案件110件。",
    "劳动人事争议仲裁院调解成功案件320件。",
    "全县人民调解组织积极参与联动。仲裁庭调解成功案件15件。",
])
def test_a_success_named_with_its_disputes_of_another_body_is_none_of_mediation(text):
    assert "mediation_succeeded" not in dict(keys_values(text))


# Disputes said settled by 化解 (化解纠纷120件, 成功化解纠纷110件), the verb reconsideration, courts and petitions share
# with mediation, go on from the count before them in their clause: that topic's, no people's mediation.
@pytest.mark.parametrize("text, expected", [
    ("全年受理行政复议案件300件,化解纠纷120件。", [("reconsideration_received", 300)]),
    ("全年受理行政复议案件300件,成功化解纠纷110件。", [("reconsideration_received", 300)]),
    ("全年受理行政复议申请58件,化解矛盾纠纷41件。", [("reconsideration_received", 58)]),
    ("深化府院联动,受理行政复议纠纷86件,成功化解纠纷80件。", []),
    ("县信访局受理群众来信来访180件,化解矛盾纠纷150件。", []),
])
def test_disputes_settled_after_another_count_in_their_clause_are_its(text, expected):
    assert keys_values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # mediation named since, in a new sentence or in the clause
    ("全年受理行政复议案件300件。全县人民调解组织化解纠纷120件。",
     [("mediation_cases", 120), ("reconsideration_received", 300)]),
    ("全年受理行政复议案件300件,各村调委会化解纠纷90件。", [("mediation_cases", 90), ("reconsideration_received", 300)]),
    ("全年受理行政复议案件300件,各村调委会成功化解纠纷85件。",
     [("mediation_succeeded", 85), ("reconsideration_received", 300)]),
    # a clause of its own after a semicolon, or a sentence of its own
    ("全年受理行政复议案件300件;全县化解矛盾纠纷140件。", [("mediation_cases", 140), ("reconsideration_received", 300)]),
    ("全年受理行政复议案件300件。全县化解矛盾纠纷140件。", [("mediation_cases", 140), ("reconsideration_received", 300)]),
    ("全年受理行政复议申请40件。全县成功化解矛盾纠纷960件。",
     [("mediation_succeeded", 960), ("reconsideration_received", 40)]),
    # mediation's own word in the label
    ("全年受理行政复议案件300件;全县调解矛盾纠纷130件。", [("mediation_cases", 130), ("reconsideration_received", 300)]),
    ("全年受理行政复议申请40件。全县调处成功矛盾纠纷900件。",
     [("mediation_succeeded", 900), ("reconsideration_received", 40)]),
    # no other count before it
    ("全年化解矛盾纠纷1200件,调解成功率98.5%。", [("mediation_cases", 1200), ("mediation_success_rate", 98.5)]),
])
def test_disputes_settled_after_mediation_named_or_in_a_clause_of_their_own_are_mediations(text, expected):
    assert keys_values(text) == expected
