"""A town's, a street's or a township's rate, its name opening the rate's sentence or clause with no part marker
(城关镇调解成功率99.5%; 青山乡调解纠纷210件,成功208件,调解成功率99%), in a county's or a city's report: a sub-unit's
rate, read as an example's: beside the area's rate, or the two counts the area's follows from, no headline value (the
area's rate is then derived from its counts); alone, the one figure. A town's own report keeps its town's rate.

Every sentence below is written for these tests; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest

from lawreport.pipeline import extract


def rates(text: str) -> list[tuple[float, bool]]:
    return [(m.value, m.derived) for m in extract(text).metrics if m.key == "mediation_success_rate"]


_COUNTY = "长丰县人民政府关于2024年度法治政府建设情况的报告\n"


@pytest.mark.parametrize(("body", "expected"), [
    ("全县调解纠纷1500件,调解成功1490件。青山乡调解纠纷210件,成功208件,调解成功率99%。", [(99.33, True)]),
    ("2024年，全县受理矛盾纠纷2600件，调解成功2574件；水湖镇调解成功率99.6%。", [(99.0, True)]),
    ("全县调解纠纷1500件,调解成功率99.3%。双墩镇调解纠纷300件,调解成功率99.5%。", [(99.3, False)]),
    ("全县矛盾纠纷调解成功率98.4%。庄墓镇人民调解委员会调解成功率为100%。", [(98.4, False)]),
])
def test_a_towns_rate_beside_the_areas_is_no_headline_value(body, expected):
    assert rates(_COUNTY + body) == expected


@pytest.mark.parametrize("body", [
    "水湖镇调解成功率99.5%。",  # alone: the one figure
    "全县调解纠纷1500件。乡镇调解成功率99.5%。",  # the towns together, no town
    "2024年,县乡两级调解组织调解成功率99.5%。",  # two levels, no town
])
def test_a_rate_of_no_named_town_beside_no_area_rate_stays(body):
    assert rates(_COUNTY + body) == [(99.5, False)]


def test_a_towns_own_report_keeps_its_rate():
    text = "长丰县水湖镇人民政府关于2024年度法治政府建设情况的报告\n全镇调解纠纷150件,调解成功149件。水湖镇调解成功率99.5%。"
    assert rates(text) == [(99.5, False)]


# A sentence opening on a word a township's level word is part of (发挥乡贤作用, 送法下乡, 文明乡风, 城乡, 乡村振兴, 返乡
# 创业) names no town: the rate after it is the area's, stated, kept over the one its counts give.
@pytest.mark.parametrize("body", [
    "全县调解纠纷1500件,调解成功1480件。发挥乡贤作用,调解成功率达99.5%。",
    "全县调解纠纷1500件,调解成功1480件。开展送法下乡,调解成功率达99.5%。",
    "全县调解纠纷1500件,调解成功1480件。培育文明乡风,调解成功率达99.5%。",
    "全县调解纠纷1500件,调解成功1480件。统筹城乡治理,调解成功率达99.5%。",
    "全县调解纠纷1500件,调解成功1480件。服务乡村振兴,调解成功率达99.5%。",
    "全县调解纠纷1500件,调解成功1480件。引导能人返乡,调解成功率达99.5%。",
])
def test_a_word_holding_a_townships_level_word_names_no_town(body):
    assert rates(_COUNTY + body) == [(99.5, False)]


# A town's own call after its name (城关镇全镇…) is the town's scope, no area's whole: the rate stays the town's, beside
# the area's headline.
def test_a_towns_own_call_after_its_name_keeps_its_rate_the_towns():
    body = "全县调解成功率98.6%。水湖镇全镇调解成功率99.4%,庄墓镇97%。"
    assert rates(_COUNTY + body) == [(98.6, False)]


# Towns listed and closed by their count or by 等 and one (双墩、庄墓两镇, 水湖、庄墓、双墩三个乡镇, 水湖镇等4个乡镇), running
# into the rate's label with no pause: the towns' rate, a sub-unit's as one town's is. Listed before a pause (…两镇获评
# …,调解成功率…) they are no subject of the rate after it: the area's, stated, kept over the one its counts give.
@pytest.mark.parametrize("body", [
    "全县调解纠纷1500件,调解成功1480件。双墩、庄墓两镇调解成功率均达100%。",
    "全县调解纠纷1500件,调解成功1480件。2024年,水湖、庄墓、双墩三个乡镇调解成功率均为100%。",
    "全县调解纠纷1500件,调解成功1480件。水湖镇等4个乡镇调解成功率达到100%。",
    "全县调解纠纷1500件,调解成功1480件。双墩和庄墓2个镇调解成功率均为100%。",
])
def test_towns_listed_and_counted_before_the_label_are_no_headline_value(body):
    assert rates(_COUNTY + body) == [(98.67, True)]


@pytest.mark.parametrize("body", [
    "全县调解纠纷1500件,调解成功1480件。双墩、庄墓两镇获评省级民主法治示范镇,调解成功率达99.5%。",
    "全县调解纠纷1500件,调解成功1480件。水湖、庄墓两镇获评省级示范司法所,全县调解成功率为99.5%。",
])
def test_towns_listed_before_a_pause_leave_the_areas_rate(body):
    assert rates(_COUNTY + body) == [(99.5, False)]
