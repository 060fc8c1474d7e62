"""A news item no line under its headline dates, closing with its editor's or reviewer's credit and the day after it on
the same line ((编辑:某某) 2024年1月8日, 责任编辑:某某 2023-05-06): the day is the item's publication date, and the credit
in brackets tells a news item as the bare credit does. A body's line closing with a day it names, no credit's, dates
nothing.

Every text below is written for these tests; the names and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_HEADLINE = "青禾县法院通报全县行政审判工作情况"
_LAST_YEAR = "去年,全县法院共审结一审行政案件212件,行政机关负责人出庭应诉率达98.5%。\n"
_SO_FAR = "今年以来,全县共收到行政复议申请64件,已办结58件。\n"

CLOSINGS = [
    ("the editor in brackets, the day in words", _LAST_YEAR, "(编辑:梅青山) 2024年1月8日", "2024-01-08", 2023),
    ("full-width brackets and blank", _LAST_YEAR, "（编辑：梅青山）\u30002024年2月3日", "2024-02-03", 2023),
    ("the editor in charge, the day dashed", _SO_FAR, "责任编辑:叶小禾 2023-05-06", "2023-05-06", 2023),
    ("the reviewer in brackets", _SO_FAR, "(审核:吴东湖)  2022-09-30", "2022-09-30", 2022),
]


@pytest.mark.parametrize(("case", "body", "closing", "published", "year"), CLOSINGS, ids=[c[0] for c in CLOSINGS])
def test_the_day_after_a_closing_credit_dates_the_item(case, body, closing, published, year):
    text = f"{_HEADLINE}\n{body}{closing}\n"
    assert read(text, "published") == published
    assert read(text, "report_year") == year


def test_a_credit_in_brackets_tells_a_news_item():
    assert read(f"{_HEADLINE}\n{_LAST_YEAR}(编辑:梅青山)\n2024年1月8日\n", "kind") == "news"


@pytest.mark.parametrize("closing", [
    "青禾县司法局于2024年1月8日",
    "(青禾县司法局召开会议) 2024年1月8日",
])
def test_no_credit_no_date(closing):
    assert read(f"{_HEADLINE}\n{_LAST_YEAR}{closing}\n", "published") is None
