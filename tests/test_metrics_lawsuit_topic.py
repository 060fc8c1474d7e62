"""Lawsuits named after reconsideration ({LAWSUITS}: 诉讼, 应诉, 法院) make the figures after them the lawsuits', the
correction rate as the counts (…纠错率8%;行政诉讼案件56件,纠错率10%); not the lawsuits a multiple is of
(受理量达到一审行政诉讼案件的2倍,直接纠错率…), nor one that did not follow (未引发行政诉讼).

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


def test_a_correction_rate_after_lawsuits_named_is_theirs():
    assert facts("全年新收行政复议案件120件,纠错率8%;行政诉讼案件56件,纠错率10%。") == [
        ("litigation_first_instance", 56, 2024, False), ("reconsideration_correction_rate", 8, 2024, False),
        ("reconsideration_received", 120, 2024, False)]


@pytest.mark.parametrize("text, expected", [
    ("全年新收行政复议案件120件,未引发行政诉讼,纠错率8%。",
     [("reconsideration_correction_rate", 8, 2024, False), ("reconsideration_received", 120, 2024, False)]),
    # (the multiple is the ratio of the two)
    ("全年行政复议受理量达到一审行政诉讼案件的2倍,直接纠错率为9.5%。",
     [("reconsideration_correction_rate", 9.5, 2024, False), ("reconsideration_litigation_ratio", 2, 2024, False)]),
    ("全年行政复议受理量达到一审行政诉讼案件的2倍,审结230件。",
     [("reconsideration_closed", 230, 2024, False), ("reconsideration_litigation_ratio", 2, 2024, False)]),
])
def test_a_lawsuit_that_is_no_topic_leaves_the_figure_reconsiderations(text, expected):
    assert facts(text) == expected
