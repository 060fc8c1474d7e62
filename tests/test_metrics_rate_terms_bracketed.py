"""The two counts a rate is of, bracketed right after its value (出庭应诉率达98.6%(71/72), 调解成功率99.2%(1240/1250)):
the numerator and the denominator its derivation names, when they give the rate to the digit it is written to; checked
against the rate as counts said before it are. Not where the label narrows the rate to a part (主要负责人…: the
denominator), nor a bracket of other figures, nor counts the sentence said already.

Every sentence here is written for the test.
"""

from __future__ import annotations

import json

import pytest
from test_metric_families import read

from lawreport import extract


def _counts(text: str) -> list[tuple[str, float, str]]:
    return [(k, v, evidence) for k, v, _, _, evidence in read(text)[0] if not k.endswith("_rate")]


@pytest.mark.parametrize(("text", "expected"), [
    ("2023年,全县行政机关负责人出庭应诉率达98.6%(71/72)。",
     [("head_appearances", 71, "71"), ("litigation_hearings", 72, "72")]),
    ("我市调解成功率99.2%（1240/1250）,同比提高0.3个百分点。",
     [("mediation_succeeded", 1240, "1240"), ("mediation_cases", 1250, "1250")]),
    ("2023年,全区行政机关负责人出庭应诉率100%(32件/32件)。",
     [("head_appearances", 32, "32件"), ("litigation_hearings", 32, "32件")]),
    ("全年调解成功率99.2%(12,400/12,500)。", [("mediation_succeeded", 12400, "12,400"), ("mediation_cases", 12500, "12,500")]),
    ("2023年,县政府行政复议纠错率为12.5%(10/80)。",
     [("reconsideration_corrected", 10, "10"), ("reconsideration_closed", 80, "80")]),
])
def test_the_counts_bracketed_after_a_rate_are_its_terms(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the principal heads' rate: their appearances, over hearings the label says not which
    ("2023年,全县主要负责人出庭应诉率100%(5/5)。", [("head_appearances", 5, "5")]),
    # figures that do not give the rate: no counts of it (years, a typo)
    ("2023年,全县调解成功率98%(2022/2023)。", []),
    ("2023年,全县调解成功率90.2%(1240/1250)。", []),
    # a rate no counts give (败诉率: of the cases closed, no key)
    ("2023年,全县行政诉讼败诉率5%(2/40)。", []),
    # the counts said before in the sentence: not again
    ("2023年,开庭审理案件72件,负责人出庭71件,出庭应诉率达98.6%(71/72)。",
     [("litigation_hearings", 72, "开庭审理案件72件"), ("head_appearances", 71, "负责人出庭71件")]),
    ("2023年,开庭审理案件72件,负责人出庭71件,出庭应诉率达98.6%(71件)。",
     [("litigation_hearings", 72, "开庭审理案件72件"), ("head_appearances", 71, "负责人出庭71件")]),
])
def test_no_terms_where_the_bracket_does_not_say_them(text, expected):
    assert _counts(text) == expected


def test_the_rate_is_checked_against_its_bracketed_counts():
    record = json.loads(extract("2023年,全县行政机关负责人出庭应诉率达98.6%(71/72)。\n").model_dump_json())
    assert [(c["key"], c["stated"], c["computed"], c["agrees"]) for c in record["checks"]] == [
        ("head_appearance_rate", 98.6, 98.61, True)]
