"""Institutions: a department or a service named by its words alone right after a place's call of itself (我县公安局,
我市司法局, 我区法律援助中心: catalog own_calls) is that level's body, as after the level word alone (县公安局): the
report's county's where the region says which (郸城县公安局), joined to the one named by the level word where it does
not; not the city's bureau the report also names (市公安局). A bureau's call of itself (我局) names no level."""

from __future__ import annotations

import pytest
from conftest import bodies

DANCHENG = "411625"  # 河南省周口市郸城县


def _entries(sentence: str, code: str | None) -> list[tuple[str, str | None, int]]:
    return [(name, f.canonical, len(f.mentions)) for name, f in bodies(sentence, code).items()]


@pytest.mark.parametrize("sentence, code, expected", [
    ("。我县公安局开展专项行动，市公安局到场指导", DANCHENG,
     [("公安局", "郸城县公安局", 1), ("市公安局", "周口市公安局", 1)]),
    ("。我县司法局开展普法宣传，市司法局到场指导", DANCHENG,
     [("司法局", "郸城县司法局", 1), ("市司法局", "周口市司法局", 1)]),
    ("。我县市场监管局开展抽查", DANCHENG, [("市场监管局", "郸城县市场监督管理局", 1)]),
    ("。我县法律援助中心办理案件120件", DANCHENG, [("法律援助中心", "郸城县法律援助中心", 1)]),
    ("。我县公安局开展专项行动，县公安局破获案件3起", DANCHENG, [("公安局", "郸城县公安局", 2)]),
    # the region not known: the level's body all the same, not the city's
    ("。我县公安局开展专项行动，市公安局到场指导", None, [("公安局", None, 1), ("市公安局", None, 1)]),
    ("。我区司法局开展普法宣传", None, [("司法局", None, 1)]),
    ("。我县公安局开展专项行动，县公安局破获案件3起", None, [("公安局", None, 2)]),
])
def test_a_department_after_the_call_of_a_place(sentence, code, expected):
    assert _entries(sentence, code) == expected


def test_not_after_a_bureau_calling_itself():
    assert _entries("。我局法律援助中心办理案件", DANCHENG) == [("法律援助中心", None, 1)]
