"""A stated rate checked against counts written with 万 or 亿 (2.1万件): such a count is rounded to its last written digit,
so it bounds the rate rather than giving it; only a rate outside what the rounded counts allow is a mismatch.

Every sentence is written for the test; the figures are made up.
"""

from __future__ import annotations

import pytest
from test_checks import WRAPPER

from lawreport import extract


def _checked(body: str) -> tuple[list[bool], list[str]]:
    """Whether each stated rate agrees with its counts, and the messages of the rate findings."""
    report = extract(WRAPPER.format(body=body))
    return [c.agrees for c in report.checks], [f.message for f in report.findings if f.kind == "rate_mismatch"]


@pytest.mark.parametrize("body", [
    # 2.0万 of 2.1万: anything from 19500/21500 (90.7%) to all of them
    "全区排查矛盾纠纷2.1万件，调解成功2.0万件，调解成功率96.94%。",
    # 20.1万 of 20.7万, each to a thousand: 96.6% to 97.6%
    "全区排查矛盾纠纷20.7万件，调解成功20.1万件，调解成功率96.94%。",
    # a numerator written in full over a denominator rounded to a thousand: 11800/12500 (94.4%) up
    "全区调解矛盾纠纷1.2万件，调解成功11800件，调解成功率97.5%。",
    # 万 said by its pinyin initial rounds as 万 does
    "全区排查矛盾纠纷2.1w件，调解成功2.0W件，调解成功率96.94%。",
], ids=["tenths of 万", "hundredths of 万", "denominator alone", "万 as w"])
def test_a_rate_the_rounded_counts_allow_agrees(body):
    assert _checked(body) == ([True], [])


@pytest.mark.parametrize(("body", "message"), [
    ("全区排查矛盾纠纷2.1万件，调解成功2.0万件，调解成功率85%。", "调解成功率 stated as 85% but the counts give 95.24%"),
    # below 96.6%: a thousand either way, not ten thousand (93.0% to all)
    ("全区排查矛盾纠纷20.7万件，调解成功20.1万件，调解成功率95%。", "调解成功率 stated as 95% but the counts give 97.1%"),
    ("全区排查矛盾纠纷21000件，调解成功20000件，调解成功率96.94%。", "调解成功率 stated as 96.94% but the counts give 95.24%"),
], ids=["outside the bounds", "to the last written digit", "counts written in full"])
def test_a_rate_outside_what_the_counts_allow_is_a_mismatch(body, message):
    assert _checked(body) == ([False], [message])
