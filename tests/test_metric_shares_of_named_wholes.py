"""A share said right after a count that names as its whole the cases the count's rate is of (纠正…的42件,占结案数的10%;
调解成功950件,占调解案件的95%) is that rate, wherever the whole was counted: two sentences before, or nowhere.
Sentences made up for the tests, with made-up places and figures."""

from __future__ import annotations

import pytest

from tests.test_metric_families import read

REVIEW = "一、行政复议工作\n2023年,青禾县共收到行政复议申请460件。共审结420件,结案率为95%。其中维持原行政行为的300件,占结案数的71.4%。"

NAMED = [
    (REVIEW + "纠正(含撤销、变更、确认违法)原行政行为的42件,占结案数的10%。",
     ("reconsideration_correction_rate", 10.0, "占结案数的10%")),
    (REVIEW + "撤销或者变更违法或者不当行政行为的42件,占全部审结案件的10%。",
     ("reconsideration_correction_rate", 10.0, "占全部审结案件的10%")),
    ("二、人民调解\n白石镇排查纠纷1200件。其中婚姻纠纷300件。调解成功950件,占调解案件的95%。",
     ("mediation_success_rate", 95.0, "占调解案件的95%")),
]


@pytest.mark.parametrize(("text", "rate"), NAMED, ids=[t[-16:] for t, _ in NAMED])
def test_a_share_naming_the_rates_whole_is_the_rate(text, rate):
    rates = [(key, value, evidence) for key, value, _, _, evidence in read(text)[0] if key == rate[0]]
    assert rates == [rate]


NOT_NAMED = [
    # the whole named is another count than the rate's (received, not closed)
    (REVIEW + "纠正(含撤销、变更、确认违法)原行政行为的42件,占收案数的9.1%。", "reconsideration_correction_rate"),
    # the court's closed cases, excluded from the count's whole
    (REVIEW + "纠正(含撤销、变更、确认违法)原行政行为的42件,占法院审结案件的3%。", "reconsideration_correction_rate"),
    # the town's share of the county's successes, not of its own cases
    ("二、人民调解\n白石镇排查纠纷1200件。其中婚姻纠纷300件。调解成功950件,占全县调解成功总数的12%。", "mediation_success_rate"),
]


@pytest.mark.parametrize(("text", "key"), NOT_NAMED, ids=[t[-16:] for t, _ in NOT_NAMED])
def test_a_share_of_another_whole_is_no_rate(text, key):
    assert not [value for k, value, _, _, evidence in read(text)[0] if k == key and evidence.startswith("占")]
