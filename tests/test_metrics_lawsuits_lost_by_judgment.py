"""The lawsuits lost stated only by the judgments against the agencies, in a list of a court's judgments that states
no loss in all (判决驳回诉讼请求21件,判决撤销4件,确认违法2件): one alone is the value, several add up to it (derived),
as a reconsideration's corrections are read from its outcomes. Not where the loss is stated, nor a reconsideration's
outcomes, nor a list with no judgment against the agencies.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import keys_values

from lawreport import extract


def lost(text: str) -> list[tuple[float, bool]]:
    return [(m.value, m.derived) for m in extract(text).metrics if m.key == "litigation_lost"]


@pytest.mark.parametrize("text, expected", [
    ("2024年,全县审结行政诉讼案件45件,其中判决驳回原告诉讼请求21件,判决撤销4件,确认违法2件,原告撤诉18件。", [(6, True)]),
    (("2024年,全市法院一审审结行政案件380件,其中判决驳回诉讼请求170件,判决撤销行政行为26件,判决确认违法11件,"
      "判决履行法定职责4件。"), [(41, True)]),
    # one judgment against the agencies alone: the one figure there is
    ("2024年,全县审结行政诉讼案件45件,其中判决驳回原告诉讼请求21件,判决撤销4件。", [(4, False)]),
])
def test_the_judgments_against_the_agencies_count_the_lawsuits_lost(text, expected):
    assert lost(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the loss stated: the judgments are its parts
    ("2024年,全市法院审结一审行政案件380件,行政机关败诉41件,其中判决撤销行政行为26件、确认违法15件。", [(41, False)]),
    # a list with no judgment against the agencies
    ("2024年,全县审结行政诉讼案件45件,其中判决驳回原告诉讼请求27件,原告撤诉18件。", []),
])
def test_no_sum_of_judgments_beside_the_loss_or_without_one(text, expected):
    assert lost(text) == expected


@pytest.mark.parametrize("text", [
    "2024年,全县审结行政复议案件52件,其中维持31件,驳回6件,撤销7件,确认违法2件。",
    "2024年,行政复议审结52件,其中驳回6件,撤销7件,确认违法2件;行政诉讼案件33件。",
])
def test_a_reconsiderations_outcomes_are_no_lawsuits_lost(text):
    assert "litigation_lost" not in [key for key, _ in keys_values(text)]


@pytest.mark.parametrize("text", [
    "2024年,全市法院判决撤销、确认违法、责令履行的行政案件共计57件。",
    "2024年,全县行政诉讼案件中被法院判决撤销、确认违法、变更的案件57件。",
])
def test_a_longer_list_of_the_judgments_against_the_agencies_counts_the_lawsuits_lost(text):
    assert lost(text) == [(57, False)]


def test_a_longer_list_of_a_reconsiderations_outcomes_is_no_lawsuits_lost():
    assert keys_values("2024年,全县行政复议案件中撤销、确认违法、变更的案件57件。") == [("reconsideration_corrected", 57)]


@pytest.mark.parametrize("text, expected", [
    # the court named before the judgments, no other outcome listed beside them
    ("2024年,全区法院判决撤销行政行为17件、确认违法6件。", [(23, True)]),
    ("2024年,县人民法院依法判决撤销9件,判决确认违法3件。", [(12, True)]),
    ("2024年,在行政诉讼中,法院判决撤销行政行为17件、确认违法6件。", [(23, True)]),
    # one judgment alone, a list of none: no loss read
    ("2024年,全区法院判决撤销行政行为17件。", []),
    # judgments the reconsideration's decisions suffered: no loss of the agencies
    ("2024年,行政复议决定被法院判决撤销2件、确认违法1件。", []),
])
def test_judgments_said_after_the_court_that_made_them(text, expected):
    assert lost(text) == expected


def test_a_reconsideration_bodys_outcomes_said_after_it_are_its_corrections():
    assert keys_values("2024年,行政复议案件中,复议机关决定撤销8件、变更3件。") == [("reconsideration_corrected", 11)]


@pytest.mark.parametrize("text, expected", [
    # the government and its departments the court judged against, named after 判决
    ("2024年,县法院判决县政府及部门撤销行政行为3件、确认违法2件。", [(5, True)]),
    ("2024年,全县审结行政诉讼案件45件,其中判决驳回原告诉讼请求21件,判决区政府及其部门撤销行政行为4件。", [(4, False)]),
    # …or before the judgment they suffered
    ("2024年,全县一审行政诉讼案件86件,县政府被判决撤销行政行为3件、确认违法2件。", [(5, True)]),
    ("2024年,全县一审行政诉讼案件86件,市政府被法院判决撤销3件,判决确认违法1件。", [(4, True)]),
    # one judgment alone, a list of none: no loss read, as for a court named alone
    ("2024年,县法院判决县政府及部门撤销行政行为3件。", []),
    # a reconsideration's decisions judged against: no loss of the agencies
    ("2024年,行政复议决定被判决撤销2件、确认违法1件。", []),
])
def test_judgments_against_the_government_named(text, expected):
    assert lost(text) == expected


def test_a_reconsideration_decision_judged_against_is_no_correction():
    assert keys_values("2024年,全县审结行政复议案件50件,维持30件,复议决定被判决撤销2件。") \
        == [("reconsideration_closed", 50)]
