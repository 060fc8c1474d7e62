"""Issuers of a tax bureau's yearly report: the bureau is named after the national administration it belongs to
(国家税务总局某市税务局), in its title or its letterhead, and its opening may call it by its level alone (市税务局).

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "\n一、主要举措和成效\n全年办理税务行政复议案件四件,全部在法定期限内审结。\n"

TAX_BUREAUS = [
    ("a title opening with the bureau's full name names it whole",
     "国家税务总局绍兴市税务局关于2023年度法治税务建设情况的报告\n2023年,市税务局坚持依法治税,各项工作取得新成效。"
     + _BODY, "国家税务总局绍兴市税务局"),
    ("…a county's bureau too", "国家税务总局永康市税务局2023年法治政府建设工作总结\n2023年,我局坚持依法治税,各项工作取得新成效。"
     + _BODY, "国家税务总局永康市税务局"),
    ("an untitled report's opening calling the bureau by its level is completed by the region",
     "2023年,市税务局坚持以习近平法治思想为指导,深入推进依法治税,在绍兴市法治政府建设考评中位列前茅,各项工作取得新成效。"
     + _BODY + "绍兴市全年新增减税降费九亿元。\n", "绍兴市税务局"),
    ("the administration alone is the national body", "国家税务总局关于2023年度法治政府建设情况的报告\n2023年,税务总局坚持依法治税。"
     + _BODY, "国家税务总局"),
    ("a bureau's level alone with no place the text names is no issuer",
     "2023年,市税务局坚持以习近平法治思想为指导,深入推进依法治税,各项工作取得新成效。" + _BODY, None),
]


@pytest.mark.parametrize(("case", "text", "expected"), TAX_BUREAUS, ids=[c[0] for c in TAX_BUREAUS])
def test_a_tax_bureau_is_named_after_its_administration(case, text, expected):
    assert read(text, "issuer") == expected


def test_the_bureaus_name_places_the_report():
    text = "国家税务总局永康市税务局2023年法治政府建设工作总结\n2023年,我局坚持依法治税,各项工作取得新成效。" + _BODY
    assert read(text, "region") == ("浙江省", "金华市", "永康市")
