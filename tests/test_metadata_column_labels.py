"""A site's column labelled by notice words paired (通知公告, 公示公告) set alone above an item's title is the site's
chrome, never the title, though it holds title words; a title ending in those words (关于…的通知公告) is the title.

Every sentence below is written for these tests; the bodies and dates are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_NOTICE = ("关于青禾县白沙路拓宽工程的通知公告\n发布日期: 2025-02-13\n"
           "为推进工程建设,现将有关事项公告如下:\n一、施工期间道路封闭。\n")
_REPORT = ("青禾县2024年法治政府建设年度报告\n来源: 青禾县人民政府\n发布日期: 2025-02-13\n"
           "2024年,青禾县坚持以法治思想为指引,全力推动法治政府建设取得新成效。现将有关情况报告如下:\n"
           "一、主要举措和成效\n全年审查规范性文件十二件。\n")

CASES = [
    ("notice words paired", "通知公告\n" + _REPORT, "青禾县2024年法治政府建设年度报告"),
    ("…in the other order", "公示公告\n" + _REPORT, "青禾县2024年法治政府建设年度报告"),
    ("a title ending in the words is the title", _NOTICE, "关于青禾县白沙路拓宽工程的通知公告"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_column_labels(case, text, expected):
    assert read(text, "title") == expected
