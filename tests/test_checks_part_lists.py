"""Where the parts of a total end, for the check that no part exceeds its total; and which counts a stated rate is
checked against: a numerator said in parts, one narrower than the rate (直接, 主要), a rate stated as a bound.

The parts run from the marker (其中, 包括…) until they make the total or a figure is said whole (共…, 累计…); a count
that describes what is counted (超过1万人的…) is neither a total nor a part. Every sentence is written for the test.
"""

from __future__ import annotations

import pytest
from test_checks import WRAPPER

from lawreport import extract


def _parts_flagged(body: str) -> list[str]:
    report = extract(WRAPPER.format(body=body))
    return [f.message for f in report.findings if f.kind == "part_exceeds_total"]


@pytest.mark.parametrize("body", [
    "办理法律援助案件120件，其中刑事案件130件。",
    "办理法律援助案件120件，其中刑事案件60件；民事案件140件。",  # a list's items after ;, none said whole
    "办理法律援助案件120件，其中民事案件50件，刑事案件150件。",  # the first part leaves the total short of its parts
    "律师人数超过1万人的地区有5个，其中律所12个。",  # a count describing the regions beside a part of another unit
    "共有律师900人，其中专职律师1200人。",  # a total said whole, its part after the marker
    "审结复议案件320件（含上年结转案件12件），其中纠错402件。",  # a count in brackets after the total
    # parts adding up to no total before them: the last total stands
    "受理法律援助案件900件，办结法律援助案件500件，其中民事案件610件，刑事案件280件。",
    "每个调解委员会有调解员5人，其中专职调解员8人。",  # a total with no bound: exceeded
    # a count in a clause of its own before the marker stays a total
    "全县建成调解组织12个，调解纠纷300件，其中村级调解组织15个。",
], ids=["one part", "after ;", "second part", "attribute beside counts", "total said whole", "aside after total",
        "parts summing to no total", "no bound", "a clause of its own"])
def test_a_part_larger_than_its_total_is_a_finding(body):
    assert _parts_flagged(body)


@pytest.mark.parametrize("body", [
    # …;共安排… / …,共…: a figure of its own said whole, after the parts
    "全年办理法律援助案件355件，其中刑事案件342件、民事案件13件；共安排律师值班454人次；共审核归档材料659件。",
    "全年办理各类法律事务787件，其中诉讼案件536件；截至目前，累计办理公证800件。",
    "全县共有公证员130名，包括专职公证员和助理人员在内的其他人员，共183名。",
    # the parts make the total: what follows is no part of it
    "办结法律援助案件165件，其中民事案件152件，刑事案件13件，代书200余件，办理公证188件。",
    # a count describing what is counted (超过…人的省) is neither a total nor a part
    "律师人数超过1万人的省有23个，其中超过3万人的省有8个。",
    # a count in brackets before the marker is an aside, not the total
    "审结复议案件4318件（应审结案件含上年结转320件），其中纠错402件。",
    # parts that add up to a total before the last one are that total's
    "受理法律援助案件900件，办结法律援助案件500件，其中民事案件610件，刑事案件280件，行政案件10件。",
    # a total said as a bound (以上, 余) is exceeded by no part
    # a count naming who acts, its clause's own count after it: the parts after the marker are of the latter
    "全年5家律师事务所共办理各类法律事务787件，其中诉讼案件536件，担任法律顾问10家。",
    "每个调解委员会均配备调解员5人以上，其中最多的配备8人。",
    "全年办理公证100余件，其中涉外公证120件。",
], ids=["共 after ;", "累计 after ;", "共 after the parts", "parts make the total", "attribute", "aside",
        "parts make an earlier total", "actors' count", "bound 以上", "bound 余"])
def test_what_follows_the_parts_is_no_part(body):
    assert _parts_flagged(body) == []


def _checked(body: str) -> list[tuple[bool, float, int]]:
    report = extract(WRAPPER.format(body=body))
    return [(c.agrees, c.computed, len(c.spans)) for c in report.checks]


def test_a_rate_of_a_numerator_said_in_parts_is_checked_against_their_sum():
    # the counts of the corrections by kind make the rate's numerator: the check cites them all
    assert _checked("全年审结行政复议案件100件，撤销和确认违法7件，变更和责令履行3件，综合纠错率为10%。") == [(True, 10.0, 4)]
    # …and a sum that does not give the rate is the disagreement, citing them all
    assert _checked("全年审结行政复议案件100件，撤销和确认违法7件，变更和责令履行5件，综合纠错率为10%。") == [(False, 12.0, 4)]
    # a single count giving the rate is checked as it is
    assert _checked("全年审结行政复议案件100件，直接纠错10件，纠错率10%。") == [(True, 10.0, 3)]


@pytest.mark.parametrize(("body", "expected"), [
    # a numerator narrowed by a catalog word the rate lacks (直接, 主要) is only part of the rate's: no check
    ("全年审结行政复议案件318件，直接纠错30件，综合纠错率19.8%。", []),
    ("开庭审理的6件案件均由领导班子成员出庭应诉，其中主要负责人出庭应诉2件，负责人出庭应诉率100%。", []),
    # …a rate holding the word too is checked against it, agreeing or not
    ("全年审结行政复议案件318件，直接纠错30件，直接纠错率9.43%。", [(True, 9.43, 3)]),
    ("全年审结行政复议案件318件，直接纠错30件，直接纠错率12%。", [(False, 9.43, 3)]),
    # …and a numerator without the word that does not give the rate is a disagreement
    ("全年审结行政复议案件318件，纠错30件，综合纠错率19.8%。", [(False, 9.43, 3)]),
], ids=["直接 beside 综合", "主要 beside all", "直接 both, agrees", "直接 both, disagrees", "no narrowing word"])
def test_a_numerator_narrower_than_its_rate_is_not_checked_against_it(body, expected):
    assert _checked(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("调解纠纷12468件，调解成功12417件，调解成功率保持在99%以上。", [(True, 99.59, 3)]),
    ("调解纠纷12468件，调解成功12417件，调解成功率99.7%以上。", [(False, 99.59, 3)]),
    ("审结行政复议案件200件，纠错9件，纠错率不足5%。", [(True, 4.5, 3)]),
    ("审结行政复议案件200件，纠错11件，纠错率不足5%。", [(False, 5.5, 3)]),
], ids=["at least, holds", "at least, does not", "less than, holds", "less than, does not"])
def test_a_rate_stated_as_a_bound_agrees_with_counts_on_its_side(body, expected):
    assert _checked(body) == expected
