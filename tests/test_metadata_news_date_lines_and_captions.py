"""A news page's head: a picture's caption under the headline ((相关资料图), 【資料圖】) is never its title, and the page's
own date line with no 发布时间 label dates it: a site's name or slogan and the day in words with its time (某某快讯
2024年03月02日 09:10:11), a day before its editor's or its source's label (2023-04-01 编辑:…), an outlet spelt in letters
before a middle dot. Such a stamped line right under the headline is no headline of its own. A body's sentence opening
with a day (2024-05-12,该院…) or a cut-off date (截至…) dates nothing, and a labelled 发布时间 line wins. A headline
joining two years (2019年至2023年…) names a span, no report year.

Every text below is written for these tests; the names and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_LEAD = "3月1日,记者从青禾县人民法院获悉,2023年全县法院共受理一审行政案件320件。\n"
_HEADLINE = "青禾法院去年审结行政案件三百余件"

CAPTIONS = [
    ("a related picture's place under the headline", f"{_HEADLINE}\n\n\n(相关资料图)\n\n" + _LEAD, _HEADLINE),
    ("a picture's place in traditional script", f"{_HEADLINE}\n【資料圖】\n" + _LEAD, _HEADLINE),
    ("…in brackets, simplified", f"{_HEADLINE}\n【相关资料图】\n" + _LEAD, _HEADLINE),
    ("a caption alone above the lead is no title", "(相关资料图)\n" + _LEAD, None),
    ("a headline on a picture archive keeps its words", "青禾县档案馆征集相关资料图片\n" + _LEAD,
     "青禾县档案馆征集相关资料图片"),
    ("a numbered part of the body under a headline is no title",
     f"{_HEADLINE}\n(相关资料图)\n(一)行政案件基本情况\n2023年,全县法院共受理一审行政案件320件。\n", _HEADLINE),
]


@pytest.mark.parametrize(("case", "text", "expected"), CAPTIONS, ids=[c[0] for c in CAPTIONS])
def test_a_pictures_place_under_a_headline(case, text, expected):
    assert read(text, "title") == expected


_SLOGAN_PAGE = f"{_HEADLINE}\n\n快讯速递 2024年03月02日 09:10:11\n\n" + _LEAD

DATE_LINES = [
    ("a slogan and the day in words with its time", _SLOGAN_PAGE, "2024-03-02"),
    ("the day before its editor's label", f"{_HEADLINE}\n2024-05-12 编辑:王五\n" + _LEAD, "2024-05-12"),
    ("…before its source's label, in words", f"{_HEADLINE}\n2024年05月12日 来源:青禾新闻网\n" + _LEAD, "2024-05-12"),
    ("an outlet spelt in letters before a middle dot", f"{_HEADLINE}\nQing He Wang·2025-08-05 00:53\n" + _LEAD,
     "2025-08-05"),
    ("a body's sentence opening with a day dates nothing",
     f"{_HEADLINE}\n2024-05-12,该院召开新闻发布会,通报2023年行政审判情况。\n" + _LEAD, None),
    ("a cut-off date in the lead dates nothing",
     f"{_HEADLINE}\n截至2023年07月08日,全县法院共受理一审行政案件320件。\n", None),
    ("a labelled line elsewhere wins over a body's day",
     f"{_HEADLINE}\n发布时间:2024-06-01\n2024-05-12,该院召开新闻发布会,通报2023年行政审判情况。\n", "2024-06-01"),
]


@pytest.mark.parametrize(("case", "text", "expected"), DATE_LINES, ids=[c[0] for c in DATE_LINES])
def test_a_news_pages_date_line(case, text, expected):
    assert read(text, "published") == expected


def test_the_stamped_line_under_a_headline_is_no_title():
    assert read(_SLOGAN_PAGE, "title") == _HEADLINE


def test_a_stamped_line_naming_a_title_word_under_a_headline_stays_a_title():
    text = "青禾新闻网\n青禾县司法局2023年度工作总结 2024年03月02日 09:10:11\n" + _LEAD
    assert read(text, "title") == "青禾县司法局2023年度工作总结"


@pytest.mark.parametrize(("title", "year"), [
    ("青禾检察:2019年至2023年办理行政检察案件是前五年的两倍", None),
    ("青禾检察:2019-2023年办理行政检察案件是前五年的两倍", None),
    ("青禾检察:2023年办理行政检察案件较上年增长两成", 2023),
])
def test_a_headline_joining_two_years_names_a_span(title, year):
    assert read(f"{title}\n快讯速递 2024年03月02日 09:10:11\n" + _LEAD, "report_year") == year
