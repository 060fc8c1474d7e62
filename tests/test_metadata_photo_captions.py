"""A feature's photo captions set as short lines under its headline, down to the line crediting the photos (某院法官开展
巡回审判。 / … / …举行宪法宣誓仪式。图片均由某院提供): their bodies are the pictures' subjects, neither the text's author
nor its place; the body's opening below them is read instead. A credit alone below a lead credits the lead's photo.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_HEAD = "守护公平正义 护航平安青禾\n"
_CAPTIONS = ("青禾市中级人民法院法官开展巡回审判。\n干警参加宣讲大会。\n"
             "青禾市中级人民法院举行宪法宣誓仪式。图片均由青禾市中级人民法院提供\n")
_BODY = "全年总收案80.12万件,同比下降12.1%,诉前调解纠纷50.3万件,全省法院审判质效稳步提升。\n"
_LEAD = "青禾市中级人民法院近日开展巡回审判活动,把法庭搬到田间地头,当场调解纠纷12件。\n"

CASES = [
    ("captions above the body", _HEAD + _CAPTIONS + _BODY, None),
    ("a lead naming its body, a credit below it", _HEAD + _LEAD + "图片由青禾市中级人民法院提供\n" + _BODY,
     "青禾市中级人民法院"),
    ("a short first paragraph above the body, captions lower",
     _HEAD + "青禾市中级人民法院开展巡回审判。\n" + _BODY + _CAPTIONS, "青禾市中级人民法院"),
    ("short lines without a credit are the body's", _HEAD + "青禾市中级人民法院开展巡回审判。\n干警参加宣讲大会。\n" + _BODY,
     "青禾市中级人民法院"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_photo_captions_name_no_issuer(case, text, expected):
    assert read(text, "issuer") == expected
