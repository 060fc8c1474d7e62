"""Region families of real pages: a body's name opened by its place's short name (铜梁公证处, 宁波市生态环境局鄞州分局);
an autonomous region's text calling itself 自治区 and naming itself by its short name (内蒙古), or calling itself 全区 and
naming its department so (记者从广西司法厅获悉); a city's text naming its districts as its parts (全市法院…文峰区、内黄县
法院…); a news lead's actor after the body the reporter has the news from (记者从区司法局获悉,…铜梁区公证处…).

Every text below is written for these tests; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

from lawreport.catalog import get_catalog
from lawreport.regions import find_mentions

_NOTARY_NEWS = ("本网讯 近日,记者从区司法局获悉,今年,{place}为老年人开通预约上门服务。"
                "{place}对委托、声明等事项适用简易程序,全年办理公证1800件。\n")

CASES = [
    ("a body its county's short name opens names the county", _NOTARY_NEWS.format(place="铜梁公证处"),
     ("重庆市", "重庆市", "铜梁区")),
    ("the short name alone in running text names nothing", _NOTARY_NEWS.format(place="铜梁"), (None, None, None)),
    ("a city bureau's branch named by its district's short name is the district's",
     "宁波市生态环境局鄞州分局2023年法治政府建设年度报告\n2023年,我局深入推进依法行政,全年办理行政处罚案件120件。\n",
     ("浙江省", "宁波市", "鄞州区")),
    ("a branch's short name several units bear is settled by the city named before it",
     "北京市公安局朝阳分局2023年法治政府建设年度报告\n2023年,我局深入推进依法行政。\n", ("北京市", "北京市", "朝阳区")),
    ("…and without it places nothing", "朝阳分局2023年法治政府建设年度报告\n2023年,我局深入推进依法行政。\n",
     (None, None, None)),
    ("a notary's trade name after its city names no county (石城, not 石城县 of 江西)",
     "南京市石城公证处开通涉外公证绿色通道。南京市石城公证处全年办理公证3000件。\n", ("江苏省", "南京市", None)),
    ("a province's short name before its courts is read as before",
     "新疆法院召开2023年工作新闻发布会\n近日,新疆法院通报全年审判执行工作情况。\n", ("新疆维吾尔自治区", None, None)),
]

_REGION_NEWS = ("4月2日,{body}召开新闻发布会,通报2023年{whole}行政复议工作情况。{whole}各级行政复议机关办理案件2800件。"
                "申请人还可以通过{place}“掌上复议”小程序提出申请。\n")
CASES += [
    ("an autonomous region's text calls itself 自治区 and names itself by its short name",
     _REGION_NEWS.format(body="自治区司法厅", whole="全区", place="内蒙古"), ("内蒙古自治区", None, None)),
    ("…the same of another region", _REGION_NEWS.format(body="自治区司法厅", whole="全区", place="宁夏"),
     ("宁夏回族自治区", None, None)),
    ("a district's text (区司法局, 全区) naming a region it aids places nothing",
     _REGION_NEWS.format(body="区司法局", whole="全区", place="对口支援西藏的") , (None, None, None)),
    ("two regions named by their short names: either", _REGION_NEWS.format(body="自治区司法厅", whole="全区",
                                                                         place="内蒙古、宁夏"), (None, None, None)),
]

# A news item whose only source is the region's department by its short name, the text calling itself 全区.
_SOURCE_NEWS = "本报讯(记者 甲乙)日前,记者从{source}获悉,去年{whole}各级法律援助机构共受理法律援助案件2.6万件。\n"
CASES += [
    ("an autonomous region's department by its short name, the text saying 全区, names the region",
     _SOURCE_NEWS.format(source="广西司法厅", whole="全区"), ("广西壮族自治区", None, None)),
    ("…another department of another region", _SOURCE_NEWS.format(source="新疆人力资源和社会保障厅", whole="全区"),
     ("新疆维吾尔自治区", None, None)),
    ("a department by its level alone names no province", _SOURCE_NEWS.format(source="省司法厅", whole="全省"),
     (None, None, None)),
    ("a hall named after a region is no department of it",
     _SOURCE_NEWS.format(source="区司法局", whole="全区") + "市民可到西藏大厅咨询。\n", (None, None, None)),
    ("…nor is a bureau", _SOURCE_NEWS.format(source="区司法局", whole="全区") + "西藏司法局派员参加。\n", (None, None, None)),
]

_CITY_COURTS = ("2023年1-9月,全市法院共受理各类行政诉讼案件1300件,基本持平。{extra}文峰区、内黄县法院新收一审行政案件均超过"
                "100件。其中,文峰区法院新收一审行政案件150件,占全市法院一审收案近20%。文峰区法院审结一审行政案件138件。\n")
CASES += [
    ("a city's text naming two of its districts, calling itself 全市, is the city's", _CITY_COURTS.format(extra=""),
     ("河南省", "安阳市", None)),
    ("…not when it also calls itself 全区", _CITY_COURTS.format(extra="全区法院坚持依法审判。"), ("河南省", "安阳市", "文峰区")),
    ("…nor when its title names the district", "文峰区人民法院2023年行政审判工作情况\n" + _CITY_COURTS.format(extra=""),
     ("河南省", "安阳市", "文峰区")),
    ("a district's text naming no other district says 全市 of its city in passing",
     ("2023年以来,我局深入推进依法行政。文峰区在2022年度法治河南建设考评中获评优秀,服务保障全市经济社会发展成效明显。"
      "文峰区连续三年获全市法治政府建设考评第一名。文峰区司法局全年办理法律援助案件300件。\n"), ("河南省", "安阳市", "文峰区")),
]

CASES += [
    ("a body named once after the body a reporter has the news from leads the item",
     "本报讯 近日,记者从区司法局获悉,今年,铜梁区公证处为老年人开通上门服务。全年办理公证2258件。\n",
     ("重庆市", "重庆市", "铜梁区")),
    ("…and after 据", "本报讯 据县法院统计,今年以来,马边彝族自治县人民法院开通立案绿色通道,全年立案3000件。\n",
     ("四川省", "乐山市", "马边彝族自治县")),
    ("a body by its level alone leading the item leaves the body named next a speaker",
     "本报讯 近日,区司法局召开公证工作推进会,铜梁区公证处作交流发言。会上通报全年办理公证2258件。\n", (None, None, None)),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_regions_of_bodies_and_own_calls(case, text, expected):
    assert read(text, "region") == expected


def test_the_word_lists_are_the_catalogs():
    assert "公证处" in get_catalog().lexicon.bodies_after_place
    assert "从" in get_catalog().lexicon.source_prepositions


@pytest.mark.parametrize(("text", "named"), [
    ("今年,东阿法律援助中心开通绿色通道。", ["东阿县"]),
    ("宁波市生态环境局鄞州分局开展执法检查。", ["宁波市", "鄞州区"]),
    ("2023年除东阿法律援助中心外,其他县级机构均已达标。", []),  # inside a phrase, where no body's name starts
])
def test_a_short_name_names_a_body_where_the_bodys_name_starts(text, named):
    assert [mention.division.name for mention in find_mentions(text)] == named
