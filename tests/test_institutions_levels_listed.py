"""Institutions: a body named by a level word listed with the same body of a level below the county
(区综治中心、街道综治中心、社区综治中心) names the levels in general, no body; bodies of two levels of government
listed (市司法局、县司法局) and bodies of different kinds listed stay bodies."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence", [
    "。形成市综治中心、镇综治中心、村综治中心三级联动",
    "，建立区综治中心、街道综治中心、社区综治中心工作体系",
    "。县综治中心、乡综治中心实现全覆盖",
])
def test_levels_listed_name_no_body(sentence):
    assert bodies(sentence) == {}


@pytest.mark.parametrize("sentence, names", [
    ("。市司法局、县司法局联合开展督查", {"市司法局", "县司法局"}),
    ("，会同市场监管局开展检查", {"市场监管局"}),
    ("。县综治中心、县法院联合调处", {"县综治中心", "县法院"}),
])
def test_bodies_of_levels_of_government_or_of_kinds_listed_stay(sentence, names):
    assert set(bodies(sentence)) == names
