"""A disclosure box whose rows run each label into its value on a short line of their own, the value opening with a
Latin letter or a digit (索引号abc/2026-00001, 发文日期2026-01-27), bulleted lines of dashes between: each row is the
box's, no title, and the title is the report's line below the box. A headline a label's words open (文号清理工作通报,
索引号管理规范出台) stays a title.

Every text below is written for these tests; the codes and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_TITLE = "青石乡2024年法治政府建设工作情况报告"
_BOX = ("- 乡镇信息公开\n-\n索引号qsx-rmzf/2025-00007\n-\n发布机构青石乡人民政府\n-\n文号\n-\n发布日期2025-01-20\n"
        "-\n时效性有效\n")
_BODY = ("县委全面依法治县委员会办公室:\n2024年,青石乡坚持以习近平法治思想为指导,扎实推进法治政府建设。现将有关情况报告如下:\n"
         "一、主要举措和成效\n全年开展法治宣传活动十二场。\n")

CASES = [
    ("an index code run into its label", _BOX + _TITLE + "\n" + _BODY, "title", _TITLE),
    ("a headline opening with a label's word", "文号清理工作通报\n发布日期:2025-03-20\n" + _BODY, "title", "文号清理工作通报"),
    ("…with an index code's", "索引号管理规范出台\n发布日期:2025-03-20\n" + _BODY, "title", "索引号管理规范出台"),
]


@pytest.mark.parametrize(("case", "text", "field", "expected"), CASES, ids=[c[0] for c in CASES])
def test_glued_box_labels(case, text, field, expected):
    assert read(text, field) == expected
