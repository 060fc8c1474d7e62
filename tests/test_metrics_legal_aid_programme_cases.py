"""Legal-aid cases put to a funding programme (申报…彩票公益金法律援助案件56件已获通过, 获批…项目案件) or drawn for a
review of their files (评查法律援助案卷120件) are not the centre's caseload; the caseload said beside them is.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts

LA = "legal_aid_cases"


@pytest.mark.parametrize("text, expected", [
    ("县法律援助中心办结法律援助案件165件,申报中央专项彩票公益金法律援助案件56件已获通过。", [(LA, 165, 2024, False)]),
    ("县法律援助中心申报中央专项彩票公益金法律援助项目案件40件,已全部获批。", []),
    ("市司法局获批法律援助项目案件32件,项目资金全部到位。", []),
    ("县法律援助中心畅通法律援助渠道,申报彩票公益金援助案件40件,已全部获批。", []),
    ("年内评查法律援助案卷120件,优秀率20%。", []),
])
def test_cases_of_a_programme_or_a_review_are_no_caseload(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全年受理法律援助案件356件,其中彩票公益金项目案件40件。", [(LA, 356, 2024, False)]),
    # a count of aid cases with no programme named stays the caseload
    ("县法律援助中心畅通法律援助渠道,办理援助案件86件。", [(LA, 86, 2024, False)]),
])
def test_the_caseload_said_beside_them_stays(text, expected):
    assert facts(text) == expected
