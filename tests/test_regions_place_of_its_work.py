"""A place opening a clause with a field of its work right after it (一年来,顺义区行政复议工作以…) is the subject of the
report, as a body opening a clause is: named once, with nothing else placing the text, it places it. After a verb
(学习顺义区行政复议工作经验) it is another place's work the text looks at, and places nothing.

Every text below is written for these tests; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_REPORT = ("2024年是全面落实新法的关键之年。\n一、基本情况\n{lead}以群众满意为目标,全面提升工作质效。\n"
           "全年共收到申请860件,已办结802件。\n二、主要做法\n一是繁简分流,提高工作效率。\n")
_FIELDS = ["行政复议工作", "行政应诉工作", "复议应诉工作", "法治政府建设", "法治建设", "依法行政工作", "司法行政工作",
           "司法行政系统", "行政执法工作", "人民调解工作", "普法工作", "公共法律服务", "法律援助工作"]


@pytest.mark.parametrize("field", _FIELDS)
def test_a_place_leading_with_its_field_of_work_places_the_report(field):
    assert read(_REPORT.format(lead=f"一年来,顺义区{field}"), "region") == ("北京市", "北京市", "顺义区")


@pytest.mark.parametrize(("case", "lead"), [
    ("after a verb it is another place's work", "一年来,我们学习顺义区行政复议工作经验,"),
    ("a place opening a clause with no field of work after it is no subject", "一年来,顺义区的经验表明,我们"),
    ("a shared name (通州区: 北京, 南通) places nothing", "一年来,通州区行政复议工作"),
])
def test_no_place_without_its_work_leading(case, lead):
    assert read(_REPORT.format(lead=lead), "region") == (None, None, None)
