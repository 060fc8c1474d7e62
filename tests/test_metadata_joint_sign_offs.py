"""A report the party committee and the government sign together, as its joint title gives it: the government's.

The sign-off names the committee and the government on one line (spaced or with 、) or on two lines above the
date; each case has a twin the rule must leave alone (a committee signing alone, a committee beside a body that is
no government). Every text below is written for these tests; bodies and figures are made up, the places real.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

from lawreport import extract

_BODY = ("市委、市政府：\n2025年，县委、县政府扎实推进法治政府建设，现将工作开展情况报告如下。\n"
         "一、主要做法和成效\n全年受理法律援助案件537件。\n")

CASES = [
    ("one line, spaced", _BODY + "中共石门县委 石门县人民政府\n2026年1月20日\n", "石门县人民政府"),
    ("one line, joined by 、", _BODY + "中共石门县委、石门县人民政府\n2026年1月20日\n", "石门县人民政府"),
    ("two lines above the date", _BODY + "中共石门县委\n石门县人民政府\n2026年1月20日\n", "石门县人民政府"),
    ("the committee signing alone keeps its name", _BODY + "中共石门县委\n2026年1月20日\n", "中共石门县委"),
    ("a committee beside a department is no joint government", _BODY + "中共石门县委 石门县司法局\n2026年1月20日\n",
     None),
]


@pytest.mark.parametrize(("text", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_joint_sign_off(text: str, expected: str | None) -> None:
    assert read(text, "issuer") == expected


def test_the_evidence_is_the_governments_name() -> None:
    text = _BODY + "中共石门县委 石门县人民政府\n2026年1月20日\n"
    issuer = extract(text).issuer
    assert issuer is not None
    assert text[issuer.evidence.start:issuer.evidence.end] == "石门县人民政府"
