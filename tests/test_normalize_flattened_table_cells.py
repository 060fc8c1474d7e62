"""A table flattened one cell a line, each label's line over its figure's (受理行政复议案件 / 126件 / 直接纠错率 / 8.47%):
the label and its figure read as one row; a lone heading over a figure, dates and a column's cells do not."""

from __future__ import annotations

import pytest

from lawreport import extract
from lawreport.normalize import normalize, normalize_mapped

_HEAD = "青禾县司法局2023年法治政府建设情况报告\n2023年，青禾县扎实推进法治政府建设，各项工作取得新成效。\n附表：主要指标\n"


def test_labels_over_their_figures_read_as_rows():
    raw = _HEAD + ("办结行政复议案件\n205件\n一审行政诉讼案件\n163件\n行政机关负责人出庭应诉率\n97.6%\n"
                   "法律援助案件\n1 302件\n办理公证\n4,118件\n")
    found = {(m["key"], m["value"], m["evidence"]["text"]) for m in extract(raw).model_dump()["metrics"]}
    assert found >= {("reconsideration_closed", 205, "办结行政复议案件\n205件"),
                     ("litigation_first_instance", 163, "一审行政诉讼案件\n163件"),
                     ("head_appearance_rate", 97.6, "行政机关负责人出庭应诉率\n97.6%"),
                     ("notarizations", 4118, "办理公证\n4,118件")}


@pytest.mark.parametrize("tail", [
    "主要指标完成情况\n205件\n",  # one heading over one figure: no table shows
    "成文日期\n2023年\n发布日期\n2024年\n",  # dates, not figures
    "一、复议案件\n205件\n二、诉讼案件\n163件\n",  # numbered headings
    "全年办结行政复议案件，同比有所增加\n205件\n一审行政诉讼案件，同比下降\n163件\n",  # clauses, not labels
    "办结行政复议案件\n一审行政诉讼案件\n205件\n163件\n",  # a column of labels, then one of figures: which is whose?
])
def test_lines_that_make_no_label_and_figure_pairs_are_kept_apart(tail):
    raw = _HEAD + tail
    assert normalize_mapped(raw).copy == normalize(raw)
