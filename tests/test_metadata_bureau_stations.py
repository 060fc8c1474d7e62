"""A bureau's station named after the bureau (某县公安局城关派出所, 某县司法局城关司法所) is one body, as a branch (…分局) is: the
station authors its own yearly summary; a bureau's verb and the station it works with (某县公安局联合城关派出所) name the
bureau alone.

Every text below is written for these tests; the figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_PARTS = "一、主要举措和成效\n(一)加强组织领导。全年召开所务会议十二次。\n"

CASES = [
    ("a police station after its bureau", "石门县公安局城关派出所2024年工作总结\n2024年,城关派出所坚持依法履职。\n" + _PARTS,
     "石门县公安局城关派出所"),
    ("a justice station after its bureau", "石门县司法局城关司法所2024年工作总结\n2024年,城关司法所坚持依法履职。\n" + _PARTS,
     "石门县司法局城关司法所"),
    ("a bureau working with a station", "2024年,石门县公安局联合城关派出所开展法治宣传,全年办理案件三百件,各项工作取得新成效。\n"
     + _PARTS, "石门县公安局"),
    ("a bureau guiding a station", "2024年,石门县司法局指导城关司法所化解纠纷一百二十件,各项工作取得新成效。\n" + _PARTS,
     "石门县司法局"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_bureaus_station_is_one_body(case, text, expected):
    assert read(text, "issuer") == expected
