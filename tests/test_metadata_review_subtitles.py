"""A feature whose headline names no year and whose sub-headline right below names the year it reviews (守护公平正义
护航平安青禾 / ——青禾县法院2023年工作综述): that year; a span's review (2016年以来工作综述) or a subtitle naming a year
for another reason (——以青禾县2023年调解工作为例) dates nothing.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_HEAD = "守护公平正义 护航平安青禾\n"
_BODY = "一年来,全县法院坚持司法为民,全年受理各类案件8123件,审结7950件,结案率97.9%。\n"
_NEWS = "本报讯(记者 张某)一年来,全县法院坚持司法为民,全年受理各类案件8123件,审结7950件。\n"

CASES = [
    ("a year-in-review sub-headline", _HEAD + "——青禾县法院2023年工作综述\n" + _BODY, 2023),
    ("…over a paper's item", _HEAD + "——青禾县全县法院2022年工作回眸\n" + _NEWS, 2022),
    ("a span's review", _HEAD + "——青禾县法院2016年以来工作综述\n" + _BODY, None),
    ("a subtitle naming a case's year", _HEAD + "——以青禾县2023年调解工作为例\n" + _BODY, None),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_review_subtitles_year(case, text, expected):
    assert read(text, "report_year") == expected
