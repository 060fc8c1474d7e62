"""A county's or a town's report may give its superior's whole before its own part, said by its place's call of itself
and the verb alone (全市共受理矛盾纠纷2.1万件,其中我县受理3200件). The superior's whole is above the report's level; the
part is the report's own figure, read under the key the whole's words name: the disputes the mediators take in are
mediation's, not legal aid's, though legal aid was the topic of the sentence before. A bare verb with no mediation
named before it, or after another service named since, is none of mediation's. Said by the call alone, no verb after
it (全市新收行政复议案件1300件,其中我县90件; …,我县3100件), the part is of the key of the superior's figure before it.

Every text here is written for the test; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest

from lawreport import extract

COUNTY = "兰陵县司法局2022年法治政府建设情况报告\n2022年,县司法局坚持依法行政。\n"
TOWN = "向城镇2022年度法治政府建设情况报告\n2022年,兰陵县向城镇坚持依法行政。\n"


def counts(text: str) -> list[tuple[str, float]]:
    return sorted((m.key, m.value) for m in extract(text).metrics
                  if m.key in ("mediation_cases", "mediation_succeeded", "legal_aid_cases"))


@pytest.mark.parametrize(("text", "expected"), [
    (COUNTY + "全市共办理法律援助案件5100件,其中我县办理320件。\n全市共受理矛盾纠纷2.1万件,其中我县受理3200件,调解成功3150件。\n",
     [("legal_aid_cases", 320), ("mediation_cases", 3200), ("mediation_succeeded", 3150)]),
    (COUNTY + "全年办理法律援助案件320件。\n全市共受理民间纠纷1.8万件,其中我县受理2900件。\n",
     [("legal_aid_cases", 320), ("mediation_cases", 2900)]),
    (TOWN + "全县共受理矛盾纠纷3200件,其中我镇受理215件,调解成功211件。\n",
     [("mediation_cases", 215), ("mediation_succeeded", 211)]),
    (TOWN + "全县共调处矛盾纠纷3200件,其中本镇调处215件。\n", [("mediation_cases", 215)]),
])
def test_the_report_s_own_part_is_read_under_the_whole_s_key(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # legal aid the topic, no dispute named since: the bare verb stays legal aid's
    (COUNTY + "法律援助方面,全市共办理5100件,其中我县办理320件。\n", [("legal_aid_cases", 320)]),
    # another service named since the disputes: the bare verb is none of mediation's (nor is the superior's whole)
    (COUNTY + "全市共受理矛盾纠纷2.1万件;公证处办理公证事项4100件,其中我县受理380件。\n", []),
])
def test_a_bare_verb_after_another_topic(text, expected):
    assert counts(text) == expected


def keyed(text: str) -> list[tuple[str, float]]:
    return sorted((m.key, m.value) for m in extract(text).metrics)


@pytest.mark.parametrize(("text", "expected"), [
    (COUNTY + "全市新收行政复议案件1250件,其中我县88件。\n", [("reconsideration_received", 88)]),
    (COUNTY + "全市共受理矛盾纠纷2.6万件,我县3050件。\n", [("mediation_cases", 3050)]),
    (COUNTY + "全市共办理法律援助案件4800件,其中本县310件。\n", [("legal_aid_cases", 310)]),
    (TOWN + "全县共受理矛盾纠纷3300件,其中我镇226件。\n", [("mediation_cases", 226)]),
])
def test_the_report_s_own_part_by_its_call_alone(text, expected):
    assert keyed(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # another county of the city as the part, in a report calling its own place a whole: none of the report's
    (COUNTY + "全县推进依法行政。全市新收行政复议案件1250件,其中郯城县88件。\n", []),
    # a town's call in the county's own report: a part of the county's whole, which stays the figure
    (COUNTY + "全县共受理矛盾纠纷3300件,其中我镇226件。\n", [("mediation_cases", 3300)]),
    # a measure the superior's key does not count in
    (COUNTY + "全市新收行政复议案件1250件,其中我县88人。\n", []),
])
def test_no_own_part_by_its_call_alone(text, expected):
    assert keyed(text) == expected
