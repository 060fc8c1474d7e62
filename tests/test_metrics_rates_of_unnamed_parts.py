"""A rate said after a part's count that names no key (…调解纠纷3460件。其中,调委会调解2710件,调解成功率为99.1%):
the count is in the unit of the whole's, so the rate is the part's, as when the part names its disputes; after
the rate's numerator, or after no count of the whole's unit, the rate stays the whole's.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, expected", [
    (("2024年,全区共调解纠纷3460件。其中,调委会调解2710件,调解成功率为99.1%;行业性调解组织调处1 980件,"
      "调解成功率为96.4%。"),
     [("mediation_cases", 3460, 2024, False)]),
    ("2024年,全县共化解矛盾纠纷1.2万件。其中,镇村两级调委会化解0.95万件,化解成功率达98.7%。",
     [("mediation_cases", 12000, 2024, False)]),
    ("2024年,全市共调解纠纷8600件。其中,司法所调解1400余件,调解成功率97%。",
     [("mediation_cases", 8600, 2024, False)]),
])
def test_a_rate_after_a_count_of_a_part_naming_no_key_is_the_parts(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the count before the rate is its numerator: the whole's rate
    ("2024年,全区共调解纠纷3460件。其中,调解成功3400件,调解成功率为98.3%。",
     [("mediation_cases", 3460, 2024, False), ("mediation_succeeded", 3400, 2024, False),
      ("mediation_success_rate", 98.3, 2024, False)]),
    # no count in the whole's unit before the rate
    ("2024年,全区共调解纠纷860件。其中,开展矛盾排查45次,调解成功率为98.2%。",
     [("mediation_cases", 860, 2024, False), ("mediation_success_rate", 98.2, 2024, False)]),
])
def test_a_rate_after_its_numerator_or_no_count_of_the_wholes_unit_stays_the_wholes(text, expected):
    assert facts(text) == expected
