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


# A text no kind's cue claims whose first lines caption its photos, each credited to its photographer (…收集意见建议。某某摄),
# is a paper's item or a portal's, a feature told by a writer: news. The same text without its photos is told to be none,
# and a meeting's item stays news.
_FEATURE = ("2021年2月,中央印发意见,要求地方党政主要负责人年终述职时述法。\n目前,各地扎实推进述法工作,积极开展有益探索。\n"
            "1月12日,在青禾区会议中心,一场区委常委会述法专题会正在进行。3名部门主要负责人逐一述法。\n")
KINDS = [
    ("photos credited to their photographers over a feature",
     "青禾州干部深入群众家中为述职收集意见建议。甲乙丙摄\n青禾市干部进行宪法宣誓。丁戊摄\n" + _FEATURE, "news"),
    ("…in traditional characters", "青禾州幹部深入群眾家中為述職收集意見建議。甲乙丙攝\n" + _FEATURE, "news"),
    ("the same text without its photos", _FEATURE, "other"),
    ("a meeting's item", "青禾区召开述法专题会\n12月5日,青禾区召开党政主要负责人述法评议会,5名部门主要负责人现场述法。\n", "news"),
]


@pytest.mark.parametrize(("case", "text", "expected"), KINDS, ids=[c[0] for c in KINDS])
def test_photos_credited_to_photographers_make_an_item_news(case, text, expected):
    assert read(text, "kind") == expected
