"""Rates listed with 和 (及, 与) where the label after the joiner opens with a quoted name (网办率和“秒批”率, “线上办”率和
“就近办”率, 网上受理率和“一件事”集成办理率): each label its value, in order, or both the one value said to be each's (均).
Joined with 、 the list was read so already; with 和 the quote after the joiner hid the label before it. Rates joined
with 以及 are listed as with 及 (网上可办率以及全程网办率分别为…).

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


def rates(text: str):
    return sorted(read(text)[1], key=lambda rate: text.index(rate[0]))


@pytest.mark.parametrize("text, expected", [
    ("全县“线上办”率和“就近办”率分别为91.5%、96.2%。", [("“线上办”率", 91.5), ("“就近办”率", 96.2)]),
    ("“线上办”率和“就近办”率均达到97%。", [("“线上办”率", 97), ("“就近办”率", 97)]),
    ("网办率和“秒批”率分别为88%、64%。", [("网办率", 88), ("“秒批”率", 64)]),
    ("政务服务事项网上受理率和“一件事”集成办理率分别为93%、81%。",
     [("政务服务事项网上受理率", 93), ("“一件事”集成办理率", 81)]),
    ("即办件办结率与“一次办”实现率均为100%。", [("即办件办结率", 100), ("“一次办”实现率", 100)]),
])
def test_each_label_of_a_list_joined_to_a_quoted_name_has_its_value(text, expected):
    assert rates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # no rate before the joiner: one rate, the quoted name's
    ("法治宣传和“八五”普法知晓率为92%。", [("普法知晓率", 92)]),
    ("“秒批”率达到64%。", [("“秒批”率", 64)]),
    # the list joined with 、, read as before
    ("“线上办”率、“就近办”率分别为91.5%、96.2%。", [("“线上办”率", 91.5), ("“就近办”率", 96.2)]),
])
def test_a_quoted_rate_with_no_rate_joined_before_it_stands_alone(text, expected):
    assert rates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全市网上可办率以及全程网办率分别达到99.1%、86.4%。", [("网上可办率", 99.1), ("全程网办率", 86.4)]),
    ("全市网上可办率以及全程网办率均达到99%。", [("网上可办率", 99), ("全程网办率", 99)]),
    ("全市网上可办率以及“秒批”率分别为99.1%、38%。", [("网上可办率", 99.1), ("“秒批”率", 38)]),
])
def test_rates_joined_with_yiji_are_listed(text, expected):
    assert rates(text) == expected


def test_a_word_joined_with_yiji_before_its_rate_still_shares_its_label():
    assert rates("群众满意以及基本满意率达99%。") == [("群众满意以及基本满意率", 99)]
