"""The administrative cases an agency handles (公安机关办理行政案件3.2万起: public-order cases; 市场监管局查办行政案件…) or a
court takes in (受理行政案件45件) are no reconsideration intake, though reconsideration is named in the sentence: only
行政复议 or 复议 with the verb counts it (受理行政复议案件12件, 受理各类复议申请860件), or the verb alone where
reconsideration is the topic (行政复议工作方面,全年办理案件120件).

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from lawreport import extract


def received(text: str) -> list[float]:
    return sorted(m.value for m in extract(text).metrics if m.key == "reconsideration_received")


@pytest.mark.parametrize(("text", "expected"), [
    ("2020年,全县公安机关共办理行政案件8600起,作为被申请人的行政复议案件21起。", [21]),
    ("2022年,全年共受理行政案件38件,其中行政复议案件9件。", [9]),
    ("2021年,局机关依法办理行政案件412件,未发生行政复议案件。", []),
])
def test_an_agency_s_administrative_cases_are_no_reconsideration(text, expected):
    assert received(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("2022年,全县共受理行政复议案件46件。", [46]),
    ("2022年,市行政复议局受理各类复议申请530件。", [530]),
    ("行政复议工作方面,2022年全年办理案件75件。", [75]),
    ("2022年,区政府共收到行政复议申请64件。", [64]),
])
def test_reconsideration_said_with_its_verb_stays(text, expected):
    assert received(text) == expected
