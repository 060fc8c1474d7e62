"""Counts summed up to a date since a start (…以来, 自…起, 累计 with 截至…), as reports write them: the sum of every year
since, no one year's.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, report_year, expected", [
    # a start said in a sentence before, in the same paragraph
    ("集中管辖改革推开以来,工作平稳有序。截至2025年8月底,全区共受理行政复议案件27件,审结25件。", None,
     [("reconsideration_closed", 25, None, False), ("reconsideration_received", 27, None, False)]),
    ("自2021年9月起,县政府统一行使复议职责。截至2024年10月底,共办结行政复议案件63件,纠错率12.7%。", 2024,
     [("reconsideration_closed", 63, None, False), ("reconsideration_correction_rate", 12.7, None, False)]),
    ("2022年以来,全区持续深化复议改革。截至2024年10月底,共办结行政复议案件63件。", 2024,
     [("reconsideration_closed", 63, None, False)]),
    # 累计 in the count's sentence
    ("截至2024年9月,全市累计调解矛盾纠纷5210件。", 2024, [("mediation_cases", 5210, None, False)]),
])
def test_a_count_summed_since_a_start_has_no_year(text, report_year, expected):
    assert facts(text, report_year) == expected


@pytest.mark.parametrize("text, expected", [
    # a date alone in a yearly report: the year so far
    ("截至2024年11月底,全县共办结行政复议案件28件。", [("reconsideration_closed", 28, 2024, False)]),
    # a start within the year (今年以来, 5月以来) and 累计 of the year
    ("今年以来,各地加大调解力度。截至2024年11月底,全县共调解矛盾纠纷1650件。", [("mediation_cases", 1650, 2024, False)]),
    ("2024年以来,各地加大调解力度。截至2024年11月底,全县共调解矛盾纠纷1650件。", [("mediation_cases", 1650, 2024, False)]),
    ("截至2024年12月20日,全年累计调解矛盾纠纷1650件。", [("mediation_cases", 1650, 2024, False)]),
    # 累计 without a date it sums up to
    ("2024年,全县累计办理法律援助案件540件。", [("legal_aid_cases", 540, 2024, False)]),
])
def test_a_count_up_to_a_date_of_its_year_keeps_the_year(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a start from a month or an event of a year before the report's, with 以来 or 自…起
    ("自2021年4月份上线以来,平台共调解矛盾纠纷1520件,调解成功1310件。",
     [("mediation_cases", 1520, None, False), ("mediation_succeeded", 1310, None, False)]),
    ("调解中心2022年6月挂牌以来,共调解矛盾纠纷980件。", [("mediation_cases", 980, None, False)]),
    ("自2021年3月起,全县共办结行政复议案件210件。", [("reconsideration_closed", 210, None, False)]),
    ("2022年起,全县累计办理法律援助案件1230件。", [("legal_aid_cases", 1230, None, False)]),
    # the start in its own sentence of a paragraph that opens with the report's year
    ("2024年,全县调解矛盾纠纷1650件。2021年以来,累计调解矛盾纠纷4870件。",
     [("mediation_cases", 1650, 2024, False), ("mediation_cases", 4870, None, False)]),
])
def test_a_count_since_a_start_of_an_earlier_year_has_no_year(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a start of the report's own year: the year so far
    ("自2024年5月起,全县共办结行政复议案件42件。", [("reconsideration_closed", 42, 2024, False)]),
    # a law in force from an earlier year, in a sentence of its own after the year's figure
    ("2024年,全县调解矛盾纠纷1650件。《条例》自2021年起施行,调解工作有章可循。",
     [("mediation_cases", 1650, 2024, False)]),
    # 起 of a word (起草), no start
    ("2023年起草的规范性文件已印发,全县办结行政复议案件42件。", [("reconsideration_closed", 42, 2024, False)]),
])
def test_a_start_of_the_reports_year_or_no_start_keeps_the_year(text, expected):
    assert facts(text) == expected
