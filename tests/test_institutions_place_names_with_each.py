"""Institutions: 各 inside a place's name before 庄 (马各庄, 李各庄) is part of the name of a town or of its station,
while 各 elsewhere still picks many (各镇司法所, 县法院各人民法庭)."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence, names", [
    ("。马各庄镇组织村干部学法", {"马各庄镇"}),
    ("调研组先后前往李各庄司法所、东坡司法所", {"李各庄司法所", "东坡司法所"}),
])
def test_a_name_holding_each_before_village(sentence, names):
    assert set(bodies(sentence)) == names


@pytest.mark.parametrize("sentence, names", [
    ("。各镇司法所开展调解培训", set()),
    ("。各庄户均签订调解协议", set()),
    ("。县法院各人民法庭开展巡回审判", {"县法院"}),
    ("调研组先后前往各司法所、东坡司法所", {"东坡司法所"}),
])
def test_each_elsewhere_picks_many(sentence, names):
    assert set(bodies(sentence)) == names
