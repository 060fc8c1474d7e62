"""A respondent's or a specialised body's own counts beside the whole area's, as reports write them.

Every sentence here is written for the test, and read with the report's year given.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


def facts(text: str):
    """(key, value, year, target) of each headline metric of `text`, read in a report on 2023."""
    return sorted((k, v, y, t) for k, v, y, t, _ in read(text)[0])


# The cases one respondent answers count as 为被告的案件 counts one defendant's lawsuits: the figure alone is the
# headline; beside the year's whole it is that respondent's share, and the whole's figure stands alone.
@pytest.mark.parametrize("text, values", [
    ("全年办理行政复议工作。以县政府为被申请人的案件23件,均依法审结。", [23]),
    ("新收行政复议案件412件。以市政府为被申请人的复议案件共31件。", [412]),
])
def test_a_respondents_cases_are_reconsiderations_received(text, values):
    assert sorted(v for k, v, _, _ in facts(text) if k == "reconsideration_received") == values


@pytest.mark.parametrize("text", [
    # no reconsideration in the paragraph: an arbitration's or a tribunal's respondent
    "劳动人事争议仲裁院立案审理。以用人单位为被申请人的案件58件。",
    # a share, not a count
    "行政复议工作中,以乡镇政府为被申请人的案件占比18.5%。",
])
def test_a_respondent_elsewhere_is_no_reconsideration(text):
    assert not [k for k, *_ in facts(text) if k == "reconsideration_received"]


# A specialised mediation body's counts after the area's figure are its share of it: no second value, and so no
# success rate of the area derived from them. Alone they are the report's figures.
@pytest.mark.parametrize("text, expected", [
    ("全区调解各类矛盾纠纷2140件。区医调委调解医疗纠纷75件,调解成功69件。",
     [("mediation_cases", 2140, 2023, False)]),
    ("全区调解各类矛盾纠纷2140件,调解成功2101件。区交调委受理交通事故纠纷310件,调解成功296件。",
     [("mediation_cases", 2140, 2023, False), ("mediation_succeeded", 2101, 2023, False)]),
])
def test_a_specialised_bodys_counts_after_the_whole_are_parts(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the specialised body's figures alone
    ("区医调委调解医疗纠纷75件,调解成功69件。",
     [("mediation_cases", 75, 2023, False), ("mediation_succeeded", 69, 2023, False)]),
    # the area's figure after a sentence that only names the specialised disputes' work
    ("区医调委调解医疗纠纷75件。全区调解各类矛盾纠纷2140件,调解成功2101件。",
     [("mediation_cases", 75, 2023, False), ("mediation_cases", 2140, 2023, False),
      ("mediation_succeeded", 2101, 2023, False)]),
])
def test_a_specialised_bodys_counts_alone_are_the_figures(text, expected):
    assert facts(text) == expected
