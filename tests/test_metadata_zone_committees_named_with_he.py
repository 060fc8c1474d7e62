"""A development zone named by a city's short name holding 和 (呼和浩特经济技术开发区) issues its report by its committee
(…管理委员会关于…的报告, …管委会2024年…): the committee is the issuer, as a zone's named by any other short name is.
A 和 joining the towns or the county to a zone (各乡镇和经济技术开发区, 全县和…) makes no one body's name.

Every text below is written for these tests; the figures are made up; the cities are real divisions.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

ISSUED = [
    ("the committee in full before 关于",
     "呼和浩特经济技术开发区管理委员会关于2022年度法治政府建设情况的报告\n2022年,开发区坚持依法行政,办理行政复议案件4件。\n",
     "呼和浩特经济技术开发区管理委员会"),
    ("the committee short before the year",
     "呼和浩特经济技术开发区管委会2024年法治政府建设工作报告\n2024年,经开区坚持依法行政,开展普法活动16场。\n",
     "呼和浩特经济技术开发区管委会"),
    ("the towns and a zone joined by 和 in a county's report",
     ("某县2023年法治政府建设情况报告\n2023年,各乡镇和经济技术开发区管理委员会开展普法宣传20场次。\n"
      "托克托县人民政府\n"),
     "托克托县人民政府"),
]


@pytest.mark.parametrize(("case", "text", "issuer"), ISSUED, ids=[c[0] for c in ISSUED])
def test_a_zones_committee_named_with_he(case, text, issuer):
    assert read(text, "issuer") == issuer

