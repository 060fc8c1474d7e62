"""Years listed after a count, in a clause of their own with 分别 (…办理法律援助案件600件,2021年、2022年分别为500件、
550件): the count's label has a value for each year listed, in order; the first value is not the last year's. A
single year after it (…,2022年为500件) keeps its value.

Every sentence here is written for the test; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, expected", [
    ("2023年全县办理法律援助案件600件,2021年、2022年分别为500件、550件。",
     [("legal_aid_cases", 500, 2021, False), ("legal_aid_cases", 550, 2022, False),
      ("legal_aid_cases", 600, 2023, False)]),
    ("2023年,我市新收行政复议案件120件,2021年、2022年分别为96件、110件。",
     [("reconsideration_received", 96, 2021, False), ("reconsideration_received", 110, 2022, False),
      ("reconsideration_received", 120, 2023, False)]),
    ("2024年全区调解矛盾纠纷3200件,2021年、2022年、2023年分别为2800件、2950件、3100件。",
     [("mediation_cases", 2800, 2021, False), ("mediation_cases", 2950, 2022, False),
      ("mediation_cases", 3100, 2023, False), ("mediation_cases", 3200, 2024, False)]),
])
def test_each_year_listed_has_its_value(text, expected):
    assert facts(text, int(text[:4])) == expected


def test_one_year_after_the_count_keeps_its_value():
    assert facts("2023年全县办理法律援助案件600件,2022年为500件。", 2023) == [
        ("legal_aid_cases", 500, 2022, False), ("legal_aid_cases", 600, 2023, False)]
