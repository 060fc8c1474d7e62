"""The law-enforcement squads of the fields whose enforcement was joined in one (交通运输, 市场监管, 生态环境保护, 农业,
文化市场, 应急管理 综合行政执法 支队/大队, with 行政 or without) are named by their field after their place's level word:
the whole name, never the bare 综合行政执法大队 with the county and the field dropped. The reform named alone (推进交通运输
综合行政执法改革) is no squad, and a squad of no field keeps its bare name.

Every sentence below is written for these tests; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("name", [
    "县交通运输综合行政执法大队",
    "区市场监管综合行政执法大队",
    "市生态环境保护综合行政执法支队",
    "县农业综合行政执法大队",
    "市文化市场综合行政执法支队",
    "县应急管理综合执法大队",
    "县文化市场综合执法大队",
])
def test_a_fields_squad_is_named_with_its_field(name):
    found = bodies(f"。2024年,{name}查处违法案件37件")
    assert name in found
    assert found[name].type == "government"
    assert "综合行政执法大队" not in found


def test_a_squad_of_no_field_keeps_its_bare_name():
    assert "综合行政执法大队" in bodies("。综合行政执法大队开展夜间巡查9次")


def test_the_fields_reform_is_no_squad():
    assert not bodies("。稳步推进交通运输综合行政执法改革")
