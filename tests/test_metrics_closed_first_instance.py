"""The first-instance administrative cases closed (全县共审结一审行政案件18件) stand for the lawsuits where the report
counts none brought; beside a count of those brought, of the same year, they give way to it.

Every sentence here is written for the test; the figures are made up.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, expected", [
    ("2024年全县共审结一审行政案件18件,行政机关败诉4件。",
     [("litigation_first_instance", 18, 2024, False), ("litigation_lost", 4, 2024, False)]),
    ("全市两级法院审结一审行政诉讼案件136件。", [("litigation_first_instance", 136, 2024, False)]),
    # a count brought of another year leaves the year's closed count standing
    ("2023年新收一审行政案件20件。2024年审结一审行政案件18件。",
     [("litigation_first_instance", 18, 2024, False), ("litigation_first_instance", 20, 2023, False)]),
])
def test_the_closed_count_alone_stands_for_the_lawsuits(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, brought", [
    ("全县新收一审行政案件20件,审结一审行政案件18件。", 20),
    ("全县审结一审行政案件18件,新收一审行政案件20件。", 20),
    ("全县行政诉讼案件21件。全市法院审结一审行政案件180件。", 21),
    ("以县政府为被告的案件15件。全市法院审结一审行政案件180件。", 15),
    ("县政府被诉案件12件。全市法院审结一审行政案件180件。", 12),
    ("全县法院一审收案30件。全市法院审结一审行政案件180件。", 30),
])
def test_beside_the_lawsuits_brought_the_closed_count_gives_way(text, brought):
    assert facts(text) == [("litigation_first_instance", brought, 2024, False)]


@pytest.mark.parametrize("text", [
    "全市法院审结二审行政案件40件。",
    "全市法院审结一审民事案件1800件。",
    "审结行政诉讼案件40件,其中一审31件。",
])
def test_other_closed_counts_are_none(text):
    assert facts(text) == []


@pytest.mark.parametrize("text", [
    "办结行政应诉案件52件,其中一审37件。",
    "行政诉讼案件结案52件(一审37件)。",
    "审结的行政诉讼案件中,一审37件。",
])
def test_a_part_of_the_cases_closed_counts_none_brought(text):
    assert facts(text) == []


@pytest.mark.parametrize("text", [
    "全年我局发生行政诉讼案件9件,其中一审7件、二审2件,结案8件。",
    "共发生行政诉讼案件9件(其中一审7件、二审2件),已审结8件。",
])
def test_the_cases_closed_after_the_parts_leave_the_first_instance_part(text):
    assert facts(text) == [("litigation_first_instance", 7, 2024, False)]
