"""A numerator narrower than its denominator gives no rate of the key: 主要负责人出庭 (正职负责人, 一把手) of all
hearings is the principal heads' rate, 直接纠错 of all cases closed the direct one, 法院委派调解成功 of all mediations the
court-entrusted part's ([[derive]] narrower)."""

from __future__ import annotations

import pytest

from lawreport.pipeline import extract


def derived(text: str) -> dict[str, float]:
    return {m.key: m.value for m in extract(text).metrics if m.derived}


@pytest.mark.parametrize(("text", "key"), [
    ("2023年,全县行政诉讼开庭审理案件120件,其中行政机关主要负责人出庭应诉35件。", "head_appearance_rate"),
    ("2023年,全区行政诉讼开庭审结94件,行政机关正职负责人出庭6件。", "head_appearance_rate"),
    ("2023年,全局行政诉讼开庭审理52件,局长(正职)出庭9件。", "head_appearance_rate"),
    ("2023年,全县行政诉讼开庭审理52件,单位一把手出庭应诉7件。", "head_appearance_rate"),
    ("2023年,全县审结行政复议案件200件,直接纠错18件。", "reconsideration_correction_rate"),
    ("2022年,全市调解矛盾纠纷1494件,其中人民法院委派调解成功675件。", "mediation_success_rate"),
    ("2022年,全市调解矛盾纠纷1494件,其中人民法院委托调解成功675件。", "mediation_success_rate"),
])
def test_a_narrower_numerator_derives_no_rate_of_the_key(text, key):
    assert key not in derived(text)


@pytest.mark.parametrize(("text", "key", "value"), [
    ("2023年,全县行政诉讼开庭审理案件120件,其中行政机关负责人出庭应诉96件。", "head_appearance_rate", 80.0),
    ("2023年,全县行政诉讼开庭审理52件,负责人出庭应诉50件,其中正职13件。", "head_appearance_rate", 96.15),
    ("2023年,全县审结行政复议案件200件,纠错18件。", "reconsideration_correction_rate", 9.0),
    ("2022年,全市调解矛盾纠纷1494件,其中调解成功1475件。", "mediation_success_rate", 98.73),
])
def test_a_numerator_of_the_whole_derives_its_rate(text, key, value):
    assert derived(text)[key] == value
