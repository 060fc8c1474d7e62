"""The lawsuits counted as the agencies sued: 被诉 or 被起诉, with 的 or without (区政府被起诉的行政案件27件), as 被诉案件
counts them; not a criminal or an appeal court's cases, nor the reconsidered cases taken to court.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import keys_values


@pytest.mark.parametrize("text", [
    "2024年,区政府被起诉行政案件31件。",
    "2024年,全区行政机关被起诉案件31件。",
    "2024年,全区行政机关被起诉的案件31件。",
    "2024年,全区行政机关被诉的行政案件31件。",
])
def test_the_agencies_sued_count_the_lawsuits(text):
    assert keys_values(text) == [("litigation_first_instance", 31)]


@pytest.mark.parametrize("text", [
    "2024年,全区被起诉的刑事案件31件。",
    "2024年,全区行政机关被起诉的二审案件31件。",
    "2024年,经行政复议后被起诉的案件31件。",
])
def test_no_lawsuits_of_another_kind_or_after_reconsideration(text):
    assert keys_values(text) == []
