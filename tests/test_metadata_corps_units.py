"""A unit of the production corps by its number (一五二团, 第九师一六八团) or a farm by its name (五一农场) authors a yearly
report whose title it opens before the year, or whose opening it opens before its predicate; units of a kind (各农场,
团场) and a unit the opening only tells of are none.

Every text here is written for the test; the units' work and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field

_BODY = "\n　　{year}年，{subject}坚持以习近平法治思想为指引，全面推进法治建设，受理行政复议案件3件。\n"


@pytest.mark.parametrize("title, subject, issuer", [
    ("一五二团2023年法治政府建设情况报告", "团党委", "一五二团"),
    ("第九师一六八团2023年度法治政府建设工作报告", "团党委", "第九师一六八团"),
    ("五一农场2023年法治建设工作情况报告", "农场党委", "五一农场"),
    ("2023年法治政府建设工作情况报告", "一二一团", "一二一团"),
    ("2023年法治政府建设工作情况报告", "八五三农场", "八五三农场"),
    ("2023年法治政府建设工作情况报告", "各农场", None),
    ("2023年法治政府建设工作情况报告", "团场", None),
])
def test_a_corps_unit_or_a_farm_authors_its_yearly_report(title, subject, issuer):
    assert metadata_field(title + _BODY.format(year=2023, subject=subject), "issuer") == issuer


def test_a_unit_the_opening_tells_of_is_no_author():
    text = "2023年法治政府建设工作情况报告\n　　2023年，一二一团的法治宣传活动走进连队，受理行政复议案件3件。\n"
    assert metadata_field(text, "issuer") is None
