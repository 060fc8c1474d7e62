"""The hearings of cases named by their defendant (开庭审理行政机关作为被告的一审行政诉讼案件642件, 开庭审理以县政府为被告的
行政案件31件) are hearings, as 开庭审理行政案件 are; the cases named so without a hearing are the lawsuits brought.

Every sentence here is written for the test; bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize(("sentence", "value"), [
    ("全市法院共开庭审理行政机关作为被告的一审行政诉讼案件642件，行政机关负责人出庭应诉619件。", 642),
    ("法院开庭审理以县政府为被告的行政案件31件，县政府负责人出庭应诉31件。", 31),
])
def test_the_hearings_of_cases_named_by_their_defendant(sentence, value):
    assert ("litigation_hearings", value, 2024, False) in facts(sentence)


def test_the_cases_named_by_their_defendant_without_a_hearing_are_those_brought():
    assert facts("全市行政机关作为被告的一审行政诉讼案件700件。") == [("litigation_first_instance", 700, 2024, False)]
