"""A body's figures put out bare (2024年第二季度,某县人民法院共新收…; 2023年度某区法律援助中心共组织办理…) are a statistics
release dated by that year, the body counting them its issuer, and so is a statistics section opening with its numbered
field's stock ((一)人民调解:全省共有…) or an analysis of a year's cases opening with them (一、案件办理情况 /
2024年新受理…); a report's account of its year (2023年,某县司法局坚持…) is none, and so is the statistical analysis a
report or an item tells it does (对…进行统计分析, 开展…统计分析研判), not the document (…统计分析报告). A picture's caption with the site's
note or credit ((资料图片仅供参考), 图片来源:…, 图为…) is never the title.

Every text below is written for these tests; the names and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_QUARTER = ("2024年第二季度,青禾县人民法院共新收行政诉讼案件31件,与上年同期相比上升12.5%。\n"
            "在受理的31件案件中,行政处罚9件、行政登记6件、政府信息公开4件。\n")
_BAR_HEAD = "一、律师工作\n(一)律师。截至2023年底,全省共有执业律师5200多人。\n"
_CENTRE = ("2023年度青禾市白沙区法律援助中心共组织办理法律援助案件860宗,提供咨询2100人次。\n"
           "2023年度青禾市白沙区法律援助中心业务经费为120万元,支出118万元。\n")
_CASES = ("一、案件办理情况\n2024年新受理行政复议案件120件,同比增长20%,已办结110件。\n"
          "二、被申请人构成情况\n被申请人为县政府部门的案件100件,占83.3%。\n")
_HALF = "2023年上半年,青禾县人民检察院共受理审查起诉案件210件,同比下降4%。\n"

RELEASES = [
    ("a court's quarter", _QUARTER, "kind", "statistics"),
    ("…dated by the quarter's year", _QUARTER, "report_year", 2024),
    ("…the court counting its cases", _QUARTER, "issuer", "青禾县人民法院"),
    ("a legal-aid centre's year", _CENTRE, "kind", "statistics"),
    ("…dated by its year", _CENTRE, "report_year", 2023),
    ("a half year's figures", _HALF, "kind", "statistics"),
    ("…dated by the half's year", _HALF, "report_year", 2023),
    ("…the body counting them", _HALF, "issuer", "青禾县人民检察院"),
    ("a report's account of its year is no release",
     "2023年,青禾县司法局坚持以人民为中心,共办理法律援助案件400件,扎实推进法治政府建设。\n", "kind", "annual_report"),
    ("nor is a whole scope's centres' year",
     "2023年度全县法律援助中心共办理法律援助案件52件,同比上升8%。\n", "kind", "other"),
    ("a statistics section opening with its field's stock",
     "(一)人民调解:全省共有人民调解组织2100个,人民调解员1.2万人。\n(二)司法所:全省共有司法所160个。\n", "kind", "statistics"),
    ("…its part heading above", _BAR_HEAD, "kind", "statistics"),
    ("…its part numbered 1.", "一、律师工作\n1.律师。截至2023年底,全省共有执业律师5200多人。\n", "kind", "statistics"),
    ("…under a site's date line and a navigation list",
     "省份\n城市\n东海省\n西川省\n发布时间:2024-09-23 06:25:35 浏览:31\n" + _BAR_HEAD, "kind", "statistics"),
    ("…not under a title above the site's date line",
     "青禾县司法局2023年工作总结\n发布时间:2024-01-23 浏览:31\n" + _BAR_HEAD, "kind", "annual_report"),
    ("…nor under a paragraph above the site's date line (a dated item's)",
     "全省律师工作稳步发展。\n发布时间:2024-09-23 浏览:31\n" + _BAR_HEAD, "kind", "news"),
    ("a legal-aid centre's year under a site's date line",
     "发布时间:2024-02-01 来源:白沙区司法局\n" + _CENTRE, "kind", "statistics"),
    ("a report's part on the stock, under its opening, is none",
     "2023年,青禾县司法局扎实推进法治政府建设。现将有关情况报告如下:\n(一)人民调解:全县共有人民调解组织210个。\n",
     "kind", "annual_report"),
    ("an analysis of the year's cases", _CASES, "kind", "statistics"),
    ("…dated by its count's year", _CASES, "report_year", 2024),
    ("a text whose first part is its work is a yearly report",
     _CASES.replace("一、案件办理情况", "一、主要工作").replace("二、被申请人构成情况", "二、存在问题"), "kind", "annual_report"),
    ("nor a heading in a sentence", "一、案件办理情况良好,2024年新受理行政复议案件120件。\n", "kind", "other"),
    ("nor a headline's item on a body's quarter",
     "青禾法院发布一季度审判数据\n记者 甲乙\n2024年第一季度,青禾县人民法院共新收各类案件1800件。\n", "kind", "news"),
]


@pytest.mark.parametrize(("case", "text", "field", "expected"), RELEASES, ids=[c[0] for c in RELEASES])
def test_a_bodys_bare_figures(case, text, field, expected):
    assert read(text, field) == expected


_LEAD = "3月2日,记者从青禾县司法局获悉,2023年全县共办理法律援助案件900件。记者 甲乙\n"

CAPTIONS = [
    ("the site's note on a picture", "青禾法援去年为农民工讨薪三千万元\n(资料图片仅供参考)\n" + _LEAD,
     "青禾法援去年为农民工讨薪三千万元"),
    ("…alone above the lead", "(资料图片仅供参考)\n" + _LEAD, None),
    ("a picture's source", "(图片来源于网络)\n" + _LEAD, None),
    ("a picture's credit", "图片来源:某某图库\n" + _LEAD, None),
    ("a caption telling what it shows", "图为青禾县司法局工作人员为群众解答法律咨询\n" + _LEAD, None),
    ("a headline on an exhibition of pictures keeps its words",
     "青禾县司法局举办法治图片展\n" + _LEAD, "青禾县司法局举办法治图片展"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CAPTIONS, ids=[c[0] for c in CAPTIONS])
def test_a_pictures_caption(case, text, expected):
    assert read(text, "title") == expected


_PARTS = "\n一、主要做法\n(一)强化排查。全年排查纠纷90次。\n二、存在问题\n基层力量薄弱。\n三、下一步工作打算\n持续推进。\n"
ANALYSES = [
    # The work of analysing figures, told by a report or an item, names no release.
    ("an analysis a town does monthly",
     "2023年,白沙镇坚持矛盾纠纷多元化解,每月开展矛盾纠纷统计分析研判,全年共调解纠纷80件,调解成功78件。" + _PARTS,
     "annual_report"),
    ("…an analysis done on the problems gathered",
     ("2023年,白沙镇党委政府高度重视矛盾纠纷化解,对热线投诉问题和走访收集问题进行统计分析,全年共调解纠纷80件。"
     "现将有关情况报告如下:\n一、主要做法\n(一)强化排查。\n"), "annual_report"),
    # The analysis as the document: a report's name, one in 《》, a heading, or what follows.
    ("an analysis report named in the opening",
     "根据工作安排,我局编制了2023年度行政复议案件统计分析报告。\n2023年,全区新收行政复议案件88件,受理59件。\n", "statistics"),
    ("…a heading closing on it",
     "一、2023年度行政复议案件统计分析\n2023年,全区新收行政复议案件88件,受理59件。\n", "statistics"),
    ("…what follows",
     "根据上级要求,现将2023年度行政复议案件统计分析如下:\n全区新收行政复议案件88件,受理59件。\n", "statistics"),
]


@pytest.mark.parametrize(("case", "text", "expected"), ANALYSES, ids=[c[0] for c in ANALYSES])
def test_a_statistical_analysis_names_a_release_only_as_its_document(case, text, expected):
    assert read(text, "kind") == expected
