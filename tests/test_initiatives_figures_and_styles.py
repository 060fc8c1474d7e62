"""A quote that names no programme though a launch verb or a programme noun stands by it: a style word in …式
qualifying the noun after it, a figure of speech for the place a part of the work holds, and a quote after 建设 used
as a noun (法治建设“…”), where 建设 launches nothing."""

from __future__ import annotations

import pytest

from lawreport import extract


def _programmes(body: str) -> list[str]:
    return [name for i in extract("一、主要成效\n（一）加强普法宣传\n" + body + "\n").initiatives for name in i.programmes]


@pytest.mark.parametrize("body", [
    "推行“一站式”矛盾纠纷调处服务，全年受理群众诉求300件。",
    "创建新时代“枫桥式”人民调解委员会2个。",
])
def test_a_style_word_in_shi_names_no_programme(body):
    assert _programmes(body) == []


@pytest.mark.parametrize("body", [
    "打造镇村矛盾调处“主阵地”，全年化解纠纷86件。",
    "调解室成为群众反映诉求的“第一站”。",
    "打造基层治理“压舱石”，全年排查风险隐患40处。",
])
def test_a_figure_of_speech_names_no_programme(body):
    assert _programmes(body) == []


def test_a_quote_after_construction_said_as_a_noun_is_launched_by_nothing():
    assert _programmes("推动法治建设“走深走实”，全年召开专题会议4次。") == []


@pytest.mark.parametrize("body, names", [
    ("高标准建设“法治超市”，全年服务群众300人次。", ["法治超市"]),  # 建设 as a verb
    ("建成“红枫驿站”5个，覆盖全部村居。", ["红枫驿站"]),  # a programme noun in the name, no figure
])
def test_a_launched_or_named_programme_beside_them_stays(body, names):
    assert _programmes(body) == names
