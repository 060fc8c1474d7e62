"""A multiple's qualifier, counts of one level in a list of levels, files reviewed read as cases, and figures given
month by month, as reports write them.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import Interpreter, Outline, normalize, read, scan


def facts(text: str, report_year: int | None = 2023):
    """(key, value, year, target) of each headline metric of `text`."""
    return sorted((k, v, y, t) for k, v, y, t, _ in read(text, report_year)[0])


def qualifiers(text: str, report_year: int | None = 2023):
    """(key, value, qualifier, evidence) of each headline metric of `text`."""
    norm = normalize(text)
    metrics, _, _ = Interpreter(norm, Outline(norm), [], report_year).run(scan(norm))
    return sorted((m.key, m.value, m.qualifier, text[m.start:m.end]) for m in metrics)


@pytest.mark.parametrize("text, expected", [
    # a qualifier after 倍 bounds the multiple, and the evidence holds it
    ("全市新收行政复议案件900件,达到一审行政案件的3倍以上。",
     [("reconsideration_litigation_ratio", 3.0, "at_least", "一审行政案件的3倍以上"),
      ("reconsideration_received", 900.0, None, "新收行政复议案件900件")]),
    ("全县受理行政复议申请210件,约为同期一审行政诉讼案件的1.5倍左右。",
     [("reconsideration_litigation_ratio", 1.5, "about", "同期一审行政诉讼案件的1.5倍左右"),
      ("reconsideration_received", 210.0, None, "受理行政复议申请210件")]),
    # a plain multiple has none
    ("全市新收行政复议案件900件,是一审行政案件的3倍。",
     [("reconsideration_litigation_ratio", 3.0, None, "一审行政案件的3倍"),
      ("reconsideration_received", 900.0, None, "新收行政复议案件900件")]),
])
def test_a_multiple_keeps_the_qualifier_after_it(text, expected):
    assert qualifiers(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("各调委会成功化解村级纠纷74件、乡级纠纷19件。",
     [("mediation_succeeded", 93, "成功化解村级纠纷74件、乡级纠纷19件")]),
    # the next levels name no verb of their own: the first's
    ("全年调解成功村级矛盾纠纷130件,镇级矛盾纠纷42件,县级矛盾纠纷6件。",
     [("mediation_succeeded", 178, "调解成功村级矛盾纠纷130件,镇级矛盾纠纷42件,县级矛盾纠纷6件")]),
    ("社区级调委会调解纠纷88件;街道级调委会调解纠纷31件。",
     [("mediation_cases", 119, "社区级调委会调解纠纷88件;街道级调委会调解纠纷31件")]),
])
def test_counts_of_one_level_in_a_list_of_levels_are_parts_summed(text, expected):
    found, _ = read(text, 2023)
    assert [(k, v, e) for k, v, _, _, e in found] == expected
    assert all(y == 2023 for _, _, y, _, _ in found)


@pytest.mark.parametrize("text, expected", [
    # the year's figure of the key is stated elsewhere: the levels are its parts
    ("全年成功调解纠纷120件。各调委会成功化解村级纠纷74件、乡级纠纷19件。", [("mediation_succeeded", 120, 2023, False)]),
])
def test_levels_are_summed_only_where_the_year_s_figure_is_not_stated(text, expected):
    assert facts(text) == expected


def test_a_level_counted_by_another_verb_is_summed_with_none():
    # 受理 names the intake: the successes are summed without it (not 173)
    assert facts("成功化解村级纠纷74件、乡级纠纷19件,受理县级纠纷80件。") == [("mediation_succeeded", 93, 2023, False)]


@pytest.mark.parametrize("text, expected", [
    # the whole before the levels stays
    ("全年成功调解纠纷93件,其中村级纠纷74件、乡级纠纷19件。", [("mediation_succeeded", 93, 2023, False)]),
    # one level alone is the only figure stated
    ("村级调委会调解纠纷150件。", [("mediation_cases", 150, 2023, False)]),
    # a level naming a body, not beside another level's count
    ("全县成功调解纠纷93件、县级法律援助中心办理法律援助案件140件。",
     [("legal_aid_cases", 140, 2023, False), ("mediation_succeeded", 93, 2023, False)]),
    # the same level twice, naming two bodies, is no list of levels
    ("县级调委会调解纠纷40件,县级法律援助中心办理法律援助案件120件。",
     [("legal_aid_cases", 120, 2023, False), ("mediation_cases", 40, 2023, False)]),
    ("县级法律援助中心办理法律援助案件120件,县级调委会调解纠纷40件。",
     [("legal_aid_cases", 120, 2023, False), ("mediation_cases", 40, 2023, False)]),
])
def test_counts_beside_no_other_level_stay(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "全年评查归档卷宗540份,其中法律援助案件310件。",
    "抽查行政执法案卷72卷,其中行政处罚案件40件、行政复议案件32件。",
    "组织交叉评查,共评查案卷88件,其中法律援助案件88件。",
])
def test_the_parts_of_files_reviewed_are_no_cases_handled(text):
    assert facts(text) == []


@pytest.mark.parametrize("text, expected", [
    # a whole of cases handled keeps its parts where it alone is no key
    ("审结行政案件388件,其中一审行政案件329件。", [("litigation_first_instance", 329, 2023, False)]),
    # a review said in another clause is not the part's whole
    ("开展案卷评查3次,新收行政案件95件,其中一审行政案件71件、二审行政案件24件。",
     [("litigation_first_instance", 71, 2023, False)]),
    ("全年办理法律援助案件460件,其中刑事法律援助案件270件。", [("legal_aid_cases", 460, 2023, False)]),
])
def test_the_parts_of_cases_handled_stay(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "7月、8月行政机关败诉率分别为21.3%、19%。",
    "第一、二季度分别新收行政复议案件28件、35件。",
    "第三季度、第四季度办结行政复议案件分别为26件、31件。",
])
def test_figures_given_period_by_period_are_no_years(text):
    assert facts(text) == []


@pytest.mark.parametrize("text, expected", [
    # months listed in another clause of the sentence
    ("5月、6月分别开展业务培训2次,全年新收行政复议案件64件。", [("reconsideration_received", 64, 2023, False)]),
    # years listed: each year's figure
    ("2022年、2023年行政机关败诉率分别为6.1%、4.4%。",
     [("litigation_loss_rate", 4.4, 2023, False), ("litigation_loss_rate", 6.1, 2022, False)]),
])
def test_figures_of_the_year_beside_months_stay(text, expected):
    assert facts(text) == expected
