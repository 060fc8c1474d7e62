"""A news item's own day opening its lead in full, on a page that gives no date (2023年12月5日讯 记者…; 本报讯(记者 某某)
2023年11月28日,记者从…获悉), or the day of the event its lead opens on (2023年12月5日,某局召开…): its 今年/去年 count
from that day, so it reports on a year (the lead_day cue), though the page's date stays unsaid. A scene's day a feature
opens on, or a day inside the lead's sentence, dates no 今年.
A headline on a meeting held to review the year (召开2023年度…工作总结会, 工作总结表彰大会) names no summary: the day's item.
A headline on the year so far (今年以来全县调解纠纷…) names no span: the item's own year.

Every sentence below is written for these tests; the places, bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_HEADLINE = "白沙县调处矛盾纠纷1284件\n"

DATED_LEADS = [
    ("a day's dateline", "2023年12月5日讯 记者从白沙县司法局获悉,今年以来,全县各级调解组织共调处矛盾纠纷1284件。\n", 2023),
    ("…after the paper's name", "白沙日报2023年12月5日讯(记者 林小溪)记者从县司法局了解到,今年全县共调处矛盾纠纷1284件。\n",
     2023),
    ("…a wire's 电", "白沙网2023年12月5日电 记者从县司法局获悉,今年全县共调处矛盾纠纷1284件。\n", 2023),
    ("a day the reporter learned on", "2024年1月9日,记者从白沙县司法局获悉,去年全县各级调解组织共调处矛盾纠纷1284件。\n", 2023),
    ("…after the paper's dateline and byline",
     "本报讯 (记者 林小溪)2024年1月9日,记者从白沙县司法局了解到,去年全县共调处矛盾纠纷1284件。\n", 2023),
    ("the day of the event the lead tells",
     "2023年12月5日,白沙县司法局召开全县调解工作推进会。会议指出,今年以来全县共调处矛盾纠纷1284件。\n", 2023),
    # None of these is the item's own day.
    ("a scene's day a feature opens on", "2021年3月5日,村民王某来到白沙镇调解室。今年以来,全县共调处矛盾纠纷1284件。\n", None),
    ("a day inside the lead's sentence",
     "白沙县司法局介绍,该局于2023年11月28日起开展矛盾纠纷大排查,今年共调处矛盾纠纷1284件。\n", None),
    ("a day without its year", "12月5日讯 记者从白沙县司法局获悉,今年全县共调处矛盾纠纷1284件。\n", None),
]


@pytest.mark.parametrize(("case", "lead", "year"), DATED_LEADS, ids=[c[0] for c in DATED_LEADS])
def test_an_undated_items_lead_day_dates_its_year(case, lead, year):
    assert read(_HEADLINE + lead, "report_year") == year


def test_the_lead_day_is_not_the_pages_date():
    text = _HEADLINE + "2023年12月5日讯 记者从白沙县司法局获悉,今年全县共调处矛盾纠纷1284件。\n"
    assert read(text, "published") is None


def test_the_pages_own_date_counts_first():
    text = (_HEADLINE + "发布时间:2024-01-09 来源:白沙日报\n"
            "2024年1月8日,记者从白沙县司法局获悉,去年全县共调处矛盾纠纷1284件。\n")
    assert (read(text, "published"), read(text, "report_year")) == ("2024-01-09", 2023)


_MEETING_LEAD = "发布时间:2024-01-20\n1月19日,白沙县司法局召开大会,回顾全年工作。全年办理法律援助案件460件。\n"

MEETINGS = [
    ("a review meeting", "白沙县召开2023年度法治政府建设工作总结会\n", "news"),
    ("…with its awards", "白沙县司法局召开2023年度工作总结表彰大会\n", "news"),
    ("…joined to its awards", "白沙县司法局2023年工作总结暨表彰大会召开\n", "news"),
    # The summary itself.
    ("a year's summary", "白沙县2023年度法治政府建设工作总结\n", "annual_report"),
    ("…and the next year's plan", "白沙县司法局2023年工作总结和2024年工作计划\n", "annual_report"),
]


@pytest.mark.parametrize(("case", "headline", "kind"), MEETINGS, ids=[c[0] for c in MEETINGS])
def test_a_headline_on_a_review_meeting_names_no_summary(case, headline, kind):
    assert read(headline + _MEETING_LEAD, "kind") == kind


SO_FAR = [
    ("the year so far", "白沙县今年以来调解矛盾纠纷2860件\n", 2023),
    # A span of years.
    ("since a year before", "白沙县2018年以来调解矛盾纠纷2860件\n", None),
    ("since last year", "白沙县去年以来调解矛盾纠纷2860件\n", None),
]


@pytest.mark.parametrize(("case", "headline", "year"), SO_FAR, ids=[c[0] for c in SO_FAR])
def test_a_headline_on_the_year_so_far_names_no_span(case, headline, year):
    text = headline + "发布时间:2023-12-28 来源:白沙县融媒体中心\n全县各级调解组织共调解矛盾纠纷2860件,调解成功率98.7%。(林小溪)\n"
    assert read(text, "report_year") == year
