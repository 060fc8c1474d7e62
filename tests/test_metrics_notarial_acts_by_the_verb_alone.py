"""The notarial acts said by the verb alone, where notarization is the topic named before it (县公证处全年共办理4100件;
公证工作方面,全年共办理…; a county's own part after its city's whole: 全市共办理公证事项3.2万件,其中我县办理4100件), as
legal aid's verb alone is read. Not after another service or body named since (…;法律援助中心全年共办理320件: legal
aid's), nor the advice the notaries gave (办理咨询300件), nor work done for a court (协助法院办理送达120件).

Every text here is written for the test; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest

from lawreport import extract

COUNTY = "兰陵县司法局2022年法治政府建设情况报告\n2022年,全县坚持依法行政。\n"


def notarizations(text: str) -> list[float]:
    return sorted(m.value for m in extract(text).metrics if m.key == "notarizations")


@pytest.mark.parametrize(("text", "expected"), [
    ("2022年,县公证处全年共办理2860件,同比增长9%。", [2860]),
    ("公证工作方面,2022年全年共办理1750件。", [1750]),
    (COUNTY + "全市共办理公证事项3.1万件,其中我县办理2860件。\n", [2860]),
])
def test_the_verb_alone_counts_the_notarial_acts(text, expected):
    assert notarizations(text) == expected


@pytest.mark.parametrize("text", [
    "2022年,县公证处开展公证进企业活动,办理咨询260件。",
    "2022年,县公证处协助法院办理送达110件。",
    "2022年,县公证处优化服务流程。县法律援助中心全年共办理320件。",
])
def test_another_topic_or_other_work(text):
    assert notarizations(text) == []


@pytest.mark.parametrize("text", [
    "2022年,县公证处全年共办理咨询460件。",  # advice, no notarial act
    "2022年,公证咨询方面,全年共办理460件。",
    "2022年,县公证处每月办理240件。",  # a month's, not the year's
    "2022年,县公证处月均办理240件。",
    "2022年,县公证处全年共上门办理120件。",  # a part of the acts, by where they were done
    "2022年,县公证处全年共在线办理300件。",
    "2022年,县公证处全年不予办理12件。",  # refused or ended: no act done
    "2022年,县公证处全年终止办理8件。",
])
def test_what_the_verb_alone_does_not_count(text):
    assert notarizations(text) == []
