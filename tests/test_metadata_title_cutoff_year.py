"""A title noting in brackets the day or the year's end its figures run up to ((截至2022年12月31日), (数据截止2023年6月30日),
(截至2022年底)) names that year (the title_period cue), where the title names no other; a title naming a span besides
(2020年以来…(截至2022年12月31日)) names none, and a cutoff in the body is no title's.

Every text below is written for these tests; the work and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "全县持续推进依法行政,办理行政复议案件41件,行政机关负责人出庭应诉率100%。\n"

YEARS = [
    ("the year's last day", "法治政府建设情况报告(截至2022年12月31日)\n" + _BODY, 2022),
    ("the figures' day within the year", "依法行政工作情况报告(数据截止2023年6月30日)\n" + _BODY, 2023),
    ("the year's end", "行政复议工作情况报告(截至2022年底)\n" + _BODY, 2022),
    ("a span besides", "2020年以来法治政府建设情况报告(截至2022年12月31日)\n" + _BODY, None),
    ("a cutoff in the body", "法治政府建设情况报告\n截至2022年12月31日," + _BODY, None),
]


@pytest.mark.parametrize(("case", "text", "expected"), YEARS, ids=[c[0] for c in YEARS])
def test_title_cutoff_names_the_year(case, text, expected):
    assert read(text, "report_year") == expected
