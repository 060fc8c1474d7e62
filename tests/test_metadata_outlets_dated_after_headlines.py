"""An outlet's name and the day it ran the item on, set after the headline on its line with blanks between (…落地见效
青禾晚报 2025-02-14, …某某网 2025年02月14日 08:30): the title is the headline alone, and the day dates the page. A
headline's own words parted by a blank (青禾县公证服务 便民举措落地见效 2025-02-14) name no outlet: they
stay the title.

Every text below is written for these tests; the work and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_HEADLINE = "青禾县公证服务便民举措落地见效"
_BODY = "\n2024年,青禾县共办理行政复议案件58件,纠错率11.3%。\n"

OUTLETS = [
    ("a paper and the day", " 青禾晚报 2025-02-14"),
    ("a site, the day in words and its time", " 青禾新闻网 2025年02月14日 08:30"),
]


@pytest.mark.parametrize(("case", "tail"), OUTLETS, ids=[c[0] for c in OUTLETS])
def test_outlet_after_headline(case, tail):
    text = _HEADLINE + tail + _BODY
    assert read(text, "title") == _HEADLINE
    assert read(text, "published") == "2025-02-14"


def test_headline_words_after_a_blank_are_no_outlet():
    text = "青禾县公证服务 便民举措落地见效 2025-02-14" + _BODY
    assert read(text, "title") == "青禾县公证服务 便民举措落地见效"
