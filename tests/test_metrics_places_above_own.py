"""Figures of a place above the report's own (全国, 全省, 全市 in a county's report, a national body's) cited beside
its own: none of its metrics, where the report speaks of its own place, by a call (全县, 我县, 本区) or by giving a
figure of it under its name (今年以来,兰溪市化解各类纠纷3260件). A place's own call after the place above, in the same
sentence (全市…,其中我县…), makes the figures after it the place's own again.

Every sentence here is written for the test; the places are real names, the figures are made up.
"""

from __future__ import annotations

import pytest
from test_metric_families import read

from lawreport.metrics import own_level, own_names

COUNTY = own_level("浙江省", "丽水市", "青田县")
DISTRICT = own_level("浙江省", "绍兴市", "柯桥区")
CITY = own_level("浙江省", "金华市", "东阳市")  # a county-level city: its own 全市
PROVINCE = own_level("浙江省", None, None)
LANXI = ("兰溪市", "兰溪")


def found(text: str, **options) -> list[tuple[str, float]]:
    return sorted((k, v) for k, v, *_ in read(text, 2024, **options)[0])


# --- the place's own call after a place above, in one sentence ----------------------------------------------------

@pytest.mark.parametrize("text, level, expected", [
    ("全市法律援助机构共办理法律援助案件1.2万件,其中我县办理法律援助案件655件。", COUNTY, [("legal_aid_cases", 655)]),
    ("2023年,全市共受理行政复议申请1480件,本区受理行政复议申请132件。", DISTRICT,
     [("reconsideration_received", 132)]),
    # 我市 in a district's report is its city, above it as 全市 is
    ("全区共受理行政复议申请132件。我市共受理行政复议申请1480件。", DISTRICT, [("reconsideration_received", 132)]),
])
def test_the_own_call_after_a_place_above_gives_the_place_s_own_figure(text, level, expected):
    assert found(text, level=level) == expected


def test_a_city_s_own_whole_stays_in_a_city_s_report():
    assert found("2023年,全市共受理行政复议申请1480件。", level=CITY) == [("reconsideration_received", 1480)]


# --- the report's place named with a figure of its own ------------------------------------------------------------

_LANXI = "今年以来,兰溪市化解各类矛盾纠纷3260件。"


@pytest.mark.parametrize("text", [
    _LANXI + "据司法部统计,2023年全国人民调解组织调解矛盾纠纷1760万件。",
    _LANXI + "同期,全省各级调解组织调处矛盾纠纷52万件。",
])
def test_a_place_named_with_its_own_figure_speaks_of_itself(text):
    assert found(text, level=CITY, own_names=LANXI) == [("mediation_cases", 3260)]


@pytest.mark.parametrize("text", [
    # the name dates a period, with no figure in its clause
    "2024年兰溪市第一季度调解员培训班开班。据司法部统计,2023年全国人民调解组织调解矛盾纠纷1760万件。",
    # the name is not the clause's subject
    "会议在兰溪市召开,通报2023年全国人民调解组织调解矛盾纠纷1760万件。",
])
def test_a_place_named_without_a_figure_of_its_own_leaves_the_figures(text):
    assert found(text, level=CITY, own_names=LANXI) == [("mediation_cases", 17600000)]


@pytest.mark.parametrize("text", [
    # a place above named before the place in its sentence: the place is one of its parts
    "2023年,全省开庭审理行政案件2660件,兰溪市行政机关负责人出庭应诉率为70%。全省行政机关败诉率为8%。",
    # the place ranked among the city's parts
    "兰溪市行政机关负责人出庭应诉率为70%,居各县市区之首。全省行政机关败诉率为8%。",
])
def test_a_place_named_as_one_of_the_parts_of_a_whole_speaks_not_of_itself(text):
    assert ("litigation_loss_rate", 8) in found(text, level=CITY, own_names=LANXI)


def test_the_place_s_name_after_a_place_above_gives_its_own_figure():
    text = "全区法治政府建设扎实推进。2023年,全市共受理行政复议申请1480件,柯桥区受理行政复议申请132件。"
    assert found(text, level=DISTRICT, own_names=("柯桥区", "柯桥")) == [("reconsideration_received", 132)]


def test_a_place_a_part_names_is_no_report_s_own():
    # a national text its region was placed in by a part: the nation's figures stay
    text = "2023年,全国人民调解组织共调解矛盾纠纷1760万件,调解成功率为96.5%。其中,浙江省调解纠纷132万件。"
    assert found(text, level=PROVINCE, own_names=("浙江省", "浙江")) == [
        ("mediation_cases", 17600000), ("mediation_success_rate", 96.5)]


def test_the_names_of_the_report_s_own_place():
    assert own_names("浙江省", "金华市", "兰溪市", ["兰溪", "金华", "兰溪市", "浙江"]) == LANXI
    assert own_names("浙江省", "金华市", None, ["金华", "兰溪"]) == ("金华市", "金华")
    assert own_names("浙江省", "金华市", "兰溪市", ["兰溪"], issuer="游埠镇人民政府") == ()  # a town's report
    assert own_names(None, None, None, []) == ()


# --- a national body's figure ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "全县调解矛盾纠纷3120件。据司法部统计,2023年人民调解组织调解矛盾纠纷1760万件。",
    "全县调解矛盾纠纷3120件。最高人民法院2023年依托在线平台化解纠纷180万件。",
])
def test_a_national_body_s_figure_is_none_of_a_county_s(text):
    assert found(text, level=COUNTY) == [("mediation_cases", 3120)]


def test_a_national_body_s_figure_stays_in_a_text_of_no_place():
    text = "据司法部统计,2023年人民调解组织调解矛盾纠纷1760万件。"
    assert found(text) == [("mediation_cases", 17600000)]


def test_a_national_body_named_inside_a_clause_leaves_the_county_s_figure():
    assert found("全县在司法部指导下调解矛盾纠纷3120件。", level=COUNTY) == [("mediation_cases", 3120)]


# --- the head of a page another body's figures may open ---------------------------------------------------------

def test_a_nation_s_figure_ends_a_page_s_head_as_the_area_s_would():
    # the court named after the lead's national figure opens no page of its own: the city's rate stays
    text = ("据统计,2023年全国调解纠纷总量为1500万件。最高人民法院依托在线平台化解纠纷180万件。"
            "同时,东阳市调解成功率达到99.2%,高于全国平均水平。")
    assert found(text, level=CITY, own_names=("东阳市", "东阳")) == [("mediation_success_rate", 99.2)]
