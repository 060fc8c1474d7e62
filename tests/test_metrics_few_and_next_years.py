"""How few or how many a count or rate is may be said between its label and its number (仅, 只有, 一共, 多达); 不仅
and 不只 make it a floor.
Legal aid provided (提供法律援助) is counted in cases. How fast a level was reached (激增到, 大幅增加到) leaves the level.
A figure up to now (截至目前) in a text of no year of its own is of the year its paragraph opens with. A count followed
by its share of a whole named by no place (占总数的10.2%) is a part of that whole.

Every sentence here is written for the test; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, fact", [
    ("2021年青禾区收到行政复议申请仅58件。", ("reconsideration_received", 58, 2021, False)),
    ("2021年青禾区收到行政复议申请仅仅58件。", ("reconsideration_received", 58, 2021, False)),
    ("2021年青禾区行政诉讼案件败诉只有2件。", ("litigation_lost", 2, 2021, False)),
    ("2021年青禾区行政机关败诉率仅4.1%。", ("litigation_loss_rate", 4.1, 2021, False)),
    ("2021年青禾区行政机关败诉率只有4.1%。", ("litigation_loss_rate", 4.1, 2021, False)),
    # a total said 一共 or 总共 (as 共计), how many said 多达 (as 高达)
    ("2021年青禾区收到行政复议申请一共58件。", ("reconsideration_received", 58, 2021, False)),
    ("2021年青禾区收到行政复议申请总共58件。", ("reconsideration_received", 58, 2021, False)),
    ("2021年青禾区收到行政复议申请多达58件。", ("reconsideration_received", 58, 2021, False)),
])
def test_how_few_or_how_many_said_before_the_number(text, fact):
    assert facts(text) == [fact]


@pytest.mark.parametrize("text", [
    "2021年青禾区收到行政复议申请不仅58件。",
    "2021年青禾区收到行政复议申请不只58件。",
    "2021年青禾区行政机关败诉率不仅4.1%。",
])
def test_not_only_is_no_count(text):
    assert facts(text) == []


# Legal aid provided is counted in cases; a target may be the task a city takes on (受领…的目标任务).
@pytest.mark.parametrize("text, fact", [
    ("2024年,青禾县为困难群众提供法律援助412件。", ("legal_aid_cases", 412, 2024, False)),
    ("2024年,青禾县受领为重点人群提供法律援助600件的目标任务。", ("legal_aid_cases", 600, 2024, True)),
])
def test_legal_aid_provided(text, fact):
    assert facts(text) == [fact]


@pytest.mark.parametrize("text", [
    "2024年,青禾县为困难群众提供法律援助412人次。",
    "2024年,青禾县为困难群众提供法律援助咨询412件。",
    "2024年,青禾县提供法律咨询、法律援助等服务412件。",
])
def test_legal_aid_provided_to_people_or_as_advice_is_no_case_count(text):
    assert facts(text) == []


# How fast a level was reached may stand before its verb; the next year of a series then keeps its noun.
@pytest.mark.parametrize("text, fact", [
    ("2022年青禾区收到行政复议申请大幅增加到96件。", ("reconsideration_received", 96, 2022, False)),
    ("2022年青禾区收到行政复议申请迅速攀升至96件。", ("reconsideration_received", 96, 2022, False)),
    ("2022年青禾区行政机关败诉率明显降低到3.6%。", ("litigation_loss_rate", 3.6, 2022, False)),
])
def test_how_fast_a_level_was_reached(text, fact):
    assert facts(text) == [fact]


def test_the_next_year_of_a_series_reached_fast():
    assert facts("2021年青禾区收到行政复议申请41件;2022年激增到96件,同比增长134%。") == [
        ("reconsideration_received", 41, 2021, False), ("reconsideration_received", 96, 2022, False)]


@pytest.mark.parametrize("text", [
    "2022年青禾区收到行政复议申请大幅增加55件。",
    "2022年青禾区行政机关败诉率大幅下降3.6%。",
])
def test_how_fast_a_change_was_is_no_level(text):
    assert facts(text) == []


# A figure up to now in a text that reports no year of its own is of the year its paragraph opens with.
_LEAD = "青禾新闻网讯 11月20日上午,青禾市召开新闻发布会。\n"
_PROJECT = "2024年法律援助民生工程列入全市十件实事。市财政增加经费10万元。"


def test_a_figure_up_to_now_takes_the_year_its_paragraph_opens_with():
    assert facts(_LEAD + _PROJECT + "截至目前,我市已受理法律援助案件1200件。\n", report_year=None) == [
        ("legal_aid_cases", 1200, 2024, False)]


@pytest.mark.parametrize("why, body", [
    ("no year opens the paragraph", "法律援助民生工程列入全市十件实事。截至目前,我市已受理法律援助案件1200件。\n"),
    ("a span opens it", "2019年至2024年法律援助民生工程持续推进。截至目前,我市已受理法律援助案件1200件。\n"),
    ("summed since some start", _PROJECT + "截至目前,我市累计受理法律援助案件1200件。\n"),
    ("not up to now", _PROJECT + "我市已受理法律援助案件1200件。\n"),
    ("the year in another paragraph", _PROJECT + "\n截至目前,我市已受理法律援助案件1200件。\n"),
])
def test_without_the_paragraphs_year_a_figure_up_to_now_has_none(why, body):
    assert facts(_LEAD + body, report_year=None) == [("legal_aid_cases", 1200, None, False)], why


# A count followed by its share of a whole named by no place is a part of that whole.
@pytest.mark.parametrize("text", [
    "2024年,青禾县征迁类行政复议案件新收6件,占总数的10.2%。",
    "2024年,青禾市为农民工提供法律援助300件,占法律援助案件总量的33.3%。",
    "2024年,青禾县涉企行政复议案件新收40件,占全年新收案件的17.9%。",
])
def test_a_count_with_its_share_of_a_whole_is_a_part(text):
    assert facts(text) == []


@pytest.mark.parametrize("text", [
    "2024年,青禾县受理行政复议案件30件,占全市的25%。",
    "2024年,青禾县受理行政复议案件30件,占全市行政复议案件的25%。",
    "2024年,青禾县受理行政复议案件30件,占同期一审行政诉讼案件的150%。",
    "2024年,青禾县受理行政复议案件30件,占比12%。",
])
def test_a_places_share_or_a_comparison_leaves_the_count(text):
    assert facts(text) == [("reconsideration_received", 30, 2024, False)]
