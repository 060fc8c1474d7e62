"""Outline as real pages write it: page buttons and picture labels in 【】, parts named by what the work faces or by
the coming year in words."""

from __future__ import annotations

import pytest

from lawreport import extract

_OPENING = "2024年,我局扎实推进法治政府建设,现将有关情况报告如下。\n"
_BODY = "全年召开专题会议四次,研究部署法治建设重点任务,推动各项工作落实落地。\n"


def _sections(text: str) -> list[tuple[str, str, str]]:
    return [(s.numbering, s.title, s.kind) for s in extract(text).sections]


@pytest.mark.parametrize("chrome", ["【打印正文】", "【返回列表】", "【资料图】", "【视频】", "【新闻图片】"])
def test_a_page_button_or_a_picture_label_in_brackets_is_no_heading(chrome):
    text = f"某县司法局召开年度工作会议\n{chrome}\n会上,与会人员听取了全县法治建设工作情况汇报,部署了下一阶段的重点任务。\n"
    assert _sections(text) == []


def test_bracket_headings_that_name_a_part_stay():
    text = _OPENING + "【主要做法】\n" + _BODY + "【存在问题】\n" + _BODY
    assert _sections(text) == [("【】", "主要做法", "achievements"), ("【】", "存在问题", "shortcomings")]


@pytest.mark.parametrize(("title", "kind"), [
    ("面临的挑战", "shortcomings"),
    ("存在的主要挑战", "shortcomings"),
    ("下年度重点工作", "plans"),
    ("下一年度努力的重点", "plans"),
    ("新的一年工作举措", "plans"),
    ("明年重点任务", "plans"),
])
def test_a_part_named_by_what_the_work_faces_or_by_the_coming_year_in_words(title, kind):
    text = _OPENING + "一、主要工作和成效\n(一)加强组织领导。" + _BODY + f"二、{title}\n(一)强化学习培训。" + _BODY
    assert _sections(text)[2:] == [("二、", title, kind), ("(一)", "强化学习培训", kind)]


@pytest.mark.parametrize("title", ["应对风险挑战,推动法治政府建设提质增效", "上一年度推进法治政府建设的主要举措和成效"])
def test_a_work_area_that_meets_a_challenge_or_the_year_before_is_work_done(title):
    text = _OPENING + f"一、{title}\n(一)加强组织领导。" + _BODY
    assert _sections(text)[0] == ("一、", title, "achievements")


_LONG = "强化法治政府建设组织领导,坚持党政主要负责人履行推进法治建设第一责任人职责"  # 40 characters
