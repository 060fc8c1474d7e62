"""Institutions: full place names listed before 等 and a body's words (福海县、富蕴县等检察院) name each place's body,
mentioned by the place; not the bodies of a kind there (等政府部门, 等法院系统), nor one place alone, nor places alone."""

from __future__ import annotations

import pytest
from conftest import bodies


def test_each_listed_place_has_the_body():
    found = bodies("。福海县、富蕴县等检察院开展公益诉讼")
    assert {name: (f.canonical, f.type) for name, f in found.items()} == {
        "福海县": ("新疆维吾尔自治区福海县人民检察院", "procuratorate"),
        "富蕴县": ("新疆维吾尔自治区富蕴县人民检察院", "procuratorate"),
    }


@pytest.mark.parametrize("sentence", [
    "。福海县、富蕴县等政府部门参加培训",
    "，福海县、富蕴县等法院系统开展评查",
    "。福海县等法院开展示范裁判",
    "，福海县、富蕴县等地开展普法",
])
def test_no_body_of_a_place_where_the_list_names_none(sentence):
    assert bodies(sentence) == {}
