"""A year said inside a frame naming the ground other work goes on from (在2024年调解成功率98.6%的基础上,…; 在2023年的
基础上,…; 在…的同时, 在…的前提下) dates the figures of the frame, not those after it: they are of the year their own
clause says, else of the sentence's plan or of the report. A year said outside any frame dates them as before.

Every sentence here is written for the test, read with the report's year given (2024).
"""

from __future__ import annotations

import pytest
from test_metric_families import facts

from lawreport import extract


@pytest.mark.parametrize("text, expected", [
    ("在2023年调解成功率97.2%的基础上，全县调解成功率提升至98.4%。",
     [("mediation_success_rate", 97.2, 2023, False), ("mediation_success_rate", 98.4, 2024, False)]),
    ("在2023年的基础上，全区调解矛盾纠纷1460件。", [("mediation_cases", 1460, 2024, False)]),
    ("在巩固2023年工作成果的基础上，全市办理法律援助案件738件。", [("legal_aid_cases", 738, 2024, False)]),
    ("下一步，在2024年调解成功率98.4%的基础上，力争调解成功率达到99%。",
     [("mediation_success_rate", 98.4, 2024, False), ("mediation_success_rate", 99, 2025, True)]),
])
def test_a_year_inside_a_frame_dates_nothing_after_it(text, expected):
    assert facts(text) == expected


def test_a_year_outside_a_frame_still_dates_its_figures():
    assert facts("2023年，全县调解矛盾纠纷1460件。", report_year=2024) == [("mediation_cases", 1460, 2023, False)]


def test_a_plan_sections_target_after_a_framed_level_is_of_the_year_planned():
    text = ("某县司法局2024年法治政府建设工作报告\n一、2024年工作情况\n全年受理各类矛盾纠纷1200件，调解成功率98.4%。\n"
            "二、2025年工作安排\n在2024年调解成功率98.4%的基础上，力争调解成功率达到99%。\n")
    assert sorted((m.value, m.year, m.target) for m in extract(text).metrics if m.key == "mediation_success_rate") == [
        (98.4, 2024, False), (98.4, 2024, False), (99, 2025, True)]
