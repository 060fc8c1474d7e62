"""Institutions: a justice station named by its town's name alone, with no 镇, 乡 or 街道 (南岭司法所获评…, 我局石坝司法所,
时任凤溪司法所所长), is a body, its own name as written, never another town's station; guarded as a town's name is: the
stations in general, counted or graded, after a verb or before their affairs (改建司法所业务用房) name none, and a title
in quotes before the bare word is the title's kind (获评“枫桥式”司法所)."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence, station", [
    ("。南岭司法所获评全省先进集体", "南岭司法所"),
    ("。我局石坝司法所荣立集体三等功", "石坝司法所"),
    ("，时任凤溪司法所所长的李某获评先进个人", "凤溪司法所"),
    ("。八角湖司法所成功调解一起土地纠纷", "八角湖司法所"),
])
def test_a_station_named_by_its_towns_name_alone(sentence, station):
    found = bodies(sentence)
    assert set(found) == {station}
    assert (found[station].canonical, found[station].type) == (station, "justice_bureau")


def test_never_another_towns_station():
    found = bodies("。八角湖司法所获评省级“枫桥式”司法所。以松林街道为试点推进合法性审查")
    assert {name: f.canonical for name, f in found.items() if name.endswith("司法所")} == {"八角湖司法所": "八角湖司法所"}
    assert len(found["八角湖司法所"].mentions) == 1


def test_a_station_with_its_level_word_still_reads():
    found = bodies("。松林镇司法所开展普法")
    assert set(found) == {"松林镇司法所"}


@pytest.mark.parametrize("sentence", [
    # in general, counted, of the towns, graded
    "。各司法所开展普法",
    "，全县司法所参与调解",
    "。乡镇司法所承担社区矫正工作",
    "。两个司法所通过验收",
    "。一级司法所达到10个",
    # a verb before the stations in general, the stations' affairs, a count before them
    "。改建司法所业务用房",
    "，新招录司法所工作人员8名",
    "。安排120万元司法所建设资金",
    "。改造司法所办公场所",
    "，扩建司法所调解室",
    "，改善司法所调解条件",
    "，招录司法所专职人员",
    # two bodies side by side, a modifier's phrase, a level word alone
    "。平安办司法所配合排查",
    "，老城南司法所",
    # the title a station is awarded, in quotes
    "。获评“枫桥式”司法所",
])
def test_no_station(sentence):
    assert not [name for name in bodies(sentence) if name.endswith("司法所")]
