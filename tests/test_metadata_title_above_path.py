"""A page whose scrape kept its title above the site's path and no headline under it (关于2022年度…的报告 / 当前位置:首页 >
… / 发布时间:… / 2022年,我县…) is titled by that line, when it names a title word and a year; a column's or a menu's
name above the path (法治政府建设年度报告, no year) is none, and a headline under the path is still the title.

Every text below is written for these tests; the work and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BELOW = "发布时间:2023-02-10 来源:县司法局 浏览次数:321\n2022年,我县坚持依法行政,全年办理行政复议案件28件。\n"

TITLES = [
    ("the title over the path", "关于2022年度法治政府建设工作情况的报告\n当前位置:首页 > 政务公开 > 法治政府建设\n" + _BELOW,
     "关于2022年度法治政府建设工作情况的报告"),
    ("…under the site's name, over its menu", "青禾县人民政府\n某县2022年法治政府建设情况报告\n首页 政务公开 互动交流\n"
     "当前位置:首页 > 政务公开 > 法治政府建设\n" + _BELOW, "某县2022年法治政府建设情况报告"),
    ("a column's name over the path", "法治政府建设年度报告\n当前位置:首页 > 政务公开 > 法治政府建设\n" + _BELOW, None),
    ("a headline under the path", "关于2021年度法治政府建设工作情况的报告\n当前位置:首页 > 政务公开 > 法治政府建设\n"
     "关于2022年度法治政府建设工作情况的报告\n" + _BELOW, "关于2022年度法治政府建设工作情况的报告"),
]


@pytest.mark.parametrize(("case", "text", "expected"), TITLES, ids=[c[0] for c in TITLES])
def test_title_above_the_path(case, text, expected):
    assert read(text, "title") == expected
