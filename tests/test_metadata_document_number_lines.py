"""A document's number alone on its line heads a report sent up (青禾政呈〔2025〕5号 / 某省人民政府: / …): it is never
the title; a title naming a document's number, or one after the number on its line, is still read.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_SENT_UP = ("某省人民政府:\n2024年以来,我市坚持依法行政,法治政府建设取得新成效。现将有关情况报告如下:\n"
            "一、主要做法和成效\n全年审查规范性文件十二件,均按期办结。\n")

CASES = [
    ("a number alone over the body a report is sent to is no title", "青禾政呈〔2025〕5号\n" + _SENT_UP, "title", None),
    ("…in square brackets too", "青禾政呈[2025]5号\n" + _SENT_UP, "title", None),
    ("…and the report under it still reads as one", "青禾政呈〔2025〕5号\n" + _SENT_UP, "kind", "annual_report"),
    ("a title after the number on its line is read", "青禾政办〔2024〕3号 青禾市2024年度法治政府建设情况报告\n" + _SENT_UP,
     "title", "青禾市2024年度法治政府建设情况报告"),
    ("a title citing a number is a title", "关于落实青禾政发〔2024〕3号文件情况的报告\n" + _SENT_UP,
     "title", "关于落实青禾政发〔2024〕3号文件情况的报告"),
]


@pytest.mark.parametrize(("case", "text", "field", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_document_number_line_is_no_title(case, text, field, expected):
    assert read(text, field) == expected
