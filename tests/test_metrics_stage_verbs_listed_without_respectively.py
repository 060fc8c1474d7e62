"""The verbs of a case's stages listed over one noun, their values listed after it with no 分别 (新收、审结行政复议案件
245件、230件; 收、结行政复议案件86件、80件): as many values joined as verbs listed, one each, as after 分别; the one-character
verbs 收 and 结 before a noun of their own count its cases taken in and closed (收案, 结案), with 分别 or without. They had
given the first value or none, and 收、结…案件 the intake as the second value.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts

RECEIVED, CLOSED = "reconsideration_received", "reconsideration_closed"


@pytest.mark.parametrize("text, expected", [
    ("2023年，全县新收、审结行政复议案件245件、230件。", [(CLOSED, 230, 2023, False), (RECEIVED, 245, 2023, False)]),
    ("2023年,本局受理和办结行政复议案件86件、80件,纠错率12%。",
     [(CLOSED, 80, 2023, False), ("reconsideration_correction_rate", 12, 2023, False),
      (RECEIVED, 86, 2023, False)]),
    ("2023年,全区行政复议收、结案245件和230件。", [(CLOSED, 230, 2023, False), (RECEIVED, 245, 2023, False)]),
    # 收 and 结 before the noun, with 分别 or without
    ("2023年，全县收、结行政复议案件245件、230件。", [(CLOSED, 230, 2023, False), (RECEIVED, 245, 2023, False)]),
    ("2023年,全市收、结行政复议案件分别为64件、61件。", [(CLOSED, 61, 2023, False), (RECEIVED, 64, 2023, False)]),
    # a later stage of the same count gives no second figure of it
    ("2023年,全县受理、办结法律援助案件412件、398件。", [("legal_aid_cases", 412, 2023, False)]),
    ("2023年,全市收、结法律援助案件245件、230件。", [("legal_aid_cases", 245, 2023, False)]),
    # every kind of legal aid, their values after them: their sum
    ("2023年,全市刑事、民事、行政法律援助案件230件、330件、12件。", [("legal_aid_cases", 572, 2023, False)]),
])
def test_each_verb_listed_has_its_value(text, expected):
    assert facts(text, 2023) == expected


@pytest.mark.parametrize("text, expected", [
    # one value for the verbs listed: none told apart
    ("2023年,全县新收、审结行政复议案件245件。", []),
    # more values than verbs: no list of each verb's
    ("2023年,全县新收、审结行政复议案件245件、230件、12件。", []),
    # two kinds of three: no figure of the year
    ("2023年,全市刑事、民事法律援助案件230件、330件。", []),
])
def test_values_not_one_for_each_verb_are_no_list(text, expected):
    assert facts(text, 2023) == expected
