"""A report may give its superior's rate, then its own as the whole's part, called by its place's call of itself after
the part marker (全市…出庭应诉率为92%,其中我县达到100%): the report's own headline value, as it is said with no marker
(全市…,我县为100%); so does a town's report by its own call (全县…出庭应诉率为92%,其中我镇100%). The superior's rate
is above the report's level. Another place named as the part (其中向城镇, 其中郯城县), or a town's call in a county's
report, is no call of the report's own: none of its headline values.

Every text here is written for the test; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest

from lawreport import extract

COUNTY = "兰陵县司法局2022年法治政府建设情况报告\n2022年,全县坚持依法行政。\n"
TOWN = "向城镇2022年度法治政府建设情况报告\n2022年,兰陵县向城镇坚持依法行政。\n"
CITY = "临沂市司法局2022年法治政府建设情况报告\n2022年,全市坚持依法行政。\n"


def headline(text: str) -> list[tuple[str, float]]:
    return sorted((m.key, m.value) for m in extract(text).metrics)


@pytest.mark.parametrize(("text", "expected"), [
    (COUNTY + "全市行政机关负责人出庭应诉率为92%,其中我县达到100%。\n", [("head_appearance_rate", 100.0)]),
    (COUNTY + "全市行政诉讼败诉率为6.4%,其中本县为2.5%。\n", [("litigation_loss_rate", 2.5)]),
    (CITY + "全省行政复议直接纠错率为11.2%,其中我市为13.5%。\n", [("reconsideration_correction_rate", 13.5)]),
    (TOWN + "全县行政机关负责人出庭应诉率为93%,其中我镇100%。\n", [("head_appearance_rate", 100.0)]),
    (TOWN + "全县人民调解成功率为97.2%,其中本镇达到98.6%。\n", [("mediation_success_rate", 98.6)]),
])
def test_the_report_s_own_part_is_its_headline_rate(text, expected):
    assert headline(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a town of the county, the part of the county's own whole: the county's rate stays the one
    (COUNTY + "全县行政机关负责人出庭应诉率为96%,其中向城镇达到100%。\n", [("head_appearance_rate", 96.0)]),
    # another county of the city: neither the city's nor that county's is the report's
    (COUNTY + "全市行政机关负责人出庭应诉率为92%,其中郯城县达到100%。\n", []),
    # a town's call in the county's own report: the part of the county's own whole, whose rate stays the one
    (COUNTY + "全县行政机关负责人出庭应诉率为95%,其中我镇100%。\n", [("head_appearance_rate", 95.0)]),
])
def test_another_place_named_as_the_part(text, expected):
    assert headline(text) == expected
