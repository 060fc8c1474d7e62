"""The kind of an untitled yearly or half-year summary whose opening is not the plain "YYYY年,<body><verb>" form: a year
run into its body with no comma, the writers speaking as 我们 or 我局 (over a year, a part of it, the year so far or the
years since one), a bare 一、基本情况 over its own parts, the work's progress as the first part's state (一、…工作推进情况,
its last word doubled or not), an honour the year's work won; each case has a twin that must stay what it is.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as field

from lawreport import extract

PARTS = "(一)规范执法行为。全年查处违法案件46件。\n(二)化解矛盾纠纷。全年调解纠纷215件。\n"
SO_FAR = "今年以来,我局在县委、县政府的领导下,认真履行各项职责。\n一、依法决策更加规范\n" + PARTS

CASES = [
    # a year run into its body with no comma (opening_body, own_subject)
    ("a year run into its body with no comma, over a first part naming the work's state, is the year's report",
     "2021年县水利局在县委、县政府的领导下,认真学习法治思想,推动各项工作有序开展。\n一、主要工作情况\n" + PARTS,
     "annual_report"),
    ("…the year run into the body's event (2021年县水利局印发…) is none",
     "2021年县水利局印发了节水宣传册三千份,发放到各个村组。\n一、主要工作情况\n" + PARTS, "other"),
    ("…a news lead telling what a reporter learned of it (记者…获悉) stays news",
     "记者近日从县水利局获悉,2021年县水利局在县委、县政府的领导下,认真学习法治思想,推动各项工作有序开展。\n"
     + "一、主要工作情况\n" + PARTS, "news"),
    ("…and an account of years with no parts and no year's figures stays none",
     "2021年以来,某县积极整合调解力量,不断完善工作机制。\n聚焦人民调解,着力构建多元化解格局。\n", "other"),
    # the writers as the subject (own_subject)
    ("a half-year opening with the writers (我们) as its subject, over numbered parts, is their summary",
     "2024年上半年,在区委、区政府的坚强领导下,我们紧紧围绕中心任务,认真履行各项职责。\n"
     "一、统筹协调作用有效发挥。\n" + PARTS, "annual_report"),
    ("…and so is a year's opening with 我局 as its subject",
     "2023年,我局围绕全县大局,依法履行职能。\n一、依法决策更加规范\n" + PARTS, "annual_report"),
    ("…and so is one with the writers over the years since one (2021年以来,我们…), over numbered parts",
     "2021年以来,我们积极整合调解力量,不断完善工作机制。\n一、统筹协调作用有效发挥。\n" + PARTS, "annual_report"),
    ("…while the years' account with no year written (近年来,我们…) stays none",
     "近年来,我们积极整合调解力量,不断完善工作机制。\n一、统筹协调作用有效发挥。\n" + PARTS, "other"),
    ("…and a year's plan (我们将继续…) reports none done",
     "2025年上半年,在区委的领导下,我们将继续围绕中心任务,进一步履行各项职责。\n一、统筹协调作用有效发挥。\n" + PARTS,
     "other"),
    ("…nor does one setting the writers' tasks (我们要…)",
     "2025年,在区委的领导下,我们要紧紧围绕中心任务,认真履行各项职责。\n一、统筹协调作用有效发挥。\n" + PARTS, "other"),
    ("…and so is a half-year's with a centre writing of itself (我中心) as its subject",
     "2024年上半年,在县司法局的领导下,我中心紧紧围绕中心任务,认真履行各项职责。\n一、统筹协调作用有效发挥。\n" + PARTS,
     "annual_report"),
    ("…or a town (我镇)", "2024年上半年,在县委的坚强领导下,我镇紧紧围绕中心任务,认真履行各项职责。\n一、统筹协调作用有效发挥。\n"
     + PARTS, "annual_report"),
    ("…not a town's plan (我镇将…)", "2025年上半年,在县委的领导下,我镇将继续围绕中心任务,进一步履行各项职责。\n"
     "一、统筹协调作用有效发挥。\n" + PARTS, "other"),
    ("…while what the writers required (我局要求…) was done, and leaves the summary one",
     "2023年,我局要求各科室依法履行职能。\n一、依法决策更加规范\n" + PARTS, "annual_report"),
    ("…nor does an opening with a named place, not the writers, as its subject in a part of the year",
     "2024年上半年,全区各级调解组织围绕中心任务,认真履行各项职责。\n一、统筹协调作用有效发挥。\n" + PARTS, "other"),
    # the writers over the year so far or a part of it with no year written (so_far_opening, own_subject)
    ("the writers (我局) over this year's work so far (今年以来), over numbered parts, is their summary",
     SO_FAR, "annual_report"),
    ("…and so they are over the months so far (1-11月,我们…)",
     "1-11月,我们紧紧围绕中心任务,认真履行各项职责。\n一、统筹协调作用有效发挥。\n" + PARTS, "annual_report"),
    ("…or up to a month's end (截至10月底,我委…)",
     "截至10月底,我委围绕全区大局,依法履行职能。\n一、依法决策更加规范\n" + PARTS, "annual_report"),
    ("…or this year so far said 今年来 (今年来,我局…)",
     "今年来,我局围绕全县大局,依法履行职能。\n一、依法决策更加规范\n" + PARTS, "annual_report"),
    ("…or since the year's start (年初以来,我办…)",
     "年初以来,我办围绕全区大局,依法履行职能。\n一、依法决策更加规范\n" + PARTS, "annual_report"),
    ("…a named body over this year's work so far, no writers speaking of themselves, stays none",
     "今年以来,县司法局在县委、县政府的领导下,认真履行各项职责。\n一、依法决策更加规范\n" + PARTS, "other"),
    ("…and so does the writers' plan for the rest of the year (我们将继续…)",
     "今年以来,我们将继续围绕中心任务,进一步履行各项职责。\n一、统筹协调作用有效发挥。\n" + PARTS, "other"),
    ("…or the writers over a first part on problems",
     "今年以来,我局认真履行各项职责。\n一、存在的问题\n(一)执法力量不足。\n(二)宣传不够深入。\n", "other"),
    # a bare 一、基本情况 over its own parts (basic_state_heading)
    ("一、基本情况 opening the text over its own numbered parts is the report's first part",
     "一、基本情况\n(一)学习宣传法治思想情况。一是我办把法治思想列入班子学习计划,全年集中学习5次。\n"
     + "(二)推进政务服务改革情况。全年办理审批事项410件。\n", "annual_report"),
    ("…over prose, then the practice (二、主要做法), it is a case's account, no report",
     "一、基本情况\n某镇地处山区,辖12个行政村,外出务工人员较多,邻里纠纷时有发生。\n"
     + "二、主要做法\n聚焦源头预防,建立网格排查机制。\n", "other"),
    ("…and over the state of the cases ((一)行政复议案件情况) it is no report on the work",
     "一、基本情况\n(一)行政复议案件情况\n全年收到行政复议申请88件,受理80件。\n"
     + "(二)行政应诉案件情况\n全年办理一审行政应诉案件51件。\n", "other"),
    # the work's progress named as the first part's state (work_state_heading)
    ("a first part on a part of the year's work in progress (工作推进情况) opening the text is the summary",
     "一、2022年上半年工作推进情况\n" + PARTS, "annual_report"),
    ("…the year's work plan opening the text (工作推进计划) is none",
     "一、2022年下半年工作推进计划\n" + PARTS, "other"),
    ("…and the state's word doubled at the heading's end (工作推进情况情况) reads as the single form",
     "一、2022年上半年工作推进情况情况\n" + PARTS, "annual_report"),
    ("…as the plan's word doubled (工作推进计划计划) still plans",
     "一、2022年下半年工作推进计划计划\n" + PARTS, "other"),
    # an honour won in the opening (work_done)
    ("a body's year opening telling an honour its work won, over a part on the rule-of-law work, is the year's report",
     "2021年,县司法局以服务大局为统领,找准抓手、重点带动。2021年,县司法局荣获全市司法行政工作综合考评第二名。\n"
     "一、有效衔接,司法行政工作助推法治政府建设\n" + PARTS, "annual_report"),
    ("…an honour only striven for (力争荣获) tells no results",
     "2021年,县司法局以服务大局为统领,找准抓手、重点带动,力争荣获全市司法行政工作综合考评先进。\n"
     "一、有效衔接,司法行政工作助推法治政府建设\n" + PARTS, "other"),
]


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_untitled_summary_opening_kind(name, text, expected):
    assert field(text, "kind") == expected


HALF_YEAR = next(text for name, text, _ in CASES if name.startswith("a half-year opening"))


def test_the_writers_speaking_of_themselves_evidence_the_kind():
    text = HALF_YEAR
    evidence = extract(text).model_dump()["metadata_evidence"]["kind"]
    assert evidence["text"] == "我们"
    assert text[evidence["start"]:evidence["end"]] == evidence["text"]


def test_a_half_year_summary_reports_on_its_year():
    assert field(HALF_YEAR, "report_year") == 2024


@pytest.mark.parametrize("sign_off, year", [
    ("某县自然资源局\n2023年11月20日\n", 2023),  # dated in the year it tells of: 今年 is that year
    ("某县自然资源局\n2024年1月8日\n", None),  # dated in the season of annual reviews: it may be the year before's
    ("", None),  # undated: 今年 names no year
])
def test_the_year_so_far_dates_a_summary_by_its_own_date_alone(sign_off, year):
    assert field(SO_FAR + sign_off, "kind") == "annual_report"
    assert field(SO_FAR + sign_off, "report_year") == year


def test_the_years_since_one_date_a_summary_by_that_year_while_its_date_is_in_it():
    text = "2022年以来,我们积极整合调解力量,不断完善工作机制。\n一、统筹协调作用有效发挥。\n" + PARTS
    assert field(text, "report_year") == 2022  # undated: the year written
    assert field(text + "某县司法局\n2023年2月3日\n", "report_year") == 2022  # its annual-report season
    assert field(text + "某县司法局\n2025年6月3日\n", "report_year") is None  # years later: a span of years
