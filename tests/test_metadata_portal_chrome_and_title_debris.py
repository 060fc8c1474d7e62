"""A portal's chrome above a title: the lines searched for the title are counted from the end of the page's furniture
(its path, its disclosure box), not from the top, so a long menu over them hides no title; a menu item naming a class
of bodies by their level (市政府工作部门, 县区政府) is neither title nor issuer, nor is a reader's switch (无障碍阅读
进入适老模式) or a line naming who checked the copy (初审编辑:某某). A numbered entry of an index the page is filed under,
above the page's path or the report's own title, is chrome, not the opening. Of two title lines over the opening, the one
whose year the opening opens with is the document's own where the two are one title but for their year (a mirror's page
title over it names another).

Every text below is written for these tests; the places, bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_MENU = "首页\n政务公开\n政务服务\n互动交流\n走进青禾\n新闻中心\n政策文件\n数据发布\n办事指南\n公示公告\n在线访谈\n专题专栏\n"
_BODY_MENU = ("手机版\n繁體版\n适老版 | 无障碍阅读\n智能问答\n站群导航\n市政府领导\n市政府工作部门\n市直单位\n县区政府\n"
              "县(市、区)政府\n乡镇街道\n网上信访\n")
_PATH = "当前位置:首页>政务公开>法定主动公开内容\n"
_BOX = "索引号: 11410000-2025-00012\n发布机构: 市政府办公室\n成文日期: 2025-02-10\n文号: 青政文〔2025〕8号\n有效性: 有效\n"
_TITLE = "青禾市人民政府关于2024年度法治政府建设情况的报告\n"
_SOURCE = "来源:市政府办公室 发布时间:2025-02-18\n"
_BODY = ("2024年,市政府坚持以法治思维推进各项工作,全年办理行政复议案件320件。现将有关情况报告如下:\n一、加强组织领导\n"
         "市政府常务会议4次研究法治政府建设。\n")
_REPORT = "青禾市人民政府关于2024年度法治政府建设情况的报告"

CHROME = [
    ("a long menu, the path and a box over the title", _MENU + _PATH + _BOX + _TITLE + _SOURCE + _BODY),
    ("…a menu of bodies' classes over them", _BODY_MENU + _PATH + _BOX + _TITLE + _SOURCE + _BODY),
    ("…a menu of bodies' classes and a box, no path", _BODY_MENU + "全文检索\n" + _BOX + _TITLE + _SOURCE + _BODY),
    ("a short menu as before", "首页\n政务公开\n专题专栏\n" + _PATH + _BOX + _TITLE + _SOURCE + _BODY),
    ("no chrome at all", _TITLE + _SOURCE + _BODY),
]


@pytest.mark.parametrize(("case", "text"), CHROME, ids=[c[0] for c in CHROME])
def test_a_title_below_a_portals_chrome(case, text):
    assert read(text, "title") == _REPORT
    assert read(text, "issuer") == "青禾市人民政府"


def test_lines_past_the_window_with_no_furniture_closing_it_are_not_searched():
    # twenty short lines and no path or box: nothing says where the chrome ends, so the window counts from the top
    text = "".join(f"栏目{n}\n" for n in "一二三四五六七八九十") * 2 + _TITLE + _SOURCE + _BODY
    assert read(text, "title") is None


MENU_WORDS = [
    ("a class of a city's departments", "市政府工作部门"),
    ("…of its units directly under it", "市直单位"),
    ("…of a county's institutions", "县政府直属事业单位"),
    ("the governments of counties and districts", "县区政府"),
    ("…written with the levels in brackets", "县(市、区)政府"),
]


@pytest.mark.parametrize(("case", "line"), MENU_WORDS, ids=[c[0] for c in MENU_WORDS])
def test_a_menu_item_naming_a_class_of_bodies_is_no_title_nor_issuer(case, line):
    text = line + "\n2024年,全市共办理行政复议案件320件,调解成功率98%。\n"
    assert read(text, "title") is None
    assert read(text, "issuer") is None


def test_a_body_named_by_its_place_stays_a_letterhead():
    text = "青禾县人民政府\n关于2024年法治政府建设情况的报告\n2024年,县政府坚持依法行政,全年办理行政复议案件32件。\n"
    assert read(text, "title") == "青禾县人民政府关于2024年法治政府建设情况的报告"  # read without its break
    assert read(text, "issuer") == "青禾县人民政府"


DEBRIS = [
    ("a reader's switches", "无障碍阅读 进入适老模式\n"),
    ("…parted by a bar", "适老版 | 无障碍阅读\n"),
    ("…a care mode alone", "关怀版\n"),
    ("the first editor's line", "初审编辑:林晓\n"),
    ("…the last checker's", "终审:王林\n"),
    ("…a proofreader's", "校对:张华\n"),
]


@pytest.mark.parametrize(("case", "line"), DEBRIS, ids=[c[0] for c in DEBRIS])
def test_a_readers_switch_or_an_editors_line_is_no_title(case, line):
    text = line + "记者从省法院获悉,2018年全省法院审结一审行政案件1200件,行政机关负责人出庭应诉率为43.3%。\n"
    assert read(text, "title") is None


NOT_DEBRIS = [
    ("a title on accessible places", "青禾县无障碍环境建设工作总结"),
    ("a title on homes made fit for the old", "青禾县适老化改造工作总结"),
    ("a title on a trial's review", "青禾县二审行政案件情况通报"),
]


@pytest.mark.parametrize(("case", "title"), NOT_DEBRIS, ids=[c[0] for c in NOT_DEBRIS])
def test_a_title_on_that_work_stays(case, title):
    text = title + "\n2023年,全县共办理相关案件120件。\n"
    assert read(text, "title") == title


_INDEX = "5.政府每年第一季度向同级党委报告上一年度法治政府建设情况,并向社会公开。\n"
_OWN_TITLE = "青禾县2019年度依法行政工作情况的报告\n"
_SINCE = "近年以来,县政府坚持依法行政,持续推进法治政府建设。\n一、工作开展情况\n"

INDEX_ENTRIES = [
    ("an index's entry over the report's own title", _INDEX + _OWN_TITLE + _SINCE),
    ("…over the page's path", "简体 繁体\n无障碍阅读 进入适老模式\n" + _INDEX
     + "当前位置:首页 >> 法治政府建设示范创建 >> 5.政府每年第一季度\n" + _OWN_TITLE + _SINCE),
]


@pytest.mark.parametrize(("case", "text"), INDEX_ENTRIES, ids=[c[0] for c in INDEX_ENTRIES])
def test_an_index_entry_over_the_title_is_chrome(case, text):
    assert read(text, "title") == "青禾县2019年度依法行政工作情况的报告"
    assert read(text, "report_year") == 2019


def test_a_numbered_opening_over_a_heading_stays_the_opening():
    text = "5.加强培训,全年举办培训班12期。\n2024年工作计划\n下一步,我局将继续加强培训。\n"
    assert read(text, "title") is None


_MIRROR = "青禾县 2022 年法治政府建设工作总结\n"
_OWN = "青禾县2019年法治政府建设工作总结\n"
_OPENED = "{}年,我县法治政府建设工作稳步推进,全年办理行政复议案件32件。\n"

YEARS = [
    ("a mirror's page title over the document's own", _MIRROR + _OWN + _OPENED.format(2019),
     "青禾县2019年法治政府建设工作总结", 2019),
    ("one title agreeing with its opening", "青禾县2022年法治政府建设工作总结\n" + _OPENED.format(2022),
     "青禾县2022年法治政府建设工作总结", 2022),
    ("two titles, the opening agreeing with neither", _MIRROR + _OWN + _OPENED.format(2020),
     "青禾县 2022 年法治政府建设工作总结", 2022),
]


@pytest.mark.parametrize(("case", "text", "title", "year"), YEARS, ids=[c[0] for c in YEARS])
def test_the_title_whose_year_the_opening_opens_with(case, text, title, year):
    assert read(text, "title") == title
    assert read(text, "report_year") == year


def test_a_heading_of_other_words_under_the_title_is_no_title_of_it():
    text = "青禾县司法局2024年工作计划\n2023年工作总结\n2023年,我局坚持依法行政,全年办理法律援助案件120件。\n"
    assert read(text, "title") == "青禾县司法局2024年工作计划"
