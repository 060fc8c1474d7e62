"""Counts through a channel (依托…工作室, 通过…平台, 经…中心) or of a domain (涉企, 涉农) beside the whole they are
part of, and a title line's
figure the body states again, as reports write them.

Every sentence here is written for the test, and read with the report's year given.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


def facts(text: str):
    """(key, value, year, target) of each headline metric of `text`, read in a report on 2023."""
    return sorted((k, v, y, t) for k, v, y, t, _ in read(text)[0])


# A count qualified by a channel, after the whole of its key was stated: the channel's share, no second value.
@pytest.mark.parametrize("text, expected", [
    ("全年调处矛盾纠纷4200件。依托“和事佬”调解工作室调处矛盾纠纷615件。",
     [("mediation_cases", 4200, 2023, False)]),
    ("全年化解纠纷3100件,通过“云解纷”线上平台化解纠纷740件。",
     [("mediation_cases", 3100, 2023, False)]),
    ("全年受理法律援助案件980件。经县公共法律服务中心受理法律援助案件310件。",
     [("legal_aid_cases", 980, 2023, False)]),
])
def test_a_count_through_a_channel_is_a_part_of_the_whole(text, expected):
    assert facts(text) == expected


# A count of a domain (涉企, 涉农), after the whole of its key was stated: the domain's share.
@pytest.mark.parametrize("text, expected", [
    ("全年新收行政复议案件2400件。办理涉企行政复议案件310件,涉农行政复议案件150件。",
     [("reconsideration_received", 2400, 2023, False)]),
    ("全年受理法律援助案件980件,受理涉农法律援助案件260件。",
     [("legal_aid_cases", 980, 2023, False)]),
    # the topics a court sorts its cases by (涉民生, 涉环境资源保护, 涉知识产权)
    ("全年全市法院新收一审行政案件640件,审结涉民生一审行政案件210件。",
     [("litigation_first_instance", 640, 2023, False)]),
    ("全年全市法院新收一审行政案件640件。审理涉环境资源保护一审行政案件75件,涉知识产权一审行政案件12件。",
     [("litigation_first_instance", 640, 2023, False)]),
])
def test_a_count_of_a_domain_is_a_part_of_the_whole(text, expected):
    assert facts(text) == expected


# A domain's count of a year whose whole the report gives not, after a whole of another year: a slice of that year's
# whole, which the report counts, no figure of it. Alone in the report, it is the one figure there is (below).
@pytest.mark.parametrize("text, expected", [
    ("2024年全市新收行政复议案件800件。2023年共办理涉企行政复议案件95件,为企业挽回损失3000万元。",
     [("reconsideration_received", 800, 2024, False)]),
    ("2024年全省新收行政复议案件1.2万件。2023年全省办理涉及民生领域行政复议案件6300件。",
     [("reconsideration_received", 12000, 2024, False)]),
])
def test_a_domain_s_count_of_another_year_than_the_whole_s_is_none(text, expected):
    assert facts(text) == expected


def test_a_count_of_another_year_through_a_channel_stays_its_year_s_one_figure():
    text = "2022年全县化解纠纷3000件。今年依托“和事佬”工作室化解纠纷95件。"
    assert facts(text) == [("mediation_cases", 95, 2023, False), ("mediation_cases", 3000, 2022, False)]


@pytest.mark.parametrize("text, expected", [
    # no whole stated: the domain's count is the only figure there is
    ("全年新收涉企行政复议案件310件。",
     [("reconsideration_received", 310, 2023, False)]),
    ("全年全市法院新收涉民生一审行政案件210件。",
     [("litigation_first_instance", 210, 2023, False)]),
    # a court's topic in an earlier clause qualifies none of the next clause's count
    ("全年全市法院新收一审行政案件640件。开展涉民生问题专项调研,新收行政复议案件300件。",
     [("litigation_first_instance", 640, 2023, False), ("reconsideration_received", 300, 2023, False)]),
    # the domain in an earlier clause qualifies none of the next clause's count
    ("全年受理法律援助案件980件。开展涉企法治体检,办理公证事项420件。",
     [("legal_aid_cases", 980, 2023, False), ("notarizations", 420, 2023, False)]),
])
def test_a_count_without_a_domain_or_whole_stays(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # no whole stated: the channel's count is the only figure there is
    ("依托“和事佬”调解工作室调处矛盾纠纷615件。",
     [("mediation_cases", 615, 2023, False)]),
    # 通过 naming a means, no channel: the whole's figure
    ("全年通过调解化解纠纷3100件。",
     [("mediation_cases", 3100, 2023, False)]),
    # channels side by side with no whole: each one's figure is said
    ("依托“和事佬”调解工作室调处矛盾纠纷615件,通过“云解纷”线上平台化解纠纷740件。",
     [("mediation_cases", 615, 2023, False), ("mediation_cases", 740, 2023, False)]),
    # the channel in an earlier clause qualifies none of the next clause's count
    ("全年化解纠纷3100件。依托调解工作室开展普法活动,受理法律援助案件310件。",
     [("legal_aid_cases", 310, 2023, False), ("mediation_cases", 3100, 2023, False)]),
])
def test_a_count_without_a_channel_or_whole_stays(text, expected):
    assert facts(text) == expected


# A channel said in a clause of its own before the count's (依托…平台,受理…; 通过推广“…”制度,…,受理…): the counts after
# it are the channel's share, beside the whole; the whole said in the count's own clause keeps it the area's.
@pytest.mark.parametrize("text, expected", [
    ("全年全县调委会共调解纠纷3100件,调解成功3050件。依托“有事好商量”议事平台,受理邻里纠纷420件,调处成功401件。",
     [("mediation_cases", 3100, 2023, False), ("mediation_succeeded", 3050, 2023, False)]),
    (("全县共调解各类矛盾纠纷1061件,成功调处1021件。通过推广“村民说事”制度,共接待群众280人次,受理矛盾纠纷64件,"
      "调处成功61件。"),
     [("mediation_cases", 1061, 2023, False), ("mediation_succeeded", 1021, 2023, False)]),
])
def test_a_channel_said_in_a_clause_of_its_own_gives_a_share(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # alone, the channel's counts are the one figures there are
    ("依托“有事好商量”议事平台,受理邻里纠纷420件,调处成功401件。",
     [("mediation_cases", 420, 2023, False), ("mediation_succeeded", 401, 2023, False)]),
    # the area's whole named in the count's clause
    ("全年化解纠纷800件。依托县综治中心,全县共调解纠纷1200件,调解成功1180件。",
     [("mediation_cases", 800, 2023, False), ("mediation_cases", 1200, 2023, False),
      ("mediation_succeeded", 1180, 2023, False)]),
    # a way of working named in passing, not a clause of its own closing on its channel
    ("全年化解纠纷800件。通过完善调解制度建设,受理纠纷90件。",
     [("mediation_cases", 90, 2023, False), ("mediation_cases", 800, 2023, False)]),
])
def test_a_channel_clause_beside_a_whole_in_the_count_s_clause_or_alone_gives_no_share(text, expected):
    assert facts(text) == expected


# A title line's figure that the body states again is one fact: the body's evidence stands.
def test_a_title_figure_the_body_restates_is_one_fact():
    assert read("全县行政机关负责人出庭应诉率达到百分之百\n今年,全县行政机关负责人出庭应诉率100%,实现全覆盖。\n")[0] == \
        [("head_appearance_rate", 100.0, 2023, False, "行政机关负责人出庭应诉率100%")]


@pytest.mark.parametrize("text, expected", [
    # the body gives another value: the title's stays beside it
    ("全县行政机关负责人出庭应诉率达到百分之百\n今年,全县行政机关负责人出庭应诉率96%。\n",
     [("head_appearance_rate", 96.0, 2023, False), ("head_appearance_rate", 100.0, 2023, False)]),
    # the body does not repeat the title's figure: it stays
    ("全县行政机关负责人出庭应诉率达到百分之百\n今年,全县行政复议案件纠错率为12%。\n",
     [("head_appearance_rate", 100.0, 2023, False), ("reconsideration_correction_rate", 12.0, 2023, False)]),
])
def test_a_title_figure_the_body_does_not_restate_stays(text, expected):
    assert facts(text) == expected
