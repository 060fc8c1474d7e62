"""Prefectures by their short or customary names without their province (恩施州, 博州, 巴州), family by family:
a name two units share at different levels (巴州: 巴音郭楞蒙古自治州, customarily, and 巴州区 of 巴中市) is the one whose
level the text calls its own place by (全州 against 全区), or, saying neither, names its bodies by alone (州政府), and
stays unresolved when it says none; a prefecture's
committee and government as an untitled report's joint authors (恩施州委、州政府坚持…, 博州党委、政府…) its government,
its place written on that line by the name the region was read from; a count's measure word before a level's body
(4次州政府常务会议) no place of a body's name.

Every text below is written for these tests; the places are real, the doings and figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_PARTS = "\n一、主要做法\n全年办理法律援助案件860件。\n二、存在的问题\n基层法治力量薄弱。\n"


@pytest.mark.parametrize(("text", "city", "county"), [
    ("今年以来,巴州坚持依法行政,全州各级政府扎实推进法治政府建设。" + _PARTS, "巴音郭楞蒙古自治州", None),
    ("2024年,巴州司法局坚持依法行政,推动全州法律援助工作提质增效。" + _PARTS, "巴音郭楞蒙古自治州", None),
    ("2024年,巴州坚持依法行政,全区各街道扎实推进法治政府建设,我区法治化营商环境持续优化。" + _PARTS, "巴中市", "巴州区"),
])
def test_a_name_shared_across_levels_is_the_unit_the_text_calls_its_own(text, city, county):
    assert (read(text, "city"), read(text, "county")) == (city, county)


def test_a_shared_name_the_text_calls_by_no_level_stays_unresolved():
    assert read("2024年,巴州司法局坚持依法行政,扎实推进法治政府建设。" + _PARTS, "city") is None


@pytest.mark.parametrize(("opening", "issuer"), [
    ("2023年,恩施州委、州政府坚持依法行政,扎实推进法治政府建设。", "恩施土家族苗族自治州人民政府"),
    ("2023年,博州党委、政府坚持依法行政,扎实推进法治政府建设。", "博尔塔拉蒙古自治州人民政府"),
    ("2023年,湘西州委、州政府坚持依法行政,扎实推进法治政府建设。", "湘西土家族苗族自治州人民政府"),
    ("2023年,德清县委、县政府坚持依法行政,扎实推进法治政府建设。", "德清县人民政府"),
    # a count's 次 before 州政府 no place 次州, the 州政府 the prefecture's level: the shared 巴州 is the prefecture
    ("2023年,巴州党委、政府坚持依法行政,全年召开4次州政府常务会议研究法治政府建设。", "巴音郭楞蒙古自治州人民政府"),
    ("2023年,巴州党委、政府坚持依法行政,全年召开两次州政府常务会议研究法治政府建设。", "巴音郭楞蒙古自治州人民政府"),
    # the pair joined by a blank or a 与 as by a 、 (one joiner set: vocab.COMMITTEE_JOINERS)
    ("2023年,恩施州委 州政府坚持依法行政,扎实推进法治政府建设。", "恩施土家族苗族自治州人民政府"),
    ("2023年,湘西州委与州政府坚持依法行政,扎实推进法治政府建设。", "湘西土家族苗族自治州人民政府"),
])
def test_a_prefectures_committee_and_government_opening_a_report_give_the_government(opening, issuer):
    assert read(opening + _PARTS, "issuer") == issuer


@pytest.mark.parametrize("opening", [
    "2023年,州委、州政府坚持依法行政,扎实推进法治政府建设。",  # the level alone, the place named nowhere
    "2023年,全州深入推进法治恩施建设,州政府坚持依法行政。",  # a campaign's place (法治恩施) names no government
])
def test_a_prefectures_government_by_its_level_alone_is_no_issuer(opening):
    assert read(opening + _PARTS, "issuer") is None


@pytest.mark.parametrize(("body", "issuer"), [
    ("2023年,州司法局推动全州法律援助工作提质增效,全年办理法律援助案件1200件。", "巴音郭楞蒙古自治州司法局"),
    ("2023年,司法局全年办理法律援助案件1200件。", "巴州司法局"),  # the shared name unresolved: as written
])
def test_a_bureau_under_a_shared_name_is_spelled_out_as_the_unit_the_region_settled_on(body, issuer):
    assert read("巴州司法局2023年法治政府建设工作报告\n" + body + _PARTS, "issuer") == issuer
