"""A title naming one year's plan before another year's summary (某县司法局2024年工作计划及2023年工作总结, 2025年工作要点暨
2024年工作总结): the text reviews the summary's year, which its undated figures take; the usual order (2023年工作总结及
2024年工作计划) names the year reviewed first and stays so.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest

from lawreport import extract

_BODY = "全年共受理法律援助案件512件,办结498件。\n"

TITLES = [
    ("a plan and then a summary, joined by 及", "松岭县司法局2024年工作计划及2023年工作总结", 2023),
    ("a year's main points and then a summary, joined by 暨", "松岭区司法局2025年工作要点暨2024年工作总结", 2024),
    ("a year's arrangement and then the last year's summary", "松岭县2022年工作安排和2021年工作总结", 2021),
    # the usual order, and a title naming one year
    ("a summary and then the next year's plan", "松岭县司法局2023年工作总结及2024年工作计划", 2023),
    ("a summary and then the next year's thoughts", "松岭县司法局2023年工作总结和2024年工作打算", 2023),
    ("a plan alone", "松岭县司法局2024年工作计划", 2024),
]


@pytest.mark.parametrize(("case", "title", "year"), TITLES, ids=[c[0] for c in TITLES])
def test_the_year_reviewed_is_the_summarys(case, title, year):
    record = extract(title + "\n\n" + _BODY)
    assert record.report_year == year
    if "总结" in title:
        assert [(m.key, m.value, m.year, m.target) for m in record.metrics] == [("legal_aid_cases", 512, year, False)]
