"""A report whose title names no place (关于2023年度法治政府建设情况的报告), posted under a 来源 line naming another body
(its county's government, the government's office), is the body's that signs it above its date (某某镇人民政府 /
2024年1月10日), or with its party committee (中共某某镇委员会 某某镇人民政府), the government: the 来源's body only
posted it. A sign-off naming the 来源's body itself, or a body's line no date follows, leaves the 来源.

Every text here is written for the test; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field

_BODY = ("\n\n　　2023年，我{self}坚持以习近平法治思想为指导，全面推进依法行政，全年办理行政复议案件3件。\n\n"
         "　　一、主要成效\n\n　　（一）严格规范执法。开展执法案卷评查2次，评查案卷46卷。\n\n")


@pytest.mark.parametrize("title, source, self, signer, issuer", [
    ("关于2023年度法治政府建设情况的报告", "发布时间：2024-01-12　来源：青禾县人民政府", "镇",
     "白河镇人民政府\n2024年1月10日", "白河镇人民政府"),
    ("2023年度法治政府建设工作报告", "来源:青禾县人民政府办公室 发布时间:2024-01-15", "局",
     "青禾县市场监督管理局\n2024年1月12日", "青禾县市场监督管理局"),
    ("关于2024年法治政府建设工作情况的报告", "信息来源：青禾市司法局", "区",
     "青禾市白河区人民政府\n（2025年2月3日）", "青禾市白河区人民政府"),
    ("关于2023年度法治政府建设情况的报告", "来源：青禾县人民政府", "镇",
     "中共白河镇委员会　白河镇人民政府\n2024年1月10日", "白河镇人民政府"),
    ("2023年法治政府建设工作情况报告", "来源：青禾县司法局", "县",
     "中共青禾县委 青禾县人民政府\n二〇二四年一月二十日", "青禾县人民政府"),
    # the sign-off names the 来源's body, or no date follows the body's line: the 来源 stands
    ("关于2023年度法治政府建设情况的报告", "来源：青禾县人民政府", "县",
     "青禾县人民政府\n2024年1月10日", "青禾县人民政府"),
    ("关于2023年度法治政府建设情况的报告", "来源：青禾县人民政府", "镇",
     "白河镇人民政府", "青禾县人民政府"),
])
def test_the_body_signing_a_report_titled_by_no_place_authors_it(title, source, self, signer, issuer):
    assert metadata_field(title + "\n" + source + _BODY.format(self=self) + signer + "\n", "issuer") == issuer
