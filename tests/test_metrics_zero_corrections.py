"""No reconsideration corrections, said in words (行政复议零纠错, 无一件被复议纠错, 未发生行政复议纠错…案件,
无行政复议变更、撤销…案件和行政诉讼败诉案件, 无行政复议案件被纠错, 没有被复议机关撤销的行政行为, 行政复议纠错率为零; 无被纠错案件 after its sentence's reconsideration cases): the count (or the rate) is 0, where the words name reconsideration and the report counts no
corrections of that year.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, expected", [
    ("全年行政复议案件零纠错。", [("reconsideration_corrected", 0, 2024, False)]),
    ("实现行政复议“零纠错”、行政诉讼“零败诉”。",
     [("litigation_lost", 0, 2024, False), ("reconsideration_corrected", 0, 2024, False)]),
    ("本局作出的具体行政行为无一件被复议纠错。", [("reconsideration_corrected", 0, 2024, False)]),
    ("本局作出的行政行为无一被行政复议机关撤销。", [("reconsideration_corrected", 0, 2024, False)]),
    ("全年未发生行政复议纠错、行政诉讼败诉案件。",
     [("litigation_lost", 0, 2024, False), ("reconsideration_corrected", 0, 2024, False)]),
    ("全年未出现复议纠错情况。", [("reconsideration_corrected", 0, 2024, False)]),
    # a list of the cases none of which arose, naming the ways of correcting, may run long before the losses
    ("全年无行政复议变更、撤销、责令重作案件和行政诉讼败诉类案件发生。",
     [("litigation_lost", 0, 2024, False), ("reconsideration_corrected", 0, 2024, False)]),
    ("全年未发生行政复议被纠错和行政诉讼败诉案件。",
     [("litigation_lost", 0, 2024, False), ("reconsideration_corrected", 0, 2024, False)]),
    ("全年未发生行政复议被撤销案件。", [("reconsideration_corrected", 0, 2024, False)]),
    # …the agency's own acts said corrected by reconsideration, as a department reports them
    ("本年度本局未发生被行政复议变更、撤销或确认违法的情况。", [("reconsideration_corrected", 0, 2024, False)]),
    ("全年没有被复议撤销的案件。", [("reconsideration_corrected", 0, 2024, False)]),
    ("全年行政复议纠错率为零。", [("reconsideration_correction_rate", 0, 2024, False)]),
    # none corrected said without 复议, after the sentence's reconsideration cases
    ("本局被申请行政复议3件，未发生被纠错情况。",
     [("reconsideration_corrected", 0, 2024, False), ("reconsideration_received", 3, 2024, False)]),
    ("我县作为被申请人的行政复议案件4件,均予维持,无被纠错的案件。",
     [("reconsideration_corrected", 0, 2024, False), ("reconsideration_received", 4, 2024, False)]),
    ("全区收到行政复议申请2件,没有一件被纠错案件。",
     [("reconsideration_corrected", 0, 2024, False), ("reconsideration_received", 2, 2024, False)]),
    # …said with the lawsuits none lost, or as every case's (均未)
    ("本局涉及行政复议案件3件、行政诉讼案件2件,均已办结,无被纠错和败诉情况。",
     [("litigation_first_instance", 2, 2024, False), ("litigation_lost", 0, 2024, False),
      ("reconsideration_corrected", 0, 2024, False), ("reconsideration_received", 3, 2024, False)]),
    ("本局被申请行政复议4件,均未被纠错。",
     [("reconsideration_corrected", 0, 2024, False), ("reconsideration_received", 4, 2024, False)]),
    # the cases none of which was corrected, or the acts none of which the reconsideration body revoked, named
    ("2023年,全县审结行政复议案件42件,全年无行政复议案件被纠错。",
     [("reconsideration_closed", 42, 2023, False), ("reconsideration_corrected", 0, 2023, False)]),
    ("全年没有行政复议案件被纠错。", [("reconsideration_corrected", 0, 2024, False)]),
    ("本局被申请行政复议5件,未发生行政复议案件被纠错的情况。",
     [("reconsideration_corrected", 0, 2024, False), ("reconsideration_received", 5, 2024, False)]),
    ("全年我局无行政行为被复议机关撤销或变更。", [("reconsideration_corrected", 0, 2024, False)]),
    ("全年本单位没有具体行政行为被行政复议机关纠错。", [("reconsideration_corrected", 0, 2024, False)]),
    ("全年没有被复议机关撤销的行政行为。", [("reconsideration_corrected", 0, 2024, False)]),
    ("全市无被行政复议机关撤销、变更的具体行政行为。", [("reconsideration_corrected", 0, 2024, False)]),
])
def test_no_correction_said_in_words_is_zero(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "行政执法案卷评查实现零纠错。",  # no reconsideration named
    "行政执法纠错率为零。",
    "全年未发生行政复议决定被纠错的情况。",  # the decisions were not overturned: no count of what they corrected
    "全年未发生行政复议决定被撤销的情况。",
    "本局未发生被行政复议决定被撤销的情况。",  # …however the agency is said before it
    "无论胜诉和败诉案件,均组织案例分析。",  # 无论: no none said
    "全市行政复议零纠错的单位有14个。",  # some units' zero, not the area's
    "全市行政复议“零纠错”的单位有14个。",
    # 被纠错 with no reconsideration in its sentence, or said of the decisions a court reviewed
    "2024年,本局未发生被纠错案件。",
    "行政执法案卷评查无被纠错案件。",
    "全县行政复议决定无被纠错案件。",
    "全县行政复议决定均未被纠错。",
    "2024年,本局行政执法案卷均未被纠错。",
    # a court's revocation, and 无论 (whether or not)
    "全年无行政复议案件被法院撤销。",
    "无论行政复议案件被纠错与否,均开展案例分析。",
])
def test_words_that_are_no_zero_of_corrections(text):
    assert facts(text) == []


def test_none_corrected_without_fuyi_is_of_its_own_sentence_only():
    assert facts("本局收到行政复议申请2件。全年无被纠错案件。") == [("reconsideration_received", 2, 2024, False)]


def test_a_count_of_corrections_stands_over_a_zero():
    assert facts("受理行政复议案件30件,纠错4件。行政复议零纠错。") == [
        ("reconsideration_corrected", 4, 2024, False), ("reconsideration_received", 30, 2024, False)]


# Every lawsuit won (均胜诉, 全部胜诉): none lost; a part won, or a rate of winning, says nothing of the losses.
@pytest.mark.parametrize("text, expected", [
    ("部机关作为被告的一审行政诉讼案件29件，均胜诉。",
     [("litigation_first_instance", 29, 2024, False), ("litigation_lost", 0, 2024, False)]),
    ("全年应诉案件全部获胜诉。", [("litigation_lost", 0, 2024, False)]),
    ("一审行政诉讼案件29件，部分胜诉3件。", [("litigation_first_instance", 29, 2024, False)]),
    ("一审行政诉讼案件29件，均胜诉率较高。", [("litigation_first_instance", 29, 2024, False)]),
    # the verb and the winner said between (均已审结并胜诉, 均以我局胜诉结案)
    ("新增行政诉讼案件2件，均已审结并胜诉。",
     [("litigation_first_instance", 2, 2024, False), ("litigation_lost", 0, 2024, False)]),
    ("全年行政诉讼案件3件，均以我局胜诉结案。",
     [("litigation_first_instance", 3, 2024, False), ("litigation_lost", 0, 2024, False)]),
    # the reconsiderations counted right before: no lawsuit won
    ("因政府信息公开申请产生行政复议3起，均胜诉。", []),
])
def test_every_lawsuit_won_is_none_lost(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a rate said to be naught in words is a rate stated, under its label as written (as 行政机关败诉率为0 is)
    ("全年行政机关败诉率为零。", [("行政机关败诉率", 0)]),
    ("全年行政复议纠错率为零。", [("行政复议纠错率", 0)]),
    # …also a part's beside the whole's figure, which stays the headline value
    ("全年行政机关败诉率为6.2%。其中市政府本级败诉率为零。", [("行政机关败诉率", 6.2), ("市政府本级败诉率", 0)]),
    # a zero said of the cases, not of a rate, names no rate
    ("全年行政机关实现零败诉。", []),
])
def test_a_rate_naught_in_words_is_a_rate(text, expected):
    assert read(text, 2024)[1] == expected
