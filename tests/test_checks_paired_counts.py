"""A sentence giving the area's count and its successes, then a town's or a street's with theirs, pair by pair
(全县调解纠纷1200件,成功1180件;城关镇调解纠纷300件,成功298件): the area's rate follows from the first pair, the towns' after
it are parts of their own, none the area's. Counts that do not come in pairs (调解纠纷68件,受理纠纷52件,成功化解50件)
leave the rate unsaid.

Every sentence below is written for these tests; the places and figures are made up.
"""

from __future__ import annotations

import pytest

from lawreport.pipeline import extract

_TITLE = "青禾县人民政府关于2024年度法治政府建设情况的报告\n"


def derived(body: str) -> list[tuple[str, float]]:
    return [(m.key, m.value) for m in extract(_TITLE + body).metrics if m.derived]


@pytest.mark.parametrize(("body", "rate"), [
    ("全县调解纠纷1200件,成功1180件;城关镇调解纠纷300件,成功298件。", 98.33),
    (("2024年，全区受理矛盾纠纷2400件，调解成功2376件；白沙街道受理矛盾纠纷500件，调解成功497件；"
      "青石镇受理矛盾纠纷320件，调解成功318件。"), 99.0),
    ("全县人民调解组织调处纠纷860件,调解成功851件,柳河乡调处纠纷97件,调解成功97件。", 98.95),
])
def test_the_area_s_rate_follows_from_its_own_pair(body, rate):
    assert derived(body) == [("mediation_success_rate", rate)]


@pytest.mark.parametrize("body", [
    # two counts before one success: of which, the text says not
    "调解纠纷68件,受理纠纷52件,成功化解50件。",
    # the area's pair broken by a stage (调处) between: its rate unsaid, and the town's after it no rate of the area's
    "全县受理矛盾纠纷1200件,调处1180件,调解成功1175件;城关镇受理300件,调解成功296件。",
])
def test_counts_not_in_pairs_give_no_rate(body):
    assert derived(body) == []


# Pairs whose first is a town's (城关镇调解纠纷300件,成功298件;白沙镇…), the area's whole not named before its count: each
# pair a town's, the area's rate unsaid.
@pytest.mark.parametrize("body", [
    "2024年,柳河乡调解纠纷310件,成功305件;青石镇调解纠纷190件,成功186件。",
    "白沙街道受理矛盾纠纷420件,调解成功414件;城关镇受理矛盾纠纷260件,调解成功257件。",
])
def test_pairs_opened_by_a_town_give_no_area_rate(body):
    assert derived(body) == []
