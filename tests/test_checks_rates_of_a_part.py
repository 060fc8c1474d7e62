"""A rate is derived from two counts of its sentence only where the text says which count the numerator is of. After a
whole, a part of it counted with the key's words (an example's, a channel's: 以向城镇为例,受理矛盾纠纷215件) gives way
to the whole, but the successes said after it may be the part's: no rate over the whole is derived (211 of 3200 would
be 6.59%). So does a part after a part marker (其中卞庄街道受理矛盾纠纷190件), and a town's part said by its name and
the verb alone (其中向城镇受理190件); and the successes of a town or a street named in their own clause (其中向城镇调解成功
171件), a part's with no intake of its own said. A part smaller than the successes (其中婚姻家庭纠纷815件,调解成功3150件) is none they may be of: the rate over
the whole stays derived.

Every text here is written for the test; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest

from lawreport import extract

COUNTY = "兰陵县司法局2022年法治政府建设情况报告\n2022年,全县坚持依法行政。\n"


def rates(text: str) -> list[float]:
    return [m.value for m in extract(text).metrics if m.key == "mediation_success_rate"]


@pytest.mark.parametrize("text", [
    COUNTY + "全县共受理矛盾纠纷2860件,以卞庄街道为例,受理矛盾纠纷190件,调解成功186件。\n",
    COUNTY + "全县共受理矛盾纠纷2860件,依托“老张”调解工作室受理矛盾纠纷140件,调解成功139件。\n",
    COUNTY + "全县共受理矛盾纠纷2740件,其中卞庄街道受理矛盾纠纷175件,调解成功171件。\n",
    COUNTY + "全县共受理矛盾纠纷2740件,其中向城镇受理175件,调解成功171件。\n",
    COUNTY + "全县共调处矛盾纠纷2740件,其中卞庄街道调处175件,调解成功171件。\n",
    COUNTY + "全县共受理矛盾纠纷2740件,其中向城镇调解成功171件。\n",
    COUNTY + "全县共受理矛盾纠纷2740件,卞庄街道调解成功171件。\n",
])
def test_no_rate_over_the_whole_from_a_part_s_successes(text):
    assert rates(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    (COUNTY + "全县共受理矛盾纠纷2860件,其中婚姻家庭纠纷640件,调解成功2810件。\n", [98.25]),
    (COUNTY + "全县共受理矛盾纠纷2860件,调解成功2810件。\n", [98.25]),
    (COUNTY + "全县共受理矛盾纠纷2740件,其中调解成功2700件。\n", [98.54]),
    # a town's own report: its intake and its successes, the town named in both clauses or in neither
    ("向城镇2022年度法治政府建设情况报告\n全镇共受理矛盾纠纷168件,全镇调解成功166件。\n", [98.81]),
    ("向城镇2022年度法治政府建设情况报告\n2022年共受理矛盾纠纷168件,调解成功166件。\n", [98.81]),
    # a town's part and its successes, then the whole's successes: the whole's rate
    (COUNTY + "全县共受理矛盾纠纷2740件,其中向城镇受理175件;全县调解成功2700件。\n", [98.54]),
])
def test_the_whole_s_rate_stays_derived(text, expected):
    assert rates(text) == expected
