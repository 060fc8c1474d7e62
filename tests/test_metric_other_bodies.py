"""Figures of another body than the area's services: labour arbitration, the police, consumer complaints, the courts'
online partners, a trade union. Named in the figure's sentence, or in the head of a page that nowhere says the area's
own service, their mediation and legal aid are none of the area's."""

from __future__ import annotations

import pytest

from tests.test_metric_families import facts

PEOPLES = "2024年,青禾县人民调解组织调解纠纷1500件。"  # the area's mediation, said first: the page is the area's
AREA = [("mediation_cases", 1500, 2024, False)]


@pytest.mark.parametrize("sentence", [
    # labour arbitration, its mediation before the award, its institutions
    "全县劳动争议仲裁结案周期缩短至30天,调解成功率达76%。",
    "县劳动人事争议调解仲裁工作稳步推进,其中裁前调解83件,调解成功80件。",
    "全县仲裁机构调解案件620件,调解成功率达81%。",
    # …its labour and personnel disputes said without it, as a human-resources bureau's report counts them
    "全局共受理劳动人事争议案件640件,调解成功402件,调解成功率62.8%。",
    "全年受理劳动人事争议调解案件310件,调解成功287件。",
    # a police station's mediation room, the police's non-police matters
    "白沙派出所调解室调解纠纷120起,调解成功率97%。",
    "联动调解非警务类警情560起,联动调解矛盾纠纷80起,成功化解72起。",
    # consumer complaints
    "全县12315平台共接收投诉250件,受理183件,调解成功92件,调解成功率50.3%。",
    "全县受理消费投诉4518件,调解成功率60%。",
    # …the complaints and reports a market regulator takes, the consumers named after the rate or not at all
    "全局全年受理投诉举报3260件,调解成功率91.5%,为消费者挽回经济损失210万元。",
    # the courts' online partners
    "“总对总”合作单位参与调解纠纷1100件,调解成功率达78.9%。",
])
def test_another_bodys_mediation_named_in_its_sentence_is_none_of_the_areas(sentence):
    assert facts(PEOPLES + sentence) == AREA


@pytest.mark.parametrize("sentence, expected", [
    # people's mediators stationed in a police station
    ("2024年,白沙派出所人民调解室调解纠纷120起,调解成功率97%。",
     [("mediation_cases", 120, 2024, False), ("mediation_success_rate", 97, 2024, False)]),
    # complaints and reports taken in a sentence before the people's mediation's own
    ("2024年,镇司法所受理群众投诉举报15件。全镇人民调解组织调解纠纷96件,调解成功率97%。",
     [("mediation_cases", 96, 2024, False), ("mediation_success_rate", 97, 2024, False)]),
    # the courts' online partnership quoted as a way of working
    ("2024年,深化“总对总”在线多元解纷,全县调解纠纷1500件,调解成功率达98.9%。",
     [("mediation_cases", 1500, 2024, False), ("mediation_success_rate", 98.9, 2024, False)]),
])
def test_the_peoples_mediation_beside_another_bodys_name_stays(sentence, expected):
    assert facts("青禾县2024年人民调解工作情况\n" + sentence) == expected


@pytest.mark.parametrize("text", [
    # a labour arbitration institute's page: its figures after its name
    "青禾县劳动人事争议仲裁院结案率创新高\n2024年,青禾县劳动人事争议仲裁院共受理案件900件。审结案件880件,其中调解案件500件。",
    # a police station's mediation room, pointed back to
    "走进白沙区公安分局城南派出所调解室,锦旗挂满墙。\n截至目前,该调解室已处理各类纠纷150起,调解成功率96.5%。",
    # the police's mediation centre, the people's mediation said only beside the others
    ("近年来,白沙区公安分局在各派出所设立调解室。\n人民调解、行政调解、司法调解等多种方式并行。\n"
     "2024年,调解中心受理纠纷138起,调处成功134起。"),
    # the political-legal committee's centre
    "近年来,白沙区将社会治安综合治理中心(简称综治中心)打造成化解矛盾的指挥部。2024年化解矛盾纠纷1855起,化解率99.6%。",
    # its centre named in the page's head, right before the figure or a paragraph back: the centre's either way
    "线下,网格员入户宣传,引导群众“有纠纷找综治中心”。今年以来,中心受理矛盾纠纷337件,调处率达98.8%。",
    "青石街道综治中心全域统筹,打造一站式解纷平台。\n线上依托小程序提交线索,线下入户宣传。\n今年以来,中心受理矛盾纠纷337件,调处率达98.8%。",
    # labour-dispute mediation by the grassroots bodies of a province's arbitration work
    ("2024年,青禾县劳动人事争议调解仲裁工作成效显著,全年仲裁调解及基层调解组织结案1.2万件,调解成功率达80.5%。"
     "其中,乡镇、企业等基层调解组织调解案件1066件。"),
    # a trade union's mediation before arbitration
    "白沙区总工会职工法律援助情况通报\n其中裁前调解83件,调解成功83件,调解成功率为100%。参与协商调解案件380件。",
])
def test_a_page_of_another_body_gives_none_of_the_areas_mediation(text):
    assert facts(text) == []


def test_a_centre_the_text_does_not_name_takes_nothing_from_the_intake():
    assert facts("线上依托小程序提交线索,线下入户宣传。今年以来,中心受理矛盾纠纷337件,调处率达98.8%。") \
        == [("mediation_cases", 337, 2024, False)]


@pytest.mark.parametrize("text, expected", [
    # a justice bureau's report naming the police in its lead
    (("青禾县司法局2024年工作总结\n今年以来,我局联合县公安局在各派出所设立调解室。\n"
      "全县人民调解组织调解纠纷1200件,调解成功1180件,调解成功率98.3%。"),
     [("mediation_cases", 1200, 2024, False), ("mediation_succeeded", 1180, 2024, False),
      ("mediation_success_rate", 98.3, 2024, False)]),
    # another body named after the head, in a paragraph of its own
    ("白沙区2024年矛盾纠纷化解情况\n全年调解纠纷900件,调解成功880件。\n区劳动人事争议仲裁院受理案件300件。",
     [("mediation_cases", 900, 2024, False), ("mediation_succeeded", 880, 2024, False)]),
    # a joint committee of the people's mediators, meeting in 公安县 (a county)
    ("湘鄂边界五乡镇联防联调年会在公安县召开。\n2024年,联调委共调处各类跨省纠纷28件,调解成功率100%。",
     [("mediation_cases", 28, 2024, False), ("mediation_success_rate", 100, 2024, False)]),
])
def test_a_page_of_the_areas_mediation_naming_another_body_keeps_its_figures(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    # a union's page
    "青禾县总工会推进职工法律援助提质增效。\n据统计,2024年以来,全县办理法律援助案件190件。",
    # the union named in the count's clause, on a page of the area's legal aid
    "青禾县司法局2024年工作总结\n县总工会全年办理法律援助案件86件。",
    "青禾县司法局2024年工作总结\n县总工会法律援助工作全年办理援助案件86件。",
])
def test_a_trade_unions_legal_aid_is_none_of_the_areas(text):
    assert facts(text) == []


@pytest.mark.parametrize("text", [
    # another body named in the figure's label, on a page of the area's mediation (the labels' exclusions)
    "青禾县2024年人民调解工作情况\n劳动仲裁调解成功30件。",
    "青禾县2024年人民调解工作情况\n仲裁庭调解劳动纠纷60件。",
    "青禾县2024年人民调解工作情况\n仲裁庭调解劳动纠纷60件,达成调解协议50件。",
    "青禾县2024年人民调解工作情况\n调解投诉纠纷80件。",
    "青禾县2024年人民调解工作情况\n仲裁调解委员会排查纠纷30件。",
    "青禾县2024年人民调解工作情况\n法院诉讼服务中心特邀调解组织排查纠纷30件。",
])
def test_another_bodys_mediation_named_in_its_label_is_none_of_the_areas(text):
    assert facts(text) == []


def test_a_courts_cases_closed_by_its_mediation_are_no_successes():
    read = facts("青禾县2024年人民调解工作情况\n法院受理纠纷30件,调处结案12件。")
    assert "mediation_succeeded" not in {key for key, *_ in read}


def test_the_areas_legal_aid_on_a_page_naming_a_union_stays():
    assert facts("青禾县司法局与县总工会共建职工法律援助工作站。\n2024年,县法律援助中心办理法律援助案件860件。") \
        == [("legal_aid_cases", 860, 2024, False)]


# A town's or a street's report naming the police, the court or the centres as its partners, or in their own role
# before the town's figures: its figures said on its own scope, or after a body named only as a partner, are its own.
_TOWN_FIGURES = "二、化解矛盾纠纷\n2023年,全镇共调解矛盾纠纷167件,调解成功156件,调解成功率93.4%。"
_TOWN_FACTS = [("mediation_cases", 167, 2023, False), ("mediation_succeeded", 156, 2023, False),
               ("mediation_success_rate", 93.4, 2023, False)]


@pytest.mark.parametrize("lead", [
    # partners
    "一、主要做法\n与镇派出所、司法所建立“三所联动”机制。\n",
    "一、主要做法\n镇综治中心整合司法所、派出所、法庭力量。\n",
    "一、主要做法\n依托镇综治中心开展网格化管理。\n",
    "一、主要做法\n联合青禾县人民法院建成镇级诉讼服务站,在基层设立法院服务线上窗口。\n",
    # bodies in their own role, before the town's own figures
    "一、主要做法\n镇市场监管所开展食品安全检查。\n",
    "一、主要做法\n镇总工会开展职工维权服务。\n",
    "一、主要做法\n落实“枫桥式”派出所创建要求。\n",
    "一、主要做法\n县公安局在我镇开展反诈宣传。\n",
])
def test_a_towns_figures_on_its_own_scope_stay_whatever_its_head_names(lead):
    assert facts(lead + _TOWN_FIGURES, 2023) == _TOWN_FACTS


@pytest.mark.parametrize("text, expected", [
    # the town's scope said otherwise, a time before it
    ("一、主要做法\n镇综治中心整合派出所、法庭力量开展联调联动。\n二、化解矛盾\n2024年全镇共调处矛盾纠纷88起,成功调处85起。",
     [("mediation_cases", 88, 2024, False), ("mediation_succeeded", 85, 2024, False)]),
    ("镇派出所开展治安巡逻。\n今年以来,镇村两级调解组织共调解纠纷75件,调解成功74件。",
     [("mediation_cases", 75, 2024, False), ("mediation_succeeded", 74, 2024, False)]),
    ("街道综治中心实行一站式受理。\n各级各类调解组织共化解矛盾纠纷140件,化解成功137件。",
     [("mediation_cases", 140, 2024, False), ("mediation_succeeded", 137, 2024, False)]),
    # a partner named in the head, figures with no scope said
    ("联合县人民法院设立诉讼服务站。\n今年共调解矛盾纠纷140件,调解成功137件。",
     [("mediation_cases", 140, 2024, False), ("mediation_succeeded", 137, 2024, False)]),
    ("会同县公安局开展矛盾纠纷大排查。\n全年调处矛盾纠纷52件,调处成功50件。",
     [("mediation_cases", 52, 2024, False), ("mediation_succeeded", 50, 2024, False)]),
])
def test_a_towns_figures_after_its_partners_or_on_its_scope_stay(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    # the police's own page, its figures with no scope of the town's
    "白沙派出所调解室2023年工作情况。白沙派出所调解室全年共调解纠纷120起,调解成功115起。",
    # the town's scope said, but the body named after it, in the figure's clause
    "白沙派出所调解室2023年工作情况。\n2023年,全镇各派出所调解室共调解纠纷120起,调解成功115起。",
    # the town named after a word that opens no clause on it (为全镇群众…)
    "白沙派出所调解室2023年工作情况。\n调解室为全镇群众化解纠纷120起,调解成功115起。",
    # a county's own call is no town's scope: a police page says it of its county
    "白沙区公安分局推进“枫桥式”派出所创建。\n2024年以来,全区共调解纠纷190起,调解成功185起。",
    # a body in its own role, named after a partner's word in another clause
    "联合开展专项行动,白沙派出所调解室发挥作用。\n调解室全年调解纠纷120起,调解成功115起。",
])
def test_another_bodys_page_stays_its_own_beside_a_towns_words(text):
    assert facts(text) == []


def test_a_towns_union_gives_none_of_its_legal_aid_on_the_towns_scope():
    # the union's legal aid keeps its rule: no town's scope is read for it
    assert facts("白沙镇总工会推进职工法律援助。\n2024年,全镇办理法律援助案件19件。") == []
