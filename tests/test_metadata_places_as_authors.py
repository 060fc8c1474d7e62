"""A town or a street named alone as the author of its report issues by its office only where the text names that
office (2024年,青山镇坚持… with 青山镇政府 elsewhere: 青山镇人民政府); named alone it is a place, no body, as a county
is; a zone, a town merely told of, the level alone are no issuer either. An author after a day's doings of no year the
summary opens on is read from the year's sentence after it. A body of the units directly under a level (伊犁州直司法局) keeps its 直 with the short name (never 伊犁哈萨克自治州直…); and a
name two levels share (巴州) is the one whose level the text names its bodies by alone (州党委, 州政府) when it calls
itself by neither (全州, 全区).

Every text below is written for these tests; the places are real divisions where the region must resolve, the towns,
streets and figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_STATED = "现将有关情况报告如下:\n一、主要工作\n(一)加强组织领导。全年召开专题会议4次。\n"
_PARTS = "\n一、主要做法\n全年办理法律援助案件860件。\n二、存在的问题\n基层法治力量薄弱。\n"


@pytest.mark.parametrize(("text", "issuer"), [
    ("2024年,青山镇坚持依法行政。" + _STATED + "青山镇政府严格落实法律顾问制度。\n", "青山镇人民政府"),
    ("2025年,大中街道在区委、区政府的坚强领导下,扎实推进法治政府建设。" + _STATED, None),
    ("2024年，青山镇坚持以习近平法治思想为指导，全面推进依法行政。" + _STATED, None),
    ("发布机构:兰山区柳青街道\n发布日期:2025-01-20\n2024年,街道坚持依法行政。" + _STATED, None),
])
def test_a_place_named_alone_as_the_author_issues_only_by_the_office_the_text_names(text, issuer):
    assert read(text, "issuer") == issuer


@pytest.mark.parametrize("text", [
    "2022年,宁东基地坚持依法行政,扎实推进法治政府建设。" + _STATED,  # a zone: its committee's name is not one
    "2024年,青山镇共调解纠纷120件,调解成功118件。\n据了解,调解员队伍不断壮大。\n",  # a town told of, no report
    "2024年,全县各乡镇坚持依法行政。" + _STATED,  # every town of a county
    "2024年,街道坚持依法行政。" + _STATED,  # the level alone names no place
])
def test_a_place_merely_told_of_or_no_one_place_is_no_issuer(text):
    assert read(text, "issuer") is None


@pytest.mark.parametrize(("text", "issuer"), [
    ("伊犁州直司法局2024年法治政府建设工作报告\n2024年,州直司法局坚持依法行政。" + _PARTS, "伊犁州直司法局"),
    ("2024年,伊犁州直司法局坚持依法行政,扎实推进法治政府建设。" + _STATED, "伊犁州直司法局"),
    ("昌吉州直机关工委2024年法治建设工作总结\n2024年,州直机关工委坚持依法行政。" + _PARTS, "昌吉州直机关工委"),
    # without the 直 the short name is spelled out as before
    ("伊犁州司法局2024年法治政府建设工作报告\n2024年,州司法局坚持依法行政。" + _PARTS, "伊犁哈萨克自治州司法局"),
])
def test_a_body_of_the_units_directly_under_a_level_keeps_its_zhi(text, issuer):
    assert read(text, "issuer") == issuer


@pytest.mark.parametrize(("text", "city", "county"), [
    ("巴州司法局2024年法治政府建设工作报告\n2024年,在州党委的坚强领导下,我局坚持依法行政。州党委常委会专题听取法治工作汇报。"
     + _PARTS, "巴音郭楞蒙古自治州", None),
    ("巴州司法局2024年法治政府建设工作报告\n2024年,我局坚持依法行政,经州政府同意印发法律援助工作方案。" + _PARTS,
     "巴音郭楞蒙古自治州", None),
    ("巴州司法局2024年法治政府建设工作报告\n2024年,在区委、区政府的坚强领导下,我局坚持依法行政。" + _PARTS, "巴中市", "巴州区"),
    # the shared name's own 党委 and an autonomous region's say no level
    ("2024年,巴州党委、政府坚持依法行政,扎实推进法治政府建设。" + _PARTS, None, None),
    ("巴州司法局2024年法治政府建设工作报告\n2024年,在自治区党委的坚强领导下,我局坚持依法行政。" + _PARTS, None, None),
    # beside a prefecture inside an autonomous region 全区 is that region's call, no district's: the 州政府 decides
    ("巴州司法局2024年法治政府建设工作报告\n2024年,全区法治建设取得新成效,全区调解纠纷860件,州政府通报表扬。" + _PARTS,
     "巴音郭楞蒙古自治州", None),
    # a district's call of itself in the first person still comes first (我区 against one 州政府)
    ("巴州司法局2024年法治政府建设工作报告\n2024年,我区法治建设取得新成效,我区调解纠纷860件,州政府通报表扬。" + _PARTS,
     "巴中市", "巴州区"),
])
def test_a_shared_name_is_settled_by_its_levels_bodies_named_alone(text, city, county):
    assert (read(text, "city"), read(text, "county")) == (city, county)


_SUMMARY = ("\n一、主要工作\n(一)加强组织领导。全年召开党工委会议学法8次。\n二、存在问题\n基层法治力量薄弱。\n"
            "三、下一步工作打算\n继续推进基层依法治理。\n")


@pytest.mark.parametrize(("head", "issuer", "year"), [
    # a day's doings of no year opening the summary: the year's sentence after it names the author
    ("3月15日,区委依法治区办到递铺街道调研法治建设工作。2024年,递铺街道办事处坚持依法行政,扎实推进法治政府建设。",
     "递铺街道办事处", 2024),
    ("6月8日上午,县委依法治县办到梅溪镇督导基层法治工作。2025年,梅溪镇人民政府坚持以习近平法治思想为指导。",
     "梅溪镇人民政府", 2025),
    # a first sentence naming a body's act, no day's doings, is read as it stands: no author
    ("县司法局印发《法治宣传教育工作要点》。2024年,递铺街道坚持依法行政。", None, 2024),
])
def test_the_year_after_a_days_doings_opens_on_the_author(head, issuer, year):
    assert (read(head + _SUMMARY, "issuer"), read(head + _SUMMARY, "report_year")) == (issuer, year)


def test_a_days_doings_placed_by_its_county_places_the_report():
    head = "3月15日,安吉县委依法治县办到递铺街道调研法治建设工作。2024年,递铺街道办事处坚持依法行政。"
    assert (read(head + _SUMMARY, "county"), read(head + _SUMMARY, "issuer")) == ("安吉县", "递铺街道办事处")
