"""Tables written as text: which runs of lines are tables, their heading row, rows and caption."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from lawreport import grids
from lawreport.catalog import get_catalog
from lawreport.dates import YEAR
from lawreport.grids import GridIndex, find_grids


def texts(grid):
    return [c.text for c in grid.header], [[c.text for c in row] for row in grid.rows]


@pytest.mark.parametrize("separator", [" | ", "\t", "\t\t", "  ", " "])
def test_rows_split_by_one_separator_make_a_table(separator):
    rows = [["年份", "受理(件)", "成功率"], ["2021年", "812", "98.5%"], ["2022年", "1,034", "98.6%"]]
    text = "情况统计\n" + "\n".join(separator.join(row) for row in rows) + "\n\n正文继续。"
    [grid] = find_grids(text)
    assert texts(grid) == (rows[0], rows[1:])
    assert grid.caption is not None and grid.caption.text == "情况统计"
    for row in grid.rows:
        for cell in row:
            assert text[cell.start:cell.end] == cell.text


def test_bars_at_the_ends_of_a_row_bound_no_cell():
    [grid] = find_grids("| 项目 | 件数 | 占比 |\n| 新收 | 97 | 100% |\n")
    assert texts(grid) == (["项目", "件数", "占比"], [["新收", "97", "100%"]])


def test_a_heading_row_of_years_heads_its_columns():
    [grid] = find_grids("案件类型 | 2021年 | 2022年\n行政处罚 | 198件 | 241件\n")
    assert [c.text for c in grid.header] == ["案件类型", "2021年", "2022年"]


@pytest.mark.parametrize("text", [
    "武陵区 | 268 | 201\n鼎城区 | 215 | 160\n",  # a first row of figures heads nothing
    "首页 | 政务公开 | 互动交流\n关于我们 | 联系方式 | 网站地图\n",  # rows of words: a menu
    "项目 | 件数 | 占比\n",  # a heading with no row
    "项目 | 件数 | 占比\n新收 | 97 |\n",  # an empty cell leaves the columns unknown
])
def test_no_table(text):
    assert find_grids(text) == []


def test_a_row_of_another_width_ends_the_table():
    # 1 034 998 makes two figures of four groups more than one way (1 034 | 998, 1 | 034 998): no cells are sure
    text = "年份 受理 成功 成功率\n2021年 812 800 98.5%\n2022年 1 034 998 98.6%\n"
    [grid] = find_grids(text)
    assert [[c.text for c in row] for row in grid.rows] == [["2021年", "812", "800", "98.5%"]]


@pytest.mark.parametrize(("row", "cells"), [
    ("2022年　1 034　98.6%", ["2022年", "1 034", "98.6%"]),
    ("人民调解受理案件数　15 862　14 930", ["人民调解受理案件数", "15 862", "14 930"]),  # 14 cannot continue 862
    ("公证件数　1 234 567　41", ["公证件数", "1 234 567", "41"]),
])
def test_figures_grouped_by_spaces_in_a_space_separated_row_are_one_cell_each(row, cells):
    text = "指标 本年 上年\n法律援助案件数 812 800\n" + row.replace("　", " ") + "\n"
    [grid] = find_grids(text)
    assert [[c.text for c in r] for r in grid.rows] == [["法律援助案件数", "812", "800"], cells]
    assert all(text[c.start:c.end] == c.text for c in grid.rows[1])


def test_the_caption_is_the_last_line_with_text_above_the_rows_however_far():
    text = "一、概况\n全年办理情况如下：\n\n\n项目 | 件数 | 占比\n新收 | 97 | 100%\n"
    [grid] = find_grids(text)
    assert grid.caption is not None and grid.caption.text == "全年办理情况如下："
    assert text[grid.caption.start:grid.caption.end] == grid.caption.text


def test_rows_right_under_a_row_of_words_have_no_caption():
    [grid] = find_grids("说明 词语 另起\n项目 | 件数 | 占比\n新收 | 97 | 100%\n")
    assert grid.caption is None


@pytest.mark.parametrize("between", ["\n", "注：单位为件\n"])
def test_a_line_without_a_separator_between_rows_ends_the_table(between):
    text = "项目 | 件数 | 占比\n新收 | 97 | 100%\n" + between + "办结 | 95 | 98%\n"
    [grid] = find_grids(text)
    assert [[c.text for c in row] for row in grid.rows] == [["新收", "97", "100%"]]


def test_a_text_without_any_separator_has_no_table():
    assert find_grids("项目：件数：占比\n新收97件，占100%。\n办结95件。") == []


def test_cell_at_finds_only_a_cell_a_span_fills():
    text = "项目 | 件数 | 占比\n新收 | 97 | 100%\n"
    index = GridIndex(find_grids(text))
    at = text.index("97")
    grid, row, column = index.cell_at(at, at + 2)
    assert (row[0].text, column, grid.header[column].text) == ("新收", 1, "件数")
    assert index.cell_at(at, at + 1) is None
    assert index.cell_at(0, 2) is None  # the heading row is no row of figures


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="年份件数 |\t\n1,.%2新收", max_size=200))
def test_any_text_gives_cells_that_slice_it(text):
    for grid in find_grids(text):
        # a row has the heading's cells, or its first ones only where empty cells close it (总计 | 183 | ||||)
        assert len(grid.rows) >= 1 and all(2 <= len(row) <= len(grid.header) for row in grid.rows)
        assert len(grid.header) >= (2 if "|" in text or "\t" in text else 3)
        for cell in (*grid.header, *(c for row in grid.rows for c in row)):
            assert cell.text and text[cell.start:cell.end] == cell.text


def test_a_table_flattened_one_cell_a_line_under_years_is_read_by_its_rows():
    text = ("白沙区主要业务数据\n\n项目\n\n2024年\n\n2023年\n\n办理公证(件)\n\n4120\n\n3900\n\n调解成功率\n\n98.6%\n\n98.2%\n\n"
            "以上数据由区司法局提供。\n")
    [grid] = find_grids(text)
    assert texts(grid) == (["项目", "2024年", "2023年"], [["办理公证(件)", "4120", "3900"], ["调解成功率", "98.6%", "98.2%"]])
    assert grid.caption is not None and grid.caption.text == "白沙区主要业务数据"
    for row in grid.rows:
        for cell in row:
            assert text[cell.start:cell.end] == cell.text


def test_a_flattened_table_s_periods_may_be_named_so():
    [grid] = find_grids("指标\n本年累计\n上年同期\n人民调解受理案件(件)\n1 586\n1 432\n")
    assert texts(grid) == (["指标", "本年累计", "上年同期"], [["人民调解受理案件(件)", "1 586", "1 432"]])


@pytest.mark.parametrize("text", [
    "项目\n2024年\n办理公证(件)\n4120\n法律援助案件(件)\n523\n",  # one year: a label's pairs, run together by normalize
    "项目\n2024年\n2023年\n全年共办理公证4120件,同比增长5%。\n",  # prose under the years
    "2024年\n2023年\n4120\n3900\n",  # no label's cell over the years
])
def test_no_flattened_table(text):
    assert find_grids(text) == []


def test_tables_of_both_kinds_are_in_order():
    text = "年份 | 受理(件)\n2023年 | 812\n\n项目\n2024年\n2023年\n办结(件)\n800\n790\n"
    assert [texts(grid)[0] for grid in find_grids(text)] == [["年份", "受理(件)"], ["项目", "2024年", "2023年"]]


_LINES = st.lists(st.sampled_from(["项目", "指标", "办理公证(件)", "4120", "3900", "2023年", " 2024 ", "2022年度",
                                   "本年累计", "上年同期", "同期 ", "全年办理公证4120件。", "", "  "]), max_size=12)


@given(_LINES)
def test_the_flattened_tables_gate_finds_every_period_a_heading_may_hold(lines):
    """The gate asked before a flattened table is read (a period alone on a line after the first, its line break
    opening it) finds one wherever a line after the first holds a period alone, as a plain search of each line does."""
    catalog = get_catalog()
    period = regex.compile(rf"[ \t]*(?:{YEAR}年?度?|{catalog.column_this_year.pattern}"
                           rf"|{catalog.column_last_year.pattern})[ \t]*")
    text = "\n".join(lines)
    expected = any(period.fullmatch(line) for line in lines[1:])
    assert (grids._column_line().search(text) is not None) == expected
