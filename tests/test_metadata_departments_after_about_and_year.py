"""A department's yearly report titled 关于 + the year + the department's name (关于2024年度丽水市林业局法治政府建设情况的
报告): the department after the year is the report's author, as in a title with no 关于 (2024年丽水市林业局…).

Every text below is written for these tests; the places are real, the bodies' sentences and figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as field

OPENING = "\n2024年，我局坚持依法行政，扎实推进法治政府建设，各项工作取得新成效。\n一、主要举措和成效\n（一）加强组织领导。局党组研究法治工作四次。\n"


@pytest.mark.parametrize("title, issuer", [
    ("关于2024年度丽水市林业局法治政府建设情况的报告", "丽水市林业局"),
    ("关于2022年衢州市自然资源和规划局法治政府建设工作情况的报告", "衢州市自然资源和规划局"),
    # a place alone, or the work's year with no body, names no author
    ("关于2024年度法治政府建设工作情况的报告", None),
    ("关于2024年全县法治政府建设情况的报告", None),
    ("关于2024年度丽水市莲都区法治政府建设情况的报告", None),
])
def test_the_body_after_about_and_the_year_authors_the_title(title, issuer):
    assert field(title + OPENING, "issuer") == issuer
