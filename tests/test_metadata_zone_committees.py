"""A zone's committee as a report's issuer where the zone's own name ends in no level's word (宁东能源化工基地管委会, a
base's; 沈抚示范区管委会, a pilot zone's: metadata.cues zone), and a pilot zone's committee by its kind alone
(示范区管委会), which names no zone, as 高新区管委会 names none.

Every text below is written for these tests; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "\n2022年,管委会坚持依法行政,新收行政复议案件9件,办结8件。\n"


@pytest.mark.parametrize(("title", "issuer"), [
    ("宁东能源化工基地管委会2021年法治政府建设情况报告", "宁东能源化工基地管委会"),
    ("宁东基地管理委员会2022年度法治政府建设工作报告", "宁东基地管理委员会"),
    ("宁东能源化工基地管委会2022法治政府建设年度报告", "宁东能源化工基地管委会"),
    ("沈抚改革创新示范区管委会2022年法治政府建设情况报告", "沈抚改革创新示范区管委会"),
])
def test_a_zones_committee_titling_its_report_is_its_issuer(title, issuer):
    assert read(title + _BODY, "issuer") == issuer


@pytest.mark.parametrize("text", [
    "沈抚改革创新示范区2022年法治政府建设情况报告\n2022年,示范区管委会坚持依法行政,新收行政复议案件9件。\n",
    "2022年法治政府建设情况报告\n2022年,示范区管委会坚持依法行政,新收行政复议案件9件。\n",
    "宁东能源化工基地2022年法治政府建设情况报告\n2022年,基地坚持依法行政,新收行政复议案件9件。\n",
    "青少年法治教育基地2022年法治宣传工作报告\n2022年,基地开展法治讲座12场。\n",
])
def test_a_zones_kind_alone_or_a_zone_without_its_committee_is_no_issuer(text):
    assert read(text, "issuer") is None
