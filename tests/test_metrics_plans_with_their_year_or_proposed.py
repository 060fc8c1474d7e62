"""A plan said with the year planned, and the area, between 计划 and its verb (计划2024年全县调解…), or proposed (拟办理…),
states a target, as 计划办理… does; not a plan followed (按计划完成…), nor 拟 inside another word (模拟调解).

Every sentence is written for the test, with made-up figures.
"""

from __future__ import annotations

import pytest

from lawreport import extract

_REPORT = "2023年,全县调解矛盾纠纷1200件,办理法律援助案件560件。{line}"


def facts(text: str) -> list[tuple[str, float, int | None, bool]]:
    """(key, value, year, target) of each headline metric of `text` but the report's own 1200 and 560."""
    return sorted((m.key, m.value, m.year, m.target) for m in extract(text).metrics if m.value not in (1200, 560))


@pytest.mark.parametrize("line, fact", [
    ("计划2024年全县调解矛盾纠纷不少于1300件。", ("mediation_cases", 1300, 2024, True)),
    ("计划2024年度办理法律援助案件600件。", ("legal_aid_cases", 600, 2024, True)),
    ("计划明年全县办理法律援助案件600件以上。", ("legal_aid_cases", 600, 2024, True)),
    ("2024年拟办理法律援助案件600件以上。", ("legal_aid_cases", 600, 2024, True)),
    ("明年,全县拟调解矛盾纠纷1300件。", ("mediation_cases", 1300, 2024, True)),
])
def test_a_plan_with_its_year_or_a_proposal_is_a_target(line, fact):
    assert facts(_REPORT.format(line=line)) == [fact]


@pytest.mark.parametrize("line, fact", [
    ("按计划完成公证事项4500件。", ("notarizations", 4500, 2023, False)),
    ("全年按照计划办理公证事项4500件。", ("notarizations", 4500, 2023, False)),
    ("组织开展模拟调解演练,办理公证事项4500件。", ("notarizations", 4500, 2023, False)),
])
def test_a_plan_followed_or_a_word_holding_its_characters_is_no_target(line, fact):
    assert facts(_REPORT.format(line=line)) == [fact]

