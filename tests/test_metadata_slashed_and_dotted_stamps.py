"""A page's date line giving its day with slashes or dots and then its time (2024/01/12 10:15, 2025.08.22 09:38, 发布于
2023.03.08 16:20) dates the page as one with dashes does (2024-01-12 10:15), so its 去年/今年 resolve. A case's number
with a slash ((2023)01/05号) or a telephone's digits (2023/0105) under a headline date nothing.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import extract

_LAST_YEAR = "去年全县受理调解案件2,316件,调解成功2,291件。\n"

CASES = [
    ("slashes, then the time", "石桥县司法局表彰优秀调解员\n2024/01/12 10:15\n" + _LAST_YEAR, "2024-01-12", 2023),
    ("…a month of one digit", "石桥县调解工作成效明显\n2025/8/22 09:38\n" + _LAST_YEAR, "2025-08-22", 2024),
    ("dots, then the time", "石桥县调解工作成效明显\n2025.08.22 09:38\n" + _LAST_YEAR, "2025-08-22", 2024),
    ("dashes, as before", "石桥县调解工作成效明显\n2025-08-22 09:38\n" + _LAST_YEAR, "2025-08-22", 2024),
    ("发布于 and dots", "石桥县法律援助工作稳步推进\n发布于 2023.03.08 16:20\n今年1至2月,全市办理法律援助案件433件。\n",
     "2023-03-08", 2023),
    ("a case's number is no date", "石桥县调解工作成效明显\n案号(2023)01/05号\n" + _LAST_YEAR, None, None),
    ("a telephone's digits are none", "石桥县调解工作成效明显\n电话 2023/0105\n" + _LAST_YEAR, None, None),
]


@pytest.mark.parametrize(("case", "text", "published", "year"), CASES, ids=[c[0] for c in CASES])
def test_a_stamp_with_slashes_or_dots(case, text, published, year):
    record = extract(text)
    assert (record.published, record.report_year) == (published, year)
