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


_PARTS = "\n一、主要举措\n全年新收行政复议案件9件,办结8件。\n二、存在问题\n基层法治力量薄弱。\n"


@pytest.mark.parametrize(("opening", "issuer"), [
    ("2022年,宁东基地管委会坚持以习近平法治思想为指导,深入推进法治政府建设。", "宁东基地管委会"),
    ("2023年,在自治区党委的领导下,宁东能源化工基地管委会认真落实上级部署,深入推进依法行政。", "宁东能源化工基地管委会"),
    ("2024年以来,沈抚改革创新示范区管理委员会扎实推进法治政府建设,现将有关情况报告如下:", "沈抚改革创新示范区管理委员会"),
    ("2023年,东疆综保区管委会坚持依法行政,深入推进法治政府建设。", "东疆综保区管委会"),  # a bonded zone by its short kind
])
def test_a_zones_committee_opening_an_untitled_report_is_its_issuer(opening, issuer):
    assert read(opening + _PARTS, "issuer") == issuer


@pytest.mark.parametrize("opening", [
    "2022年,示范区管委会坚持以习近平法治思想为指导,深入推进法治政府建设。",  # the kind alone names no zone
    "2022年,宁东基地坚持以习近平法治思想为指导,深入推进法治政府建设。",  # the zone alone, its committee unnamed
    "2022年,园区管委会坚持以习近平法治思想为指导,深入推进法治政府建设。",
    "2023年,东疆综保区坚持依法行政,深入推进法治政府建设。",  # the zone alone: a place
])
def test_a_zones_kind_or_a_zone_alone_opening_a_report_is_no_issuer(opening):
    assert read(opening + _PARTS, "issuer") is None
