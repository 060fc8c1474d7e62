"""Spaces a conversion left inside a figure's statement: one where a web page's line break became a space inside a
metric's label (调解 成功率98.5%) parts nothing, the evidence still the text as written, space included; a space
before a label that opens after it (全县 调解成功率) or between two names stays. A line a PDF's text layer spaced
whole, one space after each character (受 理 行 政 复 议 案 件 1 2 3 件), or a clause of it, reads as the line unspaced, the evidence
indexing the text as written. Every sentence below is written for these tests."""

from __future__ import annotations

import pytest
from test_normalize_stray_marks import _HEAD, _read  # the report's head and the reading of its figures, shared

from lawreport.normalize import normalize_mapped


@pytest.mark.parametrize(("body", "metric", "rate"), [
    ("全年调解 成功率98.5%。\n", ("mediation_success_rate", 98.5, "调解 成功率98.5%"), ("调解成功率", 98.5)),
    ("2024年行政复议 纠错率为12.5%,较上年有所下降。\n",
     ("reconsideration_correction_rate", 12.5, "行政复议 纠错率为12.5%"), ("行政复议纠错率", 12.5)),
    ("本局推动行政机关负责人 出庭应诉率达到100%。\n",
     ("head_appearance_rate", 100, "行政机关负责人 出庭应诉率达到100%"), ("行政机关负责人出庭应诉率", 100)),
])
def test_a_space_inside_a_label_parts_nothing(body, metric, rate):
    metrics, rates = _read(body)
    assert metrics == [metric]
    assert rates == [rate]


@pytest.mark.parametrize(("body", "metric", "rate"), [
    # two spaces, a tab, an ideographic space: inside a label, or between a label and the connectors to its figure
    ("我区行政复议  纠错率为11.8%。\n",
     ("reconsideration_correction_rate", 11.8, "行政复议  纠错率为11.8%"), ("行政复议纠错率", 11.8)),
    ("全镇调解\t成功率达97.6%。\n", ("mediation_success_rate", 97.6, "调解\t成功率达97.6%"), ("调解成功率", 97.6)),
    ("本局行政机关负责人出庭应诉率\u3000为100%。\n",
     ("head_appearance_rate", 100, "行政机关负责人出庭应诉率\u3000为100%"), ("行政机关负责人出庭应诉率", 100)),
    ("2023年全县调解成功率 达到96.4%。\n",
     ("mediation_success_rate", 96.4, "调解成功率 达到96.4%"), ("调解成功率", 96.4)),
])
def test_blanks_inside_a_label_or_before_its_connectors_part_nothing(body, metric, rate):
    metrics, rates = _read(body)
    assert metrics == [metric]
    assert rates == [rate]


@pytest.mark.parametrize(("body", "kept"), [
    ("全市调解成功率 全省第3,同比提升。\n", "成功率 全省"),  # words no connectors: the space stays
    ("全县 为98%以上。\n", "全县 为"),  # no label before it
    ("全县  调解成功率98.5%。\n", "全县  调解"),
])
def test_blanks_before_other_words_stay(body, kept):
    assert kept in normalize_mapped(_HEAD + body).copy


def test_a_space_inside_a_counts_label_parts_nothing():
    metrics, _ = _read("全市受理行政复议 案件216件,同比增长8%。\n")
    assert ("reconsideration_received", 216, "受理行政复议 案件216件") in metrics


@pytest.mark.parametrize(("body", "kept"), [
    ("全县 调解成功率98.5%。\n", "全县 调解"),
    ("我区 出庭应诉率100%。\n", "我区 出庭"),
    ("青禾县人民政府 青禾县司法局2024年3月印发\n", "人民政府 青禾县"),
])
def test_a_space_before_a_label_or_between_names_stays(body, kept):
    assert kept in normalize_mapped(_HEAD + body).copy


@pytest.mark.parametrize(("body", "expected"), [
    ("受 理 行 政 复 议 案 件 1 2 3 件\n", [("reconsideration_received", 123, "受 理 行 政 复 议 案 件 1 2 3 件")]),
    ("  全 市 办 理 法 律 援 助 案 件 4 5 6 件 , 调 解 成 功 率 达 9 7 . 2 % 。 \n",
     [("legal_aid_cases", 456, "法 律 援 助 案 件 4 5 6 件"),
      ("mediation_success_rate", 97.2, "调 解 成 功 率 达 9 7 . 2 %")]),
    # a sentence of a line spaced so, after a sentence's end
    ("全年各项工作有序推进。受 理 行 政 复 议 案 件 8 7 件 。其余工作按计划开展。\n",
     [("reconsideration_received", 87, "受 理 行 政 复 议 案 件 8 7 件")]),
    # a clause spaced so, after a clause's mark, running into its figure written unspaced or ending at a clause's mark
    ("全年受理行政复议案件64件,调 解 成 功 率 为 96.4%,其余工作按计划开展。\n",
     [("mediation_success_rate", 96.4, "调 解 成 功 率 为 96.4%"), ("reconsideration_received", 64, "受理行政复议案件64件")]),
    ("全年工作有序推进;办 理 法 律 援 助 案 件 3 1 2 件 ,公证工作同步加强。\n",
     [("legal_aid_cases", 312, "法 律 援 助 案 件 3 1 2 件")]),
])
def test_a_line_spaced_whole_reads_as_its_unspaced_text(body, expected):
    metrics, _ = _read(body)
    assert metrics == sorted(expected)


@pytest.mark.parametrize(("body", "kept"), [
    ("1 2 3 4 5 6 7 8\n", "1 2 3 4 5 6 7 8"),  # no words: a row of figures
    ("全年受理行政复议案件 1 2 3 件\n", "案件 1 2 3 件"),  # not spaced whole
    ("全年各项工作受 理 行 政 复 议 案 件 1 2 3 件\n", "工作受 理 行"),  # spaced from inside a sentence's words
    ("全年各项工作,有序推进受 理 案 件 1 2 3 件,其余按计划开展\n", "推进受 理 案"),  # from inside a clause's words
    ("青禾县人民政府 青禾县司法局\n", "人民政府 青禾县"),
])
def test_a_line_not_spaced_whole_keeps_its_spaces(body, kept):
    assert kept in normalize_mapped(_HEAD + body).copy
