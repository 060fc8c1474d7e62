"""A prefecture whose short name is an everyday word too (阿里, common_word_shorts) is named by it where its bodies by
their level's word follow (中共阿里地委, 阿里地委, 阿里行署: regions._prefecture_called), in a title or a sign-off, as a prefecture of another short name is; the word alone, or before anything else, names no place.

Every text below is written for these tests; the work and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "2022年,全地区坚持依法行政,办理行政复议案件17件,审结16件。\n"
_NGARI = ("西藏自治区", "阿里地区", None)
_NONE = (None, None, None)

REGIONS = [
    ("the committee opening the title", "中共阿里地委关于2022年度法治建设工作情况的报告\n" + _BODY, _NGARI),
    ("…without 中共", "阿里地委2022年法治政府建设情况报告\n" + _BODY, _NGARI),
    ("the office opening the title", "阿里行署2022年法治政府建设情况报告\n" + _BODY, _NGARI),
    ("the committee signing off", "2022年度法治政府建设情况报告\n" + _BODY + "中共阿里地委\n2023年2月14日\n", _NGARI),
    ("a joint sign-off", "2022年度法治政府建设情况报告\n" + _BODY + "中共阿里地委 阿里行署\n2023年2月14日\n", _NGARI),
    ("the word before a company's name", "2022年度法治政府建设情况报告\n" + _BODY
     + "与阿里巴巴合作开发线上调解平台。\n", _NONE),
    ("the word before a committee member", "2022年度法治政府建设情况报告\n" + _BODY
     + "阿里地委员会议室举行培训。\n", _NONE),
]


@pytest.mark.parametrize(("case", "text", "expected"), REGIONS, ids=[c[0] for c in REGIONS])
def test_everyday_short_names_a_prefecture_before_its_bodies(case, text, expected):
    assert read(text, "region") == expected
