"""A year's work arrangement or plan (某县2025年法治政府建设工作安排, …工作计划) is a plan document: each of its top-level
parts plans, whatever it is called; a summary naming the next year's plan after the last year's work is not. So is an
outline or an opinion whose preamble names it (制定本纲要, 提出以下意见。), or a plan saying what it is for (本计划旨在…); a
report citing one, given opinions or saying what it is for is not."""

from __future__ import annotations

import pytest

from lawreport import extract

BODY = (
    "一、深化依法行政\n"
    "（一）完善重大行政决策程序。年内出台决策事项目录，重大决策全部经合法性审查。\n"
    "（二）规范行政执法。开展执法案卷评查两轮。\n"
    "二、加强普法宣传\n"
    "组织法治宣传活动不少于30场。\n"
)


@pytest.mark.parametrize("head", [
    "松岭县2025年度法治政府建设工作安排\n",
    ("关于印发松岭县2025年法治政府建设\n工作计划的通知\n各乡镇人民政府，县直各单位：\n现印发给你们，请认真贯彻执行。\n"
     "松岭县人民政府办公室\n2025年3月2日\n"),
    "松岭县司法局2025年工作计划\n",
    "\u3000\u3000松岭县司法局2025年工作计划\n",  # an indented title line
])
def test_a_work_arrangement_or_plan_is_a_plan_document(head):
    record = extract(head + BODY)
    assert [(s.title, s.kind) for s in record.sections if s.level == 1] == [
        ("深化依法行政", "plans"), ("加强普法宣传", "plans")]


@pytest.mark.parametrize("head", [
    "松岭县司法局2024年工作总结和2025年工作计划\n",
    "松岭县2024年法治政府建设情况及2025年工作安排\n",
    "松岭县2024年法治政府建设情况报告\n",
])
def test_a_summary_naming_the_next_years_plan_opens_with_what_was_done(head):
    record = extract(head + BODY)
    assert [(s.title, s.kind) for s in record.sections if s.level == 1] == [
        ("深化依法行政", "achievements"), ("加强普法宣传", "achievements")]


@pytest.mark.parametrize("indent", ["", "\u3000\u3000", "  ", "\t"])
def test_a_numbered_part_named_the_years_plan_makes_no_plan_document(indent):
    """However far its line is indented, its number still marks it as a part of the report."""
    text = ("松岭县司法局2024年工作情况\n" + BODY + indent + "三、2025年工作计划\n（一）推进司法所规范化建设。\n")
    record = extract(text)
    assert [(s.title, s.kind) for s in record.sections if s.level == 1] == [
        ("深化依法行政", "achievements"), ("加强普法宣传", "achievements"), ("2025年工作计划", "plans")]


@pytest.mark.parametrize("preamble", [
    "为持续推进依法行政,结合本县实际,制定本纲要。\n",  # an outline names itself
    "为持续推进依法行政,结合本县实际,制定本实施纲要。\n",
    "为持续推进依法行政,现结合本县实际,提出以下意见。\n",  # so does an opinion
    "为持续推进依法行政,现结合本县实际,提出如下实施意见:\n",
    "本计划旨在明确2025年依法行政工作的目标及具体措施。\n",  # or says what it is for
    "本方案所称重点任务,是指县政府年度依法行政重点工作。\n",
])
def test_an_outline_or_an_opinion_naming_itself_is_a_plan_document(preamble):
    record = extract(preamble + BODY)
    assert [(s.title, s.kind) for s in record.sections if s.level == 1] == [
        ("深化依法行政", "plans"), ("加强普法宣传", "plans")]


@pytest.mark.parametrize("preamble", [
    "2024年,松岭县认真贯彻《法治政府建设实施纲要(2021-2025年)》,现将工作情况报告如下:\n",  # cites an outline
    "2024年,县人大常委会对我县依法行政工作提出以下意见建议,我县逐项整改落实。\n",  # opinions given on the work
    "本报告旨在总结2024年依法行政工作,现将有关情况报告如下:\n",  # a report says what it is for
])
def test_a_report_citing_an_outline_or_given_opinions_is_none(preamble):
    record = extract(preamble + BODY)
    assert [(s.title, s.kind) for s in record.sections if s.level == 1] == [
        ("深化依法行政", "achievements"), ("加强普法宣传", "achievements")]


# A short report's own plan part, its heading indented as a page sets its paragraphs (　　三、2025年工作计划), makes no
# plan document of it: what it reports done stays achievements, its figures no targets; a plan's title indented alike
# still names one.
_SHORT_REPORT = ("松岭县司法局2024年法治政府建设工作报告\n"
                 "　　一、主要工作开展情况\n　　全年收到行政复议申请58件，审结49件。\n"
                 "　　二、存在的问题\n　　基层法律服务力量薄弱。\n"
                 "　　三、2025年工作计划\n　　确保调解成功率稳定在98%以上。\n")


def test_an_indented_plan_heading_of_a_short_report_names_no_plan_document():
    record = extract(_SHORT_REPORT)
    assert [(s.title, s.kind) for s in record.sections if s.level == 1] == [
        ("主要工作开展情况", "achievements"), ("存在的问题", "shortcomings"), ("2025年工作计划", "plans")]
    assert {(m.key, m.value, m.target) for m in record.metrics if m.key == "reconsideration_received"} == {
        ("reconsideration_received", 58, False)}


def test_an_indented_plan_title_still_names_a_plan_document():
    record = extract("　　松岭县2025年度法治政府建设工作安排\n" + BODY)
    assert [(s.title, s.kind) for s in record.sections if s.level == 1] == [
        ("深化依法行政", "plans"), ("加强普法宣传", "plans")]


# A site's column label set alone on the page's first line (a 范文 site files its summaries under 工作计划, 计划规划 or
# 工作方案), over a breadcrumb repeating it or not, then the summary's own title: the column names what the site files
# the page under, no plan document; what the summary reports done stays achievements of its year.
_FILED_SUMMARY = ("松岭县2018年依法行政工作总结\n\n"
                  "一、主要工作开展情况\n2018年，全县共受理行政复议案件16件，审结15件。\n"
                  "二、存在的问题\n基层执法力量薄弱。\n"
                  "三、2019年工作计划\n力争调解成功率保持在98%以上。\n")


@pytest.mark.parametrize("column", [
    "工作计划\n\n",
    "工作计划\n当前位置：首页 > 工作计划\n\n",
    "计划规划\n\n",
    "计划规划\n当前位置:首页 > 计划规划\n\n",
    "工作方案\n\n",
])
def test_a_sites_column_label_over_a_summary_names_no_plan_document(column):
    record = extract(column + _FILED_SUMMARY)
    assert record.title == "松岭县2018年依法行政工作总结"
    assert record.kind == "annual_report"
    assert [(s.title, s.kind) for s in record.sections if s.level == 1] == [
        ("主要工作开展情况", "achievements"), ("存在的问题", "shortcomings"), ("2019年工作计划", "plans")]
    assert {(m.key, m.value, m.target, m.year) for m in record.metrics if m.key.startswith("reconsideration_")
            and m.unit == "count"} == {("reconsideration_received", 16, False, 2018), ("reconsideration_closed", 15, False, 2018)}


def test_a_column_label_over_a_summary_leaves_its_plan_part_planning():
    """The summary's own numbered part on the next year still plans: its figure is a target of that year."""
    record = extract("工作计划\n当前位置：首页 > 工作计划\n\n" + _FILED_SUMMARY)
    assert [(m.value, m.target, m.year) for m in record.metrics if m.unit == "%"] == [(98.0, True, 2019)]


def test_a_page_titled_by_the_bare_label_over_its_plan_is_still_a_plan():
    """A page whose only heading is the label, over a plan's own paragraph rather than a title, is titled by it."""
    record = extract("工作计划\n\n2020年,我局将继续做好人民调解工作,力争全年调解纠纷1300件。\n一、加强队伍建设\n二、完善调解机制\n")
    assert (record.title, record.kind) == ("工作计划", "plan")
    assert [(m.value, m.target, m.year) for m in record.metrics] == [(1300, True, 2020)]
