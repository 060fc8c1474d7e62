"""A county-level 林区, 特区 or 矿区 (神农架林区, 六枝特区, 白云鄂博矿区) calls its own bodies by that level, as a district
does by 区 (catalog self_reference): 林区司法局 opening the report of 神农架林区 is 神农架林区司法局, completed by the
region; 林区人民政府 alone names no body, as 区政府 names none. Elsewhere a 特区 (香港特区政府) is no such call.

Every text below is written for these tests; the places are real, the doings and figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_PARTS = "\n一、主要做法\n全年办理法律援助案件180件。\n二、存在的问题\n基层法治力量薄弱。\n"


@pytest.mark.parametrize(("text", "issuer"), [
    ("神农架林区2024年度法治政府建设工作报告\n2024年,林区司法局坚持依法行政,全区调解成功率99.1%。" + _PARTS,
     "神农架林区司法局"),
    ("六枝特区2023年度法治政府建设工作报告\n2023年,特区司法局认真贯彻中央决策部署,全区调解纠纷860件。" + _PARTS,
     "六枝特区司法局"),
    ("白云鄂博矿区2024年度法治政府建设工作报告\n2024年,矿区司法局扎实推进依法行政,全区调解纠纷95件。" + _PARTS,
     "白云鄂博矿区司法局"),
])
def test_a_body_by_its_districts_level_word_is_completed(text, issuer):
    assert read(text, "issuer") == issuer


def test_the_region_of_a_mining_district_survives_its_bodys_level_call():
    text = "白云鄂博矿区2024年度法治政府建设工作报告\n2024年,矿区司法局扎实推进依法行政,全区调解纠纷95件。" + _PARTS
    assert read(text, "region") == ("内蒙古自治区", "包头市", "白云鄂博矿区")


@pytest.mark.parametrize("text", [
    "2024年度法治政府建设工作报告\n2024年,林区人民政府坚持依法行政。神农架林区人民法院审结案件310件。" + _PARTS,
    "2024年度法治政府建设工作报告\n2024年,特区政府坚持依法行政。六枝特区人民法院审结案件520件。" + _PARTS,
])
def test_a_government_by_the_level_word_alone_names_no_issuer(text):
    assert read(text, "issuer") is None


def test_another_special_region_is_no_call_of_a_district():
    text = ("深圳市司法局2024年法治政府建设年度报告\n2024年,市司法局坚持依法行政,与香港特区政府律政司开展交流3次,"
            "全市调解成功率98%。" + _PARTS)
    assert read(text, "issuer") == "深圳市司法局"
    assert read(text, "region") == ("广东省", "深圳市", None)
