"""A 分别 list of the verbs of a case's stages over one noun (受理、调结矛盾纠纷分别为1200件、1150件): the first value is
the first verb's with the noun (受理矛盾纠纷); each later one is its verb's as said alone after the first value (受理矛盾
纠纷1200件,调结1150件: the successes), where the list itself names the verb's topic; else its verb's with the noun. A
later verb never gives a second figure of a key an earlier value took (受理、办结法律援助案件: the cases closed are some of
those handled), and a verb the catalog keys to nothing (排查) gives nothing.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read

from lawreport import extract


@pytest.mark.parametrize("text, expected", [
    # 调结 names mediation itself: the intake and the successes
    ("全年受理、调结矛盾纠纷分别为1200件、1150件。",
     [("mediation_cases", 1200, 2024, False), ("mediation_succeeded", 1150, 2024, False)]),
    ("全年受理和调结民间纠纷分别为320件、316件。",
     [("mediation_cases", 320, 2024, False), ("mediation_succeeded", 316, 2024, False)]),
    # a body before the first verb; 化解 after an intake is the successes, as said alone after it
    ("白沙区各级调解组织受理、化解矛盾纠纷分别为860件、845件。",
     [("mediation_cases", 860, 2024, False), ("mediation_succeeded", 845, 2024, False)]),
    ("全年受理、调解成功矛盾纠纷分别为640件、633件。",
     [("mediation_cases", 640, 2024, False), ("mediation_succeeded", 633, 2024, False)]),
    # verbs that leading words do not read (收案, 结案)
    ("全年收案、结案行政复议案件分别为88件、80件。",
     [("reconsideration_closed", 80, 2024, False), ("reconsideration_received", 88, 2024, False)]),
    # three verbs: the middle one (调处) is a second count of the intake's key, none of its own
    ("青禾县调委会受理、调处、化解矛盾纠纷分别为1500件、1490件、1470件。",
     [("mediation_cases", 1500, 2024, False), ("mediation_succeeded", 1470, 2024, False)]),
])
def test_each_verb_of_a_list_reads_its_stage(text, expected):
    assert facts(text) == expected


def test_the_evidence_of_a_later_stage_starts_at_its_verb():
    metrics, _ = read("全年受理、调结矛盾纠纷分别为1200件、1150件。")
    assert [(key, value, evidence) for key, value, _, _, evidence in metrics] == [
        ("mediation_cases", 1200, "受理、调结矛盾纠纷分别为1200件"),
        ("mediation_succeeded", 1150, "调结矛盾纠纷分别为1200件、1150件")]


def test_the_success_rate_follows_from_the_two_stages():
    report = extract("青禾县司法局2023年工作总结\n2023年,全县受理、调结矛盾纠纷分别为1200件、1150件。")
    assert [(m.key, m.value, m.derived) for m in report.metrics if m.key == "mediation_success_rate"] == [
        ("mediation_success_rate", 95.83, True)]


@pytest.mark.parametrize("text, expected", [
    # the cases closed, assigned or mediated are some of those taken in: no second figure of the key
    ("全县法律援助中心受理、办结法律援助案件分别为600件、580件。", [("legal_aid_cases", 600, 2024, False)]),
    ("全年受理、指派法律援助案件分别为500件、480件。", [("legal_aid_cases", 500, 2024, False)]),
    ("全年受理、调处矛盾纠纷分别为1300件、1280件。", [("mediation_cases", 1300, 2024, False)]),
    # 审结 is a reconsideration's only where the list names reconsideration: of first-instance lawsuits it is none
    ("全年新收、审结一审行政诉讼案件分别为45件、40件。", [("litigation_first_instance", 45, 2024, False)]),
    # 排查 keys nothing here: its value is not guessed to be the intake, and 调处 reads as said alone
    ("全年排查、调处矛盾纠纷分别为900件、880件。", [("mediation_cases", 880, 2024, False)]),
])
def test_a_later_stage_of_the_same_key_or_a_stage_keyed_to_nothing_gives_nothing(text, expected):
    assert facts(text) == expected


def test_the_first_verb_takes_the_lists_noun_not_the_topic_before_it():
    # 新收 said alone would be read under the reconsideration of the sentence before
    text = "全年新收行政复议案件120件。新收、审结一审行政诉讼案件分别为45件、40件。"
    assert facts(text) == [("litigation_first_instance", 45, 2024, False), ("reconsideration_received", 120, 2024, False)]


def test_a_numbered_heading_before_two_joined_labels_is_no_label():
    # the heading's 、 lists nothing: the two labels joined by 和 take the two values
    assert facts("六、全年受理和审结行政复议案件分别为121件、113件。") == [
        ("reconsideration_closed", 113, 2024, False), ("reconsideration_received", 121, 2024, False)]


@pytest.mark.parametrize("text, expected", [
    # 调结 names mediation by itself; 成功 alone needs mediation named (调解)
    ("全年受理矛盾纠纷700件,调结690件。", [("mediation_cases", 700, 2024, False), ("mediation_succeeded", 690, 2024, False)]),
    ("白沙区调解矛盾纠纷900件,成功880件。",
     [("mediation_cases", 900, 2024, False), ("mediation_succeeded", 880, 2024, False)]),
])
def test_a_bare_stage_after_an_intake_where_mediation_is_named(text, expected):
    assert facts(text) == expected
