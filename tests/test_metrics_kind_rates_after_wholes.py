"""A rate of one kind of case said after 其中, once its sentence has counted the whole (受理纠纷1210件,调解成功1163件,
其中婚姻家庭纠纷调解成功率98.7%): the kind's rate, no headline value; the whole's rate follows from its counts. A rate
after 其中 that names no kind (其中调解成功率96.1%) is the whole's; with no whole counted, or the whole counted by one
count alone (受理纠纷1340件。其中,邻里纠纷调解成功率97.6%: no whole's rate said nor derived), a kind's is the one figure.
So is a kind's rate said without 其中, beside the area's rate or after the counts the area's follows from.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts, read


def test_a_kinds_rate_after_the_wholes_counts_is_no_headline_value():
    text = "全年受理矛盾纠纷1210件,调解成功1163件,其中婚姻家庭纠纷调解成功率98.7%。"
    assert facts(text) == [("mediation_cases", 1210, 2024, False), ("mediation_succeeded", 1163, 2024, False)]
    assert read(text)[1] == [("婚姻家庭纠纷调解成功率", 98.7)]


def test_a_rate_after_its_marker_naming_no_kind_is_the_wholes():
    assert facts("全年受理矛盾纠纷1210件,其中调解成功率96.1%。") == [
        ("mediation_cases", 1210, 2024, False), ("mediation_success_rate", 96.1, 2024, False)]


def test_a_kinds_rate_with_no_whole_counted_is_the_figure():
    assert facts("其中婚姻家庭纠纷调解成功率98.7%。") == [("mediation_success_rate", 98.7, 2024, False)]


# The same kind's rate without 其中: beside the area's rate, before or after it, in its sentence or the next, or after
# the two counts the area's rate follows from, it is the kind's, no headline value; alone it stays the one figure.
KINDS_BESIDE_THE_AREAS = [
    ("全市矛盾纠纷调解成功率98.2%,医疗纠纷调解成功率95.6%。", [("mediation_success_rate", 98.2, 2024, False)]),
    ("我县人民调解成功率为97.4%;婚姻家庭纠纷调解成功率为99.1%,邻里纠纷调解成功率为98.6%。",
     [("mediation_success_rate", 97.4, 2024, False)]),
    ("全区物业纠纷调解成功率93%,人民调解成功率98.5%。", [("mediation_success_rate", 98.5, 2024, False)]),
    ("全县调解成功率97.5%。劳动争议调解成功率88%。", [("mediation_success_rate", 97.5, 2024, False)]),
    ("全年受理矛盾纠纷2140件,调解成功2101件,交通事故纠纷调解成功率96.3%。",
     [("mediation_cases", 2140, 2024, False), ("mediation_succeeded", 2101, 2024, False)]),
]


@pytest.mark.parametrize(("text", "expected"), KINDS_BESIDE_THE_AREAS)
def test_a_kinds_rate_beside_the_areas_is_no_headline_value(text, expected):
    assert facts(text) == expected


def test_a_kinds_rate_of_another_year_than_the_areas_is_that_years_figure():
    assert facts("2023年全县调解成功率97.5%。2024年婚姻家庭纠纷调解成功率99%。") == [
        ("mediation_success_rate", 97.5, 2023, False), ("mediation_success_rate", 99.0, 2024, False)]


def test_a_rate_no_kind_opens_beside_the_areas_stays():
    assert facts("全县矛盾纠纷调解成功率97.5%,行政复议纠错率6.2%。") == [
        ("mediation_success_rate", 97.5, 2024, False), ("reconsideration_correction_rate", 6.2, 2024, False)]


# A kind's rate whose label names the body that mediates that kind (医疗纠纷人民调解委员会调解成功率, 交通事故纠纷专业
# 人民调解委员会调解成功率): the kind still opens the label; beside the area's rate it is the kind's, alone the one figure.
@pytest.mark.parametrize(("text", "expected"), [
    ("全县人民调解成功率98.5%，医疗纠纷人民调解委员会调解成功率96%。", [("mediation_success_rate", 98.5, 2024, False)]),
    ("交通事故纠纷专业人民调解委员会调解成功率为97.3%;全市调解成功率99.1%。",
     [("mediation_success_rate", 99.1, 2024, False)]),
    ("全年受理矛盾纠纷1800件,调解成功1770件,物业纠纷人民调解委员会调解成功率95.5%。",
     [("mediation_cases", 1800, 2024, False), ("mediation_succeeded", 1770, 2024, False)]),
])
def test_a_kinds_rate_named_by_its_body_beside_the_areas_is_no_headline_value(text, expected):
    assert facts(text) == expected


def test_a_kinds_rate_named_by_its_body_alone_is_the_figure():
    assert facts("医疗纠纷人民调解委员会调解成功率为96.4%。") == [("mediation_success_rate", 96.4, 2024, False)]


# A specialised mediation body by its short name (医调委, 交调委, 物调委) names its kind: its rate beside the area's, its
# count after the area's, are that kind's; alone its rate is the one figure.
@pytest.mark.parametrize(("text", "expected"), [
    ("全县调解成功率98.6%，医调委调解成功率95%。", [("mediation_success_rate", 98.6, 2024, False)]),
    ("全县共调解矛盾纠纷1200件，交调委调解纠纷310件。", [("mediation_cases", 1200, 2024, False)]),
    ("交调委调解成功率97%。", [("mediation_success_rate", 97, 2024, False)]),
])
def test_a_specialised_bodys_short_name_names_its_kind(text, expected):
    assert facts(text) == expected


# The whole counted in a sentence of its own by both counts its rate follows from, the kinds' rates in the next,
# opened by 其中: parts of that whole, as in one sentence; a rate after 其中 naming no kind stays the whole's.
@pytest.mark.parametrize("text", [
    "全年受理矛盾纠纷1340件,调解成功1320件。其中，邻里纠纷调解成功率97.6%。",
    "年内，全县调解纠纷905件，调解成功890件。其中,医疗纠纷调解成功率92%。",
])
def test_a_kinds_rate_in_the_sentence_after_the_wholes_counts_is_no_headline_value(text):
    assert [f for f in facts(text) if f[0] == "mediation_success_rate"] == []


# Counted by one count alone (the cases, no successes), the whole's rate is said nowhere: a kind's rate after 其中, the
# only rate of its sentence, is the one figure of its key (a yearbook entry's too); a whole's rate said elsewhere, or
# another kind's beside it, and it is a part again.
@pytest.mark.parametrize("text, value", [
    ("全年受理矛盾纠纷1340件。其中，邻里纠纷调解成功率97.6%。", 97.6),
    ("年内，全县调解纠纷905件，其中医疗纠纷调解成功率92%。", 92),
    ("【人民调解】年内，全县各级人民调解组织调处矛盾纠纷2100件，其中婚姻家庭纠纷调解成功率98.5%。", 98.5),
])
def test_a_kinds_rate_after_one_count_of_the_whole_is_the_one_figure(text, value):
    assert [f[1] for f in facts(text) if f[0] == "mediation_success_rate"] == [value]


@pytest.mark.parametrize("text, expected", [
    ("全年受理矛盾纠纷1340件，其中邻里纠纷调解成功率97.6%。全县调解成功率98.2%。", [98.2]),
    ("全年受理矛盾纠纷1340件，其中邻里纠纷调解成功率97.6%，婚姻家庭纠纷调解成功率99%。", []),
])
def test_a_kinds_rate_after_one_count_beside_the_wholes_rate_or_another_kinds_is_a_part(text, expected):
    assert [f[1] for f in facts(text) if f[0] == "mediation_success_rate"] == expected


def test_a_rate_after_its_marker_in_the_next_sentence_naming_no_kind_is_the_wholes():
    assert facts("全年受理矛盾纠纷1340件。其中，调解成功率97.6%。") == [
        ("mediation_cases", 1340, 2024, False), ("mediation_success_rate", 97.6, 2024, False)]


# Kinds' rates listed side by side (after 其中 or not): parts, none the one figure, whether the whole is counted or not.
@pytest.mark.parametrize(("text", "expected"), [
    ("全年受理矛盾纠纷1340件,其中婚姻家庭纠纷调解成功率96.5%,邻里纠纷调解成功率98.1%。", [("mediation_cases", 1340, 2024, False)]),
    ("全年受理矛盾纠纷1340件。其中，婚姻家庭纠纷调解成功率96.5%；邻里纠纷调解成功率98.1%。",
     [("mediation_cases", 1340, 2024, False)]),
    ("交通事故纠纷调解成功率为94%,物业纠纷调解成功率为91.5%。", []),
])
def test_kinds_rates_side_by_side_are_no_headline_value(text, expected):
    assert facts(text) == expected


def test_one_kinds_rate_alone_stays_the_figure():
    assert facts("交通事故纠纷调解成功率为94%。") == [("mediation_success_rate", 94, 2024, False)]


# So for a kind of reconsiderations (…类案件) after the cases closed: the one figure alone, a part beside the whole's rate.
@pytest.mark.parametrize("text, expected", [
    ("【行政复议】年内，县政府收到行政复议申请74件，审结70件，其中涉及房屋征收类案件纠错率14%。", [14]),
    ("年内审结行政复议案件70件，其中行政处罚类案件纠错率20%。全县行政复议纠错率12.5%。", [12.5]),
])
def test_a_reconsideration_kinds_rate_after_the_cases_closed(text, expected):
    assert [f[1] for f in facts(text) if f[0] == "reconsideration_correction_rate"] == expected
