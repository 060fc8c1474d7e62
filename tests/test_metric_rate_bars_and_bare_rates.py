"""Rates a label's lead ran into, levels that are a bar units are picked by, and rates said bare of what a sentence
counted: a clause, an aspect particle, a verb or the determiner 其 before a rate's label is left out of it; a level
naming the units that reach it (…率达99%的12个司法所) is no level reached; 出庭应诉率 said bare of lawsuits answered
is the heads' rate, and 其成功率 of the mediation counted the success rate.

Every sentence here is written for the test, with made-up places and numbers.
"""

from __future__ import annotations

import pytest
from test_metric_families import read

from lawreport.metrics import Interpreter
from lawreport.normalize import normalize
from lawreport.numbers import scan
from lawreport.structure import Outline


def rate_labels(text: str) -> list[tuple[str, float]]:
    """(label, value) of each generic rate of `text`, its label as the rate holds it (also one said after its value)."""
    norm = normalize(text)
    _, rates, _ = Interpreter(norm, Outline(norm), [], 2024).run(scan(norm))
    return [(r.label, r.value) for r in rates]


def facts(text: str) -> list[tuple[str, float]]:
    return sorted((k, v) for k, v, *_ in read(text, 2024)[0])


@pytest.mark.parametrize("text, expected", [
    # an aspect particle, or the verb it ends
    ("青禾县人民调解委员会连续三年保持着调解成功率100%。", [("调解成功率", 100)]),
    ("白沙区去年实现了行政机关负责人出庭应诉率100%。", [("行政机关负责人出庭应诉率", 100)]),
    ("全镇达到了调解成功率99%。", [("调解成功率", 99)]),
    # a clause before the label: what the rate is given to, the year of a new rule
    ("青禾县政府颁发奖励金给调解成功率达80%以上的司法所。", [("调解成功率", 80)]),
    ("新规实行第一年行政机关败诉率为12%。", [("行政机关败诉率", 12)]),
    ("新规施行首年行政机关败诉率为11%。", [("行政机关败诉率", 11)]),
    # the determiner 其, and 尤其是
    ("白沙区行政机关一审败诉12件,其败诉率为6.2%。", [("败诉率", 6.2)]),
    ("其专项法律宣讲覆盖率达92%。", [("专项法律宣讲覆盖率", 92)]),
    ("尤其是出庭率达到95%。", [("出庭率", 95)]),
    # a verb that takes the rate as its aim
    ("下一步,将瞄准调解成功率99%目标。", [("调解成功率", 99)]),
    ("紧盯行政复议纠错率控制在15%以内。", [("行政复议纠错率", 15)]),
    ("围绕复议纠错率12.3%开展分析。", [("复议纠错率", 12.3)]),
    ("聚焦调解成功率98.5%。", [("调解成功率", 98.5)]),
    # praise of the level, after it
    ("青禾县调委会以92%的惊人成功率化解纠纷。", [("成功率", 92)]),
])
def test_the_lead_before_a_rate_label_is_left_out(text, expected):
    assert rate_labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the label's own words
    ("全县案结事了率达到98%。", [("案结事了率", 98)]),
    ("群众了解率为90%。", [("群众了解率", 90)]),
    ("纠纷了结率为97%。", [("纠纷了结率", 97)]),
    ("执法人员着装规范率100%。", [("执法人员着装规范率", 100)]),
    ("赡养费给付率为95%。", [("赡养费给付率", 95)]),
    ("粮食自给率为95%。", [("粮食自给率", 95)]),
    ("其他案件调解成功率为96%。", [("其他案件调解成功率", 96)]),
    ("全年调解纠纷500件,其中调解成功率达98%。", [("调解成功率", 98)]),
    ("该县保持着100%的调解成功率。", [("调解成功率", 100)]),
])
def test_a_label_of_its_own_words_keeps_them(text, expected):
    assert rate_labels(text) == expected


@pytest.mark.parametrize("text, expected, rates", [
    ("白沙区司法局通报表扬了调解成功率达99%的12个司法所。", [], [("调解成功率", 99)]),
    ("全年行政诉讼案件开庭审理50件,对出庭应诉率低于80%的单位予以约谈。", [("litigation_hearings", 50)],
     [("出庭应诉率", 80)]),
    ("全市行政诉讼案件中,出庭应诉率超过60%的有9个县区。", [], [("出庭应诉率", 60)]),
    # a level of the units counted before it, or the level's own noun after it
    ("全市12个司法所调解成功率均达99%。", [("mediation_success_rate", 99)], [("司法所调解成功率", 99)]),
    ("全年调解纠纷300件,调解成功率达98%的好成绩。", [("mediation_cases", 300), ("mediation_success_rate", 98)],
     [("调解成功率", 98)]),
])
def test_a_level_naming_the_units_that_reach_it_is_no_level_reached(text, expected, rates):
    assert facts(text) == expected
    assert rate_labels(text) == rates


@pytest.mark.parametrize("text, expected", [
    ("一审行政诉讼案件开庭审理36件,出庭应诉率100%。", [("head_appearance_rate", 100), ("litigation_hearings", 36)]),
    ("全年办理行政诉讼案件30件,出庭应诉率100%。", [("head_appearance_rate", 100), ("litigation_first_instance", 30)]),
    ("全年开庭审理案件36件,出庭应诉率100%。", [("head_appearance_rate", 100)]),
    ("行政应诉方面,出庭应诉率达97.3%。", [("head_appearance_rate", 97.3)]),
    # beside the losses, or after a court's administrative cases
    ("全县一审行政案件败诉率5.6%、出庭应诉率99%。", [("head_appearance_rate", 99), ("litigation_loss_rate", 5.6)]),
    ("2024年我县行政机关败诉率为3.3%,出庭应诉率为100%。", [("head_appearance_rate", 100), ("litigation_loss_rate", 3.3)]),
    ("全市法院新收一审行政案件286件,出庭应诉率达到92.6%。",
     [("head_appearance_rate", 92.6), ("litigation_first_instance", 286)]),
    ("全市行政诉讼案件开庭审理50件,出庭应诉率98%,高于全省平均出庭应诉率95%。",
     [("head_appearance_rate", 98), ("litigation_hearings", 50)]),
    # an average of no place (the average of peers, not a wider place's figure set beside the own one)
    ("全市行政诉讼案件开庭审理50件,出庭应诉率98%,高于同级平均出庭应诉率95%。",
     [("head_appearance_rate", 98), ("litigation_hearings", 50)]),
    # an agent's or a lawyer's, a prosecutor's, or said of no lawsuits
    ("全市行政诉讼案件开庭审理50件,代理律师出庭应诉率达95%。", [("litigation_hearings", 50)]),
    ("行政诉讼案件中律师出庭率达95%。", []),
    ("刑事案件公诉人出庭率100%。", []),
    ("始终保持着出庭应诉率100%。", []),
])
def test_a_bare_appearance_rate_of_lawsuits_answered_is_the_heads(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("共调解纠纷1200件,调解成功1180件,其成功率达98.3%。",
     [("mediation_cases", 1200), ("mediation_succeeded", 1180), ("mediation_success_rate", 98.3)]),
    ("全县调解纠纷1200件,其成功率为98.3%。", [("mediation_cases", 1200), ("mediation_success_rate", 98.3)]),
    ("全年办理法律援助案件300件,其成功率达98%。", [("legal_aid_cases", 300)]),
])
def test_its_success_rate_after_the_mediation_counted(text, expected):
    assert facts(text) == expected
