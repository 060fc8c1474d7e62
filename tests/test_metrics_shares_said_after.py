"""Counts after the area's whole that are shares of it: one said with its share of a total right after it (县政府收到
复议申请410件,占收到申请总数的21.3%), or of a government's own level (市本级新收行政复议申请…).

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


def metrics(text: str):
    return sorted((k, v) for k, v, *_ in read(text)[0])


@pytest.mark.parametrize("text, expected", [
    # each receiving body's share of the applications, after the whole
    (("全年全省共收到行政复议申请1925件。省政府收到复议申请410件,占收到申请总数的21.3%;"
      "市县政府共收到复议申请1015件,占52.7%。"), [("reconsideration_received", 1925)]),
    # the kinds of dispute, each with its share, after the whole
    ("全镇共受理矛盾纠纷640件,调解成功628件。婚姻家庭纠纷151件,占23.6%;邻里纠纷97件,占比15.2%。",
     [("mediation_cases", 640), ("mediation_succeeded", 628)]),
    # a city government's own level, after the city's whole
    ("2024年,全市新收行政复议申请5120件。市本级新收行政复议申请1730件,同比增长120%。",
     [("reconsideration_received", 5120)]),
])
def test_a_share_after_the_whole_is_no_second_value(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize("text, expected", [
    # with no whole read, a count with its share of another key is that count (the share its rate)
    ("全年审结行政复议案件96件,纠错11件,占比11.46%。",
     [("reconsideration_closed", 96), ("reconsideration_corrected", 11), ("reconsideration_correction_rate", 11.46)]),
    # a whole said alone, followed by a change, not a share
    ("全年共收到行政复议申请1925件,同比增长30%。", [("reconsideration_received", 1925)]),
])
def test_a_count_with_no_whole_before_stays(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a channel's successes and rate after its count, the area's whole read before
    (("2023年,全县调解纠纷3000件,调解成功2950件,调解成功率98%。"
      "依托“和事佬”工作室化解纠纷95件,调解成功95件,调解成功率100%。"),
     [("mediation_cases", 3000), ("mediation_succeeded", 2950), ("mediation_success_rate", 98)]),
    # a government's own level: its ratio after its count and an aside on the count's last year
    (("2024年,全市新收行政复议申请8745件,复议诉讼比值达2.6。"
      "市本级新收行政复议申请3326件(2023年为867件),同比增长283.6%,复议诉讼比值达9.1。"),
     [("reconsideration_litigation_ratio", 2.6), ("reconsideration_received", 8745)]),
    # a domain's rate after the area's
    ("2023年,全县新收行政复议案件500件,纠错率10%。涉企行政复议案件80件,纠错率15%。",
     [("reconsideration_correction_rate", 10), ("reconsideration_received", 500)]),
    # the area's rate said after the share's in its sentence (the share's count, with no whole of its key, stays)
    ("2023年,依托“和事佬”工作室化解纠纷95件,调解成功率100%,全年调解成功率98%。",
     [("mediation_cases", 95), ("mediation_success_rate", 98)]),
])
def test_the_figures_after_a_share_are_the_shares(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the area's whole said after the share in its sentence: the figures from there on are the area's
    ("2023年,依托“和事佬”工作室化解纠纷95件,全县共调解纠纷3000件,调解成功2950件。",
     [("mediation_cases", 3000), ("mediation_succeeded", 2950)]),
    # a share's figure with no whole of its key read is the one figure there is
    ("2023年,全县调解纠纷3000件。依托“和事佬”工作室化解纠纷95件,调解成功率100%。",
     [("mediation_cases", 3000), ("mediation_success_rate", 100)]),
])
def test_figures_after_a_share_stay_where_the_share_ends(text, expected):
    assert metrics(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a rate or a ratio whose own clause names a government's own level, a domain or a channel, after the area's
    ("2023年,全市行政机关负责人出庭应诉率95%。市本级行政机关负责人出庭应诉率100%。", [("head_appearance_rate", 95)]),
    ("2023年,全县行政复议纠错率10%,涉企行政复议案件纠错率15%。", [("reconsideration_correction_rate", 10)]),
    ("2023年,全县调解成功率98%。依托在线调解平台调解成功率99.5%。", [("mediation_success_rate", 98)]),
    ("2023年,全市复议诉讼比为2.6:1,市本级复议诉讼比为9.1:1。", [("reconsideration_litigation_ratio", 2.6)]),
])
def test_a_rate_named_of_a_share_after_the_whole_is_no_second_value(text, expected):
    assert metrics(text) == expected


def test_a_rate_named_of_a_share_with_no_whole_read_stays():
    assert metrics("2023年,涉企行政复议案件纠错率15%。") == [("reconsideration_correction_rate", 15)]
