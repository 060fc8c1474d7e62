"""A government's legal-affairs office named with the government's name (某市人民政府法制办公室, 某县政府法制办) is one
body, which authored the yearly reports of the years before its work passed to the justice bureaus; a government's
report that names its legal-affairs office at work in the body is still the government's.

Every text below is written for these tests; the figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_PARTS = "一、行政复议工作\n全年共收到行政复议申请三十件,审结二十八件。\n"

CASES = [
    ("the office's full name", "石门市人民政府法制办公室2013年政府法制工作总结\n2013年,市政府法制办认真履行职责。\n" + _PARTS,
     "石门市人民政府法制办公室"),
    ("the office's short name", "石门县政府法制办2012年依法行政工作总结\n2012年,县政府法制办认真履行职责。\n" + _PARTS,
     "石门县政府法制办"),
    ("the government's report naming its office", "石门县人民政府关于2012年推进依法行政工作情况的报告\n"
     "2012年,我县在市政府法制办的指导下推进依法行政,县政府法制办负责日常工作。\n" + _PARTS, "石门县人民政府"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_governments_legal_affairs_office_is_one_body(case, text, expected):
    assert read(text, "issuer") == expected
