"""Metadata of a third set of real page shapes, each with a twin the rule must leave alone.

An untitled plan's own preamble (…制定本计划。), a yearly report's lead telling that its work was chosen as a
典型案例, a yearbook page under its volume's line (2022卷), and a reprint heading its title with the document's
number. Every sentence below is written for these tests; bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_PLAN = ("为推进依法行政，建设法治政府，结合本市实际，制定本计划。\n一、健全政府职能体系\n"
         "（一）优化机构职能。推进权责清单动态管理。\n（二）提升政务服务。推进政务服务一网通办。")
_RULES = ("为规范县政府工作，结合本县实际，制定本规则。\n第一章 总则\n"
          "一、县政府工作坚持依法行政。\n二、县政府实行县长负责制。")
_PARTS = ("一、州政府坚持依法行政，全年办理复议案件九十件，取得明显成效。\n二、存在的问题和不足\n"
          "一些部门依法行政意识不强。\n三、下一步工作打算\n继续推进依法行政。")
_HONOURED = ("2024年，区司法局坚持依法行政，法治乡村建设工作入选全国法律服务典型案例库，"
             "现将有关情况报告如下：\n一、主要举措\n全年开展法治宣传四十场。")
_CASES_BOOK = "本册收录行政执法典型案例三则，供各单位学习参考。\n案例一：某公司未批先建案\n2023年，区执法大队查处一起违法建设。"
_VOLUME = ("2022卷\n【依法行政】 自治区政府推进依法行政，全年办理行政复议案件九百件。\n"
           "【法治宣传】 全区开展普法活动三千场。")
_VOLUME_ONE_TOPIC = "2022卷\n【依法行政】 自治区政府推进依法行政，全年办理行政复议案件九百件。"
_NUMBERED = ("雁卫〔2024〕3号《雁川市卫生健康委关于2023年度法治政府建设情况的报告》\n"
             "雁川市卫生健康委关于2023年度法治政府建设情况的报告\n市委、市政府：\n"
             "现将我委2023年度法治政府建设情况报告如下。\n一、主要举措\n全年开展法治宣传二十场。")

CASES = [
    # --- an untitled plan says what it is --------------------------------------------------------
    ("an untitled plan's preamble (制定本计划) makes it a plan", _PLAN, "kind", "plan"),
    ("…a rule's preamble (制定本规则) makes no plan", _RULES, "kind", "other"),
    ("…nor a report, whatever its numbered parts say",
     "为规范州政府工作，结合本州实际，制定本规则。\n" + _PARTS, "kind", "other"),
    ("…while a report so set out stays one",
     "2023年，州政府坚持依法行政。\n" + _PARTS, "kind", "annual_report"),
    ("…nor a report's mention of a unit's own plan",
     "2023年，县司法局制定本单位普法计划，全年开展法治宣传二十场。现将有关情况报告如下：\n一、主要举措\n开展普法活动。",
     "kind", "annual_report"),
    # --- an honour is no case study --------------------------------------------------------------
    ("a report whose work was chosen for a 典型案例库 stays a report", _HONOURED, "kind", "annual_report"),
    ("…as does one whose work was chosen as a 典型案例",
     "2024年，县司法局坚持依法行政，调解工作入选省级典型案例，现将有关情况报告如下：\n一、主要举措\n全年调解纠纷百件。",
     "kind", "annual_report"),
    ("a collection of 典型案例 stays a case study", _CASES_BOOK, "kind", "case_study"),
    # --- a yearbook's volume line ------------------------------------------------------------------
    ("a volume's line above an entry's 【topic】 is a yearbook page", _VOLUME, "kind", "yearbook"),
    ("…and no title: the page holds several topics", _VOLUME, "title", None),
    ("…one topic under it is the page's title", _VOLUME_ONE_TOPIC, "title", "依法行政"),
    ("…a long topic counts as one of several",
     "2022卷\n【加强党对法治政府建设的全面领导】 自治区党委部署法治政府建设。\n【法治宣传】 全区开展普法活动三千场。",
     "title", None),
    ("…and is the title when it is the only one",
     "2022卷\n【加强党对法治政府建设的全面领导】 自治区党委部署法治政府建设，全年督察部门二十个。",
     "title", "加强党对法治政府建设的全面领导"),
    ("a volume's line above a report's paragraph makes no yearbook",
     "2022卷\n2022年，区司法局坚持依法行政，现将有关情况报告如下：\n一、主要举措\n全年开展法治宣传二十场。",
     "kind", "annual_report"),
    # --- a document's number heading the title -----------------------------------------------------
    ("a title headed by the document's number reads without it",
     _NUMBERED, "title", "雁川市卫生健康委关于2023年度法治政府建设情况的报告"),
    ("…a title quoting a law in 《》 keeps its brackets",
     "桐岭区司法局组织干部学习《中华人民共和国行政复议法》\n3月2日，区司法局组织干部八十人学习新修订的行政复议法。",
     "title", "桐岭区司法局组织干部学习《中华人民共和国行政复议法》"),
]


@pytest.mark.parametrize(("text", "name", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_metadata_family(text: str, name: str, expected: object) -> None:
    assert read(text, name) == expected
