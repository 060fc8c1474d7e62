"""Four wordings around the headline figures:
- the people's mediators named as another body's partners (法院诉调对接中心依托人民调解窗口,同…调委会共建…,调处案件…):
  the figures after stay that body's, none of the area's mediation;
- petitions counted by the batch (到县访9批21人次,已成功化解8批,化解率…): their 化解率 is no mediation success rate;
- the heads' appearance rate said without 率 (镇长出庭应诉实现100%, 负责人100%出庭应诉);
- a zero quoted as a slogan's (行政败诉案件“零”, 复议纠错案件为“零”), or the cases said to be naught (败诉案件为零): 0, as
  零败诉 reads.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


def mediation(text: str):
    return [(k, v) for k, v, *_ in facts(text) if k.startswith("mediation")]


@pytest.mark.parametrize("text", [
    "区法院诉调对接中心依托人民调解窗口,同联合调解委员会、各街道(专业)调委会共建联动网络,调处案件2210件,调解成功率48.6%。",
    "县法院诉前调解中心联合人民调解委员会开展调解,全年调解案件760件,调解成功410件。",
])
def test_the_people_s_mediators_named_as_a_court_s_partners_leave_its_figures_its_own(text):
    assert mediation(text) == []


def test_the_area_s_mediators_before_a_court_s_partnered_figures_stay_the_headline():
    text = ("全区各级人民调解委员会调解纠纷5400件,调解成功率99.2%。区法院诉调对接中心依托人民调解窗口,"
            "调处案件1300件,调解成功率51.3%。")
    assert mediation(text) == [("mediation_cases", 5400), ("mediation_success_rate", 99.2)]


def test_the_people_s_mediators_that_count_after_a_court_s_figures_are_the_area_s():
    text = "县法院诉调对接中心调解案件300件;全县人民调解委员会调解纠纷5100件,调解成功率98.7%。"
    assert mediation(text) == [("mediation_cases", 5100), ("mediation_success_rate", 98.7)]


@pytest.mark.parametrize("text", [
    "确保矛盾纠纷化解到位。全年到县访9批21人次,已成功化解8批,化解率达88.9%。",
    "确保矛盾纠纷化解在基层。到市访3批7人次,成功化解3批,化解成功率100%。",
])
def test_a_rate_of_petitions_counted_by_the_batch_is_no_mediation_s(text):
    assert mediation(text) == []


@pytest.mark.parametrize("text, expected", [
    ("全镇排查矛盾纠纷60件,化解58件,化解率96.7%。",
     [("mediation_cases", 60), ("mediation_succeeded", 58), ("mediation_success_rate", 96.7)]),
    # a batch's rank counts nothing by the batch
    ("作为第2批试点镇,全镇排查矛盾纠纷40件,化解39件,化解率97.5%。",
     [("mediation_cases", 40), ("mediation_succeeded", 39), ("mediation_success_rate", 97.5)]),
])
def test_a_rate_of_disputes_counted_by_the_case_stays(text, expected):
    assert mediation(text) == expected


@pytest.mark.parametrize("text, evidence", [
    ("2024年,东坪镇严格落实出庭应诉制度,镇长出庭应诉实现100%。", "镇长出庭应诉实现100%"),
    ("全年行政机关负责人100%出庭应诉。", "行政机关负责人100%出庭应诉"),
    ("落实行政机关负责人出庭应诉制度,出庭应诉100%。", "出庭应诉100%"),
])
def test_the_heads_appearance_rate_said_without_its_rate_word(text, evidence):
    from test_metric_families import read
    metrics = read(text, 2024)[0]
    assert [(k, v, e) for k, v, _, _, e in metrics] == [("head_appearance_rate", 100, evidence)]


@pytest.mark.parametrize("text", [
    "东坪镇坚持诉源治理,100%的行政争议实现诉前化解。",  # a percent of the things counted after it
    "全镇行政诉讼案件代理人出庭应诉100%。",  # an agent's, no head named
    "镇长出庭应诉同比提高20%。",  # a change
    "全县行政机关负责人100%出庭,败诉案件同比减少。",  # the act alone, a slogan's
])
def test_a_percent_beside_an_appearance_that_is_no_head_s_rate(text):
    assert [k for k, *_ in facts(text) if k == "head_appearance_rate"] == []


@pytest.mark.parametrize("text, expected", [
    ("我局负责人出庭应诉率100%、行政败诉案件“零”高标。",
     [("head_appearance_rate", 100, 2024, False), ("litigation_lost", 0, 2024, False)]),
    ("2024年,我局实现行政诉讼败诉案件“零”发生。", [("litigation_lost", 0, 2024, False)]),
    ("全年行政复议纠错案件为“零”。", [("reconsideration_corrected", 0, 2024, False)]),
])
def test_a_zero_quoted_as_a_slogan_s_is_zero(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("本局全年行政诉讼败诉案件为零。", [("litigation_lost", 0, 2024, False)]),
    ("本局全年行政复议纠错案件数为零。", [("reconsideration_corrected", 0, 2024, False)]),
    ("本局行政复议被纠错和行政诉讼败诉案件均为零。",
     [("litigation_lost", 0, 2024, False), ("reconsideration_corrected", 0, 2024, False)]),
    # a 零 opening a word after the cases is no naught
    ("本局行政诉讼败诉案件为零增长态势。", []),
])
def test_cases_of_an_outcome_said_naught_are_zero(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "全年实现安全生产事故“零”发生。",
    "全镇信访案件“零”积压,重大舆情“零”发生。",
    # a count said, the zero of a part left alone
    "全年行政诉讼败诉案件3件,复议后起诉的败诉案件“零”。",
])
def test_a_quoted_zero_of_another_thing_or_after_a_count_gives_no_zero(text):
    assert [(k, v) for k, v, *_ in facts(text) if v == 0] == []


@pytest.mark.parametrize("text, expected", [
    # 化解 opens a rate of the petitions counted before it in its clause: theirs, no mediation success rate
    ("全年受理信访事项60件,成功化解率91.7%。", []),
    ("全县调解矛盾纠纷800件,调解成功790件;受理信访事项60件,成功化解率91.7%。",
     [("mediation_cases", 800, 2024, False), ("mediation_succeeded", 790, 2024, False)]),
    ("办理行政复议案件60件,化解成功率90%。", [("reconsideration_received", 60, 2024, False)]),
    # …so does 化解率 after petitions counted since the disputes
    ("全县调解矛盾纠纷800件,调解成功790件;受理信访事项60件,化解率91.7%。",
     [("mediation_cases", 800, 2024, False), ("mediation_succeeded", 790, 2024, False)]),
    # and a bare 成功率 after a count of lawsuits
    ("法院引调诉讼案件35件,成功26件,成功率74.3%。", []),
])
def test_a_rate_opened_by_a_verb_petitions_share_is_the_petitions(text, expected):
    assert facts(text) == expected


# Petitions named by their letters and visits (来信来访, 群众来访, 接访, 上访) are petitions as 信访 is: the rate and the
# successes said by the verb after them are theirs.
@pytest.mark.parametrize("text, expected", [
    ("全年受理群众来信来访356件,化解成功率98.5%。", []),
    ("受理群众来信来访60件,化解55件。", []),
    ("全年受理群众上访45件,化解42件。", []),
    ("全年接访群众120批次,成功化解115批次。", []),
    ("全县调解矛盾纠纷800件,调解成功790件;受理群众来访60件,化解率91.7%。",
     [("mediation_cases", 800, 2024, False), ("mediation_succeeded", 790, 2024, False)]),
])
def test_petitions_by_letters_and_visits_are_petitions(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # mediation counted after the visits keeps its rate
    ("全年接待来访群众50人次;全县调解纠纷800件,调解成功790件,成功化解率98.8%。",
     [("mediation_cases", 800, 2024, False), ("mediation_succeeded", 790, 2024, False),
      ("mediation_success_rate", 98.8, 2024, False)]),
    # 来信 inside 往来信息 names no letter
    ("全县调解矛盾纠纷800件,建立纠纷往来信息台账,成功化解率98.8%。",
     [("mediation_cases", 800, 2024, False), ("mediation_success_rate", 98.8, 2024, False)]),
])
def test_visits_before_mediation_or_inside_another_word_leave_its_rate(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # mediation counted since the petitions keeps the rate, in its clause or its own sentence
    ("受理信访事项60件,办结55件;全县调解矛盾纠纷800件,成功化解率98.8%。",
     [("mediation_cases", 800, 2024, False), ("mediation_success_rate", 98.8, 2024, False)]),
    ("全县信访总量下降12%,人民调解组织调解纠纷800件,成功化解率98.8%。",
     [("mediation_cases", 800, 2024, False), ("mediation_success_rate", 98.8, 2024, False)]),
    ("受理矛盾纠纷28546件,化解27787件,化解率97.34%。",
     [("mediation_cases", 28546, 2024, False), ("mediation_succeeded", 27787, 2024, False),
      ("mediation_success_rate", 97.34, 2024, False)]),
])
def test_a_rate_opened_by_that_verb_after_mediation_is_mediation_s(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the disputes counted after another service named in the sentence name the mediation: the rate and the successes
    # said by the verb alone are theirs
    ("依托人民调解、行政复议衔接机制受理矛盾纠纷420件,成功化解率97%。",
     [("mediation_cases", 420, 2024, False), ("mediation_success_rate", 97.0, 2024, False)]),
    ("受理信访事项260件,受理矛盾纠纷120件,化解115件。",
     [("mediation_cases", 120, 2024, False), ("mediation_succeeded", 115, 2024, False)]),
    # …not where the petitions are counted after them
    ("受理矛盾纠纷120件;受理信访事项60件,化解55件。", [("mediation_cases", 120, 2024, False)]),
    ("受理矛盾纠纷120件;受理信访事项60件,成功化解率91.7%。", [("mediation_cases", 120, 2024, False)]),
])
def test_disputes_counted_after_another_topic_are_mediation_s(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a 化解率 whose label names the disputes, of petitions, labour disputes or beside reconsideration disputes: none of
    # mediation's, though its label names the disputes (the rate derived from the counts stays)
    ("全县受理矛盾纠纷800件,化解790件;涉矛盾纠纷信访事项化解率95%。",
     [("mediation_cases", 800, 2024, False), ("mediation_succeeded", 790, 2024, False)]),
    ("全县受理矛盾纠纷800件,化解790件;矛盾纠纷和劳动争议化解率97%。",
     [("mediation_cases", 800, 2024, False), ("mediation_succeeded", 790, 2024, False)]),
    ("全县化解复议纠纷12件,矛盾纠纷化解率98%。", []),
])
def test_a_rate_of_disputes_named_with_another_topic_s_is_none(text, expected):
    assert facts(text) == expected
