"""The intake of disputes said of no kind (受理各类矛盾纠纷N件, 共受理纠纷N件, 受理民间纠纷N件) names mediation itself: it
is the area's mediation_cases with no 调解, 调处 or 化解 in its sentence. A kind's intake (民事纠纷, 劳资纠纷, 消费纠纷),
cases of disputes (纠纷案件), disputes found or prevented (排查, 预防) and the intake of a court, the police, a hotline or
a petition office still need mediation named.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


def mediation(text: str):
    return sorted((k, v) for k, v, *_ in read(text)[0] if k.startswith("mediation"))


@pytest.mark.parametrize(("text", "value"), [
    ("全年全镇受理各类矛盾纠纷862件,涉及金额340万元。", 862),
    ("2023年,全县共受理纠纷1204件,其中邻里纠纷311件。", 1204),
    ("全年受理矛盾纠纷2750件。", 2750),
    ("全年共受理纠纷640件。从类型看,邻里纠纷占三成。", 640),
    ("各乡镇全年受理民间纠纷418件,较上年下降6%。", 418),
    # a centre for settling disputes said as the body
    ("县社会治理中心全年受理矛盾纠纷337件。", 337),
])
def test_the_intake_of_disputes_of_no_kind_is_the_mediators(text, value):
    assert mediation(text) == [("mediation_cases", value)]


def test_the_intake_read_bare_and_with_a_mediation_word_is_one():
    bare = mediation("全年受理矛盾纠纷1180件,较上年减少12件。")
    named = mediation("全年受理矛盾纠纷1180件,调解纠纷的质效进一步提升。")
    assert bare == named == [("mediation_cases", 1180)]


@pytest.mark.parametrize("text", [
    # disputes found or prevented, not taken in
    "全年排查矛盾纠纷860次,预防纠纷112件。",
    "全年排查矛盾纠纷860件,预防纠纷112件。",
    # a petition office's and a hotline's intake
    "全年受理信访事项320件,办结310件。",
    "县信访局全年受理矛盾纠纷120件。",
    "12345热线全年受理矛盾纠纷420件。",
    "12345热线全年受理群众诉求8600件,其中矛盾纠纷类诉求420件。",
    # a court's, the police's
    "县人民法院全年受理民事纠纷案件2300件。",
    "县人民法院全年受理各类纠纷案件2300件。",
    "县法院全年受理矛盾纠纷2300件。",
    "县公安局各派出所全年受理纠纷120起。",
    # a kind's intake, by the body of that kind
    "县人社局全年受理劳资纠纷88件。",
    "全年受理消费纠纷860件。",
    "全县受理土地权属纠纷35件。",
    # an average, no year's count
    "全年月均受理矛盾纠纷300件。",
])
def test_no_intake_of_the_mediators(text):
    assert mediation(text) == []
