"""The lawsuits of every kind a court took (受理各类行政诉讼案件69件) are the first-instance figure where the report
gives none said with 一审: a basic court's are all first-instance ones. Beside an 一审 figure, in its sentence or of its
year anywhere in the report, they are a total holding appeals, and give way to it.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


@pytest.mark.parametrize("text, value", [
    ("全年全县法院共受理各类行政诉讼案件58件,审结52件。", 58),
    ("全年新收各类行政诉讼案件40件。", 40),
    ("区法院全年受理各类行政诉讼案件116件,同比上升12%。", 116),
])
def test_lawsuits_of_every_kind_alone_are_the_figure(text, value):
    assert facts(text) == [("litigation_first_instance", value, 2024, False)]


def test_the_evidence_holds_the_word_of_every_kind():
    assert read("全年新收各类行政诉讼案件40件。")[0][0][4] == "各类行政诉讼案件40件"


@pytest.mark.parametrize("text", [
    # in its sentence, the part said after the total
    "共受理各类行政诉讼案件90件,其中一审行政案件75件。",
    # in a sentence of its own, after or before
    "全省法院新收各类行政诉讼案件3806件,同比增长4%。全省法院新收一审行政案件1737件,同比下降2%。",
    "全省法院新收一审行政案件1737件,同比下降2%。全省法院新收各类行政诉讼案件3806件,同比增长4%。",
    "全省法院新收各类行政诉讼案件3806件。一审行政诉讼案件收案1737件。",
])
def test_an_first_instance_figure_beside_them_is_the_figure(text):
    assert [(k, v) for k, v, *_ in facts(text)] == [("litigation_first_instance", 1737 if "1737" in text else 75)]


@pytest.mark.parametrize("text", [
    "受理各类二审行政案件30件。",  # appeals
    "全市法院新收各类行政诉讼案件1000件,其中二审案件200件。",  # appeals among them
])
def test_appeals_among_them_give_no_figure(text):
    assert facts(text) == []


@pytest.mark.parametrize("text", [
    "全省法院受理各类行政诉讼案件5210件,同比增长6%。",  # the courts of a province: a higher, intermediate and basic ones
    "全市两级法院共新收各类行政诉讼案件860件。",
    "市中院全年受理各类行政诉讼案件420件。",
    "青禾市中级人民法院受理各类行政诉讼案件300件。",
])
def test_every_kind_taken_by_courts_above_a_basic_one_is_no_first_instance_count(text):
    assert facts(text) == []


def test_a_basic_court_named_after_such_courts_still_gives_its_count():
    text = "全省法院持续推进行政审判工作。县法院全年受理各类行政诉讼案件61件。"
    assert [(k, v) for k, v, *_ in facts(text)] == [("litigation_first_instance", 61)]


@pytest.mark.parametrize("text", [
    # split in its sentence by the courts its cases went to, one above a basic court
    "以区政府为被告的行政诉讼案件共120件,其中区法院70件,市第二中级人民法院35件,市高院15件。",
    # ... or in the paragraph after, with a retrial among them
    ("以区政府为被告的行政诉讼案件共210件,较上年增长12%。案由以行政处罚为主。\n"
     "从审理法院看,区法院118件,一中院60件,高院22件,另有审判监督程序案件10件。"),
])
def test_lawsuits_split_by_courts_above_a_basic_one_are_no_first_instance_figure(text):
    assert all(key != "litigation_first_instance" for key, *_ in facts(text))


@pytest.mark.parametrize("text, value", [
    # said of the first instance itself, whatever courts heard it
    ("以县政府为被告的一审行政诉讼案件共52件,其中县法院40件,市中院12件。", 52),
    # no split after it: the figure there is
    ("以县政府为被告的行政诉讼案件共96件。\n配合市中级人民法院召开行政审判联席会议2次。", 96),
])
def test_lawsuits_with_no_split_of_appeals_stay_the_figure(text, value):
    assert facts(text) == [("litigation_first_instance", value, 2024, False)]
