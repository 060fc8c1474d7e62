"""A year written in Chinese digits (二〇二三年, 二零二二年度) dates a figure and names a report's year as one in
Arabic digits does; a date written in words (二〇二四年五月) is left to the date rules.

Every text here is written for the test; the courts and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field
from test_metric_families import facts


@pytest.mark.parametrize("text, expected", [
    ("二〇二二年,本院新收一审行政诉讼案件一百二十六件,行政机关败诉率为百分之六点二。",
     [("litigation_first_instance", 126, 2022, False), ("litigation_loss_rate", 6.2, 2022, False)]),
    ("二零二二年度全市行政机关负责人出庭应诉率为98.1%。", [("head_appearance_rate", 98.1, 2022, False)]),
    # a numeral that is no year dates nothing
    ("全市新收一审行政诉讼案件一千二百二十三件。", [("litigation_first_instance", 1223, 2024, False)]),
])
def test_a_year_in_chinese_digits_dates_the_figure(text, expected):
    assert facts(text) == expected


_BODY = "\n一、基本情况\n本院全年新收一审行政诉讼案件三百零二件,审结二百九十六件。\n"


@pytest.mark.parametrize("text, expected", [
    ("青禾区人民法院二〇二三年度行政诉讼案件司法审查报告" + _BODY, 2023),
    ("青禾区人民法院行政诉讼案件司法审查报告" + _BODY, None),
])
def test_a_title_year_in_chinese_digits_is_the_report_year(text, expected):
    assert metadata_field(text, "report_year") == expected
