"""A yearly report's title opening with its author in a tag (【某县应急管理局】2023年度法治政府建设工作报告), as a portal's list
of its departments' reports sets it: the tag is part of the title and names the issuer, as a body in brackets closing such
a title does. A column's tag (【工作动态】, 【法治建设】), a place's (【石门县】) or a body's by its level alone is still
trimmed and names no issuer, and so is a body's tag over a headline telling of an event (【某局】开展…督察), whose body is
its subject, or over a title naming its own body (【某县司法局】某县应急管理局2023年度…报告: the site's column).

Every text below is written for these tests; the bodies and figures are made up (the places that must resolve are real:
the region rules read the division list).
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "\n2023年，我局坚持依法行政，全年办理行政执法案件120件。\n一、主要做法\n（一）完善制度建设。\n"

AUTHORED = [
    ("【石门县应急管理局】2023年度法治政府建设工作报告", "石门县应急管理局"),
    ("【石门县人力资源和社会保障局】2023年法治政府建设年度报告", "石门县人力资源和社会保障局"),
    ("【青禾市司法局】关于2023年法治政府建设情况的报告", "青禾市司法局"),
]


@pytest.mark.parametrize(("headline", "issuer"), AUTHORED)
def test_a_bodys_tag_over_its_yearly_report_is_the_issuer(headline, issuer):
    assert read(headline + _BODY, "issuer") == issuer
    assert read(headline + _BODY, "title") == headline


@pytest.mark.parametrize(("headline", "title", "issuer"), [
    ("【工作动态】2023年度法治政府建设工作报告", "2023年度法治政府建设工作报告", None),
    ("【法治建设】石门县应急管理局2023年度法治政府建设工作报告", "石门县应急管理局2023年度法治政府建设工作报告", "石门县应急管理局"),
    ("【石门县】2023年度法治政府建设工作报告", "2023年度法治政府建设工作报告", None),
    ("【县应急管理局】2023年度法治政府建设工作报告", "2023年度法治政府建设工作报告", None),
    ("【石门县应急管理局】开展2023年度法治政府建设督察", "开展2023年度法治政府建设督察", None),
    # a site's column over a title naming its own body: that body's report
    ("【石门县司法局】石门县应急管理局2023年度法治政府建设工作报告", "石门县应急管理局2023年度法治政府建设工作报告",
     "石门县应急管理局"),
    ("【石门县司法局】石门县司法局2023年度法治政府建设工作报告", "石门县司法局2023年度法治政府建设工作报告", "石门县司法局"),
])
def test_a_column_place_or_subject_tag_is_trimmed_and_names_no_author(headline, title, issuer):
    assert read(headline + _BODY, "title") == title
    assert read(headline + _BODY, "issuer") == issuer
