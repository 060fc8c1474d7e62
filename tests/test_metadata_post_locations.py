"""Regions and where a post was put up: a WeChat header's stamp closing with a province, 发表于…, IP属地:…, an account
card's 所在地: the poster's whereabouts, never the report's place (here they would settle a name two provinces share).

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_TITLE = "朝阳区司法局2023年法治政府建设年度报告\n"
_BODY = "2023年,区司法局坚持依法行政,扎实推进法治政府建设,各项工作取得新成效。\n一、主要举措和成效\n全年审查规范性文件十二件。\n"
_NONE = (None, None, None)

POSTED_FROM = [
    ("a header's stamp closing with a province", _TITLE + "青禾普法 2024年01月20日 10:00 吉林\n" + _BODY, _NONE),
    ("…with 发表于 and the province", _TITLE + "原创 青禾普法 2024-01-20 09:15 发表于北京\n" + _BODY, _NONE),
    ("an IP属地 line below the text", _TITLE + _BODY + "IP属地:吉林\n", _NONE),
    ("…or after the author's name and the date on one line", _TITLE + "作者:青禾普法  2024-01-20  IP属地:北京\n" + _BODY,
     _NONE),
    ("an account card's 所在地", _TITLE + _BODY + "青禾普法\n功能介绍 区司法局的公众号。\n所在地:北京市\n", _NONE),
    ("the city named in the text's own words still settles the name",
     _TITLE + "原创 青禾普法 2024-01-20 09:15 发表于北京\n" + _BODY + "全区配合长春市司法局开展执法检查。\n",
     ("吉林省", "长春市", "朝阳区")),
]


@pytest.mark.parametrize(("case", "text", "expected"), POSTED_FROM, ids=[c[0] for c in POSTED_FROM])
def test_where_a_post_was_put_up_is_not_the_reports_place(case, text, expected):
    assert read(text, "region") == expected


def test_the_header_still_dates_the_post():
    assert read(_TITLE + "青禾普法 2024年01月20日 10:00 吉林\n" + _BODY, "published") == "2024-01-20"
