"""A title naming a report to a people's congress by the year it is delivered in (某县2025年政府工作报告) dates the
plan, not the work reviewed: the year reported on is the one its first part reviews (一、2024年工作回顾), or the one its
account's first sentence says after the speaker's formula (过去一年,… in a report of the 2024 session: 2023), and none
where the text does not say it. A title naming the year its work covers (某县司法局2024年工作总结, 某县2024年度法治政府
建设工作报告) keeps that year.

A title closing on the day it was delivered in brackets (某县人民政府工作报告(2023年2月14日)), or its occasion's line
(——2024年1月12日在某县第十七届人民代表大会第三次会议上), dates the report that day and tells the season: early in a year,
the account reviews the year before, as its first sentence says it (过去一年, 一年来, 2022年); in December, that year. A
province in brackets before the title's body ((浙江省)某县人民政府工作报告) is no part of the body's name.

Every text below is written for these tests; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_SPEECH = "各位代表:\n现在,我代表县人民政府,向大会报告工作,请予审议。\n"

CASES = [
    ("a government's report by the year delivered, its first part reviewing the year before",
     "石桥县2025年政府工作报告\n" + _SPEECH + "一、2024年工作回顾\n全县行政机关负责人出庭应诉率达100%。\n", 2024),
    ("…its account opening on the year past", "石桥县2024年政府工作报告\n" + _SPEECH
     + "过去一年,全县行政机关负责人出庭应诉率达100%。\n", 2023),
    ("…its account not saying which year", "石桥县2024年政府工作报告\n" + _SPEECH
     + "全县行政机关负责人出庭应诉率达100%。\n", None),
    ("…its account opening on five years", "石桥县2022年政府工作报告\n" + _SPEECH
     + "五年来,全县行政机关负责人出庭应诉率均达100%。\n", None),
    ("a court's report so named", "石桥县2025年人民法院工作报告\n" + _SPEECH.replace("县人民政府", "县人民法院")
     + "一、2024年工作回顾\n全年共受理行政诉讼案件212件。\n", 2024),
    ("a summary's title keeps its year", "石桥县司法局2024年工作总结\n全县共调解矛盾纠纷46件。\n", 2024),
    ("a yearly rule-of-law report's title keeps its year",
     "石桥县2024年度法治政府建设工作报告\n一、主要工作\n全县共办理行政复议案件47件。\n", 2024),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_delivered_reports_title_year(case, text, expected):
    assert read(text, "report_year") == expected


_GOVERNMENT_REPORT = "(浙江省)石桥县人民政府工作报告({day})\n" + _SPEECH


DELIVERED = [
    ("a province before the title, the day after it", _GOVERNMENT_REPORT.format(day="2023年2月14日")
     + "过去一年,全县共办理行政复议案件56件,行政机关负责人出庭应诉率达100%。\n",
     ("石桥县人民政府", "2023-02-14", 2022)),
    ("…its account opening on the year", _GOVERNMENT_REPORT.format(day="2023年2月14日")
     + "2022年,全县共办理行政复议案件56件。\n", ("石桥县人民政府", "2023-02-14", 2022)),
    ("…its account opening on the year of its delivery, a plan's", _GOVERNMENT_REPORT.format(day="2023年2月14日")
     + "2023年是全面实施“十四五”规划的关键之年,全县将办结行政复议案件60件。\n",
     ("石桥县人民政府", "2023-02-14", None)),
    ("…its account saying no year", _GOVERNMENT_REPORT.format(day="2023年2月14日")
     + "全县共办理行政复议案件56件。\n", ("石桥县人民政府", "2023-02-14", None)),
    ("the month alone after the title: no day", _GOVERNMENT_REPORT.format(day="2024年1月")
     + "过去一年,全县共办理行政复议案件56件。\n", ("石桥县人民政府", None, 2023)),
    ("…and its year no year reviewed", _GOVERNMENT_REPORT.format(day="2024年1月")
     + "全县共办理行政复议案件56件。\n", ("石桥县人民政府", None, None)),
    ("the day on the line under the title", "石桥县人民政府工作报告\n(2024年1月10日)\n" + _SPEECH
     + "一年来,全县共办理行政复议案件56件。\n", ("石桥县人民政府", "2024-01-10", 2023)),
    ("a court's report delivered in December reviews that year",
     ("石桥县人民法院工作报告(2023年12月28日)\n各位代表:\n现在,我代表县人民法院向大会报告工作,请予审议。\n"
      "一年来,全院共审结行政诉讼案件88件。\n"), ("石桥县人民法院", "2023-12-28", 2023)),
    ("the occasion in the title's brackets",
     ("石桥县人民检察院工作报告(2024年1月11日在石桥县第十七届人民代表大会第三次会议上)\n各位代表:\n"
      "现在,我代表县人民检察院向大会报告工作,请予审议。\n2023年,全院共提出行政检察建议25件。\n"),
     ("石桥县人民检察院", "2024-01-11", 2023)),
    ("a standing committee's report, its occasion on a line of its own",
     ("石桥县人民代表大会常务委员会工作报告\n——2024年1月12日在石桥县第十七届人民代表大会第三次会议上\n"
      "县人大常委会主任 某某\n各位代表:\n我受县人民代表大会常务委员会委托,向大会报告工作,请予审议。\n"
      "一年来,常委会开展执法检查5次,督办行政复议纠错案件8件。\n"),
     ("石桥县人民代表大会常务委员会", "2024-01-12", 2023)),
]


@pytest.mark.parametrize(("case", "text", "expected"), DELIVERED, ids=[c[0] for c in DELIVERED])
def test_a_delivered_reports_day_and_the_year_it_reviews(case, text, expected):
    assert (read(text, "issuer"), read(text, "published"), read(text, "report_year")) == expected


def test_a_province_in_brackets_before_a_title_naming_no_body_authors_nothing():
    text = "(浙江省)关于2023年度法治政府建设情况的报告\n全省共办理行政复议案件5600件。\n"
    assert read(text, "issuer") is None


# A page copied from a PDF runs the title, the salutation, the parts' numbers and the first sentences on one line.
RUN_ON = [
    ("the title run into the salutation, the first part's heading into its sentence",
     ("柳湾镇2024年度政府工作报告各位代表:现在,我代表柳湾镇人民政府,向大会报告工作,请予审议。一、2023年主要工作2023年,"
      "全镇共调解矛盾纠纷96件,调解成功94件。二、2024年工作安排全镇将继续做好调解工作。\n"),
     ("柳湾镇2024年度政府工作报告", "annual_report", 2023, "柳湾镇人民政府")),
    ("a courtesy sentence after the formula, a review's heading",
     ("2024年石桥市政府工作报告各位代表:现在,我代表市人民政府向大会报告工作,请予审议,并请市政协委员提出意见。"
      "一、2023年工作回顾2023年是不平凡的一年,全市共办理行政复议案件410件。\n"),
     ("2024年石桥市政府工作报告", "annual_report", 2023, "石桥市人民政府")),
    ("the first part planning the year delivered in: no year reviewed",
     ("柳湾镇2024年度政府工作报告各位代表:现在,我代表柳湾镇人民政府,向大会报告工作,请予审议。一、2024年工作安排2024年,"
      "全镇将调解矛盾纠纷百件以上。\n"),
     ("柳湾镇2024年度政府工作报告", "annual_report", None, "柳湾镇人民政府")),
    ("the first part's heading naming a span: no year reviewed",
     ("柳湾镇2024年度政府工作报告各位代表:现在,我代表柳湾镇人民政府,向大会报告工作,请予审议。一、2019年以来的工作五年来,"
      "全镇共调解矛盾纠纷480件。\n"),
     ("柳湾镇2024年度政府工作报告", "annual_report", None, "柳湾镇人民政府")),
    ("a salutation whose speech opens with no formula: no title", ("石桥县人民政府工作报告各位代表:今天召开大会,"
     "主要任务是总结工作。一、2023年工作回顾2023年全县共办理行政复议案件56件。\n"), (None,)),
    ("a sentence naming the report, then a colon: no title",
     "认真落实政府工作报告各项任务:全县共办理行政复议案件56件,行政机关负责人出庭应诉率达100%。\n", (None,)),
]


@pytest.mark.parametrize(("case", "text", "expected"), RUN_ON, ids=[c[0] for c in RUN_ON])
def test_a_delivered_report_copied_as_one_line(case, text, expected):
    assert tuple(read(text, name) for name in ("title", "kind", "report_year", "issuer"))[:len(expected)] == expected


def test_a_delivered_report_whose_lines_are_kept_is_read_as_it_was():
    text = ("柳湾县人民检察院工作报告\n——2024年1月16日在柳湾县第九届人民代表大会第三次会议上\n"
            "各位代表:\n现在,我代表县人民检察院向大会报告工作。\n2023年,全院共办理行政检察案件64件。\n")
    assert (read(text, "title"), read(text, "kind"), read(text, "report_year"), read(text, "issuer")) \
        == ("柳湾县人民检察院工作报告", "annual_report", 2023, "柳湾县人民检察院")


def test_a_titles_compact_date_in_brackets_is_no_part_of_it():
    text = ("2024年石桥市政府工作报告(20240218)\n2024年石桥市政府工作报告各位代表:现在,我代表市人民政府向大会报告工作,"
            "请予审议。一、2023年工作回顾2023年,全市共办理行政复议案件410件。\n")
    assert (read(text, "title"), read(text, "report_year")) == ("2024年石桥市政府工作报告", 2023)
    # a number in brackets that is no date stays
    assert read("石桥市行政复议工作报告(20241318)\n全市共办理行政复议案件410件。\n", "title") \
        == "石桥市行政复议工作报告(20241318)"
