"""A count said with its verb alone takes its key from the topic its sentence names (行政复议工作方面,全年办理案件75件;
全年办理案件75件,均为行政复议案件). A topic named only in a part the sentence goes on to after the count (市场监管局办理
案件1200件,其中行政复议案件4件: the part's) names none of the whole's: the whole is no reconsideration count, and the
part, said with its noun, is the one there is.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from lawreport import extract


def counts(text: str) -> list[tuple[str, float]]:
    return sorted((m.key, m.value) for m in extract(text).metrics)


@pytest.mark.parametrize(("text", "expected"), [
    ("2023年,县市场监管局共办理案件860件,其中行政复议案件3件、行政诉讼案件1件。",
     [("litigation_first_instance", 1), ("reconsideration_received", 3)]),
    ("2023年,局机关受理各类案件412件,其中复议案件6件。", [("reconsideration_received", 6)]),
])
def test_a_topic_named_in_a_part_is_the_part_s(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("行政复议工作方面,2023年全年办理案件75件。", [("reconsideration_received", 75)]),
    ("2023年全年办理案件75件,均为行政复议案件。", [("reconsideration_received", 75)]),
])
def test_a_topic_named_of_the_whole_stays(text, expected):
    assert counts(text) == expected
