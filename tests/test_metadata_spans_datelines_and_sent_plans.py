"""Reports over a span of years, datelines giving the place of writing, plans laid before a body in a report's words,
page controls run onto a title's line, a cover under a title: each rule with a text it must decide and a twin it must not.

Every text below is written for these tests; the places, bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as field

from lawreport import extract

_SIGNED = "青禾县司法局2024年法治政府建设情况报告\n\n2024年，县司法局深入推进依法行政，办理公证1200件。\n\n青禾县司法局\n"

CASES = [
    # --- a report over a span ------------------------------------------------------------------------------------
    ("a statement of a span since a year gives no year, though a paragraph opens with it",
     ("关于法治政府建设情况的报告\n\n现将2009年以来我县法治政府建设情况报告如下：\n\n一、主要成效\n"
      "2009年以来，县政府不断完善依法行政制度。\n"), "report_year", None),
    ("a statement of one year gives that year",
     ("关于法治政府建设情况的报告\n\n现将2023年我县法治政府建设情况报告如下：\n\n一、主要成效\n"
      "2009年以来，县政府不断完善依法行政制度。\n"), "report_year", 2023),
    ("a statement of a span between two years gives no year",
     ("关于法治政府建设情况的报告\n\n现将2019年至2023年全县法治政府建设情况报告如下：\n\n一、主要成效\n"
      "2019年，县政府出台依法行政制度。\n"), "report_year", None),
    ("a span since a year stated in a page dated that year is the year's report",
     ("关于法治政府建设情况的报告\n发布日期：2023-12-20\n现将2023年以来全县法治政府建设情况报告如下：\n\n一、主要成效\n"
      "2023年以来，县政府出台依法行政制度。\n"), "report_year", 2023),
    ("a span stated in a page dated years later gives no year",
     ("关于法治政府建设情况的报告\n发布日期：2024-09-20\n现将2021年以来全县法治政府建设情况报告如下：\n\n一、主要成效\n"
      "2021年以来，县政府出台依法行政制度。\n"), "report_year", None),
    ("a court's head reporting a span to a congress gives no year",
     ("青禾市中级人民法院院长 李明\n主任、各位副主任、各位委员：\n我代表市中级人民法院报告2012年以来行政审判工作情况，请审议。\n"
      "2012年以来，全市法院审结一审行政案件3200件。\n"), "report_year", None),
    ("a title naming a span gives no year, though the opening starts with the span's first year",
     "关于2016年以来青禾县法治政府建设情况的报告\n\n2016年以来，县政府不断完善依法行政制度。\n\n一、主要成效\n出台规定。\n",
     "report_year", None),
    ("an untitled opening with a span since a year stays the yearly report's year",
     "县人民政府：\n2022年以来，县司法局坚持依法行政，法治政府建设取得新成效。\n\n一、主要成效\n出台规定。\n",
     "report_year", 2022),
    ("a news lead's year right after where the reporter learned it is the year reported on",
     ("全省司法行政工作会议召开\n本报讯 记者从今天召开的全省司法行政工作会议上了解到，2024年司法行政工作取得新成效。"
      "全省调解矛盾纠纷5万件。\n"), "report_year", 2024),
    ("…not a span opening there",
     ("全省司法行政工作会议召开\n本报讯 记者从今天召开的全省司法行政工作会议上了解到，2021年以来司法行政工作取得新成效。"
      "全省调解矛盾纠纷5万件。\n"), "report_year", None),
    ("an untitled year's summary whose opening says the results are evident is the year's report",
     ("2024年，青禾区司法行政系统扎实推进法治政府建设，各项工作稳步推进、成效明显。\n一、2024年工作总结\n"
      "（一）加强党建。开展学习96次。\n"), "kind", "annual_report"),
    ("…not one whose opening tells no result above a heading naming the work alone",
     ("2024年，青禾区司法行政系统扎实推进法治政府建设，各项工作稳步推进。\n一、深入推进法治政府建设\n"
      "（一）加强党建。开展学习96次。\n"), "kind", "other"),
    # --- the author after who led and guided -------------------------------------------------------------------
    ("a street office after two clauses of who led and guided is the author",
     ("2024年以来，在区委、区政府的坚强领导下，在区委依法治区办的正确指导下，青石街道坚持依法行政，取得新成效。"
      "现将2024年工作情况报告如下：\n一、主要成效\n出台规定。\n"), "author", "青石街道"),
    ("…and after three",
     ("2024年以来，在区委的坚强领导下，在区政府的大力支持下，在区委依法治区办的正确指导下，青石街道坚持依法行政，"
      "取得新成效。现将2024年工作情况报告如下：\n一、主要成效\n出台规定。\n"), "author", "青石街道"),
    ("…not after a clause that tells no one leading",
     ("2024年以来，在区委的坚强领导下，在各部门的共同努力中，青石街道坚持依法行政，"
      "取得新成效。现将2024年工作情况报告如下：\n一、主要成效\n出台规定。\n"), "issuer", None),
    # --- a dateline closing the report ---------------------------------------------------------------------------
    ("a dateline with the place of writing dates the report", _SIGNED + "2025年3月18日于青禾\n", "published", "2025-03-18"),
    ("…in brackets too", _SIGNED + "（2025年3月18日于青禾县）\n", "published", "2025-03-18"),
    ("a line telling of an event held at a place on a day is no dateline",
     _SIGNED + "2025年3月18日于青禾召开\n", "published", None),
    ("a print record closing the document dates it",
     "青禾县人民政府关于2024年度法治政府建设情况的报告\n\n2024年，县政府坚持依法行政。\n\n青禾县人民政府办公室　　2025年3月10日印发\n",
     "published", "2025-03-10"),
    ("an office's meeting on a day closing the text is no print record",
     "青禾县人民政府关于2024年度法治政府建设情况的报告\n\n2024年，县政府坚持依法行政。\n\n青禾县人民政府办公室　　2025年3月10日召开会议\n",
     "published", None),
    ("a comment's stamp below the readers' comments header dates no page",
     ("青禾县行政复议工作取得新进展\n县司法局推进行政复议工作，全年办结案件120件。\n网友评论\n"
      "青禾网友\n2024-12-08 06:50:45 回复\n"), "published", None),
    ("…a stamp above it dates the page",
     ("青禾县行政复议工作取得新进展\n2024-12-06 09:30:00\n县司法局推进行政复议工作，全年办结案件120件。\n网友评论\n"
      "青禾网友\n2024-12-08 06:50:45 回复\n"), "published", "2024-12-06"),
    # --- a plan laid before a body in a report's words -----------------------------------------------------------
    ("a plan stated as reported is a plan",
     "县委：\n现将我县法治政府建设实施方案（2021—2025年）报告如下：\n一、总体要求\n到2025年，法治政府基本建成。\n",
     "kind", "plan"),
    ("a plan's main content reported is a plan",
     "县人民政府：\n县司法局起草了我县法治政府建设规划，现将规划主要内容报告如下：\n一、总体目标\n到2025年，法治政府基本建成。\n",
     "kind", "plan"),
    ("how a plan went reported is the year's report",
     "县人民政府：\n现将我县法治政府建设规划实施情况报告如下：\n一、主要成效\n2023年，县政府出台制度。\n二、存在问题\n三、下一步打算\n",
     "kind", "annual_report"),
    ("a year's review reported before the next year's plan is the year's report",
     "县委：\n现将2023年工作总结和2024年工作计划报告如下：\n一、2023年工作成效\n2023年，县司法局出台制度。\n",
     "kind", "annual_report"),
    ("a plan's own preamble run into its report's words is a plan",
     "县委：\n根据上级要求，结合我县实际，制定本方案，现报告如下：\n一、总体要求\n到2025年，法治政府基本建成。\n", "kind", "plan"),
    ("a report sending a plan up is a plan",
     "关于报送《青禾县法治政府建设实施方案（2021-2025年）》的报告\n\n县人民政府：\n现将我局起草的方案报送如下。\n一、总体要求\n",
     "kind", "plan"),
    ("a report sending how a plan went is the year's report",
     "关于报送《青禾县2023年法治政府建设工作要点完成情况》的报告\n\n县人民政府：\n现将完成情况报告如下：\n一、主要成效\n",
     "kind", "annual_report"),
    # --- a town or street office named after a title's year ------------------------------------------------------
    ("a street office after the title's year authors the yearly report",
     "2023年青石街道法治政府建设年度报告\n2023年，街道坚持依法行政，取得新成效。\n", "author", "青石街道"),
    ("…and a town",
     "2024年白沙镇法治政府建设工作总结\n2024年，全镇坚持依法行政，取得新成效。\n白沙镇政府严格落实法律顾问制度。\n", "issuer",
     "白沙镇人民政府"),
    ("a headline on a town's event after the year names no author",
     "2024年白沙镇开展普法宣传活动\n2024年，全镇坚持依法行政，取得新成效。\n", "issuer", None),
    ("two towns after the year name no one author",
     "2024年白沙镇和青石镇法治政府建设工作总结\n2024年，两镇坚持依法行政，取得新成效。\n", "issuer", None),
    # --- a cover under the title --------------------------------------------------------------------------------
    ("a cover's year in brackets under the title is the report's year",
     "行政审判白皮书\n（2023）\n青禾市中级人民法院\n2024年5月\n前言\n全市法院依法履职。\n", "report_year", 2023),
    ("…with 年度 too",
     "行政审判白皮书\n（2023年度）\n青禾市中级人民法院\n2024年5月\n前言\n全市法院依法履职。\n", "report_year", 2023),
    ("a span in brackets under the title is no year",
     "行政审判白皮书\n（2021-2023）\n青禾市中级人民法院\n2024年5月\n前言\n全市法院依法履职。\n", "report_year", None),
    ("a cover's body above its month is the author",
     "行政审判白皮书\n（2023）\n青禾市中级人民法院\n2024年5月\n前言\n全市法院依法履职。\n", "issuer", "青禾市中级人民法院"),
    ("…without a year line, dated in Chinese digits",
     "行政审判白皮书\n青禾市中级人民法院\n二〇二四年五月\n前言\n全市法院依法履职。\n", "issuer", "青禾市中级人民法院"),
    ("a body under the cover's year with no date below is no cover's",
     "行政审判白皮书\n（2023）\n青禾市中级人民法院\n前言\n全市法院依法履职。\n一、基本情况\n审结案件三百件。\n二、主要问题\n部分机关应诉不积极。\n",
     "issuer", None),
    # --- page controls on the title's line -----------------------------------------------------------------------
    ("sharing buttons after the title are no part of it",
     "青禾县2023年度法治政府建设情况报告 分享到：微信 微博\n2023年，青禾县坚持依法行政。\n",
     "title", "青禾县2023年度法治政府建设情况报告"),
    ("print and close links after the title are no part of it",
     "青禾县2023年度法治政府建设情况报告 【打印本页】 【关闭窗口】\n2023年，青禾县坚持依法行政。\n",
     "title", "青禾县2023年度法治政府建设情况报告"),
    ("a column before the bar 丨 heads the headline as the page publishes it, kept",
     "法治聚焦丨青禾县2023年度法治政府建设情况报告\n2023年，青禾县坚持依法行政。\n",
     "title", "法治聚焦丨青禾县2023年度法治政府建设情况报告"),
    ("a body before the bar is the title's author, kept",
     "青禾县司法局丨关于2023年度法治政府建设情况的报告\n2023年，县司法局坚持依法行政。\n",
     "title", "青禾县司法局丨关于2023年度法治政府建设情况的报告"),
    ("a title's words after a space are kept",
     "青禾县2023年度法治政府建设情况报告 （摘要）\n2023年，青禾县坚持依法行政。\n",
     "title", "青禾县2023年度法治政府建设情况报告 （摘要）"),
]


@pytest.mark.parametrize("name, text, field_name, expected", CASES, ids=[c[0] for c in CASES])
def test_metadata_rule(name, text, field_name, expected):
    assert field(text, field_name) == expected


def test_a_dateline_date_is_evidenced_without_its_place():
    text = _SIGNED + "2025年3月18日于青禾\n"
    evidence = extract(text).model_dump()["metadata_evidence"]["published"]
    assert evidence["text"] == "2025年3月18日"
    assert text[evidence["start"]:evidence["end"]] == evidence["text"]


def test_a_trimmed_title_is_evidenced_in_the_original():
    text = "青禾县2023年度法治政府建设情况报告　分享到：微信\n2023年，青禾县坚持依法行政。\n"
    evidence = extract(text).model_dump()["metadata_evidence"]["title"]
    assert text[evidence["start"]:evidence["end"]] == "青禾县2023年度法治政府建设情况报告"
