"""A title line closing on its document's number after a blank, as a list of documents sets it in a column of its own
(…的报告 某政发〔2025〕3号, …的通知 某政办发〔2024〕12号: title_furniture), is the title without the number, as one closing
on the number in brackets is; a number inside the title's words stays.

Every text below is written for these tests; the work and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "发布时间:2025-03-02\n2024年,全区坚持依法行政,办理行政复议案件52件,行政机关负责人出庭应诉率100%。\n"

TITLES = [
    ("a report's number", "某区人民政府关于2024年度法治政府建设情况的报告 某政发〔2025〕3号\n" + _BODY,
     "某区人民政府关于2024年度法治政府建设情况的报告"),
    ("a notice's number after a cited title", "某区人民政府办公室关于印发《某区2025年依法行政工作要点》的通知 某政办发〔2025〕8号\n"
     + _BODY, "某区人民政府办公室关于印发《某区2025年依法行政工作要点》的通知"),
    ("a number inside the words", "关于落实某政发〔2024〕11号文件情况的报告\n" + _BODY, "关于落实某政发〔2024〕11号文件情况的报告"),
]


@pytest.mark.parametrize(("case", "text", "expected"), TITLES, ids=[c[0] for c in TITLES])
def test_title_without_its_number(case, text, expected):
    assert read(text, "title") == expected
