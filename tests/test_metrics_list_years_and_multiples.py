"""The year of a list's items said in its lead-in, the lawsuits of disclosure work, a mediation's agreements
reached, the year of a multiple's base, and the reconsiderations as a multiple of the lawsuits, as reports write them.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


def facts(text: str, report_year: int | None = 2023):
    """(key, value, year, target) of each headline metric of `text`."""
    return sorted((k, v, y, t) for k, v, y, t, _ in read(text, report_year)[0])


@pytest.mark.parametrize("text, expected", [
    # items under a lead-in that opens with its year and ends in a colon take that year
    (("近年来,本县司法行政工作稳步推进。\n2021年,全县司法行政工作主要数据如下:\n1.各级调委会调解矛盾纠纷800件。\n"
      "2.办理法律援助案件150件。"),
     [("legal_aid_cases", 150, 2021, False), ("mediation_cases", 800, 2021, False)]),
    ("2022年,本区行政复议工作情况:\n\n(1)新收行政复议案件60件;\n\n(2)办结行政复议案件52件。",
     [("reconsideration_closed", 52, 2022, False), ("reconsideration_received", 60, 2022, False)]),
    ("2022年,本区行政复议工作情况:\n①新收行政复议案件60件。其中以乡镇政府为被申请人的9件。\n②办结行政复议案件52件。",
     [("reconsideration_closed", 52, 2022, False), ("reconsideration_received", 60, 2022, False)]),
    # an item's own year stands before its lead-in's
    ("2022年,本区行政复议工作情况:\n1.新收行政复议案件60件。\n2.2021年办结行政复议案件48件。",
     [("reconsideration_closed", 48, 2021, False), ("reconsideration_received", 60, 2022, False)]),
])
def test_list_items_take_the_year_of_their_lead_in(text, expected):
    assert facts(text, None) == expected


@pytest.mark.parametrize("text, expected", [
    # a paragraph that runs on, not a lead-in ending in a colon: its year is none of the items'
    ("2021年,全县司法行政工作稳步推进。\n1.各级调委会调解矛盾纠纷800件。\n2.办理法律援助案件150件。",
     [("legal_aid_cases", 150, None, False), ("mediation_cases", 800, None, False)]),
    # an item's continuation line, unnumbered, stands between: the lead-in is not the item's
    ("2021年,全县主要数据如下:\n1.各级调委会调解矛盾纠纷800件。\n全年工作扎实有效。\n2.办理法律援助案件150件。",
     [("legal_aid_cases", 150, None, False), ("mediation_cases", 800, 2021, False)]),
    # a lead-in without a year dates nothing
    ("全县主要数据如下:\n1.办理法律援助案件150件。", [("legal_aid_cases", 150, None, False)]),
])
def test_list_items_without_a_dated_lead_in(text, expected):
    assert facts(text, None) == expected


@pytest.mark.parametrize("text", [
    "本机关因政府信息公开工作被申请行政复议6件、被提起行政诉讼2件,结果均为维持。",
    "2023年,我局政府信息公开共发生行政复议5件,行政诉讼3件。",
    "全年涉政府信息公开行政诉讼案件4件,均已审结。",
    "本年度政府信息公开工作被提起行政诉讼1件。",
    # the two named after the work, as a disclosure report's section heads them
    "2023年收到政府信息公开申请9件。政府信息公开行政复议3件,行政诉讼2件。",
    "全年发生政府信息公开行政诉讼2件。",
])
def test_the_lawsuits_of_disclosure_work_are_no_first_instance_count(text):
    assert facts(text) == []


@pytest.mark.parametrize("text, expected", [
    # disclosure named as a separate piece of work, not the cases' cause: the lawsuits are the area's
    ("全年办理政府信息公开申请150件,新收行政诉讼案件12件。", [("litigation_first_instance", 12, 2023, False)]),
    ("全县新收行政诉讼案件40件,其中政府信息公开类案件5件。", [("litigation_first_instance", 40, 2023, False)]),
    # disclosure the cause of a part named after the total: the total is the area's
    ("区政府被诉行政案件共计6件,其中因不服行政复议决定被诉的4件;因不服政府信息公开答复被诉的1件。",
     [("litigation_first_instance", 6, 2023, False)]),
    ("县政府作为被告的行政诉讼案件共32件,其中涉及政府信息公开的5件。", [("litigation_first_instance", 32, 2023, False)]),
    ("全县行政诉讼案件共32件,其中政府信息公开行政诉讼5件。", [("litigation_first_instance", 32, 2023, False)]),
])
def test_lawsuits_beside_disclosure_work_stay(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全镇共调处矛盾纠纷260件,达成调解协议255件,调解成功率98.08%。",
     [("mediation_cases", 260, 2023, False), ("mediation_succeeded", 255, 2023, False),
      ("mediation_success_rate", 98.08, 2023, False)]),
    ("各级调委会受理纠纷1200件,经调解达成协议1188件。",
     [("mediation_cases", 1200, 2023, False), ("mediation_succeeded", 1188, 2023, False)]),
    # the disputes an agreement closed, named after it, are the successes, not the disputes taken up
    ("人民调解组织全年达成调解协议的纠纷530件。", [("mediation_succeeded", 530, 2023, False)]),
])
def test_agreements_reached_count_the_mediations_that_succeeded(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全县调解矛盾纠纷1200件,调解成功1180件,达成调解协议1170件,调解成功率98.3%。",
     [("mediation_cases", 1200, 2023, False), ("mediation_succeeded", 1180, 2023, False),
      ("mediation_success_rate", 98.3, 2023, False)]),
    ("全镇受理纠纷300件,成功调解纠纷290件,达成调解协议280件。",
     [("mediation_cases", 300, 2023, False), ("mediation_succeeded", 290, 2023, False)]),
])
def test_a_sentence_stating_its_successes_counts_no_agreements_as_them(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    # a written agreement is a part of the successes by its form
    "调委会调解纠纷90件,其中达成书面协议40件。",
    # settlements of reconsideration and lawsuits, or an agreement no mediation reached
    "行政复议案件经调解达成协议12件。",
    "行政争议调解中心调解案件30件,达成协议18件。",
    "诉前调解达成协议300件。",
    "法院诉讼调解达成协议80件。",
    "劳动争议仲裁调解达成协议25件。",
    "调解员人均达成调解协议35件。",
    "全县调解纠纷900件,达成和解协议12件。",
    "行政纠纷调解达成协议6件。",
    "与驻地企业达成合作协议12个。",
    # a court's mediation named earlier in the sentence, not in the agreement's clause
    "法院诉前调解案件500件,达成调解协议300件。",
    "仲裁机构调解劳动争议案件60件,达成调解协议45件。",
    "开展诉前委派调解纠纷80件,达成调解协议60件。",
])
def test_agreements_that_count_no_mediation_success(text):
    assert "mediation_succeeded" not in {k for k, *_ in facts(text)}


@pytest.mark.parametrize("text, expected", [
    # the year of a comparison's base, its noun between (是2023年收案数的2.5倍), dates no figure after it
    ("2024年,全市收到行政复议申请800件,是2023年收案数的2.5倍,审结700件。",
     [("reconsideration_closed", 700, 2024, False), ("reconsideration_received", 800, 2024, False)]),
    ("全年新收一审行政案件300件,为2022年全年收案量的1.2倍,败诉12件。",
     [("litigation_first_instance", 300, 2024, False), ("litigation_lost", 12, 2024, False)]),
])
def test_the_year_a_multiple_compares_with_dates_nothing(text, expected):
    assert facts(text, 2024) == expected


@pytest.mark.parametrize("text, expected", [
    # a year its sentence's subject follows, the multiple said after a verb: the figures are of that year
    ("2023年全县收案是上年的2倍,新收行政复议案件600件。", [("reconsideration_received", 600, 2023, False)]),
    ("2023年行政诉讼收案为上年的2倍,新收一审行政案件120件。", [("litigation_first_instance", 120, 2023, False)]),
])
def test_a_year_before_its_subject_and_a_multiple(text, expected):
    assert facts(text, None) == expected


@pytest.mark.parametrize("text, expected", [
    # the reconsiderations as a multiple of the first-instance lawsuits: the ratio of the two, to 1
    ("全市新收行政复议案件900件,是同期一审行政案件的2.5倍。",
     [("reconsideration_litigation_ratio", 2.5, 2023, False), ("reconsideration_received", 900, 2023, False)]),
    ("行政复议收案量达到同期法院受理一审行政诉讼案件数的1.8倍。", [("reconsideration_litigation_ratio", 1.8, 2023, False)]),
    # the lawsuits counted by their intake (收案量) or named 行政一审
    ("全市行政复议收案量是同期一审行政诉讼收案量的1.6倍。", [("reconsideration_litigation_ratio", 1.6, 2023, False)]),
    ("新收复议案件量是同期行政一审案件量的1.9倍。", [("reconsideration_litigation_ratio", 1.9, 2023, False)]),
])
def test_the_reconsiderations_as_a_multiple_of_the_lawsuits(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the lawsuits as a multiple of a year's lawsuits, of the reconsiderations, or the reconsiderations of a year's
    ("全市一审行政案件400件,是上年一审行政案件的1.2倍,行政复议案件同比增长。",
     [("litigation_first_instance", 400, 2023, False)]),
    ("全市一审行政案件是行政复议案件的2倍。", []),
    ("全市行政一审案件量是复议案件量的0.5倍。", []),
    ("全市行政复议收案300件,是上年行政一审收案量的1.2倍。", [("reconsideration_received", 300, 2023, False)]),
    ("全市新收行政复议案件是上年的3倍。", []),
    # a multiple of a lawsuits' figure where no reconsideration is named
    ("全市一审行政案件开庭数是一审行政案件的0.6倍。", []),
])
def test_multiples_that_are_no_ratio_of_reconsiderations_to_lawsuits(text, expected):
    assert facts(text) == expected
