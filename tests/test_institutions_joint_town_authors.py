"""Institutions: a town's party committee and its government written together as joint authors (中共青石镇委员会青石镇
人民政府) are both read; the town opens right after the committee only before its government (镇党委书记镇长 names no
town)."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence, names", [
    ("中共青石镇委员会青石镇人民政府关于2024年度法治政府建设情况的报告", {"中共青石镇委员会", "青石镇人民政府"}),
    ("双河乡党委双河乡政府关于报送年度报告的函", {"双河乡党委", "双河乡政府"}),
    ("中共长林街道工委长林街道办事处关于法治建设工作的报告", {"中共长林街道工委", "长林街道办事处"}),
])
def test_the_committee_and_the_government_together(sentence, names):
    assert set(bodies(sentence)) == names


@pytest.mark.parametrize("sentence, names", [
    ("。由镇党委书记镇长任组长", {"镇党委"}),
    ("。街道党工委副书记街道办事处主任参加", {"街道党工委"}),
    ("。青石镇党委书记乡长联席会议", {"青石镇党委"}),
])
def test_a_title_after_the_committee_names_no_town(sentence, names):
    assert set(bodies(sentence)) == names
