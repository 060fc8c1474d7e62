"""Figures and rates of a part of the year (a half, a quarter, the first months, one month) in a yearly report, as
reports write them.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read

from lawreport.metrics import Interpreter
from lawreport.normalize import normalize
from lawreport.numbers import scan
from lawreport.structure import Outline


def rates(text: str, report_year: int | None = 2024):
    """(label, value) of each generic rate of `text`."""
    return read(text, report_year)[1]


# A yearly report's title: the report says its year as a whole, so a part of it is only a part.
_YEARLY = "青禾县2024年法治政府建设年度报告\n"


@pytest.mark.parametrize("text", [
    # the period right before the count's verb or label
    "2024年第三季度新收一审行政案件24件。",
    "上半年办理行政复议案件38件。",
    "一季度全县各级调委会共化解矛盾纠纷2210件。",
    "7月份,全县新收行政复议案件12件。",
    "2024年11月,全市法院开庭审理行政案件19件。",
    # the period alone opening the sentence, its figures in the clauses after it
    "今年上半年,全镇受理矛盾纠纷620件,调解成功612件。",
    "2024年第二季度,全县新收一审行政诉讼案件31件,行政机关败诉2件。",
    # a past year's month is no more that year's
    "2019年6月,全市新收行政复议案件93件。",
])
def test_a_part_of_the_year_gives_no_year_figure(text):
    assert facts(_YEARLY + text) == []


@pytest.mark.parametrize("text, expected", [
    # the first months, said from January or counted (1-11月, 1月至8月, 前10个月): the year so far, its figure the
    # year's, as one up to a month's end is (截至10月底)
    ("1-9月调解纠纷1200件。", [("mediation_cases", 1200, 2024, False)]),
    ("全县1至10月共受理法律援助案件415件。", [("legal_aid_cases", 415, 2024, False)]),
    ("1月至8月,全区新收行政复议申请66件。", [("reconsideration_received", 66, 2024, False)]),
    ("前10个月共办理公证事项3400件。", [("notarizations", 3400, 2024, False)]),
    # the first three quarters counted, as 1-9月
    ("前三季度全县各级调委会共化解矛盾纠纷2210件。", [("mediation_cases", 2210, 2024, False)]),
    ("前三季度,全区新收行政复议申请66件,办结60件。",
     [("reconsideration_closed", 60, 2024, False), ("reconsideration_received", 66, 2024, False)]),
    ("2024年1-11月,全县新收一审行政诉讼案件31件,行政机关败诉2件。",
     [("litigation_first_instance", 31, 2024, False), ("litigation_lost", 2, 2024, False)]),
    ("今年1至10月,镇人民调解委员会调解纠纷64件,调解成功63件。",
     [("mediation_cases", 64, 2024, False), ("mediation_succeeded", 63, 2024, False)]),
    ("1-9月,全市行政复议纠错率为11.2%。", [("reconsideration_correction_rate", 11.2, 2024, False)]),
    # …but beside the year's count, no smaller, a part of it, as a count up to a month's end is
    ("1-11月,全镇调解纠纷120件。全年调解纠纷131件。", [("mediation_cases", 131, 2024, False)]),
    ("截至11月底,全镇调解纠纷120件。全年调解纠纷131件。", [("mediation_cases", 131, 2024, False)]),
    ("前三季度全镇调解纠纷120件。全年调解纠纷131件。", [("mediation_cases", 131, 2024, False)]),
])
def test_the_first_months_of_a_yearly_report_are_its_year_so_far(text, expected):
    assert facts(_YEARLY + text) == expected


@pytest.mark.parametrize("text", [
    # the period opening the piece after a semicolon dates that piece's figures, as one opening the sentence does
    "上半年,全县共受理行政复议案件56件;7-12月,受理行政复议案件48件。",
    "全县调委会运行平稳。一季度,调解矛盾纠纷320件;二季度,调解矛盾纠纷410件。",
    # the first months beside the rest of the year: a half, as 上半年 is, no year so far
    "1-6月,全县共受理行政复议案件56件;7-12月,受理行政复议案件48件。",
    "1-6月,全县共受理行政复议案件56件,7-12月受理行政复议案件48件。",
    "1月至6月,全县共调解矛盾纠纷620件,下半年调解矛盾纠纷580件。",
    # the period between the label and the figure: after a colon, the parts of the label's cases
    "全县行政复议案件:上半年56件,下半年48件。",
    "全县行政复议案件:1-6月56件,7-12月48件。",
])
def test_parts_of_the_year_side_by_side_give_no_year_figure(text):
    assert facts(_YEARLY + text) == []


@pytest.mark.parametrize("text, expected", [
    # the sentence's opening period still dates a piece after a semicolon that opens with none
    ("上半年,全县共受理行政复议案件56件;审结50件。", []),
    # the first months with no rest of the year beside: the year so far
    ("1-9月,全县共受理行政复议案件96件;审结90件。",
     [("reconsideration_closed", 90, 2024, False), ("reconsideration_received", 96, 2024, False)]),
    # the period between the label and the figure: the first months alone stay the year so far, a year is the year
    ("全县行政复议案件:1-9月96件。", [("reconsideration_received", 96, 2024, False)]),
    ("全县行政复议案件:2024年56件。", [("reconsideration_received", 56, 2024, False)]),
    # the year's count, then a later part of it after a semicolon
    ("全县调解纠纷1200件;7-12月,调解纠纷580件。", [("mediation_cases", 1200, 2024, False)]),
])
def test_pieces_after_a_semicolon_keep_their_period(text, expected):
    assert facts(_YEARLY + text) == expected


@pytest.mark.parametrize("text, expected", [
    # a whole year
    ("全年调解纠纷1200件。", [("mediation_cases", 1200, 2024, False)]),
    ("年内新收行政复议案件80件。", [("reconsideration_received", 80, 2024, False)]),
    ("2024年调解纠纷1200件。", [("mediation_cases", 1200, 2024, False)]),
    ("1-12月,全县调解纠纷1200件。", [("mediation_cases", 1200, 2024, False)]),
    ("1月至12月共办理公证事项5100件。", [("notarizations", 5100, 2024, False)]),
    # a whole year said between the period and the label
    ("上半年开展专项行动,全年调解纠纷1200件。", [("mediation_cases", 1200, 2024, False)]),
    ("7月启动信息化平台建设,年内新收行政复议案件80件。", [("reconsideration_received", 80, 2024, False)]),
    # a month that dates an event, the figure in a later clause
    ("3月,出台《调解工作规范》,全县调解纠纷1200件。", [("mediation_cases", 1200, 2024, False)]),
    # a duration, a day, a month's part, a span's end: no part of the year's figure
    ("连续12个月调解纠纷1200件。", [("mediation_cases", 1200, 2024, False)]),
    ("2024年3月15日,全县新收行政复议案件3件。", [("reconsideration_received", 3, 2024, False)]),
    ("截至11月,全县办理法律援助案件390件。", [("legal_aid_cases", 390, 2024, False)]),
    ("9月底前完成整改的新收行政复议案件70件。", [("reconsideration_received", 70, 2024, False)]),
    ("7月下旬,全县新收行政复议案件9件。", [("reconsideration_received", 9, 2024, False)]),
    # what happens every quarter
    ("每季度开展一次业务培训,新收行政复议案件60件。", [("reconsideration_received", 60, 2024, False)]),
    # the period's figure gives way to the year's after it
    ("上半年,全县新收行政复议案件40件,全年新收行政复议案件90件。", [("reconsideration_received", 90, 2024, False)]),
])
def test_figures_of_the_whole_year_stay(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a statistics release or a news item: its period's figures are its own
    ("2019年6月,全市新收行政复议案件93件。", [("reconsideration_received", 93, 2019, False)]),
    ("1-9月,全县新收行政复议案件270件。", [("reconsideration_received", 270, 2024, False)]),
])
def test_an_item_of_a_period_keeps_its_figures(text, expected):
    assert facts(text, plans_next_year=False) == expected


def test_a_report_titled_for_a_part_of_the_year_keeps_its_figures():
    text = "某县司法局2024年上半年工作总结\n上半年,全县新收行政复议案件40件,办结36件。"
    assert facts(text) == [("reconsideration_closed", 36, 2024, False), ("reconsideration_received", 40, 2024, False)]
    assert facts("某区行政复议案件半年分析报告\n1-6月,全区新收行政复议案件52件。") == [
        ("reconsideration_received", 52, 2024, False)]


def test_a_part_of_the_year_with_no_year_read_stays_undated():
    # no report year, none said with the period: no year is claimed for the figure
    assert facts("上半年,全县新收行政复议案件40件。", report_year=None) == [
        ("reconsideration_received", 40, None, False)]


@pytest.mark.parametrize("text, metric, rate", [
    ("一季度调解成功率98%。", ("mediation_success_rate", 98, 2024, False), ("调解成功率", 98.0)),
    ("第三季度行政机关负责人出庭应诉率为93.5%。", ("head_appearance_rate", 93.5, 2024, False),
     ("行政机关负责人出庭应诉率", 93.5)),
    ("上半年,全市行政复议纠错率为11.2%。", ("reconsideration_correction_rate", 11.2, 2024, False), ("行政复议纠错率", 11.2)),
    ("全县上半年调解成功率达96.4%。", ("mediation_success_rate", 96.4, 2024, False), ("调解成功率", 96.4)),
    ("下半年败诉率为3.1%。", ("litigation_loss_rate", 3.1, 2024, False), ("败诉率", 3.1)),
    ("前三季度行政复议直接纠错率为12.5%。", ("reconsideration_correction_rate", 12.5, 2024, False), ("行政复议直接纠错率", 12.5)),
    ("1至9月,全市行政复议直接纠错率为11.2%。", ("reconsideration_correction_rate", 11.2, 2024, False),
     ("行政复议直接纠错率", 11.2)),
    ("半年来调解成功率达98%。", ("mediation_success_rate", 98, 2024, False), ("调解成功率", 98.0)),
    ("前10个月调解成功率为97%。", ("mediation_success_rate", 97, 2024, False), ("调解成功率", 97.0)),
])
def test_a_rate_of_a_part_of_the_year_alone_is_the_years_level(text, metric, rate):
    # a rate is a level, not a sum: the part's level, alone, is the one the report gives for its year; the label
    # says what is measured, the part of the year when (the year is read from it)
    assert facts(text) == [metric]
    assert rates(text) == [rate]


@pytest.mark.parametrize("text, expected", [
    ("上半年调解成功率98%。全年调解成功率97.5%。", [("mediation_success_rate", 97.5, 2024, False)]),
    ("全年调解成功率97.5%,其中第三季度调解成功率99%。", [("mediation_success_rate", 97.5, 2024, False)]),
    # a change of the part's rate is no level
    ("上半年调解成功率较去年同期提高2.1个百分点。", []),
])
def test_a_rate_of_a_part_of_the_year_gives_way_to_the_years(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    # one month's rate, or months from a later one on (since a change): no year's level
    "8月份全县行政复议纠错率为10.5%。",
    "2024年6月至当年底,全县行政机关负责人出庭应诉率为41%。",
    "2024年6月至年底,全县行政机关负责人出庭应诉率为41%。",
    # the later month's start said with 自…起 (since a change made then)
    "自6月起至年底,全县行政机关负责人出庭应诉率达到41%。",
    "自2024年7月份起至12月底,全县调解成功率为96.5%。",
])
def test_a_rate_of_one_month_or_of_later_months_is_no_years_level(text):
    assert facts(_YEARLY + text) == []


def test_a_rate_of_later_months_up_to_the_years_end_is_of_that_year():
    # (a rate kept, no headline one: of the months' year, whatever year the report is on)
    norm = normalize("2022年6月至年底,全县行政机关负责人出庭应诉率为41%。")
    _, kept, _ = Interpreter(norm, Outline(norm), [], 2024).run(scan(norm))
    assert [(rate.label, rate.value, rate.year) for rate in kept] == [("行政机关负责人出庭应诉率", 41, 2022)]


@pytest.mark.parametrize("text, expected", [
    ("全年调解成功率98%。", [("mediation_success_rate", 98, 2024, False)]),
    ("4月,修订《应诉工作规则》,行政机关负责人出庭应诉率为100%。", [("head_appearance_rate", 100, 2024, False)]),
])
def test_a_rate_of_the_year_stays(text, expected):
    assert facts(text) == expected


def test_this_years_part_in_a_dated_item_reads_the_items_year():
    # 今年 of an item with its date reads a year, no report year needed; an item reporting no year of its own is no
    # yearly report whose year's figure the part's would pass for
    text = "今年1至4月,全市新收行政复议案件310件。"
    assert facts(text, report_year=None, published_year=2025) == [("reconsideration_received", 310, 2025, False)]
    assert facts(text, report_year=None) == [("reconsideration_received", 310, None, False)]
    # a yearly report's first months are its year so far (a half is a part: test_a_part_of_the_year_gives_no_year_figure)
    assert facts(text, report_year=2025, published_year=2025) == [("reconsideration_received", 310, 2025, False)]


@pytest.mark.parametrize("text, published_year, expected", [
    # a court's quarterly release, its year said with the quarter
    ("2024年第三季度,青禾县人民法院共新收行政一审诉讼案件17件。", None,
     [("litigation_first_instance", 17, 2024, False)]),
    ("2024年第三季度,已开庭审理的案件行政机关负责人均出庭应诉,出庭应诉率100%。", None,
     [("head_appearance_rate", 100, 2024, False)]),
    # a town's half-year item, dated
    ("今年上半年,全镇调解矛盾纠纷215起,调解成功率99%。", 2022,
     [("mediation_cases", 215, 2022, False), ("mediation_success_rate", 99, 2022, False)]),
])
def test_a_part_of_the_year_in_a_text_with_no_year_of_its_own_is_that_years(text, published_year, expected):
    assert facts(text, report_year=None, published_year=published_year) == expected
    # the same sentence in a yearly report is a part of its year: no year's count; a rate, alone, is the year's level
    assert [fact[:2] for fact in facts(_YEARLY + text, report_year=2024, published_year=published_year)] == [
        fact[:2] for fact in expected if fact[0].endswith("_rate")]


@pytest.mark.parametrize("text, expected", [
    # a period run into the sentence's first clause dates the counts of every clause of it, as one said alone before
    # a comma does (上半年,…): the half's counts, none the year's
    ("上半年新收行政复议案件40件,办结35件,纠错4件。", []),
    ("第二季度全县受理矛盾纠纷300件,调解成功296件。", []),
    ("8月份全县调解矛盾纠纷64件,调解成功63件。", []),
    # …up to the whole year said after it
    ("上半年全镇调解纠纷30件,调解成功29件;全年共调解纠纷75件,调解成功74件。",
     [("mediation_cases", 75, 2024, False), ("mediation_succeeded", 74, 2024, False)]),
    # …and its parts said in the sentence after it are the half's too
    ("上半年全县调解矛盾纠纷600件。其中婚姻家庭纠纷120件,邻里纠纷200件。", []),
    # the first three quarters, as 1-9月: the year so far, every count of the sentence
    ("前三季度共受理矛盾纠纷590件,调解成功584件。",
     [("mediation_cases", 590, 2024, False), ("mediation_succeeded", 584, 2024, False)]),
])
def test_the_counts_of_one_sentence_share_the_period_it_opens_with(text, expected):
    assert facts(_YEARLY + text) == expected


@pytest.mark.parametrize("text, expected", [
    # a month that dates an event in the first clause, the count in a later one: the year's, as with a comma after it
    ("3月出台《调解工作规范》,全县调解纠纷1200件。", [("mediation_cases", 1200, 2024, False)]),
    # a half's rate alone is the year's level, run into its clause or not
    ("上半年全县调解纠纷600件,调解成功率99.2%。", [("mediation_success_rate", 99.2, 2024, False)]),
])
def test_a_period_run_into_the_first_clause_leaves_what_is_no_part_of_it(text, expected):
    assert facts(_YEARLY + text) == expected


@pytest.mark.parametrize("text", [
    # the period bracketed right after the count: the part's, as said before its label
    "受理行政复议案件56件(上半年)。",
    "全县各级调委会调处矛盾纠纷418件（第三季度）。",
    "全区新收一审行政诉讼案件9件（2024年7月份）。",
    "我局办理法律援助案件230件(下半年)。",
])
def test_a_part_of_the_year_bracketed_after_a_count_gives_no_year_figure(text):
    assert facts(_YEARLY + text) == []


@pytest.mark.parametrize("text, expected", [
    # the counts after a part's bracketed period, in the same piece of the sentence, run on its period
    ("全县调处纠纷418件(第三季度),调解成功410件。", []),
    ("受理行政复议案件56件（上半年），办结50件。", []),
    ("我局办理法律援助案件230件(下半年),其中刑事案件120件。", []),
    # …a rate after them is the year's level, as with the period said before them
    ("全镇调处纠纷318件(上半年),调解成功310件,调解成功率97.5%。", [("mediation_success_rate", 97.5, 2024, False)]),
    # …not past a semicolon, the whole year said, or the year so far
    ("全县调处纠纷418件(第三季度);全年调处纠纷1500件,调解成功1480件。",
     [("mediation_cases", 1500, 2024, False), ("mediation_succeeded", 1480, 2024, False)]),
    ("全市调处纠纷418件(第三季度),全年调解成功1480件。", [("mediation_succeeded", 1480, 2024, False)]),
    ("全县调处纠纷1260件(1-11月),调解成功1250件。",
     [("mediation_cases", 1260, 2024, False), ("mediation_succeeded", 1250, 2024, False)]),
    # …nor a period bracketed after no figure
    ("全县开展普法活动(上半年),调处纠纷418件。", [("mediation_cases", 418, 2024, False)]),
])
def test_the_counts_after_a_part_of_the_year_bracketed_are_the_parts(text, expected):
    assert facts(_YEARLY + text) == expected


@pytest.mark.parametrize("text, expected", [
    # the first months bracketed after it: the year so far, as said before it
    ("全县调解纠纷1260件(1-11月)。", [("mediation_cases", 1260, 2024, False)]),
    # a bracket naming the whole year, or a part inside the total's bracket, leaves the year's count
    ("全年办理公证5600件(2024年度)。", [("notarizations", 5600, 2024, False)]),
    ("全年受理行政复议案件120件(上半年56件)。", [("reconsideration_received", 120, 2024, False)]),
])
def test_a_bracket_after_a_count_naming_no_part_of_the_year_leaves_it_the_years(text, expected):
    assert facts(_YEARLY + text) == expected


@pytest.mark.parametrize("text, expected_rates", [
    # parts of the year side by side, the later said alone after the rate: each its part's value, none the year's level
    ("一季度,全县行政机关负责人出庭应诉率为95%,二季度为98%。",
     [("行政机关负责人出庭应诉率", 95), ("行政机关负责人出庭应诉率", 98)]),
    ("上半年，全市行政复议纠错率为11%，下半年为9.5%。", [("行政复议纠错率", 11), ("行政复议纠错率", 9.5)]),
    ("7月份全县行政复议纠错率为10.5%,8月份为9%。", [("行政复议纠错率", 10.5), ("行政复议纠错率", 9)]),
    # the parts said after the label
    ("全县行政机关负责人出庭应诉率第一季度为90%，第二季度为100%。",
     [("行政机关负责人出庭应诉率", 90), ("行政机关负责人出庭应诉率", 100)]),
    ("全县败诉率7月份为6.2%。", [("败诉率", 6.2)]),
])
def test_rates_of_parts_of_the_year_side_by_side_are_no_years_level(text, expected_rates):
    assert facts(_YEARLY + text) == []
    assert rates(_YEARLY + text) == expected_rates


@pytest.mark.parametrize("text, expected, expected_rates", [
    # a part after the year's rate: the year's level stays, the part's value a rate
    ("全年调解成功率为98.2%，其中四季度达99%。", [("mediation_success_rate", 98.2, 2024, False)],
     [("调解成功率", 98.2), ("调解成功率", 99)]),
    ("全县调解成功率为98%,二季度为99%。", [("mediation_success_rate", 98, 2024, False)],
     [("调解成功率", 98), ("调解成功率", 99)]),
    # a span said after the label, alone, is the year's level as said before it; the year's own gives way to none
    ("全县行政机关负责人出庭应诉率上半年为97%。", [("head_appearance_rate", 97, 2024, False)],
     [("行政机关负责人出庭应诉率", 97)]),
    ("全县调解成功率上半年为97%，全年为98.5%。", [("mediation_success_rate", 98.5, 2024, False)],
     [("调解成功率", 97), ("调解成功率", 98.5)]),
    # a year after the label, or a month of a year reached: the year's
    ("全县行政机关负责人出庭应诉率全年为100%。", [("head_appearance_rate", 100, 2024, False)],
     [("行政机关负责人出庭应诉率", 100)]),
])
def test_the_years_level_beside_a_part_stays(text, expected, expected_rates):
    assert facts(_YEARLY + text) == expected
    assert rates(_YEARLY + text) == expected_rates


@pytest.mark.parametrize("text, expected, expected_rates", [
    # the first months said again, later, after the rate of fewer: the year so far, its level the year's; the rate
    # before a part of it
    ("1-9月，全县调解成功率97.9%，1-11月为98.3%。", [("mediation_success_rate", 98.3, 2024, False)],
     [("调解成功率", 97.9), ("调解成功率", 98.3)]),
    ("全县行政机关负责人出庭应诉率1至8月为92%,1至10月达到96%。", [("head_appearance_rate", 96, 2024, False)],
     [("行政机关负责人出庭应诉率", 92), ("行政机关负责人出庭应诉率", 96)]),
    ("前三季度，全市行政复议纠错率为10.2%，1—11月达11.4%。", [("reconsideration_correction_rate", 11.4, 2024, False)],
     [("行政复议纠错率", 10.2), ("行政复议纠错率", 11.4)]),
    # a part said after the first months: a part of them, as after the year's rate
    ("1-10月，全县调解成功率为97.5%，其中10月为99%。", [("mediation_success_rate", 97.5, 2024, False)],
     [("调解成功率", 97.5), ("调解成功率", 99)]),
    # first months said after the year's rate: a part of it
    ("全年调解成功率为98.6%，1-6月为97.9%。", [("mediation_success_rate", 98.6, 2024, False)],
     [("调解成功率", 98.6), ("调解成功率", 97.9)]),
])
def test_first_months_after_fewer_are_the_year_so_far(text, expected, expected_rates):
    assert facts(_YEARLY + text) == expected
    assert rates(_YEARLY + text) == expected_rates


def test_first_months_after_fewer_in_a_text_of_no_year_are_the_year_so_far():
    assert facts("1至9月，我区人民调解成功率97.2%；1至11月为97.8%。", None) == [
        ("mediation_success_rate", 97.8, None, False)]


@pytest.mark.parametrize("text, expected", [
    # the first months said with 自…起 and up to a month's end: the year so far, its level the year's
    ("自1月起至11月底,全县行政复议纠错率为12.5%。", [("reconsideration_correction_rate", 12.5, 2024, False)]),
    ("1月至10月底,全区调解成功率为98.2%。", [("mediation_success_rate", 98.2, 2024, False)]),
])
def test_first_months_said_from_a_start_up_to_a_months_end_are_the_year_so_far(text, expected):
    assert facts(_YEARLY + text) == expected
