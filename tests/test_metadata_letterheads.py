"""Metadata of more page shapes, each with a twin the rule must leave alone.

A joint letterhead over two lines (the committee, then the government, then the title); a disclosure box naming the
title in its 名称 row; a paper's byline and affiliation under its title, its page's bulleted counts and a date run
into its authors' names; a column's name heading an item; a town's government by its short name, and a town's
committee and government as a yearly report's joint authors; 乡镇, which closes no place; a journal as a page's
source; a report sent up that runs its addressee into its first paragraph. Every sentence below is written for these
tests; bodies and figures are made up (the places that must resolve are real: the region rules read the division
list).
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "\n2023年，全县坚持依法行政，推进法治政府建设取得新成效。现将有关情况报告如下。\n"
_TITLE = "关于2023年度法治政府建设情况的报告"
_JOINT = "中共青禾县委青禾县人民政府" + _TITLE

_BOX = ("索引号：11340000/2024-00012\n发文机关：青禾县人民政府\n成文日期：2024年03月01日\n"
        "名称：青禾县人民政府" + _TITLE + "\n\n2023年，全县坚持依法行政，推进法治政府建设。现将有关情况报告如下。\n")

_PAPER = ("基层司法所的现状与出路\n甲乙 丙丁\n（青禾大学 法学院，湖北 武汉 430079）\n"
          "基层司法所设立已久，承担着人民调解、社区矫正等多项职能，其人员和经费长期不足。\n")

_STAMPED = ("论文网\n青禾县基层调解的实证考察\n• 更新时间2015-10-22\n• 阅读量681次\n• 评分4\n"
            "摘要：基层调解组织长期承担着化解纠纷的职能，其作用不容忽视。\n")
_DATED_PAPER = ("某某问题的演变与思考\n2021-12-03甲乙丙\n"
                "引言\n法治是以民主政治为前提和目标的一种治国方略，其内涵不断丰富。\n")

_TOWN_JOINT = "2023年，白沙镇党委、政府坚持依法行政，推进法治政府建设取得新成效。现将有关情况报告如下。\n一、主要举措\n"

_COLUMN = "数字直击\n2023年，全省共化解矛盾纠纷12.5万件，纠纷化解率达96.2%。\n"
_GENRE_COLUMN = ("法治政府建设年报\n青禾县司法局2023年度法治政府建设工作报告\n发布时间：2024-01-20 09:56\n来源：青禾县人民政府\n"
                 "2023年，县司法局坚持依法行政。\n")
_MENU = "最新资讯\n本站作者\n本站机构\n新闻动态\n近日，青禾大学发布年度评估报告，评估了一百个城市的法治政府建设水平。\n"
_ABOVE_HEADLINE = ("法治要闻\n青禾县行政复议案件同比下降两成\n2024-01-02 09:30 来源：青禾日报\n"
                   "本报讯 记者从县司法局获悉，2023年全县行政复议案件同比下降两成。\n")

CASES = [
    # A joint letterhead over two lines: the committee's line is the title's first; the government issues the report.
    ("a committee's line, the government's, then the title", "中共青禾县委\n青禾县人民政府\n" + _TITLE + _BODY,
     "title", _JOINT),
    ("…the government issues it", "中共青禾县委\n青禾县人民政府\n" + _TITLE + _BODY, "issuer", "青禾县人民政府"),
    ("…the government's line holding the title", "中共青禾县委\n青禾县人民政府" + _TITLE + _BODY, "title", _JOINT),
    ("…issued by the government", "中共青禾县委\n青禾县人民政府" + _TITLE + _BODY, "issuer", "青禾县人民政府"),
    ("…the government by its level alone, which the region completes",
     "中共阳山县委\n县人民政府" + _TITLE + _BODY, "title", "中共阳山县委县人民政府" + _TITLE),
    ("…completed", "中共阳山县委\n县人民政府" + _TITLE + _BODY, "issuer", "阳山县人民政府"),
    ("a department ending in 委 above a government's title is no committee",
     "青禾县卫健委\n青禾县人民政府" + _TITLE + _BODY, "title", "青禾县人民政府" + _TITLE),
    ("a committee's line above a department's title is no joint letterhead",
     "中共青禾县委\n青禾县司法局" + _TITLE + _BODY, "title", "青禾县司法局" + _TITLE),
    # A disclosure box naming the title in its 名称 row: the label is no part of it.
    ("a box's 名称 row is the title", _BOX, "title", "青禾县人民政府" + _TITLE),
    ("…its body issues the report", _BOX, "issuer", "青禾县人民政府"),
    ("…a bulleted row too", _BOX.replace("名称：", "- 名 称：").replace("索引号：", "- 索引号："), "title",
     "青禾县人民政府" + _TITLE),
    ("…a row of a box drawn as a table",
     "索 引 号 | 0001/2024-00001 |\n名 称 | 青禾县司法局2023年法治政府建设年度报告 |\n2023年，县司法局坚持依法行政。\n",
     "title", "青禾县司法局2023年法治政府建设年度报告"),
    ("an empty 名称 row above the heading leaves the heading the title",
     "名称：\n青禾县司法局2023年度工作总结\n2023年，县司法局各项工作取得新成效。\n", "title", "青禾县司法局2023年度工作总结"),
    # A paper's authors and their affiliation under its title: neither is the title, nor do its places place the paper.
    ("a paper's title above its byline and affiliation", _PAPER, "title", "基层司法所的现状与出路"),
    ("…the affiliation's places are not the paper's", _PAPER, "region", (None, None, None)),
    ("…one author by name", _PAPER.replace("甲乙 丙丁", "甲乙丙"), "title", "基层司法所的现状与出路"),
    ("a headline right above an affiliation line stays the title",
     _PAPER.replace("甲乙 丙丁\n", "基层司法所人员配备调查\n"), "title", "基层司法所人员配备调查"),
    # A column's name heading an item: never the title, nor is the site's menu above it.
    ("a column's name above the first paragraph", _COLUMN, "title", None),
    ("…nor the menu above a column's name", _MENU, "title", None),
    ("…the headline below a column's name is the title", _ABOVE_HEADLINE, "title", "青禾县行政复议案件同比下降两成"),
    ("a column named by its items' genre above a report's own title", _GENRE_COLUMN, "title",
     "青禾县司法局2023年度法治政府建设工作报告"),
    ("…below a site's toolbar", "无障碍浏览 长者模式\n" + _GENRE_COLUMN, "title", "青禾县司法局2023年度法治政府建设工作报告"),
    ("…its items' kind too", _GENRE_COLUMN.replace("法治政府建设年报", "统计数据"), "kind", "annual_report"),
    ("…and the report's body is its issuer, not the site's", _GENRE_COLUMN.replace("法治政府建设年报", "年度报告"),
     "issuer", "青禾县司法局"),
    ("a headline ending in a column's word is a title",
     _COLUMN.replace("数字直击", "青禾县法律援助工作新动态"), "title", "青禾县法律援助工作新动态"),
    # A town's government by its short name is the town's 人民政府.
    ("a town's government in a title", "白沙镇政府2023年法治政府建设工作情况报告\n2023年，白沙镇坚持依法行政。\n",
     "issuer", "白沙镇人民政府"),
    ("…a township's in an opening", "2023年，白沙乡政府坚持依法行政，推进法治政府建设取得新成效。\n",
     "issuer", "白沙乡人民政府"),
    ("…the full name stays as written", "白沙镇人民政府2023年法治政府建设工作情况报告\n2023年，白沙镇坚持依法行政。\n",
     "issuer", "白沙镇人民政府"),
    ("…a street office is not a government", "青禾街道办事处2023年法治政府建设工作情况报告\n2023年，青禾街道坚持依法行政。\n",
     "issuer", "青禾街道办事处"),
    # A town's committee and government as a yearly report's joint authors: the town's report, named by its place.
    ("a town's committee and government", _TOWN_JOINT, "issuer", "白沙镇人民政府"),
    ("…by its office's name where the text spells it out", _TOWN_JOINT + "白沙镇人民政府严格落实法律顾问制度。\n", "issuer",
     "白沙镇人民政府"),
    ("…a street's working committee and office", _TOWN_JOINT.replace("白沙镇党委、政府", "青禾街道党工委、办事处"), "issuer",
     "青禾街道办事处"),
    ("…a town's committee alone stays the committee", _TOWN_JOINT.replace("党委、政府", "党委"), "issuer", "白沙镇党委"),
    # 乡镇 closes no place: townships' governments in general are no body.
    ("乡镇政府 in a paper's title is no issuer",
     "撤乡并镇背景下乡镇政府职能转变的思考\n近年来，各地推进撤乡并镇改革，乡镇政府的职能随之调整。\n", "issuer", None),
    ("…a township's own government is one",
     "白沙乡人民政府2023年法治政府建设工作情况报告\n2023年，白沙乡坚持依法行政。\n", "issuer", "白沙乡人民政府"),
    # A paper's page: its counts and stamps as a bulleted list, its date run into its authors' names; neither is the title.
    ("a paper page's bulleted counts", _STAMPED, "title", "青禾县基层调解的实证考察"),
    ("…a bulleted count of cases is no stamp (its bullet no part of the headline)",
     _STAMPED.replace("• 更新时间2015-10-22\n", "• 全县调解纠纷1200件\n"), "title", "全县调解纠纷1200件"),
    ("a paper page's date run into its authors' names", _DATED_PAPER, "title", "某某问题的演变与思考"),
    ("…a headline after a date is read",
     "2024-01-05青禾县召开全县行政复议规范化建设推进会\n2024年1月5日，青禾县召开推进会，部署全年工作任务。\n", "title",
     "2024-01-05青禾县召开全县行政复议规范化建设推进会"),
    # A journal named as a page's source is no newspaper.
    ("a journal as source", _PAPER + "来源：青禾大学学报\n", "kind", "other"),
    ("…a newspaper as source", _PAPER + "来源：青禾日报\n", "kind", "news"),
    # A report sent up runs its addressee into its first paragraph: the addressee does not issue it.
    ("an addressee before the opening", ("2023年度法治政府建设情况报告\n青禾县人民政府：2023年，白沙镇坚持依法行政，"
     "推进法治政府建设取得新成效。现将有关情况报告如下。\n白沙镇人民政府严格落实法律顾问制度。\n"), "issuer", "白沙镇人民政府"),
    ("…addressees listed", ("2023年度法治政府建设情况报告\n县委、县政府：2023年，白沙镇坚持依法行政，"
     "推进法治政府建设取得新成效。现将有关情况报告如下。\n白沙镇人民政府严格落实法律顾问制度。\n"), "issuer", "白沙镇人民政府"),
    ("…a body's words before a colon are no addressee", ("2023年度法治政府建设情况报告\n青禾县司法局坚持三项原则：依法、"
     "公开、高效，推进法治政府建设取得新成效。\n"), "issuer", "青禾县司法局"),
]


@pytest.mark.parametrize(("case", "text", "name", "expected"), CASES, ids=[c[0] for c in CASES])
def test_metadata_fields(case, text, name, expected):
    assert read(text, name) == expected
