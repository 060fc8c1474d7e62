"""Rates listed with 和 (or sharing one value) where a later label holds a short bracketed aside between its words
(村(居)法律顾问覆盖率, 乡镇(街道)公共法律服务站覆盖率): the aside is no end of the subject, so the label joined before it
keeps its own value, in order, or the one value said to be each's (均).

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


def rates(text: str):
    return sorted(read(text)[1], key=lambda rate: text.index(rate[0]))


@pytest.mark.parametrize("text, expected", [
    ("全县公共法律服务站点覆盖率和村(居)法律顾问覆盖率分别为97%、100%。",
     [("公共法律服务站点覆盖率", 97), ("法律顾问覆盖率", 100)]),
    ("全县村(社区)法律顾问覆盖率和镇(街道)调解组织覆盖率均达100%。",
     [("法律顾问覆盖率", 100), ("调解组织覆盖率", 100)]),
])
def test_a_label_joined_before_an_aside_keeps_its_value(text, expected):
    assert rates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an aside after the label, or one of more words: as before
    ("全市行政复议综合纠错率(含调解和解)为18.4%。", [("行政复议综合纠错率", 18.4)]),
    ("全县村(社区)法律顾问覆盖率达到100%。", [("法律顾问覆盖率", 100)]),
])
def test_an_aside_with_no_label_joined_before_changes_nothing(text, expected):
    assert rates(text) == expected
