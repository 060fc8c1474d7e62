"""Issuers by their official names and the bodies a page's head names.

A government an opening or a title calls by its short form (某市政府, 某区政府) is the official 人民政府, and an
autonomous prefecture's short form (延边州) is spelled out as the region gives it; a place's name holding 和 (呼和浩特市,
和田地区) opens a body's name as any other place does; an autonomous region's department or general office by its level
(自治区司法厅, 自治区人民政府办公厅) and a 地区's 司法处 are completed with the region as 市司法局 is; a corps division with its
city (第三师图木舒克市) opening the text is the place told of, no body; a 来源 body's other name in brackets is left out, and
a bare 区司法局 takes the one district the title names; a column line naming a body is read as a 来源 line is. A
government's general office so completed, posting its government's report, gives the government (来源:市政府办公室 over
商丘市2021年…报告: 商丘市人民政府), as its full name does.

Every sentence below is written for these tests; the work and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_REST = "坚持以法治思想为指导,统筹推进法治政府建设。现将有关情况报告如下:\n一、主要举措和成效\n全年审查规范性文件十二件。\n"

CASES = [
    # short forms of governments
    ("a city's government by its short form", "2022年,邯郸市政府" + _REST, "邯郸市人民政府"),
    ("a district's", "2019年,密云区政府" + _REST, "密云区人民政府"),
    ("a county's", "2020年,涉县政府" + _REST, "涉县人民政府"),
    ("a title's short form", "邯郸市政府关于2022年法治政府建设情况的报告\n2022年,市政府" + _REST, "邯郸市人民政府"),
    ("a government's office by its short form",
     "来源:市政府办公室\n商丘市2021年法治政府建设情况报告\n2021年,全市" + _REST, "商丘市人民政府"),  # the government it posted for
    ("the official name stays", "邯郸市人民政府关于2022年法治政府建设情况的报告\n2022年,全市" + _REST, "邯郸市人民政府"),
    ("a district alone is no body", "2019年,密云区" + _REST, None),
    # autonomous prefectures' short forms
    ("a prefecture's government by its short form", "2022年,延边州政府" + _REST, "延边朝鲜族自治州人民政府"),
    ("…with 人民", "2023年,昌吉州人民政府" + _REST, "昌吉回族自治州人民政府"),
    ("a prefecture's full name stays", "2023年,昌吉回族自治州人民政府" + _REST, "昌吉回族自治州人民政府"),
    # places holding 和
    ("a city holding 和", "2023年,呼和浩特市人民政府" + _REST, "呼和浩特市人民政府"),
    ("a prefecture holding 和", "2023年,和田地区司法局" + _REST, "和田地区司法局"),
    ("an autonomous county holding 和", "2023年,民和回族土族自治县司法局" + _REST, "民和回族土族自治县司法局"),
    ("a joint 和 ends the first body", "2024年,乌鲁木齐市司法局和市人民法院联合开展诉前调解。全年调解纠纷20件。",
     "乌鲁木齐市司法局"),
    # an autonomous region's bodies by their level
    ("an autonomous region's department on a 来源 line",
     "来源:自治区司法厅 发布时间:2024-03-15\n广西壮族自治区2023年法治政府建设情况报告\n2023年,全区" + _REST,
     "广西壮族自治区司法厅"),
    ("its government's general office",
     "稿件来源:自治区人民政府办公厅\n宁夏回族自治区2022年度法治政府建设工作报告\n2022年,全区" + _REST,
     "宁夏回族自治区人民政府"),  # …the government it posted the report of
    ("a department opening the text", "2023年,自治区司法厅坚持依法行政,在西藏日报开设法治专栏。", "西藏自治区司法厅"),
    ("a province's general office", "发布机构: 省政府办公厅\n浙江省2021年法治政府建设情况\n2021年,全省" + _REST,
     "浙江省人民政府"),
    ("the region's committee and government name no author",
     "2023年,自治区党委、政府高度重视法治建设,全区深入推进依法行政,在西藏日报开设法治专栏。" + _REST, None),
    ("its government by its level alone names no author", "2023年,自治区人民政府深入推进依法行政,在西藏日报开设专栏。", None),
    # a 地区's 司法处
    ("a 地区's 司法处 opening the text", "2024年,地区司法处全面推进法治政府建设,制定《阿里地区法律援助工作规范》。",
     "阿里地区司法处"),
    ("…on a 来源 line", "来源:地区司法处 发布时间:2024-02-01\n阿里地区2023年法治政府建设情况报告\n2023年,全地区" + _REST,
     "阿里地区司法处"),
    ("a court's own 处 is none", "2023年,审判管理处统计,阿里地区全年审结案件1200件。", None),
    ("a district's 处 is none", "2024年,区司法处全面推进法治政府建设,制定《城关区法律援助工作规范》。", None),
    # corps divisions with their cities
    ("a division and its city opening the text", "2023年,第三师图木舒克市" + _REST, None),
    ("…a regiment of it", "2024年,第十四师昆玉市二二五团坚持依法治团,开展普法宣传。", None),
    ("a division's bureau", "2023年,第十师北屯市司法局" + _REST, "第十师北屯市司法局"),
    # 来源 lines
    ("a 来源 body with its other name in brackets",
     "发布机构:市司法局(市行政复议局)\n诸暨市2019年行政执法工作年报\n2019年,我市" + _REST, "诸暨市司法局"),
    ("…in full-width brackets",
     "发布机构：县司法局（县政府法制办）\n长兴县2019年法治政府建设情况报告\n2019年,全县" + _REST, "长兴县司法局"),
    ("a district's bureau the title's district completes",
     "来源:区司法局\n2019年度通州区行政复议诉讼工作报告\n2019年,全区行政复议案件共50件。", "通州区司法局"),
    ("…another district of a shared name", "来源：区司法局\n2020年度鼓楼区法治政府建设情况报告\n2020年,全区" + _REST,
     "鼓楼区司法局"),
    ("no district named anywhere", "来源：区司法局\n2020年度法治政府建设情况报告\n2020年,全区" + _REST, None),
    ("a title naming a city, not a district", "来源：区司法局\n2020年度南京市法治政府建设情况报告\n2020年,全区" + _REST, None),
    # column lines
    ("a column line's body before its column",
     "2020年度全省行政复议案件统计\n栏目:湖北省司法厅-通知公告 发布时间:2020-12-30\n我厅对2020年全省行政复议案件进行了统计。",
     "湖北省司法厅"),
    ("…a step in a path", "2021年度行政复议案件统计\n所属栏目:宜昌市司法局>统计数据\n全年受理行政复议案件30件。", "宜昌市司法局"),
    ("a column alone names none", "2021年度行政复议案件统计\n栏目:通知公告 发布时间:2022-01-20\n全年受理行政复议案件30件。", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_official_issuer_names(case, text, expected):
    assert read(text, "issuer") == expected


def test_a_shared_district_name_leaves_the_region_unsaid():
    text = "来源:区司法局\n2019年度通州区行政复议诉讼工作报告\n2019年,全区行政复议案件共50件。"
    assert read(text, "region") == (None, None, None)


def test_a_corps_city_still_places_the_text():
    assert read("2023年,第三师图木舒克市" + _REST, "county") == "图木舒克市"


@pytest.mark.parametrize(("text", "expected"), [
    # a title of rules ending in 办法 names no office (考核办, 公示办)
    ("青禾市法治政府建设考核办法\n第一条 为推进法治政府建设,制定本办法。\n", None),
    ("白石县行政执法公示办法\n第一条 为规范行政执法公示,制定本办法。\n", None),
    # an office called by its short 办 still is one
    ("2023年,白石县法制办" + _REST, "白石县法制办"),
])
def test_a_title_of_rules_names_no_office(text, expected):
    assert read(text, "issuer") == expected
