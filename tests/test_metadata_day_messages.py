"""A day's 讯 opening a lead is a news dateline (3月9日讯 近日,…); a day's 讯息, a mirror's word for 消息 (2024年3月9日讯息,
《…白皮书(2023)》发布。), is a note of what the page carries, no dateline: the document below keeps its kind.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = ("一、行政检察工作基本情况\n"
         "2023年,青禾省检察机关受理各类行政检察监督案件3120件,同比上升12.1%,提出检察建议412件。\n"
         "二、全面提升行政检察监督质效\n"
         "全省检察机关持续加强行政诉讼监督,办理行政生效裁判监督案件860件。\n")
CASES = [
    ("a day's message over a white paper",
     "2024年3月9日讯息,《青禾省行政检察工作白皮书(2023)》发布。\n" + _BODY, "white_paper"),
    ("a day's message opening the line", "3月9日讯息,《青禾省行政检察工作白皮书(2023)》发布。\n" + _BODY, "white_paper"),
    ("a day's dateline", "3月9日讯 近日,《青禾省行政检察工作白皮书(2023)》发布。\n" + _BODY, "news"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_days_message_is_no_dateline(case, text, expected):
    assert read(text, "kind") == expected
