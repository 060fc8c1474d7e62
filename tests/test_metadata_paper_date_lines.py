"""A paper's name and the day it ran the item on, on a line of their own under the headline (青禾日报 2025-07-24): the
paper's item, kind news, whatever report its headline names (青禾中院发布…白皮书 over its summary: no white paper, and
no court as its author), as a reprinted report inside a news item is news. A bare day, or a body's name before it,
dates a body's own page as well: the headline's kind stays.

Every text below is written for these tests; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_HEADLINE = "青禾中院发布2024年度行政审判白皮书\n"
_SUMMARY = "2024年,全市两级法院共受理一审行政案件1320件,审结1288件,行政机关负责人出庭应诉率达98.5%。\n"

CASES = [
    ("a paper's name and day", _HEADLINE + "青禾日报 2025-07-24\n" + _SUMMARY, "kind", "news"),
    ("…its author is none", _HEADLINE + "青禾日报 2025-07-24\n" + _SUMMARY, "issuer", None),
    ("…the day in words after a wide blank", _HEADLINE + "青禾日报\u30002025年7月24日\n" + _SUMMARY, "kind", "news"),
    ("…an evening paper's, its time after the day", _HEADLINE + "白沙晚报 2025-07-24 08:30\n" + _SUMMARY, "kind", "news"),
    ("…over a yearly report it reprints", ("青禾县司法局2024年度法治政府建设情况报告\n青禾法治报 2025-03-02\n"
                                           "2024年,县司法局扎实推进法治政府建设。\n"), "kind", "news"),
    # twins
    ("a bare day", _HEADLINE + "2025-07-24\n" + _SUMMARY, "kind", "white_paper"),
    ("a body's name before the day", _HEADLINE + "青禾市中级人民法院 2025-07-24\n" + _SUMMARY, "kind", "white_paper"),
    ("a paper's name in a sentence with a day", _HEADLINE + "本院于2025-07-24在青禾日报刊发白皮书全文。\n" + _SUMMARY,
     "kind", "white_paper"),
]


@pytest.mark.parametrize(("case", "text", "name", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_papers_date_line_makes_the_page_its_item(case, text, name, expected):
    assert read(text, name) == expected
