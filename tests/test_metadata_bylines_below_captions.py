"""A feature's run of photo captions under its headline is no part of the head the kind cues read: the head goes on
past them, to the reporter's byline below the photos' credit (…图片均由某院提供 / □甲乙 本报记者 丙丁), which makes the
text news however long the captions run. Without the credit closing them the short lines are the text's own, and a
byline past the head's reach tells nothing.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

from lawreport.metadata import _HEAD_CHARS

_HEAD = "守护公平正义 护航平安青禾\n"
_CAPTIONS = "".join(f"青禾市{place}人民法院法官在田间地头开展巡回审判和调解工作。\n"
                    for place in ("东湖区", "西山区", "南河县", "北岭县", "白沙县", "石湾县", "青石县", "梅山县",
                                  "黄龙县", "云溪县", "松林县", "柳川县", "桃源县"))
_CREDIT = "青禾市中级人民法院举行宪法宣誓仪式。图片均由青禾市中级人民法院提供\n"
_BYLINE = "□甲乙 丙丁 本报记者 戊己\n"
_BODY = "全年总收案80.12万件,同比下降12.1%,诉前调解纠纷50.3万件,全市法院审判质效稳步提升。\n"

CASES = [
    ("a byline below a long run of captions", _HEAD + _CAPTIONS + _CREDIT + _BYLINE + _BODY, "news"),
    ("short lines without a credit", _HEAD + _CAPTIONS + "青禾市中级人民法院举行宪法宣誓仪式。\n" + _BYLINE + _BODY, "other"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_byline_below_photo_captions_makes_news(case, text, expected):
    assert text.index("本报记者") > _HEAD_CHARS  # past the head's reach but for the captions
    assert read(text, "kind") == expected
