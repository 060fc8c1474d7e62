"""A page's source or date label set in brackets, run on after its headline (…年度报告(来源:石泉县司法局), …年度报告
【发布时间:2024-01-05】) or on its own line under it ((来源:石泉县司法局), [来源:石泉县司法局]): the headline ends before
the bracket that opens the label, and the 来源 names its body without the bracket that closes it. A body's own
brackets in a 来源 (高新区(新市区)人民政府) stay. Every sentence below is written for these tests; bodies and figures are
made up (the places that must resolve are real).
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_TITLE = "石泉县2023年法治政府建设年度报告"
_BODY = "2023年，县政府坚持依法行政，扎实推进法治政府建设。\n"

CASES = [
    ("a 来源 in brackets after the headline: the title", _TITLE + "（来源：石泉县司法局）\n" + _BODY, "title", _TITLE),
    ("…and the issuer", _TITLE + "（来源：石泉县司法局）\n" + _BODY, "issuer", "石泉县司法局"),
    ("a date label in lenticular brackets after it", _TITLE + "【发布时间：2024-01-05】\n" + _BODY, "title", _TITLE),
    ("a 来源 in square brackets after a blank", _TITLE + " [来源：石泉县司法局]\n" + _BODY, "title", _TITLE),
    ("a bracketed 来源 on its own line", _TITLE + "\n（来源：石泉县司法局）\n" + _BODY, "issuer", "石泉县司法局"),
    ("…in square brackets", _TITLE + "\n[来源：石泉县司法局]\n" + _BODY, "issuer", "石泉县司法局"),
    # A body's name holding its own brackets keeps them; a paper in brackets names no issuer.
    ("a body's own brackets", _TITLE + "\n来源：高新区(新市区)人民政府\n" + _BODY, "issuer", "高新区(新市区)人民政府"),
    ("a paper's name in brackets", "石泉县行政复议工作取得新成效\n（来源：安康日报）\n本报讯 2023年，石泉县共办理行政复议案件56件。\n",
     "issuer", None),
]


@pytest.mark.parametrize(("case", "text", "name", "expected"), CASES, ids=[c[0] for c in CASES])
def test_metadata_field(case, text, name, expected):
    assert read(text, name) == expected, case
