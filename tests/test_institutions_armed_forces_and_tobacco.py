"""Institutions: a county's or a town's people's armed forces department (县人武部, 镇人民武装部) is a body, its short
name spelled out; so is the tobacco monopoly bureau (县烟草专卖局); the words alone, without a head, name none."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence, name, canonical, kind", [
    ("。县人武部组织民兵学习国防法", "县人武部", None, "other"),
    ("，区人民武装部开展征兵普法", "区人民武装部", None, "other"),
    ("。柳溪镇人武部协助开展宣传", "柳溪镇人武部", "柳溪镇人民武装部", "other"),
    ("。县烟草专卖局查处无证经营", "县烟草专卖局", None, "government"),
])
def test_the_department_or_the_bureau_is_a_body(sentence, name, canonical, kind):
    found = bodies(sentence)
    assert set(found) == {name}
    assert (found[name].canonical, found[name].type) == (canonical, kind)


@pytest.mark.parametrize("sentence", [
    "。联合人武部开展宣传",
    "。加强烟草专卖管理",
])
def test_no_body_without_a_head(sentence):
    assert bodies(sentence) == {}
