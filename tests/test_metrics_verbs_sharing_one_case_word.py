"""Two one-character verbs listed with the 案 written once, after the last (收、结案分别为245件、230件; 收、结案数): each
verb's count of cases, 收案 the intake and 结案 the cases closed, as 新收、审结…案件分别为 reads; the intake had been lost.

Every sentence here is written for the test, and read with the report's year given.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


def facts(text: str):
    """(key, value, year, target) of each headline metric of `text`, read in a report on 2023."""
    return sorted((k, v, y, t) for k, v, y, t, _ in read(text)[0])


@pytest.mark.parametrize("text, expected", [
    ("2023年,全区行政复议案件收、结案分别为245件、230件。",
     [("reconsideration_closed", 230, 2023, False), ("reconsideration_received", 245, 2023, False)]),
    ("2023年,全区行政复议收、结案数分别为245件、230件。",
     [("reconsideration_closed", 230, 2023, False), ("reconsideration_received", 245, 2023, False)]),
    # the first-instance lawsuits received; those closed give way beside them
    ("2023年,全市法院一审行政案件收、结案分别为1245件、1230件。", [("litigation_first_instance", 1245, 2023, False)]),
])
def test_each_verb_counts_its_cases(text, expected):
    assert facts(text) == expected


def test_verbs_sharing_a_noun_of_their_own_are_read_as_before():
    assert facts("2023年,全区新收、审结行政复议案件分别为245件、230件。") == [
        ("reconsideration_closed", 230, 2023, False), ("reconsideration_received", 245, 2023, False)]
