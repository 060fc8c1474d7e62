"""A total named by its count before its noun in a clause the sentence's parts follow, the count written with 万 or
余 (在收到的2.6万件行政复议案件中,…), as reports write them.

Every sentence here is written for the test, and read with the report's year given.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, expected", [
    # the total of the period the sentence names, its parts after it no second total
    ("在2024年上半年收到的2.6万件行政复议案件中,经复议后未再起诉的为1.8万件。",
     [("reconsideration_received", 26000, 2024, False)]),
    ("全省在办结的1.1万余件法律援助案件中,刑事法律援助案件4000件。", [("legal_aid_cases", 11000, 2024, False)]),
    ("全省新收的4.6万件一审行政案件中,行政机关败诉2100件。",
     [("litigation_first_instance", 46000, 2024, False), ("litigation_lost", 2100, 2024, False)]),
    # the disputes counted before their noun: the kind after it is a part, no count of the disputes mediated
    ("在调处的1.2万件纠纷中,婚姻家庭纠纷3000件。", [("mediation_cases", 12000, 2024, False)]),
])
def test_a_total_counted_in_ten_thousands_before_its_noun(text, expected):
    assert facts(text) == expected


def test_the_total_is_cited_with_its_noun():
    metrics, _ = read("在2024年上半年收到的2.6万件行政复议案件中,经复议后未再起诉的为1.8万件。", 2024)
    assert [evidence for *_, evidence in metrics] == ["2.6万件行政复议案件"]
