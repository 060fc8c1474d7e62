"""A street office or a town named by its place alone in the title (湖滨街道2023年…报告) is issued by its office, whose name
the text spells out; the places written right before that name (某市某区湖滨街道办事处) are part of it, telling it from a
namesake elsewhere; words before it that name no place are not. A county may be written by its short name and level
(屏边县 of 屏边苗族自治县, as a 发布机构 line often writes it): it stays before the office, which the autonomous county's
name then spells out as an issuer opening with it is; its short name alone (屏边) is no place's name there.

Every text below is written for these tests; the figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

from lawreport import extract

_BODY = "一、主要举措和成效\n(一)深化矛盾纠纷化解。街道调委会全年调解纠纷二百件。\n"

CASES = [
    ("a publisher line with the city and district", "青石街道2023年法治政府建设工作报告\n发布机构:杭州市上城区青石街道办事处\n"
     "2023年,青石街道坚持依法行政。\n" + _BODY, "杭州市上城区青石街道办事处"),
    ("the office named in the opening alone", "青石街道2023年法治政府建设工作报告\n"
     "2023年,青石街道办事处坚持依法行政。\n" + _BODY, "青石街道办事处"),
    ("words naming no place before the office", "青石街道2023年法治政府建设工作报告\n"
     "2023年,全体干部在青石街道办事处的带领下坚持依法行政。\n" + _BODY, "青石街道办事处"),
    ("a county's short name and level before a township's government", "青石乡2023年法治政府建设工作报告\n"
     "发布机构：屏边县青石乡人民政府\n2023年,我乡坚持依法行政。\n" + _BODY, "屏边苗族自治县青石乡人民政府"),
    ("…after its prefecture's, before a town's", "和平镇2022年度法治政府建设情况报告\n来源:黔东南州黎平县和平镇人民政府\n"
     "2022年,和平镇坚持依法行政。\n" + _BODY, "黔东南苗族侗族自治州黎平县和平镇人民政府"),
    ("a county's short name alone is no place before the office", "青石乡2023年法治政府建设工作报告\n"
     "发布机构：屏边青石乡人民政府\n2023年,我乡坚持依法行政。\n" + _BODY, "青石乡人民政府"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_street_office_takes_the_places_written_before_it(case, text, expected):
    assert read(text, "issuer") == expected


def test_the_county_a_short_name_writes_before_the_office_is_its_evidence():
    text = "青石乡2023年法治政府建设工作报告\n发布机构：关岭县青石乡人民政府\n2023年,我乡坚持依法行政。\n" + _BODY
    issuer = extract(text).issuer
    assert issuer is not None and issuer.evidence is not None
    assert issuer.evidence.text == "关岭县青石乡人民政府" == text[issuer.evidence.start:issuer.evidence.end]
