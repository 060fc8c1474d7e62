"""Titles in the headers real report pages write: a column's name above the page's path, a path longer
than a title, a reporters' byline under the headline, a notice's title wrapped over three lines, a title
run into the first paragraph. Each with a twin the rule must leave alone. Every text below is written for
these tests; the places, bodies and people are made up.
"""

from __future__ import annotations

import pytest

from lawreport import extract

LONG_PATH = ("当前位置：首页 > 政务公开 > 规范性文件草案意见征集 > "
             "关于《苇湾区社区矫正志愿服务办法（征求意见稿）》向社会公开征求意见的公告")
NOTICE_HEAD = "云杉县人民政府办公室\n关于印发云杉县2024年度法治政府建设\n"
NOTICE_BODY = ("各乡镇人民政府，县直各单位：\n"
               "《云杉县2024年度法治政府建设工作安排》已经县政府同意，现印发给你们，请认真贯彻执行。\n")

CASES = [
    # --- a column's name above the page's path is the site's, not the title -------------------------
    ("a column named 工作总结 above the path is not the title",
     ("工作总结\n您所在的位置：首页 > 工作总结\n苇湾区司法局2023年法治政府建设年度报告\n"
      "发布时间：2024-02-10\n2023年，区司法局围绕中心工作，稳步推进法治政府建设。"),
     "title", "苇湾区司法局2023年法治政府建设年度报告"),
    ("the path itself is never the title",
     "您所在的位置：首页 > 工作报告\n2023年，区司法局围绕中心工作，稳步推进法治政府建设。",
     "title", None),
    # --- a path longer than a title line does not end the header ---------------------------------
    ("the title under a long path is found",
     (LONG_PATH + "\n关于《苇湾区社区矫正志愿服务办法（征求意见稿）》向社会公开征求意见的公告\n"
      "发布时间：2024-06-18 10:00\n为做好立法工作，现将征求意见稿向社会公布，欢迎提出修改意见。"),
     "title", "关于《苇湾区社区矫正志愿服务办法（征求意见稿）》向社会公开征求意见的公告"),
    ("a long line that is no page furniture still ends the header",
     ("为做好立法工作，区司法局起草了社区矫正志愿服务办法征求意见稿，现向社会公开征求意见，欢迎提出修改意见和建议。\n"
      "关于社区矫正志愿服务办法的说明\n发布时间：2024-06-18 10:00"),
     "title", None),
    # --- a byline is no headline ------------------------------------------------------------------
    ("the headline above a byline is the title",
     ("苇湾区开展民法典进社区宣传活动\n苇湾融媒记者 林一舟 通讯员 许安\n2024-05-12 09:30\n"
      "5月10日，区司法局工作人员来到社区，为居民讲解民法典知识。"),
     "title", "苇湾区开展民法典进社区宣传活动"),
    ("a headline about correspondents is still a headline",
     "苇湾区表彰优秀通讯员代表\n2024-05-12 09:30\n5月10日，区委宣传部召开会议，表彰一批优秀通讯员。",
     "title", "苇湾区表彰优秀通讯员代表"),
    # --- a notice's title wrapped over three lines ------------------------------------------------
    ("a title below the body's name takes its end from the third line",
     NOTICE_HEAD + "工作安排的通知\n" + NOTICE_BODY,
     "title", "云杉县人民政府办公室关于印发云杉县2024年度法治政府建设工作安排的通知"),
    ("a notice issuing a 工作安排 is a plan",
     NOTICE_HEAD + "工作安排的通知\n" + NOTICE_BODY, "kind", "plan"),
    ("a salutation below is no end of the title",
     NOTICE_HEAD + NOTICE_BODY,
     "title", "云杉县人民政府办公室关于印发云杉县2024年度法治政府建设"),
    ("a report on how a 工作安排 was carried out is no plan",
     "云杉县2023年法治政府建设工作安排落实情况报告\n2023年，县政府围绕年初工作安排，逐项推进落实。",
     "kind", "annual_report"),
    # --- a title run into the first paragraph --------------------------------------------------------
    ("a title run into the paragraph opening with its year",
     "苇湾区司法局2023年度工作总结2023年，区司法局办理法律援助案件三百余件。一、主要工作（一）深化普法宣传。",
     "title", "苇湾区司法局2023年度工作总结"),
    ("…dates the text",
     "苇湾区司法局2023年度工作总结2023年，区司法局办理法律援助案件三百余件。一、主要工作（一）深化普法宣传。",
     "report_year", 2023),
    ("a first sentence whose subject meets a year holds no title",
     "全区法治政府建设2023年取得新进展，区司法局办理法律援助案件三百余件。一、主要工作（一）深化普法宣传。",
     "title", None),
    ("nor one that has paused before the year",
     "按照区委部署，区司法局工作总结2023年各项任务完成情况如下。一、主要工作（一）深化普法宣传。",
     "title", None),
]


@pytest.mark.parametrize("name, text, field_name, expected", CASES, ids=[c[0] for c in CASES])
def test_title_in_a_real_header(name, text, field_name, expected):
    assert getattr(extract(text), field_name) == expected
