"""Metadata of more real page shapes, each with a twin the rule must leave alone.

A site's menu or disclosure box set as a bulleted list, a byline spaced out letter by letter, a speaker's
line above a report made to a meeting, a yearbook entry whose category path and topic sit on lines of
their own, a study of reports, a headline telling that a meeting reviewed a report, a date label with a
space before its colon, a local paper whose 我省 comes after the lead, a province's report naming its
province by the short name alone, a report's statement naming its town. Every sentence below is written for these tests; bodies and figures are made up (places that must
resolve are real divisions).
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_MENU = ("- 政务公开\n- 工作动态\n- 法治建设\n|\n依据有关规定，现将雁川市司法局2021年政府信息公开工作年度报告公开如下：\n"
         "一、总体情况\n全年主动公开信息一百条。")
_BOX_LIST = ("- 索 引 号:001/2023-01\n- 主题分类:法治政府建设\n- 发布机构:司法局\n"
             "- 标 题:雁川市司法局2022年法治政府建设年度报告\n雁川市司法局2022年法治政府建设年度报告\n"
             "2022年，市司法局坚持依法行政，全年办理行政复议案件四十件。")
_SPEECH = ("—2024年1月10日在雁川市人民代表大会常务委员会第九次会议上\n雁川市中级人民法院院长 林青\n"
           "主任、各位副主任、各位委员：\n现将全市法院行政审判工作情况报告如下，请予审议。\n一、基本情况\n"
           "全市法院共受理一审行政案件六百件。")
_YEARBOOK = "政法 军事\n司法行政\n【人民调解】\n2019年全县共有调解组织210个，调解纠纷1800件。\n（林青 王岚）"
_PROVINCE = ("省人民政府关于2022年度法治政府建设情况的报告\n2022年是湖北发展进程中的重要一年，省政府坚持依法行政。"
             "全省各级政府推进依法行政，全省行政复议案件办理质量稳步提升。")
_STATED = "根据有关规定，现将白鹭镇2020年度法治政府建设情况报告如下：\n一、主要举措\n全镇开展法治宣传活动二十场。"

CASES = [
    # --- lists and bylines are no titles -------------------------------------------------------
    ("a site's menu as a bulleted list is no title", _MENU, "title", None),
    ("…and leaves the report's statement to name the author", _MENU, "issuer", "雁川市司法局"),
    ("a disclosure box as a bulleted list is no title: the title line below is",
     _BOX_LIST, "title", "雁川市司法局2022年法治政府建设年度报告"),
    ("…which names the author", _BOX_LIST, "issuer", "雁川市司法局"),
    ("a bulleted title row gives its title without the label",
     "- 标 题:雁川市司法局2022年法治政府建设年度报告\n2022年，市司法局坚持依法行政，全年办理复议案件四十件。",
     "title", "雁川市司法局2022年法治政府建设年度报告"),
    ("a byline spaced out letter by letter is no headline",
     "■记者 林晓\n通 讯 员 王 青\n2023年，市司法局坚持依法行政，全年办理法律援助案件三百件。", "title", None),
    ("…while the headline above it stays the title",
     "桐岭区法律援助惠及三百群众\n通 讯 员 王 青\n3月2日，区司法局为三百名群众提供了法律援助。",
     "title", "桐岭区法律援助惠及三百群众"),
    ("a byline parted by a bar is no headline either",
     "桐岭区公证服务提速增效\n《雁川周刊》记者 | 林晓\n3月2日，区公证处推出延时服务。", "title", "桐岭区公证服务提速增效"),
    ("a page's stamp in words with its time is no headline",
     "上半年桐岭区新收行政复议案件三百件\n2024年07月10日 09:47 来源:雁川日报 编辑:林晓\n记者从区司法局获悉，上半年新收案件三百件。",
     "title", "上半年桐岭区新收行政复议案件三百件"),
    # --- a report made to a meeting by an office holder ----------------------------------------
    ("the speaker's line and the occasion above a report are no title", _SPEECH, "title", None),
    ("…and the speaker's office is the author", _SPEECH, "issuer", "雁川市中级人民法院"),
    ("a headline opening with an office holder stays a headline",
     "雁川市中级人民法院院长林青调研诉源治理工作\n3月5日，林青到基层法庭调研诉源治理工作。",
     "title", "雁川市中级人民法院院长林青调研诉源治理工作"),
    # --- a yearbook entry behind a category path on lines of its own ---------------------------
    ("a category path and a topic on their own lines above a year open a yearbook entry", _YEARBOOK, "kind", "yearbook"),
    ("…of the year it opens with", _YEARBOOK, "report_year", 2019),
    ("a category line above a news item's lead makes no yearbook",
     "桐岭区召开人民调解工作会议\n【工作动态】\n3月2日，区司法局召开会议，部署全年调解工作。（林青 王岚）",
     "kind", "news"),
    ("an entry opening a line with its topic and its year is a yearbook's, below a spaced heading",
     "司 法 行 政\n【概况】 2019年，全县司法行政系统办理法律援助案件三百件。\n【人民调解】 全县有调解组织二百个。",
     "kind", "yearbook"),
    ("…of that year", "司 法 行 政\n【概况】 2019年，全县司法行政系统办理法律援助案件三百件。", "report_year", 2019),
    ("a label opening a dated lead makes no yearbook",
     "桐岭区司法局\n【工作动态】 3月2日，区司法局召开会议，部署全年调解工作。", "kind", "other"),
    ("a page opening with its paper's name in 《》 is the paper's news item",
     "《雁川日报》桐岭区法院发布行政审判白皮书\n发布时间:2024-03-02 09:00\n3月1日，桐岭区人民法院发布白皮书。",
     "kind", "news"),
    ("…not one opening with a report's name in 《》",
     "《政府信息公开工作年报》解读\n2023年，桐岭区司法局主动公开信息一百条。", "kind", "other"),
    # --- kind cues on a mere mention ------------------------------------------------------------
    ("a study of white papers is no white paper",
     "行政审判白皮书制度研究\n摘要：本文梳理了各地法院发布行政审判白皮书的实践。", "kind", "other"),
    ("a court's white paper is one",
     "雁川市中级人民法院行政审判白皮书\n2023年，全市法院共受理一审行政案件六百件。", "kind", "white_paper"),
    ("a headline telling that a meeting reviewed a report is no report",
     "市政府常务会议审议2023年度法治政府建设情况报告\n3月8日，市政府召开常务会议，审议并原则通过有关报告。",
     "kind", "other"),
    ("the report itself stays one",
     "雁川市人民政府关于2023年度法治政府建设情况的报告\n2023年，市政府坚持依法行政。现将有关情况报告如下：",
     "kind", "annual_report"),
    ("an untitled notice issuing a plan is the plan's",
     ("各区县人民政府，市直各单位：\n《雁川市法治政府建设实施方案（2021—2025年）》已经市政府同意，现印发给你们，请认真贯彻执行。\n"
      "雁川市人民政府\n2021年12月30日"), "kind", "plan"),
    ("a report telling that a plan was issued stays a report",
     "2023年，市政府印发《雁川市法治政府建设实施方案》，全年办理复议案件四十件。现将有关情况报告如下：\n一、主要举措",
     "kind", "annual_report"),
    # --- dates, places and authors --------------------------------------------------------------
    ("a date label with a space before its colon dates the page",
     "全市律师行业年度工作会议召开\n时间 : 2024-03-20 08:17:21 来源 : 本网\n3月19日，全市律师行业年度工作会议召开。",
     "published", "2024-03-20"),
    ("…but a label without a date does not",
     "桐岭区公共法律服务中心服务指南\n服务时间 : 每周一至周五\n中心为群众提供法律咨询服务。", "published", None),
    ("a local paper speaking of 我省 after its lead is about its province",
     ("浙江日报\n省人大常委会审议法治政府建设情况报告\n本报讯（记者 林晓）3月26日，省人大常委会召开会议，审议有关报告。\n"
      "报告显示，我省清理规范性文件一千余件。"), "region", ("浙江省", None, None)),
    ("…not when no paragraph says 我省",
     ("浙江日报\n省人大常委会审议法治政府建设情况报告\n本报讯（记者 林晓）3月26日，省人大常委会召开会议，审议有关报告。\n"
      "报告显示，全年清理规范性文件一千余件。"), "region", (None, None, None)),
    ("a province's report calling itself 全省 and its province by the short name is that province's",
     _PROVINCE, "region", ("湖北省", None, None)),
    ("…and its title's 省人民政府 is that province's government", _PROVINCE, "issuer", "湖北省人民政府"),
    ("a short name without 全省 places nothing",
     "省人民政府关于2022年度法治政府建设情况的报告\n2022年是湖北发展进程中的重要一年，省政府坚持依法行政。",
     "region", (None, None, None)),
    ("…nor do two provinces' short names",
     "省人民政府关于2022年度法治政府建设情况的报告\n2022年，湖北湖南两地协作，全省推进依法行政，全省复议案件下降。",
     "region", (None, None, None)),
    ("a report's statement naming its town names its author", _STATED + "\n白鹭镇政府严格落实法律顾问制度。", "issuer",
     "白鹭镇人民政府"),
    ("…not when it names the author as 我局",
     "根据有关规定，现将我局2020年度法治政府建设情况报告如下：\n一、主要举措\n全局开展法治宣传活动二十场。",
     "issuer", None),
]


@pytest.mark.parametrize(("text", "name", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_metadata_family(text: str, name: str, expected: object) -> None:
    assert read(text, name) == expected
