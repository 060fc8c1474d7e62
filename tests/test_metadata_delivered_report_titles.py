"""A title naming a report to a people's congress by the year it is delivered in (某县2025年政府工作报告) dates the
plan, not the work reviewed: the year reported on is the one its first part reviews (一、2024年工作回顾), and none where
the text does not say it. A title naming the year its work covers (某县司法局2024年工作总结, 某县2024年度法治政府建设
工作报告) keeps that year.

Every text below is written for these tests; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_SPEECH = "各位代表:\n现在,我代表县人民政府,向大会报告工作,请予审议。\n"

CASES = [
    ("a government's report by the year delivered, its first part reviewing the year before",
     "石桥县2025年政府工作报告\n" + _SPEECH + "一、2024年工作回顾\n全县行政机关负责人出庭应诉率达100%。\n", 2024),
    ("…reviewing a year it does not name", "石桥县2024年政府工作报告\n" + _SPEECH
     + "过去一年,全县行政机关负责人出庭应诉率达100%。\n", None),
    ("a court's report so named", "石桥县2025年人民法院工作报告\n" + _SPEECH.replace("县人民政府", "县人民法院")
     + "一、2024年工作回顾\n全年共受理行政诉讼案件212件。\n", 2024),
    ("a summary's title keeps its year", "石桥县司法局2024年工作总结\n全县共调解矛盾纠纷46件。\n", 2024),
    ("a yearly rule-of-law report's title keeps its year",
     "石桥县2024年度法治政府建设工作报告\n一、主要工作\n全县共办理行政复议案件47件。\n", 2024),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_delivered_reports_title_year(case, text, expected):
    assert read(text, "report_year") == expected
