"""Institutions: a county's centre for resolving disputes by many means (县矛盾纠纷多元化解中心), a police squad of a
line of work (州公安局森林警察支队), an international arbitration court (南昌国际仲裁院), a government's office of its
legal advisers (省政府法律顾问室) or for administrative review (县政府行政复议办公室), the discipline committee with
the supervisory commission sharing its offices (县纪委监委), none of the towns' centres in general (各乡镇矛盾纠纷调处化解中心), a firm whose trade name ends in 州 (神州律师事务所), and a department by its short
name (州林草局, 县文旅局) as the same body as by its full one."""

from __future__ import annotations

import pytest
from conftest import bodies

from lawreport.institutions import find_institutions
from lawreport.normalize import normalize

WENSU = "652922"  # 温宿县
JIANGXI = "360000"
LINXIA = "622900"  # 临夏回族自治州


@pytest.mark.parametrize(("sentence", "name", "kind"), [
    ("。建成县矛盾纠纷多元化解中心,全年受理纠纷900件", "县矛盾纠纷多元化解中心", "mediation"),
    ("。县社会矛盾纠纷多元化解中心接待群众300人次", "县社会矛盾纠纷多元化解中心", "mediation"),
    ("。联合县公安局森林警察大队开展巡护", "县公安局森林警察大队", "government"),
    ("。县森林公安大队查处案件12起", "县森林公安大队", "government"),
    ("。县政府法律顾问室出具法律意见20份", "县政府法律顾问室", "government"),
    ("。县人民政府行政复议办公室办理案件120件", "县人民政府行政复议办公室", "government"),
    ("。县政府行政复议办受理申请", "县政府行政复议办", "government"),
    ("。县司法局会同县纪委监委开展专项检查", "县纪委监委", "party_committee"),
])
def test_a_centre_a_squad_or_an_office_of_the_county(sentence, name, kind):
    found = bodies(sentence, WENSU)
    assert name in found and found[name].type == kind


@pytest.mark.parametrize("sentence", [
    "。推动各乡镇矛盾纠纷多元化解中心实体化运行",  # the towns' centres in general
    "。推动乡镇（街道）矛盾纠纷调处化解中心规范运行",
    "。镇街商事调解中心受理纠纷30件",
    "。构建县乡村三级矛盾纠纷多元化解中心",  # a kind of centre at three levels
    "。组织森林警察开展巡护",  # the officers, no squad
    "。设立法律顾问室",  # an office of no one named
    "。推行行政复议办案质量评查",  # the work, no office
    "。规范信访办理流程",
])
def test_centres_in_general_officers_or_an_unowned_office_are_no_body(sentence):
    assert bodies(sentence, WENSU) == {}


def test_an_international_arbitration_court_is_named_with_its_city():
    found = bodies("。支持南昌国际仲裁院规范发展", JIANGXI)
    assert set(found) == {"南昌国际仲裁院"} and found["南昌国际仲裁院"].type == "other"
    assert bodies("。开展国际仲裁业务培训", JIANGXI) == {}  # the field, no court


@pytest.mark.parametrize("name", [
    "江苏神州律师事务所", "福建建州律师事务所", "河南中州律师事务所",  # a trade name ending in 州
    "安徽三和律师事务所", "北京中和律师事务所",  # or in 和
    "北京大成（南宁）律师事务所",  # a branch, its city in brackets
])
def test_a_firm_whose_trade_name_ends_in_a_level_or_a_stop_word_or_a_branch(name):
    found = bodies(f"。聘请{name}担任常年法律顾问")
    assert [(f.name, f.type) for f in found.values()] == [(normalize(name), "law_firm")]


def test_a_branch_in_the_reports_own_city_names_the_city_in_brackets():
    found = bodies("。聘请广西万益（崇左）律师事务所为常年法律顾问单位", "451400")  # 崇左市, a place of the report's
    assert [(f.name, f.type) for f in found.values()] == [("广西万益(崇左)律师事务所", "law_firm")]


@pytest.mark.parametrize("sentence", [
    "。组织律师和律师事务所开展公益服务",  # 和 joins people to the firms
    "。县公证处和律师事务所开展便民服务",
    "。全市律师事务所（含分所）共18家",  # a note, no branch
])
def test_and_joining_others_to_the_firms_or_a_note_makes_no_firm(sentence):
    assert not [f for f in bodies(sentence).values() if f.type == "law_firm"]


@pytest.mark.parametrize("sentence", ["。组织全州律师事务所开展公益服务", "。本州律师事务所共18家"])
def test_the_prefectures_firms_are_no_firm(sentence):
    assert bodies(sentence, LINXIA) == {}


@pytest.mark.parametrize(("text", "names"), [
    ("临夏州林业和草原局2024年工作报告。州林草局召开专题会议。", {"临夏州林业和草原局", "州林草局"}),
    ("临夏州文化和旅游局2024年工作报告。州文旅局开展执法检查。", {"临夏州文化和旅游局", "州文旅局"}),
])
def test_a_department_by_its_short_name_is_the_one_named_in_full(text, names):
    found = find_institutions(normalize(text), None)
    assert len(found) == 1 and {text[s:e] for s, e in found[0].mentions} == names


def test_the_discipline_committee_alone_stays_itself():
    found = bodies("。县纪委对违纪人员立案审查", WENSU)
    assert set(found) == {"县纪委"} and found["县纪委"].type == "party_committee"


def test_a_former_department_stays_another_body():
    text = "临夏州林业和草原局2024年工作报告。州林业局原有执法人员划转。"
    assert len(find_institutions(normalize(text), None)) == 2


@pytest.mark.parametrize(("sentence", "town_body"), [
    ("。县法院人民法庭与建国街道调委会建立联调机制", "建国街道调委会"),  # after a tribunal
    ("。县矛调中心和白沙镇调委会联合调处纠纷", "白沙镇调委会"),  # after a centre
    ("。县交警大队与东风街道办事处联合整治", "东风街道办事处"),  # after a squad
])
def test_a_towns_body_listed_after_another_body(sentence, town_body):
    assert town_body in bodies(sentence, WENSU)


@pytest.mark.parametrize("sentence", ["。推动法治中心和美丽乡村建设", "。打造服务中心与城镇一体化"])
def test_a_word_after_and_opens_no_town(sentence):
    assert bodies(sentence, WENSU) == {}


@pytest.mark.parametrize("name", ["区住房保障和房屋管理局", "区住房和城市更新局"])
def test_a_housing_bureau_named_with_and_is_read_whole(name):
    assert set(bodies(f"。会同{name}开展房屋安全检查")) == {name}
