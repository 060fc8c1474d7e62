"""A share said right after a count, as statistics releases and yearbooks write a rate: with 占 alone before the
figure (行政机关败诉9件,占7.5%), as with 占比; and a share that names its whole after a count whose label, read
with the share, is a label of the count's rate (负责人出庭应诉的87件,占诉讼案件的21.75%: as 负责人出庭应诉案件占诉讼案件
的21.75% says it).

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import keys_values


def rate_keys(text: str) -> list[str]:
    """The headline rates read in `text`."""
    return [k for k, _ in keys_values(text) if k.endswith("_rate")]


@pytest.mark.parametrize("text, expected", [
    # 占 alone: the lawsuits lost over the lawsuits before them, 9 of 120
    ("全县一审行政诉讼案件120件,行政机关败诉9件,占7.5%。",
     [("litigation_first_instance", 120), ("litigation_loss_rate", 7.5), ("litigation_lost", 9)]),
    # no count before: a share said alone, as 占比 is
    ("全年行政机关败诉4件,占5%。", [("litigation_loss_rate", 5), ("litigation_lost", 4)]),
    # corrections over the cases closed said in the sentence
    ("全年审结行政复议案件96件,纠错11件,占11.46%。",
     [("reconsideration_closed", 96), ("reconsideration_corrected", 11), ("reconsideration_correction_rate", 11.46)]),
])
def test_a_share_with_zhan_alone_is_the_counts_rate(text, expected):
    assert keys_values(text) == expected


@pytest.mark.parametrize("text", [
    # 9 of 120 is not 30%: a share of something else
    "全县一审行政诉讼案件120件,行政机关败诉9件,占30%。",
    # the total is itself the count said: a share of a larger total, no rate
    "全年调处纠纷640件,占12%。",
])
def test_a_share_with_zhan_alone_that_no_count_makes_is_no_rate(text):
    assert not rate_keys(text)


@pytest.mark.parametrize("text, expected", [
    # the heads' appearances over the lawsuits: 87 of 434 is not 21.75%, but the share names lawsuits as its whole
    ("全市共发生行政诉讼一审案件434件。其中,行政机关负责人出庭应诉的87件,占诉讼案件的21.75%。",
     [("head_appearance_rate", 21.75), ("head_appearances", 87), ("litigation_first_instance", 434)]),
    ("全年行政机关负责人出庭应诉56件,占应诉案件总数的88.9%。",
     [("head_appearance_rate", 88.9), ("head_appearances", 56)]),
])
def test_a_share_naming_its_whole_after_a_count_read_as_the_rates_label(text, expected):
    assert keys_values(text) == expected


@pytest.mark.parametrize("text", [
    # a share of the appearances themselves: the principal heads' part of them (the rate's exclusion)
    "全年行政机关正职负责人出庭应诉16件,占出庭总数的40%。",
    # a share naming its whole after the lawsuits lost, which no label of the loss rate reads
    "全年行政机关败诉3件,占涉诉部门案件的5%。",
])
def test_a_share_naming_its_whole_that_no_label_reads_is_no_rate(text):
    assert not rate_keys(text)
