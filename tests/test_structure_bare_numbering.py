"""Structure phrasings of published reports: a numbering with no title after it."""

from __future__ import annotations

from lawreport import extract

REPORT = (
    "青禾县2023年法治政府建设情况报告\n"
    "一、主要举措和成效\n"
    "（一）强化组织领导\n"
    "成立领导小组，定期召开专题会议。\n"
    "（二）{second}\n"
)


def test_a_numbering_with_no_title_heads_nothing():
    record = extract(REPORT.format(second=""))
    assert [s.title for s in record.sections] == ["主要举措和成效", "强化组织领导"]
    assert all(i.title for i in record.initiatives)


def test_a_numbering_with_its_title_is_a_heading():
    record = extract(REPORT.format(second="深化普法宣传"))
    assert [s.title for s in record.sections] == ["主要举措和成效", "强化组织领导", "深化普法宣传"]
