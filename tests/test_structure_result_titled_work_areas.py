"""A top-level part whose title tells a measure and then its result (夯实组织基础,改革总体成效初步彰显) is a work area,
a measure itself when nothing is listed under it, though its kind is the one its result's words name; a part named by
its kind (主要举措和成效; 工作开展情况,取得的成效) and one whose first phrase is a year are no measure."""

from __future__ import annotations

import pytest

from lawreport import extract

_BODY = "\n自2022年起，县政府统一行使行政复议职责，全年受理案件9件。\n"


def _record(heading: str):
    record = extract("某县行政复议体制改革工作总结\n" + heading + _BODY + "二、存在的不足\n一是办案力量不足。\n")
    return record.sections[0].kind, [i.title for i in record.initiatives]


def test_a_measure_told_with_its_result_is_a_measure_of_the_kind_named():
    kind, titles = _record("一、夯实组织基础，改革总体成效初步彰显")
    assert kind == "achievements"
    assert titles == ["夯实组织基础，改革总体成效初步彰显", "办案力量不足"]


@pytest.mark.parametrize("heading", [
    "一、主要举措和成效",
    "一、工作开展情况，取得的成效",  # the first phrase names the kind already
    "一、2024年，主要工作及成效",  # a year, no measure
])
def test_a_part_named_by_its_kind_is_no_measure(heading):
    kind, titles = _record(heading)
    assert kind == "achievements"
    assert titles == ["办案力量不足"]
