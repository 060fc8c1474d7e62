"""A rate said to be naught in words (再犯罪率为零, 差错率保持为零): its label's level 0, as 差错率为0 is read.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


@pytest.mark.parametrize("text, expected", [
    ("全年行政执法案卷评查不合格率为零。", [("行政执法案卷评查不合格率", 0)]),
    ("全县刑满释放人员重新犯罪率为零,安置帮教率达98%。", [("刑满释放人员重新犯罪率", 0), ("安置帮教率", 98)]),
    ("公证文书差错率保持为零。", [("公证文书差错率", 0)]),
    ("信访事项投诉率降为零。", [("信访事项投诉率", 0)]),
    ("执法案卷差错率为“零”。", [("执法案卷差错率", 0)]),
    ("全年公证文书差错率均降为零。", [("公证文书差错率", 0)]),
    ("我局行政处罚案卷不合格率、群众投诉率均保持为零,工作平稳。", [("群众投诉率", 0), ("行政处罚案卷不合格率", 0)]),
])
def test_a_rate_said_naught_in_words(text, expected):
    assert sorted(read(text, 2024)[1]) == expected


def test_a_headline_rate_said_naught_is_one_rate():
    metrics, found = read("全年行政诉讼败诉率为零。", 2024)
    assert [(k, v) for k, v, *_ in metrics] == [("litigation_loss_rate", 0)]
    assert [v for _, v in found] == [0]


@pytest.mark.parametrize("text", [
    "全县刑事案件发案率实现零增长。",  # 零 opening a word: no level
    "全县实现零投诉率。",  # a slogan's 零 before the label, no level said after it
    "对违法行为零容忍。",
    "全县刑事案件发案率均保持零增长。",
    "对再犯罪率为零的司法所予以表扬。",  # the units reaching it, no level of the area's
])
def test_no_naught_rate(text):
    assert read(text, 2024)[1] == []


@pytest.mark.parametrize("text, expected", [
    ("本局行政复议纠错率、行政诉讼败诉率均为0。",
     [("litigation_loss_rate", 0), ("reconsideration_correction_rate", 0)]),
    # a bare figure other than 0 after 均 is a level only where the text drops its percent signs
    ("全年行政机关负责人出庭应诉率、行政复议决定履行率均为100,工作稳步推进。", []),
    ("全年行政诉讼败诉率均为0。", [("litigation_loss_rate", 0)]),
])
def test_rates_listed_before_a_bare_naught_share_it(text, expected):
    assert sorted((k, v) for k, v, *_ in read(text, 2024)[0]) == expected


@pytest.mark.parametrize("text", [
    "本局行政复议纠错率与行政诉讼败诉率均为零。",
    "本局行政诉讼败诉率、行政复议纠错率均为零。",
])
def test_the_correction_and_loss_rates_listed_share_a_naught_in_words(text):
    metrics, found = read(text, 2024)
    assert sorted((k, v) for k, v, *_ in metrics) == [("litigation_loss_rate", 0), ("reconsideration_correction_rate", 0)]
    assert [v for _, v in found] == [0, 0]


@pytest.mark.parametrize("text, expected_rates, expected_keys", [
    ("2023年,全市执法案卷差错率、行政诉讼败诉率均为零。", [("执法案卷差错率", 0), ("行政诉讼败诉率", 0)], ["litigation_loss_rate"]),
    ("我区行政诉讼败诉率、执法案卷差错率均为“零”。", [("执法案卷差错率", 0), ("行政诉讼败诉率", 0)], ["litigation_loss_rate"]),
    ("全县群众投诉率、执法文书差错率均为零,工作平稳。", [("执法文书差错率", 0), ("群众投诉率", 0)], []),
])
def test_rates_listed_before_a_naught_in_words_share_it(text, expected_rates, expected_keys):
    metrics, found = read(text, 2024)
    assert sorted(found) == expected_rates
    assert sorted(k for k, *_ in metrics) == expected_keys


@pytest.mark.parametrize("text, expected", [
    # a count listed before the rate shares no naught; a level listed with its own figure keeps it
    ("全区受理投诉12件、群众投诉率为零。", [("群众投诉率", 0)]),
    ("本局案卷评查合格率100%、投诉率均为零。", [("投诉率", 0), ("案卷评查合格率", 100)]),
])
def test_no_rate_shares_a_naught_it_is_not_listed_with(text, expected):
    assert sorted(read(text, 2024)[1]) == expected


@pytest.mark.parametrize("text, label", [
    # the label as the text writes it, as 行政诉讼败诉率为0 is read, not the zero phrase's part of it
    ("2024年,全市行政诉讼败诉率为零。", "行政诉讼败诉率"),
    ("我区行政机关败诉率为“零”,出庭应诉率达100%。", "行政机关败诉率"),
    ("本局行政复议决定纠错率是零。", "行政复议决定纠错率"),
])
def test_a_headline_rate_naught_in_words_keeps_its_label_as_written(text, label):
    metrics, found = read(text, 2024)
    assert label in [name for name, value in found if value == 0]
    assert len([k for k, v, *_ in metrics if v == 0]) == 1


@pytest.mark.parametrize("text, key", [
    # held, fallen or steady at naught: the headline key's level, as 为零 is
    ("全县行政诉讼败诉率保持为零。", "litigation_loss_rate"),
    ("我市行政复议纠错率降为零，复议案件全部维持。", "reconsideration_correction_rate"),
    ("本局行政诉讼败诉率稳定在“零”。", "litigation_loss_rate"),
])
def test_a_headline_rate_held_at_naught_is_its_key_s_level(text, key):
    metrics, found = read(text, 2024)
    assert [(k, v) for k, v, *_ in metrics] == [(key, 0)]
    assert [v for _, v in found] == [0]


def test_a_part_s_rate_held_at_naught_beside_the_year_s_figure_is_no_headline():
    metrics, found = read("全县行政诉讼败诉率为3.2%。县政府本级败诉率保持为零。", 2024)
    assert [(k, v) for k, v, *_ in metrics] == [("litigation_loss_rate", 3.2)]
    assert sorted(found) == [("县政府本级败诉率", 0), ("行政诉讼败诉率", 3.2)]
