"""A title writing its place after the city holding it (宁波市海曙区2024年法治政府建设情况报告) opens with that place, as
one writing the place alone (海曙区2024年…) does: a 来源 naming the place's body (海曙区司法局) names the issuer under
either, and one naming the city's (宁波市司法局) or the province's, a site above the place that posted its report, none.

Every text here is written for the test; the figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field

_BODY = "\n\n　　2024年，{place}坚持以习近平法治思想为指导，全面推进法治政府建设。全年办理行政复议案件35件。\n\n　　一、主要成效\n"


_PLACES = {"海曙区": ("宁波市", "浙江省宁波市"), "西湖区": ("杭州市", "浙江省杭州市"), "长丰县": ("合肥市", "安徽省合肥市")}


@pytest.mark.parametrize("place, source, issuer", [
    ("海曙区", "信息来源：海曙区司法局　发布时间：2025-01-20", "海曙区司法局"),
    ("西湖区", "来源:西湖区司法局", "西湖区司法局"),
    ("长丰县", "发布日期：2025-02-11 来源：长丰县人民政府办公室", "长丰县人民政府"),
    # a site above the place posts its report: no issuer
    ("海曙区", "来源：宁波市司法局", None),
    ("长丰县", "来源：安徽省人民政府", None),
])
@pytest.mark.parametrize("held_by", [0, 1, 2])
def test_a_city_written_before_the_place_reads_as_the_place_alone(place, source, issuer, held_by):
    title = ("", *_PLACES[place])[held_by] + place + "2024年法治政府建设情况报告"
    assert metadata_field(title + "\n" + source + _BODY.format(place="全区"), "issuer") == issuer
