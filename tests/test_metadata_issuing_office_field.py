"""A county portal's disclosure box naming the publisher in a 发文机构 row.

The row names the issuing body as a 发文机关 or a 发布机构 row does: after a colon, or after spaces alone in a box
scraped as one line of labels and values. A site named there (县政府网站) is no body, and the row's value is no title. Every
sentence below is written for these tests; bodies and figures are made up (the places that must resolve are real: the
region rules read the division list).
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_TITLE = "2024年度法治政府建设工作报告\n"
_BODY = "2024年，我局坚持依法行政，扎实推进法治政府建设。现将有关情况报告如下：\n一、主要成效\n全年办理法律援助案件一百二十件。\n"

_ONE_LINE = "首页 > 信息公开 > 法治政府建设\n发文机构：青川县司法局  发布日期：2025-03-26\n" + _TITLE + _BODY
_SPACED = "索引号 000123/2025-00456 发文机构 青川县司法局 主题分类 法治政府建设\n" + _TITLE + _BODY
_SITE = "  • 发文机构：\n\n    县政府网站\n  • 发文日期：\n\n    2025年03月26日\n\n" + _BODY


@pytest.mark.parametrize("label,text,field,expected", [
    ("a 发文机构 row on one line names the issuer", _ONE_LINE, "issuer", "青川县司法局"),
    ("…and places the report", _ONE_LINE, "county", "青川县"),
    ("a 发文机构 row parted from its value by spaces alone", _SPACED, "issuer", "青川县司法局"),
    ("…and places the report", _SPACED, "county", "青川县"),
    # A site named in the row is no body, and the row is the box's: its value titles nothing.
    ("a site in the row names no issuer", _SITE, "issuer", None),
    ("…nor is it the title", _SITE, "title", None),
])
def test_issuing_office_field(label, text, field, expected):
    assert read(text, field) == expected, label
