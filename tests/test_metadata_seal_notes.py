"""A sign-off noting where the body's seal goes after its name (某县人民政府(盖章), 某县司法局(印), 某局(代章)), on the
line above its date or beside it: the name before the note signs the report and dates it, as the bare name does; a
note after a person or an office is still no body. Every sentence below is written for these tests; bodies and
figures are made up (the places that must resolve are real: the region rules read the division list).
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_HEAD = "关于2023年度法治政府建设情况的报告\n2023年，我们坚持依法行政，全年办理行政复议案件二十件。\n"

CASES = [
    ("a government's seal noted", _HEAD + "商南县人民政府（盖章）\n2024年1月30日\n", "issuer", "商南县人民政府"),
    ("a bureau's, in one word", _HEAD + "洛南县司法局（印）\n2024年1月30日\n", "issuer", "洛南县司法局"),
    ("a unit's seal, half-width brackets", _HEAD + "洛南县司法局(单位盖章)\n2024年1月30日\n", "issuer", "洛南县司法局"),
    ("a seal and the date on one line", _HEAD + "洛南县司法局（代章）  2024年1月30日\n", "issuer", "洛南县司法局"),
    ("…the date read too", _HEAD + "洛南县司法局（代章）  2024年1月30日\n", "published", "2024-01-30"),
    # A seal noted after no body's name names none.
    ("an office holder's seal", _HEAD + "局长（签章）\n2024年1月30日\n", "issuer", None),
    ("a person's, dated on the line", _HEAD + "王晓（签章）  2024年1月30日\n", "issuer", None),
]


@pytest.mark.parametrize(("case", "text", "name", "expected"), CASES, ids=[c[0] for c in CASES])
def test_metadata_field(case, text, name, expected):
    assert read(text, name) == expected, case
