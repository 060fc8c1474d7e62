"""A bureau's squad or detachment named after the bureau (某县公安局交通警察大队, 某县交通运输局综合行政执法大队, 某市
公安局交通警察支队) is one body, as a branch (…分局) or a station (…派出所) is: the squad authors its own yearly summary.
A bureau's verb and the squad it works with (某县公安局联合交警大队) name the bureau alone.

Every text below is written for these tests; the figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_PARTS = "一、主要举措和成效\n(一)加强组织领导。全年召开队务会议十二次。\n"

CASES = [
    ("a police squad after its bureau", "石门县公安局交通警察大队2024年法治建设工作总结\n2024年,大队坚持依法履职。\n" + _PARTS,
     "石门县公安局交通警察大队"),
    ("an enforcement squad after its bureau",
     "石门县交通运输局综合行政执法大队2024年度法治政府建设工作报告\n2024年,大队坚持依法履职。\n" + _PARTS,
     "石门县交通运输局综合行政执法大队"),
    ("a detachment after a city's bureau", "雁川市公安局交通警察支队2024年法治公安建设工作总结\n2024年,支队坚持依法履职。\n"
     + _PARTS, "雁川市公安局交通警察支队"),
    ("a bureau working with a squad", "2024年,石门县公安局联合交警大队开展整治,全年查处案件三十起,各项工作取得新成效。\n"
     + _PARTS, "石门县公安局"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_bureaus_squad_is_one_body(case, text, expected):
    assert read(text, "issuer") == expected
