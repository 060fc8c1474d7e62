"""A text titled by the targets it sets for a year (某县2024年法治政府建设工作目标, …工作目标任务) is a plan, its figures
targets of that year; not one titled by their meeting (全面完成2023年…目标任务, …工作目标完成情况).

Every text is written for the test, with made-up figures.
"""

from __future__ import annotations

import pytest

from lawreport import extract

TARGETS = ["某县2024年法治政府建设工作目标\n一、总体要求\n全县调解矛盾纠纷不少于600件,行政复议纠错率控制在10%以内。\n",
           "某县司法局2024年工作目标任务\n一、总体要求\n全县调解矛盾纠纷不少于600件,行政复议纠错率控制在10%以内。\n"]
TARGETS_MET = ["某县全面完成2023年法治政府建设目标任务\n一、总体要求\n全县调解矛盾纠纷不少于600件。\n",
               "某县司法局2023年工作目标完成情况\n一、总体要求\n全县调解矛盾纠纷不少于600件。\n"]


@pytest.mark.parametrize("text", TARGETS)
def test_a_text_titled_by_its_targets_is_a_plan(text):
    report = extract(text)
    assert report.kind == "plan"
    assert sorted((m.key, m.value, m.year, m.target) for m in report.metrics) == [
        ("mediation_cases", 600, 2024, True), ("reconsideration_correction_rate", 10, 2024, True)]


@pytest.mark.parametrize("text", TARGETS_MET)
def test_a_text_titled_by_targets_met_is_no_plan(text):
    assert extract(text).kind != "plan"
