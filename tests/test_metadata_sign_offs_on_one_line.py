"""A sign-off whose body and date share one line, parted by spaces (青禾县应急管理局  2025年1月20日: a page copied without
the breaks of its right-aligned lines), names the report's issuer as the two lines would; a body's line closing on
anything but a date names none.

Every text below is written for these tests; the figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_REPORT = "2024年度法治政府建设工作报告\n2024年,我局坚持依法行政,各项工作取得新成效。\n一、主要成效\n全年办理行政复议案件五件。\n"

CASES = [
    ("the body and its date on one line", _REPORT + "青禾县应急管理局 2025年1月20日\n", "青禾县应急管理局"),
    ("…parted by wide spaces", _REPORT + "青禾县应急管理局\u3000\u30002025年1月20日\n", "青禾县应急管理局"),
    ("…the date in Chinese numerals", _REPORT + "青禾县应急管理局  二〇二五年一月二十日\n", "青禾县应急管理局"),
    ("the two lines", _REPORT + "青禾县应急管理局\n2025年1月20日\n", "青禾县应急管理局"),
    ("a body's line closing on a contact", _REPORT + "青禾县应急管理局 联系人:王某\n", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_sign_off_on_one_line(case, text, expected):
    assert read(text, "issuer") == expected
