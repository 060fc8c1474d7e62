"""A province's department (交通运输厅, 司法厅) calls itself by its level (我厅, 全厅, 省厅), as only a province's bodies are
厅: its text naming no unit in full is its province's, named by the short name alone (建设交通强国湖南示范区). A bureau
calling itself 我局 says nothing of a province, and one stray short name never places a report.

Every text below is written for these tests; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_REPORT = ("2023年政府信息公开工作年度报告\n"
           "一、总体情况\n{self}围绕加快建设交通强国湖南示范区、优化营商环境等方面,及时公开政策信息,"
           "累计公开各类信息3200余条。{again}\n")


@pytest.mark.parametrize(("self_call", "again"), [
    ("2023年,我厅", ""),
    ("2023年,全厅", ""),
    ("2023年,", "厅机关各处室严格落实省厅依申请公开工作流程。"),
])
def test_a_provincial_department_naming_its_province_by_the_short_name_is_that_provinces(self_call, again):
    assert read(_REPORT.format(self=self_call, again=again), "region") == ("湖南省", None, None)


@pytest.mark.parametrize(("self_call", "again"), [
    ("2023年,我局", ""),
    ("2023年,", "机关各处室严格落实依申请公开工作流程。"),
])
def test_a_text_calling_itself_no_department_is_not_placed_by_one_short_name(self_call, again):
    assert read(_REPORT.format(self=self_call, again=again), "region") == (None, None, None)


def test_a_citys_bureau_following_its_provincial_department_stays_the_citys():
    text = ("常德市交通运输局2023年政府信息公开工作年度报告\n"
            "2023年,常德市交通运输局在省厅指导下,围绕加快建设交通强国湖南示范区,及时公开政策信息。\n")
    assert read(text, "region") == ("湖南省", "常德市", None)
