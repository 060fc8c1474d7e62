"""A news item's dateline of its place or its paper (青禾讯, 青禾日报讯) opening the first paragraph, set off by a space
or run into the lead's first words (青禾讯近年来,…, 青禾讯2023年,…): the text is a news item, and the lead after the
dateline gives the year its figures are of. A paragraph opening with another word ending in 讯 (资讯) is none.

Every text below is written for these tests; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_LEAD = ("{dateline}近年来,青禾市各级调解组织坚持和发展新时代“枫桥经验”,调解案件数创历史新高。\n"
         "2023年,青禾市各级调解组织共调解纠纷5808件,调解成功5807件,调解成功率99.98%。\n")
_YEAR_LEAD = "{dateline}2023年,青禾市各级调解组织共调解纠纷5808件,调解成功5807件。\n全市人民调解工作稳步推进。\n"

CASES = [
    ("a place's dateline run into the lead", _LEAD.format(dateline="青禾讯"), "kind", "news"),
    ("…the year its figures are of", _LEAD.format(dateline="青禾讯"), "report_year", 2023),
    ("…set off by a space", _LEAD.format(dateline="青禾讯 "), "kind", "news"),
    ("a paper's dateline run into a year", _YEAR_LEAD.format(dateline="青禾日报讯"), "kind", "news"),
    ("…the year after it", _YEAR_LEAD.format(dateline="青禾日报讯"), "report_year", 2023),
    ("no dateline", _LEAD.format(dateline=""), "kind", "other"),
    ("a word ending in 讯 that is no dateline", _LEAD.format(dateline="获悉喜讯后,"), "kind", "other"),
]


@pytest.mark.parametrize(("case", "text", "field", "expected"), CASES, ids=[c[0] for c in CASES])
def test_run_in_datelines(case, text, field, expected):
    assert read(text, field) == expected
