"""Statistics tables whose caption names the measure over a column headed only 数量: the total row (总计 | N) is the
caption's figure, in a table of two columns (县区 | 数量) and in a wide one whose total row spans it with empty cells
(总计 | 183 | ||||)."""

from __future__ import annotations

from lawreport import extract
from lawreport.grids import find_grids

_HEAD = "白沙市2023年行政复议、行政应诉案件统计数据\n来源:白沙市司法局 发布时间:2024-03-02\n"


def _metrics(raw: str) -> list[tuple[str, float, int | None]]:
    return sorted((m["key"], m["value"], m["year"]) for m in extract(raw).model_dump()["metrics"])


def test_the_total_row_of_a_two_column_table_is_the_figure_its_caption_names():
    raw = (_HEAD + "表1:各县区受理行政复议案件情况\n县区 | 数量\n青禾县 | 96\n白沙区 | 71\n总计 | 167\n"
           "表2:各县区一审行政应诉案件情况\n县区 | 数量\n青禾县 | 38\n白沙区 | 25\n合计 | 63\n")
    assert _metrics(raw) == [("litigation_first_instance", 63, 2023), ("reconsideration_received", 167, 2023)]


def test_a_total_row_spanning_a_wide_table_with_empty_cells_is_read():
    raw = (_HEAD + "表1:各县区受理行政复议案件情况(按数量降序排列)\n"
           "县区  | 数量  | 县区  | 数量  | \n青禾县  | 96  | 白沙区  | 71  | \n云台县  | 40  | 石门县  | 12  | \n"
           "总计  | 219  | ||||\n")
    assert _metrics(raw) == [("reconsideration_received", 219, 2023)]


def test_a_part_row_and_a_caption_naming_no_measure_give_nothing():
    # the rows above the total are its parts; a caption naming no measure leaves the total unnamed
    raw = _HEAD + "表1:各县区情况\n县区 | 数量\n青禾县 | 96\n白沙区 | 71\n总计 | 167\n"
    assert _metrics(raw) == []
    raw = _HEAD + "表1:各县区受理行政复议案件情况\n县区 | 数量\n青禾县 | 96\n白沙区 | 71\n"
    assert _metrics(raw) == []


def test_a_total_of_years_rows_is_no_years_figure():
    raw = _HEAD + "表1:近两年受理行政复议案件情况\n年份 | 数量\n2022年 | 150\n2023年 | 167\n合计 | 317\n"
    assert ("reconsideration_received", 317, 2023) not in _metrics(raw)


def test_a_row_closed_by_empty_cells_heads_no_table():
    # a line of the first columns only, then empty cells, is no heading row: the lines below it are no table's
    raw = _HEAD + "表1:受理行政复议案件情况\n总计 | 数量 | ||||\n青禾县 | 96\n白沙区 | 71\n"
    assert _metrics(raw) == []


def test_two_columns_split_at_bars_make_a_table():
    [grid] = find_grids("项目 | 件数\n受理行政复议案件 | 97\n")
    assert [cell.text for cell in grid.header] == ["项目", "件数"]
    # a row's label naming the measure, its figure bare: read from the table, as prose reads no bare figure
    assert _metrics(_HEAD + "表1:主要指标\n项目 | 件数\n受理行政复议案件 | 97\n") == [("reconsideration_received", 97, 2023)]
    assert find_grids("项目 件数\n新收 97\n") == []  # split at spaces, two words are no row


def test_the_total_row_of_two_columns_under_a_heading_naming_the_measure_is_read():
    raw = _HEAD + "表1:各县区情况\n县区 | 受理行政复议案件 |\n青禾县 | 96 |\n白沙区 | 71 |\n合计 | 167 |\n"
    assert _metrics(raw) == [("reconsideration_received", 167, 2023)]
