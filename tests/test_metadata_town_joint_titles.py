"""A title a town's committee and government head together (白沙镇党委、政府关于…的报告) is the town's report, issued by
its government, as the same authors opening a report are (2023年,白沙镇党委、政府坚持…), and as a county's committee and
government are (中共某县委 某县人民政府关于…); the committee alone stays the committee.

Every text below is written for these tests; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "关于2024年度法治政府建设情况的报告\n\n区委、区政府:\n2024年,我镇坚持依法行政。现将有关情况报告如下:\n一、主要举措和成效\n"

CASES = [
    ("a town's committee and government", "白沙镇党委、政府" + _BODY, "白沙镇人民政府"),
    ("…written together", "白沙镇党委政府" + _BODY, "白沙镇人民政府"),
    ("…a street's working committee and office", "青禾街道党工委、办事处" + _BODY, "青禾街道办事处"),
    ("…a Beijing street's 工委 and office", "青禾街道工委、办事处" + _BODY, "青禾街道办事处"),
    ("…a street's committee alone names no office", "青禾街道党工委" + _BODY, "青禾街道党工委"),
    ("…the town's office spelled out in the text", "白沙镇党委、政府" + _BODY + "白沙镇人民政府严格落实法律顾问制度。\n",
     "白沙镇人民政府"),
    ("a town's committee alone stays the committee", "白沙镇党委" + _BODY, "白沙镇党委"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_towns_joint_title(case, text, expected):
    assert read(text, "issuer") == expected
