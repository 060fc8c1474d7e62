"""lawreport.dates: years, dates and periods; an impossible day is no date."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lawreport import extract
from lawreport.dates import _MENTION, date_at, find_years, month_at, resolve


@pytest.mark.parametrize("written, expected", [
    ("2024年3月9日", "2024-03-09"),
    ("2024-03-09", "2024-03-09"),
    ("二〇二四年三月九日", "2024-03-09"),
    ("2024年2月29日", "2024-02-29"),  # a leap day
    ("9.3.2024", "2024-03-09"),  # a day written first, with dots
    ("29.02.2024", "2024-02-29"),
    ("2024 - 03 - 28", "2024-03-28"),  # a page's date spaced around its dashes
    ("2024 / 03 / 28", "2024-03-28"),  # …or its slashes
])
def test_real_days_are_dates(written, expected):
    assert date_at(written, 0)[0] == expected


@pytest.mark.parametrize("written", ["2023年2月30日", "2023-02-29", "2023年4月31日", "二〇二三年二月三十日",
                                     "1900年2月29日", "2023年13月1日", "2023年6月0日",
                                     "29.02.2023", "12.31.2023"])
def test_impossible_days_are_no_dates(written):
    assert date_at(written, 0) is None
    assert all(mention.kind != "date" for mention in find_years(written))


@pytest.mark.parametrize("written", ["第1.2.2023.1版", "编号3.12.20234", "文号0.1.2.2023"])
def test_dotted_runs_longer_than_a_day_month_and_year_are_no_days(written):
    assert all(mention.kind != "date" for mention in find_years(written))


@pytest.mark.parametrize("written", ["2021 - 2025年", "2023 / 2024 学年", "见附表2023 . 12 . 5"])
def test_spaced_separators_join_no_range_of_years_and_no_dotted_figures(written):
    assert all(mention.kind != "date" for mention in find_years(written))


@pytest.mark.parametrize("written, expected", [
    ("2024年 2月6日", "2024-02-06"),  # a justified line's stray space after 年
    ("2024年2月 6日", "2024-02-06"),  # …after 月
    ("2018年11月 12 日", "2018-11-12"),  # …and before 日
    ("2022 年 11 月 21 日", "2022-11-21"),  # every gap spaced
])
def test_a_day_with_stray_spaces_is_a_date(written, expected):
    assert date_at(written, 0)[0] == expected


@pytest.mark.parametrize("written, kind, value", [
    ("2024年 2月", "month", "2024-02"),  # a month spaced from its year gives no day
    ("2024年\n2月6日", "year", "2024"),  # a line break parts a year from the day below it
    ("2024年2月  6日", "month", "2024-02"),  # two blanks are a gap, not a stray space
])
def test_a_spaced_month_or_a_broken_line_invents_no_day(written, kind, value):
    first = find_years(written)[0]
    assert (first.kind, first.value) == (kind, value)


@pytest.mark.parametrize("sign_off, expected", [
    ("青禾市司法局\n2024年3月 18日", "2024-03-18"),
    ("青禾县司法局\n2024年 2月6日", "2024-02-06"),
    ("青禾县司法局\n2024年2月6日", "2024-02-06"),
    ("青禾县司法局\n2024年 2月", None),  # a month alone: no day invented
])
def test_a_sign_off_with_a_stray_space_dates_the_report(sign_off, expected):
    record = extract("现将2023年度青禾县法律援助中心案件办理情况公示如下:\n全年共受理法律援助案件1123件。\n" + sign_off + "\n")
    assert record.published == expected


@pytest.mark.parametrize("written, expected", [
    ("2024年元月30日", ("date", "2024-01-30")),
    ("二〇二四年元月三十日", ("date", "2024-01-30")),
    ("2024年元月", ("month", "2024-01")),
    ("2024年元旦", ("year", "2024")),  # the new year's day names no month
])
def test_the_first_month_said_by_its_old_name_is_january(written, expected):
    first = find_years(written)[0]
    assert (first.kind, first.value) == expected


def test_a_sign_off_in_the_first_month_by_its_old_name_dates_the_report():
    record = extract("现将2023年度青禾县法律援助中心案件办理情况公示如下:\n全年共受理法律援助案件1123件。\n青禾县司法局\n"
                     "2024年元月30日\n")
    assert record.published == "2024-01-30"


def test_a_day_written_first_dates_the_page():
    record = extract("某县司法局2015年法治工作总结\n发布时间：21.03.2016\n2015年，县司法局全年办理法律援助案件120件。")
    assert record.published == "2016-03-21"


def test_impossible_publication_date_is_no_date():
    record = extract("发布时间：2023年2月30日\n某县司法局2022年工作总结\n2022年，县司法局全年办理法律援助案件120件。")
    assert record.published is None


@given(st.integers(1900, 2099), st.integers(1, 12), st.integers(1, 31))
def test_a_written_day_is_a_date_exactly_when_the_calendar_has_it(year, month, day):
    try:
        expected = datetime.date(year, month, day).isoformat()
    except ValueError:
        expected = None
    found = date_at(f"{year}年{month}月{day}日", 0)
    assert (found[0] if found else None) == expected


_PIECES = ["2023", "2019", "20", "19", "1", "0", "12", "31", "年", "年度", "月", "日", "号", "-", "/", ".", "至", "—", " ",
           "\n", "二〇二三", "〇", "零", "一", "九", "二", "十", "十四五", "五", "“", "”", "七五", "普法", "规划", "期间", ",", "。", "法"]


@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_mentions_are_found_wherever_finditer_finds_them(text):
    expected = [(m.span(), resolve(m)) for m in _MENTION.finditer(text)]
    assert [((y.start, y.end), (y.kind, y.value)) for y in find_years(text)] == [e for e in expected if e[1]]


@pytest.mark.parametrize("written, expected", [
    ("2025年3月", "2025-03"), ("二〇二五年三月", "2025-03"), ("2025年3月8日", "2025-03-08"),
])
def test_a_month_or_a_day_fills_a_cover_date(written, expected):
    assert month_at(written, 0, len(written))[0] == expected


@pytest.mark.parametrize("written", ["2025年", "2025年3月于北京", "2021-2025年", "2025年13月"])
def test_a_year_a_place_or_a_span_is_no_cover_date(written):
    assert month_at(written, 0, len(written)) is None
