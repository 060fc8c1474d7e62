"""People's mediation and legal aid named alone before their counts, as a data release's row or a list of services
names them (人民调解(件) | 1200; 全县人民调解1200件,法律援助680件,公证4500件): their cases, as 公证 alone counts the
notarial acts. Not services joined under one count (人民调解和法律援助1200件, 人民调解、法律援助1200件), not bodies
counted (建成人民调解…12个), not a court's, not an average; and an item of a comma-parted list that 其中 opens (其中,行政调解21557件,
人民调解22587件) is a part of the whole before it, as the list's first item is.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import keys_values


@pytest.mark.parametrize(("text", "expected"), [
    ("2023年,全镇人民调解417件,法律援助86件,公证1290件。",
     [("legal_aid_cases", 86), ("mediation_cases", 417), ("notarizations", 1290)]),
    ("指标 数值\n人民调解(件) 417\n法律援助(件) 86\n", [("legal_aid_cases", 86), ("mediation_cases", 417)]),
    ("人民调解 | 417件\n法律援助 | 86件\n", [("legal_aid_cases", 86), ("mediation_cases", 417)]),
    ("2023年,全镇人民调解417件、法律援助86件、公证1290件。",
     [("legal_aid_cases", 86), ("mediation_cases", 417), ("notarizations", 1290)]),
])
def test_a_service_named_alone_counts_its_cases(text, expected):
    assert keys_values(text) == expected


def test_a_service_named_alone_with_its_verb_after_it():
    assert keys_values("2023年,全镇人民调解受理417件,调解成功409件。") == [("mediation_cases", 417),
                                                                    ("mediation_succeeded", 409)]


@pytest.mark.parametrize("text", [
    # services joined under one count: a total over them
    "2023年,全镇法律援助和人民调解共417件。",
    "2023年,全镇人民调解和法律援助417件。",
    "2023年,全镇人民调解、法律援助417件。",
    "2023年,全镇法律援助、人民调解417件。",
    # bodies, not cases; a court's; a union's; a consultation's
    "2023年,全镇已建成人民调解12个。",
    "2023年,县法院诉前人民调解417件。",
    "2023年,全镇律师参与人民调解41件。",
    "2023年,全县职工法律援助86件。",
    "2023年,全镇法律援助咨询417件。",
    # an average, no year's count
    "2023年,全镇月均人民调解35件,月均法律援助7件。",
    "2023年,全镇每月人民调解35件。",
    "2023年,全镇每月法律援助7件。",
])
def test_no_service_count_named_alone(text):
    assert [kv for kv in keys_values(text) if kv[0] in ("mediation_cases", "legal_aid_cases")] == []


@pytest.mark.parametrize("text", [
    "全年本区各类调解组织共调解化解矛盾纠纷7493件,其中,行政调解2155件,人民调解2258件,社会组织调解899件。",
    "全年各类调解组织共调解矛盾纠纷7493件,其中行政调解2155件,人民调解2258件。",
    "全年各类调解组织共调解矛盾纠纷7493件,其中:行政调解2155件,人民调解2258件。",
])
def test_a_later_item_of_a_comma_parted_list_after_a_part_marker_is_a_part(text):
    assert keys_values(text) == [("mediation_cases", 7493)]


def test_an_item_after_a_list_of_no_marker_stays_a_headline():
    # (no 其中 before the items: each its own figure)
    assert keys_values("2023年,全镇行政调解2155件,人民调解2258件。") == [("mediation_cases", 2258)]
