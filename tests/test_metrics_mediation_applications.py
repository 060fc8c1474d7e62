"""The applications for mediation a body received beside the disputes it mediated (受理群众调解申请1704件,调解矛盾纠纷
1690件, in either order): the applications give way to the disputes mediated, as legal aid's applications give way to
the cases taken up from them. Said alone, or beside the disputes then mediated (调处: a stage of the intake), the
applications are the count there is.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metrics_mediation_intake_and_disputes_mediated import mediation


@pytest.mark.parametrize("text", [
    "2024年,全县受理群众调解申请2213件,调解矛盾纠纷2196件。",
    "全市调解各类矛盾纠纷2196件，受理当事人调解申请2213件。",
    "我区人民调解组织收到调解申请2213件,共调解纠纷2196件,调解成功2150件。",
])
def test_the_applications_give_way_to_the_disputes_mediated(text):
    counts = [value for key, value, _ in mediation(text) if key == "mediation_cases"]
    assert counts == [2196]


@pytest.mark.parametrize(("text", "expected"), [
    ("2024年,全县受理群众调解申请2213件。", [("mediation_cases", 2213, False)]),
    ("全镇受理矛盾纠纷调解申请2213件,调处矛盾纠纷2196件。", [("mediation_cases", 2213, False)]),
])
def test_the_applications_said_alone_are_the_count(text, expected):
    assert mediation(text) == expected
