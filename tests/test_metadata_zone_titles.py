"""Issuers of a development zone's reports as their titles and openings name them: a zone's party working committee
heading a joint title with its administrative committee (中共某某高新区工委 某某高新区管委会关于…) gives the report to the
committee that governs the zone, as a county's committee gives it to the county's government; a zone of the long kinds
with a name of up to four characters (某某高新技术产业开发区管理委员会); a department of a zone's committee named after it
(某某开发区管委会法制办); the zone's two committees as the joint authors of an opening (某某开发区党工委、管委会坚持…).
Every text below is written for these tests; the zones and the figures are made up, the places real.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = ("\n2024年,开发区深入学习贯彻习近平法治思想,扎实推进法治政府建设。现将有关情况报告如下:\n"
         "一、主要举措和成效\n全年办理行政复议案件12件。\n二、存在的不足\n基层法治力量薄弱。\n")

TITLES = [
    # a joint title: the zone's working committee, then its administrative committee
    ("the committee in full and 中共", ("中共荆州青禾经济技术开发区工作委员会 荆州青禾经济技术开发区管理委员会关于2024年度"
     "法治政府建设情况的报告"), "荆州青禾经济技术开发区管理委员会"),
    ("the committee short", "中共襄阳青禾高新区工委 襄阳青禾高新区管委会关于2024年法治政府建设工作情况的报告",
     "襄阳青禾高新区管委会"),
    ("without 中共", "襄阳青禾高新区党工委 襄阳青禾高新区管委会关于2024年法治政府建设工作情况的报告", "襄阳青禾高新区管委会"),
    ("a letterhead of two lines", ("中共荆州青禾经济技术开发区工作委员会\n荆州青禾经济技术开发区管理委员会\n关于2024年度"
     "法治政府建设情况的报告"), "荆州青禾经济技术开发区管理委员会"),
    ("…a county's committee and government as before", "中共青禾县委 青禾县人民政府关于2024年法治政府建设情况的报告",
     "青禾县人民政府"),
    ("…a committee of another kind after a committee is no government",
     "中共宜春市委 宜春市物业管理委员会关于2024年工作情况的报告", "中共宜春市委"),
    # the long kinds, with a name of two and of four characters
    ("a high-tech zone of the long kind", "南宁青禾高新技术产业开发区管委会2024年法治政府建设年度报告",
     "南宁青禾高新技术产业开发区管委会"),
    ("…its name of four characters", "乌鲁木齐经济技术开发区管理委员会关于2024年法治政府建设情况的报告",
     "乌鲁木齐经济技术开发区管理委员会"),
    # a department of the zone's committee
    ("a department said 办", "九江青禾经济技术开发区管委会法制办2024年工作总结", "九江青禾经济技术开发区管委会法制办"),
    ("a department said 局", "长沙青禾高新区管理委员会社会事务局2024年法治政府建设年度报告", "长沙青禾高新区管理委员会社会事务局"),
    ("a department said 办公室", "宜春青禾经济技术开发区管委会党政办公室2024年工作总结", "宜春青禾经济技术开发区管委会党政办公室"),
    ("…not the committee's meeting", "宜春青禾经济技术开发区管委会主任办公会议2024年工作总结", "宜春青禾经济技术开发区管委会"),
    ("…nor what it asks of another", "宜春青禾经济技术开发区管委会按照市局要求2024年工作总结", "宜春青禾经济技术开发区管委会"),
    ("…nor a body it hears", "宜春青禾经济技术开发区管委会听取司法局2024年工作汇报", "宜春青禾经济技术开发区管委会"),
    ("a department said 局 whose words hold a verb's character", "宜春青禾经济技术开发区管委会经济发展局2024年工作总结",
     "宜春青禾经济技术开发区管委会经济发展局"),
    ("…nor what it does with another", "宜春青禾经济技术开发区管委会会同市司法局2024年工作总结", "宜春青禾经济技术开发区管委会"),
]


@pytest.mark.parametrize(("case", "title", "expected"), TITLES, ids=[c[0] for c in TITLES])
def test_a_zones_title_names_its_issuer(case, title, expected):
    assert read(title + _BODY, "issuer") == expected


OPENINGS = [
    ("the zone's two committees open the report", "2024年,宜春青禾经济技术开发区党工委、管委会坚持以习近平法治思想为指导",
     "宜春青禾经济技术开发区管委会"),
    ("…joined by 和", "2024年,宜春青禾高新区党工委和管委会坚持以习近平法治思想为指导", "宜春青禾高新区管委会"),
    ("the working committee alone is the committee", "2024年,宜春青禾高新区党工委坚持以习近平法治思想为指导",
     "宜春青禾高新区党工委"),
    ("a bureau under the zone's committees by its kind", "2025年,新区司法局在新区党工委、管委会的坚强领导下扎实推进依法行政",
     None),
]


@pytest.mark.parametrize(("case", "opening", "expected"), OPENINGS, ids=[c[0] for c in OPENINGS])
def test_a_zones_opening_names_its_issuer(case, opening, expected):
    page = opening + ",法治政府建设取得新成效。现将有关工作情况报告如下:\n一、主要举措和成效\n全年办理行政复议案件12件。\n"
    assert read(page, "issuer") == expected
