"""The year a comparison names (同2023年比, 与2023年相比, 较2023年) is the base a change is measured from: it dates
neither the change nor the figures said after it, which keep the year the sentence opened with.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text", [
    "2024年全县共审结行政诉讼案件20件,败诉率10%,同2023年比下降5个百分点;共办结行政复议案件40件,纠错率7.5%。",
    "2024年全县共审结行政诉讼案件20件,败诉率10%,同2023年相比下降5个百分点;共办结行政复议案件40件,纠错率7.5%。",
    "2024年全县共审结行政诉讼案件20件,败诉率10%,与2023年相比下降5个百分点;共办结行政复议案件40件,纠错率7.5%。",
    "2024年全县共审结行政诉讼案件20件,败诉率10%,较2023年下降5个百分点;共办结行政复议案件40件,纠错率7.5%。",
])
def test_a_year_compared_with_dates_no_figure_after_it(text):
    assert ("reconsideration_closed", 40, 2024, False) in facts(text)
    assert ("reconsideration_correction_rate", 7.5, 2024, False) in facts(text)


def test_a_year_said_as_the_subject_dates_the_figures_after_it():
    # the same sentence with the later year said as the subject of its own clause, not compared with
    text = "2023年全县共审结行政诉讼案件20件,败诉率10%;2024年共办结行政复议案件40件,纠错率7.5%。"
    assert ("reconsideration_closed", 40, 2024, False) in facts(text)
    assert ("litigation_loss_rate", 10, 2023, False) in facts(text)


@pytest.mark.parametrize("origin", ["由2020年的", "从2020年的", "由去年的", "从去年的"])
def test_the_year_a_change_starts_from_dates_no_figure_after_it(origin):
    # the origin's year is the first level's alone: the clause after the change keeps the sentence's opening year
    text = f"2021年,全县一审行政诉讼案件50件,负责人出庭应诉率{origin}85%提升至96%;败诉案件4件,败诉率8%。"
    found = facts(text)
    assert ("head_appearance_rate", 85, 2020, False) in found
    assert ("litigation_lost", 4, 2021, False) in found
    assert ("litigation_loss_rate", 8, 2021, False) in found
