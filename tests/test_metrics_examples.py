"""Figures of an example of one place or unit (以…为例, 比如, 如…镇) inside a report on a larger area, as reports
write them.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


def facts(text: str, report_year: int | None = 2024):
    """(key, value, year, target) of each headline metric of `text`."""
    return sorted((k, v, y, t) for k, v, y, t, _ in read(text, report_year)[0])


# The example's counts and rates are its own: none is the area's, whether or not the area's are also said.
@pytest.mark.parametrize("text, expected", [
    ("全县调解矛盾纠纷2870件,调解成功率97.6%。以石门乡为例,全年调解纠纷140件,调解成功率达99.3%。",
     [("mediation_cases", 2870, 2024, False), ("mediation_success_rate", 97.6, 2024, False)]),
    ("以城东街道为例,调解纠纷95件,成功率接近100%。", []),
    ("比如,柳营镇组建调解队,全年化解矛盾纠纷66件,调解成功率98.5%。", []),
    ("例如县市场监管局,全年作出行政处罚决定书被申请行政复议案件7件。", []),
    ("如青山镇聘请法律顾问参与调解,全年调解纠纷73件,调解成功率97.3%。", []),
    ("全年调解纠纷2870件(如青山镇调解纠纷73件)。", [("mediation_cases", 2870, 2024, False)]),
])
def test_an_examples_figures_are_none_of_the_areas(text, expected):
    assert facts(text) == expected


# 如 that opens no place's name (如期, 如实), or an example after the figure, leaves the figure the area's.
@pytest.mark.parametrize("text, expected", [
    ("如期办结行政复议案件55件,纠错率10.9%。",
     [("reconsideration_closed", 55, 2024, False), ("reconsideration_correction_rate", 10.9, 2024, False)]),
    ("全年调解纠纷1460件,调解成功率98.1%,以枫林镇为代表的调解品牌持续打响。",
     [("mediation_cases", 1460, 2024, False), ("mediation_success_rate", 98.1, 2024, False)]),
    ("全县调解矛盾纠纷2870件,如实登记率100%。", [("mediation_cases", 2870, 2024, False)]),
])
def test_no_example_leaves_the_figures(text, expected):
    assert facts(text) == expected
