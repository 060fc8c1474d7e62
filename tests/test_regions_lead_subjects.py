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
