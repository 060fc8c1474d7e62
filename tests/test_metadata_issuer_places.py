"""The issuer in the places real pages name it, each with a twin it must not read.

A letterhead above a salutation, a notice's sign-off above its date in the middle of the text, a closing
credit in parentheses, a national body, a title the party committee and the government issue jointly,
a department named after its level alone or with no level at all. Every text below is written for these
tests; the bodies are made up, and so are the places but where the region must complete a name.
"""

from __future__ import annotations

import pytest

from lawreport import extract

REPORT_BODY = ("一、基本情况\n两年来，全市法院共审结行政案件八百余件。\n"
               "二、存在问题\n个别案件审理周期偏长。\n")
NOTICE_BODY = ("一、深入学习宣传宪法，组织专题讲座不少于四场。\n二、规范行政执法，全面落实执法公示制度。\n"
               "三、加强复议应诉工作，提高行政机关负责人出庭率。\n四、强化督察考核，年底前完成专项督察。\n")
NOTICE_HEAD = "各乡镇人民政府，县直各单位：\n现将全县法治政府建设工作要点印发给你们，请结合实际认真抓好落实。\n"
NEWS_ITEM = ("两县边界调解协作会在石岭镇召开\n5月9日，两县边界调解协作会在石岭镇召开，双方调解员六十余人参加。\n"
             "会议通报了去年协作调处的纠纷，并商定了今年的联合排查安排。\n")
STATISTICS = "2023年全国公证工作统计数据\n表1 各地办理公证数量\n合计 | 1200000\n"
MARKET_OPENING = "2023年，市市场监管局坚持依法行政，全年{where}办理行政许可事项一千余件。\n现将有关情况报告如下：\n"
SOURCE_PAGE = "2023年仙居县法治政府建设情况报告\n文章来源：{source} 更新时间：2024/03/20 10:12:00\n2023年，全县坚持依法行政。\n"
JOINT_OPENING = "\n2023年，全县坚持依法行政，法治政府建设取得新进展。\n"

CASES = [
    # --- a letterhead: an untitled report's first line, above the salutation -------------------
    ("a court's letterhead above the salutation issues the report",
     "岚江市中级人民法院\n（\n主任、副主任、各位委员：\n受市人大常委会委托，现将我院2022年以来行政审判工作情况报告如下。\n"
     + REPORT_BODY, "岚江市中级人民法院"),
    ("a body's line above a plain paragraph is no letterhead",
     "岚江市中级人民法院\n近两年，全市法院共审结行政案件八百余件，调解撤诉率有所上升。\n" + REPORT_BODY, None),
    ("a line naming no body above the salutation is none either",
     "全市法院行政审判\n主任、副主任、各位委员：\n受市人大常委会委托，现将全市2022年以来行政审判工作情况报告如下。\n"
     + REPORT_BODY, None),
    # --- a sign-off above its date, the attachment below ----------------------------------------
    ("a body's line directly above a date signs the notice",
     NOTICE_HEAD + "岚江县人民政府办公室\n2024年4月8日\n" + NOTICE_BODY, "岚江县人民政府办公室"),
    ("a body's line with no date below is a mere mention",
     NOTICE_HEAD + "牵头单位：\n岚江县人民政府办公室\n" + NOTICE_BODY, None),
    # --- a closing credit in parentheses -------------------------------------------------------
    ("a closing credit in parentheses names the body", NEWS_ITEM + "（岚江县司法局）\n", "岚江县司法局"),
    ("a closing remark in parentheses names none", NEWS_ITEM + "（完）\n", None),
    # --- a national body, which no place precedes ------------------------------------------------
    ("a ministry's letterhead above the title", "中华人民共和国司法部\n" + STATISTICS, "中华人民共和国司法部"),
    ("a ministry named by its short name in the title",
     "司法部2023年法治政府建设年度报告\n2023年，司法部坚持依法行政，扎实推进法治政府建设。\n", "司法部"),
    ("a 来源 naming the ministry's website is no body", "全国公证行业\n" + STATISTICS.replace("\n", "\n来源：司法部官网\n", 1),
     None),
    # --- a joint title: the government's report, never the party committee's alone -------------
    ("a joint title with a space names the government",
     "中共岚江县委 岚江县人民政府关于2023年度法治政府建设情况的报告" + JOINT_OPENING, "岚江县人民政府"),
    ("a joint title run together names the government",
     "中共岚江县委岚江县人民政府关于2023年度法治政府建设情况的报告" + JOINT_OPENING, "岚江县人民政府"),
    ("a party committee's own title stays its own",
     "中共岚江县委关于2023年度法治建设情况的报告" + JOINT_OPENING, "中共岚江县委"),
    # --- a department named by its level alone, or by no level ----------------------------------
    ("a city's department by its level is completed with the city",
     MARKET_OPENING.format(where="在嘉兴市范围内") + "全年在嘉兴市开展执法检查三百余次。\n", "嘉兴市市场监管局"),
    ("…and no place 市市 when the text names no city", MARKET_OPENING.format(where="") + "全年开展执法检查三百余次。\n",
     None),
    ("a 来源 naming a department alone is the region's department", SOURCE_PAGE.format(source="司法局"), "仙居县司法局"),
    ("a 来源 naming the site is no department", SOURCE_PAGE.format(source="本网"), None),
]


@pytest.mark.parametrize(("text", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_issuer(text: str, expected: str | None) -> None:
    record = extract(text)
    assert (record.issuer.name if record.issuer else None) == expected


def test_sign_off_span_is_the_body_line() -> None:
    """The issuer's evidence is the sign-off line itself, not the date below it."""
    text = NOTICE_HEAD + "岚江县人民政府办公室\n2024年4月8日\n" + NOTICE_BODY
    issuer = extract(text).issuer
    assert issuer is not None
    assert text[issuer.evidence.start:issuer.evidence.end] == "岚江县人民政府办公室"
