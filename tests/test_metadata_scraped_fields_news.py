"""A scrape laying an item out in labelled fields (标题:… / 作者:… / 正文:…): the title is the 标题 field's text without
its label, blanks before the colon or not; a lead passing on another's news (据某局召开的会议消息,…), after the 正文 label
or not, tells a news item, whose year is the one it reports, and names no author: the body whose news it passes on is no
issuer. A report counting its own work (据统计,…发布政务消息…) stays a report.

Every text below is written for these tests; the names and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_HEADLINE = "全县行政复议案件办理质效稳步提升"
_LEAD = "据青禾县司法局召开的全县行政复议工作会议消息,2023年,全县共受理行政复议案件326件,纠错率为11.2%。\n"

SCRAPES = [
    ("fields with colons", f"标题:{_HEADLINE}\n正文:{_LEAD}"),
    ("an empty author's field between", f"标题:{_HEADLINE}\n作者:\n正文:{_LEAD}"),
    ("blanks before the colons", f"标题 : {_HEADLINE}\n正文 : {_LEAD}"),
    ("full-width colons, the lead below its label", f"标题：{_HEADLINE}\n正文：\n{_LEAD}"),
    ("labels in brackets", f"【标题】{_HEADLINE}\n【正文】{_LEAD}"),
    ("no labels", f"{_HEADLINE}\n{_LEAD}"),
]


@pytest.mark.parametrize(("case", "text"), SCRAPES, ids=[c[0] for c in SCRAPES])
def test_a_scraped_news_item(case, text):
    assert read(text, "kind") == "news"
    assert read(text, "title") == _HEADLINE
    assert read(text, "report_year") == 2023
    assert read(text, "issuer") is None


def test_a_report_counting_its_own_work_is_no_news():
    text = ("青禾县司法局2023年法治政府建设年度报告\n2023年,我局认真贯彻上级部署,受理行政复议案件326件。\n"
            "据统计,全年通过门户网站发布政务消息1260条,回应群众关切。\n")
    assert read(text, "kind") == "annual_report"
