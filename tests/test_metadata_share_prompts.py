"""A content site's prompt to share the headline it copied (某某网小编提示,记得把"…"分享给大家!), on the line under it:
the site's words, no headline, so the headline above stays the title. A headline naming such a prompt keeps it.

Every text below is written for these tests; the sites and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_HEADLINE = "青禾法院去年审结行政案件一千件"
_PROMPT = (_HEADLINE + "\n青禾资讯网小编提示,记得把\"" + _HEADLINE + "\"分享给大家!\n"
           "青禾新闻网3月2日电 (记者 甲乙)记者从青禾市中级人民法院获悉,2023年全市法院审结行政案件1000件。\n")
_REMINDED = _PROMPT.replace("小编提示", "小编提醒")
_NAMED = "关于规范网站小编提示用语的通知\n各单位:为规范网站用语,现就有关事项通知如下。\n"

CASES = [
    ("a share prompt under the headline", _PROMPT, "title", _HEADLINE),
    ("…written as a reminder", _REMINDED, "title", _HEADLINE),
    ("a headline naming such prompts keeps them", _NAMED, "title", "关于规范网站小编提示用语的通知"),
]


@pytest.mark.parametrize(("case", "text", "field", "expected"), CASES, ids=[c[0] for c in CASES])
def test_share_prompts(case, text, field, expected):
    assert read(text, field) == expected
