"""A part of the year with its year written before it (2017年前三季度, 2017年1-9月, 2017年上半年, 2017年前11个月) is that
year's part, however late the item is dated: a release of January 2018 on 2017年前三季度 reports on 2017, and so do its
figures without a year of their own. Without a year before it (前三季度, 今年上半年) the part is of the item's own year,
and after 去年 of the year before; a span's end (2015年至2017年上半年) dates no one year.

Every text below is written for these tests; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

from lawreport import extract

_HEAD = "青禾市行政调解工作情况通报\n\n2018-01-05 06:13 青禾日报\n\n"
_TOLD = _HEAD + "记者从市司法局获悉,{part},全市共办理法律援助案件1200件,同比增长12%。\n"
# The part in a later clause of a lead that opens with a span (自2015年施行以来,…每年均在…以上,2017年前三季度就达…).
_LATE = (_HEAD + "自2015年施行以来,全市行政机关受理的调解案件每年均在3万件以上,{part}就达4751件,调解成功3020件。\n\n"
         "昨天上午,市司法局召开新闻发布会。其中,各乡镇调解成功率为74%。\n")

CASES = [
    ("the first three quarters of a year written", _TOLD.format(part="2017年前三季度"), 2017),
    ("months one to nine of it", _TOLD.format(part="2017年1-9月"), 2017),
    ("…its first half", _TOLD.format(part="2017年上半年"), 2017),
    ("…its first eleven months", _TOLD.format(part="2017年前11个月"), 2017),
    ("…its first half, the year in Chinese digits", _TOLD.format(part="二〇一七年上半年"), 2017),
    ("…in a later clause of the lead", _LATE.format(part="2017年前三季度"), 2017),
    ("…its months one to eleven there", _LATE.format(part="2017年1-11月"), 2017),
    ("a part said of this year is the item's year's", _TOLD.format(part="今年前三季度"), 2018),
    ("…and of last year the year before", _TOLD.format(part="去年前三季度"), 2017),
    ("a span's end dates no one year", _TOLD.format(part="2015年至2017年上半年"), None),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_year_parts_year(case, text, expected):
    assert read(text, "report_year") == expected


def test_a_figure_without_a_year_of_its_own_takes_the_years_part():
    record = extract(_LATE.format(part="2017年前三季度"))
    assert [(rate.value, rate.year) for rate in record.rates] == [(74.0, 2017)]


def test_a_case_studys_last_year_beside_a_part_of_a_year_written():
    # 2023年上半年 is no 今年 beside the 去年 that dates the case's events: the case is of one year, 2023.
    text = ("邻里起争执 调解化心结\n发布日期:2024-05-20　来源:东山区司法局\n【案情简介】\n"
            "青禾村村民张某与李某因排水沟发生争执,去年冬天双方多次争吵。\n"
            "据了解,2023年上半年,青禾村调委会共受理纠纷60件,成功调解58件。")
    assert read(text, "kind") == "case_study"
    assert read(text, "report_year") == 2023
