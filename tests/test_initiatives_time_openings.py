"""A numbered item whose first clause only dates its work (1、2023年度,我镇…; (二)2022年11月7日,我镇召开…) is titled
by that clause and the next, as one opening with a topic is (在法治建设上,…): the date alone names no measure.
Every sentence below is written for these tests."""

from __future__ import annotations

import pytest

from lawreport import extract

_HEAD = "青禾镇2024年法治政府建设情况报告\n一、主要举措和成效\n"


def _titles(body: str) -> list[str]:
    return [i.title for i in extract(_HEAD + body).initiatives]


@pytest.mark.parametrize("opening, expected", [
    ("2024年,", "2024年,我镇通过走访排查、村居上报等方式共受理矛盾纠纷61件"),
    ("2024年度,", "2024年度,我镇通过走访排查、村居上报等方式共受理矛盾纠纷61件"),
    ("2024年11月8日,", "2024年11月8日,我镇通过走访排查、村居上报等方式共受理矛盾纠纷61件"),
    ("2024年上半年,", "2024年上半年,我镇通过走访排查、村居上报等方式共受理矛盾纠纷61件"),
    ("20**年度,", "20**年度,我镇通过走访排查、村居上报等方式共受理矛盾纠纷61件"),  # a sample site's year
    ("今年以来,", "今年以来,我镇通过走访排查、村居上报等方式共受理矛盾纠纷61件"),
])
def test_a_date_opening_a_numbered_item_runs_on_to_the_next_clause(opening, expected):
    body = (f"1、{opening}我镇通过走访排查、村居上报等方式共受理矛盾纠纷61件,调解成功58件,其余依法引导诉讼。\n"
            "2、健全调解组织,在原有调委会的基础上增设专业调解室3个,充实调解员队伍。\n")
    assert _titles(body) == [expected, "健全调解组织"]


def test_a_measure_opening_a_numbered_item_keeps_its_first_clause():
    body = ("1、完善调解网络,在原有调委会的基础上增设专业调解室3个,全年共受理矛盾纠纷61件。\n"
            "2、健全调解组织,充实调解员队伍,全年培训调解员120人次,调解成功58件。\n")
    assert _titles(body) == ["完善调解网络", "健全调解组织"]


def test_a_clause_naming_a_year_among_its_words_is_a_measure():
    body = ("1、制定2024年普法计划,明确全年普法任务12项,组织开展送法进村活动18场,发放资料2000余份。\n"
            "2、健全调解组织,充实调解员队伍,全年培训调解员120人次,调解成功58件。\n")
    assert _titles(body) == ["制定2024年普法计划", "健全调解组织"]
