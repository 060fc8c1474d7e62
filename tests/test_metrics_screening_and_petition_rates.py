"""What a mediation count is not, and one way it is said: the disputes a mediation body screened (调委会共排查纠纷
135件) are its caseload only where the sentence counts no cases mediated after them (…;调解案件总数474件); the cases
taken up for mediation may be said 接案调处167起; and petitions resolved at their first filing (初件化解率,
初信初访化解率) are no mediation's success.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


def test_screening_beside_the_cases_mediated_counts_no_cases():
    assert facts("全县各级调委会共排查纠纷135件,预防纠纷112件;调解案件总数474件,成功调解470件。") == [
        ("mediation_cases", 474, 2024, False), ("mediation_succeeded", 470, 2024, False)]


def test_a_bodys_screening_with_only_its_successes_is_its_caseload():
    assert facts("全县各级调委会共排查纠纷135件,调解成功130件。") == [
        ("mediation_cases", 135, 2024, False), ("mediation_succeeded", 130, 2024, False)]


@pytest.mark.parametrize("text, expected", [
    ("2022年,全镇各级调解组织共排查矛盾纠纷186起,接案调处167起,成功化解156起。",
     [("mediation_cases", 167, 2022, False), ("mediation_succeeded", 156, 2022, False)]),
    ("全年各调委会共接案调解88件,调解成功86件。",
     [("mediation_cases", 88, 2024, False), ("mediation_succeeded", 86, 2024, False)]),
])
def test_the_cases_taken_up_for_mediation(text, expected):
    assert facts(text) == expected


def test_cases_taken_up_after_another_service_are_not_mediations():
    assert facts("全年行政复议接案调处12件。") == []


@pytest.mark.parametrize("text", [
    "全力化解矛盾纠纷。处理平台来件754件,初件化解率达80.57%。",
    "全县受理矛盾纠纷500件,初信初访化解率达92%。",
])
def test_a_first_filing_resolution_rate_is_no_mediation_success(text):
    assert all(key != "mediation_success_rate" for key, *_ in facts(text))


def test_a_resolution_rate_beside_the_disputes_mediated_is_the_success_rate():
    assert facts("全县受理矛盾纠纷500件,化解率达92%。") == [
        ("mediation_cases", 500, 2024, False), ("mediation_success_rate", 92, 2024, False)]
