"""Metadata phrasings: a title set alone in 【】, street offices named with 街 alone, news verbs before a white paper,
untitled yearly work summaries.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_OPENING = "\n2024年,青禾县坚持依法行政,各项工作取得新成效。\n一、主要举措和成效\n全年审查规范性文件十二件。\n"

BRACKETED_LINES = [
    ("a report's title alone in 【】 on its line is the title, without its marks",
     "【青禾县2024年法治政府建设情况报告】", "青禾县2024年法治政府建设情况报告"),
    ("…a work summary's too", "【青禾县司法局2024年工作总结】", "青禾县司法局2024年工作总结"),
    ("a page's tag in 【】 stays chrome", "【打印】", None),
    ("…and so does a column's name", "【工作动态】", None),
]


@pytest.mark.parametrize(("case", "line", "expected"), BRACKETED_LINES, ids=[c[0] for c in BRACKETED_LINES])
def test_a_bracketed_line_reading_as_a_reports_title_is_the_title(case, line, expected):
    assert read(line + _OPENING, "title") == expected
