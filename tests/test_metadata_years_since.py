"""The year of a report opening with a span of years (2021年以来,全省…): a review of the years since then reports on
no one year, while a yearly report opening its year's work so (2023年以来,我县…), dated in that year or the season of
annual reports after it, or undated, keeps that year.

Every text below is written for these tests; the bodies, places and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as field

TITLE = "关于全县行政审判工作情况的报告\n"
BODY = "一、主要做法\n(一)强化诉源治理。推动行政争议实质化解,协调撤诉案件四十二件。\n"


def signed(date: str) -> str:
    return f"\n青禾县人民法院\n{date}\n" if date else ""


CASES = [
    ("a review dated years after its start (2021年以来 … 2024年)",
     TITLE + "2021年以来,全县法院共受理一审行政案件1 260件,审结1 198件。\n" + BODY + signed("2024年6月12日"), None),
    ("a review dated the year after its start but past the season of annual reports",
     TITLE + "2022年以来,全县法院共受理一审行政案件860件。\n" + BODY + signed("2023年8月30日"), None),
    ("an undated report opening its work since a year is that year's, as yearly reports open",
     TITLE + "2023年以来,全县法院坚持能动司法,共受理一审行政案件318件。\n" + BODY, 2023),
    ("a yearly report opening its year's work (2023年以来) dated early the next year keeps it",
     TITLE + "2023年以来,全县法院坚持能动司法,共受理一审行政案件318件。\n" + BODY + signed("2024年1月18日"), 2023),
    ("…and one dated late in that year",
     TITLE + "2023年以来,全县法院坚持能动司法,共受理一审行政案件318件。\n" + BODY + signed("2023年12月5日"), 2023),
    ("a year's opening without 以来 keeps its year whatever the date",
     TITLE + "2023年,全县法院共受理一审行政案件318件。\n" + BODY + signed("2024年6月12日"), 2023),
    ("a span counted back (近三年来) is no year",
     TITLE + "近三年来,全县法院共受理一审行政案件1 020件。\n" + BODY + signed("2024年6月12日"), None),
    ("a span between two years (2020年至2024年) is no year",
     TITLE + "2020年至2024年,全县法院共受理一审行政案件1 530件。\n" + BODY + signed("2024年6月12日"), None),
]


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_year_of_a_report_opening_with_a_span(name, text, expected):
    assert field(text, "report_year") == expected


# A span since a year said short (2022年来, 2023年來) or up to now (2021年至今, 2021年迄今) is read as 2021年以来 is: an undated
# account whose figures it opens reports on no one year; a year said alone keeps it.
_ACCOUNT = "近年来,青禾县创新调解机制,取得良好效果。\n"
SPANS_SAID_SHORT = [
    ("a span said 年来", _ACCOUNT + "2022年来,县矛盾调处中心累计化解各类纠纷4 300件。\n", None),
    ("…in traditional characters", "近年來,青禾縣創新調解機制。\n2023年來,依託縣鎮綜治中心排查化解矛盾糾紛8 600餘件。\n", None),
    ("a span said 至今", _ACCOUNT + "2021年至今,县法律援助中心共办理援助案件1 150件。\n", None),
    ("a span said 迄今", _ACCOUNT + "2021年迄今,县法律援助中心共办理援助案件1 150件。\n", None),
    ("the year said alone", _ACCOUNT + "2022年,县矛盾调处中心化解各类纠纷4 300件。\n", 2022),
    ("the year's letters and visits (2023年来信来访) are no span", _ACCOUNT + "2023年来信来访群众共1 200人次,办结率100%。\n", 2023),
    # …and a yearly report opening its year's work so, undated, keeps that year as with 以来; dated years later, none
    ("an undated report opening 2023年来", TITLE + "2023年来,全县法院坚持能动司法,共受理一审行政案件318件。\n" + BODY, 2023),
    ("an undated report opening 2023年至今", TITLE + "2023年至今,全县法院坚持能动司法,共受理一审行政案件318件。\n" + BODY, 2023),
    ("a review dated years after 2021年来",
     TITLE + "2021年来,全县法院共受理一审行政案件1 260件,审结1 198件。\n" + BODY + signed("2024年6月12日"), None),
    ("a review dated years after 2021年迄今",
     TITLE + "2021年迄今,全县法院共受理一审行政案件1 260件,审结1 198件。\n" + BODY + signed("2024年6月12日"), None),
]


@pytest.mark.parametrize("name, text, expected", SPANS_SAID_SHORT, ids=[c[0] for c in SPANS_SAID_SHORT])
def test_a_span_said_short_is_no_year(name, text, expected):
    assert field(text, "report_year") == expected


_PARTS = "\n一、主要举措\n全年办理法律援助案件300件。\n二、存在问题\n基层法治力量薄弱。\n"


@pytest.mark.parametrize(("opening", "issuer", "year"), [
    ("自2024年以来,安吉县递铺街道办事处坚持依法行政,深入推进法治政府建设。现将有关情况报告如下:", "安吉县递铺街道办事处", 2024),
    ("2023年来,德清县市场监督管理局坚持依法行政,深入推进法治政府建设。现将有关情况报告如下:", "德清县市场监督管理局", 2023),
    ("2024年以来, 长兴县人民政府坚持依法行政,深入推进法治政府建设。", "长兴县人民政府", 2024),  # a blank after the comma
    ("2022年, 德清县司法局坚持依法行政,深入推进法治政府建设。", "德清县司法局", 2022),
])
def test_an_untitled_opening_on_a_span_from_its_year_names_its_author_and_year(opening, issuer, year):
    text = opening + _PARTS
    assert (field(text, "issuer"), field(text, "report_year")) == (issuer, year)


@pytest.mark.parametrize(("opening", "year"), [
    ("自2024年1月1日起,长兴县全面施行行政执法公示制度,深入推进法治政府建设。", None),  # a day a rule runs from: no span's year
    ("近年来,长兴县人民政府坚持依法行政,深入推进法治政府建设。", None),
])
def test_an_opening_from_a_day_or_on_recent_years_gives_no_year(opening, year):
    assert field(opening + _PARTS, "report_year") == year
