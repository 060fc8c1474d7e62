"""A table's row or column of a share (涉企行政复议案件 | 45件, a column headed 涉企), as the share said in a sentence: a
part of the year's whole, not its figure.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text", [
    "2024年行政复议案件情况\n项目 | 数量 | 占比\n新收行政复议案件 | 320件 | 100%\n涉企行政复议案件 | 45件 | 14.06%",
    "类别 | 新收 | 涉企 | 涉企占比\n行政复议 | 320件 | 45件 | 14.06%",
])
def test_a_tables_share_row_or_column_gives_no_figure(text):
    assert facts(text) == [("reconsideration_received", 320, 2024, False)]


def test_a_tables_rows_of_the_whole_give_theirs():
    text = "2024年行政复议案件情况\n项目 | 数量\n新收行政复议案件 | 320件\n纠错案件 | 26件"
    assert facts(text) == [("reconsideration_corrected", 26, 2024, False), ("reconsideration_received", 320, 2024, False)]
