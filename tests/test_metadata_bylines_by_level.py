"""A body called by its level alone on the line right below a title that names its place (石门县2023年法治政府建设年度报告
/ 县司法局) is the report's byline: the place's body (石门县司法局), as a cover's body above its date is; the title keeps
its own words. A title naming no place leaves the body unplaced: no issuer.

Every text below is written for these tests; the places' bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = ("2023年,全县坚持以习近平法治思想为指导,全年办理行政复议案件36件,现将有关情况报告如下:\n一、主要举措\n"
         "(一)加强组织领导。全年召开专题会议3次。\n二、存在的问题\n一是学法用法还不够深入。\n")

BYLINES = [
    ("a county's bureau", "石门县2023年法治政府建设年度报告\n县司法局\n" + _BODY, "石门县司法局"),
    ("…in parentheses", "石门县2023年度法治政府建设情况报告\n（县司法局）\n" + _BODY, "石门县司法局"),
    ("…after a dash", "石门县2023年法治政府建设年度报告\n——县人民政府\n" + _BODY, "石门县人民政府"),
    ("…with the day it signed it", "石门县2023年法治政府建设年度报告\n县司法局 2024年3月15日\n" + _BODY, "石门县司法局"),
    ("a government's office", "东阳市2023年法治政府建设年度报告\n市人民政府办公室\n" + _BODY, "东阳市人民政府办公室"),
    ("the committee for governing by law's office", "石门县2023年法治政府建设年度报告\n县委依法治县办\n" + _BODY,
     "石门县委依法治县办"),
    ("…a district's", "武陵区2023年法治政府建设年度报告\n区委依法治区办\n" + _BODY, "武陵区委依法治区办"),
    ("…spelled out", "东阳市2023年法治政府建设年度报告\n市委全面依法治市委员会办公室\n" + _BODY,
     "东阳市委全面依法治市委员会办公室"),
    ("…under a title naming no place", "2023年法治政府建设年度报告\n县委依法治县办\n" + _BODY, None),
    ("a title naming no place", "2023年法治政府建设年度报告\n县司法局\n" + _BODY, None),
    ("a level's body among other words", "石门县2023年法治政府建设年度报告\n县司法局供稿\n" + _BODY, None),
    ("a committee and a government said together", "石门县2023年法治政府建设年度报告\n县委、县政府\n" + _BODY, None),
]


@pytest.mark.parametrize(("case", "text", "expected"), BYLINES, ids=[c[0] for c in BYLINES])
def test_a_body_by_its_level_under_a_placed_title_is_its_byline(case, text, expected):
    assert read(text, "issuer") == expected


def test_the_title_keeps_its_own_words():
    assert read("石门县2023年法治政府建设年度报告\n县司法局\n" + _BODY, "title") == "石门县2023年法治政府建设年度报告"
