"""Three readings of a mediation sentence that lists more than its intake and successes: the disputes still being
mediated (正在调处中的纠纷3件) are no intake; a rate after the whole's successes, said after a list of the intake's
kinds (其中婚姻纠纷16件,邻里纠纷18件;调解成功49件,调解成功率92%), is the whole's; and two intakes of different values
in one sentence give no derived rate, the text not saying which the successes are of.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts

from lawreport.pipeline import extract


def derived(text: str) -> dict[str, float]:
    return {m.key: m.value for m in extract(text).metrics if m.derived}


@pytest.mark.parametrize("text", [
    "全年共受理矛盾纠纷60件,调解成功57件,正在调处中的纠纷3件。",
    "全年共受理矛盾纠纷60件,调解成功57件,正在调解的纠纷3件。",
    "全年共受理矛盾纠纷60件,调解成功57件,调解中纠纷3件。",
    "全年共受理矛盾纠纷60件,调解成功57件,未调结的纠纷3件。",
])
def test_disputes_still_being_mediated_are_no_intake(text):
    assert facts(text) == [("mediation_cases", 60, 2024, False), ("mediation_succeeded", 57, 2024, False)]


def test_a_mediation_centres_intake_stays():
    assert facts("镇矛盾纠纷调解中心受理纠纷60件,调解成功57件。") == [
        ("mediation_cases", 60, 2024, False), ("mediation_succeeded", 57, 2024, False)]


@pytest.mark.parametrize("text", [
    "全年共调处矛盾纠纷53件。其中婚姻纠纷16件,邻里纠纷18件;调解成功49件,调解成功率92%。",
    "全年共调处矛盾纠纷53件。其中婚姻家庭纠纷16件,土地纠纷9件,财产纠纷1件;调解成功49件,不成功4件,调解成功率92%。",
])
def test_a_rate_after_the_wholes_successes_past_a_list_of_kinds_is_the_wholes(text):
    assert facts(text) == [("mediation_cases", 53, 2024, False), ("mediation_succeeded", 49, 2024, False),
                           ("mediation_success_rate", 92, 2024, False)]


def test_a_rate_after_successes_no_greater_than_the_part_is_the_parts():
    # 29 of the committee's 30: the committee's successes and rate, not the town's
    assert ("mediation_success_rate", 96.7, 2024, False) not in facts(
        "全年共调处矛盾纠纷53件。其中,镇调委会调处纠纷30件,调解成功29件,调解成功率96.7%。")


def test_two_intakes_of_different_values_derive_no_rate():
    text = "2023年,共调解民间纠纷68件,预防纠纷10件,受理各类矛盾纠纷52件,成功化解纠纷50件。"
    assert "mediation_success_rate" not in derived(text)


def test_one_intake_derives_its_rate():
    text = "2023年,共调解民间纠纷52件,预防纠纷10件,成功化解纠纷50件。"
    assert derived(text)["mediation_success_rate"] == 96.15
