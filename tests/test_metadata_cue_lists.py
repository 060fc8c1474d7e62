"""Metadata of more page shapes, each with a twin the rule must leave alone, and the word lists metadata reads from
the catalog's [metadata.cues].

A column's name, a paper's byline, a town's committee joined to its government and a party committee's own organ are
cues a user may read and extend; a disclosure box drawing its labels in brackets inside a table's cells, or parting them from their values by
spaces alone; a yearbook
database's catalogue labels of any depth; a document-sharing site's banner run into the title; a yearbook entry under
a subject heading without brackets, told by its entries opening with the year and with 年内. Every sentence below is
written for these tests; bodies and figures are made up (the places that must resolve are real: the region rules read
the division list).
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_ITEM = "\n发布时间:2024-01-05\n本报讯 1月4日,青禾县律师协会召开会员大会,全县执业律师已达一千人。\n"
_SITE = "青禾司法行政工作网\n"
_PAPER = "\n(青禾大学 法学院, 青禾省 青禾市 100000)\n行政复议是化解行政争议的主渠道。本文从制度设计出发,分析其运行现状。\n"
_DONE = "坚持依法行政,推进法治政府建设取得新成效。现将有关情况报告如下。\n一、主要举措\n"
_REPORT = "\n2023年,全县" + _DONE
_TOWN = "2023年法治政府建设工作情况报告\n2023年,青禾镇党委、政府" + _DONE
_BOX = ("[ 索引号 ] 000000/2026-00001\n[ 发文字号 ]\n[ 主题分类 ] 司法 [ 体裁分类 ] 工作报告\n"
        "[ 发布机构 ] 阳山县白沙镇人民政府\n[ 有效性 ]\n[ 成文日期 ] 2026-01-20 [ 发布日期 ] 2026-02-03\n\n")
_SPACED_BOX = "索  引  号 000000/2026-00001 公开方式 主动公开\n发布机构 阳山县白沙镇人民政府 主题分类 法治政府建设\n有效性 有效\n"
_TITLE = "阳山县白沙镇人民政府2025年法治政府建设情况报告"
_OPENING = "\n2025年,白沙镇" + _DONE
_UNNAMED = "\n2025年,全镇" + _DONE
_BANNER = "某某之家—全网资源每日更新www.example.com"
_ENTRIES = "【司法行政】\n【概況】 2020年，市司法局轄司法所15個。\n【人民調解】 年內，全市調解糾紛7 412件。\n"
_PROVINCE = "青禾省人民政府关于2023年度法治政府建设情况的报告"
_PROVINCE_OPENING = "\n2023年,省政府" + _DONE
_ENTRY = "2023年,青禾市司法局内设科室8个,下辖司法所12个,有干部职工160人。全年办理法律援助案件1200件。\n"

CASES = [
    # A column's name above the headline: what is above it is the site's chrome.
    ("a column's name clears the site's name above it", _SITE + "法治要闻\n我县律师人数已达一千人" + _ITEM, "title",
     "我县律师人数已达一千人"),
    ("…another column word", _SITE + "基层传真\n我县律师人数已达一千人" + _ITEM, "title", "我县律师人数已达一千人"),
    ("…a headline on the work is no column", _SITE + "全县调解工作动态分析\n我县律师人数已达一千人" + _ITEM, "title",
     "青禾司法行政工作网"),
    # A paper's byline right above its authors' affiliation line is no title.
    ("a byline above the affiliation line", "论行政复议的主渠道作用\n张明华" + _PAPER, "title", "论行政复议的主渠道作用"),
    ("…names spaced out", "论行政复议的主渠道作用\n张明 李华 王强" + _PAPER, "title", "论行政复议的主渠道作用"),
    ("…a headline of more words is the title", "行政复议主渠道作用的实证考察" + _PAPER, "title", "行政复议主渠道作用的实证考察"),
    # A town's committee joined to its government: the town's yearly report.
    ("a town's committee and government", _TOWN, "issuer", "青禾镇人民政府"),  # the government the committee heads
    ("…a street's working committee and office", _TOWN.replace("青禾镇党委、政府", "青禾街道党工委和办事处"), "issuer",
     "青禾街道办事处"),  # the office the committee heads
    ("…a town's committee alone stays the committee", _TOWN.replace("党委、政府", "党委"), "issuer", "青禾镇党委"),
    # …its government saying the town's level again, short or in full, after a mark or a space
    ("…the government after its level word", _TOWN.replace("党委、政府", "党委、镇政府"), "issuer", "青禾镇人民政府"),
    ("…a township's, in full after a space", _TOWN.replace("青禾镇党委、政府", "白水乡党委 乡人民政府"), "issuer",
     "白水乡人民政府"),
    ("…a street's office after its level word", _TOWN.replace("青禾镇党委、政府", "青禾街道党工委、街道办事处"), "issuer",
     "青禾街道办事处"),
    ("…as a title's joint authors", "白水乡党委、乡政府关于2023年度法治政府建设情况的报告\n2023年,我乡" + _DONE, "issuer",
     "白水乡人民政府"),
    ("…a town's committee and another of its committees stays the committee",
     "青禾镇党委、镇纪委2023年度工作报告\n2023年,我镇" + _DONE, "issuer", "青禾镇党委"),
    # A party committee's own organ after its name authors the report.
    ("a committee's organ before the year", "阳山县委依法治县办2023年度法治政府建设情况报告" + _REPORT, "issuer",
     "阳山县委依法治县办"),
    ("…the committee alone authors its own", "中共阳山县委关于2023年度法治政府建设情况的报告" + _REPORT, "issuer",
     "中共阳山县委"),
    # A disclosure box of bracketed labels, empty cells and a table's bars included, is no title.
    ("a bracketed box's empty 发文字号 is no title", _BOX + _TITLE + _OPENING, "title", _TITLE),
    ("…nor a row of the box drawn as a table", "".join("| " + line.replace("] ", "] | ") + " |\n"
                                                       for line in _BOX.strip().split("\n")) + _TITLE + _OPENING,
     "title", _TITLE),
    ("…a bracketed word that is no box's label stays", "[ 阳山白沙 ]\n" + _TITLE + _OPENING, "title", _TITLE),
    ("…the box still names the publisher", _BOX + _TITLE + _OPENING, "published", "2026-02-03"),
    # …or its cells parted by spaces alone: a label opening a row opens no title, and 发布机构 names the publisher.
    ("a box row parted by spaces is no title", _SPACED_BOX + _TITLE + _OPENING, "title", _TITLE),
    ("…its number's row neither", "文号 白政〔2026〕1号 发布机构 阳山县白沙镇人民政府\n" + _TITLE + _OPENING, "title", _TITLE),
    ("…a title opening with such a word stays", "主题教育成果分类汇编工作报告" + _OPENING, "title", "主题教育成果分类汇编工作报告"),
    ("…the box's 发布机构 names the publisher of an untitled page", _SPACED_BOX + _UNNAMED.lstrip("\n"), "issuer",
     "阳山县白沙镇人民政府"),
    ("…a 来源 parted by a space alone names none", "来源 阳山县白沙镇人民政府" + _UNNAMED, "issuer", None),
    ("…nor does a sentence naming a 发布机构", "本页的发布机构为阳山县白沙镇人民政府。" + _UNNAMED, "issuer", None),
    # A yearbook database's catalogue labels of any depth are furniture: the entry's one 【topic】 titles it.
    ("a third-level label", "书名:\n一级目:政治\n二级目:法治\n三级目:政法综治\n【概况】 2023年,全县政法各部门坚持依法履职,社会大局稳定。\n",
     "title", "概况"),
    ("…and makes a yearbook page", "书名:\n三级目:司法行政\n全年,全县调解纠纷500件,调解成功率98%。\n", "kind", "yearbook"),
    ("…a heading of the work is no label", "司法行政三级目录\n全年,全县调解纠纷500件,调解成功率98%。\n", "kind", "other"),
    # …and so is the volume's category path (卷目:政治 > 法治建设) above the entry's levels.
    ("a volume's category path", "卷目：政治　＞　法治建设\n一级目：法治政府建设\n【行政复议】 年内，区复议机构收到行政复议申请80件。\n",
     "title", "行政复议"),
    ("…alone makes a yearbook page", "卷目：政治 > 法治\n全年,全县调解纠纷500件,调解成功率98%。\n", "kind", "yearbook"),
    ("…a title opening with the word stays", "卷目整理工作报告\n全年,全县调解纠纷500件,调解成功率98%。\n", "title", "卷目整理工作报告"),
    # A mirror's switch between its scripts, or its choice of language, is furniture above the entry's heading.
    ("a script switch", "繁體 | 简体\n" + _ENTRIES, "title", "司法行政"),
    ("…or a choice of language", "語言選擇：中文 English\n" + _ENTRIES, "title", "司法行政"),
    ("…a title naming the scripts stays", "简体繁体转换工作报告\n全年,全县调解纠纷500件,调解成功率98%。\n", "title",
     "简体繁体转换工作报告"),
    # A document-sharing site's banner ending with its web address, run into the title: furniture.
    ("a banner run into a title glued to its opening", _BANNER + _PROVINCE + _PROVINCE_OPENING.lstrip("\n"), "title",
     _PROVINCE),
    ("…the title names its author then", _BANNER + _PROVINCE + _PROVINCE_OPENING.lstrip("\n"), "issuer", "青禾省人民政府"),
    ("…a banner with spaces on the title's line", "某某范文网 www.example.net " + _PROVINCE + _PROVINCE_OPENING, "title",
     _PROVINCE),
    ("…an address after the title's 关于 is the title's",
     "青禾省司法厅关于开通www.example.com法律服务网站的通知" + _PROVINCE_OPENING, "title",
     "青禾省司法厅关于开通www.example.com法律服务网站的通知"),
    ("…so is a government's site", "我县开通www.example.gov.cn政务公开专栏" + _PROVINCE_OPENING, "title",
     "我县开通www.example.gov.cn政务公开专栏"),
    # A yearbook entry under a subject heading without brackets: an entry opening with the year, the next with 年内.
    ("a heading over a year's entry and one opening with 年内", "司法行政\n" + _ENTRY + "年内,全市新建司法所业务用房5处。\n",
     "kind", "yearbook"),
    ("…blank lines between, another subject", "依法治县\n\n2023年,县委依法治县办组织开展法治督察2次。\n\n年内,全县新建法治文化阵地12个。\n",
     "kind", "yearbook"),
    ("…the year in words", "行政复议\n二〇二三年,市政府收到行政复议申请214件,审结189件。\n年内,新建行政复议基层服务点6个。\n",
     "kind", "yearbook"),
    ("…its title is the heading", "司法行政\n" + _ENTRY + "年内,全市新建司法所业务用房5处。\n", "title", "司法行政"),
    ("…its author is none", "司法行政\n" + _ENTRY + "年内,全市新建司法所业务用房5处。\n", "issuer", None),
    ("…a heading over one entry is not told", "司法行政\n" + _ENTRY, "kind", "other"),
    ("…a report under a short heading goes on with its work", "法治政府建设\n2023年,全县" + _DONE, "kind", "annual_report"),
    ("…nor is a report's paragraph opening with 全年",
     "法治政府建设\n2023年,全县坚持依法行政,推进法治政府建设。\n全年,全县办理行政复议案件120件。\n", "kind", "other"),
    ("…nor a numbered heading over them", "一、主要举措\n2023年,全县坚持依法行政。\n年内,完成立法项目2件。\n", "kind", "other"),
]


@pytest.mark.parametrize(("case", "text", "name", "expected"), CASES, ids=[c[0] for c in CASES])
def test_metadata_fields(case, text, name, expected):
    assert read(text, name) == expected


def test_a_column_word_added_to_the_catalog_is_read(use_catalog):
    text = _SITE + "法治观察\n我县律师人数已达一千人" + _ITEM
    assert read(text, "title") == "青禾司法行政工作网"
    use_catalog(lambda catalog: catalog.replace("column_word = ['直击', ", "column_word = ['观察', '直击', ", 1))
    assert read(text, "title") == "我县律师人数已达一千人"


def test_an_organ_word_added_to_the_catalog_is_read(use_catalog):
    text = "阳山县委依法治县领导小组2023年度法治政府建设情况报告" + _REPORT
    assert read(text, "issuer") != "阳山县委依法治县领导小组"
    use_catalog(lambda catalog: catalog.replace("committee_organ_end = ['委员会', ", "committee_organ_end = ['小组', '委员会', ", 1))
    assert read(text, "issuer") == "阳山县委依法治县领导小组"
