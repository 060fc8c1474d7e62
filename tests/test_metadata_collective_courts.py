"""The courts of an area told of together are no issuer: an area-wide or a plural word before them (本市法院, 全市两级法院,
上海全市法院, 苏州全市两级法院) or a province's or a city's full name before 法院 alone (威海市法院, 北京市法院, whose own courts
are the 中级 and 高级人民法院), in the opening, the title or a 来源 line; as 我县司法局, a name opening with 本 before a level
(本县司法局) names no body. One court stays its report's issuer: a city's 中级人民法院, a district's court, a county-level
city's 法院 (荣成市法院).

Every text below is written for these tests; the figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "新收一审行政案件800件,审结790件,行政机关负责人出庭应诉率达95%。\n"

CASES = [
    ("the city's courts said 本市 in the opening", f"2022年度行政审判白皮书\n2022年,本市法院{_BODY}", None),
    ("…said 全市 after the city's name", f"行政审判白皮书\n2021年,上海全市法院{_BODY}", None),
    ("…with both levels named", f"行政审判情况通报\n2022年,苏州全市两级法院{_BODY}", None),
    ("…under a title naming the city", f"关于2022年度威海行政审判情况的通报\n2022年,威海全市法院{_BODY}", None),
    ("a city's full name before 法院 in the title", f"2022年度威海市法院行政审判白皮书\n2022年,全市法院{_BODY}", None),
    ("…a municipality's", f"2022年度北京市法院行政审判白皮书\n2022年,北京市法院{_BODY}", None),
    ("…a province's in the opening", f"行政审判白皮书\n2022年,江苏省法院{_BODY}", None),
    ("…in a 来源 line", f"行政审判白皮书\n来源:威海市法院\n2022年,威海中院{_BODY}", None),
    ("…a city's short name before 法院 in a news item's 来源 line",
     ("威海中院发布2022年度行政审判白皮书\n(来源:威海法院)\n3月31日,威海中院召开新闻发布会,发布2022年度全市法院行政审判白皮书。"
      f"2022年,全市法院{_BODY}"), None),
    ("a bureau said 本县, as 我县", "工作总结\n2022年,本县司法局坚持依法行政,受理行政复议案件12件。\n", None),
    ("a city's intermediate court stays", f"苏州市中级人民法院2022年度行政审判白皮书\n2022年,全市两级法院{_BODY}",
     "苏州市中级人民法院"),
    ("a district's court stays", f"行政审判白皮书\n2022年,鼓楼区人民法院{_BODY}", "鼓楼区人民法院"),
    ("a county-level city's 法院 stays, in full", f"行政审判白皮书\n2022年,荣成市法院{_BODY}", "山东省荣成市人民法院"),
    ("a bureau under 本溪市 stays", "工作总结\n2022年,本溪市司法局坚持依法行政,受理行政复议案件12件。\n", "本溪市司法局"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_collective_courts(case, text, expected):
    assert read(text, "issuer") == expected
