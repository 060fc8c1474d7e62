"""Lawsuits lost counted by ground (实体 and 程序): listed with no total, neither ground's count is the year's figure; the
two add up to it, a derived value. A ground said alone, or beside the total, stays as it was.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from lawreport import extract


def losses(text: str) -> list[tuple[float, bool]]:
    return [(m.value, m.derived) for m in extract(text).metrics if m.key == "litigation_lost"]


@pytest.mark.parametrize("text", [
    "2024年,全区一审行政诉讼案件中,行政机关实体败诉4件、程序败诉3件。",
    "2024年,全区行政诉讼案件中因实体问题败诉4件,因程序违法败诉3件。",
])
def test_the_grounds_listed_add_up_to_the_losses(text):
    assert losses(text) == [(7, True)]


@pytest.mark.parametrize("text, expected", [
    ("2024年,全区行政机关因程序违法败诉3件。", [(3, False)]),
    ("2024年,全区行政诉讼败诉9件,实体败诉4件、程序败诉5件。", [(9, False)]),
    ("2024年,全区行政诉讼案件败诉9件,其中因程序违法败诉5件。", [(9, False)]),
])
def test_no_sum_where_one_ground_or_the_total_is_said(text, expected):
    assert losses(text) == expected
