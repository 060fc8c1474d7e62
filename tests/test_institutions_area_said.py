"""Institutions: a body named after 该 and a level word (该县检察院, 该区司法局), the area a news item speaks of, is that
level's body as after the level word alone: the report's own unit's; a court's tribunal after 该县 stays named by its
town, never by the level (该县人民法庭 is none)."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence, name, canonical", [
    ("。该县检察院向乡镇送达检察建议书", "县检察院", "湖北省云梦县人民检察院"),
    ("，该县司法局组织律师开展法治体检", "县司法局", "云梦县司法局"),
    ("。该市市场监管局查处案件", "市市场监管局", "孝感市市场监督管理局"),
])
def test_a_body_after_the_area_said_is_the_reports_own(sentence, name, canonical):
    found = bodies(sentence, "420923")  # a report on 云梦县, 孝感市
    assert set(found) == {name}
    assert found[name].canonical == canonical
    assert found[name].mentions == ((sentence.index(name), sentence.index(name) + len(name)),)


@pytest.mark.parametrize("sentence", [
    "。该县是全省经济重镇",
    "。该区域内企业完成整改",
    "。该市场主体未按期年报",
    "。该省法院系统",  # a province said so is no unit of the report's
])
def test_no_body_after_the_area_said_without_a_body(sentence):
    assert bodies(sentence, "420923") == {}


@pytest.mark.parametrize("sentence", ["。该县人民法庭实现乡镇全覆盖", "，该区检察室建设"])
def test_an_office_after_the_area_said_needs_its_town(sentence):
    assert bodies(sentence, "420923") == {}
