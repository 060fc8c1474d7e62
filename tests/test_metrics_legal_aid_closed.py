"""Legal-aid cases taken in and closed in one year: the cases taken in (受理, 办理, 指派) are the year's count, those
closed (办结, 结案) some of them, which give way to it in either order; the cases closed said alone are the count there
is.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, expected", [
    ("2023年,县法律援助中心受理法律援助案件960件,受援人数1984人次,办结法律援助案件465件。", 960),
    ("2023年,全县指派法律援助案件300件,办结法律援助案件280件。", 300),
    # in the other order, in two sentences
    ("2023年,全县办结法律援助案件900件。全县受理法律援助案件960件。", 960),
    # the closed counted by the verb alone after the cases
    ("2023年,全县共受理法律援助案件1925件,结案1866件。", 1925),
])
def test_the_cases_closed_give_way_to_those_taken_in(text, expected):
    assert facts(text, 2023) == [("legal_aid_cases", expected, 2023, False)]


@pytest.mark.parametrize("text, expected", [
    # said alone, the cases closed are the count there is
    ("2023年,全县共办结法律援助案件465件。", [("legal_aid_cases", 465, 2023, False)]),
    # …and each year's count stays its own
    ("2022年,全县受理法律援助案件900件。2023年,全县办结法律援助案件880件。",
     [("legal_aid_cases", 880, 2023, False), ("legal_aid_cases", 900, 2022, False)]),
])
def test_the_cases_closed_alone_or_of_another_year_stay(text, expected):
    assert facts(text, 2023) == expected


@pytest.mark.parametrize("text, expected", [
    # the service named, then its cases closed by the verb alone: the count there is
    ("2023年,全县法律援助办结860件,同比增长5%。", [("legal_aid_cases", 860, 2023, False)]),
    ("我市法援结案412件。", [("legal_aid_cases", 412, 2023, False)]),
    ("2023年,县法律援助中心全年办结638件。", [("legal_aid_cases", 638, 2023, False)]),
    # …beside the cases taken in, some of them: those give way to them
    ("2023年,全县受理法律援助案件900件。全县法律援助办结860件。", [("legal_aid_cases", 900, 2023, False)]),
    ("2023年,县法律援助中心受理900件。县法律援助中心办结860件。", [("legal_aid_cases", 900, 2023, False)]),
])
def test_the_cases_closed_said_after_the_service(text, expected):
    assert facts(text, 2023) == expected


@pytest.mark.parametrize("text", [
    # a rate of closing, a time taken, or services joined: no count of legal-aid cases
    "2023年,全县法律援助办结率98%。",
    "2023年,全县法律援助办结案件平均用时20天。",
    "2023年,全县人民调解、法律援助办结1200件。",
])
def test_no_cases_closed_read_from_other_figures(text):
    assert facts(text, 2023) == []
