"""A news item's lead: the body its first sentence about a body opens with, named once, places the item
(近日,某县司法局…开展…). A body named first after a verb or a preposition places nothing alone.

Every text below is written for these tests; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_HEAD = "法援惠民生宣传活动走进社区\n"
_TAIL = "\n活动现场,工作人员发放宣传资料300余份,解答群众法律咨询25人次。\n"


@pytest.mark.parametrize(("lead", "expected"), [
    ("近日,井研县司法局在县城广场开展法律援助宣传活动。", ("四川省", "乐山市", "井研县")),
    ("为提升群众对调解工作的认知度,增强群众的信任度,近日,绩溪县司法局走进坦头村开展普法宣传。",
     ("安徽省", "宣城市", "绩溪县")),
    ("2024年3月5日,马边彝族自治县司法局与市司法局同步开展法律援助法宣传活动。", ("四川省", "乐山市", "马边彝族自治县")),
    ("兰溪市综合行政执法局灵洞中队联合市场监管所开展集镇整治行动。", ("浙江省", "金华市", "兰溪市")),
])
def test_the_body_a_news_item_opens_with_places_it(lead, expected):
    assert read(_HEAD + lead + _TAIL, "region") == expected


@pytest.mark.parametrize("lead", [
    "7月4日,县长主持召开井研县人民政府常务会议,研究法治政府建设工作。",  # after a verb
    "近日,记者从井研县司法局获悉,法律援助工作取得新进展。",  # after a preposition
])
def test_a_body_named_once_but_not_as_the_lead_places_nothing(lead):
    assert read(_HEAD + lead + _TAIL, "region") == (None, None, None)


def test_the_lead_body_outweighs_another_city_named_as_often_in_passing():
    text = ("年内,江山市司法局受理法律援助案件120件,全力为衢州高质量发展提供法治保障。"
            "杭州市律师参与调解。杭州市律师协会给予支持。")
    assert read(text, "region") == ("浙江省", "衢州市", "江山市")


_PRESS_HEAD = "公证服务便民利民\n"


@pytest.mark.parametrize(("lead", "expected"), [
    ("本报讯 2022年,江西省各级公证机构共办理公证事项4.3万件。", ("江西省", None, None)),
    ("本报讯 南宁市去年共办理公证事项5.2万件,同比增长8%。", ("广西壮族自治区", "南宁市", None)),
    ("本报讯(记者 李四)今年以来,青神县共调解矛盾纠纷410起,调解成功402起。", ("四川省", "眉山市", "青神县")),
    ("本报拉萨4月2日电 西藏去年共办理公证事项1.8万件。", ("西藏自治区", None, None)),
    ("本报乌鲁木齐5月6日电 记者在一次座谈会上获悉,新疆近5年共办理公证事项40万件。", ("新疆维吾尔自治区", None, None)),
    ("本报讯 近日,记者从省司法厅获悉,2022年浙江省各级法律援助机构共受理案件2.6万件。", ("浙江省", None, None)),
    ("本报讯 江苏南京市2022年共办理公证事项9.1万件。", ("江苏省", "南京市", None)),
])
def test_the_place_a_press_items_lead_opens_a_clause_with_places_it(lead, expected):
    assert read(_PRESS_HEAD + lead + _TAIL, "region") == expected


@pytest.mark.parametrize("lead", [
    "本报北京4月1日电 记者从司法部获悉,2022年全国共办理公证事项1200万件。",  # the dateline's city, a national story
    "本报讯 全国人民调解工作会议近日在杭州召开。2022年全国调解组织调解纠纷1300万件。",  # the meeting's venue
    "本报南昌3月5日电 全国人大代表、某律师事务所主任某某说,要加强法律援助工作。",  # the dateline's city alone
    "本报讯 2022年,全省共办理公证事项4.3万件,其中南昌市办理1.1万件。",  # a part after the whole
    "本报讯 2022年,东丰县、柳河县共办理公证事项2000件。",  # a list opening the clause
    "本报讯 北京时间3月5日上午,一场公证知识讲座在线上举行,2022年共办理公证事项2000件。",  # a clock's time
    "本报讯 上海合作组织成员国司法部长会议召开,会上发布公证合作成果20项。",  # a body of states
])
def test_a_press_item_whose_lead_opens_with_no_one_place_stays_unplaced(lead):
    assert read(_PRESS_HEAD + lead + _TAIL, "region") == (None, None, None)
