"""The kind of an untitled yearly report: an opening dated by its year and telling the work's results above a
level-1 heading naming the rule-of-law work; each case has a twin that must stay what it is.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as field

from lawreport import extract

BODY = "(一)健全决策机制。全年审查规范性文件十二件。\n(二)规范执法行为。开展执法案卷评查两次。\n"

CASES = [
    ("a year that was (2023年是…之年) above a heading on the work is the year's report",
     "2023年是全面实施普法规划的关键之年,全局上下坚持依法履职,各项工作取得明显成效。\n一、法治政府建设扎实推进\n" + BODY
     + "二、执法队伍素质持续提升\n组织培训三期。", "annual_report"),
    ("a year and its body (2023年,市某局…) above a heading on 依法行政 is one too",
     "2023年,市水务局在市委市政府领导下,各项工作取得新进展。\n一、依法行政水平稳步提升\n" + BODY, "annual_report"),
    ("an article on the work opens with no year: no report",
     "法治政府建设是全面依法治国的重点任务,需要久久为功。\n一、法治政府建设扎实推进\n" + BODY, "other"),
    ("a year's opening above headings on other work: no report on the work",
     "2023年是全面实施普法规划的关键之年,全局上下坚持依法履职,各项工作取得明显成效。\n一、打击犯罪成效明显\n" + BODY
     + "二、队伍建设持续加强\n组织培训三期。", "other"),
    ("a heading planning the work (一、2024年依法行政工作打算) reports none done",
     "2023年是全面实施普法规划的关键之年,全局上下依法履职,各项工作取得明显成效。\n一、2024年依法行政工作打算\n" + BODY, "other"),
    ("a work plan's opening (…力争…) above headings on the work reports none done",
     "2024年是全面实施普法规划的攻坚之年,全局上下要在去年取得明显成效的基础上,力争各项工作走在前列。\n"
     "一、深入推进法治政府建设\n" + BODY, "other"),
    ("an opening telling no results (…全局上下要坚持…) above a heading on the work reports none done",
     "2024年是全面实施普法规划的攻坚之年,全局上下要坚持依法履职,推动各项工作落地见效。\n一、深入推进法治政府建设\n"
     + BODY, "other"),
    ("a report sent up opens below the body it is addressed to",
     "某市人民政府:\n2024年,在市委、市政府和区委的坚强领导下,在区人大的监督支持下,区政府深入推进法治政府建设,"
     "取得了积极成效。\n" + BODY, "annual_report"),
    ("…or below a salutation to several",
     "中共某县委、县人大常委会:\n2024年,县政府深入推进法治政府建设,各项工作取得了积极成效。\n" + BODY, "annual_report"),
    ("a notice to the towns issuing a plan stays a plan",
     "各镇人民政府,各街道办事处:\n现将《2025年法治政府建设工作要点》印发给你们,请认真贯彻落实。\n" + BODY, "plan"),
    ("…and a salutation above a year's plan stays none",
     "某市人民政府:\n2025年,区政府将继续推进法治政府建设,力争取得新成效。\n" + BODY, "other"),
    ("a heading on the work's failings alone (一、依法行政存在的问题) reports none done",
     "2023年,市督察组对各单位开展实地督察,整改取得初步成效,发现问题如下。\n一、依法行政存在的问题\n" + BODY, "other"),
]


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_untitled_yearly_report_kind(name, text, expected):
    assert field(text, "kind") == expected


def test_the_kind_is_evidenced_by_the_heading_on_the_work():
    text = CASES[0][1]
    evidence = extract(text).model_dump()["metadata_evidence"]["kind"]
    assert evidence["text"] == "一、法治政府建设扎实推进"
    assert text[evidence["start"]:evidence["end"]] == evidence["text"]
