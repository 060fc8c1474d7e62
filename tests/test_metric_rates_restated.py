"""Generic rates of one value whose labels end alike: a restated measure is one rate, another population's is another.

A longer label in the same paragraph restates the shorter one's measure; in another paragraph it does only where what
it adds names the body or place the rate is of (or the cases the measure counts), or where the shared measure names
the body already. Labels that only end alike, neither ending the other, name one measure only so, in any paragraph. Sentences made up for the tests, with made-up places.
"""

from __future__ import annotations

import pytest

from tests.test_metric_families import read

RESTATED_OR_NOT = [
    # another paragraph, another population or object: two rates
    ("青禾县组织全局干部参加学法考试,参考率、通过率均达100%。\n新进人员执法资格证参考率100%。",
     [("参考率", 100), ("通过率", 100), ("新进人员执法资格证参考率", 100)]),
    ("承办人大建议8件,办结率100%。\n承办政协提案6件,政协提案办结率100%。",
     [("办结率", 100), ("政协提案办结率", 100)]),
    ("全县调解成功率98.5%。\n结案归档纠纷调解成功率98.5%。",
     [("调解成功率", 98.5), ("结案归档纠纷调解成功率", 98.5)]),
    # one paragraph: a restated measure, one rate
    ("全县出庭应诉率100%。县政府负责人出庭应诉率100%。", [("出庭应诉率", 100)]),
    ("办结率100%,政协提案办结率100%。", [("办结率", 100)]),
    # another paragraph, the body or place the rate is of: one rate
    ("全县出庭应诉率100%。\n二、下一步\n县政府负责人出庭应诉率100%。", [("出庭应诉率", 100)]),
    ("全县出庭应诉率100%。\n白石镇出庭应诉率100%。", [("出庭应诉率", 100)]),
    ("直接纠错率13.4%。\n行政复议案件直接纠错率13.4%。", [("直接纠错率", 13.4)]),
    ("负责人出庭应诉率100%。\n行政诉讼案件负责人出庭应诉率100%。", [("负责人出庭应诉率", 100)]),
    ("全县行政机关负责人出庭应诉率100%。\n青禾行政机关负责人出庭应诉率100%。", [("行政机关负责人出庭应诉率", 100)]),
    ("各级行政机关负责人出庭应诉率100%。\n青禾县行政机关负责人出庭应诉率100%。", [("各级行政机关负责人出庭应诉率", 100)]),
    # one paragraph, labels that only end alike: the first said stands, the whole's before its parts', not the
    # shorter (a label that ends the other still stands for both: 全县出庭应诉率100%。县政府负责人出庭应诉率100%)
    ("全年行政机关负责人出庭应诉率100%。区政府出庭应诉率100%。", [("行政机关负责人出庭应诉率", 100)]),
    ("各级行政机关负责人出庭应诉率均为100%,白沙镇出庭应诉率100%。", [("各级行政机关负责人出庭应诉率", 100)]),
    ("行政机关负责人出庭应诉率100%。区政府出庭应诉率100%。出庭应诉率100%。", [("出庭应诉率", 100)]),
    # one paragraph, labels that end alike but differ in what they measure, neither ending the other: two rates
    ("全县行政复议案件结案率100%,法律援助案件结案率100%。", [("行政复议案件结案率", 100), ("法律援助案件结案率", 100)]),
    ("全区行政执法人员持证率达100%,执法辅助人员持证率100%。", [("行政执法人员持证率", 100), ("执法辅助人员持证率", 100)]),
    ("公证文书质量合格率100%,司法鉴定文书质量合格率100%。",
     [("公证文书质量合格率", 100), ("司法鉴定文书质量合格率", 100)]),
    # …unless a place leads the first where the later names none
    ("千山区行政机关负责人出庭应诉率为100%,各级行政机关负责人出庭应诉率要达到100%。",
     [("各级行政机关负责人出庭应诉率", 100)]),
    # the same label said again in another paragraph: one rate
    ("办结率100%。\n信访事项办理中,办结率100%。", [("办结率", 100)]),
    # another value: two rates, as ever
    ("办结率100%。\n政协提案办结率98%。", [("办结率", 100), ("政协提案办结率", 98)]),
]


@pytest.mark.parametrize(("text", "expected"), RESTATED_OR_NOT, ids=[t[:16] for t, _ in RESTATED_OR_NOT])
def test_rates_of_one_value_ending_alike(text, expected):
    got = sorted((label, value) for label, value in read(text)[1])
    assert got == sorted((label, float(value)) for label, value in expected)
