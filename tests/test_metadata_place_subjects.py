"""A yearly report naming no body but its county or city as its subject, before its title's year, in its statement of
what it is or as its opening's subject, is issued by that place, as a town named alone issues its own; a body named
in full, a committee and government, a place the division list does not know, or another kind of text is not read so.

Every text below is written for these tests; the figures are made up (the places are real, for the division list).
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "一、主要举措和成效\n(一)深化放管服改革,全年办理政务服务事项12万件。\n"
_STATED = "现将有关情况报告如下。\n" + _BODY

CASES = [
    ("the place before its title's year", "桐庐县2023年法治政府建设年度报告\n2023年,全县扎实推进法治政府建设。\n" + _BODY, "桐庐县"),
    ("…after the title's 关于", "关于巫山县2023年法治政府建设情况的报告\n2023年,全县扎实推进法治政府建设。\n" + _BODY, "巫山县"),
    ("the place in the statement", "根据要求,现将丽江市2023年度法治政府建设情况报告如下。\n" + _BODY, "丽江市"),
    ("the opening's subject", "2023年,巫山县坚持以人民为中心,扎实推进法治政府建设。" + _STATED, "巫山县"),
    ("…chained to its province", "2023年,云南省丽江市坚持以人民为中心,扎实推进法治政府建设。" + _STATED, "云南省丽江市"),
    ("a body named in full is the body", "2023年,巫山县人民政府坚持以人民为中心,扎实推进法治政府建设。" + _STATED, "巫山县人民政府"),
    ("a place the division list does not know", "2023年,青禾县坚持以人民为中心,扎实推进法治政府建设。" + _STATED, None),
    ("a place opening an event, not the subject's predicate", "2023年,巫山县召开法治政府建设推进会。" + _STATED, None),
    ("a news item on the place",
     "本报讯 2023年,巫山县坚持以人民为中心,扎实推进法治政府建设,全年办理政务服务事项12万件。(甲乙)\n", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_place_reporting_on_itself(case, text, expected):
    assert read(text, "issuer") == expected
