"""Institutions: towns listed before a body named after the last of them are each that town's body after a word that
makes a bare town a place too (在青石镇、双河乡综治中心开展…: the centres of both); towns listed alone after it stay
places."""

from __future__ import annotations

from lawreport.institutions import find_institutions
from lawreport.normalize import normalize


def found(sentence: str) -> set[tuple[str, str | None, str, tuple[tuple[int, int], ...]]]:
    return {(f.name, f.canonical, f.type, f.mentions) for f in find_institutions(normalize(sentence), None)}


def test_after_在_each_listed_town_has_the_centre():
    assert found("，在青石镇、双河乡综治中心试行联调") == {
        ("青石镇", "青石镇综治中心", "mediation", ((2, 5),)),
        ("双河乡综治中心", "双河乡综治中心", "mediation", ((6, 13),)),
    }


def test_after_到_each_of_three_listed_towns_has_the_station():
    assert found("。到青石镇、双河乡、白沙街道司法所督查") == {
        ("青石镇", "青石镇司法所", "justice_bureau", ((2, 5),)),
        ("双河乡", "双河乡司法所", "justice_bureau", ((6, 9),)),
        ("白沙街道司法所", "白沙街道司法所", "justice_bureau", ((10, 17),)),
    }


def test_towns_listed_after_在_before_a_verb_stay_places():
    assert found("，在青石镇、双河乡开展调研") == set()


def test_a_place_not_listed_right_before_the_body_stays_a_place():
    assert found("，在青石镇调研，双河乡综治中心受理纠纷") == {
        ("双河乡综治中心", "双河乡综治中心", "mediation", ((8, 15),)),
    }
