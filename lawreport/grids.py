"""Tables written as text: a heading row over rows of cells (structure stage).

Statistics releases and the annexes of reports set their figures out as tables.
An HTML table reaches the text as rows of tab-separated cells (readers/html.py);
a text file writes one with bars (指标 | 单位 | 本年累计) or with runs of spaces,
ideographic ones included (年份　受理纠纷（件）　调解成功（件）). A table here is a
run of at least two consecutive lines that one separator splits into the same
number of cells, at least three (two where bars or tabs split them: 县区 | 数量),
whose first line holds no figure but a year: that line heads the columns, and in
every other line the first cell that is no figure labels the row (a serial number
may come before it). A row below them may fill the first columns only and close
with empty cells, as a total spanning the table does (总计 | 183489 | ||||). The line with text above
the table is its caption, which names it or leads to it.
A line of ideographic spaces is read from the normalized text, where they are
spaces: a figure grouped by spaces (18 437) splits a space-separated row into one
cell too many. Such a row is mended when its groups make up exactly the cells it
has too many (人民调解受理案件数　件　15 862　14 930　6.2 under five headings: 15 862
and 14 930 are figures); otherwise it ends its table rather than shifting its columns.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from . import lazy_regex as regex
from .catalog import Catalog, compile_cached, compile_re_cached, get_catalog
from .dates import YEAR
from .derive import from_catalog
from .normalize import BOUNDED_FIGURE_CELL

_MIN_COLUMNS = 3  # cells of a row split at spaces: fewer are words of a line with a space between them
_MIN_RULED_COLUMNS = 2  # cells of a row split at bars or tabs, a table's own separators (县区 | 数量 / 甲县 | 100)
_MAX_LINE = 400  # characters: a longer line is prose
# A cell that is a figure, not a heading: digits with their grouping and decimals, then a percent sign
# or a measure word (198件).
_FIGURE = compile_cached(r"[-+]?\d[\d,. ]*(?:%|\p{Han}{1,2})?")
# A heading that is a year (2023年, 2023, 2023年度): group 1 the year.
YEAR_HEADING = compile_cached(rf"({YEAR})年?度?")
_SPACES = compile_cached(r" +")
# A figure's leading group and the groups of three digits that may follow it, a space apart (15 862, 1 234 567.5).
_LEADING_GROUP = compile_cached(r"[-+]?\d{1,3}")
_NEXT_GROUP = compile_cached(r"\d{3}(?:\.\d+)?%?")
_TABS = compile_cached(r"\t+")
_SEPARATORS = ("|", "\t", " ")  # what splits a row into cells: a line holding none is no row


class Cell(NamedTuple):
    start: int
    end: int
    text: str


class Grid(NamedTuple):
    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]
    caption: Cell | None  # the line above the heading row, blank lines aside: what names the table or leads to it


def find_grids(text: str) -> list[Grid]:
    """Every table of `text` (normalized), in order: those whose rows are lines of cells, and those flattened one
    cell a line under years (see _flattened)."""
    flattened = _flattened(text)
    grids = _ruled(text)
    return sorted(grids + flattened, key=lambda grid: grid.header[0].start) if flattened else grids


def _ruled(text: str) -> list[Grid]:
    """Every table of `text` whose rows are lines of cells, in order.

    Only a line holding a separator can be a row: the lines are read from the first such line to the
    last, and of those before only the last with text matters, as what may caption a table.
    """
    first = min((at for separator in _SEPARATORS if (at := text.find(separator)) >= 0), default=-1)
    if first < 0:
        return []  # no line is a row: most reports hold no table
    last = max(text.rfind(separator) for separator in _SEPARATORS)
    line_start = text.rfind("\n", 0, first) + 1
    end = text.find("\n", last)
    grids: list[Grid] = []
    run: list[tuple[Cell, ...]] = []
    kind = ""
    caption: Cell | None = None  # the last line with text above the run, when it is no row
    # the last line with text above this one and its start, when it is no row
    above = _last_with_text(text[:line_start])
    for line in text[line_start:end if end >= 0 else len(text)].split("\n"):
        separator, cells, spanning = _cells(line, line_start)
        if spanning and not (run and separator == kind and len(cells) < len(run[0])):
            separator, cells = "", ()  # a row of the first columns only, then empty cells: below a table's rows alone
        if run and separator == kind == " " and len(cells) > len(run[0]):
            cells = _regrouped(cells, len(run[0]), line, line_start)
        if run and (separator != kind or len(cells) != len(run[0]) and not spanning):
            _close(run, caption, grids)
            run = []
        if cells:
            if not run:
                kind, caption = separator, _stripped(*above) if above else None
            run.append(cells)
            above = None
        elif line and not line.isspace() and not _notes_unit(line):
            above = line, line_start  # text left once stripped: made a Cell only if a table follows
        line_start += len(line) + 1
    _close(run, caption, grids)
    return grids


@from_catalog
def _column_line(catalog: Catalog) -> re.Pattern[str] | regex.Pattern:
    """A line after the first holding a column heading of a period alone, as a flattened table's does (the first has
    no label's cell above it): a year (2023年, 2023, 2023年度) or the report's year or the one before named so (本年累计,
    上年同期: the catalog's [tables]). Its line break opens it, so that `re` skips ahead to one, where a pattern
    opening a line with ^ is tried at every character (some five times the time); in `regex` where a catalog's
    pattern is none `re` reads."""
    periods = f"{YEAR}年?度?|{catalog.column_this_year.pattern}|{catalog.column_last_year.pattern}"
    line = rf"\n[ \t]*(?:{periods})[ \t]*(?=\n|\Z)"
    try:
        return compile_re_cached(line)
    except re.error:
        return compile_cached(line)


def _is_period_column(cell: str) -> bool:
    catalog = get_catalog()
    return YEAR_HEADING.fullmatch(cell) is not None or catalog.column_this_year.fullmatch(cell) is not None \
        or catalog.column_last_year.fullmatch(cell) is not None


_TEXT_LINE = compile_cached(r"[^\n]*\S[^\n]*")
_LABEL_CELL_MAX = 30  # characters of a flattened table's label cell: a longer line is prose
_MIN_YEAR_COLUMNS = 2  # period headings of a flattened table: one alone over its figures is a label's pair (normalize)
_MAX_WORD_COLUMNS = 2  # columns of words closing a flattened table's rows (属性 / 约束性)
_MAX_LEADING_COLUMNS = 3  # columns opening a flattened table's rows before its figures (序号 / 指标 / 单位)
_SERIAL = compile_cached(r"\d{1,3}")  # a flattened row's serial number


def _flattened(text: str) -> list[Grid]:
    """The tables of `text` flattened one cell a line, as a page's table scraped cell by cell gives them: a heading of
    a label's cell over two periods or more, one a line (项目 / 2023年 / 2022年, 指标 / 本年累计 / 上年同期), then rows of
    a label and as many figures (人民调解案件 / 2345 / 2210), blank lines aside; the line with text above the heading
    captions it. A plan's table of indicators may open each row with a serial number and close it with a unit's cell
    before its figures (序号 / 指标 / 单位 / 2020年 / 2025年: 1 / 出庭应诉率 / % / 95 / 100), and close it with columns
    of words (属性: 约束性, 预期性): the heading's cells are read as those of the rows that read the most rows."""
    if _column_line().search(text) is None:
        return []  # most texts: no period stands alone on a line
    lines = [Cell(m.start(), m.end(), m.group()) for m in _TEXT_LINE.finditer(text)]
    grids: list[Grid] = []
    at = 0
    while at < len(lines):
        years = 0
        while at + 1 + years < len(lines) and _is_period_column(lines[at + 1 + years].text.strip()):
            years += 1
        if years < _MIN_YEAR_COLUMNS or not _is_label_cell(lines[at].text):
            at += 1
            continue
        heads = 1  # the lines of words ending at the label's heading that may head the row's opening columns
        while heads < _MAX_LEADING_COLUMNS and heads <= at and _is_label_cell(lines[at - heads].text):
            heads += 1
        leading, closing, rows = max(
            ((lead, words, _flattened_rows(lines, at + 1 + years + words, lead, years, words))
             for lead in range(1, heads + 1) for words in range(_MAX_WORD_COLUMNS + 1)
             if all(_is_label_cell(line.text) and not _is_period_column(line.text.strip())
                    for line in lines[at + 1 + years:at + 1 + years + words])),
            key=lambda read: (len(read[2]), -read[0] - read[1]))
        if rows:
            first = at + 1 - leading
            header = tuple(_stripped(cell.text, cell.start) for cell in lines[first:at + 1 + years + closing])
            above = next((line for line in reversed(lines[:first]) if not _notes_unit(line.text)), None)
            caption = _stripped(above.text, above.start) if above is not None else None
            grids.append(Grid(header, tuple(rows), caption))
        at += 1 + years + closing + len(rows) * (leading + years + closing) if rows else 1
    return grids


def _flattened_rows(lines: list[Cell], row: int, leading: int, years: int, words: int) -> list[tuple[Cell, ...]]:
    """The rows of a flattened table from line `row` on: `leading` cells of words, the first of several a serial
    number or words, then `years` figures and `words` cells of words."""
    rows: list[tuple[Cell, ...]] = []
    width = leading + years + words
    while row + width <= len(lines):
        cells = lines[row:row + width]
        opening, figures, closing = cells[:leading], cells[leading:leading + years], cells[leading + years:]
        if not all(_is_label_cell(cell.text) or (i == 0 < leading - 1 and _SERIAL.fullmatch(cell.text.strip()))
                   for i, cell in enumerate(opening)) or not all(
                (_FIGURE.fullmatch(cell.text.strip()) or BOUNDED_FIGURE_CELL.fullmatch(cell.text))
                and not YEAR_HEADING.fullmatch(cell.text.strip())
                for cell in figures) or not all(_is_label_cell(cell.text) for cell in closing):
            break
        rows.append(tuple(_stripped(cell.text, cell.start) for cell in cells))
        row += width
    return rows


def _is_label_cell(line: str) -> bool:
    """Whether a line may be a flattened table's label cell: short words, no figure, no sentence."""
    stripped = line.strip()
    return 0 < len(stripped) <= _LABEL_CELL_MAX and not _FIGURE.fullmatch(stripped) \
        and not any(mark in stripped for mark in "。,;:")


def _last_with_text(lines: str) -> tuple[str, int] | None:
    """The last of the lines with more than spaces in it, and where it starts."""
    stripped = lines.rstrip()
    start = stripped.rfind("\n") + 1
    return (stripped[start:], start) if stripped else None


def _stripped(line: str, start: int) -> Cell:
    """A line starting at `start`, without the spaces around its text."""
    stripped = line.strip()
    at = start + line.find(stripped)
    return Cell(at, at + len(stripped), stripped)


def _cells(line: str, start: int) -> tuple[str, tuple[Cell, ...], bool]:
    """The separator of a table row, its cells and whether empty cells close it (a total's row spanning the
    table: 总计 | 183489 | |||||), or ("", (), False) for a line that is none."""
    if len(line) > _MAX_LINE or len(line) < 2 * _MIN_RULED_COLUMNS - 1:
        return "", (), False
    least, spanning = _MIN_RULED_COLUMNS, False
    if "|" in line:
        separator, parts = "|", _split_at_bars(line)
        while len(parts) > least and not parts[-1][1]:
            parts.pop()
            spanning = True
    elif "\t" in line:
        separator, parts = "\t", _split(_TABS, line)
    elif " " in line and " " in line.strip():  # strip() copies the line: most have no space at all
        separator, parts, least = " ", _split(_SPACES, line), _MIN_COLUMNS
    else:
        return "", (), False
    cells = tuple(Cell(start + at, start + at + len(part), part) for at, part in parts if part)
    if len(cells) < least or len(cells) != len(parts):
        return "", (), False  # an empty cell among the others (||) leaves the columns unknown
    return separator, cells, spanning


def _regrouped(cells: tuple[Cell, ...], columns: int, line: str, line_start: int) -> tuple[Cell, ...]:
    """A space-separated row whose figures are grouped by spaces, as `columns` cells when every group that may
    continue a figure must do so for the row to fill them (15 862 14 930: 14 cannot continue 862); else as it was."""
    joins: set[int] = set()  # the cells that continue the figure before them
    for i in range(1, len(cells)):
        if _NEXT_GROUP.fullmatch(cells[i].text) and ((i - 1) in joins or _LEADING_GROUP.fullmatch(cells[i - 1].text)):
            joins.add(i)
    if len(cells) - len(joins) != columns:
        return cells
    merged: list[Cell] = []
    for i, cell in enumerate(cells):
        if i in joins:
            first = merged.pop()
            merged.append(Cell(first.start, cell.end, line[first.start - line_start:cell.end - line_start]))
        else:
            merged.append(cell)
    return tuple(merged)


def _split_at_bars(line: str) -> list[tuple[int, str]]:
    """The stripped cells between bars, with where each starts; bars opening or closing the line bound none."""
    parts: list[tuple[int, str]] = []
    at = 0
    for piece in line.split("|"):
        stripped = piece.strip()
        parts.append((at + (piece.index(stripped) if stripped else 0), stripped))
        at += len(piece) + 1
    if parts and not parts[0][1]:
        parts.pop(0)
    if parts and not parts[-1][1]:
        parts.pop()
    return parts


def _split(separator: regex.Pattern, line: str) -> list[tuple[int, str]]:
    """The cells of a line between runs of a separator, with where each starts."""
    parts: list[tuple[int, str]] = []
    at = len(line) - len(line.lstrip())
    body_end = len(line.rstrip())
    for gap in separator.finditer(line, at, body_end):
        parts.append((at, line[at:gap.start()]))
        at = gap.end()
    parts.append((at, line[at:body_end]))
    return parts


def _notes_unit(line: str) -> bool:
    """Whether a line above a table only notes its figures' unit (单位:件, (单位:件、%): catalog [tables] unit_note): it
    captions nothing, the line above it does."""
    return "单位" in line and get_catalog().unit_note.fullmatch(line.strip()) is not None


def _close(run: list[tuple[Cell, ...]], caption: Cell | None, grids: list[Grid]) -> None:
    """Keep a run of rows as a table when it has a heading row and a row of figures under it."""
    if len(run) < 2:
        return
    header = run[0]
    if any(_FIGURE.fullmatch(cell.text) and not YEAR_HEADING.fullmatch(cell.text) for cell in header):
        return  # a first row of figures heads nothing
    if not any(_FIGURE.fullmatch(cell.text) for row in run[1:] for cell in row[1:]):
        return  # rows of words: a list or a menu, not a table of figures
    grids.append(Grid(header, tuple(run[1:]), caption))


def row_label(row: tuple[Cell, ...]) -> Cell:
    """The cell that labels a row: its first that is no figure (a serial number may come before it)."""
    return next((cell for cell in row if not _FIGURE.fullmatch(cell.text)), row[0])


class GridIndex:
    """Where each cell of a text's tables is: the table, the row and the column holding an offset."""

    def __init__(self, grids: list[Grid]):
        self.grids = grids
        self._starts: list[int] = []
        self._cells: list[tuple[Cell, Grid, tuple[Cell, ...], int]] = []
        for grid in grids:
            for row in grid.rows:
                for column, cell in enumerate(row):
                    self._starts.append(cell.start)
                    self._cells.append((cell, grid, row, column))

    def across_cells(self, start: int, end: int) -> bool:
        """Whether [start, end) runs from a cell's start past its end into the next cell of its table (420 456 read as
        one figure grouped by a space, in a space-separated row whose cells 420 and 456 are)."""
        i = bisect_right(self._starts, start) - 1
        return i >= 0 and self._cells[i][0].start == start and self._cells[i][0].end < end \
            and i + 1 < len(self._starts) and self._starts[i + 1] < end

    def cell_at(self, start: int, end: int) -> tuple[Grid, tuple[Cell, ...], int] | None:
        """The table, row and column of the cell that [start, end) fills exactly, if any."""
        i = bisect_right(self._starts, start) - 1
        if i < 0:
            return None
        cell, grid, row, column = self._cells[i]
        return (grid, row, column) if cell.start == start and cell.end == end else None
