"""An undated, untitled summary of the year's work so far says its year as the one running to its writing
(2024年截至目前): that is the year it reports on. Every text below is written for these tests; the places, bodies
and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_PLANS = "(一)推动法治青禾建设。组织召开依法治县委员会会议,部署2024年法治青禾建设。\n"
_SO_FAR = "(二)推动信息报送争先。2024年截至目前,县本级信息录用排名全市第二,省级录用6篇。\n"
_SO_FAR_SINCE = "(二)推动信息报送争先。2024年以来截至目前县本级信息录用排名全市第二。\n"
_WORK = "(三)推动行政争议化解。今年1-6月,青禾县新收行政复议案件52件,办结案件40件。\n"

CASES = [
    ("the year running to the writing is the summary's", _PLANS + _SO_FAR + _WORK, 2024),
    ("…said with 以来 before 截至目前", _PLANS + _SO_FAR_SINCE + _WORK, 2024),
    ("a year only planned for says none", _PLANS + _WORK, None),
    ("two such years say none", _PLANS + _SO_FAR + "(三)2023年截至目前,共办理法律援助案件30件。\n" + _WORK, None),
    ("a dated page is dated by its own date's rules", "发布时间:2025-03-02\n" + _PLANS + _SO_FAR + _WORK, None),
]


@pytest.mark.parametrize("why, text, expected", CASES, ids=[case[0] for case in CASES])
def test_present_year(why: str, text: str, expected: int | None) -> None:
    assert read(text, "report_year") == expected, why
