"""A count of a channel, a domain or a group served (依托…工作室, 经…中心, 涉企, 涉及…领域, 为农民工…) beside the
whole it is a share of, said before or after it; and a title line's rate that rounds or bounds the body's.

Every sentence here is written for the test, and read with the report's year given.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from test_metric_families import read

import lawreport


def facts(text: str):
    """(key, value, year, target) of each headline metric of `text`, read in a report on 2023."""
    return sorted((k, v, y, t) for k, v, y, t, _ in read(text)[0])


# After the whole of its key: each word of the catalog's share words makes the count a share (no second value).
SHARES_AFTER = [
    ("依托", "工作室", "全年调解矛盾纠纷3600件。依托“老兵调解”工作室调解矛盾纠纷420件。",
     [("mediation_cases", 3600, 2023, False)]),
    ("通过", "调解室", "全年化解矛盾纠纷2750件,通过派出所驻所调解室化解纠纷310件。",
     [("mediation_cases", 2750, 2023, False)]),
    ("经由?", "中心", "全年办理法律援助案件1320件。经镇公共法律服务中心办理法律援助案件205件。",
     [("legal_aid_cases", 1320, 2023, False)]),
    ("经由?", "窗口", "全年办理公证事项5400件,经由政务服务大厅公证窗口办理公证事项860件。",
     [("notarizations", 5400, 2023, False)]),
    ("通过", "热线", "全年受理法律援助案件760件,通过法律援助热线受理法律援助案件95件。",
     [("legal_aid_cases", 760, 2023, False)]),
    ("依托", "工作站", "全年化解矛盾纠纷1980件,依托村级调解工作站化解纠纷640件。",
     [("mediation_cases", 1980, 2023, False)]),
    ("依托", "服务站", "全年调处纠纷1500件。依托劳动争议调解服务站调处纠纷120件。",
     [("mediation_cases", 1500, 2023, False)]),
    ("通过", "平台", "全年化解矛盾纠纷2200件,通过“掌上调解”平台化解纠纷380件。",
     [("mediation_cases", 2200, 2023, False)]),
    ("通过", "对接", "全年化解矛盾纠纷2200件。通过“警调对接”化解纠纷415件。",
     [("mediation_cases", 2200, 2023, False)]),
]


@pytest.mark.parametrize("through, channel, text, expected", SHARES_AFTER)
def test_a_channels_count_after_the_whole_is_its_share(through, channel, text, expected):
    assert facts(text) == expected


DOMAINS = [
    ("涉(?:[企农]|民生|环境|生态|资源|知识产权|招商引资)", "全年新收行政复议案件1880件,办理涉企行政复议案件240件。",
     [("reconsideration_received", 1880, 2023, False)]),
    ("涉(?:[企农]|民生|环境|生态|资源|知识产权|招商引资)", "全年受理法律援助案件640件。受理涉农法律援助案件150件。",
     [("legal_aid_cases", 640, 2023, False)]),
    # the topics a court sorts its cases by
    ("涉(?:[企农]|民生|环境|生态|资源|知识产权|招商引资)", "全年新收一审行政案件960件。审理涉生态环境保护一审行政案件48件。",
     [("litigation_first_instance", 960, 2023, False)]),
    # a domain named 涉及…领域, in a clause or as a bullet of the work done
    ("涉及[^,;:。]{1,16}?领域", "全年新收行政复议案件4200件,涉及民生领域行政复议案件910件。",
     [("reconsideration_received", 4200, 2023, False)]),
    ("涉及[^,;:。]{1,16}?领域", "全年新收行政复议案件4200件。\n主要做法:\n·办理涉及食品药品、市场监管等领域行政复议案件57件;",
     [("reconsideration_received", 4200, 2023, False)]),
    ("(?:[省市州县区旗]|自治[区州县])本级", "全年全市新收行政复议案件4200件,其中市本级新收行政复议案件1300件。",
     [("reconsideration_received", 4200, 2023, False)]),
    # the enterprises by the revised reconsideration law's name for them
    ("经营主体", "全年新收行政复议案件320件,办理涉及经营主体行政复议案件41件。", [("reconsideration_received", 320, 2023, False)]),
    ("经营主体", "全年新收行政复议案件320件,办结301件。新收各类经营主体申请的行政复议案件41件,办结38件。",
     [("reconsideration_closed", 301, 2023, False), ("reconsideration_received", 320, 2023, False)]),
]


@pytest.mark.parametrize("domain, text, expected", DOMAINS)
def test_a_domains_count_after_the_whole_is_its_share(domain, text, expected):
    assert facts(text) == expected


# A count of a group served, after the whole of its key: the group's share.
GROUPS = [
    ("农民工", "全年办理法律援助案件1460件,为农民工办理法律援助案件530件。", [("legal_aid_cases", 1460, 2023, False)]),
    ("残疾人", "全年受理法律援助案件1460件。受理残疾人法律援助案件72件。", [("legal_aid_cases", 1460, 2023, False)]),
    ("未成年人", "全年办理法律援助案件1460件,办理未成年人法律援助案件118件。", [("legal_aid_cases", 1460, 2023, False)]),
    ("老年人", "全年办理法律援助案件1460件,为老年人办理法律援助案件64件。", [("legal_aid_cases", 1460, 2023, False)]),
    ("妇女", "全年受理法律援助案件1460件,受理妇女法律援助案件203件。", [("legal_aid_cases", 1460, 2023, False)]),
    ("军人军属", "全年办理法律援助案件1460件,为军人军属办理法律援助案件15件。", [("legal_aid_cases", 1460, 2023, False)]),
    ("特殊群体", "全年办理法律援助案件1460件,办理特殊群体法律援助案件690件。", [("legal_aid_cases", 1460, 2023, False)]),
]


@pytest.mark.parametrize("group, text, expected", GROUPS)
def test_a_groups_count_after_the_whole_is_its_share(group, text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # groups side by side with no whole: each one's figure is said
    ("全省办理农民工法律援助案件2.1万件、残疾人法律援助案件0.6万件。",
     [("legal_aid_cases", 6000, 2023, False), ("legal_aid_cases", 21000, 2023, False)]),
    # the group in an earlier clause qualifies none of the next clause's count
    ("全年办理法律援助案件1460件。开展农民工讨薪专项行动,办理公证事项380件。",
     [("legal_aid_cases", 1460, 2023, False), ("notarizations", 380, 2023, False)]),
])
def test_a_count_without_a_group_or_whole_stays(text, expected):
    assert facts(text) == expected


# A channel as its clause's subject, after the whole of its key: what it does after its name (受理…, 共…) makes the
# count its share.
CHANNEL_SUBJECTS = [
    ("受理", "平台", "全年调解矛盾纠纷3600件。在线调解平台受理纠纷1200件。", [("mediation_cases", 3600, 2023, False)]),
    ("接收", "调解室", "全年化解矛盾纠纷2750件,“老娘舅”调解室接收纠纷310件。", [("mediation_cases", 2750, 2023, False)]),
    ("调解", "工作室", "全年调解矛盾纠纷3600件。“老兵调解”工作室调解矛盾纠纷420件。", [("mediation_cases", 3600, 2023, False)]),
    ("调处", "服务站", "全年调处纠纷1500件。劳动争议调解服务站调处纠纷120件。", [("mediation_cases", 1500, 2023, False)]),
    ("化解", "工作站", "全年化解矛盾纠纷1980件,村级调解工作站化解纠纷640件。", [("mediation_cases", 1980, 2023, False)]),
    ("办理", "工作站", "全年办理法律援助案件1320件。镇公共法律服务工作站办理法律援助案件205件。",
     [("legal_aid_cases", 1320, 2023, False)]),
    ("共", "窗口", "全年办理公证事项5400件,政务服务大厅公证窗口共办理公证事项860件。", [("notarizations", 5400, 2023, False)]),
    ("累计", "热线", "全年受理法律援助案件760件,12348法律援助热线累计受理法律援助案件95件。",
     [("legal_aid_cases", 760, 2023, False)]),
    # a linkage of mediation with another body's work, its quoted name closing after the channel word
    ("调解", "对接", "全年调解矛盾纠纷2650件,“诉调对接”调解案件410件,“警调对接”调解纠纷380件。",
     [("mediation_cases", 2650, 2023, False)]),
    ("化解", "对接", "全年调解矛盾纠纷2650件。“访调对接”化解纠纷96件。", [("mediation_cases", 2650, 2023, False)]),
    ("调解", "工作室", "全年调解矛盾纠纷2650件,“石桥老娘舅工作室”调解纠纷118件。", [("mediation_cases", 2650, 2023, False)]),
]


@pytest.mark.parametrize("verb, channel, text, expected", CHANNEL_SUBJECTS)
def test_a_channel_as_the_subject_after_the_whole_counts_its_share(verb, channel, text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the area's whole said before the channel word: the whole, and the channel after it its share
    ("全县各级调解组织和调解工作站共受理纠纷3000件。依托“和事佬”工作室化解纠纷95件。", [("mediation_cases", 3000, 2023, False)]),
    # a channel word followed by more bodies, not by what it does: the whole of them, and the channel after it a share
    ("村级调解工作站和各调委会共化解纠纷1460件。依托“和事佬”工作室化解纠纷95件。", [("mediation_cases", 1460, 2023, False)]),
    # a centre opening the clause is no channel of this kind: its figures stay beside the whole's
    ("全区调解矛盾纠纷9000件。区矛盾调解中心受理调解案件500件。",
     [("mediation_cases", 500, 2023, False), ("mediation_cases", 9000, 2023, False)]),
    # with no whole read, the channel's figures are the ones there are
    ("在线调解平台受理纠纷1200件,调解成功790件。", [("mediation_cases", 1200, 2023, False), ("mediation_succeeded", 790, 2023, False)]),
])
def test_a_channel_word_not_opening_the_clause_as_its_subject_leaves_the_whole(text, expected):
    assert facts(text) == expected


def test_every_share_word_of_the_catalog_has_a_sentence_here():
    """Deleting a share word from the catalog fails its sentence above: each has one."""
    table = tomllib.loads((Path(lawreport.__file__).parent / "catalog.toml").read_text("utf-8"))["quantities"]
    assert set(table["share_through"]) == {through for through, *_ in SHARES_AFTER}
    assert set(table["share_channels"]) == {channel for _, channel, *_ in SHARES_AFTER}
    assert set(table["share_channel_verbs"]) == {verb for verb, *_ in CHANNEL_SUBJECTS}
    assert set(table["share_subject_channels"]) == {channel for _, channel, *_ in CHANNEL_SUBJECTS}
    assert set(table["share_domains"]) == {domain for domain, *_ in DOMAINS}
    assert set(table["share_groups"]) == {group for group, *_ in GROUPS}


@pytest.mark.parametrize("text, expected", [
    # no whole stated: the domain's count is the only figure there is
    ("全年办理涉及征收领域行政复议案件46件。", [("reconsideration_received", 46, 2023, False)]),
    # 涉及 with no 领域 names no domain of this kind
    ("全年新收行政复议案件4200件,涉及群众切身利益的行政复议案件910件。",
     [("reconsideration_received", 910, 2023, False), ("reconsideration_received", 4200, 2023, False)]),
])
def test_a_count_without_a_domain_or_whole_stays(text, expected):
    assert facts(text) == expected


# Before the whole of its key, in one sentence: the channel's count is its share when the whole is said as one.
@pytest.mark.parametrize("text, expected", [
    ("依托“老兵调解”工作室化解纠纷730件,全年共化解矛盾纠纷4600件。", [("mediation_cases", 4600, 2023, False)]),
    ("通过“掌上调解”平台调处纠纷290件,全县累计调处矛盾纠纷2100件。", [("mediation_cases", 2100, 2023, False)]),
    ("受理涉企法律援助案件130件,全年受理法律援助案件870件。", [("legal_aid_cases", 870, 2023, False)]),
    # a channel after the whole as well: neither is a second figure
    ("依托“老兵调解”工作室化解纠纷730件,全年共化解矛盾纠纷4600件,通过“掌上调解”平台化解纠纷410件。",
     [("mediation_cases", 4600, 2023, False)]),
])
def test_a_channels_count_before_the_whole_is_its_share(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the count after it is not said as the whole (no 全年, 共, 全县…): another figure, both stay (one of the cases
    # closed, 办结…240件, would give way to those received, tests/test_metrics_legal_aid_closed.py)
    ("经区公共法律服务中心受理法律援助案件260件,指派律师承办法律援助案件240件。",
     [("legal_aid_cases", 240, 2023, False), ("legal_aid_cases", 260, 2023, False)]),
    # 公共 holds 共 but says no total
    ("依托“老兵调解”工作室化解纠纷730件,公共法律服务工作者化解纠纷180件。",
     [("mediation_cases", 180, 2023, False), ("mediation_cases", 730, 2023, False)]),
    # the whole in the next sentence: out of the sentence's reach, both stay
    ("依托“老兵调解”工作室化解纠纷730件。全年共化解矛盾纠纷4600件。",
     [("mediation_cases", 730, 2023, False), ("mediation_cases", 4600, 2023, False)]),
    # a whole of another key leaves the channel's count
    ("依托“老兵调解”工作室化解纠纷730件,全年共受理法律援助案件870件。",
     [("legal_aid_cases", 870, 2023, False), ("mediation_cases", 730, 2023, False)]),
])
def test_a_channels_count_before_no_whole_stays(text, expected):
    assert facts(text) == expected


# A title line's rate that the body's rounds to, or that bounds the body's to the title's last digit: one fact, the
# body's.
@pytest.mark.parametrize("text, expected", [
    ("全区行政机关负责人出庭应诉率超97%\n今年,全区行政机关负责人出庭应诉率97.4%。\n", [("head_appearance_rate", 97.4, 2023, False)]),
    ("全区行政机关负责人出庭应诉率97%以上\n今年,全区行政机关负责人出庭应诉率97.4%。\n", [("head_appearance_rate", 97.4, 2023, False)]),
    ("全区人民调解成功率近98%\n今年,全区人民调解成功率97.8%。\n", [("mediation_success_rate", 97.8, 2023, False)]),
    ("全区人民调解成功率超九成\n今年,全区人民调解成功率94.2%。\n", [("mediation_success_rate", 94.2, 2023, False)]),
    ("全区行政复议纠错率约13%\n今年,全区行政复议纠错率为12.7%。\n", [("reconsideration_correction_rate", 12.7, 2023, False)]),
    ("全区行政诉讼败诉率不足6%\n今年,全区行政机关行政诉讼败诉率5.3%。\n", [("litigation_loss_rate", 5.3, 2023, False)]),
    ("全区行政机关负责人出庭应诉率达98%\n今年,全区行政机关负责人出庭应诉率97.6%。\n", [("head_appearance_rate", 97.6, 2023, False)]),
])
def test_a_title_rate_rounding_or_bounding_the_bodys_is_one_fact(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the bound is looser than the title's last digit: the body gives another figure
    ("全区行政机关负责人出庭应诉率超95%\n今年,全区行政机关负责人出庭应诉率97.4%。\n",
     [("head_appearance_rate", 95.0, 2023, False), ("head_appearance_rate", 97.4, 2023, False)]),
    # the body's value rounds to another figure (97.6 is no 97)
    ("全区行政机关负责人出庭应诉率97%\n今年,全区行政机关负责人出庭应诉率97.6%。\n",
     [("head_appearance_rate", 97.0, 2023, False), ("head_appearance_rate", 97.6, 2023, False)]),
    # 不足6% is not 6% itself
    ("全区行政诉讼败诉率不足6%\n今年,全区行政机关行政诉讼败诉率6%。\n",
     [("litigation_loss_rate", 6.0, 2023, False), ("litigation_loss_rate", 6.0, 2023, False)]),
    # all, said as it is, rounds nothing
    ("全区行政机关负责人出庭应诉率达到百分之百\n今年,全区行政机关负责人出庭应诉率99.7%。\n",
     [("head_appearance_rate", 99.7, 2023, False), ("head_appearance_rate", 100.0, 2023, False)]),
    # another year in the body
    ("全区行政机关负责人出庭应诉率超97%\n2022年,全区行政机关负责人出庭应诉率97.4%。\n",
     [("head_appearance_rate", 97.0, 2023, False), ("head_appearance_rate", 97.4, 2022, False)]),
])
def test_a_title_rate_the_body_does_not_round_or_bound_stays(text, expected):
    assert facts(text) == expected


# A title line's count bounded to its last digit that is not naught (超5000件, 1200余件, 近2万件): the body's count
# within that bound is the one fact.
@pytest.mark.parametrize("text, expected", [
    ("全区化解矛盾纠纷超4000件\n今年,全区化解矛盾纠纷4385件。\n", [("mediation_cases", 4385, 2023, False)]),
    ("全区办理法律援助案件900余件\n今年,全区共办理法律援助案件942件。\n", [("legal_aid_cases", 942, 2023, False)]),
    ("全区办理公证事项近3万件\n今年,全区办理公证事项28760件。\n", [("notarizations", 28760, 2023, False)]),
    ("全区办理公证事项约3万件\n今年,全区办理公证事项30410件。\n", [("notarizations", 30410, 2023, False)]),
])
def test_a_title_count_bounding_the_bodys_is_one_fact(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # past the title's last digit: another figure
    ("全区化解矛盾纠纷超4000件\n今年,全区化解矛盾纠纷5120件。\n",
     [("mediation_cases", 4000, 2023, False), ("mediation_cases", 5120, 2023, False)]),
    # a count said as it is bounds nothing
    ("全区化解矛盾纠纷4000件\n今年,全区化解矛盾纠纷4385件。\n",
     [("mediation_cases", 4000, 2023, False), ("mediation_cases", 4385, 2023, False)]),
])
def test_a_title_count_the_body_does_not_fall_within_stays(text, expected):
    assert facts(text) == expected
