"""A total said handled (办理, 审理 行政复议案件210件) with the part admitted after it (其中受理186件): the cases
admitted are the year's intake, the total holding those carried over gives way to it, as it does to a part said
newly received (其中新收186件). Applications received with the part admitted (收到…申请210件,其中受理186件) keep the
received, and a body's share (其中市政府受理120件) or a kind's is a part.

Every sentence here is written for the test, and read with the report's year given.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


def facts(text: str):
    """(key, value, year, target) of each headline metric of `text`, read in a report on 2023."""
    return sorted((k, v, y, t) for k, v, y, t, _ in read(text)[0])


@pytest.mark.parametrize("text, expected", [
    ("2023年,全区共办理行政复议案件210件,其中受理186件。", [("reconsideration_received", 186, 2023, False)]),
    ("2023年,全区共办理行政复议案件210件,其中依法受理186件,审结172件。",
     [("reconsideration_closed", 172, 2023, False), ("reconsideration_received", 186, 2023, False)]),
    ("2023年,全区共办理行政复议案件210件(其中受理186件,上年结转24件)。",
     [("reconsideration_received", 186, 2023, False)]),
    ("2023年,区政府共审理行政复议案件96件,其中受理81件。", [("reconsideration_received", 81, 2023, False)]),
])
def test_the_part_admitted_of_a_total_handled_is_the_intake(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # applications received, then those admitted: the received
    ("2023年,全区共收到行政复议申请210件,其中受理186件。", [("reconsideration_received", 210, 2023, False)]),
    # a body's share, a kind's
    ("2023年,全区共办理行政复议案件210件,其中市政府受理120件。", [("reconsideration_received", 210, 2023, False)]),
    ("2023年,全区共办理行政复议案件210件,其中受理涉企行政复议案件30件。",
     [("reconsideration_received", 210, 2023, False)]),
])
def test_the_total_stays_beside_a_part_of_it(text, expected):
    assert facts(text) == expected
