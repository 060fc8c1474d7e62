"""Institutions: a street's office written in full (青山街道办事处) is a body wherever it is named, after a word of where
something is done too (在青山街道办事处召开, as 在龙山镇人民政府召开), while the street alone there is a place (在青山街道开展);
streets listed before it each have their office, and the office shares nothing with a body listed after it."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence, canonicals", [
    ("。在金水街道办事处召开推进会", {"金水街道办事处": "金水街道办事处"}),
    ("。到金水街道办事处调研法治建设", {"金水街道办事处": "金水街道办事处"}),
    # the streets listed before it, not a town
    ("。在金水街道、月湖街道办事处召开", {"金水街道": "金水街道办事处", "月湖街道办事处": "月湖街道办事处"}),
    ("。在石桥镇、月湖街道办事处召开", {"月湖街道办事处": "月湖街道办事处"}),
    # the office listed before another body keeps its own name
    ("。深入金水街道办事处、石桥镇人民政府调研", {"金水街道办事处": "金水街道办事处", "石桥镇人民政府": "石桥镇人民政府"}),
    ("。金水街道办事处、石桥镇人民政府联合开展", {"金水街道办事处": "金水街道办事处", "石桥镇人民政府": "石桥镇人民政府"}),
])
def test_street_offices(sentence, canonicals):
    assert {name: f.canonical for name, f in bodies(sentence).items()} == canonicals


def test_the_street_alone_after_a_place_word_is_a_place():
    assert not bodies("。在金水街道开展普法宣传")
