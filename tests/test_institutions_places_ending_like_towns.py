"""Institutions: the short name of a division that ends like a town (新乡 of 新乡市, 宁乡 of 宁乡市, 景德镇 of 景德镇市)
names the place, never a town's government; a town after it, or a body named by it, stays."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence, code", [
    ("。奋力谱写法治新乡新篇章", "410700"),
    ("，“宁乡普法”公众号推送案例", "430182"),
    ("。推进法治景德镇建设提质增效", "360200"),
])
def test_a_short_place_name_is_no_town(sentence, code):
    assert bodies(sentence, code) == {}


@pytest.mark.parametrize("sentence, code, name", [
    ("。宁乡市司法局开展行政执法监督", "430182", "宁乡市司法局"),
    ("，新乡市红旗区人民政府聘请法律顾问", "410700", "新乡市红旗区人民政府"),
    ("。宁乡市花明楼镇开展法治宣传", "430182", "宁乡市花明楼镇"),
])
def test_bodies_named_by_it_stay(sentence, code, name):
    assert set(bodies(sentence, code)) == {name}
