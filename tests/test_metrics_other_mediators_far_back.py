"""Lawyers, a legal adviser or a tax bureau's own dispute centre named at the head of their sentence, however far
back from its dispute figure ([quantities.other_mediation] bodies): the figure is theirs, none of the area's
mediation. Named beside the people's mediators, or brought in to help a committee's mediation, they take nothing
from the area's figures.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text", [
    # lawyers open a long list of their enterprise check-up's outputs
    ("深入开展民营企业“法治体检”活动,辖区律师为120家民营企业解答法律咨询430次,提出意见210条,审查合同860份,"
     "化解矛盾纠纷73件。"),
    "青禾县组织律师事务所走进园区,为企业开展“法治体检”86次,审查合同420份,帮助化解涉企矛盾纠纷35件。",
    "白沙区公职律师深入镇村开展法律服务,办理法律事务260件,化解矛盾纠纷41件,调解成功率95%。",
    # the village legal advisers
    "村(居)法律顾问开展法治讲座90场,解答群众咨询1200人次,参与化解矛盾纠纷40件。",
    # a tax bureau's centre and its taxpayers' disputes
    "县税务局依托公职律师涉税争议咨询调解中心,成功调解7起涉税争议案件。",
    "县税务局涉税争议调解中心全年成功调解涉税争议6起。",
    "县税务局设立税费争议调解室,全年调解成功9件。",
])
def test_another_bodys_figures_far_from_its_name_are_none_of_the_areas(text):
    assert facts(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # lawyers named beside the people's mediators: the area's mediation
    ("白沙区人民调解员和律师共调解纠纷1320件,调解成功1301件。",
     [("mediation_cases", 1320, 2024, False), ("mediation_succeeded", 1301, 2024, False)]),
    ("律师、人民调解员共同调解矛盾纠纷640件,调解成功628件。",
     [("mediation_cases", 640, 2024, False), ("mediation_succeeded", 628, 2024, False)]),
    # invited to help the committees
    ("各调委会邀请律师参与调解,全年共调解纠纷3200件。", [("mediation_cases", 3200, 2024, False)]),
    ("青禾县各调委会聘请法律顾问参与疑难纠纷调处,全年共调处矛盾纠纷870件。", [("mediation_cases", 870, 2024, False)]),
    # the people's mediators named after them
    ("选派律师参与人民调解,全年人民调解组织调解纠纷800件,调解成功790件。",
     [("mediation_cases", 800, 2024, False), ("mediation_succeeded", 790, 2024, False)]),
    # quoted as a way of working, or in a sentence of their own before
    ("深化“律师进村居”服务,全县共调解矛盾纠纷1500件,调解成功1480件。",
     [("mediation_cases", 1500, 2024, False), ("mediation_succeeded", 1480, 2024, False)]),
    ("全县有律师事务所6家,执业律师58名。全县共调解矛盾纠纷1500件。", [("mediation_cases", 1500, 2024, False)]),
    # the people's mediators' share of enterprise disputes
    ("全县人民调解组织共调解纠纷2100件,其中涉企纠纷120件。", [("mediation_cases", 2100, 2024, False)]),
])
def test_the_areas_mediation_beside_lawyers_is_kept(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("全市共有律师事务所120家、执业律师900人;全市司法行政机关成功调解矛盾纠纷21300宗。", 21300),
    ("截至6月底,全市共有86家律师事务所、执业律师1400人;成功调解矛盾纠纷6300件。", 6300),
])
def test_lawyers_counted_as_the_areas_stock_take_nothing(text, expected):
    assert facts(text) == [("mediation_succeeded", expected, 2024, False)]
