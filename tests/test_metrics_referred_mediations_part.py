"""The successes of the disputes a court refers to mediation (委派, 委托) are a channel's part of all mediations, said
in a bracket or after a part marker (调解矛盾纠纷86万件(含人民法院委派委托调解成功31万件)): no total of the successes,
which the text then does not give. So are a town's or a street's after a part marker (其中泗安镇调解成功195件). The
successes said of all mediations stay read.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, intake", [
    ("全市调解各类矛盾纠纷86万件(含人民法院委派委托调解成功31万件)。", 860000),
    ("全县共调解矛盾纠纷3200件，其中诉前委派调解成功210件。", 3200),
    ("全区调解矛盾纠纷1494件,其中人民法院委托调解成功675件。", 1494),
    ("我县调解矛盾纠纷3200件,其中法院委派成功调解纠纷210件。", 3200),
])
def test_a_referred_channel_s_successes_are_no_total(text, intake):
    assert facts(text) == [("mediation_cases", intake, 2024, False)]


@pytest.mark.parametrize("text, succeeded", [
    # the total said beside the referred part: the total's
    ("全县共调解矛盾纠纷3200件(包括法院委托调解成功120件),调解成功3150件。", 3150),
    # the successes of all the disputes, after a part marker or after referred disputes counted
    ("全县调解矛盾纠纷3200件，其中调解成功3150件。", 3150),
    ("2024年受理法院委派委托纠纷300件,调解成功280件。", 280),
])
def test_the_successes_of_all_mediations_stay_read(text, succeeded):
    assert [v for k, v, *_ in facts(text) if k == "mediation_succeeded"] == [succeeded]


@pytest.mark.parametrize("text", [
    "全县共受理矛盾纠纷3000件,其中泗安镇调解成功195件。",
    "全区受理矛盾纠纷2600件(含城南街道调解成功410件)。",
])
def test_a_town_s_successes_after_a_part_marker_are_no_total(text):
    assert [k for k, *_ in facts(text)] == ["mediation_cases"]


def test_a_town_s_own_successes_stay_read():
    assert [v for k, v, *_ in facts("全镇受理矛盾纠纷168件,其中调解成功166件。") if k == "mediation_succeeded"] == [166]
