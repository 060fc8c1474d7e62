"""Reconsideration and lawsuit disputes settled through a government-court mechanism (府院联动, 行政争议 centres) are
no people's mediation.

Every sentence here is written for the test, and read with the report's year given.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


def facts(text: str):
    """(key, value, year, target) of each headline metric of `text`, read in a report on 2023."""
    return sorted((k, v, y, t) for k, v, y, t, _ in read(text)[0])


@pytest.mark.parametrize("text", [
    "2023年,青禾县通过府院联动机制受理行政复议纠纷310件。",
    "白沙区府院联动机制运行以来,累计受理行政诉讼纠纷2146件,成功化解1089件。",
    "全年通过府院联动受理行政复议纠纷310件,化解126件。",
    "全县调解行政诉讼纠纷96件,调解成功率43.8%。",
    "府院联动调解行政复议纠纷96件,化解42件,化解率43.8%。",
])
def test_reconsideration_and_lawsuit_disputes_are_no_mediation(text):
    assert facts(text) == []


@pytest.mark.parametrize("text, expected", [
    # people's mediation beside a reconsideration mechanism named in the subject
    ("全县依托人民调解、行政复议衔接机制受理矛盾纠纷420件,调解成功409件。",
     [("mediation_cases", 420, 2023, False), ("mediation_succeeded", 409, 2023, False)]),
    ("全县人民调解组织受理矛盾纠纷420件,成功化解409件。",
     [("mediation_cases", 420, 2023, False), ("mediation_succeeded", 409, 2023, False)]),
])
def test_people_s_mediation_stays(text, expected):
    assert facts(text) == expected


def test_the_mediation_rate_of_reconsideration_disputes_stays_a_generic_rate():
    assert read("全县调解行政诉讼纠纷96件,调解成功率43.8%。")[1] == [("调解成功率", 43.8)]
