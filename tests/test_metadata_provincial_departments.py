"""A province's department named by its level (2024年,省应急管理厅坚持…) authors the report, completed with the province
the text names, as 县司法局 is with its county; named where no province is, it is no one's.

Every sentence below is written for these tests; the figures are made up (the province that must resolve is real: the
region rules read the division list).
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_OPENING = "2024年,省{body}全面贯彻习近平法治思想,扎实推进依法行政。现将2024年度法治政府建设情况报告如下。\n一、主要工作情况及成效\n"

CASES = [
    ("a province's department completed by its province",
     _OPENING.format(body="应急管理厅") + "全省办理行政复议案件12件,云南省安全生产形势持续稳定,云南各地平稳有序。\n",
     "云南省应急管理厅"),
    ("…another department", _OPENING.format(body="公安厅") + "全省办理行政复议案件12件,云南省治安形势持续稳定,云南各地平稳有序。\n",
     "云南省公安厅"),
    ("…no province named, no author", _OPENING.format(body="应急管理厅") + "全省办理行政复议案件12件。\n", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_provincial_department_by_its_level(case, text, expected):
    assert read(text, "issuer") == expected
