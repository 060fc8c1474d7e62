"""A date alone on its line right under the text's title is the release's own date, as a paper's page or a portal
prints it; a date that is not alone on its line there, or stands under another line, is not. So is a day a portal runs
onto the title's own line after a blank (…报告 2025-03-10, …报告 [2025-03-10]), cut from the title."""

from __future__ import annotations

import pytest

from tests.conftest import metadata_field

BODY = "2024年,青禾市坚持依法行政,全市新收行政复议案件320件。现将有关情况报告如下。\n一、主要成效\n全年办理法律援助案件1200件。\n"


@pytest.mark.parametrize("head, published", [
    ("青禾市2024年法治政府建设情况报告\n\n2025年03月10日\n\n", "2025-03-10"),
    ("青禾市2024年法治政府建设情况报告\n2025年3月8日\n", "2025-03-08"),
    # a line with more than the date, and a date under a line that is neither the title nor a body
    ("青禾市2024年法治政府建设情况报告\n(2025年1月10日在市政府常务会议上)\n", None),
    ("青禾市2024年法治政府建设情况报告\n法治政府建设专栏\n2025年3月8日\n", None),
])
def test_a_date_alone_under_the_title_is_the_release_date(head, published):
    assert metadata_field(head + BODY, "published") == published


@pytest.mark.parametrize("head, published", [
    ("青禾市2024年法治政府建设情况报告 2025-03-10\n", "2025-03-10"),
    ("青禾市2024年法治政府建设情况报告 [2025-03-10]\n", "2025-03-10"),
    ("关于青禾市2024年法治政府建设情况的报告  2025-03-10 09:30\n", "2025-03-10"),
    # a month alone after the title dates no page
    ("青禾市2024年法治政府建设情况报告 2025-03\n", None),
])
def test_a_day_run_onto_the_titles_line_is_the_pages(head, published):
    assert metadata_field(head + BODY, "published") == published


def test_a_bracketed_day_is_cut_from_the_title():
    text = "青禾市2024年法治政府建设情况报告 [2025-03-10]\n" + BODY
    assert (metadata_field(text, "title"), metadata_field(text, "report_year")) == ("青禾市2024年法治政府建设情况报告", 2024)
