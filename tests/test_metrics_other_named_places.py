"""A figure of another place named in its sentence: in a report whose own place is known (its region) and that speaks
of it (全市, 我市, or its name with a figure), a rate or a count after a place that is neither the report's own nor
inside it (邻近的义乌市同期…, 同期,义乌市…, 高于义乌市95.1%的…, …,义乌市为9.7%) is that place's, none of the report's
headline values. The report's own again after it (我市, its own name), a place named as a destination, a model or a
partner of its clause (学习借鉴义乌市经验,…), a place inside the report's own, and a report that never speaks of its own
place keep their figures.

Every sentence here is written for the test; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts

from lawreport.metrics import own_level
from lawreport.regions import divisions_named

MSR = "mediation_success_rate"


def of_place(text: str, province: str, city: str, county: str | None = None):
    """facts of `text` in a report whose region is the place given (its level, names and code, as the pipeline
    gives them)."""
    own = county or city
    return facts(text, level=own_level(province, city, county), own_names=(own, own[:-1]),
                 own_code=divisions_named(own)[0].code)


def of_dongyang(text: str):
    return of_place(text, "浙江省", "金华市", "东阳市")


@pytest.mark.parametrize("text, expected", [
    ("全市人民调解成功率为98.6%;邻近的义乌市同期调解成功率为95.1%。", [(MSR, 98.6, 2024, False)]),
    ("全市人民调解成功率为98.6%。同期,义乌市调解成功率为95.1%。", [(MSR, 98.6, 2024, False)]),
    ("全市人民调解成功率为98.6%,高于义乌市95.1%的调解成功率。", [(MSR, 98.6, 2024, False)]),
    ("全市受理行政复议申请126件。同期,义乌市受理行政复议申请210件。", [("reconsideration_received", 126, 2024, False)]),
])
def test_another_places_figure_is_none_of_the_reports(text, expected):
    assert of_dongyang(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the report's own place called again after the other one
    ("义乌市司法局来我市考察交流,我市调解成功率达到98.9%。", [(MSR, 98.9, 2024, False)]),
    # a model the report learns from, no subject of the figure
    ("学习借鉴义乌市经验,全市调解成功率达到98.9%。", [(MSR, 98.9, 2024, False)]),
    # a report that never speaks of its own place: the one figure it gives
    ("义乌市调解成功率为95.1%。", [(MSR, 95.1, 2024, False)]),
])
def test_what_is_no_other_places_figure(text, expected):
    assert of_dongyang(text) == expected


def test_a_place_inside_the_reports_own_is_no_other_place():
    found = of_place("全市调解成功率为97.6%。东阳市调解成功率为99.1%,兰溪市为98.2%。", "浙江省", "金华市")
    assert (MSR, 97.6, 2024, False) in found and (MSR, 99.1, 2024, False) in found


@pytest.mark.parametrize("text, expected", [
    # traditional script, read through its simplified form as any text is: the other place's figure is none of the
    # report's, its own stays
    ("全市行政機關敗訴率為5%。同期,義烏市行政機關敗訴率為12.5%。", [("litigation_loss_rate", 5, 2024, False)]),
    ("全市人民調解成功率為98.6%;鄰近的義烏市同期調解成功率為95.1%。", [(MSR, 98.6, 2024, False)]),
    ("全市行政機關敗訴率為5%。", [("litigation_loss_rate", 5, 2024, False)]),
])
def test_a_traditional_text_reads_another_places_figure_alike(text, expected):
    assert of_dongyang(text) == expected
