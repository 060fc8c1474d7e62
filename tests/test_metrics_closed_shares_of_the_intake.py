"""A closed count said with its share of the cases received: the closed figure of the whole, no part.

Every sentence here is written for the test, and read with the report's year given.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


def facts(text: str):
    """(key, value, year, target) of each headline metric of `text`, read in a report on 2023."""
    return sorted((k, v, y, t) for k, v, y, t, _ in read(text)[0])


# A closed count followed by its share of the cases at an earlier stage (受理, 收案, 应办结, 审理) says how many of them
# were completed: the count is the area's own closed figure, not a part of a whole.
@pytest.mark.parametrize("text, expected", [
    ("2023年全县审结行政复议案件64件,占受理案件总数的91.43%。", [("reconsideration_closed", 64, 2023, False)]),
    ("全市办结行政复议案件150件,占应办结案件的97.4%。", [("reconsideration_closed", 150, 2023, False)]),
    ("白沙区已审结复议案件88件,占审理案件总数的86.27%。", [("reconsideration_closed", 88, 2023, False)]),
    ("青禾县共收到行政复议申请70件,审结63件,占收案总数的90%。",
     [("reconsideration_closed", 63, 2023, False), ("reconsideration_received", 70, 2023, False)]),
    # the corrections after it are a part of it (the correction rate follows from the two)
    ("全年共审结行政复议案件240件,占受理案件的93.8%,其中纠错24件。",
     [("reconsideration_closed", 240, 2023, False), ("reconsideration_corrected", 24, 2023, False)]),
])
def test_a_closed_count_with_its_share_of_the_intake_is_the_whole(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a share of the closed cases themselves still makes the count before it a part of them
    ("全年共审结行政复议案件120件;其中白沙镇审结30件,占审结案件总数的25%。",
     [("reconsideration_closed", 120, 2023, False)]),
    # a received count's share of the applications stays a part, as before (依法受理 of those received)
    ("全县共收到行政复议申请80件,依法受理72件,占收案总数的90%。", [("reconsideration_received", 80, 2023, False)]),
])
def test_a_share_of_its_own_stage_still_makes_a_part(text, expected):
    assert facts(text) == expected
