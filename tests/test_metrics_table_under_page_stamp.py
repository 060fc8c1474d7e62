"""A data release's table set right under the page's stamp (发布时间:2024-01-22, 来源:…, a day alone): the line above the
table is no caption, and the day the release was put out dates none of its figures; the year its title names does
(2023年…业务数据, put out in 2024). A caption naming a year of its own still dates the table.

Every text here is written for the test.
"""

from __future__ import annotations

import pytest

from lawreport import extract

_TABLE = "指标 | 单位 | 数量\n人民调解案件 | 件 | 2740\n调解成功率 | % | 98.2\n法律援助案件 | 件 | 615\n"


def _facts(text: str) -> list[tuple[str, float, int | None]]:
    return sorted((m.key, m.value, m.year) for m in extract(text).metrics)


_OF_2023 = [("legal_aid_cases", 615, 2023), ("mediation_cases", 2740, 2023), ("mediation_success_rate", 98.2, 2023)]


@pytest.mark.parametrize("stamp", [
    "发布时间:2024-01-22",
    "发布日期:2024年1月22日  来源:市司法局",
    "来源:县司法局",
    "2024-01-22",
])
def test_a_table_under_the_pages_stamp_is_of_the_titles_year(stamp):
    assert _facts(f"2023年全市司法行政主要业务数据\n{stamp}\n{_TABLE}") == _OF_2023


def test_an_undated_release_under_its_stamp_gives_no_year():
    assert {year for *_, year in _facts(f"全市司法行政主要业务数据\n发布时间:2024-01-22\n{_TABLE}")} == {None}


@pytest.mark.parametrize("caption, year", [
    ("2023年全市司法行政业务数据统计表", 2023),  # a caption of the title's year
    ("截至2024年6月30日全市司法行政业务数据", 2024),  # a caption dating the table to a day: not a stamp
])
def test_a_caption_naming_a_year_still_dates_its_table(caption, year):
    assert {y for *_, y in _facts(f"全市司法行政主要业务数据\n{caption}\n{_TABLE}")} == {year}
