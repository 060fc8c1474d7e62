"""A yearly report naming its county, city or province alone (乌鲁木齐市2024年…报告, 2024年,巫山县坚持…, 现将丽江市
2023年度…报告如下) names no body: the issuer is none, the place still places the report; a body named in full is the
issuer; a town, a street or a zone named alone is a place too, and its government, office or committee the issuer only
where the text names it (白沙镇政府, 白沙镇党委、政府, 白沙街道办事处, 某某新区管委会). A body whose document the opening cites
(2004年国务院《…纲要》颁布实施以来) authored that document, not the report; a body issuing one in the year is the
report's subject at work.

Every text below is written for these tests; the figures are made up (the places are real where the division list
must know them).
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "一、主要举措和成效\n(一)深化放管服改革,全年办理政务服务事项12万件。\n"
_STATED = "现将有关情况报告如下。\n" + _BODY

ISSUERS = [
    ("a county before its title's year", "桐庐县2023年法治政府建设年度报告\n2023年,全县扎实推进法治政府建设。\n" + _BODY, None),
    ("…after the title's 关于", "关于巫山县2023年法治政府建设情况的报告\n2023年,全县扎实推进法治政府建设。\n" + _BODY, None),
    ("an autonomous region before its title's year",
     "内蒙古自治区2016年度法治政府建设工作报告\n2016年,全区各级行政机关扎实推进依法行政。\n" + _BODY, None),
    ("a city in the statement", "根据要求,现将丽江市2023年度法治政府建设情况报告如下。\n" + _BODY, None),
    ("a county as the opening's subject", "2023年,巫山县坚持以人民为中心,扎实推进法治政府建设。" + _STATED, None),
    ("…chained to its province", "2023年,云南省丽江市坚持以人民为中心,扎实推进法治政府建设。" + _STATED, None),
    ("…after who led it", "2024年,在自治区党委领导下,乌鲁木齐市坚持依法行政,扎实推进法治政府建设。" + _STATED, None),
    ("a government named in full is the body", "2023年,巫山县人民政府坚持以人民为中心,扎实推进法治政府建设。" + _STATED,
     "巫山县人民政府"),
    ("a town named alone names no body either", "白沙镇2023年法治政府建设工作报告\n2023年,白沙镇坚持依法行政。\n" + _BODY, None),
    ("…its government where the text names it", "白沙镇2023年法治政府建设工作报告\n2023年,白沙镇政府坚持依法行政。\n" + _BODY,
     "白沙镇人民政府"),
    ("the author of a document the opening cites",
     "2004年国务院《全面推进依法行政实施纲要》颁布实施以来,我县扎实推进依法行政。" + _STATED, None),
    ("…of one it issued", "2015年国务院印发的《法治政府建设实施纲要》实施以来,我县扎实推进依法行政。" + _STATED, None),
    ("a body issuing a document in the year is the report's", "2023年,青禾县人民政府印发《法治政府建设工作要点》,扎实推进依法行政。"
     + _STATED, "青禾县人民政府"),
]


@pytest.mark.parametrize(("case", "text", "expected"), ISSUERS, ids=[c[0] for c in ISSUERS])
def test_a_place_named_alone_is_no_issuer(case, text, expected):
    assert read(text, "issuer") == expected


REGIONS = [
    ("the title's county", "桐庐县2023年法治政府建设年度报告\n2023年,全县扎实推进法治政府建设。\n" + _BODY, "桐庐县"),
    ("the opening's county", "2023年,巫山县坚持以人民为中心,扎实推进法治政府建设。" + _STATED, "巫山县"),
]


@pytest.mark.parametrize(("case", "text", "county"), REGIONS, ids=[c[0] for c in REGIONS])
def test_the_place_named_alone_still_places_the_report(case, text, county):
    assert read(text, "county") == county
