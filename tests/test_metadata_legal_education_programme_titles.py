"""A title reviewing a five-year programme of legal education (“七五”普法工作总结, 八五普法中期自查报告) reports on the
programme's years, no one of them, as a title naming a plan's period (“十三五”…工作总结) does; the year its opening
paragraph starts from (2016年以来,…) is the span's first, not the report's. A year's report on its work for the
programme, its year written before it (2021年度“八五”普法工作总结), and a headline telling of the programme
(召开“八五”普法推进会, “七五”普法总结表彰大会) keep their own year.

Every text here is written for the test; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "\n{opening}，我区认真落实法治宣传教育部署，全区共开展普法活动380场。\n一、主要做法\n（一）压实普法责任。\n"


@pytest.mark.parametrize(("title", "opening", "expected"), [
    ("白沙区“七五”普法工作总结", "“七五”普法以来", None),
    ("白沙区“七五”普法工作总结", "2016年以来", None),
    ("白沙区关于“七五”普法工作情况的报告", "五年来", None),
    ("白沙区“八五”普法中期自查报告", "2023年", None),
    ("白沙区七五普法总结验收自查报告", "2020年", None),
    # a year's report on its work for the programme
    ("白沙区2022年度“八五”普法工作总结", "2022年", 2022),
    ("白沙区司法局2023年“八五”普法工作总结", "2023年", 2023),
])
def test_a_review_of_a_programme_of_legal_education_reports_no_one_year(title, opening, expected):
    assert read(title + _BODY.format(opening=opening), "report_year") == expected


@pytest.mark.parametrize("headline", ["白沙区召开“八五”普法工作推进会", "白沙区召开“七五”普法总结表彰大会"])
def test_a_headline_telling_of_the_programme_keeps_the_items_year(headline):
    text = headline + "\n本报讯 1月6日，白沙区召开会议。2022年，全区开展普法活动410场。\n"
    assert read(text, "report_year") == 2022
