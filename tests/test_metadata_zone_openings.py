"""Authors of untitled yearly reports opened by a zone by its own name (2024年,东湖前湾新区坚持…): the zone reports on
itself; a zone by a level word or its kind alone, or one the opening speaks of, names no author. A zone is a place, no
body: the issuer is its committee (东湖前湾新区管委会) where the text names it, else none."""

import pytest
from conftest import metadata_field as read

PAGE = ("{opening},全面贯彻党的二十大精神,法治政府建设取得新成效。现将有关工作情况报告如下:\n"
        "一、主要举措和成效\n全年办理行政复议案件12件。\n二、存在的不足\n基层法治力量薄弱。\n")
OPENINGS = [
    ("a new area", "2024年,东湖前湾新区坚持以习近平新时代中国特色社会主义思想为指导", "东湖前湾新区"),
    ("a high-tech zone", "2023年,青禾高新区深入学习贯彻习近平法治思想", "青禾高新区"),
    ("a zone by its kind alone", "2023年,高新区坚持以习近平新时代中国特色社会主义思想为指导", None),
    ("a county's park", "2023年,县工业园区坚持以习近平新时代中国特色社会主义思想为指导", None),
    ("a zone spoken of", "2023年,东湖前湾新区建设稳步推进,我们坚持依法行政", None),
    # the short name a zone gives itself in brackets, its predicate after them
    ("a new area and its short name", "2024年,在市委、市政府的坚强领导下,东湖前湾新区(以下简称“新区”)始终坚持依法行政",
     "东湖前湾新区"),
    ("a development zone and its short name", "2023年,青禾经济技术开发区(简称“青禾经开区”)深入推进依法行政", "青禾经济技术开发区"),
    ("a short name without quotes", "2023年,青禾高新区(以下简称高新区)坚持依法行政", "青禾高新区"),
    ("a short name said 下称", "2023年,青禾经济开发区(下称“开发区”)扎实推进依法行政", "青禾经济开发区"),
    ("a bracket of another kind", "2023年,东湖前湾新区(含三个街道)坚持依法行政", None),
    ("a zone and its short name spoken of", "2023年,东湖前湾新区(以下简称“新区”)建设稳步推进,我们坚持依法行政", None),
]


@pytest.mark.parametrize(("case", "opening", "expected"), OPENINGS, ids=[c[0] for c in OPENINGS])
def test_a_zone_opening_its_report_is_its_author(case, opening, expected):
    assert read(PAGE.format(opening=opening), "author") == expected


_OPENS = "2024年,东湖前湾新区坚持以习近平新时代中国特色社会主义思想为指导"
COMMITTEES = [
    ("a zone whose committee the text never names is no issuer", _OPENS, "", None),
    ("…its committee is, where named", _OPENS, "东湖前湾新区管委会严格落实法律顾问制度。", "东湖前湾新区管委会"),
    ("…by its full name", _OPENS, "东湖前湾新区管理委员会严格落实法律顾问制度。", "东湖前湾新区管理委员会"),
    ("…after the zone's party committee, the joint authors", _OPENS, "东湖前湾新区党工委、管委会专题研究法治工作三次。",
     "东湖前湾新区管委会"),
    ("…not a committee by the zone's kind alone", _OPENS, "新区管委会专题研究法治工作三次。", None),
    ("…nor another zone's", _OPENS, "青禾高新区管委会专题研究法治工作三次。", None),
    ("a committee opening the report is itself", "2024年,东湖前湾新区管委会坚持依法行政", "", "东湖前湾新区管委会"),
    ("a short name in brackets, the committee named in full below",
     "2023年,青禾经济技术开发区(简称“青禾经开区”)深入推进依法行政", "青禾经济技术开发区管委会严格落实法律顾问制度。",
     "青禾经济技术开发区管委会"),
]


@pytest.mark.parametrize(("case", "opening", "later", "expected"), COMMITTEES, ids=[c[0] for c in COMMITTEES])
def test_a_zone_issues_its_report_by_its_committee(case, opening, later, expected):
    assert read(PAGE.format(opening=opening) + later + "\n", "issuer") == expected


# A body named by a zone's kind alone (新区司法局, 开发区司法局, 高新区管委会) is any zone's: no issuer, though the text
# names its zone further on; named with the zone's own name, it is that zone's.
BODY_OPENINGS = [
    ("a new area's bureau by its kind", "2025年,新区司法局在新区党工委的领导下", "“东湖前湾新区调解中心”项目", None),
    ("a development zone's bureau by its kind", "2025年,开发区司法局扎实推进依法行政", "全区调解工作", None),
    ("a high-tech zone's committee by its kind", "2025年,高新区管委会扎实推进法治政府建设", "全区调解工作", None),
    ("a new area's bureau by its name", "2025年,青禾东湖新区司法局在新区党工委的领导下", "全区调解工作",
     "青禾东湖新区司法局"),
]


@pytest.mark.parametrize(("case", "opening", "later", "expected"), BODY_OPENINGS, ids=[c[0] for c in BODY_OPENINGS])
def test_a_body_by_a_zones_kind_alone_names_no_issuer(case, opening, later, expected):
    page = PAGE.format(opening=opening) + f"三、下一步打算\n推进{later}建设。\n"
    assert read(page, "issuer") == expected


def test_a_title_naming_a_body_by_a_zones_kind_alone_names_no_issuer():
    title = "2025年新区司法局法治政府建设工作报告\n"
    assert read(title + PAGE.format(opening="2025年,新区司法局在新区党工委的领导下"), "issuer") is None
    assert read(title.replace("新区司法局", "青禾东湖新区司法局") + PAGE.format(opening="2025年,我局坚持依法行政"),
                "issuer") == "青禾东湖新区司法局"


def test_a_zone_run_as_one_with_a_district_names_its_body():
    title = "高新区(新市区)人民政府2025年法治政府建设工作报告\n"
    assert read(title + PAGE.format(opening="2025年,在区委的领导下,区人民政府坚持依法行政"),
                "issuer") == "高新区(新市区)人民政府"
