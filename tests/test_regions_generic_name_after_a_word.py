"""A full name made of one character and a generic name (越城区: 越 and 城区; 海城区, 江城区, 历城区, 东城区) is read inside a
word and that generic name where the character closes a word begun before it (卓越城区, 沿海城区, 滨江城区, 经历城区) or a
province's short name (山东城区, 江西城区): the text names no unit there. Said after a parent's name, at a line's start,
after a pause or after a verb that closes no such word (推动越城区…), the name stands.

Every text here is written for the test; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest

from lawreport import extract

HEAD = "关于2024年度法治政府建设工作情况的报告\n"


def county(text: str) -> str | None:
    region = extract(text).region
    return region.county if region is not None else None


@pytest.mark.parametrize("words", ["卓越城区", "超越城区", "沿海城区", "滨江城区", "经历城区", "山东城区", "江西城区"])
def test_a_word_and_the_generic_name_name_no_unit(words):
    assert county(HEAD + f"着力打造{words}治理新样板,全年审结行政复议案件61件。\n") is None


@pytest.mark.parametrize(("text", "expected"), [
    (HEAD + "2024年,越城区司法局全年审结行政复议案件61件。\n", "越城区"),
    (HEAD + "着力推动越城区治理,全年审结行政复议案件61件。\n", "越城区"),
    ("绍兴市越城区2024年度法治政府建设工作情况的报告\n全年审结行政复议案件61件。\n", "越城区"),
    (HEAD + "北海市海城区坚持沿海城区共建共治,全年审结行政复议案件61件。\n", "海城区"),
])
def test_the_name_stands_elsewhere(text, expected):
    assert county(text) == expected
