"""Institutions: bodies listed after a name that opens with a level word share it (区法院、司法局及信访办: 区司法局,
区信访办), each mentioned by its own words; a listed body with a place or a level of its own, no body, a town's
station after a county's body, and the level's own party committee (区政府、委办局) share nothing."""

from __future__ import annotations

import pytest
from conftest import bodies

PUTUO = "310107"  # 上海市普陀区
YUYAO = "330281"  # 浙江省余姚市


def test_level_shared_across_a_list_in_the_report_area():
    found = bodies("。走访区法院、司法局及信访办了解情况", PUTUO)
    assert {name: (f.canonical, f.type) for name, f in found.items()} == {
        "区法院": ("上海市普陀区人民法院", "court"),
        "司法局": ("普陀区司法局", "justice_bureau"),
        "信访办": ("普陀区信访办", "government"),
    }
    assert found["司法局"].mentions == ((7, 10),)


def test_level_shared_joins_the_full_name_the_text_writes():
    found = bodies("。县人民法院、县人民检察院召开联席会议。会后县法院、检察院、司法局联合督查", YUYAO)
    assert [(f.name, f.type, len(f.mentions)) for f in found.values()] == [
        ("县人民法院", "court", 2), ("县人民检察院", "procuratorate", 2), ("司法局", "justice_bureau", 1)]


def test_town_level_word_shared_with_the_one_town():
    found = bodies("。长岭镇召开推进会，镇综治中心、司法所联合调处")
    assert found["司法所"].canonical == "长岭镇司法所"
    assert found["镇综治中心"].canonical == "长岭镇综治中心"


@pytest.mark.parametrize("sentence, names", [
    ("。市司法局、县司法局开展督查", {"市司法局", "县司法局"}),
    ("。区法院与当事人沟通", {"区法院"}),
    ("。县公安局、派出所联合巡查", {"县公安局"}),
    ("。修订区政府、委办局和街道审核清单", {"区政府"}),
    ("。以依法治区委、依法治区办名义发文", {"依法治区委", "依法治区办"}),
])
def test_nothing_shared(sentence, names):
    assert set(bodies(sentence, PUTUO)) == names


@pytest.mark.parametrize("sentence, canonicals", [
    ("。区委组织部、宣传部和统战部联合开展", {
        "区委组织部": "中共普陀区委组织部", "宣传部": "中共普陀区委宣传部", "统战部": "中共普陀区委统战部"}),
    # the committee's departments first, then the level's bureaus
    ("。区委宣传部、组织部、司法局联合督查", {
        "区委宣传部": "中共普陀区委宣传部", "组织部": "中共普陀区委组织部", "司法局": "普陀区司法局"}),
    # bodies of the level alone after a committee's department, written with the level word or without it
    ("。区委政法委、公安局联合部署", {"区委政法委": "中共普陀区委政法委", "公安局": "普陀区公安局"}),
    ("。区委宣传部、区公安局联合开展", {"区委宣传部": "中共普陀区委宣传部", "区公安局": "普陀区公安局"}),
    ("。区委宣传部、区委组织部联合", {"区委宣传部": "中共普陀区委宣传部", "区委组织部": "中共普陀区委组织部"}),
])
def test_party_committee_departments_share_the_committee(sentence, canonicals):
    assert {name: f.canonical for name, f in bodies(sentence, PUTUO).items()} == canonicals


def test_a_committees_own_office_is_no_department_of_the_level_committee():
    found = bodies("。筹备区委全面依法治区委员会及办公室会议", PUTUO)
    assert [f.canonical for f in found.values()] == ["中共普陀区委全面依法治区委员会"]


@pytest.mark.parametrize("sentence, canonicals", [
    ("。区公安局交警支队、治安支队和刑侦支队联合整治", {
        "区公安局交警支队": "普陀区公安局交警支队", "治安支队": "普陀区公安局治安支队", "刑侦支队": "普陀区公安局刑侦支队"}),
    # a bureau of the level after the squad takes the level word alone
    ("。区公安局交警支队、司法局联合开展", {"区公安局交警支队": "普陀区公安局交警支队", "司法局": "普陀区司法局"}),
])
def test_a_bureaus_squads_listed_share_the_bureau(sentence, canonicals):
    assert {name: f.canonical for name, f in bodies(sentence, PUTUO).items()} == canonicals
