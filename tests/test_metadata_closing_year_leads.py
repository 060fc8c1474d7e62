"""A news item whose lead names its year as the one closing (2024年即将落幕,过去的一年里,…) reviews that year: the item
reports on it, and so do its undated figures (全年共办理法律援助案件22件). A year's part closing (2024年上半年即将过去),
a plan's year beginning (2025年即将到来) or a span closing (2021至2024年已经过去) names none.

Every text below is written for these tests; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

from lawreport import extract

_ITEM = ("青禾县:法律服务暖民心\n原标题:青禾县全力推进公共法律服务体系建设\n"
         "{lead},青禾县紧紧围绕县委、县政府的中心工作,积极履行司法行政职能,全力推进公共法律服务体系建设。\n"
         "法律援助应援尽援。全年共办理法律援助案件22件,挽回经济损失120万元。\n")

CASES = [
    ("the year closing", "2024年即将落幕,过去的一年里", 2024),
    ("…said as past", "2023年已经过去,回首这一年", 2023),
    ("…said as ending", "2022年进入尾声", 2022),
    ("a year's part closing is none", "2024年上半年即将过去", None),
    ("a plan's year beginning is none", "2025年即将到来", None),
    ("a span closing is none", "2021至2024年已经过去", None),
]


@pytest.mark.parametrize(("case", "lead", "expected"), CASES, ids=[c[0] for c in CASES])
def test_closing_year_leads(case, lead, expected):
    assert read(_ITEM.format(lead=lead), "report_year") == expected


def test_the_figures_of_the_year_closing_take_its_year():
    record = extract(_ITEM.format(lead="2024年即将落幕,过去的一年里"))
    assert record.kind == "news"
    assert [(m.key, m.value, m.year) for m in record.metrics if m.key == "legal_aid_cases"] == [("legal_aid_cases", 22, 2024)]
