"""A white paper's cover naming its court by its level and its name in full but for the place (行政审判白皮书 / (2023年度) /
省高级人民法院 / 二〇二四年五月; 市中级人民法院), the province or the city named only in the body, is issued by that
court, the region completing its name (catalog self_reference), or, where the region cannot, the one name in full the
body gives it (metadata._one_written_in_full); a cover naming no court issues nothing.

Every text below is written for these tests; the work and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_PROVINCE_BODY = ("一、基本情况\n2023年,全省法院共新收一审行政案件9876件,审结9654件。\n"
                  "近年来,贵州各级法院不断加强行政审判工作,贵州省行政机关负责人出庭应诉率持续提升。\n")
_CITY_BODY = ("一、基本情况\n2023年,全市两级法院共新收一审行政案件1234件,审结1201件。\n"
              "遵义市行政机关负责人出庭应诉率96.5%。遵义市各级行政机关积极应诉。\n")

ISSUERS = [
    ("a high court by its level", "行政审判白皮书\n(2023年度)\n省高级人民法院\n二〇二四年五月\n" + _PROVINCE_BODY,
     "贵州省高级人民法院"),
    ("an intermediate court by its level", "行政审判白皮书\n(2023年度)\n市中级人民法院\n二〇二四年四月\n" + _CITY_BODY,
     "遵义市中级人民法院"),
    ("…a place the region does not know, named in full in the body", ("行政审判白皮书\n(2023年度)\n市中级人民法院\n"
     "二〇二四年四月\n一、基本情况\n2023年,青禾市中级人民法院共新收二审行政案件321件。\n"), "青禾市中级人民法院"),
    ("no court on the cover", "行政审判白皮书\n(2023年度)\n二〇二四年五月\n" + _PROVINCE_BODY, None),
]


@pytest.mark.parametrize(("case", "text", "expected"), ISSUERS, ids=[c[0] for c in ISSUERS])
def test_cover_court_by_level_completed_by_region(case, text, expected):
    assert read(text, "issuer") == expected
