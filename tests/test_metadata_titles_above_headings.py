"""A numbered heading right below a title (…典型案例 / 一、基本情况) is the text's first part, never the title's wrapped end,
though it ends as a title may (情况); an unnumbered line so ending is (…法治政府建设 / 年度情况: the record reads the
title without its break).

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_PARTS = "2024年,县司法局创新复调对接机制。\n二、主要做法\n(一)建立机制。\n三、取得成效\n全年调解行政复议案件二十件。\n"

CASES = [
    ("a numbered heading below the title", "白沙县司法局“复调对接”典型案例\n一、基本情况\n" + _PARTS, "白沙县司法局“复调对接”典型案例"),
    ("…numbered in brackets", "白沙县司法局“复调对接”典型案例\n(一)基本情况\n" + _PARTS, "白沙县司法局“复调对接”典型案例"),
    ("an unnumbered line ending so is the title's end", "白沙县司法局关于全县法治政府建设\n年度情况\n" + _PARTS,
     "白沙县司法局关于全县法治政府建设年度情况"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_numbered_heading_is_no_titles_end(case, text, expected):
    assert read(text, "title") == expected
