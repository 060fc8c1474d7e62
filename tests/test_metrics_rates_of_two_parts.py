"""Two rates of parts of an area's agencies said side by side, its government's own and its departments' and towns'
(区政府负责人出庭应诉率100%,区级部门和镇街负责人出庭应诉率99.3%), with no rate of the whole: each is kept under the
key, as the gold conventions allow a part's figure; neither is taken for the whole, which the text does not state, and
none is dropped for the other. With the whole stated, the whole is read first.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import keys_values


@pytest.mark.parametrize(("text", "expected"), [
    ("2023年,区政府负责人出庭应诉率100%,区级部门和镇街负责人出庭应诉率99.3%。", [100, 99.3]),
    ("2023年,县政府负责人出庭应诉率为100%;县直部门负责人出庭应诉率为97.5%。", [97.5, 100]),
])
def test_two_parts_rates_are_both_kept(text, expected):
    assert keys_values(text) == [("head_appearance_rate", v) for v in sorted(expected)]


def test_the_whole_stated_before_its_part_is_read():
    text = "2023年,全区行政机关负责人出庭应诉率99.5%,其中区政府负责人出庭应诉率100%。"
    assert keys_values(text) == [("head_appearance_rate", 99.5)]
