"""A reporters' byline a page runs onto its headline's line after a blank (…新成效 记者 甲乙 通讯员 丙丁, 文/甲乙), the
outlet's name or 本报 before the role or not, in parentheses or after a box mark or not, a copy's day after it or not,
is no part of the title; a headline whose own words hold 记者 or 通讯员 keeps them.

Every text below is written for these tests; the places, names and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_LEAD = "本报讯 2024年,石门县共办理行政复议案件46件,同比增长12%。\n县司法局负责人表示,下一步将继续加强复议规范化建设。\n"

HEADLINES = [
    ("a reporter and a correspondent", "石门县行政复议案件办理质效稳步提升 记者 周安然 通讯员 韩小禾\n",
     "石门县行政复议案件办理质效稳步提升"),
    ("本报 before the role", "石门县行政复议案件办理质效稳步提升 本报记者 周安然\n", "石门县行政复议案件办理质效稳步提升"),
    ("an outlet's name before the role, in parentheses", "石门县行政复议案件办理质效稳步提升 (南江日报记者 周安然 通讯员 韩小禾)\n",
     "石门县行政复议案件办理质效稳步提升"),
    ("a paper's box mark before the byline", "石门县行政复议案件办理质效稳步提升 ■本报记者 周安然\n",
     "石门县行政复议案件办理质效稳步提升"),
    ("a writer's byline by 文/", "石门县行政复议案件办理质效稳步提升 文/周安然\n", "石门县行政复议案件办理质效稳步提升"),
    ("the copy's day after the byline", "石门县行政复议案件办理质效稳步提升 记者 周安然 通讯员 韩小禾 2025年1月9日\n",
     "石门县行政复议案件办理质效稳步提升"),
    ("…and its time", "石门县行政复议案件办理质效稳步提升 记者 周安然 2025-01-09 10:20\n", "石门县行政复议案件办理质效稳步提升"),
    ("a line over a title's length, its 来源 after the byline",
     "石门县去年办理行政复议案件四十六件 纠错率百分之十一点二 记者 周安然 通讯员 韩小禾 2025年1月9日 来源:南江日报\n",
     "石门县去年办理行政复议案件四十六件 纠错率百分之十一点二"),
    ("a headline's own 记者 after a blank, its words running on, stays", "石门县司法局 记者节走访一线调解员\n",
     "石门县司法局 记者节走访一线调解员"),
    ("…and one with no blank before it", "石门县法院邀请记者 旁听行政案件庭审\n", "石门县法院邀请记者 旁听行政案件庭审"),
]


@pytest.mark.parametrize(("case", "head", "expected"), HEADLINES, ids=[c[0] for c in HEADLINES])
def test_a_byline_run_onto_the_headline_is_no_part_of_the_title(case, head, expected):
    assert read(head + _LEAD, "title") == expected
