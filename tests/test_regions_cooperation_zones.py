"""A cooperation zone a city runs (深汕特别合作区 of 深圳市, on land of 汕尾市; 横琴粤澳深度合作区, formerly 横琴新区, of
珠海市) places a text in that city (data/customary.tsv), as a new area does; its committee named after it is the
issuer, and the zone's kind alone (合作区管委会) names no body, as 新区管委会 names none.

Every text below is written for these tests; the places are real, the doings and figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_PARTS = "\n一、主要做法\n全年办理法律援助案件240件。\n二、存在的问题\n基层法治力量薄弱。\n"


@pytest.mark.parametrize(("text", "expected"), [
    ("深汕特别合作区管理委员会关于2024年度法治政府建设情况的报告\n2024年,合作区坚持依法行政。" + _PARTS,
     ("广东省", "深圳市", None)),
    ("2024年法治政府建设年度报告\n2024年,深汕合作区坚持依法行政,全区调解成功率97.6%。" + _PARTS,
     ("广东省", "深圳市", None)),
    ("深圳市深汕特别合作区2023年法治政府建设年度报告\n2023年,区党工委、管委会高度重视法治政府建设。" + _PARTS,
     ("广东省", "深圳市", None)),
    ("横琴粤澳深度合作区2024年法治建设工作报告\n2024年,合作区执行委员会坚持依法行政。" + _PARTS,
     ("广东省", "珠海市", None)),
])
def test_a_cooperation_zone_places_the_text_in_its_city(text, expected):
    assert read(text, "region") == expected


def test_a_city_naming_the_zone_in_passing_stays_the_city():
    text = "汕尾市2024年度法治政府建设情况报告\n2024年,全市坚持依法行政,配合深汕特别合作区做好社会事务移交。" + _PARTS
    assert read(text, "region") == ("广东省", "汕尾市", None)


@pytest.mark.parametrize(("text", "issuer"), [
    ("2024年法治政府建设年度报告\n2024年,深汕特别合作区党工委、管委会坚持以习近平法治思想为指导,推进依法行政。" + _PARTS,
     "深汕特别合作区管委会"),
    ("深汕特别合作区管理委员会关于2024年度法治政府建设情况的报告\n2024年,合作区坚持依法行政。" + _PARTS,
     "深汕特别合作区管理委员会"),
    # the zone's kind alone names no body
    ("深汕特别合作区2023年法治政府建设工作报告\n2023年,合作区管委会坚持依法行政,全面推进法治政府建设。" + _PARTS, None),
])
def test_a_cooperation_zones_committee_by_its_name_only(text, issuer):
    assert read(text, "issuer") == issuer
