"""A notice putting a body's yearly figures up for public view (现将本中心2024年度案件办理及经费使用情况予以公示), as a
legal-aid centre gives its year's cases and funds, is a release of that year's figures even when its page kept no
title; a list put up for view the same way (现将拟表彰名单予以公示) is none. So is a disclosure of the funds spent beside
the cases handled put out in other words (…资金使用、案件办理…等相关情况公布如下, …经费使用情况予以公开), under a title naming
the year's work or not; a report made public so (现将2023年度法治政府建设情况公布如下) stays a report, and so does a bureau's
summary telling its legal aid and funds.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_NOTICE = ("根据《中华人民共和国法律援助法》有关规定,现将青禾县法律援助中心2024年度办理法律援助案件、使用法律援助经费"
           "等情况{verb}公示,自觉接受社会监督。\n一、案件办理情况\n2024年,中心共办理法律援助案件355件。\n")
_LIST = "根据评选办法,现将2024年度拟表彰先进集体名单予以公示,公示期为五个工作日。\n一、先进集体\n青禾县司法局。\n"

_DISCLOSED = ("2023年度全市法律援助工作相关情况\n根据有关规定,现将本市2023年度法律援助资金使用、案件办理、质量考核结果等"
              "相关情况{verb}:\n一、资金使用情况\n全年业务经费支出858万元。\n二、案件办理情况\n全年办理法律援助案件6956件。\n")
_PUBLISHED_REPORT = ("青禾县2023年度法治政府建设情况\n根据有关规定,现将本县2023年度法治政府建设情况公布如下:\n一、主要工作\n"
                     "全年审查规范性文件26件。\n二、存在的问题\n基层力量薄弱。\n")
_SUMMARY = ("县司法局2024年工作总结\n2024年,县司法局坚持以习近平法治思想为指导。\n一、主要工作\n法律援助中心全年办理法律援助"
            "案件503件,经费使用情况良好。\n二、2025年工作打算\n")

CASES = [
    ("funds and cases disclosed under the year's title", _DISCLOSED.format(verb="公布如下"), "kind", "statistics"),
    ("…made public", _DISCLOSED.format(verb="予以公开"), "kind", "statistics"),
    ("…of the year they are of", _DISCLOSED.format(verb="公布如下"), "report_year", 2023),
    ("a report made public", _PUBLISHED_REPORT, "kind", "annual_report"),
    ("a summary telling its legal aid and funds", _SUMMARY, "kind", "annual_report"),
    ("figures put up for view", _NOTICE.format(verb="予以"), "kind", "statistics"),
    ("…with 进行", _NOTICE.format(verb="进行"), "kind", "statistics"),
    ("…of the year they are of", _NOTICE.format(verb="予以"), "report_year", 2024),
    ("a list put up for view", _LIST, "kind", "other"),
    ("…of no year reported on", _LIST, "report_year", None),
]


@pytest.mark.parametrize(("case", "text", "field", "expected"), CASES, ids=[c[0] for c in CASES])
def test_public_notices(case, text, field, expected):
    assert read(text, field) == expected
