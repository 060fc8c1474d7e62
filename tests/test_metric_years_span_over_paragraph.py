"""A span of years a sentence says before its figure (五年来, 近三年) dates it, not the year its paragraph opens with:
2023年,…。五年来累计办理法律援助案件5600件 is of no one year, as the same sentence in a paragraph of its own is. A
sentence of the paragraph saying no span keeps the paragraph's year. So does a five-year programme of legal education
(“七五”普法期间, 八五普法以来, “七五”期间): its figures are of its years, none of them the report's alone.

Every sentence here is written for the test; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, spanned", [
    ("2023年,全县共办理法律援助案件860件。五年来累计办理法律援助案件5600件。", ("legal_aid_cases", 5600, None, False)),
    ("2023年，全市新收行政复议案件210件。近三年全市共受理行政复议案件620件。",
     ("reconsideration_received", 620, None, False)),
    ("2023年,本区办理公证3200件。近5年来,全区行政机关负责人出庭应诉率均为100%。", ("head_appearance_rate", 100, None, False)),
])
def test_the_sentences_span_dates_its_figure(text, spanned):
    assert spanned in facts(text, 2023)


def test_a_sentence_saying_no_span_keeps_its_paragraphs_year():
    assert facts("2022年,全县共办理法律援助案件860件。全县办理公证1200件。", 2023) == [
        ("legal_aid_cases", 860, 2022, False), ("notarizations", 1200, 2022, False)]


@pytest.mark.parametrize("text, spanned", [
    ("“七五”普法期间,全区各类调解组织共调处纠纷2.3万件,调解成功率97.6%。", ("mediation_success_rate", 97.6, None, False)),
    ("七五普法期间，本县共办理公证4100件。", ("notarizations", 4100, None, False)),
    ("“八五”普法以来,全市办理法律援助案件3650件。", ("legal_aid_cases", 3650, None, False)),
    ("“七五”普法规划期间,全县行政机关负责人出庭应诉率均为100%。", ("head_appearance_rate", 100, None, False)),
    ("“七五”普法实施以来,全区办理公证5100件。", ("notarizations", 5100, None, False)),
    ("“七五”期间,全县办理法律援助案件2950件。", ("legal_aid_cases", 2950, None, False)),
])
def test_a_programme_of_legal_education_spans_its_years(text, spanned):
    assert spanned in facts(text, 2020)


def test_the_programmes_closing_year_named_as_such_keeps_its_figures_year():
    assert facts("2020年是“七五”普法收官之年,全县共办理公证2600件。", 2020) == [("notarizations", 2600, 2020, False)]
