"""A count of lawsuits glossed alone in a bracket as of the first instance (被诉案件共计47件(一审), (均为一审案件)) is
the first-instance count: the gloss says the whole is of that instance, as a part with its own count (其中一审52件,
(一审45件,二审…)) or a judgment's 一审 does not.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import keys_values


@pytest.mark.parametrize("text", [
    "2024年,全县行政机关被诉案件共计38件(一审)。",
    "全区被起诉的行政案件38件（一审）,同比下降5%。",
    "本局2023年应诉案件38件(一审案件)。",
    "全市行政应诉案件38件(均为一审)。",
    "以区政府为被告的行政诉讼案件38件(均为一审案件),败诉2件。",
])
def test_a_first_instance_gloss_keeps_the_count(text):
    assert ("litigation_first_instance", 38) in keys_values(text)


@pytest.mark.parametrize("text", [
    "全市行政应诉案件70件(一审52件,二审18件)。",
    "全年行政应诉案件70件,其中一审52件。",
    "全县被诉行政案件70件(含一审52件)。",
])
def test_a_part_by_instance_still_makes_the_total_none(text):
    assert ("litigation_first_instance", 70) not in keys_values(text)
