"""News features as portals and papers post them: a headline over the page's bare stamp (2025-07-21 15:56:12) is an
item, but a speech put out under it (——在…上的讲话) is none; a feature opening on a scene puts its year off to the
paragraph after its lead (2024年,某厅…), where a day it dates (今年7月31日,…) names no year reported on; and a
rate counting the yearly reports (…年度报告公开率达100%) makes no text a yearly report.

Every sentence below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_HEADLINE = "青禾县:一百个调解小站让纠纷就地化解\n"
_SCENE = ("清晨,在青禾县白沙镇的调解小站里,村民老李拿着材料坐到了调解员对面。\n"
          "“以前要跑县城,现在走几步就到。”老李说。\n"
          "调解小站是化解矛盾的前沿,如何让小站真正管用?青禾县给出了自己的回答。\n")
_BODY = "全县调解小站受理矛盾纠纷870件,成功化解861件。\n"

STAMPS = [
    ("a headline over a dashed stamp with its time", _HEADLINE + "2025-03-18 10:20:45\n" + _SCENE + _BODY, "news"),
    ("…over a reprint site's day-first stamp", _HEADLINE + "18.03.2025  10:20\n" + _SCENE + _BODY, "news"),
    # A speech put out under a headline says what it is in its subtitle, whatever stamp the page gives it.
    ("a speech's subtitle under the stamp",
     ("全面推进依法治县 为青禾发展提供法治保障\n2025-03-18 10:20:45\n——在青禾县委全面依法治县工作会议上的讲话(摘要)\n"
      "一、提高认识\n全县各级党组织要把法治建设摆在突出位置。\n"), "other"),
    # Without a date line below, the headline tells nothing of the page.
    ("a headline with no stamp below", _HEADLINE + _SCENE + _BODY, "other"),
]


@pytest.mark.parametrize(("case", "text", "expected"), STAMPS, ids=[c[0] for c in STAMPS])
def test_a_headline_over_its_page_stamp(case, text, expected):
    assert read(text, "kind") == expected


_STAMPED = _HEADLINE + "2025-03-18 10:20:45\n"

LATE_YEARS = [
    # Three paragraphs of scene, then the year's account.
    ("the year opening the paragraph after the lead",
     _STAMPED + _SCENE + "2024年,青禾县司法局共建成调解小站100个,受理矛盾纠纷870件。\n", 2024),
    # A day of this year there dates an event, not the year's figures.
    ("a day of this year opening it",
     _STAMPED + _SCENE + "今年3月5日,白沙镇调解小站调解了一起土地纠纷。\n" + _BODY, None),
    # A year opening a paragraph further on is no lead's.
    ("a year two paragraphs after the lead",
     _STAMPED + _SCENE + "调解员多是本村的老党员。\n2024年,青禾县共受理矛盾纠纷870件。\n", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), LATE_YEARS, ids=[c[0] for c in LATE_YEARS])
def test_a_features_year_after_its_scene(case, text, expected):
    assert read(text, "report_year") == expected


_ACCOUNT = ("依法行政是政府工作的基本准则。\n"
            "近年来,青禾市坚持把法治政府建设作为重点任务,纵深推进依法行政。\n")

REPORT_RATES = [
    # The yearly reports counted by a rate: the text reports on none of its own; opening on a saying, it is a feature.
    ("a rate of the yearly reports",
     _ACCOUNT + "全市行政规范性文件备案审查率、市县两级法治政府建设年度报告公开率均达100%。\n", "news"),
    ("…of the reports sent",
     _ACCOUNT + "各县区法治政府建设情况报告报送率达100%。\n", "news"),
    # The text naming itself the year's report is one.
    ("the text's own report",
     _ACCOUNT + "现将青禾市2024年度法治政府建设情况报告如下。\n", "annual_report"),
]


@pytest.mark.parametrize(("case", "text", "expected"), REPORT_RATES, ids=[c[0] for c in REPORT_RATES])
def test_a_rate_of_the_yearly_reports(case, text, expected):
    assert read(text, "kind") == expected


_SUMMARY_BODY = "(三)强化行政执法监督。全年开展执法案卷评查2次,评查案卷60卷。\n(四)深化普法宣传。开展送法下乡活动30场次。\n"

SHARED_PAGE_LABELS = [
    # A document-sharing site's count of the pieces it holds and the page it shows, after the title.
    ("the pieces and the page shown", "青禾县司法局2023年度工作总结-8篇(第6/7页)\n" + _SUMMARY_BODY,
     "青禾县司法局2023年度工作总结"),
    ("…the page alone", "青禾县司法局2023年度工作总结(第6/7页)\n" + _SUMMARY_BODY, "青禾县司法局2023年度工作总结"),
    ("…the page after a space", "青禾县司法局2023年度普法工作方案 第3页\n" + _SUMMARY_BODY, "青禾县司法局2023年度普法工作方案"),
    # An issue's number is the title's own.
    ("an issue's number", "青禾县司法局2023年度工作简报(第6期)\n" + _SUMMARY_BODY, "青禾县司法局2023年度工作简报(第6期)"),
]


@pytest.mark.parametrize(("case", "text", "expected"), SHARED_PAGE_LABELS, ids=[c[0] for c in SHARED_PAGE_LABELS])
def test_a_shared_pages_label_after_the_title(case, text, expected):
    assert read(text, "title") == expected


_COURT_LEAD = "5月10日,青禾市中级人民法院公布了{report},全市两级法院受理行政案件三千余件。\n"

NAMED_REPORTS = [
    # A report named in the lead with its one year: that year.
    ("a year's white paper", _COURT_LEAD.format(report="2022年行政审判工作白皮书"), 2022),
    # A year closing a span names a report on several.
    ("a span's white paper", _COURT_LEAD.format(report="2020年-2022年行政审判工作白皮书"), None),
    ("…a span said with 至", _COURT_LEAD.format(report="2020年至2022年行政审判工作白皮书"), None),
]


@pytest.mark.parametrize(("case", "text", "expected"), NAMED_REPORTS, ids=[c[0] for c in NAMED_REPORTS])
def test_a_report_named_in_the_lead(case, text, expected):
    assert read(text, "report_year") == expected
