"""A count said by a bare verb (全年办理1.3万件) takes a topic named after it only where that topic is its own object
(共办理537件法律援助案件) or a later clause stating no figure names it (全年办理1200件,均为法律援助案件): never the topic
of another clause holding its own figure (全年办理1.3万件;受理法律援助案件537件: the 537's topic, none of the 1.3万's).
A rate's topic may still be further on (负责人出庭应诉率100%…).

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, expected", [
    # the topic of a later clause with its own figure, after a semicolon, full or half width, or a comma
    ("2024年,县司法局全年办理1.3万件;受理法律援助案件537件。", [("legal_aid_cases", 537, 2024, False)]),
    ("2024年，青山区司法局共办理2.4万件；办理法律援助案件612件。", [("legal_aid_cases", 612, 2024, False)]),
    ("全年受理4800件,指派法律援助案件390件。", [("legal_aid_cases", 390, 2024, False)]),
    # notarial acts: 办理 alone before the service's own count
    ("2024年,全县办理1.6万件;办理公证事项4200件。", [("notarizations", 4200, 2024, False)]),
])
def test_no_bare_count_borrows_a_later_clauses_topic(text, expected):
    assert facts(text, 2024) == expected


@pytest.mark.parametrize("text, expected", [
    # the topic after the number is the count's own object
    ("2024年,县司法局共办理537件法律援助案件。", [("legal_aid_cases", 537, 2024, False)]),
    ("全年共办理418件法律援助案件,惠及困难群众500余人次。", [("legal_aid_cases", 418, 2024, False)]),
    # a later clause with no figure of its own names it
    ("2024年,全年办理1200件,均为法律援助案件,同比增长8%。", [("legal_aid_cases", 1200, 2024, False)]),
    # the topic before the verb, in the clause before
    ("拓宽法律援助渠道,全年办理案件3100件。", [("legal_aid_cases", 3100, 2024, False)]),
])
def test_a_bare_count_keeps_its_own_topic(text, expected):
    assert facts(text, 2024) == expected


def test_a_rate_keeps_its_topic_after_a_semicolon():
    # the rate's topic is said after it, past a semicolon and a clause with its own figure
    assert facts("2024年,出庭应诉率100%;负责人出庭应诉案件36件。", 2024) \
        == [("head_appearance_rate", 100, 2024, False), ("head_appearances", 36, 2024, False)]


def test_counts_keep_the_topic_a_rate_after_them_names():
    # a rate after the counts names what they were
    assert facts("2024年,全年受理纠纷82件,化解成功79件,调解成功率96.3%。", 2024) \
        == [("mediation_cases", 82, 2024, False), ("mediation_succeeded", 79, 2024, False),
            ("mediation_success_rate", 96.3, 2024, False)]


@pytest.mark.parametrize("text, expected", [
    # the service's own window inside the centre, or the service's office, is the bare count's subject
    ("2024年,公共法律服务中心法律援助窗口全年受理430件。", [("legal_aid_cases", 430, 2024, False)]),
    ("2024年,县公证处全年共办理4100件。", [("notarizations", 4100, 2024, False)]),
    # a desk the service works through, named before its count, takes nothing from it
    ("2024年,开通12348法律援助热线,全年受理420件。", [("legal_aid_cases", 420, 2024, False)]),
    ("2024年,县法律援助中心入驻政务服务中心,全年办理案件680件。", [("legal_aid_cases", 680, 2024, False)]),
    ("2024年,县公证处进驻政务服务中心,全年共办理4100件。", [("notarizations", 4100, 2024, False)]),
])
def test_a_bare_count_of_the_service_itself_stays(text, expected):
    assert facts(text, 2024) == expected


@pytest.mark.parametrize("text, expected", [
    # the mediators' room inside the centre is the mediation's own
    ("2024年,县公共法律服务中心人民调解室全年调解纠纷320件,成功310件。",
     [("mediation_cases", 320, 2024, False), ("mediation_succeeded", 310, 2024, False)]),
    ("2024年,人民调解方面,依托公共法律服务工作站,全年受理纠纷890件,成功调解880件。",
     [("mediation_cases", 890, 2024, False), ("mediation_succeeded", 880, 2024, False)]),
])
def test_a_mediation_bare_count_of_a_room_or_station_stays(text, expected):
    assert facts(text, 2024) == expected


def test_the_intake_named_by_the_successes_after_it():
    assert facts("2024年,全年受理1360件,调解成功1290件。", 2024) \
        == [("mediation_cases", 1360, 2024, False), ("mediation_succeeded", 1290, 2024, False)]


@pytest.mark.parametrize("text, expected", [
    # a part after a semicolon counting an item of its own (项, 条, 场): the verb alone after it is that item's
    ("2024年,全县受理法律援助案件412件;推出“跨省通办”便民举措86项,办理3.2万件。",
     [("legal_aid_cases", 412, 2024, False)]),
    ("2024年，县公证处办理公证2150件；梳理“免证办”事项164项，提供帮办代办服务，办理6万件。",
     [("notarizations", 2150, 2024, False)]),
    ("2024年,法律援助中心受理案件305件,挽回损失80万元;制定惠企措施12条,全年办理2400件。",
     [("legal_aid_cases", 305, 2024, False)]),
])
def test_a_bare_count_after_an_item_of_its_own_takes_no_earlier_service(text, expected):
    assert facts(text, 2024) == expected


@pytest.mark.parametrize("text, expected", [
    # the service named again after the semicolon, before its count
    ("2024年,新建便民服务站6个;开展法律援助进村活动15场,全年办理案件430件。",
     [("legal_aid_cases", 430, 2024, False)]),
    # no item counted after the semicolon: the service's topic goes on
    ("2024年,法律援助方面,新建工作站9个;全年受理388件。", [("legal_aid_cases", 388, 2024, False)]),
    ("2024年,畅通法律援助渠道;全年办理案件2760件。", [("legal_aid_cases", 2760, 2024, False)]),
])
def test_a_bare_count_with_no_item_of_its_own_keeps_the_service(text, expected):
    assert facts(text, 2024) == expected


_TITLE = "XX县人民政府关于2024年度法治政府建设情况的报告\n"


@pytest.mark.parametrize("text, expected", [
    # what the part after the semicolon counts is no measure nor matter (听证会…场, 被申请人…家, 制度…条, 通道…条,
    # 宣传…场) or is no count in digits (一批): a verb alone after it is still the service's named before it
    ("行政复议方面,全年收到行政复议申请410件;召开听证会15场,审结386件,纠错27件。",
     [("reconsideration_closed", 386, 2024, False), ("reconsideration_corrected", 27, 2024, False),
      ("reconsideration_received", 410, 2024, False)]),
    ("全年共收到行政复议申请94件;涉及被申请人31家,审结88件,纠错7件。",
     [("reconsideration_closed", 88, 2024, False), ("reconsideration_corrected", 7, 2024, False),
      ("reconsideration_received", 94, 2024, False)]),
    ("全年收到行政复议申请362件；召开案审会19场，审结347件，直接纠错率5.8%。",
     [("reconsideration_closed", 347, 2024, False), ("reconsideration_correction_rate", 5.8, 2024, False),
      ("reconsideration_received", 362, 2024, False)]),
    ("全年新收行政复议案件248件;依法纠正一批违法或不当行政行为,纠错17件,纠错率6.9%。",
     [("reconsideration_corrected", 17, 2024, False), ("reconsideration_correction_rate", 6.9, 2024, False),
      ("reconsideration_received", 248, 2024, False)]),
    ("全年受理行政复议案件156件;实质性化解一批行政争议,调解结案28件,审结149件。",
     [("reconsideration_closed", 149, 2024, False), ("reconsideration_received", 156, 2024, False)]),
    ("全县行政复议机构受理案件236件;被申请单位涉及县直部门21家,办结220件,纠错率8.3%。",
     [("reconsideration_closed", 220, 2024, False), ("reconsideration_correction_rate", 8.3, 2024, False),
      ("reconsideration_received", 236, 2024, False)]),
    ("全年受理行政复议申请275件;制定配套制度7条,审结261件。",
     [("reconsideration_closed", 261, 2024, False), ("reconsideration_received", 275, 2024, False)]),
    ("县复议局全年新收案件284件;组织听证11场,全年审结270件,其中纠错16件。",
     [("reconsideration_closed", 270, 2024, False), ("reconsideration_corrected", 16, 2024, False),
      ("reconsideration_received", 284, 2024, False)]),
    ("县公证处全年受理公证申请1900件;开设绿色通道4条,全年办理1870件。", [("notarizations", 1870, 2024, False)]),
    ("县法律援助中心全年受理法律援助案件580件;开展普法宣传42场,全年办理案件566件,挽回损失650万元。",
     [("legal_aid_cases", 566, 2024, False), ("legal_aid_cases", 580, 2024, False)]),
])
def test_a_bare_count_after_an_item_no_measure_keeps_the_service(text, expected):
    assert facts(_TITLE + text, 2024) == expected
