"""A range written with 至 or 到 between its ends (办理法律援助案件300至350件); a share said right after the lawsuits
lost, which no two keys derive (审结58件,败诉3件,占比5.17%); 调处结案/调处解决 after a mediation count.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import keys_values, read


@pytest.mark.parametrize("text, expected", [
    # the range's low end, as for 300-350件
    ("全年办理法律援助案件300至350件。", [("legal_aid_cases", 300)]),
    ("全年办理法律援助案件300到350件。", [("legal_aid_cases", 300)]),
    # a rate in the sentence before lends its label to no count after it
    ("全县行政复议纠错率为9.5%。全年办理法律援助案件300至350件。",
     [("legal_aid_cases", 300), ("reconsideration_correction_rate", 9.5)]),
])
def test_a_range_with_a_word_between_its_ends(text, expected):
    assert keys_values(text) == expected


def test_a_rate_of_the_sentence_before_labels_no_number_after_a_bare_one():
    # the bare 300 and 至 before 350件: no label of its own, and none carried from the sentence before
    found = read("全县行政复议纠错率为9.5%。全年办理法律援助案件300 至 350件。")
    assert [(k, v) for k, v, *_ in found[0]] == [("reconsideration_correction_rate", 9.5)]
    assert found[1] == [("行政复议纠错率", 9.5)]


@pytest.mark.parametrize("text, expected", [
    # each end written with its unit: a count's one value, the low end, as for 300-350件; a rate's range is none of
    # its values (test_metric_rates_named_after_ranges_and_quotas)
    ("全镇调解成功率在96%至99%之间。", []),
    ("全镇调解成功率在96%到99%之间。", []),
    ("全年办理法律援助案件300件至350件。", [("legal_aid_cases", 300)]),
    # a level after a change in the same unit is no range's end
    ("全县行政机关败诉率同比下降2.5%至6.1%。", [("litigation_loss_rate", 6.1)]),
    # a change to the other end, said with its verb, is no range
    ("全镇调解成功率由上年的96%提高至99%。", [("mediation_success_rate", 96), ("mediation_success_rate", 99)]),
])
def test_a_range_whose_ends_have_their_units(text, expected):
    assert keys_values(text) == expected


def test_a_span_of_years_is_no_range():
    assert keys_values("2019至2023年,全县办理法律援助案件1600件。") == [("legal_aid_cases", 1600)]


@pytest.mark.parametrize("text, expected", [
    # 3 of the 58 closed is 5.17%
    ("全县一审行政应诉案件62件,审结58件,败诉3件,占比5.17%。",
     [("litigation_first_instance", 62), ("litigation_loss_rate", 5.17), ("litigation_lost", 3)]),
    ("全县一审行政诉讼案件共40件,行政机关败诉3件,占比7.5%。",
     [("litigation_first_instance", 40), ("litigation_loss_rate", 7.5), ("litigation_lost", 3)]),
])
def test_a_share_after_the_lawsuits_lost_is_their_rate(text, expected):
    assert keys_values(text) == expected


def test_a_share_alone_after_the_lawsuits_lost_with_no_count_before():
    assert keys_values("全年行政机关败诉3件,占比3.75%。") == [("litigation_loss_rate", 3.75), ("litigation_lost", 3)]


@pytest.mark.parametrize("text, expected", [
    # 3 of 40 is not 30%: a share of something else
    ("全县一审行政诉讼案件共40件,行政机关败诉3件,占比30%。",
     [("litigation_first_instance", 40), ("litigation_lost", 3)]),
    # nor of 40 said in the sentence before
    ("全县一审行政诉讼案件共40件。行政机关败诉3件,占比30%。",
     [("litigation_first_instance", 40), ("litigation_lost", 3)]),
    # no count to check against, and a share of a whole of its own
    ("行政机关败诉3件,占涉诉部门案件的5%。", [("litigation_lost", 3)]),
])
def test_a_share_after_the_lawsuits_lost_that_the_counts_do_not_make(text, expected):
    assert keys_values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全市行政诉讼案件中,征收类败诉案件占败诉总数的40%。", []),
    ("全市行政诉讼案件中,征收类败诉案件占全部败诉案件的四成。", []),
    # a share of the cases closed is the rate
    ("全市审结一审行政案件120件,败诉案件占审结案件的5%。",
     [("litigation_loss_rate", 5)]),
])
def test_a_kind_share_of_the_losses_is_no_loss_rate(text, expected):
    assert [(k, v) for k, v in keys_values(text) if k == "litigation_loss_rate"] == expected


@pytest.mark.parametrize("text, expected", [
    ("全镇人民调解组织受理纠纷420件,调处结案411件。", [("mediation_cases", 420), ("mediation_succeeded", 411)]),
    ("各村调委会共受理矛盾纠纷96件,调处解决95件。", [("mediation_cases", 96), ("mediation_succeeded", 95)]),
])
def test_mediation_settled_written_out(text, expected):
    found = read(text)[0]
    assert sorted((k, v) for k, v, *_ in found if k != "mediation_success_rate") == expected


@pytest.mark.parametrize("text", [
    # a court's cases closed by its mediation
    "区法院审结民事案件500件,调处结案120件。",
    # a petition office's
    "全年受理信访事项60件,调处解决40件。",
])
def test_settled_elsewhere_is_no_mediation_success(text):
    assert "mediation_succeeded" not in [k for k, *_ in read(text)[0]]
