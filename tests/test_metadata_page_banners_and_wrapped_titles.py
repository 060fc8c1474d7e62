"""What a portal sets around a title, and titles set over two lines.

A portal's slogan (one sentence naming no year) or its notice on the browser to read it with, above the title, is page
furniture: the title, its body and its year are read below it, and an untitled page's opening subject after it. A
search engine's bait heading a mirror's page (keywords joined by _, naming what a betting or film site offers) is no
title. A list's bullet or an arrow before a title is no part of it. A disclosure box of bulleted labels in brackets,
each value bulleted on the next line (• [ 主题分类 ] / • 城乡建设、环境保护), is no title, and its 发布机构 value names the
publisher. A title wrapped after its place and year (某市2024年度 / …情况通报) is read whole. The body's line under a title
the page repeats below its date line, wrapped or not, is its author.

Every text below is written for these tests; the bodies, numbers and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_TITLE = "江门市蓬江区人民政府关于2024年度法治政府建设情况的报告"
_DATE = "\n发布时间:2025-02-12\n"
_BODY = "2024年,蓬江区坚持依法行政,全年办理行政复议案件86件。\n一、主要举措\n(一)健全依法决策机制。\n"
_SLOGAN = "• 坚定信心、真抓实干,奋力谱写中国式现代化的地方篇章,为实现第二个百年奋斗目标而不懈努力。\n"

BANNERS = [
    ("a slogan over the title", _SLOGAN + "\n" + _TITLE + _DATE + _BODY),
    ("…a column's label between", _SLOGAN + "\n政务动态\n\n" + _TITLE + _DATE + _BODY),
    ("…no bullet, no date line", "守正创新、勇毅前行,推动全面依法治国各项任务落地见效。\n" + _TITLE + "\n" + _BODY),
    ("a notice on the browser's version", "您的浏览器版本太旧,部分功能无法使用。请您升级至最新版本。\n" + _TITLE + _DATE + _BODY),
    ("…on the view and the screen", "为获得最佳浏览效果,推荐使用1440×900及以上分辨率访问。\n" + _TITLE + _DATE + _BODY),
    ("…on a browser's mode", "若您使用的是双核浏览器,请切换至极速模式后访问本站。\n" + _TITLE + _DATE + _BODY),
    ("…several lines of it", "请更换或升级浏览器。\n当前浏览器不受支持,页面可能显示异常。建议使用新版浏览器。\n"
     + _TITLE + _DATE + _BODY),
]


@pytest.mark.parametrize(("case", "text"), BANNERS, ids=[c[0] for c in BANNERS])
def test_a_banner_over_the_title_is_furniture(case, text):
    assert read(text, "title") == _TITLE
    assert read(text, "issuer") == "江门市蓬江区人民政府"
    assert read(text, "report_year") == 2024


_TOWN_BODY = ("2023年,杜阮镇坚持以法治思维推进基层治理,扎实推进法治政府建设。\n一、主要做法\n(一)全年召开专题会议5次。\n"
              "(二)杜阮镇人民政府严格落实法律顾问制度。\n")


def test_a_browser_notice_over_an_untitled_body_leaves_the_opening_its_subject():
    text = "当前浏览器版本较低,可能存在安全风险。建议您更换浏览器。\n" + _TOWN_BODY
    assert read(text, "issuer") == "杜阮镇人民政府"
    assert read(text, "report_year") == 2023


OPENINGS = [
    # an untitled text's opening sentence names its year: no banner, whatever follows it
    ("an opening with its year", "2023年,全区持续深化法治政府建设,各项工作取得新进展。\n一、主要工作\n(一)完善制度。\n"),
    # …or none, over its first part's heading: no title below it
    ("an opening over its first heading", "为全面推进依法行政,现将本年度法治政府建设情况报告如下。\n一、主要工作\n(一)完善制度。\n"),
    ("…a slogan-like opening over it", "坚持依法行政,建设人民满意的法治政府。\n一、主要工作\n(一)完善制度。\n"),
    # a heading naming the year's work, no place nor body before its year, is no title
    ("…over a heading of the year's work", "坚持依法行政,建设人民满意的法治政府。\n2023年工作情况\n一、主要工作\n(一)完善制度。\n"),
]


@pytest.mark.parametrize(("case", "text"), OPENINGS, ids=[c[0] for c in OPENINGS])
def test_an_untitled_texts_opening_sentence_stays_untitled(case, text):
    assert read(text, "title") is None


def test_a_sentence_on_a_site_the_report_runs_is_no_browser_notice():
    text = ("2023年,杜阮镇升级政务公开网站,推荐群众使用手机浏览器查询办事指南。\n一、主要做法\n(一)全年召开专题会议5次。\n"
            "(二)杜阮镇人民政府严格落实法律顾问制度。\n")
    assert read(text, "issuer") == "杜阮镇人民政府"


_UNTITLED = "2023年,全市坚持以习近平法治思想为指导,全面推进法治政府建设。\n一、主要举措\n(一)深化改革。\n"

BAIT = [
    ("a betting site's chain", "某某博彩备用网站_某某开户官网_某某app\n"),
    ("…a casino's, its home page last", "某某国际官方网站_某某娱乐平台_首页\n"),
    ("a film site's", "高清影视一区二区_免费在线观看\n"),
    ("…its entrance", "某某直播_某某视频入口\n"),
]


@pytest.mark.parametrize(("case", "line"), BAIT, ids=[c[0] for c in BAIT])
def test_a_mirrors_keyword_chain_is_no_title(case, line):
    assert read(line + _UNTITLED, "title") is None
    # a real title below it is read
    assert read(line + "江门市2023年法治政府建设年度报告\n" + _UNTITLED, "title") == "江门市2023年法治政府建设年度报告"


def test_a_pages_own_title_joined_by_underscores_stays():
    text = "青禾县律师人数已达一千人_青禾法治网\n发布时间:2024-01-05\n本报讯 1月4日,青禾县律师协会召开会员大会。\n"
    assert read(text, "title") == "青禾县律师人数已达一千人"
    text = "江门市2023年法治政府建设年度报告_政务公开_江门市人民政府\n" + _UNTITLED
    assert read(text, "title") == "江门市2023年法治政府建设年度报告"


MARKED = [
    ("a list's bullet", "  • 江门市新会区2023年法治政府建设情况报告", "江门市新会区2023年法治政府建设情况报告"),
    ("an arrow", "▶ 江门市新会区人民政府2023年度法治政府建设报告", "江门市新会区人民政府2023年度法治政府建设报告"),
    ("a middle dot", "·江门市新会区2023年法治政府建设情况报告", "江门市新会区2023年法治政府建设情况报告"),
    ("a diamond", "◆ 江门市新会区2023年法治政府建设情况报告", "江门市新会区2023年法治政府建设情况报告"),
    # a title's own marks stay: a quote opening it, a template's blank place
    ("a quote opening the title", "“八五”普法中期法治宣传工作总结", "“八五”普法中期法治宣传工作总结"),
    ("a blank place's circles", "○○县2023年法治政府建设情况报告", "○○县2023年法治政府建设情况报告"),
]


@pytest.mark.parametrize(("case", "line", "expected"), MARKED, ids=[c[0] for c in MARKED])
def test_a_bullet_before_the_title_is_no_part_of_it(case, line, expected):
    text = line + _DATE + "2023年,全区扎实推进法治政府建设。\n一、主要举措\n"
    assert read(text, "title") == expected


def test_an_arrowed_titles_body_is_its_issuer():
    text = "▶ 江门市新会区人民政府2023年度法治政府建设报告" + _DATE + "2023年,全区扎实推进法治政府建设。\n"
    assert read(text, "issuer") == "江门市新会区人民政府"


_BOX = ("  • [ 索引号 ]\n  • 000000/2024-00007\n  • [ 主题分类 ]\n  • {topic}\n  • [ 成文日期 ]\n  • 2024-01-08\n"
        "  • [ 发布日期 ]\n  • 2024-01-08\n  • [ 发布机构 ]\n  • {publisher}\n  • [ 有效性 ]\n")
_DEPARTMENT_TITLE = "江门市江海区住房和城乡建设局关于2023年法治政府建设情况的报告"
_DEPARTMENT_BODY = "2023年,我局坚持依法行政,规范执法行为。现将有关情况报告如下。\n一、主要举措\n"

BOXES = [
    ("a topic naming the work", "城乡建设、环境保护"),
    ("a topic naming none", "公安、安全、司法"),
]


@pytest.mark.parametrize(("case", "topic"), BOXES, ids=[c[0] for c in BOXES])
def test_a_bulleted_boxs_values_are_no_title(case, topic):
    text = _BOX.format(topic=topic, publisher="江海区住房和城乡建设局") + _DEPARTMENT_TITLE + _DATE + _DEPARTMENT_BODY
    assert read(text, "title") == _DEPARTMENT_TITLE
    assert read(text, "issuer") == "江门市江海区住房和城乡建设局"


def test_a_value_right_above_the_title_is_not_run_into_it():
    text = "  • [ 主题分类 ]\n  • 城乡建设、环境保护\n" + _DEPARTMENT_TITLE + "\n" + _DEPARTMENT_BODY
    assert read(text, "title") == _DEPARTMENT_TITLE
    text = "• 发布机构:\n江海区住房和城乡建设局\n2023年法治政府建设情况报告\n" + _DEPARTMENT_BODY
    assert read(text, "title") == "2023年法治政府建设情况报告"


def test_a_bulleted_publisher_names_a_title_naming_no_body():
    text = _BOX.format(topic="城乡建设", publisher="江海区住房和城乡建设局") + "2023年法治政府建设情况报告\n" + _DEPARTMENT_BODY
    assert read(text, "title") == "2023年法治政府建设情况报告"
    assert read(text, "issuer") == "江海区住房和城乡建设局"
    # a publisher left empty names none
    text = _BOX.format(topic="城乡建设", publisher="") + "2023年法治政府建设情况报告\n" + _DEPARTMENT_BODY
    assert read(text, "issuer") is None


def test_a_boxs_table_rows_still_name_the_publisher():
    text = ("| 组配分类 | 工作报告 | 发布机构 | 江海区住房和城乡建设局 |\n2023年法治政府建设情况报告\n" + _DEPARTMENT_BODY)
    assert read(text, "issuer") == "江海区住房和城乡建设局"


WRAPPED = [
    ("a city and its year over a bulletin", "江门市2024年度\n行政机关负责人出庭应诉情况通报",
     "江门市2024年度行政机关负责人出庭应诉情况通报", "江门市", 2024),
    ("a province over its case studies", "广东省2025年度\n第三批行政复议典型案例", "广东省2025年度第三批行政复议典型案例",
     None, 2025),
]


@pytest.mark.parametrize(("case", "head", "title", "city", "year"), WRAPPED, ids=[c[0] for c in WRAPPED])
def test_a_title_wrapped_after_its_place_and_year_is_read_whole(case, head, title, city, year):
    text = head + "\n各县(市、区)人民政府:\n现将有关情况通报如下。本年度全省行政复议工作稳步推进。\n"
    assert read(text, "title") == title
    assert read(text, "report_year") == year
    assert read(text, "province") == "广东省"
    assert read(text, "city") == city


def test_a_path_ending_in_a_year_is_not_joined_to_the_title():
    text = "首页 > 政务公开 > 2024年度\n行政机关负责人出庭应诉情况通报\n2024年,全区行政机关负责人出庭应诉工作持续推进。\n"
    assert read(text, "title") == "行政机关负责人出庭应诉情况通报"


_STUDY = "阳山县2023年度行政复议行政应诉案件统计分析报告"
_STUDY_BODY = "根据有关规定,我办对本县2023年度案件办理情况进行了统计分析。\n一、基本情况\n"

REPEATS = [
    ("repeated wrapped", "阳山县2023年度行政复议行政应诉案件\n\n统计分析报告"),
    ("repeated on one line", _STUDY),
    ("repeated with a word more", "阳山县2023年度行政复议行政应诉案件\n办理情况统计分析报告"),
]


@pytest.mark.parametrize(("case", "repeat"), REPEATS, ids=[c[0] for c in REPEATS])
def test_the_author_under_a_repeated_title_is_the_issuer(case, repeat):
    text = _STUDY + "\n来源:县司法局 发布时间:2024-05-20\n" + repeat + "\n阳山县人民政府行政复议办公室\n" + _STUDY_BODY
    assert read(text, "issuer") == "阳山县人民政府行政复议办公室"


def test_an_addressee_under_a_repeated_title_is_no_author():
    text = (_STUDY + "\n来源:县司法局 发布时间:2024-05-20\n阳山县2023年度行政复议行政应诉案件\n统计分析报告\n"
            "县人民政府:\n" + _STUDY_BODY)
    assert read(text, "issuer") == "阳山县司法局"
