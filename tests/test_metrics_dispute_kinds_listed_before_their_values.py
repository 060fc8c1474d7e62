"""Kinds of disputes named before their values (调解婚姻家庭、邻里、土地纠纷分别为300件、200件、100件), with 分别 or
without: each value one kind's share, none the year's mediation count, as when each kind is said with its count
(调解婚姻家庭纠纷300件、邻里纠纷200件), or with the verb alone after 分别 (婚姻家庭、邻里纠纷分别调解300件、200件); a
whole said before them is the figure. The last kind's value had been read as
the year's count. Stages of one count (受理、调处矛盾纠纷) and the bodies mediating (人民调解、行政调解纠纷) are no kinds.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text", [
    "2023年，全县调解婚姻家庭、邻里、土地纠纷分别为300件、200件、100件。",
    "本局2023年调解婚姻家庭、邻里纠纷分别为86件、54件。",
    "2023年,全镇化解邻里、物业和劳资纠纷分别是41件、37件和12件。",
    "2023年,全县调解婚姻家庭、邻里、土地纠纷300件、200件、100件。",
    # the verb after 分别, alone: the kinds' stage
    "2023年，全县婚姻家庭、邻里、土地纠纷分别调解300件、200件、100件。",
    "2023年我区婚姻家庭纠纷、邻里纠纷分别化解152件、97件。",
    "2023年,全市物业、劳资矛盾纠纷分别调处64件、29件。",
])
def test_no_kind_of_disputes_is_the_year_s_count(text):
    assert facts(text, 2023) == []


@pytest.mark.parametrize("text, expected", [
    # a whole before them
    ("2023年,全市共受理矛盾纠纷1200件,其中婚姻家庭、邻里纠纷分别为300件、200件。",
     [("mediation_cases", 1200, 2023, False)]),
    # a case's stages: the intake
    ("2023年,全县受理、调处矛盾纠纷分别为1200件、1150件。", [("mediation_cases", 1200, 2023, False)]),
    ("2023年,全县共调解矛盾纠纷860件,婚姻家庭、邻里纠纷分别调解310件、220件。",
     [("mediation_cases", 860, 2023, False)]),
    # a noun after 分别: the services listed, each its own
    ("2023年,人民调解、法律援助分别受理纠纷1200件、案件300件。",
     [("legal_aid_cases", 300, 2023, False), ("mediation_cases", 1200, 2023, False)]),
])
def test_wholes_and_stages_are_read_as_before(text, expected):
    assert facts(text, 2023) == expected
