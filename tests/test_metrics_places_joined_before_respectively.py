"""Two places joined by 和, 与 or 及 before a label whose values 分别 gives (甲镇和乙镇调解纠纷分别为800件、400件): each
value is its place's, none the report's own, as for places listed with 、 (甲镇、乙镇分别调解纠纷800件、400件); the last
place's figure is not the area's. Labels or years joined so keep their values, one each.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text", [
    "2024年,城关镇和河口镇调解纠纷分别为800件、400件。",
    "2024年,甲县与乙县受理行政复议案件分别为120件、95件。",
    "2024年,东街道及西街道办理法律援助案件分别为60件、45件。",
])
def test_places_joined_before_respectively_give_none_of_the_reports_figures(text):
    assert facts(text) == []


@pytest.mark.parametrize("text, expected", [
    ("2024年,城关镇、河口镇分别调解纠纷800件、400件。", []),
    ("2024年,全县受理和调结矛盾纠纷分别为1200件、1180件。",
     [("mediation_cases", 1200, 2024, False), ("mediation_succeeded", 1180, 2024, False)]),
    ("2024年,全县调解矛盾纠纷和办理法律援助案件分别为1200件、300件。",
     [("legal_aid_cases", 300, 2024, False), ("mediation_cases", 1200, 2024, False)]),
    ("全县2022年和2023年受理矛盾纠纷分别为1100件、1200件。",
     [("mediation_cases", 1100, 2022, False), ("mediation_cases", 1200, 2023, False)]),
])
def test_places_listed_and_labels_or_years_joined_keep_their_readings(text, expected):
    assert facts(text) == expected
