"""A bureau's station named after the bureau (某县公安局城关派出所, 某县司法局城关司法所) is one body, as a branch (…分局) is: the
station authors its own yearly summary; a bureau's verb and the station it works with (某县公安局联合城关派出所) name the
bureau alone. So is a justice bureau's legal-aid centre or notary office named after it (某区司法局法律援助中心, 某县司法局
公证处). A name picking the bodies of each part of a place (某县各乡镇人民调解委员会) names no one body.

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
    ("a legal-aid centre after its bureau", "2019年石门县司法局法律援助中心以服务民生为导向,全年办理援助案件二百九十件。\n"
     + _PARTS, "石门县司法局法律援助中心"),
    ("a notary office after its bureau", "石门县司法局公证处2024年工作总结\n2024年,公证处坚持依法履职。\n" + _PARTS,
     "石门县司法局公证处"),
    ("a bureau and a centre it works with", "2024年,石门县司法局联合法律援助中心开展法治宣传,各项工作取得新成效。\n" + _PARTS,
     "石门县司法局"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_bureaus_station_is_one_body(case, text, expected):
    assert read(text, "issuer") == expected


EACH = [
    ("the committees of each town of a county", "石门县各乡镇人民调解委员会受理调解案件成功的比例全省排名第三,刑事案件占七成。\n", None),
    ("…of each town and city of a county, its place short", "宜兰各乡镇市调解委员会受理调解案件成功的比例全国排名第三。\n", None),
    ("the stations of each town", "2024年,石门县各司法所坚持依法履职,全年化解纠纷一千二百件。\n" + _PARTS, None),
    ("one committee is its own body", "2024年,石门县人民调解委员会坚持依法调解,全年调解纠纷一千二百件。\n" + _PARTS,
     "石门县人民调解委员会"),
    ("各 inside a village's name before 庄", "2024年,王各庄镇人民政府坚持依法行政,全年办理政务服务事项一千件。\n" + _PARTS,
     "王各庄镇人民政府"),
]


@pytest.mark.parametrize(("case", "text", "expected"), EACH, ids=[c[0] for c in EACH])
def test_the_bodies_of_each_part_are_no_one_issuer(case, text, expected):
    assert read(text, "issuer") == expected
