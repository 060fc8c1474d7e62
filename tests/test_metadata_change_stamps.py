"""A page's stamp of its last change labelled with 时间 (更新时间:2024-02-01, 修改时间:…) beside its 发布时间: the day it was
changed, a minor label as 更新日期 is, so the 发布时间 dates the page wherever the two stand on the line; alone, the change
stamp still dates a page nothing else dates. Every sentence below is written for these tests; bodies are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_TITLE = "丹凤县2023年法治政府建设年度报告\n"
_BODY = "2023年，县政府坚持依法行政，扎实推进法治政府建设。\n"

CASES = [
    ("an update stamp before the date put out", _TITLE + "更新时间：2024-02-01 发布时间：2024-01-25\n" + _BODY, "2024-01-25"),
    ("a change stamp before it", _TITLE + "修改时间：2024-02-01 发布时间：2024-01-25\n" + _BODY, "2024-01-25"),
    ("…after it, as before", _TITLE + "发布时间：2024-01-25 更新时间：2024-02-01\n" + _BODY, "2024-01-25"),
    # Alone, or beside a bare 时间 label, the stamp is what dates the page.
    ("an update stamp alone", _TITLE + "更新时间：2024-02-01\n" + _BODY, "2024-02-01"),
    ("a bare 时间 before an update stamp", _TITLE + "时间：2024-01-25 更新时间：2024-02-01\n" + _BODY, "2024-01-25"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_published(case, text, expected):
    assert read(text, "published") == expected, case
