"""A court's whole caseload, of every kind of case, is no count of first-instance administrative lawsuits, though a
paragraph before it speaks of first-instance cases."""

from __future__ import annotations

from tests.test_metric_families import facts


def test_a_courts_whole_caseload_is_no_count_of_first_instance_lawsuits():
    # 一审 said in the paragraph before does not make the court's whole intake its first-instance lawsuits
    assert facts("监督行政机关依法行政,一审案件中确认违法的占10.5%。\n2023年,全市法院共收案12.3万件,结案11.8万件。") == []
    assert facts("监督行政机关依法行政,一审案件中确认违法的占10.5%。\n2023年,全院收案3200件,结案3100件。") == []


def test_a_courts_first_instance_intake_stays():
    assert facts("2023年,白沙区人民法院行政诉讼一审收案97件。") == [("litigation_first_instance", 97, 2023, False)]
