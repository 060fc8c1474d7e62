"""A text counts as wrapped at a width only where most of its lines of that width run on into the next: a
title, a date line and headings may share a length by chance, and each ends where it ends."""

from __future__ import annotations

from lawreport.pipeline import extract
from lawreport.structure import wrap_breaks

WIDTH = 30


def line(text: str, fill: str = "法") -> str:
    """`text` brought to WIDTH characters with `fill` before its last character."""
    assert len(text) <= WIDTH
    return text[:-1] + fill * (WIDTH - len(text)) + text[-1]


TITLE = line("青禾县市场监督管理局2024年度法治政府建设情况报告")
LOOSE = "\n".join([
    TITLE,
    line("栏目:政策文件 发布时间:2025-01-12 来源:本局办"),
    TITLE,
    "",
    line("(一)履行第一责任人职责,推进法治政府建设"),
    "",
    "    全年召开专题会议三次。",
    line("(二)深化放管服改革,优化法治化营商环境"),
    "",
    "    全年办理行政许可九百件。",
])


def test_lines_sharing_a_length_by_chance_are_not_wrapped():
    assert all(len(x) == WIDTH for x in LOOSE.split("\n") if len(x) > 20)
    assert wrap_breaks(LOOSE) == []
    assert extract(LOOSE).title == TITLE


def test_a_paragraph_wrapped_at_the_width_is_joined():
    body = "全年共受理行政复议申请八十八件依法审结七十一件纠错九件" * 6
    wrapped = "\n".join(body[i:i + WIDTH] for i in range(0, len(body), WIDTH)) + "。\n"
    assert len(wrap_breaks(wrapped)) == len(body) // WIDTH - (len(body) % WIDTH == 0)
