"""The lawsuits counted as the agencies sued: 被诉 or 被起诉, with 的 or without (区政府被起诉的行政案件27件), as 被诉案件
counts them, or with the number right after the verb (各级行政机关被诉63件); not a criminal or an appeal court's cases,
nor the reconsidered cases taken to court.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import keys_values


@pytest.mark.parametrize("text", [
    "2024年,区政府被起诉行政案件31件。",
    "2024年,全区行政机关被起诉案件31件。",
    "2024年,全区行政机关被起诉的案件31件。",
    "2024年,全区行政机关被诉的行政案件31件。",
])
def test_the_agencies_sued_count_the_lawsuits(text):
    assert keys_values(text) == [("litigation_first_instance", 31)]


@pytest.mark.parametrize("text", [
    "2024年,全区被起诉的刑事案件31件。",
    "2024年,全区行政机关被起诉的二审案件31件。",
    "2024年,经行政复议后被起诉的案件31件。",
])
def test_no_lawsuits_of_another_kind_or_after_reconsideration(text):
    assert keys_values(text) == []


@pytest.mark.parametrize("text", [
    "2024年,全县被诉行政案件70件(含一审31件)。",
    "2024年，市政府被诉行政案件45件（含一审案件31件）。",
    "2024年,我区被起诉的行政案件40件,其中一审31件。",
    "2024年,全县被诉行政案件70件(含一审31件、二审39件)。",
])
def test_the_agencies_sued_count_their_first_instance_part(text):
    assert keys_values(text) == [("litigation_first_instance", 31)]


@pytest.mark.parametrize("text", [
    "2024年,全县被诉行政案件31件(一审)。",
    "2024年,全县被诉行政案件31件（均为一审案件）。",
    "2024年,全县被诉行政案件31件,一审判决均维持。",
])
def test_the_agencies_sued_glossed_as_first_instance_count_the_total(text):
    assert keys_values(text) == [("litigation_first_instance", 31)]


@pytest.mark.parametrize("text, expected", [
    ("2024年,全县被诉行政案件70件(含二审39件)。", []),  # a total holding appeals, its first-instance part unsaid
    # an 一审 of judgments sorts no cases: the total
    ("2024年,全县被诉行政案件70件,一审胜诉31件。", [("litigation_first_instance", 70)]),
    ("2024年,全县被诉行政案件70件,其中一审败诉3件。", [("litigation_first_instance", 70)]),
])
def test_no_first_instance_part_where_the_sentence_gives_none(text, expected):
    assert [kv for kv in keys_values(text) if kv[0] == "litigation_first_instance"] == expected


@pytest.mark.parametrize("text", [
    "2024年,以本市行政机关为被告的一审案件418件。",
    "2024年,法院新收以县政府及其部门为被告的一审案件418件。",
    "2024年,区政府被诉的一审案件418件。",
])
def test_the_first_instance_cases_of_a_named_defendant_count_the_lawsuits(text):
    assert keys_values(text) == [("litigation_first_instance", 418)]


@pytest.mark.parametrize("text", [
    "2024年,全市法院受理以银行为被告的民事一审案件418件。",
    "2024年,以县政府为被告的二审案件418件。",
])
def test_no_first_instance_lawsuits_of_a_civil_defendant_or_an_appeal(text):
    assert keys_values(text) == []


@pytest.mark.parametrize("text, expected", [
    ("2024年,全县各级行政机关共被诉63件。", [("litigation_first_instance", 63)]),
    ("2024年,区政府被起诉63件。", [("litigation_first_instance", 63)]),
    # the total gives way to its first-instance part, the cases named or not
    ("2024年,全市各级行政机关被诉63件,其中一审48件。", [("litigation_first_instance", 48)]),
    ("2024年,市政府被诉63件(含一审48件)。", [("litigation_first_instance", 48)]),
])
def test_the_agencies_sued_count_the_lawsuits_with_no_noun_after_the_verb(text, expected):
    assert keys_values(text) == expected


@pytest.mark.parametrize("text", [
    "2024年,经行政复议后被起诉63件。",
    "2024年,全区企业被诉民事纠纷63件。",
    "2024年,全县各级行政机关被诉63件,其中二审15件。",
])
def test_no_lawsuits_sued_after_reconsideration_of_another_kind_or_with_appeals(text):
    assert keys_values(text) == []
