"""Region families of real pages that name their place once, or name other places only inside other names: a
department's or a street's report calling its superiors by their level alone (在区委、区政府领导下, 区司法局) and its
district in full only once, or its level's rule-of-law office (在工委依法治区办的领导下), but not a district it names only
as a partner or a destination (与武隆区对口协作, 赴徐汇区学习); a law firm or a company named after a place (北京市某某律师
事务所, 杭州某某有限公司).

Every text below is written for these tests; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

from lawreport.regions import find_mentions

_DEPARTMENT = ("2023年以来,在区委、区政府坚强领导下,在{guide}的指导下,区农业农村局扎实推进法治机关建设。\n"
               "一、主要举措\n我局牵头起草的《余杭区农村宅基地管理{doc}》列入年度重大行政决策事项。全年办理行政许可120件。\n")

CASES = [
    ("a department naming its superiors by the level alone is the district it names once",
     _DEPARTMENT.format(guide="区司法局", doc="办法"), ("浙江省", "杭州市", "余杭区")),
    ("one body by the level alone (区农业农村局) with nothing else confirms nothing",
     _DEPARTMENT.format(guide="上级部门", doc="办法").replace("区委、区政府", "党委政府"), (None, None, None)),
    ("bodies of another level (县政府, 县司法局) say nothing of a district",
     _DEPARTMENT.format(guide="县司法局", doc="办法").replace("区", "县", 2).replace("区农业", "县农业"),
     (None, None, None)),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_regions_of_places_named_once(case, text, expected):
    assert read(text, "region") == expected


_UNDER_OFFICE = ("2023年在{office}的领导下,区农业农村局扎实推进法治机关建设,现将有关工作汇报如下。\n"
                 "一、主要举措\n{named}全年办理行政许可120件。\n")


@pytest.mark.parametrize(("case", "office", "named", "expected"), [
    ("a department under its level's rule-of-law office is the district it names once", "区委依法治区办",
     "为徐汇区32家农资门店开展执法检查。", ("上海市", "上海市", "徐汇区")),
    ("…the office named by its committee's short name", "工委依法治区办",
     "实现汉南区47个行政村法律明白人全覆盖。", ("湖北省", "武汉市", "汉南区")),
    ("…a county's office of a county's department", "县委依法治县办",
     "对德清县156家企业开展双随机抽查。", ("浙江省", "湖州市", "德清县")),
    ("another level's office says nothing of a district", "市委依法治市办",
     "为徐汇区32家农资门店开展执法检查。", (None, None, None)),
    ("a district named only as a partner is none of the department's", "区委依法治区办",
     "与武隆区对口协作,跨区通办事项47项。", (None, None, None)),
    ("…nor one named only as a destination", "区委依法治区办",
     "赴徐汇区学习农资监管经验。", (None, None, None)),
])
def test_a_department_under_its_levels_rule_of_law_office(case, office, named, expected):
    text = _UNDER_OFFICE.format(office=office, named=named)
    if office.startswith("县"):
        text = text.replace("区农业", "县农业")
    assert read(text, "region") == expected


def test_a_district_named_only_as_a_partner_is_none_under_the_superiors_called_by_level():
    text = _DEPARTMENT.format(guide="区司法局", doc="办法").replace("我局牵头起草的《余杭区农村宅基地管理办法》",
                                                                  "我局与武隆区对口协作,跨区通办事项")
    assert read(text, "region") == (None, None, None)


_STREET = ("2023年,青禾街道在{superiors}的坚强领导下,笃行习近平法治思想,围绕《2023年法治宁波建设工作要点》推进各项工作。\n"
           "一、主要举措\n街道班子制定了《中共宁波市鄞州区青禾街道工作委员会议事规则》。\n")


@pytest.mark.parametrize(("case", "superiors", "expected"), [
    ("a street naming its superiors as a pair is the district it names once", "区委、区政府", ("浙江省", "宁波市", "鄞州区")),
    ("…joined by nothing too", "区委区政府", ("浙江省", "宁波市", "鄞州区")),
    ("superiors not named by their level leave the city", "上级党委政府", ("浙江省", "宁波市", None)),
    ("a pair of another level says nothing of a district", "市委、市政府", ("浙江省", "宁波市", None)),
])
def test_a_street_naming_its_superiors(case, superiors, expected):
    assert read(_STREET.format(superiors=superiors), "region") == expected


_ADVISER = "2023年,我镇坚持依法行政,聘请{firm}律师担任法律顾问,{firm}律师每月到镇坐班两次。全年审查合同40份。\n"


@pytest.mark.parametrize(("case", "text", "expected"), [
    ("a law firm its full place name opens is no mention of the place", _ADVISER.format(firm="北京市青禾律师事务所"),
     (None, None, None)),
    ("a company so named is none either",
     "2023年,我局坚持依法行政,督促杭州青禾食品有限公司整改,杭州青禾食品有限公司已完成整改。\n", (None, None, None)),
    ("the place named as itself still places the text", _ADVISER.format(firm="北京市司法局推荐的") , ("北京市", "北京市", None)),
])
def test_firms_and_companies_named_after_a_place(case, text, expected):
    assert read(text, "region") == expected


@pytest.mark.parametrize(("text", "named"), [
    ("聘请北京市青禾(杭州)律师事务所律师担任顾问。", []),  # a firm's branch: neither its seat nor its branch's place
    ("督促永嘉县青禾建材有限责任公司整改。", []),
    ("杭州市共有律师事务所320家。", ["杭州市"]),  # the place's firms, counted: no firm's name
    ("杭州市各律师事务所开展公益法律服务。", ["杭州市"]),
    ("杭州市注册律师事务所320家。", ["杭州市"]),
    ("杭州市合伙律师事务所120家。", ["杭州市"]),  # a count of firms follows, not a firm's name
    ("浙江省青禾律师事务所律师参加。", []),
])
def test_a_firms_name_is_no_mention_but_a_places_firms_are(text, named):
    assert [mention.text for mention in find_mentions(text)] == named
