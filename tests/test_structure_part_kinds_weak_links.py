"""A report's part on its weak links (存在的薄弱环节, 工作中的弱项, with their causes: 薄弱环节及原因) or on what is still
to be bettered (需要改进的方面) names its shortcomings, as 存在的问题 does; a work area mending the weak links, or one the work must push on, is none."""

from __future__ import annotations

import pytest

from lawreport import extract

REPORT = ("白川县司法局2024年法治政府建设工作总结\n"
          "一、主要工作\n"
          "（一）加强组织领导\n"
          "局党组召开法治建设专题会议5次，研究解决重点问题8个。\n"
          "二、{title}\n"
          "一是基层执法力量较为薄弱，专业人员短缺；二是普法宣传形式较为单一，针对性有待增强。\n"
          "三、下一步工作打算\n"
          "持续加强执法队伍建设，组织执法人员参加专业培训。\n")


@pytest.mark.parametrize("title", ["存在的薄弱环节", "工作中的弱项", "存在的短板弱项", "需要改进的方面", "有待加强的地方",
                                   "有待提升的工作", "薄弱环节及原因", "工作中的弱项及其原因分析"])
def test_a_part_on_weak_links_or_on_what_to_better_names_the_shortcomings(title):
    record = extract(REPORT.format(title=title))
    assert [(s.title, s.kind) for s in record.sections if s.level == 1][1] == (title, "shortcomings")
    assert [i.category for i in record.initiatives][1:3] == ["shortcomings", "shortcomings"]


@pytest.mark.parametrize("title", ["补齐薄弱环节", "强化弱项", "夯实基层薄弱环节", "需要统筹推进的工作", "补齐薄弱环节及原因"])
def test_a_work_area_mending_weak_links_or_pushing_on_is_work_done(title):
    record = extract(REPORT.format(title=title))
    assert [(s.title, s.kind) for s in record.sections if s.level == 1][1] == (title, "achievements")


@pytest.mark.parametrize("title", ["接下来的工作", "接下来工作重点"])
def test_a_part_on_what_comes_next_plans(title):
    text = REPORT.replace("三、下一步工作打算", f"三、{title}").format(title="存在的问题")
    assert [(s.title, s.kind) for s in extract(text).sections if s.level == 1][2] == (title, "plans")
