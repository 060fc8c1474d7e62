"""A notice putting a body's yearly figures up for public view (现将本中心2024年度案件办理及经费使用情况予以公示), as a
legal-aid centre gives its year's cases and funds, is a release of that year's figures even when its page kept no
title; a list put up for view the same way (现将拟表彰名单予以公示) is none.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_NOTICE = ("根据《中华人民共和国法律援助法》有关规定,现将青禾县法律援助中心2024年度办理法律援助案件、使用法律援助经费"
           "等情况{verb}公示,自觉接受社会监督。\n一、案件办理情况\n2024年,中心共办理法律援助案件355件。\n")
_LIST = "根据评选办法,现将2024年度拟表彰先进集体名单予以公示,公示期为五个工作日。\n一、先进集体\n青禾县司法局。\n"

CASES = [
    ("figures put up for view", _NOTICE.format(verb="予以"), "kind", "statistics"),
    ("…with 进行", _NOTICE.format(verb="进行"), "kind", "statistics"),
    ("…of the year they are of", _NOTICE.format(verb="予以"), "report_year", 2024),
    ("a list put up for view", _LIST, "kind", "other"),
    ("…of no year reported on", _LIST, "report_year", None),
]


@pytest.mark.parametrize(("case", "text", "field", "expected"), CASES, ids=[c[0] for c in CASES])
def test_public_notices(case, text, field, expected):
    assert read(text, field) == expected
