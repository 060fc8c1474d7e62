"""Metadata cues for the forms real report pages write their headers in, each with a twin it must not read.

Portal news whose author runs into the next label or whose editor closes the page, a disclosure box drawn
as a table, a date line under a title, a title counting years, a headline planning this year's work, a
yearbook entry behind its category path. Every text below is written for these tests; the places, bodies
and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

from lawreport.catalog import get_catalog

CASES = [
    # --- news: a press marker in the form a portal writes it -----------------------------
    ("an author run into the next label is still an author",
     ("桐岭区开展宪法宣传进社区活动\n时间：2024-06-03 10:20作者：陈晓岚源自：桐岭区司法局\n"
     "6月1日，区司法局工作人员走进社区，向居民发放宣传资料三百余份。"), "kind", "news"),
    ("源自 names the item's publisher",
     ("桐岭区开展宪法宣传进社区活动\n时间：2024-06-03 10:20作者：陈晓岚源自：桐岭区司法局\n"
     "6月1日，区司法局工作人员走进社区，向居民发放宣传资料三百余份。"), "issuer", "桐岭区司法局"),
    ("源自 in a sentence is no label",
     "雁川市调解经验交流材料\n这一调解方法源自雁川市的一个村，后来在全市推广，化解纠纷效果明显。", "issuer", None),
    ("an editor named makes a news item",
     "青岚县法律援助工作站覆盖全部乡镇\n全县已建成法律援助工作站十二个，今年以来解答群众咨询四百余人次。\n编辑：林晓",
     "kind", "news"),
    ("a site's account as editor does not",
     "青岚县法律援助工作站覆盖全部乡镇\n全县已建成法律援助工作站十二个，今年以来解答群众咨询四百余人次。\n编辑：admin",
     "kind", "other"),
    ("a reviewer named makes a news item",
     "青岚县召开行政执法协调监督推进会\n县政府分管负责同志出席会议并讲话，各执法部门负责人参加会议。\n终审：周青禾",
     "kind", "news"),
    ("an office as editor does not",
     ("邻里漏水起纠纷 调解员上门化心结\n发布日期：2024-05-20 10:17  来源：桐岭区司法局  编辑：白鹭湾司法所\n"
     "【案情简介】某小区两户居民因楼上漏水发生争执，多次协商未果。"), "kind", "case_study"),
    ("an empty 责任编辑 of a page's template does not",
     ("桐岭区司法局2023年法治政府建设年度报告\n来源：桐岭区司法局 责任编辑： 发布时间：2024-01-22\n"
     "2023年，区司法局坚持依法行政，各项工作取得新成效。"), "kind", "annual_report"),
    ("a named 责任编辑 does",
     ("桐岭区司法局开展法律明白人培训\n来源：桐岭区司法局 责任编辑：林小岚 发布时间：2024-01-22\n"
     "区司法局近日举办培训班，八十名法律明白人参加。"), "kind", "news"),
    ("reporters credited in parentheses after the last sentence make a news item",
     "青岚县实现村级调解室全覆盖\n全县一百二十个村均已建成调解室，今年以来调解矛盾纠纷六百余件。（陈岚 周青）",
     "kind", "news"),
    ("a reporter credited on the line below the text makes one too",
     "青岚县实现村级调解室全覆盖\n全县一百二十个村均已建成调解室，今年以来调解矛盾纠纷六百余件。\n\n（陈晓岚）",
     "kind", "news"),
    ("a body credited in parentheses is no reporter",
     "青岚县实现村级调解室全覆盖\n全县一百二十个村均已建成调解室，今年以来调解矛盾纠纷六百余件。（青岚县司法局）",
     "kind", "other"),
    ("a sign-off's (盖章) is no reporter",
     "青岚县司法局关于报送调解员名单的函\n县人民调解委员会：\n现将我局调解员名单报送你们，请予审核。\n（盖章）",
     "kind", "other"),
    ("a title's (试行) is no reporter",
     "青岚县行政执法公示办法\n（试行）\n第一条 为规范行政执法公示工作，制定本办法。", "kind", "other"),
    # --- news: loose press cues that are none --------------------------------------------
    ("a 范文 site's reader as 来源 makes no news item",
     "2023年度法治政府建设工作总结\n时间：2023-12-20 11:05 来源：网友投稿\n2023年，我局坚持依法行政，各项工作取得新成效。",
     "kind", "annual_report"),
    ("a paper as 来源 still does",
     "青岚县法律援助惠及困难群众\n时间：2023-12-20 11:05 来源：青岚日报\n今年以来，县法律援助中心办理案件三百余件。",
     "kind", "news"),
    # --- the page's date --------------------------------------------------------------------
    ("发布于 labels the page's date",
     "青岚县人大常委会调研公共法律服务工作\n（发布于：2024-04-09 15:30）\n4月9日，县人大常委会调研组到县司法局调研。",
     "published", "2024-04-09"),
    ("发布于 in a sentence labels nothing",
     "青岚县行政执法公示办法解读\n该办法发布于2019年，规定了行政执法公示的范围和程序。", "published", None),
    ("a body and a date in words under the title date the page",
     ("《青岚县人民政府关于2023年度法治政府建设情况的报告》解读\n青岚县人民政府 2024年02月06日\n"
     "一、起草背景。根据有关规定，县政府每年报告上一年度法治政府建设情况。"), "published", "2024-02-06"),
    ("a body and a date opening a sentence are no date line",
     "青岚县法治政府建设推进情况\n青岚县人民政府 2024年02月06日召开常务会议，研究部署法治政府建设工作。",
     "published", None),
    # (an attachment follows, so the date stands in mid-text, not among the last lines)
    ("a date right below a notice's closing sentence dates it, though no body signs it",
     ("青岚县司法局关于印发\n2024年普法依法治理工作要点的通知\n各乡镇司法所：\n"
      "现将《2024年普法依法治理工作要点》印发给你们，请结合实际抓好落实。\n2024年3月5日\n"
      "2024年普法依法治理工作要点\n一、深入学习宣传习近平法治思想\n（一）组织专题学习。各司法所每季度至少组织一次集中学习。\n"
      "责任单位：县司法局普法科。\n二、深化重点法律法规宣传\n（二）开展宪法宣传周活动。\n责任单位：各乡镇司法所。"), "published", "2024-03-05"),
    ("a date below a sentence that closes no notice dates nothing",
     ("青岚县司法局关于印发\n2024年普法依法治理工作要点的通知\n各乡镇司法所：\n"
      "现将《2024年普法依法治理工作要点》印发给你们，全年任务分为四个阶段。\n2024年3月5日\n"
      "2024年普法依法治理工作要点\n一、深入学习宣传习近平法治思想\n（一）组织专题学习。各司法所每季度至少组织一次集中学习。\n"
      "责任单位：县司法局普法科。\n二、深化重点法律法规宣传\n（二）开展宪法宣传周活动。\n责任单位：各乡镇司法所。"), "published", None),
    # --- a disclosure box drawn as a table or in brackets -----------------------------------
    ("a box's publishing date after a bar dates the page, not its signing date",
     ("发布机构 | 青岚县司法局 |\n成文日期 | 2024-03-01 | 发布日期 | 2024-03-12 |\n"
     "标 题 | 青岚县司法局关于印发2024年普法依法治理工作要点的通知 |\n各乡镇司法所：\n"
     "现将《2024年普法依法治理工作要点》印发给你们，请认真贯彻执行。"), "published", "2024-03-12"),
    ("a box's 发布机构 after a bar names the issuer",
     ("发布机构 | 青岚县司法局 |\n成文日期 | 2024-03-01 | 发布日期 | 2024-03-12 |\n"
     "标 题 | 青岚县司法局关于印发2024年普法依法治理工作要点的通知 |\n各乡镇司法所：\n"
     "现将《2024年普法依法治理工作要点》印发给你们，请认真贯彻执行。"), "issuer", "青岚县司法局"),
    ("a box's title row keeps neither its label nor its bar",
     ("发布机构 | 青岚县司法局 |\n成文日期 | 2024-03-01 | 发布日期 | 2024-03-12 |\n"
     "标 题 | 青岚县司法局关于印发2024年普法依法治理工作要点的通知 |\n各乡镇司法所：\n"
     "现将《2024年普法依法治理工作要点》印发给你们，请认真贯彻执行。"),
     "title", "青岚县司法局关于印发2024年普法依法治理工作要点的通知"),
    ("a bracketed box names the issuer",
     ("[ 发布机构 ] 桐岭区人民政府办公室    [ 发布日期 ] 2024-03-28\n桐岭区法治政府建设情况通报\n"
     "各街道办事处，区政府各部门：现将有关情况通报如下。"), "issuer", "桐岭区人民政府办公室"),
    ("…and dates the page",
     ("[ 发布机构 ] 桐岭区人民政府办公室    [ 发布日期 ] 2024-03-28\n桐岭区法治政府建设情况通报\n"
     "各街道办事处，区政府各部门：现将有关情况通报如下。"), "published", "2024-03-28"),
    ("a box drawn in lenticular brackets names the issuer",
     ("【发布机构】 桐岭区人民政府办公室　【成文日期】 2024-03-20\n【发布日期】 2024-03-28\n桐岭区法治政府建设情况通报\n"
     "各街道办事处，区政府各部门：现将有关情况通报如下。"), "issuer", "桐岭区人民政府办公室"),
    ("…and dates the page by its publication, not its signing",
     ("【发布机构】 桐岭区人民政府办公室　【成文日期】 2024-03-20\n【发布日期】 2024-03-28\n桐岭区法治政府建设情况通报\n"
     "各街道办事处，区政府各部门：现将有关情况通报如下。"), "published", "2024-03-28"),
    ("a byline under the title names the issuer with the page's controls run onto it",
     ("青岚县法治政府建设年度报告\n青岚县司法局　2020-01-20　【大 中 小】\n\n"
      "　　2019年，县政府全面推进依法行政。现将全年工作情况报告如下：\n"), "issuer", "青岚县司法局"),
    ("…and dates the page",
     ("青岚县法治政府建设年度报告\n青岚县司法局　2020-01-20　字号：大 中 小　打印　关闭\n\n"
      "　　2019年，县政府全面推进依法行政。现将全年工作情况报告如下：\n"), "published", "2020-01-20"),
    ("a phrase opening with the sizes' words is no control",
     "青岚县大中小学法治教育情况报告\n\n　　2019年，县教育局全面推进法治教育。现报告如下：\n", "title",
     "青岚县大中小学法治教育情况报告"),
    # (real places: the sign-off must be of the place the title opens with)
    ("a place's yearly report is its government's that signs it, not the department posting it",
     ("海城市2023年法治政府建设年度报告\n来源：海城市司法局　发布时间：2024-02-28\n\n\n　　2023年，市政府全面推进依法行政。现将有关情况报告如下：\n　　一、主要成效\n　　全年办理行政复议案件30件。\n\n"
      "海城市人民政府\n2024年2月20日\n"), "issuer", "海城市人民政府"),
    ("…named in full where the title shortens the place (黔南州)",
     ("黔南州2023年法治政府建设年度报告\n来源：州司法局　发布时间：2024-02-28\n\n\n　　2023年，市政府全面推进依法行政。现将有关情况报告如下：\n　　一、主要成效\n　　全年办理行政复议案件30件。\n\n"
      "黔南布依族苗族自治州人民政府\n2024年2月20日\n"), "issuer", "黔南布依族苗族自治州人民政府"),
    ("a sign-off of another place's body leaves the source line the issuer",
     ("海城市2023年法治政府建设年度报告\n来源：海城市司法局　发布时间：2024-02-28\n\n\n　　2023年，市政府全面推进依法行政。现将有关情况报告如下：\n　　一、主要成效\n　　全年办理行政复议案件30件。\n\n"
      "营口市人民政府\n2024年2月20日\n"), "issuer", "海城市司法局"),
    ("a signing date alone in a box dates the page only for want of another",
     "成文日期 | 2024-03-01 |\n桐岭区法治政府建设情况通报\n各街道办事处，区政府各部门：现将有关情况通报如下。",
     "published", "2024-03-01"),
    ("a bar after another word is no label",
     "主办单位 | 桐岭区人民政府办公室 |\n法治政府建设情况通报\n现将2023年法治政府建设有关情况通报如下。",
     "issuer", None),
    ("a salutation to every office names no issuer",
     "法治政府建设情况通报\n各街道办事处，区政府各部门：现将2023年法治政府建设有关情况通报如下。", "issuer", None),
    ("a body opening the text does",
     "法治政府建设情况通报\n桐岭区人民政府办公室现将2023年法治政府建设有关情况通报如下。", "issuer", "桐岭区人民政府办公室"),
    ("a notice issuing a plan named in 《》 is a plan",
     ("青岚县人民政府关于印发《青岚县法治政府建设实施方案》的通知\n各乡镇人民政府，县直各单位：\n"
     "现将《青岚县法治政府建设实施方案》印发给你们，请认真贯彻执行。"), "kind", "plan"),
    ("a notice issuing a report in 《》 is none",
     ("青岚县人民政府关于印发《青岚县2023年法治政府建设情况报告》的通知\n各乡镇人民政府，县直各单位：\n"
     "现将《青岚县2023年法治政府建设情况报告》印发给你们。"), "kind", "annual_report"),
    # --- a title counting years ----------------------------------------------------------------
    ("a title counting five years names no single year",
     "2023年青岚县五年法治政府建设工作情况报告\n五年来，县政府坚持依法行政，现将近五年法治政府建设情况报告如下：",
     "report_year", None),
    ("nor one counting the last three",
     "桐岭区2024年近三年行政复议工作情况的报告\n近三年来，区政府共办结行政复议案件九百余件。", "report_year", None),
    ("a title of one year's work keeps its year",
     "桐岭区司法局2023年度行政复议工作情况报告\n2023年，区司法局共办结行政复议案件三百余件。", "report_year", 2023),
    # --- 今年 opening a plan ------------------------------------------------------------------
    ("a headline's 今年力争 dates no figure: 去年 does",
     ("桐岭区今年力争行政复议纠错率保持在一成以下\n来源：雁川日报 发布时间：2024-02-20\n"
     "今年力争纠错率保持在一成以下，去年全区共办结行政复议案件三百二十件。"), "report_year", 2023),
    ("a headline's 今年将 dates none either",
     ("青岚县今年将新建村级调解室二十个\n来源：雁川日报 发布时间：2024-03-06\n"
     "今年将在全县新建调解室二十个，去年全县调解矛盾纠纷一千八百余件。"), "report_year", 2023),
    ("a headline's 今年已 dates the item's own year",
     "桐岭区今年已调解矛盾纠纷一千五百件\n来源：雁川日报 发布时间：2024-12-20\n今年以来，全区各级调解组织共调解矛盾纠纷一千五百件。",
     "report_year", 2024),
    # --- a yearbook entry behind its category path ------------------------------------------------
    ("a category path before the 【topic】 and the year is a yearbook entry",
     "政法 司法行政 【法律援助】 2019年，青岚县法律援助中心受理案件三百余件，挽回经济损失五百万元。", "kind", "yearbook"),
    ("the same words without a 【topic】 are none",
     "政法 司法行政 法律援助 2019年，青岚县法律援助中心受理案件三百余件，挽回经济损失五百万元。", "kind", "other"),
]


@pytest.mark.parametrize("name, text, field_name, expected", CASES, ids=[c[0] for c in CASES])
def test_metadata_real_form(name, text, field_name, expected):
    assert read(text, field_name) == expected


@pytest.mark.parametrize("title, spans", [
    ("青岚县五年法治政府建设工作情况报告", True),
    ("桐岭区过去三年行政复议工作综述", True),
    ("桐岭区近3年法治政府建设情况", True),
    ("青岚县人民调解工作二十年来的回顾", True),
    ("二〇二三年青岚县法治政府建设工作报告", False),  # a year written in words, not a count of years
    ("青岚县法治政府建设三年行动工作要点", False),  # a plan's term
    ("桐岭区第三年法治督察工作情况", False),
])
def test_span_title_counts_years_not_years_in_words(title, spans):
    assert (get_catalog().metadata_cues["span_title"].search(title) is not None) is spans
