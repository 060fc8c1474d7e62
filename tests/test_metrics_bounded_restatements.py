"""A count said with a bound (三万余件, 超5000件, 近3万件) that restates a count of the same key, year and plan the report
gives exactly, within what the bound reads to its last digit not naught (3.46万件 for 三万余件), is the same fact
rounded: the exact figure is listed once. A bound of another year, or one the exact figure lies outside, stays.

Every sentence here is written for the test.

A report of 2023 is read where the text names that year (a bullet's 全年 is then 2023).
"""

from __future__ import annotations

import pytest
from test_metric_families import facts

MC = "mediation_cases"


@pytest.mark.parametrize("text, expected", [
    ("2023年,全市化解矛盾纠纷3.46万件。全市共有调解组织500个。\n- 全年化解矛盾纠纷三万余件",
     [(MC, 34600, 2023, False)]),
    ("全县共办理公证5213件。\n要点:办理公证5000余件", [("notarizations", 5213, 2024, False)]),
    ("全县调解矛盾纠纷近3000件。全年调解矛盾纠纷2960件,调解成功2950件。",
     [(MC, 2960, 2024, False), ("mediation_succeeded", 2950, 2024, False)]),
])
def test_a_bound_restating_an_exact_count_is_one_fact(text, expected):
    assert facts(text, 2023 if "2023年" in text else 2024) == expected


@pytest.mark.parametrize("text, expected", [
    # another year's bound
    ("2023年,全市化解矛盾纠纷3.46万件。2022年,全市化解矛盾纠纷三万余件。",
     [(MC, 30000, 2022, False), (MC, 34600, 2023, False)]),
    # the exact count lies beyond the bound's reach
    ("2023年,全市化解矛盾纠纷4.46万件。\n- 全年化解矛盾纠纷三万余件",
     [(MC, 30000, 2023, False), (MC, 44600, 2023, False)]),
])
def test_a_bound_restating_nothing_stays(text, expected):
    assert facts(text, 2023) == expected


@pytest.mark.parametrize("text, expected", [
    # the mark the count passed, then the count itself in a clause of connectors alone: that count, the label's
    ("全年受理矛盾纠纷突破1万件,达10235件。", [(MC, 10235, 2024, False)]),
    ("2023年,全市新收行政复议案件超过300件,达到312件,办结298件。",
     [("reconsideration_closed", 298, 2023, False), ("reconsideration_received", 312, 2023, False)]),
    ("全区受理法律援助案件1000余件,共计1046件;", [("legal_aid_cases", 1046, 2024, False)]),
    ("我县办理公证逾5000件,为5320件,同比增长4%。", [("notarizations", 5320, 2024, False)]),
    # a mark passed for the first time, its adverb before it: no count, the one after it the label's
    ("2023年，全区受理矛盾纠纷首次突破1万件，达10235件。", [(MC, 10235, 2023, False)]),
    ("全县法律援助案件数量首次突破1000件,达到1046件。", [("legal_aid_cases", 1046, 2024, False)]),
])
def test_a_count_after_the_mark_it_passed_is_the_labels(text, expected):
    assert facts(text, 2023 if "2023年" in text else 2024) == expected


@pytest.mark.parametrize("text, expected", [
    # a count after the bound with a label of its own, or of another measure, is not the bound's
    ("全县受理矛盾纠纷超过5000件,其中成功调解4800件。",
     [(MC, 5000, 2024, False), ("mediation_succeeded", 4800, 2024, False)]),
    ("全年受理矛盾纠纷突破1万件,涉及群众3200人。", [(MC, 10000, 2024, False)]),
    ("全县受理矛盾纠纷超过5000件,其中3000件为婚姻家庭纠纷。", [(MC, 5000, 2024, False)]),
    # a mark first passed, with nothing after it, or a count of its own after it
    ("全区受理矛盾纠纷首次突破1万件。", []),
    ("全区受理矛盾纠纷首次突破1万件,调解成功9800件。", [("mediation_succeeded", 9800, 2024, False)]),
])
def test_a_count_after_a_bound_with_its_own_label_stays_its_own(text, expected):
    assert facts(text) == expected
