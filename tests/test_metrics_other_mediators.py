"""Mediation by another body than the people's mediators (an agency's 行政调解, the police's 治安调解, a court's 诉前调解 and
诉调对接, and the mediation joined to another body's work that a count came through: 通过警调对接, 访调对接…): its figures
are none of the area's mediation keys; a body listed beside the people's mediation, or quoted as a way of working, names
no other mediator.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import read

from lawreport.catalog import get_catalog
from lawreport.scanning import words_held


def mediation(text: str):
    return sorted((k, v) for k, v, *_ in read(text)[0] if k.startswith("mediation"))


@pytest.mark.parametrize("text", [
    "全区各行政机关开展行政调解案件214件,调解成功198件,调解成功率92.5%。",
    "行政调解方面,全年受理行政调解纠纷214件,调解成功198件。",
    "全县公安派出所治安调解案件530件,调解成功502件。",
    "县人民法院诉调对接中心调解案件1300件,调解成功870件。",
    "依托法院调解平台,全年诉前调解案件4200件,调解成功2650件,成功率63.1%。",
    "全区行政争议调解中心调处行政争议86件,成功化解61件。",
    # a court's mediation before a case is filed
    "全市法院先行调解纠纷3.2万件,调解成功2.1万件,成功率65.6%。",
    # a labour arbitration body's mediation, and the police's of public-order cases
    "县劳动人事争议仲裁院调解劳动争议案件300件,调解成功率80%。",
    "全县公安机关受理治安案件调解纠纷800件,调解成功750件。",
    # the part of another body's figure, in the sentence after it
    "上半年全市共受理行政调解案件5310件,同比略有下降。其中调解成功4620件。",
])
def test_another_body_s_mediation_is_none_of_the_area_s(text):
    assert mediation(text) == []


def test_the_people_s_mediators_named_after_another_body_are_the_area_s():
    text = "全年行政调解组织调解纠纷214件,调解成功198件;人民调解组织调解纠纷4300件,调解成功4260件。"
    assert mediation(text) == [("mediation_cases", 4300), ("mediation_succeeded", 4260)]


def test_the_people_s_mediators_named_after_an_arbitration_body_are_the_area_s():
    text = "县劳动人事争议仲裁委员会调解成功案件210件;全县人民调解组织调解纠纷5600件,调解成功率98%。"
    assert mediation(text) == [("mediation_cases", 5600), ("mediation_success_rate", 98)]


def test_the_people_s_mediators_a_court_refers_cases_to_are_the_area_s():
    text = "全县法院派驻人民调解室调解纠纷630件,调解成功602件。"
    assert mediation(text) == [("mediation_cases", 630), ("mediation_succeeded", 602)]


def test_the_area_s_whole_before_a_court_s_figures_stays():
    text = ("全市各级人民调解组织调解矛盾纠纷2.6万件,调解成功2.5万件。"
            "市中级人民法院诉调对接中心调解案件1300件,调解成功870件。")
    assert mediation(text) == [("mediation_cases", 26000), ("mediation_succeeded", 25000)]


@pytest.mark.parametrize("text, expected", [
    # kinds of mediation listed together: the whole they work as
    ("推动人民调解、行政调解、司法调解联动,全年共调解矛盾纠纷4300件,调解成功4260件。",
     [("mediation_cases", 4300), ("mediation_succeeded", 4260)]),
    # the task of settling disputes with agencies, named beside mediation, names no mediator
    ("聚焦调解矛盾纠纷、化解行政争议,全省2024年调解矛盾纠纷96.2万件。", [("mediation_cases", 962000)]),
    # a way of working quoted, then the area's rate
    ("深化“警调对接”“诉调对接”,矛盾纠纷调解成功率达到98.6%。", [("mediation_success_rate", 98.6)]),
])
def test_a_kind_listed_or_quoted_names_no_other_mediator(text, expected):
    assert mediation(text) == expected


@pytest.mark.parametrize("text", [
    # disputes with agencies settled with the court and counted: the success and its rate after them are theirs
    "全年与县法院协同化解行政争议36件,调解成功率72.2%。",
    "全年实质性化解行政争议案件40件,调解成功29件。",
    "全年会同县法院解决行政争议共计18件,调解成功率83.3%。",
])
def test_disputes_with_agencies_counted_are_another_body_s_mediation(text):
    assert mediation(text) == []


@pytest.mark.parametrize("text, expected", [
    # the people's mediators named after the agencies' disputes counted: their figures are the area's
    ("深化府院联动,全年化解行政争议12件;全县人民调解组织调解矛盾纠纷2600件,调解成功率99.1%。",
     [("mediation_cases", 2600), ("mediation_success_rate", 99.1)]),
    # the task named with no count names no mediator
    ("推动府院联动化解行政争议,全县调解矛盾纠纷2600件,调解成功率99.1%。",
     [("mediation_cases", 2600), ("mediation_success_rate", 99.1)]),
])
def test_the_area_s_mediation_beside_disputes_with_agencies_stays(text, expected):
    assert mediation(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bracket noting what the figure takes in or leaves out: its scope, not its body
    ("全镇矛盾纠纷调解成功率(含诉前调解)为97.6%。", [("mediation_success_rate", 97.6)]),
    ("全镇矛盾纠纷调解成功率(不含行政调解)为97.6%。", [("mediation_success_rate", 97.6)]),
    ("全镇调解矛盾纠纷(包括诉前调解)640件。", [("mediation_cases", 640)]),
])
def test_other_mediators_in_a_note_on_the_figure_are_its_scope(text, expected):
    assert mediation(text) == expected


@pytest.mark.parametrize("text", [
    # another body named before the note: still that body's figure
    "镇法庭诉调对接中心调解案件800件,调解成功率(含诉前调解)为71%。",
    # the bracket names the body, no note on the scope
    "全镇矛盾纠纷调解成功率(诉前调解)为97.6%。",
])
def test_other_mediators_outside_a_note_keep_the_figure_theirs(text):
    assert mediation(text) == []


def test_the_other_mediators_show_words_that_every_mention_holds():
    """A sentence holding none of them names no mediators, without a search of the pattern for each of its figures;
    the figure after a part's marker still takes the mediators of the sentence before."""
    assert words_held(get_catalog().other_mediation) is not None
    assert mediation("全县调解矛盾纠纷1200件,调解成功1150件,调解成功率95.8%。") == [
        ("mediation_cases", 1200.0), ("mediation_succeeded", 1150.0), ("mediation_success_rate", 95.8)]
    assert mediation("全区受理行政调解案件350件。其中调解成功320件,调解成功率91.4%。") == []


def test_a_sentence_naming_no_other_body_before_a_figure_keeps_it_the_areas():
    """Another body's mediation shows words that every mention holds (catalog other_mediators_words): a figure with
    none of them before it in its sentence, and no sentence before that it is a part of, is the area's without a search
    for the mediators named last; one after such a word is looked up as before."""
    assert get_catalog().other_mediators_words is not None
    assert mediation("2024年全县人民调解组织共调解矛盾纠纷3260件,调解成功3198件。") == [
        ("mediation_cases", 3260.0), ("mediation_succeeded", 3198.0)]
    assert mediation("全市调委会调解纠纷900件,调解成功870件,另有行政调解组织参与化解纠纷60件。") == [
        ("mediation_cases", 900.0), ("mediation_succeeded", 870.0)]
    assert mediation("全市调解组织调解纠纷900件,公安派出所调解纠纷300件,调解成功280件。") == [("mediation_cases", 900.0)]
    assert mediation("全市行政调解组织调解纠纷420件,调解成功400件。") == []


@pytest.mark.parametrize("text, expected", [
    # the channel joined to the police's, a procuratorate's, petitions' or legal aid's work that a count came through
    ("全年调解纠纷3000件,调解成功率99%。通过警调对接成功化解治安纠纷420件。",
     [("mediation_cases", 3000), ("mediation_success_rate", 99)]),
    ("调解纠纷2500宗,成功率99.6%。通过调援对接成功化解矛盾纠纷860宗。",
     [("mediation_cases", 2500), ("mediation_success_rate", 99.6)]),
    ("依托“访调对接”机制成功化解矛盾纠纷150件。", []),
    ("经检调对接化解矛盾纠纷36件。", []),
    # …or the subject that counts
    ("检调对接工作室共调解纠纷42件,调解成功40件。", []),
    # …its name quoted, the court's mediation joined as well as another's
    ("“访调对接”调解室受理纠纷64件,“诉调对接”工作室受理纠纷230件。", []),
    ("依托“诉调对接”机制成功化解纠纷91件。", []),
    # the government's work joined to the court's, as the channel or the subject
    ("依托府院联动平台调解矛盾纠纷300件,调解成功率90%。", []),
    ("府院联动化解征地拆迁纠纷32件,调解成功率75%。", []),
])
def test_mediation_joined_to_another_body_s_work_is_none_of_the_area_s(text, expected):
    assert mediation(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("全年共受理矛盾纠纷1200件,成功化解1180件。", [("mediation_cases", 1200), ("mediation_succeeded", 1180)]),
    # the mechanism named in passing before the area's figures, or listed with others
    ("深化警调对接机制,全县调解纠纷1200件,调解成功1190件。", [("mediation_cases", 1200), ("mediation_succeeded", 1190)]),
    ("推行诉调、访调、警调对接等机制,全年调解纠纷1200件,调解成功1190件。",
     [("mediation_cases", 1200), ("mediation_succeeded", 1190)]),
    # the three kinds of mediation joined: the area's own
    ("通过三调对接成功化解矛盾纠纷500件。", [("mediation_succeeded", 500)]),
    ("深化府院联动机制,全县调解纠纷1200件,调解成功1190件。", [("mediation_cases", 1200), ("mediation_succeeded", 1190)]),
    ("巩固“诉调对接”“警调对接”成果,全镇调解纠纷640件,调解成功632件。",
     [("mediation_cases", 640), ("mediation_succeeded", 632)]),
    # the mechanism as a subject whose work is a task with no count, a pause before the area's figures
    ("推动警调对接化解矛盾隐患,全县调解纠纷1200件,调解成功1190件。", [("mediation_cases", 1200), ("mediation_succeeded", 1190)]),
])
def test_the_area_s_figures_beside_a_mechanism_named_stay(text, expected):
    assert mediation(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the bodies listed before 分别, each with its value in its place: the people's is the area's, the agencies' none
    ("2023年,全县人民调解、行政调解分别调处纠纷300件、200件。", [("mediation_cases", 300)]),
    ("2023年,全县行政调解、人民调解分别调处纠纷200件、300件。", [("mediation_cases", 300)]),
    ("全年我区人民调解和行政调解分别受理矛盾纠纷1200件和350件。", [("mediation_cases", 1200)]),
    ("全县人民调解组织和行政调解组织分别受理矛盾纠纷1 200件和350件。", [("mediation_cases", 1200)]),
    ("全县行政调解组织、人民调解组织分别受理矛盾纠纷350件、1200件。", [("mediation_cases", 1200)]),
    ("全市人民调解、行政调解、司法调解分别化解矛盾纠纷5600件、800件、1200件。", [("mediation_cases", 5600)]),
    # …without 分别, as many values as bodies
    ("全县人民调解、行政调解调处纠纷1800件、650件。", [("mediation_cases", 1800)]),
    # no people's mediation among the bodies listed: no value of the area's
    ("2022年,全县行政调解和司法调解分别调处纠纷210件、330件。", []),
])
def test_bodies_listed_with_a_value_each_keep_the_people_s_alone(text, expected):
    assert mediation(text) == expected


def test_services_listed_with_a_value_each_keep_every_one_s():
    text = "2023年,全县人民调解、法律援助、公证分别受理案件1200件、300件、450件。"
    assert sorted((k, v) for k, v, *_ in read(text)[0]) == [
        ("legal_aid_cases", 300), ("mediation_cases", 1200), ("notarizations", 450)]


@pytest.mark.parametrize("text, expected", [
    # a list of one label's values after the bodies listed: each value the body's in its place
    ("全县人民调解组织和行政调解组织分别调解纠纷1200件和350件,调解成功率分别为98.5%和96%。",
     [("mediation_cases", 1200), ("mediation_success_rate", 98.5)]),
    ("全县行政调解组织、人民调解组织分别调解纠纷350件、1200件,调解成功率分别为96%、98.5%。",
     [("mediation_cases", 1200), ("mediation_success_rate", 98.5)]),
    ("全县人民调解组织和行政调解组织分别调解纠纷1200件和350件,分别调解成功1180件和330件。",
     [("mediation_cases", 1200), ("mediation_succeeded", 1180)]),
    ("全县行政调解组织、人民调解组织分别调解纠纷350件、1200件,分别调解成功330件、1180件。",
     [("mediation_cases", 1200), ("mediation_succeeded", 1180)]),
    # …and the places listed: each value a place's, none the area's
    ("甲镇、乙镇分别调解纠纷120件、98件,调解成功率分别为98%、97%。", []),
    ("甲镇、乙镇分别调解纠纷120件、98件,分别调解成功118件、95件。", []),
    # a value not listed with the bodies' is read as before
    ("全县人民调解组织和行政调解组织分别调解纠纷1200件和350件,调解成功率为98%。",
     [("mediation_cases", 1200), ("mediation_success_rate", 98)]),
    ("全县调解成功率分别为96%、98.5%。", [("mediation_success_rate", 96), ("mediation_success_rate", 98.5)]),
])
def test_values_listed_after_bodies_or_places_are_each_one_s(text, expected):
    assert mediation(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a list mark after a figure counted lists the figures' clauses: the body after it is named on its own, no body
    # listed beside the people's mediation nor their partner
    ("全县人民调解组织调解纠纷1200件、行政调解组织调解纠纷350件。", [("mediation_cases", 1200)]),
    ("全县行政调解组织调解纠纷350件、人民调解组织调解纠纷1200件。", [("mediation_cases", 1200)]),
    ("全年行政调解350件、人民调解1200件。", [("mediation_cases", 1200)]),
    ("全县通过人民调解化解纠纷1.2万件和行政调解化解纠纷350件。", [("mediation_cases", 12000)]),
])
def test_bodies_counted_one_after_another_keep_their_own_figures(text, expected):
    assert mediation(text) == expected
