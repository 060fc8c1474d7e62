"""A rate whose sentence and paragraph name no topic takes it from the report's title line, as a count does: the
纠错率 of a 行政复议白皮书's section on decisions is reconsideration's, that of a court's white paper is not.

Every text here is written for the test; the places and figures are made up.
"""

from __future__ import annotations

import pytest

from lawreport import extract

_DECISIONS = "\n一、案件审理结果\n审结案件中，决定维持208件，撤销30件，变更2件。纠错合计32件，综合纠错率为10.8%。\n"


@pytest.mark.parametrize("title, expected", [
    ("青禾市行政复议白皮书（2022年度）", [("reconsideration_corrected", 32, 2022),
                                       ("reconsideration_correction_rate", 10.8, 2022)]),
    # a title naming no reconsideration leaves the section's figures no topic
    ("青禾市行政审判白皮书（2022年度）", []),
])
def test_the_title_names_the_topic_of_a_rate(title, expected):
    report = extract(title + _DECISIONS)
    assert sorted((m.key, m.value, m.year) for m in report.metrics if m.key.startswith("reconsideration")) == expected
