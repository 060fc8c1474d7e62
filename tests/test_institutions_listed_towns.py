"""Institutions: towns listed with 、 before a body named after the last of them (横水镇、柳林镇综治中心) each have that
body, mentioned by the town, rather than naming the town's government; not before a body named otherwise (after its
bureau), nor towns listed before a verb."""

from __future__ import annotations

from lawreport.institutions import find_institutions
from lawreport.normalize import normalize


def found(sentence: str) -> set[tuple[str, str | None, str, tuple[tuple[int, int], ...]]]:
    return {(f.name, f.canonical, f.type, f.mentions) for f in find_institutions(normalize(sentence), None)}


def test_each_listed_town_has_the_centre():
    assert found("。桃源镇、双河乡综治中心挂牌运行") == {
        ("桃源镇", "桃源镇综治中心", "mediation", ((1, 4),)),
        ("双河乡综治中心", "双河乡综治中心", "mediation", ((5, 12),)),
    }


def test_each_of_three_listed_towns_has_the_station():
    assert found("，桃源镇、双河乡、青石街道司法所调解纠纷") == {
        ("桃源镇", "桃源镇司法所", "justice_bureau", ((1, 4),)),
        ("双河乡", "双河乡司法所", "justice_bureau", ((5, 8),)),
        ("青石街道司法所", "青石街道司法所", "justice_bureau", ((9, 16),)),
    }


def test_a_listed_towns_body_joins_the_body_written_in_full_and_leaves_the_towns_other_mentions():
    assert found("。桃源镇推进普法，桃源镇、双河乡综治中心成立，桃源镇综治中心受理纠纷") == {
        ("桃源镇", "桃源镇", "government", ((1, 4),)),
        ("桃源镇", "桃源镇综治中心", "mediation", ((9, 12), (23, 30))),
        ("双河乡综治中心", "双河乡综治中心", "mediation", ((13, 20),)),
    }


def test_listed_towns_before_a_station_after_its_bureau_or_a_verb_stay_towns():
    assert found("。桃源镇、县公安局双河乡派出所联合巡逻") == {
        ("桃源镇", "桃源镇", "government", ((1, 4),)),
        ("县公安局双河乡派出所", "双河乡派出所", "government", ((5, 15),)),
    }
    assert found("，桃源镇、双河乡联合开展调解") == {
        ("桃源镇", "桃源镇", "government", ((1, 4),)),
        ("双河乡", "双河乡", "government", ((5, 8),)),
    }
