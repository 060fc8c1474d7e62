"""Kinds of two genres: a court's report on its administrative trials to a people's congress standing committee (a
white paper's genre, titled or not), and an evaluation of governments by a research institute or a third party (no
body's yearly report on its own work).

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_SALUTATION = "主任、副主任、秘书长、各位委员:\n"
_TRIALS = "\n一、主要工作和成效\n三年来,全省法院共受理一审行政案件一万二千件,审结一万一千件。\n"

COURT_REPORTS = [
    ("an untitled court report saying it reports its administrative trials to the committee",
     _SALUTATION + "受会议委托,我代表市中级人民法院报告2020年以来全市法院行政审判工作情况,请予审议。" + _TRIALS,
     "white_paper"),
    ("…or closing its opening with what it reports, and its plans, 报告如下",
     _SALUTATION + "按照市人大常委会年度监督工作安排,现将全市两级法院近三年来的行政审判工作情况和下一步打算报告如下:"
     + _TRIALS, "white_paper"),
    ("…and titled as the provincial court's report on them",
     "青禾省高级人民法院关于全省法院行政审判工作情况的报告\n" + _SALUTATION
     + "根据会议安排,现将有关情况报告如下。" + _TRIALS, "white_paper"),
    ("a government's yearly report telling the committee of its own work stays a yearly report",
     _SALUTATION + "受县人民政府委托,现将2023年法治政府建设工作情况报告如下:\n一、主要举措和成效\n"
     "全县行政机关负责人出庭应诉率达100%,支持配合法院行政审判工作。\n", "annual_report"),
]


@pytest.mark.parametrize(("case", "text", "expected"), COURT_REPORTS, ids=[c[0] for c in COURT_REPORTS])
def test_a_courts_report_on_its_administrative_trials_is_a_white_paper(case, text, expected):
    assert read(text, "kind") == expected


_SCORES = "\n一、评估概况\n本次评估设一级指标六项,参评政府平均得分七十六点四分。\n"

EVALUATIONS = [
    ("a province's governments evaluated by an institute", "2021年青禾省法治政府评估报告" + "\n某某大学法治政府研究院\n"
     + _SCORES, "other"),
    ("…the nation's cities, the edition's year in brackets", "中国城市法治政府评估报告(2022)\n" + _SCORES, "other"),
    ("…a county's departments by a third party", "青禾县2022年度法治政府建设第三方评估报告\n" + _SCORES, "other"),
    ("…an institute's yearly development report on the nation's", "中国法治政府发展报告(2021)\n" + _SCORES, "other"),
    ("a body's own yearly report naming an evaluation it took part in stays a yearly report",
     "青禾县司法局2022年法治政府建设年度报告\n2022年,县司法局扎实推进法治政府建设,在全省法治政府建设第三方评估中"
     + "位列前十。\n一、主要举措和成效\n全年审查规范性文件十二件。\n", "annual_report"),
]


@pytest.mark.parametrize(("case", "text", "expected"), EVALUATIONS, ids=[c[0] for c in EVALUATIONS])
def test_an_evaluation_of_governments_is_no_yearly_report(case, text, expected):
    assert read(text, "kind") == expected
