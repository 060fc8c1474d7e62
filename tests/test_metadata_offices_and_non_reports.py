"""Metadata phrasings of real pages' families, each with a twin that must stay what it is.

Every text below is written for these tests; the places are real, the bodies' sentences and figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as field

from lawreport import extract

OPENING = "\n2023年，全县坚持依法行政，扎实推进法治政府建设，各项工作取得新成效。\n"
# An untitled report's long opening, its statement of what it is (现将…报告如下) past the text's first 400 characters.
LONG_OPENING = ("2023年，在县委的坚强领导下，青田县司法局坚持以新思想为指导，"
                + "认真落实上级部署，统筹推进依法行政、普法宣传、人民调解和公共法律服务等各项工作，" * 12)
NOTICE = "\n各乡镇人民政府，县直各单位：\n现将要点印发给你们，请认真贯彻落实。\n"
# A news page: its path, the stamp, its 来源, the headline and the item.
STAMPED = ("某某网 > > 正文\n{stamp}\n来源:某某网\n\n《青田县法治政府评估报告(2023)》发布\n\n"
           "4月21日，某研究院在青田发布年度评估报告，全县法治政府建设水平稳步提升。\n")
ADOPTED = ("（2023年1月7日青田县第十七届人民代表大会第三次会议通过）\n青田县第十七届人民代表大会第三次会议听取和审议了"
           "县人民法院院长所作的《青田县人民法院工作报告》。会议决定批准这个报告。\n")
# A page headed by its title, the document below it under its letterhead and its title again (or another's).
REPEATED = ("2023年法治政府建设工作年度报告\n政策法规科 2023-12-29\n\n{body}\n\n{again}\n\n"
            "2023年，我局坚持依法行政，扎实推进法治政府建设，各项工作取得新成效。现就有关情况汇报如下。\n"
            "一、工作开展情况\n全年办理劳动保障监察案件八十件。\n二、存在的问题\n执法力量仍显不足。\n")
BODY = "\n一、主要工作\n（一）加强组织领导。全年召开专题会议五次。\n"

CASES = [
    # --- the committee's office and the government's office head a title together: the government's office --------
    ("a committee's office and a government's office spaced apart: the government's office",
     "中共青田县委办公室 青田县人民政府办公室关于2023年度法治政府建设情况的报告" + OPENING, "issuer",
     "青田县人民政府办公室"),
    ("…run together, issuing a plan: the government's office",
     "中共青田县委办公室青田县人民政府办公室关于印发《青田县2024年法治政府建设工作要点》的通知" + NOTICE, "issuer", "青田县人民政府办公室"),
    ("a committee's office before the government itself is no joint title: the office named first",
     "中共青田县委办公室 青田县人民政府关于2023年度法治政府建设情况的报告" + OPENING, "issuer", "中共青田县委办公室"),
    ("a committee's office alone stays its own", "中共青田县委办公室关于2023年度法治建设情况的报告" + OPENING, "issuer",
     "中共青田县委办公室"),
    ("the committee and the government stay the government's", "中共青田县委 青田县人民政府关于2023年度法治政府建设情况的报告"
     + OPENING, "issuer", "青田县人民政府"),
    ("a province's committee office and government office (办公厅) issue a plan: the government's office",
     "中共浙江省委办公厅 浙江省人民政府办公厅关于印发《浙江省法治政府建设实施方案》的通知" + NOTICE, "issuer", "浙江省人民政府办公厅"),
    ("a committee's 办公厅 alone is named whole, not cut at its 办",
     "中共浙江省委办公厅关于2023年度法治建设情况的报告" + OPENING, "issuer", "中共浙江省委办公厅"),
    ("…the committee spelled out before its office (中共某县委员会办公室): the government's office",
     "中共青田县委员会办公室 青田县人民政府办公室关于2023年度法治政府建设情况的报告" + OPENING, "issuer",
     "青田县人民政府办公室"),
    ("a committee's office is named whole, not cut at 委员会", "青田县人民调解委员会办公室2023年工作总结" + OPENING, "issuer",
     "青田县人民调解委员会办公室"),
    ("…and a committee without an office stays so", "青田县人民调解委员会2023年工作总结" + OPENING, "issuer",
     "青田县人民调解委员会"),
    ("…and a body ending in 办 stays so", "青田县编委办关于2023年度法治建设情况的报告" + OPENING, "issuer", "青田县编委办"),
    # --- an untitled report's statement of what it is, at the end of a long opening --------------------------------
    ("an untitled report saying what it is past its head is the year's report",
     LONG_OPENING + "现将2023年度法治政府建设工作情况报告如下：" + BODY, "kind", "annual_report"),
    ("…not a notice of the year's figures (通报如下)", LONG_OPENING + "现将2023年度全县行政复议工作情况通报如下：" + BODY,
     "kind", "other"),
    ("…nor a statement in a later paragraph than the opening",
     LONG_OPENING + "。\n会议要求各单位抓好落实。现将2023年度法治政府建设工作情况报告如下：" + BODY, "kind", "other"),
    # --- a page labelled as an interpretation before the title it explains -----------------------------------------
    ("a meeting's topic interpreted (议题解读:关于…的汇报) is no report",
     "县政府常务会议议题解读：关于2023年度法治建设工作情况的汇报\n一、议题背景\n为做好年度考核工作，县司法局梳理了全年工作。\n",
     "kind", "other"),
    ("a report on interpreting policies (政策解读工作情况的报告) is one",
     "青田县司法局关于2023年度政策解读工作情况的报告\n2023年，我局围绕重要文件开展解读。\n", "kind", "annual_report"),
    ("a report read in pictures (一图读懂《…》) is no report",
     "一图读懂《青田县2023年度法治政府建设情况报告》\n发布时间：2024-03-28\n（图片）\n", "kind", "other"),
    ("…nor one drawn (图解:…)", "图解：青田县2023年度法治政府建设情况报告\n发布时间：2024-03-28\n", "kind", "other"),
    ("a report on work explaining policies in pictures is one",
     "青田县司法局关于2023年度图解政策工作情况的报告\n2023年，我局以图解形式解读重要文件。\n", "kind", "annual_report"),
    ("a headline telling that a report was adopted is no report", "青田县人民法院工作报告获一致通过" + OPENING, "kind", "other"),
    ("…adopted by a large vote", "青田县人民检察院2023年工作报告以高票通过" + OPENING, "kind", "other"),
    ("the report itself is one", "青田县人民法院2023年工作报告" + OPENING, "kind", "annual_report"),
    # --- a resolution's note of its adoption under its lost title --------------------------------------------------
    ("a note of adoption is no title", ADOPTED, "title", None),
    ("…the resolution's title above it stays the title",
     "青田县第十七届人民代表大会第三次会议关于青田县人民法院工作报告的决议\n" + ADOPTED, "title",
     "青田县第十七届人民代表大会第三次会议关于青田县人民法院工作报告的决议"),
    # --- a page headed by its title, repeated below the document's letterhead ----------------------------------------
    ("the letterhead above the repeated title issues it",
     REPEATED.format(body="青田县人力资源和社会保障局", again="2023年法治政府建设工作年度报告"), "issuer", "青田县人力资源和社会保障局"),
    ("a body's line above another title issues nothing",
     REPEATED.format(body="青田县人力资源和社会保障局", again="2022年法治政府建设工作年度报告"), "issuer", None),
    # --- a title row drawn as a table with empty cells after it -----------------------------------------------------
    ("a title row's empty cells are no part of it and make it no paragraph",
     "青田县人力资源和社会保障局2023年政府信息公开工作年度报告 | " + "|" * 60 + "\n|\n" + "|" * 40
     + "\n根据条例规定，特公布本局2023年政府信息公开工作年度报告。\n", "title", "青田县人力资源和社会保障局2023年政府信息公开工作年度报告"),
    ("a long line without cells is still a paragraph", "青田县人力资源和社会保障局" + "坚持依法行政推进法治建设取得新成效" * 4
     + "\n2023年，我局坚持依法行政。\n", "title", None),
    # --- a document-sharing site's page label after the title ---------------------------------------------------------
    ("a shared document's page label is no part of its title",
     "青田县某司法所2023年工作总结_第1页\n青田县某司法所2023年工作总结_第2页\n\n2023年，本所坚持依法履职，各项工作取得新成效。\n",
     "title", "青田县某司法所2023年工作总结"),
    ("a bulletin's issue number stays in its title",
     "青田县司法行政工作简报第1期\n\n2023年，全县司法行政系统坚持依法履职，各项工作取得新成效。\n", "title", "青田县司法行政工作简报第1期"),
    # --- a title line headed by the document's number -----------------------------------------------------------------
    ("the number heading the title line is no part of the title",
     "青政办（2023）5号 青田县人民政府办公室关于2022年度法治政府建设情况的报告" + OPENING, "title",
     "青田县人民政府办公室关于2022年度法治政府建设情况的报告"),
    ("…so the title's body is the issuer",
     "青政办〔2023〕5号 青田县人民政府办公室关于2022年度法治政府建设情况的报告" + OPENING, "issuer", "青田县人民政府办公室"),
    ("a number cited inside the title stays in it",
     "青田县司法局关于贯彻青政办〔2023〕5号文件情况的报告" + OPENING, "title", "青田县司法局关于贯彻青政办〔2023〕5号文件情况的报告"),
    # --- a portal's banner for its app above an article ----------------------------------------------------------------
    ("a portal's app banner is no title",
     "打开某某新闻 查看精彩图片\n\n作者简介：某某，某大学副教授。文章来源：某某学刊。\n\n行政机关负责人出庭应诉制度日益完善。\n",
     "title", None),
    ("a headline opening with 打开 is one", "打开法治新局面 青田县2023年工作综述\n\n2023年，全县坚持依法行政。\n", "title",
     "打开法治新局面 青田县2023年工作综述"),
    # --- a picture's place or caption above an item ---------------------------------------------------------------------
    ("a picture's place (资料图) is no title",
     "（资料图）\n近日，某部发布年度统计分析。统计显示，全国共有执业律师六十余万人。\n（来源：某某新闻客户端）\n", "title", None),
    ("…nor a picture's credit", "新华社发 王某 制图\n近日，某部发布年度统计分析，全国共有执业律师六十余万人。\n", "title", None),
    ("a headline naming pictures is one", "青田县司法局图片展开幕\n近日，青田县司法局举办法治宣传图片展。\n", "title",
     "青田县司法局图片展开幕"),
    ("…nor a picture of data", "（数据图片）\n近日，某研究院发布年度评估报告，百个城市得分稳步提高。\n（文章来源：某某商报）\n", "title", None),
    # --- a news site's stamp with a space after the year and a slash after the month ---------------------------------
    ("the stamp dates the page", STAMPED.format(stamp="2024 04/22 16:19:48"), "published", "2024-04-22"),
    ("…and is no title: the headline below the 来源 line is", STAMPED.format(stamp="2024 04/22 16:19:48"), "title",
     "《青田县法治政府评估报告(2023)》发布"),
    ("a year and a count spaced apart is no date", STAMPED.format(stamp="2024 04 22件"), "published", None),
]


@pytest.mark.parametrize("name, text, key, expected", CASES, ids=[c[0] for c in CASES])
def test_metadata_phrasing(name, text, key, expected):
    assert field(text, key) == expected


@pytest.mark.parametrize(("sentence", "title", "expected"), [
    ("该文原载《法治研究学刊》2024年第3期。", "法治研究学刊", "publication"),
    ("论文刊于《基层治理季刊》。", "基层治理季刊", "publication"),
    ("县司法局印发《青田县法治宣传月刊编印方案》。", "青田县法治宣传月刊编印方案", "plan"),
])
def test_a_journal_cited_by_its_periodicity_is_a_publication(sentence, title, expected):
    found = {document.title: document.type for document in extract(sentence).documents}
    assert found[title] == expected
