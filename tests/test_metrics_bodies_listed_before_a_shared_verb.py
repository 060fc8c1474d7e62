"""Bodies or services listed before 分别, the verb and noun they share written once after it (法律援助中心、公证处分别
办理案件a件、b件): each value is the listed body's count, in order, the first and those in the middle as well as the last.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, expected", [
    ("2023年,县法律援助中心、公证处分别办理案件745件、2810件。",
     [("legal_aid_cases", 745, 2023, False), ("notarizations", 2810, 2023, False)]),
    ("2023年,全县公证处、法律援助中心分别受理案件2810件、745件。",
     [("legal_aid_cases", 745, 2023, False), ("notarizations", 2810, 2023, False)]),
    ("2023年,全市法律援助中心、人民调解委员会分别办理案件745件、4120件。",
     [("legal_aid_cases", 745, 2023, False), ("mediation_cases", 4120, 2023, False)]),
    # three bodies: the one in the middle too
    ("2023年,全区法律援助中心、公证处、人民调解委员会分别办理案件512件、2330件、3870件。",
     [("legal_aid_cases", 512, 2023, False), ("mediation_cases", 3870, 2023, False),
      ("notarizations", 2330, 2023, False)]),
])
def test_each_body_listed_has_its_value(text, expected):
    assert sorted(facts(text, 2023)) == expected


@pytest.mark.parametrize("text", [
    # the advice given is no case handled
    "2023年,县法律援助中心、公证处分别办理咨询745件、2810件。",
    # places listed: each place's figure, none the report's own
    "2023年,甲县、乙县法律援助中心分别办理案件745件、810件。",
])
def test_no_case_count_of_advice_or_of_places(text):
    assert [f for f in facts(text, 2023) if f[0] == "legal_aid_cases"] == []


@pytest.mark.parametrize("text", [
    # bodies of one service (its centre and its stations): the service named only in the words shared after 分别 is no
    # body's own key, for the last body as for the first; each value a body's part, none the year's count
    "2023年,县法律援助中心、乡镇法律援助工作站分别办理法律援助案件800件、430件。",
    "2023年,县公证处、乡镇公证服务点分别办理公证事项5000件、600件。",
])
def test_bodies_of_one_service_give_no_year_count(text):
    assert facts(text, 2023) == []
