"""A total said again to name what a sentence goes on to sort (在受理的151件中, 对审结的140件案件, 在调处的2300件纠纷中):
no second reading and no other key; the first statement is the evidence, and the counts sorted are its parts.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


def metrics(text: str):
    return sorted((k, v, evidence) for k, v, _, _, evidence in read(text)[0])


@pytest.mark.parametrize("text, expected", [
    # a count said again after 的 in its sentence names the cases sorted after it
    ("全年审结复议案件96件,对审结的96件案件,维持70件,撤销8件。",
     [("reconsideration_closed", 96, "审结复议案件96件"), ("reconsideration_corrected", 8, "撤销8件")]),
    # … or in the next sentence, after 上述
    ("全年新收行政复议案件215件。上述215件案件中,办结190件。",
     [("reconsideration_closed", 190, "办结190件"), ("reconsideration_received", 215, "新收行政复议案件215件")]),
    # a clause naming by their count the cases sorted, paragraphs after the count was stated
    ("2024年新收行政复议案件88件。\n二、被申请人情况\n2024年新收的行政复议88件中,被申请人为区政府部门的71件。",
     [("reconsideration_received", 88, "新收行政复议案件88件")]),
    # the disputes a mediation count restates: a kind of them is no second count of mediation
    ("全镇人民调解组织调处矛盾纠纷1460件,调处成功1431件。在调处的1460件纠纷中,邻里纠纷380件。",
     [("mediation_cases", 1460, "调解组织调处矛盾纠纷1460件"), ("mediation_succeeded", 1431, "调处成功1431件")]),
])
def test_a_total_said_again_gives_no_second_reading(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two years' figures of the same value: each stated
    ("2023年审结复议案件96件,2022年审结复议案件96件。",
     [("reconsideration_closed", 96, "审结复议案件96件"), ("reconsideration_closed", 96, "审结复议案件96件")]),
    # a value after 的 that no earlier figure states is read
    ("全年审结复议案件96件,其中作出复议决定的81件,维持的60件。",
     [("reconsideration_closed", 96, "审结复议案件96件")]),
    # a sentence that sorts disputes by kind after their whole with no 中: the kind is a part, the whole read once
    ("全镇人民调解组织调处矛盾纠纷1460件,调处成功1431件。",
     [("mediation_cases", 1460, "调解组织调处矛盾纠纷1460件"), ("mediation_succeeded", 1431, "调处成功1431件")]),
])
def test_figures_that_restate_nothing_stay(text, expected):
    assert metrics(text) == expected
