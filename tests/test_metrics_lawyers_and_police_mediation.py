"""Lawyers' mediation (律师调解工作室, 律师调解中心) and the police's (公安调解) are other bodies' than the people's
mediators ([quantities.other_mediation] bodies): their cases, successes and rates are none of the area's mediation,
as the intake's labels already leave out 律师. Named beside the people's in a list of ways of working, they name no body.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text", [
    "律师调解工作室调解纠纷260件,调解成功241件。",
    "县律师调解中心全年调解成功纠纷87件,调解成功率92%。",
    "公安调解矛盾纠纷530起,调解成功512起。",
    "公安派出所调解治安纠纷410起,调解成功率96.5%。",
    # public-order cases or disputes after the verb, with no body named, or the bureau as the subject
    "全年依法调解治安案件1260起,调解成功1175起。",
    "调处各类治安纠纷380起,调解成功率95.3%。",
    "县公安局调解治安案件640起,成功调解611起。",
    "白沙公安分局调解矛盾纠纷220起,调解成功209起。",
])
def test_lawyers_and_police_mediation_is_no_area_mediation(text):
    assert facts(text) == []


def test_the_peoples_mediators_named_after_them_count_again():
    assert facts("律师调解工作室调解纠纷260件。人民调解组织调解纠纷930件,调解成功905件。") == [
        ("mediation_cases", 930, 2024, False), ("mediation_succeeded", 905, 2024, False)]


def test_named_in_a_list_of_ways_of_working_they_name_no_body():
    assert facts("健全人民调解、行政调解、律师调解衔接机制,全年调解矛盾纠纷1210件,调解成功1187件。") == [
        ("mediation_cases", 1210, 2024, False), ("mediation_succeeded", 1187, 2024, False)]


def test_the_peoples_mediators_after_the_police_s_public_order_cases_count_again():
    assert facts("调解治安案件1260起,调解成功1175起;人民调解组织调解纠纷2140件,调解成功2102件。") == [
        ("mediation_cases", 2140, 2024, False), ("mediation_succeeded", 2102, 2024, False)]


def test_a_neighbours_dispute_is_no_public_order_case():
    assert facts("全年调解邻里纠纷310件,调解成功298件。") == [
        ("mediation_cases", 310, 2024, False), ("mediation_succeeded", 298, 2024, False)]
