"""Institutions: a station's head written short (司法所长, for 司法所所长) names no body; a government's general office
written short (县政府办) is named in full (县人民政府办公室), as the party committee's is (县委办 → 县委办公室)."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence", [
    "。建立县司法所长列席乡镇党政联席会议制度",
    "，推动司法所长列席党政联席会议",
])
def test_a_stations_head_written_short_is_no_body(sentence):
    assert bodies(sentence) == {}


def test_a_station_before_its_heads_title_in_full_stays_a_body():
    found = bodies("。青石镇司法所所长参加会议")
    assert found["青石镇司法所"].type == "justice_bureau"


@pytest.mark.parametrize("sentence, name, canonical", [
    ("。由县政府办开展督查", "县政府办", "民勤县人民政府办公室"),
    ("，县政府办公室牵头", "县政府办公室", "民勤县人民政府办公室"),
    ("，县委办牵头", "县委办", "中共民勤县委办公室"),
])
def test_a_general_office_written_short_is_named_in_full(sentence, name, canonical):
    assert bodies(sentence, "620621")[name].canonical == canonical


def test_a_government_office_written_short_joins_the_one_in_full():
    found = bodies("。县政府办公室印发通知，县政府办牵头", "620621")
    assert set(found) == {"县政府办公室"}
    assert len(found["县政府办公室"].mentions) == 2
