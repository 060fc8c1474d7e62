"""A rate of one kind of case said after 其中, once its sentence has counted the whole (受理纠纷1210件,调解成功1163件,
其中婚姻家庭纠纷调解成功率98.7%): the kind's rate, no headline value; the whole's rate follows from its counts. A rate
after 其中 that names no kind (其中调解成功率96.1%) is the whole's; with no whole counted, a kind's is the one figure.

Every sentence here is written for the test.
"""

from __future__ import annotations

from test_metric_families import facts, read


def test_a_kinds_rate_after_the_wholes_counts_is_no_headline_value():
    text = "全年受理矛盾纠纷1210件,调解成功1163件,其中婚姻家庭纠纷调解成功率98.7%。"
    assert facts(text) == [("mediation_cases", 1210, 2024, False), ("mediation_succeeded", 1163, 2024, False)]
    assert read(text)[1] == [("婚姻家庭纠纷调解成功率", 98.7)]


def test_a_rate_after_its_marker_naming_no_kind_is_the_wholes():
    assert facts("全年受理矛盾纠纷1210件,其中调解成功率96.1%。") == [
        ("mediation_cases", 1210, 2024, False), ("mediation_success_rate", 96.1, 2024, False)]


def test_a_kinds_rate_with_no_whole_counted_is_the_figure():
    assert facts("其中婚姻家庭纠纷调解成功率98.7%。") == [("mediation_success_rate", 98.7, 2024, False)]
