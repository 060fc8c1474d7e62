"""A court's administrative cases settled by 调撤 (mediation and withdrawal) are no people's mediation: the success rate
or the successes said in such a sentence (促成120件行政案件以调撤方式结案,调解成功率达45%) are the court's, kept as a
generic rate only. People's mediation said in a sentence of its own beside them stays read.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, rate", [
    ("全年促成120件行政案件以调撤方式结案，调解成功率达45%。", 45.0),
    ("2023年全市共有86件行政案件通过调撤化解,调解成功率为38.5%。", 38.5),
])
def test_a_court_s_rate_of_settling_by_withdrawal_is_no_mediation_rate(text, rate):
    assert [f for f in facts(text) if f[0].startswith("mediation")] == []
    assert ("调解成功率", rate) in read(text, 2024)[1]


def test_a_court_s_successes_of_settling_by_withdrawal_are_no_mediation_count():
    assert facts("全年促成120件行政案件以调撤方式结案,调解成功45件。") == []


def test_people_s_mediation_said_beside_a_court_s_withdrawals_stays_read():
    text = "全县行政案件调撤率为20%。全县调解矛盾纠纷2000件,调解成功1980件,调解成功率99%。"
    assert [f for f in facts(text) if f[0].startswith("mediation")] == [
        ("mediation_cases", 2000, 2024, False), ("mediation_succeeded", 1980, 2024, False),
        ("mediation_success_rate", 99.0, 2024, False)]
