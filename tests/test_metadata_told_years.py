"""A news lead whose first sentence only tells of the occasion (今天上午,…新闻发布会召开。) gives the reporter's words in
the next (记者从发布会上获悉,2019年,我市…): the year learned of is the item's. A span learned of (获悉,2016年以来,…)
dates nothing, nor does a year opening a later clause without the reporter's words (2018年,市政府出台了…: an event).

Every text below is written for these tests; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_OCCASION = "今天上午,青禾市重点民生实事完成情况新闻发布会召开。"

CASES = [
    ("the year the reporter learned of in the lead's second sentence",
     _OCCASION + "记者从发布会上获悉,2019年,我市公共法律服务实现村居全覆盖,法律援助中心共办理法律援助案件828件。\n", 2019),
    ("…told with 了解到", _OCCASION + "记者从市司法局了解到,2019年我市法律援助工作稳步推进,办理法律援助案件828件。\n", 2019),
    ("a span learned of dates nothing",
     _OCCASION + "记者从发布会上获悉,2016年以来,全市法律援助中心累计办理法律援助案件8280件。\n", None),
    ("a later clause's year without the reporter's words dates nothing",
     _OCCASION + "据介绍,全市法律援助网络不断完善,2018年,市政府出台了法律援助实施办法。\n", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_told_years(case, text, expected):
    assert read(text, "report_year") == expected
