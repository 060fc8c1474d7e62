"""A national release's lead opening with its year before the country as its scope (2023年全国法院新收…): the year its
figures report on, as 2023年全省… is a province's; the country's event (2023年全国人大常委会修订…) is no count's.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_REST = "同比上升5.1%;审结11.2万件,同比上升3.3%。\n"

CASES = [
    ("the country's courts", "2023年全国法院新收一审行政案件12.3万件," + _REST, 2023),
    ("…its procuratorates", "2022年全国检察机关共受理行政诉讼监督案件2.4万件," + _REST, 2022),
    ("a province's, as before", "2023年全省法院新收一审行政案件1.2万件," + _REST, 2023),
    ("the year of a national event", "2023年全国人大常委会修订了行政复议法,各地相继出台配套制度。\n", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_national_leads_year(case, text, expected):
    assert read(text, "report_year") == expected
