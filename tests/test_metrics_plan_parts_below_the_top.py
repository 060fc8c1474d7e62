"""A plan part headed below the top level, inside a part on the year's work ((三)下一步工作打算, 3.下一步工作计划,
(三)2026年工作计划 under 一、2025年工作情况; a report by work areas: 一、行政复议工作 (一)工作情况 (二)下一步打算): its
figures are targets of the year planned, as under a top-level 三、下一步工作打算. A part of the year's work named
without a plan ((三)法律援助工作), or a measure named with a plan word ((四)编制年度普法计划), stays what was done.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from lawreport import extract
from lawreport.normalize import normalize
from lawreport.structure import Outline

_HEAD = "东岭县司法局2025年工作总结\n发布时间:2026-01-15\n"


def facts(text: str):
    """(key, value, year, target) of each headline metric of `text`."""
    return sorted((m.key, m.value, m.year, m.target) for m in extract(text).metrics)


_DONE = [("legal_aid_cases", 438, 2025, False), ("mediation_cases", 2160, 2025, False)]


@pytest.mark.parametrize("heading", ["(三)下一步工作打算", "(三)2026年工作计划", "3.下一步工作计划", "(三)今后工作思路"])
def test_a_plan_part_inside_the_years_work_plans_the_next_year(heading):
    text = (_HEAD + "一、2025年工作情况\n(一)法律援助工作。全年办理法律援助案件438件。\n(二)人民调解工作。全年调解纠纷2160件。\n"
            f"{heading}\n一是全年办理法律援助案件500件;二是调解成功率达到98.5%。\n二、存在的问题\n基层力量薄弱。\n")
    assert facts(text) == sorted(_DONE + [("legal_aid_cases", 500, 2026, True),
                                          ("mediation_success_rate", 98.5, 2026, True)])


def test_each_work_areas_next_steps_plan_the_next_year():
    text = (_HEAD + "一、行政复议工作\n(一)工作情况。全年新收行政复议案件57件。\n"
            "(二)下一步打算。确保行政机关负责人出庭应诉率保持100%。\n"
            "二、法律援助工作\n(一)工作情况。全年办理法律援助案件438件。\n(二)下一步打算。办理法律援助案件520件。\n")
    assert facts(text) == [("head_appearance_rate", 100, 2026, True), ("legal_aid_cases", 438, 2025, False),
                           ("legal_aid_cases", 520, 2026, True), ("reconsideration_received", 57, 2025, False)]


@pytest.mark.parametrize("heading", ["(三)法律援助工作", "(三)科学编制年度普法计划", "(三)突出工作重点"])
def test_a_part_of_the_years_work_stays_what_was_done(heading):
    text = (_HEAD + "一、2025年工作情况\n(一)人民调解工作。全年调解纠纷2160件。\n(二)公证工作。全年办理公证事项3050件。\n"
            f"{heading}\n全年办理法律援助案件438件。\n")
    assert facts(text) == sorted(_DONE + [("notarizations", 3050, 2025, False)])


def test_a_plan_part_ends_where_the_next_part_of_its_level_starts():
    text = normalize("一、2025年工作情况\n(一)下一步打算\n办理案件500件。\n(二)公证工作\n办理公证事项3050件。\n")
    outline = Outline(text)
    assert outline.in_plan(text.index("500")) == (True, None)
    assert outline.in_plan(text.index("3050")) == (False, None)
