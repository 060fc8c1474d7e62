"""A report titled by its place alone (静海区2023年法治政府建设情况报告) under a 来源 naming that place's government's
general office (静海区人民政府办公室, 某省人民政府办公厅) is the government's, as one whose title names the government
(某旗人民政府关于…的报告 / 来源:某旗人民政府办公室) is: the office posted it. Another body of the place (its 司法局, its
法制办公室) stays the issuer; a title naming no place leaves the office as the 来源 names it.

Every text here is written for the test; the figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field

_BODY = "\n\n　　2023年，{place}坚持以习近平法治思想为指导，全面推进依法行政。全年办理行政复议案件35件。\n\n　　一、主要成效\n"


@pytest.mark.parametrize("title, source, place, issuer", [
    ("静海区2023年法治政府建设情况报告", "发布时间：2024-02-01　来源：静海区人民政府办公室", "全区", "静海区人民政府"),
    ("长丰县2023年度法治政府建设工作报告", "来源:长丰县人民政府办公室 发布日期:2024-03-01", "我县", "长丰县人民政府"),
    ("河北省2023年法治政府建设情况的报告", "发布日期:2024-03-20 信息来源:河北省人民政府办公厅", "全省", "河北省人民政府"),
    ("静海区2023年法治政府建设情况报告", "来源：静海区政府办公室", "静海区", "静海区人民政府"),
    # another body of the place, or a title naming no place: the 来源's body as it names it
    ("静海区2023年法治政府建设情况报告", "来源：静海区司法局", "全区", "静海区司法局"),
    ("长丰县2023年度法治政府建设工作报告", "来源：长丰县人民政府法制办公室", "我县", "长丰县人民政府法制办公室"),
    ("2023年全区法治政府建设情况报告", "来源：静海区人民政府办公室", "静海区", "静海区人民政府办公室"),
])
def test_a_government_office_posts_its_government_report(title, source, place, issuer):
    assert metadata_field(title + "\n" + source + _BODY.format(place=place), "issuer") == issuer
