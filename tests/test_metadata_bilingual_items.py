"""A bilingual item glossing each Chinese line in English is a news story when its English tells who said or showed it
(…, said the ministry; data from the ministry showed): its year is read from its Chinese lines, the English ones
skipped. A paper's English abstract tells no one's words.

Every text below is written for these tests; the figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_NEWS = ("Lawyers in the province took on more than 800 legal aid cases last year, said the provincial justice department.\n"
         "省司法厅表示,全省律师积极参与法律援助工作。\n"
         "In 2022, volunteer lawyers handled 800 cases, data from the department showed.\n"
         "省司法厅数据显示,2022年,志愿律师共办理法律援助案件800余件。\n")
_ABSTRACT = ("论文部分内容阅读\n2010年以来,法律援助制度迅速发展,成为司法制度的重要组成部分。\n"
             "Since 2010, the legal aid system has developed rapidly and become an important part of the justice system.\n")

CASES = [
    ("a bilingual news item", _NEWS, "kind", "news"),
    ("…dated by its Chinese lines", _NEWS, "report_year", 2022),
    ("a paper's English abstract", _ABSTRACT, "kind", "other"),
]


@pytest.mark.parametrize(("case", "text", "field", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_bilingual_item(case, text, field, expected):
    assert read(text, field) == expected
