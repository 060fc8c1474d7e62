"""Lawsuit intakes whose label does not stand right before the number: the intake word inside or after the label,
the lawsuits named by their being brought, a bare intake after the first-instance lawsuits' trend.

Every sentence here is written for the test, and read with the report's year given.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


def facts(text: str):
    """(key, value, year, target) of each headline metric of `text`, read in a report on 2023."""
    return sorted((k, v, y, t) for k, v, y, t, _ in read(text)[0])


# The first-instance intake with the intake word between 一审 and 案件 or after them, or named by the lawsuits being
# brought.
@pytest.mark.parametrize("text, expected", [
    ("全省法院行政诉讼一审新收案件2741件,同比下降12.5%。", [("litigation_first_instance", 2741, 2023, False)]),
    ("全市法院行政一审案件新收615件。", [("litigation_first_instance", 615, 2023, False)]),
    ("全区因不服行政机关行政行为提起行政诉讼的新收一审案件有58件,结案61件。",
     [("litigation_first_instance", 58, 2023, False)]),
    ("青禾县公民、法人不服行政行为提起行政诉讼的案件37件。", [("litigation_first_instance", 37, 2023, False)]),
])
def test_first_instance_intake_named_around_its_intake_word(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the reconsidered cases taken to court are a part of the reconsideration cases, no lawsuits of the area's
    ("全县办结行政复议案件80件,其中申请人不服提起行政诉讼的案件9件。", [("reconsideration_closed", 80, 2023, False)]),
    # those never brought
    ("全县办结行政复议案件80件,当事人未再提起行政诉讼的案件71件。", [("reconsideration_closed", 80, 2023, False)]),
    ("青禾县公民不服行政行为提起行政诉讼的案件37件,其中二审5件。", []),
])
def test_lawsuits_brought_after_reconsideration_or_never_are_none(text, expected):
    assert facts(text) == expected


# The intake said bare after a clause on how the first-instance lawsuits went: the topic carries over to it.
@pytest.mark.parametrize("text, expected", [
    ("2023年,全省法院一审行政案件收案继续上升,新收9425件,同比增长6.2%。",
     [("litigation_first_instance", 9425, 2023, False)]),
    ("全县一审行政诉讼案件数量持续下降,共受理46件。", [("litigation_first_instance", 46, 2023, False)]),
    ("白沙区行政诉讼一审案件逐年减少,全年收案28件。", [("litigation_first_instance", 28, 2023, False)]),
])
def test_a_bare_intake_after_the_first_instance_trend(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # another topic between the trend and the intake
    ("全市法院一审行政案件收案继续上升,二审案件新收300件。", []),
    ("全市法院一审民事案件持续增长,新收5000件。", []),
    # a reconsideration topic keeps its own count
    ("全县行政复议案件数量稳步增长,全年新收73件。", [("reconsideration_received", 73, 2023, False)]),
    # a closed count after the trend counts no cases brought
    ("全县一审行政诉讼案件数量持续下降,审结40件。", []),
])
def test_a_bare_intake_of_another_topic_is_none(text, expected):
    assert facts(text) == expected


# The intake's noun said again without the cases' after the first-instance trend (…发案量连续下降,全年发案量为…).
@pytest.mark.parametrize("text, expected", [
    ("一审行政诉讼案件发案量连续下降,全年发案量为1,020件。", [("litigation_first_instance", 1020, 2023, False)]),
    ("全市一审行政案件发案量出现首次回落,年内基本平稳,全年发案量为864件。",
     [("litigation_first_instance", 864, 2023, False)]),
])
def test_a_bare_intake_noun_after_the_first_instance_trend(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全市一审民事案件发案量连续下降,全年发案量为5000件。", []),  # another kind of case
    ("全市刑事案件持续下降,全年发案量为320件。", []),  # no first-instance lawsuits named
])
def test_a_bare_intake_noun_of_another_topic_is_none(text, expected):
    assert facts(text) == expected


# A first-instance total split in a bracket into the newly received and the carried-over cases: the newly received
# part is the year's intake, and the total, holding the carried-over cases, gives way to it.
@pytest.mark.parametrize("text, expected", [
    ("全年一审行政案件共420件(新收365件,旧存55件),审结398件。", [("litigation_first_instance", 365, 2023, False)]),
    ("全市行政、赔偿诉讼一审案件共612件(新收案件501件,旧存案件111件)。",
     [("litigation_first_instance", 501, 2023, False)]),
    ("全年一审行政案件共420件(其中新收365件,旧存55件)。", [("litigation_first_instance", 365, 2023, False)]),
    # another instance's split after it is none of the first-instance intake
    ("全年一审行政案件共420件(新收365件,旧存55件),二审行政案件共130件(新收120件,旧存10件)。",
     [("litigation_first_instance", 365, 2023, False)]),
])
def test_a_first_instance_total_split_into_new_and_carried_over(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the cases closed, carry-over included, with the intake said apart: each stays what it is
    ("全市法院新收一审行政案件365件,审结一审行政案件398件(含旧存)。", [("litigation_first_instance", 365, 2023, False)]),
    ("全市法院审结一审行政案件398件(含旧存)。", [("litigation_first_instance", 398, 2023, False)]),
    # a bracket that splits no intake leaves the total
    ("全年一审行政案件共420件(同比上升5%),审结398件。", [("litigation_first_instance", 420, 2023, False)]),
    ("二审行政案件共130件(新收120件,旧存10件)。", []),
    # an average intake in the bracket is no year's count
    ("全年一审行政案件共420件(月均新收35件)。", [("litigation_first_instance", 420, 2023, False)]),
])
def test_a_total_with_no_newly_received_part_stays(text, expected):
    assert facts(text) == expected


# The first-instance lawsuits named with no noun after them, in prose or as a table's row, where 行政诉讼 or 行政应诉
# says them whole; not another instance's, nor a count of an outcome or an agent's after them.
@pytest.mark.parametrize("text, expected", [
    ("2023年,全区一审行政诉讼88件,败诉4件。",
     [("litigation_first_instance", 88, 2023, False), ("litigation_lost", 4, 2023, False)]),
    ("某区行政应诉数据\n项目 | 2023年 | 2022年\n一审行政诉讼(件) | 88 | 95\n",
     [("litigation_first_instance", 88, 2023, False), ("litigation_first_instance", 95, 2022, False)]),
    ("2023年,全区二审行政诉讼20件。", []),
    ("2023年,全区一审行政诉讼律师代理15件。", []),
    ("2023年,全区一审行政诉讼审结80件。", []),
])
def test_first_instance_lawsuits_named_without_a_noun(text, expected):
    assert facts(text) == expected
