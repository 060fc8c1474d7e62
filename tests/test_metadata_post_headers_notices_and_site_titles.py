"""Metadata of pages as 2024-2025 reports are posted and reposted: a WeChat article's header around its headline, a
notice naming a yearly report it is not, a guide's preamble, a headline telling of a 通报, a stamp run into the first
paragraph, a document under the note sending it, a yearly report whose head tells of cases, white papers or figures,
an HTML page whose <title> names only the site, a 来源 naming a town whose name holds 和. Each family with a twin it must
not read. Every text below is written for these tests; places, bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

from lawreport.readers.html import extract_text

REPORT_BODY = "2024年，县司法局坚持依法行政，全年办结行政复议案件96件，纠错率为10.4%。现将有关情况报告如下。"

CASES = [
    # --- a WeChat article's header: names and a stamp, never the headline --------------------------------------
    ("the account line above a headline set below the header is not the title",
     "雁岭普法\n原创 周晓 雁岭普法\n2025年02月11日 09:30 江西\n雁岭县2024年度法治政府建设情况报告\n" + REPORT_BODY,
     "title", "雁岭县2024年度法治政府建设情况报告"),
    ("…and the stamp dates the page",
     "雁岭普法\n原创 周晓 雁岭普法\n2025年02月11日 09:30 江西\n雁岭县2024年度法治政府建设情况报告\n" + REPORT_BODY,
     "published", "2025-02-11"),
    ("an account named 某某发布 on the stamp's line is not the title",
     "雁岭发布 2025年02月11日 09:30 江西\n今年我县调解成功率稳中有升\n" + REPORT_BODY, "title", "今年我县调解成功率稳中有升"),
    ("a headline with no title word above the header stays the title, the account repeated below it aside",
     "我县复议纠错率降至一成\n原创 周晓 雁岭法治建设\n雁岭法治建设\n2025-02-11 09:30 发表于江西\n" + REPORT_BODY,
     "title", "我县复议纠错率降至一成"),
    ("the collection an article is filed in is no headline",
     "我县复议纠错率降至一成\n收录于合集 #法治雁岭 8个\n原创 周晓 雁岭普法 2025年02月11日 09:30 江西\n" + REPORT_BODY,
     "title", "我县复议纠错率降至一成"),
    ("the account's card below the header is no headline",
     "我县复议纠错率降至一成\n原创 周晓 雁岭普法 2025年02月11日 09:30 江西\n雁岭普法\n微信号 yanlingpufa\n"
     "功能介绍 发布雁岭司法行政动态\n" + REPORT_BODY, "title", "我县复议纠错率降至一成"),
    ("a headline opening with 原创 and no space is a headline",
     "原创普法短剧在我县首映\n" + REPORT_BODY, "title", "原创普法短剧在我县首映"),
    ("a page's stamp naming a bureau after its time is no WeChat stamp: it closes the header as before",
     "雁岭县司法局2024年度工作总结\n2025-01-08 10:15 司法局\n" + REPORT_BODY, "title", "雁岭县司法局2024年度工作总结"),
    # --- a notice of its own business is no yearly report --------------------------------------------------------
    ("a notice calling a meeting on the year's reports",
     "关于召开2024年度法治建设述职评议会议的通知\n各镇人民政府，县直各单位：\n经研究，定于2025年3月4日召开会议。",
     "kind", "other"),
    ("a notice asking for the year's reports",
     "关于报送2024年度法治政府建设情况报告的通知\n各镇人民政府，县直各单位：\n请于2025年1月25日前报送本单位报告。",
     "kind", "other"),
    ("a notice on the task of putting the reports out",
     "关于做好2024年度法治政府建设年度报告发布工作的通知\n各镇人民政府，县直各单位：\n请按要求按时公开本单位报告。",
     "kind", "other"),
    ("a notice putting out a list, not a report",
     "关于公布2024年度法治政府建设示范单位名单的通知\n各镇人民政府，县直各单位：\n经评审，现将名单公布如下。",
     "kind", "other"),
    ("a notice issuing a report is the report it carries",
     "关于印发雁岭县2024年度法治政府建设情况报告的通知\n各镇人民政府，县直各单位：\n现将报告印发给你们。\n" + REPORT_BODY,
     "kind", "annual_report"),
    ("a notice issuing a work plan stays a plan",
     "关于印发雁岭县2025年法治政府建设工作要点的通知\n各镇人民政府，县直各单位：\n现将工作要点印发给你们，请认真贯彻执行。",
     "kind", "plan"),
    ("a notice issuing the year's work arrangements, its title wrapped, stays a plan",
     ("雁岭县人民政府办公室\n关于印发雁岭县2025年度法治政府建设\n工作安排的通知\n各镇人民政府，县直各单位：\n"
      "《雁岭县2025年度法治政府建设工作安排》已经县政府同意，现印发给你们，请认真贯彻执行。"), "kind", "plan"),
    ("a letter sending up the year's report is the report",
     "雁岭县司法局关于报送2024年度法治政府建设情况报告的函\n" + REPORT_BODY, "kind", "annual_report"),
    # --- a guide on writing the yearly reports, a headline telling of a body's 通报 ------------------------------
    ("an untitled guide on the yearly reports says what it is in its preamble",
     "为规范全市法治政府建设年度报告工作，根据有关规定，制定本工作指引。\n一、报告名称。法治政府建设年度报告\n二、报告主体。各级政府及其部门。",
     "kind", "other"),
    ("a plan's preamble is still a plan's",
     "为推进全市法治政府建设，结合本市实际，制定本方案。\n一、总体要求\n坚持依法行政。", "kind", "plan"),
    ("a headline telling that a body made a 通报 is no release of figures",
     "行政执法整改见实效 省司法厅首次点名通报\n日前，省司法厅对五起不当执法行为予以通报，涉及三个市。", "kind", "news"),
    ("a body's own 通报 of the year's figures is one",
     "雁岭县司法局关于2024年度行政复议案件办理情况的通报\n2024年，全县共收到行政复议申请96件。", "kind", "statistics"),
    # --- a page's stamp run into the first paragraph ---------------------------------------------------------------
    ("a stamp with its time of day opening the first paragraph dates the page",
     "基层调解组织织密矛盾化解网\n2025-03-06 08:30:12 2月28日，雁岭县司法局召开调解工作推进会，部署全年工作。",
     "published", "2025-03-06"),
    ("a paragraph opening with a day, no time of day after it, is a sentence's",
     "基层调解组织织密矛盾化解网\n2025年2月28日，雁岭县司法局召开调解工作推进会，部署全年工作。", "published", None),
    # --- a page heading the document with the note sending it --------------------------------------------------
    ("the title below a cover note's sign-off is the document's",
     "市政府办公室:\n现将我局2024年度法治政府建设情况报告报上，请审阅。\n雁岭市司法局\n2025年2月26日\n(此件公开发布)\n"
     "雁岭市司法局\n2024年度法治政府建设情况报告\n" + REPORT_BODY, "title", "雁岭市司法局2024年度法治政府建设情况报告"),
    ("…and the document's title says what it is",
     "市政府办公室:\n现将我局2024年度法治政府建设情况报告报上，请审阅。\n雁岭市司法局\n2025年2月26日\n(此件公开发布)\n"
     "雁岭市司法局\n2024年度法治政府建设情况报告\n" + REPORT_BODY, "kind", "annual_report"),
    ("an untitled note signed over its attachment's line has no title",
     "各镇人民政府:\n请于3月10日前将本单位调解员名单报县司法局，逾期视为放弃。\n雁岭县司法局\n2025年2月26日\n附件：调解员名单",
     "title", None),
    # --- a yearly report telling of the cases it put out is no case study --------------------------------------
    ("a report counting the cases it put out",
     "雁岭县2024年法治政府建设年度报告\n2024年，全县坚持依法行政，发布行政执法典型案例6件，办结行政复议案件96件。现将有关情况报告如下。",
     "kind", "annual_report"),
    ("a summary listing cases among what it covers",
     "雁岭法治观察第十二期\n本期摘编聚焦年度热点问题、典型案例、学术研究，供读者参阅。", "kind", "other"),
    ("a case write-up naming itself a model case",
     "邻里纠纷化解\n本典型案例中，调解员三次上门，促成双方达成协议。", "kind", "case_study"),
    ("a yearly report whose head tells of the court's white paper",
     "雁岭县2024年法治政府建设年度报告\n2024年，县法院向县政府通报行政审判白皮书，各部门逐项整改。现将有关情况报告如下。",
     "kind", "annual_report"),
    ("…of figures the statistics show",
     "关于雁岭县2024年度法治政府建设情况的报告\n2024年，统计数据显示全县行政复议纠错率为9.6%。现将有关情况报告如下。",
     "kind", "annual_report"),
    ("…or with a part on its good practice",
     "雁岭县司法局2024年法治政府建设工作总结\n一、经验做法\n2024年，县司法局坚持依法行政，办结行政复议案件96件。",
     "kind", "annual_report"),
    ("a yearly report reprinted by a news site stays the news site's item",
     "雁岭县2024年法治政府建设年度报告\n来源：雁岭新闻网\n2024年，县政府坚持依法行政，各项工作取得新成效。", "kind", "news"),
    ("a headline telling that a body put its yearly report out stays news",
     "雁岭县司法局发布2024年法治政府建设年度报告\n报告显示，全县行政复议纠错率为9.6%。", "kind", "news"),
    ("a headline telling that a meeting heard one is no report",
     "县政府常务会议审议2024年度法治政府建设情况报告\n会议指出，要扎实做好报告公开工作。", "kind", "other"),
    # --- a 来源 naming a town whose name holds 和 -------------------------------------------------------------
    ("a town named with 和 in a 来源 is the publisher",
     "镇里开展宪法宣传月活动\n来源：永和镇 发布时间：2025-01-16\n12月4日，永和镇政府组织镇司法所在集市设点宣传，发放资料三百余份。",
     "issuer", "永和镇人民政府"),  # the town, a place, by the government the text names
    ("…and a street office with 和 opening its name",
     ("街道开展宪法宣传月活动\n来源：和兴街道 发布时间：2025-01-16\n12月4日，和兴街道办事处组织街道司法所在社区设点宣传，"
      "发放资料三百余份。"), "issuer", "和兴街道办事处"),  # the street, a place, by the office the text names
    ("a 来源 joining two bodies with 和 names no one town",
     "镇里开展宪法宣传月活动\n来源：司法所和镇 发布时间：2025-01-16\n12月4日，镇司法所在集市设点宣传，发放资料三百余份。",
     "issuer", None),
]


@pytest.mark.parametrize(("why", "text", "field", "expected"), CASES, ids=[case[0] for case in CASES])
def test_metadata(why, text, field, expected):
    assert read(text, field) == expected


SITE_ONLY_PAGE = """<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="menu"><a href="/">首页</a> <a href="/gk">政务公开</a></div>
<div class="detail"><h1>{heading}</h1>
<div class="info">来源：雁岭县司法局 发布时间：2025-02-20</div>
<div class="text"><p>2024年，县司法局坚持依法行政，全年办结行政复议案件96件，纠错率为10.4%，各项工作取得新成效。</p>
<p>县司法局将继续推进法治政府建设，全面提升依法行政水平，为全县发展提供法治保障。</p></div></div>
<div class="footer">雁岭县人民政府办公室主办</div></body></html>"""


def test_a_page_title_naming_the_site_alone_gives_way_to_the_heading():
    page = SITE_ONLY_PAGE.format(title="雁岭县人民政府门户网站", heading="雁岭县司法局2024年法治政府建设年度报告")
    assert extract_text(page).split("\n")[:3] == [
        "雁岭县人民政府门户网站", "雁岭县司法局2024年法治政府建设年度报告", "来源：雁岭县司法局 发布时间：2025-02-20"]
    assert read(extract_text(page), "title") == "雁岭县司法局2024年法治政府建设年度报告"


def test_a_page_title_naming_the_article_stays_the_title():
    page = SITE_ONLY_PAGE.format(title="雁岭县司法局2024年法治政府建设年度报告_雁岭县人民政府门户网站",
                                 heading="政务公开")
    assert extract_text(page).split("\n")[0] == "雁岭县司法局2024年法治政府建设年度报告"


def test_a_page_title_naming_the_body_alone_gives_way_to_the_heading():
    page = SITE_ONLY_PAGE.format(title="雁岭县人民政府", heading="雁岭县司法局2024年法治政府建设年度报告")
    assert extract_text(page).split("\n")[0] == "雁岭县司法局2024年法治政府建设年度报告"


def test_the_site_named_alone_still_places_the_page():
    page = SITE_ONLY_PAGE.format(title="临洮县人民政府门户网站", heading="2024年法治政府建设情况报告").replace(
        "雁岭县司法局", "县司法局").replace("雁岭县人民政府办公室", "县政府办公室")
    assert read(extract_text(page), "title") == "2024年法治政府建设情况报告"
    assert read(extract_text(page), "county") == "临洮县"


def test_a_headline_without_a_title_word_below_the_site_is_the_title():
    page = SITE_ONLY_PAGE.format(title="雁岭县人民政府门户网站", heading="我县复议纠错率降至一成")
    assert read(extract_text(page), "title") == "我县复议纠错率降至一成"


def test_a_page_with_no_heading_under_a_site_title_has_no_title():
    page = SITE_ONLY_PAGE.format(title="雁岭县人民政府门户网站", heading="").replace("<h1></h1>", "")
    assert "雁岭县人民政府门户网站" not in extract_text(page)
    assert read(extract_text(page), "title") is None
