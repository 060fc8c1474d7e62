"""Institutions: a town whose name holds 和 (仁和镇, 和平乡, 太和街道) is read right before its own body, and then
wherever the report names it; 和 elsewhere still joins two names (司法所和镇政府, 白沙镇和青山镇人民政府)."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence, name, canonical", [
    ("。永和镇人民政府印发实施方案", "永和镇人民政府", "永和镇人民政府"),
    ("。和平乡党委召开专题会议", "和平乡党委", "中共和平乡委员会"),
    ("。太和街道办事处开展执法培训", "太和街道办事处", "太和街道办事处"),
])
def test_a_town_holding_and_before_its_own_body(sentence, name, canonical):
    assert bodies(sentence)[name].canonical == canonical


def test_the_town_is_named_by_itself_too_where_its_body_is_named():
    found = bodies("永和镇人民政府关于年度工作的报告。2024年，永和镇推进普法")
    assert [len(f.mentions) for f in found.values()] == [2]


@pytest.mark.parametrize("sentence, names", [
    ("。永和镇推进普法", set()),  # without its body named: none
    ("。派出所和镇人民政府联合排查", set()),
    ("。群众和镇村干部共同参与", set()),
    ("。白沙镇和青山镇人民政府联合执法", {"白沙镇", "青山镇人民政府"}),
])
def test_and_elsewhere_joins_two_names(sentence, names):
    assert set(bodies(sentence)) == names
