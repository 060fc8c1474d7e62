"""A rate said after a part of a whole stated in the sentence before (…调解纠纷2900件。其中,人民调解委员会调解纠纷2100件,
调解成功率为97.5%): the part's rate, not the area's; a rate after the part that is its numerator (其中,纠错11件,纠错率
5.2%) stays the whole's.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, expected", [
    ("2024年,全区共调解矛盾纠纷3460件,调解成功率98.6%。其中,人民调解委员会调解2710件,调解成功率为99.1%。",
     [("mediation_cases", 3460, 2024, False), ("mediation_success_rate", 98.6, 2024, False)]),
    ("2024年,全区共调解矛盾纠纷3460件。其中,人民调解委员会调解纠纷2710件,调解成功率为99.1%。",
     [("mediation_cases", 3460, 2024, False)]),
    ("全年化解矛盾纠纷1275件。其中,交通事故调委会化解纠纷318件,化解成功率98.7%。",
     [("mediation_cases", 1275, 2024, False)]),
])
def test_a_rate_after_a_part_of_the_whole_is_the_parts(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("2024年,全区审结行政复议案件186件。其中,维持121件,纠错14件,纠错率7.5%。",
     [("reconsideration_closed", 186, 2024, False), ("reconsideration_corrected", 14, 2024, False),
      ("reconsideration_correction_rate", 7.5, 2024, False)]),
    # no part marker: the rate after the count is the area's
    ("2024年,全区人民调解委员会调解矛盾纠纷2710件,调解成功率为99.1%。",
     [("mediation_cases", 2710, 2024, False), ("mediation_success_rate", 99.1, 2024, False)]),
])
def test_a_rate_after_its_numerator_or_without_a_part_stays_the_wholes(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the outcomes the closed cases were decided by sort the whole, not a part of it: the rate after them is the whole's
    ("2016年,区政府审结行政复议案件64件。其中,维持48件,撤销6件,确认违法3件,纠错率14.06%。",
     [("reconsideration_closed", 64, 2016, False), ("reconsideration_corrected", 9, 2016, False),
      ("reconsideration_correction_rate", 14.06, 2016, False)]),
    ("2016年,区政府审结行政复议案件64件。在审结的案件中,维持50件,驳回及终止5件,综合纠错率14.06%。",
     [("reconsideration_closed", 64, 2016, False), ("reconsideration_correction_rate", 14.06, 2016, False)]),
])
def test_a_rate_after_the_wholes_outcomes_stays_the_wholes(text, expected):
    assert facts(text) == expected


def test_a_rate_after_a_kind_of_case_is_the_kinds():
    text = "2016年,区政府审结行政复议案件64件。其中,涉企案件12件,纠错率25%。"
    assert facts(text) == [("reconsideration_closed", 64, 2016, False)]
