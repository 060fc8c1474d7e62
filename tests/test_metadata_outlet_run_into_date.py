"""A mirror's or an app's line under the headline giving the outlet's name run into its day, no blank between, its time
after it or not (新华网2025-07-09, 人民网2025年07月09日, 某某日报2025-07-09 08:12, 某某新闻客户端…09:00:12: the
page_date_line cue), dates the page as the same line with a blank does; a sentence going on after such a day is no
date line.

Every text below is written for these tests; the work and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_HEAD = "司法行政工作者代表畅谈基层法治故事\n\n"
_BODY = "\n\n本报讯 近日,司法部举行基层法治工作者座谈会,6位代表分享了调解矛盾纠纷的经验。\n"

DATES = [
    ("a site's name and the day", _HEAD + "光明网2026-03-17" + _BODY, "2026-03-17"),
    ("…the day in words", _HEAD + "人民网2026年03月17日" + _BODY, "2026-03-17"),
    ("a paper's name, the day and its time", _HEAD + "法治日报2026-03-17 07:45" + _BODY, "2026-03-17"),
    ("an app's name, the day and its time", _HEAD + "某某新闻客户端2026-03-17 21:03:44" + _BODY, "2026-03-17"),
    ("a sentence going on after the day", _HEAD + "据光明网2026-03-17报道,某地举办法治讲座。" + _BODY, None),
]


@pytest.mark.parametrize(("case", "text", "expected"), DATES, ids=[c[0] for c in DATES])
def test_outlet_run_into_its_date(case, text, expected):
    assert read(text, "published") == expected
