"""A news item on an honour tells its background in a paragraph naming only a span (近年来,某局不断完善…) before the
year's figures in a paragraph of their own (2020年,全县…): the item reports on that year. A span paragraph giving
figures of its own years, or none, dates nothing, and neither does a later paragraph opening a span of years.

Every text below is written for these tests; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_HEAD = "青禾县司法局获评全省人民调解工作先进集体\n发布日期: 2021-01-18 来源:县融媒体中心\n\n近日,省司法厅下发通报,县司法局获评先进集体。\n\n"
_BACKGROUND = "近年来,县司法局不断完善矛盾纠纷多元化解机制,为维护社会和谐稳定作出了积极贡献。"

CASES = [
    ("the year's figures after a span paragraph",
     _HEAD + _BACKGROUND + "\n\n2020年,全县各级调解组织共调解纠纷1599件,调解成功1590件。\n", 2020),
    ("…and 去年 there, dated against the item",
     _HEAD + _BACKGROUND + "\n\n去年全县各级调解组织共调解纠纷1599件。\n", 2020),
    ("a span paragraph giving two years' figures dates nothing after it",
     _HEAD + _BACKGROUND + "2018年,全县调解纠纷1200件;2019年,全县调解纠纷1400件。\n\n"
     "2020年,全县各级调解组织共调解纠纷1599件。\n", None),
    ("a later paragraph opening a span of years dates nothing",
     _HEAD + _BACKGROUND + "\n\n2018年以来,全县各级调解组织共调解纠纷4599件。\n", None),
    ("a span paragraph alone dates nothing", _HEAD + _BACKGROUND + "\n\n下一步,县司法局将继续做好调解工作。\n", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_span_backgrounds(case, text, expected):
    assert read(text, "report_year") == expected
