"""A numbered part on the requests for information, as the template of the year-end report on open government
information sets it ((二)依申请公开情况): that report, its title lost or not. The words opening a sentence
((二)依申请公开工作规范有序,…), or another part's heading ((二)执法公开情况), make none.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_REPORT = ("一、总体情况\n"
           "2023年,青禾县市场监管局按照全县政务公开工作的总体要求,扎实推进政务信息公开工作。\n"
           "(一)主动公开情况\n"
           "2023年,我局主动公开政务信息461条,其中政府网站公布4条。\n"
           "(二)依申请公开情况\n"
           "2023年,我局未收到公开申请,上年结转申请0件。\n")
CASES = [
    ("the template's part on requests", _REPORT, "annual_report"),
    ("another part's heading", _REPORT.replace("(二)依申请公开情况", "(二)执法公开情况"), "other"),
    ("the words opening a sentence",
     _REPORT.replace("(二)依申请公开情况\n", "(二)依申请公开工作规范有序,全年办理申请3件。\n"), "other"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_the_part_on_requests_makes_the_disclosure_report(case, text, expected):
    assert read(text, "kind") == expected
