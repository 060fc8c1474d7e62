"""A bare count of the cases a service's body handled (法律援助机构办理案件N件, 公证处办理案件N件) is that service's: the
body said as the count's subject is the topic its figures are of, though reconsideration was named just before
([metric] reconsideration_received other_topic, {SERVICE_BODIES}).

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, expected", [
    ("全省新收行政复议案件1.8万件。全省法律援助机构办理案件3.6万余件。",
     [("legal_aid_cases", 36000, 2024, False), ("reconsideration_received", 18000, 2024, False)]),
    ("全年受理行政复议申请640件。全市各级法律援助机构共办理案件4100件。",
     [("legal_aid_cases", 4100, 2024, False), ("reconsideration_received", 640, 2024, False)]),
    # in the same sentence, and the cases closed (办结) as the cases handled
    ("全年受理行政复议申请640件,区法律援助中心办结案件410件。",
     [("legal_aid_cases", 410, 2024, False), ("reconsideration_received", 640, 2024, False)]),
    ("全年受理行政复议申请640件。区公证处办理案件9800件。",
     [("notarizations", 9800, 2024, False), ("reconsideration_received", 640, 2024, False)]),
])
def test_a_service_body_as_the_subject_of_a_bare_count_is_the_counts_service(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the notaries' offices count notarial acts, however many the offices are
    ("全市4家公证处办理案件2.3万件。", [("notarizations", 23000, 2024, False)]),
    ("全省公证机构共办理案件11万件。", [("notarizations", 110000, 2024, False)]),
])
def test_the_cases_a_notarys_office_handled_are_notarial_acts(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the outcomes of the reconsiderations handled add nothing; a bare count with no other body named stays theirs
    ("全年受理行政复议申请640件,办理案件中维持390件。", [("reconsideration_received", 640, 2024, False)]),
    ("全年新收行政复议案件640件。市行政复议中心办结案件610件。",
     [("reconsideration_closed", 610, 2024, False), ("reconsideration_received", 640, 2024, False)]),
    # a service named in passing, no body that handled the count, changes nothing
    ("行政复议工作中为困难申请人提供法律援助,全年办理案件120件。", [("reconsideration_received", 120, 2024, False)]),
    # an office's other work is no count of cases
    ("区公证处开展普法讲座30场。", []),
])
def test_no_service_body_as_the_subject_leaves_the_count(text, expected):
    assert facts(text) == expected
