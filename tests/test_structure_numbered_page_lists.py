"""A page converted to text numbers the items of its lists, its breadcrumb trail among them: a numbered line naming
page furniture after its number (1. 当前位置:, 2. 首页 > 政务公开) or a piece of the trail opening with its mark
(3. > 正文) heads nothing; the report's own parts below stay."""

from __future__ import annotations

import pytest

from lawreport import extract

_REPORT = ("\n\n某县司法局2025年1月行政调解工作情况报告\n一、案件基本情况\n全县共受理行政调解案件30件，调解成功27件。\n"
           "二、下一步工作措施\n一是加强宣传引导。二是提升调解能力。\n")


@pytest.mark.parametrize("trail", [
    "1. 当前位置:\n2. 首页 > 政务公开 > 司法局\n3. > 正文",
    "1. 您现在的位置：首页\n2. › 正文",
])
def test_a_numbered_breadcrumb_trail_heads_nothing(trail):
    record = extract(trail + _REPORT)
    assert [s.title for s in record.sections] == ["案件基本情况", "下一步工作措施"]
    assert [i.title for i in record.initiatives] == ["加强宣传引导", "提升调解能力"]


def test_numbered_parts_that_are_no_furniture_stay():
    record = extract("某县司法局2025年工作计划\n1. 首席法律咨询专家制度\n全年聘请专家5名。\n2. 打造调解品牌\n创建品牌调解室2个。\n")
    assert [s.title for s in record.sections] == ["首席法律咨询专家制度", "打造调解品牌"]


def test_an_item_below_the_reports_first_heading_opening_with_a_furniture_word_stays():
    record = extract("某县政务服务中心2024年工作总结\n一、主要工作\n1. 首页改版上线\n网站首页全年更新信息300条。\n"
                     "2. 健全审核机制\n全年审核稿件500篇。\n")
    assert [s.title for s in record.sections] == ["主要工作", "首页改版上线", "健全审核机制"]
