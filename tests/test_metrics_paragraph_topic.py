"""A page that sets each sentence apart as a paragraph goes on about the topic the one before named: a short label
opening the next paragraph (直接纠错639件, 出庭应诉率为95%) takes its topic from that paragraph's last sentence, as it
would on one line.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import keys_values


@pytest.mark.parametrize("text, expected", [
    ("全市审结行政复议案件580件。\n以撤销、变更等直接纠错63件,直接纠错率为10.86%。",
     [("reconsideration_closed", 580), ("reconsideration_corrected", 63), ("reconsideration_correction_rate", 10.86)]),
    ("全市审结行政复议案件580件。\n\n直接纠错率为10.86%。",
     [("reconsideration_closed", 580), ("reconsideration_correction_rate", 10.86)]),
    ("全市行政机关负责人出庭应诉案件317件。\n出庭应诉率为95%。",
     [("head_appearance_rate", 95), ("head_appearances", 317)]),
])
def test_a_paragraph_goes_on_with_the_topic_before(text, expected):
    assert keys_values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the paragraph before names another topic
    ("全市调解矛盾纠纷580件。\n直接纠错率为10.86%。", [("mediation_cases", 580)]),
    # …in its last sentence: the topic an earlier one named is left behind
    ("全市审结行政复议案件580件。全市调解矛盾纠纷900件。\n直接纠错率为10.86%。",
     [("mediation_cases", 900), ("reconsideration_closed", 580)]),
])
def test_no_topic_from_a_paragraph_that_names_it_not(text, expected):
    assert keys_values(text) == expected
