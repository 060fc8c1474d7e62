"""Label families, years, lists and targets of headline metrics, one sentence per rule.

Every sentence here is written for the test. The interpreter runs on it directly
with the report's year (and, where a case needs them, its publication year and
genre) given, so these tests speak only of how a sentence is read, not of how a
report's metadata is found. A catalog label, context word or exclusion of a [[metric]]
entry has a sentence that passes only with it, here or in the other metric tests;
test_metric_catalog_deletions.py checks that each does and lists those that do not yet.
"""

from __future__ import annotations

import pytest

from lawreport import extract
from lawreport.metrics import Interpreter
from lawreport.normalize import normalize
from lawreport.numbers import scan
from lawreport.structure import Outline


def read(text: str, report_year: int | None = 2023, **options):
    """Headline metrics and rates of `text` as (key, value, year, target, evidence) and (label, value)."""
    norm = normalize(text)
    metrics, rates, _ = Interpreter(norm, Outline(norm), [], report_year, **options).run(scan(norm))
    return ([(m.key, round(m.value, 2), m.year, m.target, text[m.start:m.end]) for m in metrics],
            [(text[r.start:r.start + len(r.label)], r.value) for r in rates])


def facts(text: str, report_year: int | None = 2024, **options):
    """(key, value, year, target) of each headline metric of `text`: the tuples the metric family tests compare."""
    return sorted((k, v, y, t) for k, v, y, t, _ in read(text, report_year, **options)[0])


def keys_values(text: str, **options):
    return sorted((k, v) for k, v, *_ in read(text, **options)[0])


# (sentence, [(key, value, evidence)]) — the evidence starts at the label, so a label
# alternative that goes missing shows even where a shorter one still finds the key.
LABELS = [
    # the correction rate said as a proportion
    ("全年行政复议直接纠错比例达14.6%。", [("reconsideration_correction_rate", 14.6, "行政复议直接纠错比例达14.6%")]),
    ("全年行政复议纠错决定比例为8%。", [("reconsideration_correction_rate", 8, "行政复议纠错决定比例为8%")]),
    # mediation
    ("调处成功率97.2%。", [("mediation_success_rate", 97.2, "调处成功率97.2%")]),
    ("全年受理调解案320件。", [("mediation_cases", 320, "受理调解案320件")]),  # the cases, said short
    ("化解成功率96%。", [("mediation_success_rate", 96, "化解成功率96%")]),
    ("全年受理调解案件300件,成功率99%。",
     [("mediation_cases", 300, "调解案件300件"), ("mediation_success_rate", 99, "成功率99%")]),
    ("调处纠纷200件,成功率97%。",
     [("mediation_cases", 200, "调处纠纷200件"), ("mediation_success_rate", 97, "成功率97%")]),
    ("化解矛盾纠纷500件,成功率98%。",
     [("mediation_cases", 500, "化解矛盾纠纷500件"), ("mediation_success_rate", 98, "成功率98%")]),
    ("各级调解组织受理各类矛盾纠纷21493件。", [("mediation_cases", 21493, "调解组织受理各类矛盾纠纷21493件")]),
    ("人民调解组织共调解民间纠纷2106件。", [("mediation_cases", 2106, "调解组织共调解民间纠纷2106件")]),
    ("排查化解矛盾纠纷4128件,调解成功4071件。",
     [("mediation_cases", 4128, "排查化解矛盾纠纷4128件"), ("mediation_succeeded", 4071, "调解成功4071件")]),
    ("调处纠纷1,865件,成功1,849件。",
     [("mediation_cases", 1865, "调处纠纷1,865件"), ("mediation_succeeded", 1849, "成功1,849件")]),
    ("排查调处各类矛盾纠纷3426起,调处成功3398起。",
     [("mediation_cases", 3426, "调处各类矛盾纠纷3426起"), ("mediation_succeeded", 3398, "调处成功3398起")]),
    ("化解成功3802件。", [("mediation_succeeded", 3802, "化解成功3802件")]),
    ("人民调解组织受理涉及婚姻家庭和邻里关系的民间纠纷1500件。", [("mediation_cases", 1500, "民间纠纷1500件")]),
    ("调处成功各类纠纷1142件。", [("mediation_succeeded", 1142, "调处成功各类纠纷1142件")]),
    ("成功调解矛盾纠纷14920件。", [("mediation_succeeded", 14920, "成功调解矛盾纠纷14920件")]),
    # reconsideration
    ("行政复议案件综合纠错率8.5%。", [("reconsideration_correction_rate", 8.5, "行政复议案件综合纠错率8.5%")]),
    ("复议机关作出纠错决定94件。", [("reconsideration_corrected", 94, "纠错决定94件")]),
    ("行政复议机关作出纠错决定的402件。", [("reconsideration_corrected", 402, "纠错决定的402件")]),
    ("行政复议机关撤销、变更等纠错决定共28件。", [("reconsideration_corrected", 28, "撤销、变更等纠错决定共28件")]),
    ("行政复议机关依法纠正违法或不当行政行为553件。",
     [("reconsideration_corrected", 553, "纠正违法或不当行政行为553件")]),
    ("全年行政复议案件依法办结318件。", [("reconsideration_closed", 318, "行政复议案件依法办结318件")]),
    ("行政复议机构作出复议决定126件。", [("reconsideration_closed", 126, "作出复议决定126件")]),
    ("行政复议纠错为9.3%。", [("reconsideration_correction_rate", 9.3, "纠错为9.3%")]),
    ("全省行政复议案件量突破5000件。", [("reconsideration_received", 5000, "行政复议案件量突破5000件")]),
    ("市政府收到复议申请58件。", [("reconsideration_received", 58, "收到复议申请58件")]),
    ("本年度复议案件612件。", [("reconsideration_received", 612, "复议案件612件")]),
    ("行政复议局全年收案3412件。", [("reconsideration_received", 3412, "收案3412件")]),
    ("复议与诉讼案件之比为2.1:1。", [("reconsideration_litigation_ratio", 2.1, "复议与诉讼案件之比为2.1:1")]),
    ("全市行政复议案件受理量与一审行政诉讼案件量之比为1.32:1。",
     [("reconsideration_litigation_ratio", 1.32, "复议案件受理量与一审行政诉讼案件量之比为1.32:1")]),
    # the lawsuits named 行政一审, the ratio said as 比例 with no 之
    ("全区行政复议案件量与行政一审案件量比例为2.3:1。",
     [("reconsideration_litigation_ratio", 2.3, "复议案件量与行政一审案件量比例为2.3:1")]),
    ("全区行政复议收案量与行政一审收案量之比达到3.2:1。",
     [("reconsideration_litigation_ratio", 3.2, "复议收案量与行政一审收案量之比达到3.2:1")]),
    # the lawsuits named 一审行政 by a court's word, after the court or how they were brought
    ("全市行政复议案件量与一审行政案件量之比为1.3:1。",
     [("reconsideration_litigation_ratio", 1.3, "复议案件量与一审行政案件量之比为1.3:1")]),
    ("全县行政复议收案数与全县法院一审行政案件收案数之比为2.2:1。",
     [("reconsideration_litigation_ratio", 2.2, "复议收案数与全县法院一审行政案件收案数之比为2.2:1")]),
    ("全区复议案件数与法院受理的一审行政案件数的比例为1.2:1。",
     [("reconsideration_litigation_ratio", 1.2, "复议案件数与法院受理的一审行政案件数的比例为1.2:1")]),
    # a rate after reconsideration and a change of the 行政一审 cases: no ratio
    ("复议后被诉率为7.6%,行政一审案件量同比下降11%。", []),
    # …nor of the 一审行政 cases, nor a ratio of two other kinds of case
    ("复议后被诉率为7.6%,一审行政案件量与上年之比为1.1:1。", []),
    ("调解与诉讼案件之比为3:1。", []),
    ("复议诉讼比例为1.5:1;上年该比值为0.97:1。", [("reconsideration_litigation_ratio", 1.5, "复议诉讼比例为1.5:1"),
                                          ("reconsideration_litigation_ratio", 0.97, "该比值为0.97:1")]),
    ("作出纠错决定(撤销、变更、确认违法、责令履行)合计23件,均为复议案件。",
     [("reconsideration_corrected", 23, "纠错决定(撤销、变更、确认违法、责令履行)合计23件")]),
    ("行政复议机构审结案件中,依法撤销、变更、确认违法或责令履行的共57件。",
     [("reconsideration_corrected", 57, "撤销、变更、确认违法或责令履行的共57件")]),
    ("行政复议机构审结案件中,撤销、变更和确认违法的案件共40件。",
     [("reconsideration_corrected", 40, "撤销、变更和确认违法的案件共40件")]),
    ("行政复议机关全年依法撤销、变更、确认违法具体行政行为共18件。",
     [("reconsideration_corrected", 18, "撤销、变更、确认违法具体行政行为共18件")]),
    # litigation
    ("区法院开庭审理涉区行政机关的一审行政诉讼案件96件。",
     [("litigation_hearings", 96, "开庭审理涉区行政机关的一审行政诉讼案件96件")]),
    ("区政府主要负责人应诉出庭率100%。", [("head_appearance_rate", 100, "主要负责人应诉出庭率100%")]),
    ("一把手出庭率达到90%。", [("head_appearance_rate", 90, "出庭率达到90%")]),
    ("行政首长出庭应诉率95%。", [("head_appearance_rate", 95, "出庭应诉率95%")]),
    ("行政机关负责人带头,出庭应诉58件。", [("head_appearances", 58, "出庭应诉58件")]),
    ("行政机关负责人出庭应诉26宗。", [("head_appearances", 26, "行政机关负责人出庭应诉26宗")]),
    ("行政机关负责人出庭应诉12起。", [("head_appearances", 12, "行政机关负责人出庭应诉12起")]),
    ("行政机关负责人出庭应诉38人次。", [("head_appearances", 38, "行政机关负责人出庭应诉38人次")]),
    ("单位负责人出庭应诉214件次。", [("head_appearances", 214, "单位负责人出庭应诉214件次")]),
    ("行政首长出庭应诉19次。", [("head_appearances", 19, "行政首长出庭应诉19次")]),
    ("开庭审理的118件案件中,118件案件均由负责人出庭应诉。",
     [("litigation_hearings", 118, "开庭审理的118件"), ("head_appearances", 118, "118件案件均由负责人出庭应诉")]),
    ("法院开庭审理一审行政案件102件。", [("litigation_hearings", 102, "开庭审理一审行政案件102件")]),
    ("本年度行政应诉案件开庭审理40件。", [("litigation_hearings", 40, "行政应诉案件开庭审理40件")]),
    ("全年行政诉讼收案200件,开庭审理121件。",
     [("litigation_first_instance", 200, "行政诉讼收案200件"), ("litigation_hearings", 121, "开庭审理121件")]),
    ("涉诉讼案件中开庭审理30件。", [("litigation_hearings", 30, "开庭审理30件")]),
    ("一审行政案件开庭审理100件。", [("litigation_hearings", 100, "行政案件开庭审理100件")]),
    ("法院审结141件,其中判决行政机关败诉9件。", [("litigation_lost", 9, "败诉9件")]),
    ("行政机关败诉的案件12件。", [("litigation_lost", 12, "败诉的案件12件")]),
    ("本院新收一审行政案件2146件。", [("litigation_first_instance", 2146, "一审行政案件2146件")]),
    ("一审行政诉讼案件收案312件。", [("litigation_first_instance", 312, "一审行政诉讼案件收案312件")]),
    ("行政诉讼一审案件84件。", [("litigation_first_instance", 84, "行政诉讼一审案件84件")]),
    ("全县行政应诉案件19件。", [("litigation_first_instance", 19, "行政应诉案件19件")]),
    ("本院共受理一审行政案件1413件,当年收案数为402件。",
     [("litigation_first_instance", 1413, "一审行政案件1413件"), ("litigation_first_instance", 402, "收案数为402件")]),
    # public legal services
    ("法援中心受理案件82件。", [("legal_aid_cases", 82, "法援中心受理案件82件")]),
    ("法援案件受理量360件。", [("legal_aid_cases", 360, "法援案件受理量360件")]),
    ("法律援助案件年办理量达到1.5万件。", [("legal_aid_cases", 15000, "法律援助案件年办理量达到1.5万件")]),
    ("法律援助案件:每年办理600件以上。", [("legal_aid_cases", 600, "法律援助案件:每年办理600件以上")]),
    ("近三年行政诉讼败诉率平均为15.2%。", [("litigation_loss_rate", 15.2, "败诉率平均为15.2%")]),
    ("全年公证办证量恢复到13500件。", [("notarizations", 13500, "公证办证量恢复到13500件")]),
    ("出具公证书2300份。", [("notarizations", 2300, "出具公证书2300份")]),
    ("公证事项量5200件。", [("notarizations", 5200, "公证事项量5200件")]),
    ("办理公证事项300宗。", [("notarizations", 300, "办理公证事项300宗")]),
    ("县公证处全年办证9872件。", [("notarizations", 9872, "公证处全年办证9872件")]),
    ("公证机构年办证量达到22万件。", [("notarizations", 220000, "公证机构年办证量达到22万件")]),
    ("今年新增行政诉讼案件3件,均胜诉。", [("litigation_first_instance", 3, "行政诉讼案件3件"), ("litigation_lost", 0, "均胜诉")]),
    ("其中民事诉讼30起,行政诉讼9起。", [("litigation_first_instance", 9, "行政诉讼9起")]),
    ("我局新收行政诉讼应诉案件4宗。", [("litigation_first_instance", 4, "行政诉讼应诉案件4宗")]),
    ("以县政府为被告的案件57宗。", [("litigation_first_instance", 57, "为被告的案件57宗")]),
    ("全年被诉案件12件。", [("litigation_first_instance", 12, "被诉案件12件")]),
    ("区政府审结的复议案件977件中直接纠错236件。",
     [("reconsideration_closed", 977, "审结的复议案件977件"), ("reconsideration_corrected", 236, "直接纠错236件")]),
    ("局主要领导出庭应诉3次。", [("head_appearances", 3, "主要领导出庭应诉3次")]),
    # the principal heads by 正职 or 一把手, the word kept in the evidence
    ("行政机关正职负责人出庭应诉13件。", [("head_appearances", 13, "行政机关正职负责人出庭应诉13件")]),
    ("行政机关正职出庭应诉4件。", [("head_appearances", 4, "行政机关正职出庭应诉4件")]),
    ("单位一把手出庭应诉7件。", [("head_appearances", 7, "单位一把手出庭应诉7件")]),
    ("正职负责人出庭应诉率达到40%。", [("head_appearance_rate", 40, "正职负责人出庭应诉率达到40%")]),
    ("县长、副县长出庭应诉5次。", [("head_appearances", 5, "副县长出庭应诉5次")]),
    ("行政机关负责人出庭比例为96%。", [("head_appearance_rate", 96, "行政机关负责人出庭比例为96%")]),
    ("全年调解成功率到达99%。", [("mediation_success_rate", 99, "调解成功率到达99%")]),
    ("全年行政诉讼败诉比例为5%。", [("litigation_loss_rate", 5, "败诉比例为5%")]),
    ("败诉案件占受案总数的5.4%。", [("litigation_loss_rate", 5.4, "败诉案件占受案总数的5.4%")]),
    ("县法援中心全年办理各类案件316件。", [("legal_aid_cases", 316, "法援中心全年办理各类案件316件")]),
    ("法律援助中心受理法律援助案件98件。", [("legal_aid_cases", 98, "法律援助案件98件")]),
    ("全年受理法律援助申请540件。", [("legal_aid_cases", 540, "受理法律援助申请540件")]),
    ("全年办理法律援助1200件。", [("legal_aid_cases", 1200, "办理法律援助1200件")]),
    ("畅通法律援助渠道,办理援助案件860件。", [("legal_aid_cases", 860, "援助案件860件")]),
    ("法律援助受案数860件。", [("legal_aid_cases", 860, "法律援助受案数860件")]),
    ("全区复议诉讼比值为3.4。", [("reconsideration_litigation_ratio", 3.4, "复议诉讼比值为3.4")]),
    ("复议诉讼案件比达1.6:1。", [("reconsideration_litigation_ratio", 1.6, "复议诉讼案件比达1.6:1")]),
    ("人民调解组织共受理案件2872宗。", [("mediation_cases", 2872, "调解组织共受理案件2872宗")]),
    ("全年受理群众调解申请1704件,调解成功1650件。",
     [("mediation_cases", 1704, "受理群众调解申请1704件"), ("mediation_succeeded", 1650, "调解成功1650件")]),
    ("调解组织共受理调解案件300件。", [("mediation_cases", 300, "调解案件300件")]),
    ("中心受理矛盾纠纷900件,化解880件,化解率97.8%。",
     [("mediation_cases", 900, "受理矛盾纠纷900件"), ("mediation_succeeded", 880, "化解880件"),
      ("mediation_success_rate", 97.8, "化解率97.8%")]),
    ("全年调解纠纷900件,调结880件,调结率97.8%。",
     [("mediation_cases", 900, "调解纠纷900件"), ("mediation_succeeded", 880, "调结880件"),
      ("mediation_success_rate", 97.8, "调结率97.8%")]),
    # 解结, resolved to an end, as 调结
    ("全年受理纠纷64件,解结61件,调解成功率95.3%。",
     [("mediation_cases", 64, "受理纠纷64件"), ("mediation_succeeded", 61, "解结61件"),
      ("mediation_success_rate", 95.3, "调解成功率95.3%")]),
]


@pytest.mark.parametrize("sentence, expected", LABELS, ids=[c[0][:16] for c in LABELS])
def test_label_families(sentence, expected):
    got = sorted((k, v, evidence) for k, v, _, _, evidence in read(sentence)[0])
    assert got == sorted((k, round(float(v), 2), e) for k, v, e in expected)


# Numbers that belong to other subjects: the exclusions and contexts of each family.
NOT_HEADLINE = [
    "全年办理行政复议调解案12件。",  # a reconsideration's mediated cases, no people's mediation
    "招商引资项目签约12个,成功率85%。",  # 成功率 with no mediation before it
    "受理商标注册申请20件,成功18件。",  # 成功 alone, where the sentence names no mediation
    "全年共对87件案件开展调解,行政复议调解成功62件,调解成功率71.26%。",  # reconsideration mediation
    "诉前调解成功1200件。",
    "诉讼调解成功80件。",
    "劳动仲裁调解成功30件。",
    "经司法确认的调解成功案件40件。",
    "共排查矛盾纠纷4826件,其中调解处理一批。",  # 排查 counts what was found, not what was mediated
    "开展调解宣传,预防纠纷1206件。",
    "律师参与调解纠纷60件。",
    "调解员人均调解纠纷25件。",
    "平均每月调解纠纷40件。",
    "每个调委会调解纠纷30件。",
    "各调委会平均调解纠纷30件。",
    "参与调解涉信访纠纷120件。",
    "法院诉前调解纠纷5000件。",
    "办理人民调解协议司法确认纠纷案件557件。",
    "通过诉讼调解化解纠纷300件。",
    "劳动仲裁调解纠纷200件。",
    "行政复议机构调解纠纷45件。",
    "调解消费投诉纠纷80件。",
    "调解劳动人事争议纠纷300件。",
    "调解涉警情纠纷45件。",
    "全年物业纠纷120件。",  # 纠纷 without 调解 in sight
    "经调解解结信访积案7件。",  # 解结 of petitions named after it, mediation in sight
    "解结信访积案7件。",
    "受理信访事项52件,解结50件。",  # 解结 alone, where the sentence names no mediation
    "行政复议以调解方式结案311件。",
    "行政复议尚未办结21件。",
    "对复议决定不服提起诉讼后,法院审结7件。",
    "行政复议人员人均办结案件35件。",
    "行政复议机关平均审结案件30件。",
    "复议工作中接待群众咨询400件。",
    "行政复议人员人均办理案件45件。",
    "全年共审结行政复议实体审查案件190件。",
    "行政复议案件进入行政诉讼后纠错案件6件。",
    "复议纠错率较上年提高2个百分点。",
    "复议后行政诉讼纠错率3%。",
    "复议机关参加行政诉讼案件审结50件。",
    "复议机关行政应诉案件审结20件。",
    "行政复议机构实体审查结案190件。",
    "行政复议以和解方式结案20件。",
    "驳回行政复议申请12件。",
    "终止审理行政复议案件32件。",
    "直接纠错的行政复议案件15件。",
    "维持原行政行为的行政复议案件71件。",
    "撤销原行政行为的行政复议案件8件。",
    "经调解的行政复议案件34件。",
    "达成和解的行政复议案件12件。",
    "进入诉讼程序的行政复议案件20件。",
    "办理行政应诉和行政复议案件120件。",
    "接待行政复议咨询和申请200件。",
    "信访转行政复议申请12件。",
    "政府信息公开行政复议案件30件。",
    "不予受理行政复议申请21件。",
    "复议工作人员平均办理案件40件。",
    "行政诉讼案件纠错率3%。",
    "正职负责人每年至少出庭应诉1次。",
    "与行政案件相比,民事案件开庭审理300件。",
    "与行政案件相比,刑事案件开庭审理200件。",
    "行政诉讼中负责人参与开庭审理案件12件。",
    "刑事案件败诉率2%。",
    "民事案件败诉率3%。",
    "民事案件败诉12件。",
    "刑事案件败诉3件。",
    "直接避免败诉15件。",
    "成功防范败诉案件8件。",
    "通过府院联动减少败诉10件。",
    "一审民事诉讼案件300件。",
    "一审刑事诉讼案件120件。",
    "一审民商事诉讼案件800件。",
    "法官人均审结一审行政案件45件。",
    "办结行政诉讼案件85件。",  # closed, with no instance said: it may hold appeals
    "行政机关败诉的一审行政案件9件。",
    "法官人均审理一审行政案件50件。",
    "平均每月受理一审行政案件20件。",
    "一审法官人均收案120件。",
    "一审案件平均收案量30件。",
    "律师人均办理法律援助案件12.5件。",
    "平均每名律师办理法律援助案件8件。",
    "每名律师办理法律援助案件平均8件。",
    "律师平均办理法律援助案件8件。",
    "接待法律援助咨询案件900件。",
    "收取法律援助结案材料2705件。",
    "法律援助值班律师案件320件。",
    "公证人员人均办理公证事项800件。",
    "平均每天办理公证事项30件。",
    "每名公证员办理公证事项600件。",
    "公证员平均办理公证事项800件。",
    "在线办理公证事项3017件。",
    "上门办理公证事项50件。",
    "车管所全年办证1.2万件。",  # 办证 that is not notarial
    "技术合同成交额比值为1.5:1。",  # 比值 with no 复议 in sight
    "全年收案数为402件。",  # 收案 of neither reconsideration nor first instance
    "申请人主动撤回复议申请3件。",
    "全年需办理复议案件(含结转)88件。",  # carry-over included: neither received nor closed
    "全年需审理复议案件90件。",
    "负责人高度重视,本局代理区政府出庭应诉22件。",  # agents appear, not heads
    "负责人带头学法,法律顾问出庭应诉9件。",
    "负责人带头学法,委托律师出庭应诉9件。",
    "负责人带头学法,工作人员出庭应诉9件。",
    "矛盾纠纷就地化解率达到92.6%。",  # shares of another kind than mediation's success
    "全年信访事项化解率98%。",
    "矛盾纠纷综合化解率95%。",
    "诉源治理积案化解率90%。",
    "协调化解行政争议67件,实质性化解率21.47%。",
    "全市法院新收行政诉讼案件1000件,其中二审案件200件。",  # appeals among them: no first-instance figure
    "二审行政诉讼案件80件。",
    "上诉的行政诉讼案件80件。",
    "全市法院审结行政诉讼案件47件。",
    "经复议后提起行政诉讼案件5件。",
    "民事行政诉讼案件80件。",
    "胜诉案件占受案总数的90%。",
    "律师参与出庭比例为30%。",  # no head in sight
    "市长热线受理诉求出庭应诉3件。",
    "村长出庭应诉3次。",
    "受理行政诉讼案件14427件(含旧存300件)。",
    "诉前纠纷化解率达31.5%。",
    "对交办的12件行政争议,已化解6件,化解率50%。",
    "法院协调化解行政纠纷88件。",
    "行政复议以调解、和解、撤回申请等方式结案40件。",
    "全年办理援助案件860件。",  # 援助 of what, the sentence does not say
    "开展法律援助宣传,司法救助援助案件20件。",
    "全年化解率98%。",  # no disputes in sight
    "各类招商项目化解880件。",  # 化解 alone, where no mediation is named
    "行政复议机构审结案件中,撤销、变更的案件共40件。",  # two ways of correcting: some of the corrections, not all
    "行政复议机构审结案件中,撤销、变更行政行为共40件。",  # the same, with the acts as object
    "全市行政诉讼案件中,法院判决撤销、变更、确认违法行政行为共31件。",  # a court's judgments
    "全市行政诉讼案件中,判决撤销、变更、确认违法或责令履行的共86件。",  # a court's judgments
    "区法院开庭审理涉及房屋租赁的民事案件96件。",  # civil cases heard, whomever they concern
    "法律顾问代表单位一把手出庭应诉6件。",  # an agent's appearances, whoever it stands in for
]


@pytest.mark.parametrize("sentence", NOT_HEADLINE, ids=[s[:16] for s in NOT_HEADLINE])
def test_not_headline(sentence):
    assert read(sentence)[0] == []


def test_a_ratio_written_without_its_colon_one():
    assert keys_values("行政复议案件与行政诉讼案件比值为1.8。") == [("reconsideration_litigation_ratio", 1.8)]
    assert keys_values("复议诉讼比为1.5。") == [("reconsideration_litigation_ratio", 1.5)]
    assert keys_values("全市男女比为1.2。") == []  # no ratio the catalog names
    assert keys_values("复议案件增长为1.8。") == []  # no ratio word before it: a bare figure stays bare


def test_a_count_of_cases_without_its_measure_word():
    assert keys_values("全市行政复议机关共审结复议案件4 318,审结率为90.1%。") == [("reconsideration_closed", 4318)]
    # Not without the clause ending after it, nor after a noun other than 案件.
    assert keys_values("共审结复议案件4 318余宗。") == [("reconsideration_closed", 4318)]
    assert keys_values("共审结复议案件编号4318,") == []
    assert keys_values("共审结复议案件4318") == []


def test_a_count_finds_its_context_in_the_title_of_its_section():
    body = "年内,区政府共收到申请214件。审结案件中,撤销、确认违法等直接纠错28件。"
    both = [("reconsideration_corrected", 28), ("reconsideration_received", 214)]
    assert keys_values(f"【行政复议】{body}") == both
    assert keys_values(f"一、行政复议工作\n{body}") == both
    assert keys_values(f"【执法监督】{body}") == []


def test_a_rate_finds_its_context_in_the_title_of_its_section():
    # a data list under its section's title, one figure a line: the rate's line names no topic
    body = "\n　　主要数据如下：\n　　案件总数：60件\n　　直接纠错率：8.5%\n"
    assert keys_values(f"　　（二）行政复议数据{body}") == [("reconsideration_correction_rate", 8.5)]
    assert keys_values(f"　　（二）执法监督数据{body}") == []


def test_zero_stated_in_words():
    assert keys_values("全年行政诉讼案件无一败诉。") == [("litigation_lost", 0)]
    assert keys_values("我局行政诉讼案件实现零败诉。") == [("litigation_lost", 0)]
    # 零败诉率: the rate's zero, said before its label, no count of lawsuits lost
    assert keys_values("我局行政诉讼案件实现零败诉率。") == [("litigation_loss_rate", 0)]
    assert keys_values("严格防范败诉风险。") == []
    assert keys_values("全年无行政诉讼败诉案件。") == [("litigation_lost", 0)]
    assert keys_values("全年未发生败诉案件。") == [("litigation_lost", 0)]
    assert keys_values("坚持无败诉风险评估。") == []
    assert keys_values("行政诉讼案件全部胜诉,均未败诉。") == [("litigation_lost", 0)]
    assert keys_values("全年行政诉讼未出现败诉情况。") == [("litigation_lost", 0)]
    assert keys_values("全年未出现败诉风险。") == []
    assert keys_values("作为被告的行政诉讼案件3件均胜诉,败诉率为0。") == [
        ("litigation_first_instance", 3), ("litigation_loss_rate", 0), ("litigation_lost", 0)]
    assert keys_values("败诉率为零。") == [("litigation_loss_rate", 0)]
    assert keys_values("败诉率为0.5%。") == [("litigation_loss_rate", 0.5)]  # a figure, read as one
    assert read("公证书差错率为0,全年无投诉。")[1] == [("公证书差错率", 0)]  # a rate's zero needs no sign
    assert read("全市差错件数为0。")[1] == []
    # After the whole's figure in its sentence, a zero is a part's.
    assert keys_values("行政诉讼败诉5件,其中以市政府为被告的案件无败诉案件。") == [("litigation_lost", 5)]


def test_a_part_is_headline_only_without_its_total():
    # 其中 marks a part of 审结, the sentence's one 败诉 figure: a headline value.
    assert keys_values("法院审结141件,其中判决行政机关败诉9件。") == [("litigation_lost", 9)]
    # A part of a stated total of the same key is not.
    assert keys_values("受理法律援助案件100件,其中刑事法律援助案件60件。") == [("legal_aid_cases", 100)]


def derived_values(text: str):
    """(key, value, derived, evidence) of the headline metrics of `text`, the report's year 2023."""
    norm = normalize(text)
    metrics, _, _ = Interpreter(norm, Outline(norm), [], 2023).run(scan(norm))
    return sorted((m.key, round(m.value, 2), m.derived, text[m.start:m.end]) for m in metrics)


def test_a_value_stated_only_by_its_parts_in_a_list_of_outcomes():
    corrected = "reconsideration_corrected"
    # Several parts add up to the value, derived; its evidence covers them.
    assert (corrected, 18, True, "撤销9件、确认违法6件、责令履行3件") in derived_values(
        "行政复议审结171件,其中驳回98件、维持41件、撤销9件、确认违法6件、责令履行3件,终止14件。")
    # One part alone is the value as stated.
    assert (corrected, 3, False, "撤销3件") in derived_values("行政复议审结10件,其中维持6件,撤销3件,终止1件。")
    assert (corrected, 2, False, "变更决定2件") in derived_values("行政复议审结9件,其中驳回7件,作出变更决定2件。")
    # No list of outcomes (维持, 驳回, 终止): a part says nothing of the whole.
    assert corrected not in keys_of("行政复议工作中依法撤销3件。")
    # No reconsideration in sight: another kind of case.
    assert corrected not in keys_of("执法监督案件10件,其中维持6件,撤销3件。")
    # The sentence states the whole itself: its parts add nothing.
    assert [v for v in derived_values("行政复议审结131件,其中维持96件,撤销14件,确认违法5件,终止14件,"
                                      "撤销、确认违法等纠错19件。") if v[0] == corrected] == [
        (corrected, 19, False, "撤销、确认违法等纠错19件")]
    # A part excluded by the label's own exclusions (诉讼) is none.
    assert corrected not in keys_of("行政复议审结10件,其中维持6件,行政诉讼撤销3件。")
    # A list of the parts alone, two or more, no other outcome beside them: a list of outcomes too.
    assert (corrected, 48, True, "撤销22件、确认违法21件、变更1件、责令履行4件") in derived_values(
        "行政复议审结1148件,其中撤销22件、确认违法21件、变更1件、责令履行4件。")
    assert (corrected, 9, True, "撤销原具体行政行为5件,确认违法4件") in derived_values(
        "全年审结行政复议案件88件,其中撤销原具体行政行为5件,确认违法4件。")
    # One part alone, with no other outcome, is still none.
    assert corrected not in keys_of("行政复议审结88件,其中撤销5件。")
    # Their sum said right after them with a word of a sum: the value stated, cited from the first part to it.
    assert (corrected, 48, False, "撤销22件、确认违法21件、变更1件、责令履行4件,共48件") in derived_values(
        "行政复议审结1148件,其中维持700件,撤销22件、确认违法21件、变更1件、责令履行4件,共48件。")
    # …a count after them that is not their sum is no such statement: they still add up.
    assert (corrected, 48, True, "撤销22件、确认违法21件、变更1件、责令履行4件") in derived_values(
        "行政复议审结1148件,其中维持700件,撤销22件、确认违法21件、变更1件、责令履行4件,共50件。")


def test_parts_named_together_label_the_whole():
    text = "行政复议审结451件,其中维持243件,驳回申请61件,撤销、变更、确认违法和责令履行44件。"
    assert ("reconsideration_corrected", 44, False, "撤销、变更、确认违法和责令履行44件") in derived_values(text)
    assert "reconsideration_corrected" not in keys_of("行政复议审结45件,其中维持23件,撤销、变更和确认违法登记44件。")


def test_a_sentence_opening_a_part_reads_its_context_in_the_sentence_before():
    assert ("reconsideration_corrected", 44) in keys_values(
        "全年审结行政复议案件451件。其中维持243件,撤销、变更和责令履行44件。")
    # Across a line break, only where the sentence before states a figure (tests/test_metrics_paragraph_topic.py).
    assert ("reconsideration_corrected", 44) in keys_values(
        "全年审结行政复议案件451件。\n其中维持243件,撤销、变更和责令履行44件。")
    assert "reconsideration_corrected" not in keys_of("全年行政复议工作稳步推进。\n其中维持243件,撤销、变更和责令履行44件。")


def test_a_count_reads_its_context_in_the_sentence_before_on_its_line():
    assert keys_values("全年共收到行政复议申请62件。已审结58件,直接纠错6件。") == [
        ("reconsideration_closed", 58), ("reconsideration_corrected", 6), ("reconsideration_received", 62)]
    # …and on the next line, the paragraph before ending in a sentence that states a figure
    assert keys_values("全年共收到行政复议申请62件。\n已审结58件,直接纠错6件。") == [
        ("reconsideration_closed", 58), ("reconsideration_corrected", 6), ("reconsideration_received", 62)]
    assert keys_values("全年共收到行政复议申请62件。\n已审结58件,直接纠错6件") == [("reconsideration_received", 62)]
    # Two sentences back is too far; and a sentence naming another topic keeps its numbers.
    assert keys_values("全年共收到行政复议申请62件。工作有序开展。已审结58件。") == [("reconsideration_received", 62)]
    assert keys_values("全年共收到行政复议申请62件。行政诉讼案件审结58件。") == [("reconsideration_received", 62)]


def test_a_sentence_opening_a_part_of_the_total_before_is_no_headline_value():
    assert keys_values("全年受理法律援助案件100件。其中刑事法律援助案件60件。") == [("legal_aid_cases", 100)]
    assert keys_values("全年受理法律援助案件100件。\n其中刑事法律援助案件60件。") == [
        ("legal_aid_cases", 60), ("legal_aid_cases", 100)]


def test_a_list_of_parts_cut_by_its_commas_is_cited_whole():
    cited = [e for k, _, _, e in derived_values("行政复议审结45件,通过撤销、变更、确认违法等纠错5件。")
             if k == "reconsideration_corrected"]
    assert cited == ["撤销、变更、确认违法等纠错5件"]


def test_a_clause_of_connectors_alone_after_a_rate_gives_that_rate_again():
    metrics, rates = read("调解成功率99.59%,连续五年保持在99%以上。")
    assert ("mediation_success_rate", 99, 2023, False, "连续五年保持在99%以上") in metrics
    assert ("调解成功率", 99) in rates
    # A change is no level; a clause with words of its own is not the rate before.
    assert [v for _, v in read("调解成功率99.59%,同比提高0.5%。")[1]] == [99.59]
    assert [v for _, v in read("调解成功率99.59%,群众满意度95%。")[1]] == [99.59]


def test_a_ranked_label_gives_its_figure_in_the_next_clause():
    metrics, rates = read("行政机关负责人出庭应诉率均达到100%,安乡县出庭应诉率最低,为87.5%。")
    assert ("head_appearance_rate", 87.5, 2023, False, "出庭应诉率最低,为87.5%") in metrics
    assert ("安乡县出庭应诉率", 87.5) in rates
    assert [v for _, v in read("安乡县出庭应诉工作最为薄弱,为87.5%。")[1]] == []


def test_a_topic_named_after_the_context_takes_the_numbers_after_it():
    assert keys_values("受理复议申请30件,办结27件;行政诉讼案件41件,审结38件。") == [
        ("litigation_first_instance", 41), ("reconsideration_closed", 27), ("reconsideration_received", 30)]
    assert keys_values("行政复议和行政应诉工作\n全县行政诉讼案件52件,审结47件。") == [("litigation_first_instance", 52)]
    assert keys_values("全年收到复议申请30件;法院受理的案件中,审结58件。") == [("reconsideration_received", 30)]
    # The context said again after the other topic takes the numbers back.
    # 复议诉讼比 and a lawsuit that did not follow name no other topic.
    assert keys_values("新收复议案件70件,复议诉讼比2.4:1,办结61件。") == [
        ("reconsideration_closed", 61), ("reconsideration_litigation_ratio", 2.4), ("reconsideration_received", 70)]
    assert keys_values("收到复议申请40件,均未引发行政诉讼,办结38件。") == [
        ("reconsideration_closed", 38), ("reconsideration_received", 40)]
    assert keys_values("行政诉讼案件41件;行政复议案件审结38件。") == [
        ("litigation_first_instance", 41), ("reconsideration_closed", 38)]
    assert keys_values("行政诉讼案件41件;行政复议审结38件,纠错5件。") == [
        ("litigation_first_instance", 41), ("reconsideration_closed", 38), ("reconsideration_corrected", 5)]


def test_counts_of_labels_listed_before_a_respectively_go_one_label_each():
    assert keys_values("全年受理法律援助案件、办理公证分别为1200件、5600件。") == [
        ("legal_aid_cases", 1200), ("notarizations", 5600)]
    assert keys_values("全年调解纠纷、办理法律援助案件分别为900件和300件。") == [
        ("legal_aid_cases", 300), ("mediation_cases", 900)]
    # A label the catalog does not name keeps its value out.
    assert keys_values("全年排查纠纷、办理法律援助案件分别为900件和300件。") == [("legal_aid_cases", 300)]
    # Years listed are no labels: each value keeps the label.
    assert dated_values("2022年、2023年分别受理法律援助案件900件、1000件。") == [
        ("legal_aid_cases", 900, 2022, False), ("legal_aid_cases", 1000, 2023, False)]


@pytest.mark.parametrize("sentence", ["已办结的行政复议案件33件。", "审结的行政复议案件30件。", "结案的行政复议案件28件。"])
def test_closed_cases_are_not_received_ones(sentence):
    assert keys_of(sentence) == {"reconsideration_closed"}


def keys_of(text: str) -> set[str]:
    return {k for k, _ in keys_values(text)}


def test_a_label_set_off_from_its_number_by_spaces_reads_as_one():
    # Yearbooks and web pages put a space between a label and its figure.
    assert read("共受理各类纠纷 5318件,调处成功\u3000 5252件,调解成功率 98.76%。")[0] == [
        ("mediation_cases", 5318, 2023, False, "受理各类纠纷 5318件"),
        ("mediation_succeeded", 5252, 2023, False, "调处成功\u3000 5252件"),
        ("mediation_success_rate", 98.76, 2023, False, "调解成功率 98.76%"),
    ]
    assert read("全年开展调解培训 12次。")[0] == []  # the space makes no label of what is none


# --- years and targets -----------------------------------------------------------------

ANNUAL = "2023年工作报告\n一、主要工作\n{body}\n二、2024年工作计划\n{plan}\n"


def dated_values(text: str, **options):
    return sorted((k, v, y, t) for k, v, y, t, _ in read(text, **options)[0])


def test_a_sentence_without_a_year_takes_the_report_year():
    assert dated_values("全年办理法律援助案件320件。") == [("legal_aid_cases", 320, 2023, False)]
    assert dated_values("全年办理法律援助案件320件。", report_year=None) == [("legal_aid_cases", 320, None, False)]


def test_figures_for_a_period_of_years_have_no_year():
    assert dated_values("“十四五”期间,全市调解成功率达98.16%。") == [("mediation_success_rate", 98.16, None, False)]
    assert dated_values("近三年来,全区办理法律援助案件3000件。") == [("legal_aid_cases", 3000, None, False)]
    assert dated_values("2023年以来,办理法律援助案件300件。") == [("legal_aid_cases", 300, 2023, False)]
    # since an event of a year before the report's took effect: a total up to now
    assert dated_values("2022年法律援助法实施以来,全市共办理法律援助案件8000件。") == [("legal_aid_cases", 8000, None, False)]
    assert dated_values("2021年新修订的《人民调解工作规定》施行以来,全区共调解矛盾纠纷3000件。") == [
        ("mediation_cases", 3000, None, False)]
    # the event said without 以来 dates its year's figures
    assert dated_values("2022年法律援助法实施,全市当年办理法律援助案件800件。") == [("legal_aid_cases", 800, 2022, False)]


def test_level_to_a_date_is_that_year_and_no_target():
    assert dated_values("截至2020年11月30日,全区共办理法律援助案件2615件。") == [("legal_aid_cases", 2615, 2020, False)]
    assert dated_values("截止到2019年12月20日,共受理调解案件28437件。") == [("mediation_cases", 28437, 2019, False)]


def test_series_to_a_year_is_no_target():
    assert dated_values("行政复议直接纠错率由2018年的3.2%提高到2022年的11.5%。") == [
        ("reconsideration_correction_rate", 3.2, 2018, False), ("reconsideration_correction_rate", 11.5, 2022, False)]


def test_the_figure_a_comparison_starts_from_is_the_labels_value_for_its_year():
    assert dated_values("新收行政复议案件5 862件,较2022年的4 829件增长21.4%。", report_year=2023) == [
        ("reconsideration_received", 4829, 2022, False), ("reconsideration_received", 5862, 2023, False)]
    assert dated_values("调解成功率98.5%,较上年的97.2%提高1.3个百分点。") == [
        ("mediation_success_rate", 97.2, 2022, False), ("mediation_success_rate", 98.5, 2023, False)]
    # A change is no starting figure; nor a figure of another kind.
    assert dated_values("新收行政复议案件586件,比上年增加104件。") == [("reconsideration_received", 586, 2023, False)]
    assert dated_values("新收行政复议案件586件,较上年的95%有所下降。") == [("reconsideration_received", 586, 2023, False)]


def test_a_value_after_a_series_origin_takes_the_year_said_before_it():
    assert dated_values("2023年,负责人出庭应诉率由2021年的85%提高到96%。") == [
        ("head_appearance_rate", 85, 2021, False), ("head_appearance_rate", 96, 2023, False)]
    assert dated_values("负责人出庭应诉率由2021年的85%提高到96%。", report_year=2022) == [
        ("head_appearance_rate", 85, 2021, False), ("head_appearance_rate", 96, 2022, False)]


def test_a_series_of_three_years_lists_the_middle_year_after_a_list_mark():
    # the year's value listed right after the one before (、 or 和), in the origin or in the level reached
    assert dated_values("2023年,负责人出庭应诉率从2021年的85%、2022年的92%提升至100%。") == [
        ("head_appearance_rate", 85, 2021, False), ("head_appearance_rate", 92, 2022, False),
        ("head_appearance_rate", 100, 2023, False)]
    assert dated_values("负责人出庭应诉率由2021年的85%提升至2022年的92%、2023年的100%。") == [
        ("head_appearance_rate", 85, 2021, False), ("head_appearance_rate", 92, 2022, False),
        ("head_appearance_rate", 100, 2023, False)]
    assert dated_values("新收行政复议案件从2021年的120件、2022年的150件增至180件。") == [
        ("reconsideration_received", 120, 2021, False), ("reconsideration_received", 150, 2022, False),
        ("reconsideration_received", 180, 2023, False)]


def test_a_series_goes_on_with_again_in_a_clause_of_its_own():
    assert dated_values("负责人出庭应诉率由2021年的85%提升到2022年的92%,再提升到2023年的100%。") == [
        ("head_appearance_rate", 85, 2021, False), ("head_appearance_rate", 92, 2022, False),
        ("head_appearance_rate", 100, 2023, False)]
    assert dated_values("负责人出庭应诉率由2021年的85%提升到2022年的92%,又提高至2023年的100%。") == [
        ("head_appearance_rate", 85, 2021, False), ("head_appearance_rate", 92, 2022, False),
        ("head_appearance_rate", 100, 2023, False)]


def test_a_year_listed_apart_from_the_value_before_keys_no_value_of_its_label():
    # the years compared with are listed after a comma, their values paired after them: no value keyed by the last
    assert dated_values("调解成功率达98.6%,较2022年、2021年的98.1%、97.5%均有提升。") == [
        ("mediation_success_rate", 98.6, 2023, False)]


def test_level_reached_after_a_change_takes_the_label_of_the_change():
    assert dated_values("行政机关败诉率较上年下降5.3个百分点,降至11.6%。") == [("litigation_loss_rate", 11.6, 2023, False)]
    assert dated_values("负责人出庭应诉率从2018年的31.6%升至2019年的67.2%。") == [
        ("head_appearance_rate", 31.6, 2018, False), ("head_appearance_rate", 67.2, 2019, False)]
    assert dated_values("行政机关败诉率同比下降2.5个百分点至6.1%。") == [("litigation_loss_rate", 6.1, 2023, False)]
    # A clause of connectors alone after the change: 达到98%.
    assert dated_values("负责人出庭应诉率同比提高12个百分点,达到98%。") == [("head_appearance_rate", 98, 2023, False)]
    assert dated_values("负责人出庭应诉率同比提高12个百分点,群众满意度98%。") == []
    assert dated_values("负责人出庭率从2021年全年的20%提高到2022年全年的35%。") == [
        ("head_appearance_rate", 20, 2021, False), ("head_appearance_rate", 35, 2022, False)]


def test_the_figure_a_comparison_starts_from_may_follow_its_year_directly():
    assert dated_values("全年新收行政复议案件600件,较2022年558件增加7.5%。") == [
        ("reconsideration_received", 558, 2022, False), ("reconsideration_received", 600, 2023, False)]


@pytest.mark.parametrize("compared", ["较上一年度", "比上年度", "较上年同期", "与去年同期的"])
def test_the_figure_a_comparison_starts_from_may_follow_a_longer_year(compared):
    # the year before said long, or the same period of it (同期) in a sentence of the whole year: that year's
    assert dated_values(f"全区新收一审行政案件415件,{compared}462件有所减少。") == [
        ("litigation_first_instance", 415, 2023, False), ("litigation_first_instance", 462, 2022, False)]
    # (the same months of the year before, in a sentence of the first months: no figure of that whole year's)
    assert dated_values("2023年1-9月,全区新收一审行政案件415件,较2022年同期462件减少47件。") == [
        ("litigation_first_instance", 415, 2023, False)]


def test_the_figure_a_comparison_starts_from_continues_the_count_before_a_rate():
    # a rate (or a change) said between the count and the figure it is compared with is another kind's
    assert dated_values("全年行政复议直接纠错58件,纠错率14%,较去年31件明显增加。") == [
        ("reconsideration_corrected", 31, 2022, False), ("reconsideration_corrected", 58, 2023, False),
        ("reconsideration_correction_rate", 14, 2023, False)]
    assert dated_values("全市受理行政复议申请910件,同比增长12%,较上年810件有所增加。") == [
        ("reconsideration_received", 810, 2022, False), ("reconsideration_received", 910, 2023, False)]
    # a change stays a change; a rate is no base of a count; nor is a count after one its label did not name
    assert dated_values("全年行政复议直接纠错58件,纠错率14%,较上年增长60%。") == [
        ("reconsideration_corrected", 58, 2023, False), ("reconsideration_correction_rate", 14, 2023, False)]
    assert dated_values("全年行政复议直接纠错58件,纠错率14%,较上年的11%有所提高。") == [
        ("reconsideration_corrected", 58, 2023, False), ("reconsideration_correction_rate", 11, 2022, False),
        ("reconsideration_correction_rate", 14, 2023, False)]
    assert dated_values("全市受理行政复议申请910件,其中涉企业的120件,纠错率9%,较去年100件有所增加。") == [
        ("reconsideration_correction_rate", 9, 2023, False), ("reconsideration_received", 910, 2023, False)]


def test_the_year_before_said_as_shangnian_dates_the_figures():
    assert dated_values("上年度全区调解成功率为95%。") == [("mediation_success_rate", 95, 2022, False)]
    assert dated_values("上一年度全区共办理法律援助案件300件。") == [("legal_aid_cases", 300, 2022, False)]
    # a comparison with it, or the cases carried over from it, date nothing
    assert dated_values("全区调解成功率98%,较上年提高2个百分点。") == [("mediation_success_rate", 98, 2023, False)]
    assert ("reconsideration_received", 448, 2023, False) in dated_values(
        "全年共办理行政复议案件486件,其中上年结转38件,新收448件。")


def test_a_series_from_the_year_before_dates_its_origin_a_year_earlier():
    assert dated_values("负责人出庭应诉率由上年的80%提升至100%。") == [
        ("head_appearance_rate", 80, 2022, False), ("head_appearance_rate", 100, 2023, False)]
    assert dated_values("2021年,负责人出庭应诉率由去年的70%提升至90%。") == [
        ("head_appearance_rate", 70, 2020, False), ("head_appearance_rate", 90, 2021, False)]


def test_a_comparisons_base_right_after_the_label_is_the_origin_of_a_series():
    assert dated_values("全县行政复议纠错率较上年的20.5%下降至12.3%。") == [
        ("reconsideration_correction_rate", 12.3, 2023, False), ("reconsideration_correction_rate", 20.5, 2022, False)]
    assert dated_values("调解成功率比2022年的95%提高至98%。") == [
        ("mediation_success_rate", 95, 2022, False), ("mediation_success_rate", 98, 2023, False)]
    # the count a change starts from, its label before it
    assert dated_values("全年新收行政复议案件较2022年的400件增加25%。") == [("reconsideration_received", 400, 2022, False)]
    # a comparison with no time named is no origin (较85%提高)
    assert dated_values("调解成功率较95%提高至98%。") == []
    # an enforcement case's correction rate is no reconsideration's, though the sentence speaks of reconsideration
    assert dated_values("全市行政复议工作稳步推进,行政执法案件纠错率较2022年的31.18%下降至10.98%。") == []


def test_a_year_in_a_bracket_dates_only_what_the_bracket_holds():
    assert dated_values("行政复议已办结40件(含2022年结转5件),纠错3件。") == [
        ("reconsideration_closed", 40, 2023, False), ("reconsideration_corrected", 3, 2023, False)]
    assert dated_values("2021年,受理法律援助案件800件(2022年为760件),办理公证2100件。") == sorted([
        ("legal_aid_cases", 800, 2021, False), ("legal_aid_cases", 760, 2022, False), ("notarizations", 2100, 2021, False)])
    # A bracket still open holds the number: its year is the number's.
    assert dated_values("受理法律援助案件800件(2022年受理法律援助案件760件)。") == sorted([
        ("legal_aid_cases", 800, 2023, False), ("legal_aid_cases", 760, 2022, False)])


def test_a_paragraph_opening_with_a_year_before_its_subject_dates_its_sentences():
    assert dated_values("2020年全县共有调委会210个。全年调解纠纷1300件。", report_year=None) == [
        ("mediation_cases", 1300, 2020, False)]
    assert dated_values("2020年,全县共有调委会210个。全年调解纠纷1300件。", report_year=None) == [
        ("mediation_cases", 1300, 2020, False)]
    assert dated_values("2020年的工作已经结束。全年调解纠纷1300件。", report_year=None) == [
        ("mediation_cases", 1300, None, False)]


def test_a_year_with_its_months_dates_the_figures():
    # a statistics release or news item: its months' figures are its own (a yearly report's are no year's)
    assert dated_values("2022年1—6月,全市共受理行政复议案件312件。", plans_next_year=False) == [
        ("reconsideration_received", 312, 2022, False)]
    assert dated_values("2022年12月,全市共受理行政复议案件31件。", plans_next_year=False) == [
        ("reconsideration_received", 31, 2022, False)]
    # A date something takes effect from dates nothing said after it.
    assert dated_values("条例于2024年1月1日起施行,全市共受理行政复议案件31件。") == [
        ("reconsideration_received", 31, 2023, False)]


def test_relative_years_count_from_the_publication_year():
    text = "去年全年,全省新收行政复议案件10912件。今年1至6月,新收行政复议案件6237件。"
    assert dated_values(text, published_year=2023, plans_next_year=False) == [
        ("reconsideration_received", 6237, 2023, False), ("reconsideration_received", 10912, 2022, False)]
    # Without the item's date, 去年 says nothing: the report's year stands.
    assert dated_values(text, report_year=None) == [
        ("reconsideration_received", 6237, None, False), ("reconsideration_received", 10912, None, False)]
    # 较去年 compares; it dates nothing.
    assert dated_values("新收行政复议案件600件,较去年增加20件。", published_year=2024) == [
        ("reconsideration_received", 600, 2023, False)]
    # 今年以来 is a part of this year; 去年以来 runs over two.
    assert dated_values("今年以来,共受理各类纠纷87件,成功调解85件。", published_year=2024, report_year=None) == [
        ("mediation_cases", 87, 2024, False), ("mediation_succeeded", 85, 2024, False)]


@pytest.mark.parametrize(("opening", "year"), [("今年以来", 2024), ("去年", 2023), ("去年以来", None), ("前年以来", None)])
def test_relative_years_date_quantities_but_a_period_since_last_year_none(opening, year):
    report = extract(f"发布时间:2024-05-20\n{opening},全区共开展普法活动12场。")
    assert [(q.value, q.year) for q in report.quantities] == [(12, year)]


def test_a_paragraph_opening_with_a_year_dates_its_sentences():
    text = "2023年,全市法治政府建设取得成效。全市新收行政复议案件698件。"
    assert dated_values(text, report_year=2024, plan_document=True) == [("reconsideration_received", 698, 2023, False)]


def test_plan_section_plans_the_next_year_and_keeps_past_years_as_achievements():
    text = ANNUAL.format(body="办结行政复议案件212件。", plan="2023年已办结行政复议案件212件。力争办理法律援助案件400件。")
    assert dated_values(text) == [("legal_aid_cases", 400, 2024, True), ("reconsideration_closed", 212, 2023, False),
                           ("reconsideration_closed", 212, 2023, False)]


@pytest.mark.parametrize("heading", ["二、2024年工作重点", "二、下步工作", "二、下阶段工作", "二、今后工作方向", "二、2024年工作谋划",
                                     "二、2024年工作设想", "二、2024年推进法治政府建设的主要举措"])
def test_plan_headings_of_many_wordings(heading):
    text = f"一、2023年工作成效\n受理法律援助案件300件。\n{heading}\n办理法律援助案件400件。\n"
    assert dated_values(text) == [("legal_aid_cases", 300, 2023, False), ("legal_aid_cases", 400, 2024, True)]


def test_a_numbered_heading_naming_a_plan_makes_no_plan_document():
    text = ("一、2023年推进法治政府建设的主要举措和成效\n全年办理法律援助案件500件。\n"
            "二、2024年工作要点\n办理法律援助案件300件。\n")
    assert dated_values(text) == [("legal_aid_cases", 300, 2024, True), ("legal_aid_cases", 500, 2023, False)]
    # A title line naming a plan makes one: every part after the review plans.
    plan = "某县2024年法治政府建设工作要点\n一、总体要求\n办理法律援助案件300件。\n"
    assert dated_values(plan, plan_document=True, report_year=2024) == [("legal_aid_cases", 300, 2024, True)]


def test_a_part_holding_shortcomings_and_plans_plans():
    text = ("一、2023年工作计划完成情况\n全年办理法律援助案件500件。\n"
            "二、存在的问题和下一步打算\n（一）存在问题\n基层力量薄弱。\n（二）下一步打算\n办理法律援助案件300件。\n")
    assert dated_values(text) == [("legal_aid_cases", 300, 2024, True), ("legal_aid_cases", 500, 2023, False)]


@pytest.mark.parametrize("heading", ["二、统筹谋划法律服务", "二、重点工作扎实推进", "二、2023年推进法治政府建设的主要举措"])
def test_headings_of_work_done_plan_nothing(heading):
    text = f"一、2023年工作成效\n受理法律援助案件300件。\n{heading}\n办理法律援助案件400件。\n"
    assert dated_values(text) == [("legal_aid_cases", 300, 2023, False), ("legal_aid_cases", 400, 2023, False)]


@pytest.mark.parametrize("opening", ["2024年,我县将", "2024年全区将", "2024年,县政府将", "新的一年,我们将", "接下来,", "下步,",
                                     "2024年,全省法院将", "2024年,两级法院将", "2024年,本院将"])
def test_plan_paragraphs_of_many_openings(opening):
    text = f"一、2023年工作成效\n受理法律援助案件300件。\n{opening}办理法律援助案件400件。\n"
    assert dated_values(text) == [("legal_aid_cases", 300, 2023, False), ("legal_aid_cases", 400, 2024, True)]


@pytest.mark.parametrize("title", ["2024年工作打算", "2024年主要工作安排", "明年工作思路", "下一年度工作计划"])
def test_a_plan_part_s_title_run_into_its_paragraph_after_a_colon_plans_it(title):
    text = f"一、2023年工作成效\n受理法律援助案件300件。\n{title}:办理法律援助案件400件。\n"
    assert dated_values(text) == [("legal_aid_cases", 300, 2023, False), ("legal_aid_cases", 400, 2024, True)]


@pytest.mark.parametrize("title", ["2023年工作目标完成情况", "主要做法"])
def test_a_title_of_work_done_run_into_its_paragraph_plans_nothing(title):
    text = f"一、2023年工作成效\n受理法律援助案件300件。\n{title}:办理法律援助案件400件。\n"
    assert dated_values(text) == [("legal_aid_cases", 300, 2023, False), ("legal_aid_cases", 400, 2023, False)]


def test_a_year_of_the_courts_without_its_future_plans_nothing():
    text = "一、2023年工作成效\n受理法律援助案件300件。\n2023年,全省法院推动行政机关负责人出庭应诉率提高到90%。\n"
    assert dated_values(text) == [("head_appearance_rate", 90, 2023, False), ("legal_aid_cases", 300, 2023, False)]


def test_a_statistics_item_plans_the_rest_of_its_own_year():
    text = "一、总体情况\n调解组织受理矛盾纠纷800件。\n二、下一步工作\n确保全年调解成功率保持在98%以上。\n"
    assert dated_values(text, report_year=2022, plans_next_year=False) == [
        ("mediation_cases", 800, 2022, False), ("mediation_success_rate", 98, 2022, True)]
    assert dated_values(text, report_year=2022) == [
        ("mediation_cases", 800, 2022, False), ("mediation_success_rate", 98, 2023, True)]


def test_plan_document_targets_the_planned_years():
    text = "一、主要指标\n行政机关负责人出庭应诉率:2023年要达到95%,2025年达到100%;\n2020年,全县行政机关负责人出庭应诉率为86.7%。\n"
    assert dated_values(text, report_year=None, published_year=2021, plan_document=True) == [
        ("head_appearance_rate", 86.7, 2020, False), ("head_appearance_rate", 95, 2023, True),
        ("head_appearance_rate", 100, 2025, True)]


TARGETS = [
    # (sentence, key, value)
    ("确保行政机关负责人出庭应诉率保持100%。", "head_appearance_rate", 100),
    ("力争一审行政诉讼案件败诉率控制在5%以下。", "litigation_loss_rate", 5),
    ("行政诉讼败诉率控制在6%以内。", "litigation_loss_rate", 6),
    ("败诉率维持在10%以下。", "litigation_loss_rate", 10),
    ("各级行政机关负责人出庭应诉率均要达到100%。", "head_appearance_rate", 100),
    ("负责人出庭应诉率要达到90%以上。", "head_appearance_rate", 90),
    ("争取调解成功率达到99%。", "mediation_success_rate", 99),
    ("全年新收行政复议案件力争突破1 000件。", "reconsideration_received", 1000),  # the cue after the label
    ("行政机关负责人出庭应诉率确保达到100%。", "head_appearance_rate", 100),
    ("调解成功率预计达到98%。", "mediation_success_rate", 98),
    ("全年完成法律援助案件3500件的目标任务。", "legal_aid_cases", 3500),
    ("全年法律援助案件280件目标任务已完成。", "legal_aid_cases", 280),
]


@pytest.mark.parametrize("sentence, key, value", TARGETS, ids=[t[0][:14] for t in TARGETS])
def test_target_phrasings_among_achievements(sentence, key, value):
    assert dated_values(sentence) == [(key, value, 2023, True)]


ACHIEVEMENTS = [
    "行政机关负责人出庭应诉率达到98.2%。",
    "调解成功率保持在98%以上。",
    "行政复议直接纠错率提高到12.5%。",
    "截止到2023年12月20日,共受理调解案件2843件。",
]


@pytest.mark.parametrize("sentence", ACHIEVEMENTS, ids=[s[:14] for s in ACHIEVEMENTS])
def test_achievements_are_no_targets(sentence):
    assert [t for *_, t in dated_values(sentence)] == [False]


# --- lists of values after one label ---------------------------------------------------

def test_respectively_gives_each_value_its_year():
    text = "2021年、2022年、2023年,全市分别新收行政复议案件612件、745件、1038件;分别审结583件、716件、964件。"
    assert dated_values(text) == [
        ("reconsideration_closed", 583, 2021, False), ("reconsideration_closed", 716, 2022, False),
        ("reconsideration_closed", 964, 2023, False), ("reconsideration_received", 612, 2021, False),
        ("reconsideration_received", 745, 2022, False), ("reconsideration_received", 1038, 2023, False)]


def test_respectively_over_a_range_of_years():
    assert dated_values("2019年至2021年,行政机关败诉率分别为9.2%、6.5%和4.8%。") == [
        ("litigation_loss_rate", 4.8, 2021, False), ("litigation_loss_rate", 6.5, 2020, False),
        ("litigation_loss_rate", 9.2, 2019, False)]
    assert dated_values("2016年至2018年,三年间收案数分别为402件、463件、548件,均为一审行政案件。") == [
        ("litigation_first_instance", 402, 2016, False), ("litigation_first_instance", 463, 2017, False),
        ("litigation_first_instance", 548, 2018, False)]


def test_years_said_after_an_earlier_value_of_the_sentence():
    text = "2023年,直接纠错率14.73%;2021年、2022年直接纠错率分别为11.5%、12.8%,均为复议案件。"
    assert dated_values(text) == [
        ("reconsideration_correction_rate", 11.5, 2021, False), ("reconsideration_correction_rate", 12.8, 2022, False),
        ("reconsideration_correction_rate", 14.73, 2023, False)]


def test_respectively_after_a_year_since_gives_the_years_from_it():
    assert dated_values("2019年以来,行政机关负责人出庭率分别为60%、75%、90%。", report_year=2021) == [
        ("head_appearance_rate", 60, 2019, False), ("head_appearance_rate", 75, 2020, False),
        ("head_appearance_rate", 90, 2021, False)]
    # More values than the years up to the report's: each keeps the year it was read with, none of the years
    # since 2020 in particular.
    assert {y for *_, y, _ in dated_values("2020年以来,负责人出庭率分别为60%、75%、90%。", report_year=2021)} == {None}


def test_respectively_without_years_keeps_the_year_read():
    # Values of labels, not of years: each of the report's year.
    assert dated_values("受理法律援助案件、办理公证分别为120件、95件。") == [
        ("legal_aid_cases", 120, 2023, False), ("notarizations", 95, 2023, False)]
    # Values of places are none of the report's own.
    assert dated_values("甲县、乙县分别办理法律援助案件120件、95件。") == []


def test_respectively_pairs_labels_with_values():
    assert sorted(read("优秀率、合格率分别为31.2%、96.5%。")[1]) == sorted([("优秀率", 31.2), ("合格率", 96.5)])


def test_labels_sharing_one_value_each_give_a_rate():
    metrics, rates = read("负责人出庭应诉率、出庭发声率均达到100%。")
    assert sorted(rates) == [("出庭发声率", 100), ("负责人出庭应诉率", 100)]
    assert [(k, v) for k, v, *_ in metrics] == [("head_appearance_rate", 100)]


# --- generic rates --------------------------------------------------------------------

RATES = [
    ("行政复议案件直接纠错率9.8%。", [("直接纠错率", 9.8)]),
    ("一审行政案件实体败诉率4.2%。", [("实体败诉率", 4.2)]),
    ("行政诉讼案件和解撤诉率12%。", [("和解撤诉率", 12)]),
    ("以调解、和解方式结案,调解和解率18.58%。", [("调解和解率", 18.58)]),
    ("人大代表建议办复率100%。", [("办复率", 100)]),
    ("群众满意率99.59%。", [("满意率", 99.59)]),
    ("复议后被起诉率7.75%。", [("被起诉率", 7.75)]),
    ("行政機關負責人出庭應訴率達到100%。", [("行政機關負責人出庭應訴率", 100)]),
    ("出庭应诉率100%,行政机关负责人出庭应诉率继续保持100%。", [("出庭应诉率", 100)]),
    ("政务服务事项“一网通办”率达97.3%。", [("“一网通办”率", 97.3)]),
    ("城乡规划类案件的败诉率仍超过15%。", [("败诉率", 15)]),
    ("案件调撤率由2020年的27.1%升至35.6%。", [("调撤率", 27.1), ("调撤率", 35.6)]),
]


@pytest.mark.parametrize("sentence, expected", RATES, ids=[r[0][:12] for r in RATES])
def test_rate_labels_as_written(sentence, expected):
    got = read(sentence)[1]
    assert len(got) == len(expected)
    for (label, value), (want, want_value) in zip(sorted(got), sorted(expected)):
        assert label.endswith(want) and value == want_value


def test_rates_of_different_measures_with_one_value_stay_apart():
    assert sorted(read("合法性审查率100%,备案审查率100%。")[1]) == sorted([("备案审查率", 100), ("合法性审查率", 100)])


def test_table_column_headings_name_the_rates_below():
    table = "地区 | 开庭 | 负责人出庭 | 出庭应诉率(%)\n东城区 | 40 | 38 | 95%\n西城区 | 20 | 17 | 85%\n"
    assert sorted(read(table)[1]) == [("出庭应诉率", 85), ("出庭应诉率", 95)]
    # A column whose heading is no …率 gives no rate; nor does a row outside a table.
    assert read("项目 | 2023年 | 同比\n收到申请 | 163 | 12.4%\n")[1] == []
    assert read("东城区 | 40 | 95%\n")[1] == []


def test_the_summary_part_of_a_summary_and_plan_is_no_target():
    text = "一、2022年工作总结\n新收行政复议案件342件。\n二、2023年工作计划\n力争办理法律援助案件400件。\n"
    assert dated_values(text, report_year=2022, plan_document=True) == [
        ("legal_aid_cases", 400, 2023, True), ("reconsideration_received", 342, 2022, False)]


def test_places_after_a_rate_give_their_values_of_it():
    rates = read("全年出庭应诉率为96%;甲县98.41%,乙区97.22%,丙街道95%。")[1]
    assert rates == [("出庭应诉率", 96), ("出庭应诉率", 98.41), ("出庭应诉率", 97.22), ("出庭应诉率", 95)]
    # Not past the sentence, and not for what is no place.
    assert read("全年出庭应诉率为96%。甲县98.41%。")[1] == [("出庭应诉率", 96)]
    assert read("全年出庭应诉率为96%;其中一审98.41%,二审97.5%。")[1] == [("出庭应诉率", 96)]


def test_a_quota_set_from_above_is_a_target_of_its_paragraphs_count():
    assert dated_values("全年受理法律援助案件312件。市局下达我县全年280件目标任务,完成率111.43%。") == [
        ("legal_aid_cases", 280, 2023, True), ("legal_aid_cases", 312, 2023, False)]
    assert dated_values("全年办理法律援助案件386件,完成市局下达目标任务(300件)的128.7%。") == [
        ("legal_aid_cases", 300, 2023, True), ("legal_aid_cases", 386, 2023, False)]
    # the year's task named with no word of a target, in the parenthesis after it or right after its count
    assert dated_values("全年办理法律援助案件463件,超额完成年度任务(420件)。") == [
        ("legal_aid_cases", 420, 2023, True), ("legal_aid_cases", 463, 2023, False)]
    assert dated_values("全县调解矛盾纠纷1530件,完成全年工作任务（1400件）的109%。") == [
        ("mediation_cases", 1400, 2023, True), ("mediation_cases", 1530, 2023, False)]
    # …but not a task done with no figure of it, nor the bracket of another figure
    assert dated_values("全年办理法律援助案件463件,圆满完成年度任务。") == [("legal_aid_cases", 463, 2023, False)]
    assert dated_values("全年办理法律援助案件463件,较上年(402件)有所增长。") == [
        ("legal_aid_cases", 402, 2022, False), ("legal_aid_cases", 463, 2023, False)]
    # No count of its paragraph before it, or one in another measure word: the quota names nothing.
    assert dated_values("全年受理法律援助案件312件。\n市局下达280件目标任务。") == [("legal_aid_cases", 312, 2023, False)]
    assert dated_values("提供法律咨询620人次。市局下达280件目标任务。") == []


# --- tables ------------------------------------------------------------------------------

def test_a_table_with_a_row_per_year_gives_each_row_its_year():
    text = ("附表:全县人民调解工作情况\n年份\t受理纠纷(件)\t调解成功(件)\t调解成功率\n"
            "2021年\t812\t800\t98.52%\n2022年\t1,034\t1,020\t98.65%\n")
    metrics, rates = read(text, report_year=None)
    assert [(k, v, y, t) for k, v, y, t, _ in metrics] == [
        ("mediation_cases", 812, 2021, False), ("mediation_succeeded", 800, 2021, False),
        ("mediation_success_rate", 98.52, 2021, False), ("mediation_cases", 1034, 2022, False),
        ("mediation_succeeded", 1020, 2022, False), ("mediation_success_rate", 98.65, 2022, False)]
    assert metrics[1][4] == "2021年\t812\t800"  # the evidence runs from the row's label to the cell
    assert rates == [("调解成功率", 98.52), ("调解成功率", 98.65)]


@pytest.mark.parametrize("text", [
    "| 指标 | 数值 |\n| 调解成功率 | 97.3% |\n",
    "| 调解成功率 | 97.3% |\n",
    "调解成功率 | 97.3%\n",
])
def test_a_row_of_two_cells_between_bars_labels_its_value(text):
    assert read(text) == ([("mediation_success_rate", 97.3, 2023, False, "调解成功率 | 97.3%")], [("调解成功率", 97.3)])


@pytest.mark.parametrize("text, expected", [
    ("调解成功率(%)\t97.3\n", [("mediation_success_rate", 97.3, 2023, False, "调解成功率(%)\t97.3")]),
    ("| 调解成功率(%) | 97.3 |\n", [("mediation_success_rate", 97.3, 2023, False, "调解成功率(%) | 97.3")]),
    ("办理法律援助案件(件)\t415\n", [("legal_aid_cases", 415, 2023, False, "法律援助案件(件)\t415")]),
])
def test_a_row_of_two_cells_gives_its_bare_figure_the_unit_its_label_notes(text, expected):
    assert read(text)[0] == expected


@pytest.mark.parametrize("text", [
    "办理法律援助案件(万元)\t415\n",  # a measure no bare figure carries
    "调解成功率(‰)\t973\n",  # a share the note would scale
    "办理法律援助案件(2023年)\t415\n",  # no unit
])
def test_a_bare_figure_after_no_noted_unit_stays_bare(text):
    assert read(text)[0] == []


def test_bars_around_no_label_give_none():
    assert read("| 2023年 | 97.3% |\n") == ([], [])
    assert read("| 调解 | 成功率 | 97.3% |\n")[0] == []  # a row of three cells, no table: its cells stay apart


def test_a_table_needs_its_context_in_caption_heading_or_row():
    text = "年份 | 矛盾纠纷(件) | 办结(件)\n2022年 | 1,034 | 1,020\n"
    assert read(text)[0] == []
    assert keys_values("全县调解工作情况\n" + text) == [("mediation_cases", 1034)]
    assert keys_values("全县调解工作情况\n\n" + text) == [("mediation_cases", 1034)]  # a blank line between
    # the intake of disputes said of no kind is its context itself, as in a sentence
    assert keys_values(text.replace("矛盾纠纷", "受理纠纷")) == [("mediation_cases", 1034)]


@pytest.mark.parametrize(("heading", "year", "target"), [
    ("本年累计", 2023, False), ("本期", 2023, False), ("上年同期", 2022, False), ("去年", 2022, False),
    ("2021年", 2021, False), ("合计", 2024, True)])
def test_a_column_heading_dates_its_cells(heading, year, target):
    # Under a plan for 2024, a column of this year or an earlier one holds what was done; another, targets.
    text = f"二、2024年工作计划\n全县司法行政业务数据\n指标 | 单位 | {heading}\n法律援助 受理案件 | 件 | 530\n"
    assert dated_values(text) == [("legal_aid_cases", 530, year, target)]


@pytest.mark.parametrize("heading", ["同比", "同比增减", "增幅", "环比增长率", "比上年增长"])
def test_a_column_of_changes_gives_no_values(heading):
    text = f"全县业务数据\n指标 | 单位 | 本年累计 | {heading}\n行政复议 纠错 | 件 | 11 | 37.5%\n"
    assert dated_values(text) == [("reconsideration_corrected", 11, 2023, False)]


def test_a_table_appended_after_the_plan_is_no_plan():
    plan = "一、工作成效\n全年工作有序推进。\n二、2024年工作计划\n继续推进调解工作。\n"
    table = "人民调解情况统计表\n项目 | 件数 | 占比\n受理纠纷 | 640 | 100%\n调解成功 | 630 | 98.44%\n"
    assert dated_values(plan + "附件:" + table) == [("mediation_cases", 640, 2023, False),
                                                  ("mediation_succeeded", 630, 2023, False)]
    # Without the annex's caption the table is the plan's: its figures are targets for the year planned.
    assert dated_values(plan + table) == [("mediation_cases", 640, 2024, True), ("mediation_succeeded", 630, 2024, True)]
    # A caption's one year dates the table, which a plan for a later year then does not claim.
    assert dated_values(plan + "2023年" + table) == [("mediation_cases", 640, 2023, False),
                                                    ("mediation_succeeded", 630, 2023, False)]


def test_a_table_in_a_plan_keeps_its_past_years():
    text = ("二、2024年工作计划\n主要指标如下:\n项目 | 2023年 | 2024年\n调解成功率 | 98.5% | 99%\n")
    assert dated_values(text) == [("mediation_success_rate", 98.5, 2023, False), ("mediation_success_rate", 99, 2024, True)]


def test_a_row_label_may_carry_the_unit_note():
    text = ("全县司法行政业务数据\n项目\t2023年\t2022年\t同比\n人民调解受理纠纷(件)\t1,862\t1,705\t9.2%\n"
            "法律援助案件(件)\t412\t388\t6.2%\n")
    assert dated_values(text) == [("legal_aid_cases", 388, 2022, False), ("legal_aid_cases", 412, 2023, False),
                                  ("mediation_cases", 1705, 2022, False), ("mediation_cases", 1862, 2023, False)]


def test_a_row_labelled_after_its_serial_number_and_rates_named_by_rows():
    text = ("二、主要指标\n序号 | 指标名称 | 2020年 | 2025年 | 指标属性\n1 | 行政机关负责人出庭应诉率(%) | 82.4 | 100 | 约束性\n"
            "2 | 村(社区)法律顾问覆盖率(%) | 100 | 100 | 约束性\n3 | 公证年办证量(万件) | 18.7 | 22 | 预期性\n")
    metrics, rates = read(text, report_year=2020)
    assert [(k, v, y) for k, v, y, _, _ in metrics] == [("head_appearance_rate", 82.4, 2020),
                                                         ("head_appearance_rate", 100, 2025),
                                                         ("notarizations", 187000, 2020), ("notarizations", 220000, 2025)]
    assert rates == [("行政机关负责人出庭应诉率", 82.4), ("行政机关负责人出庭应诉率", 100), ("法律顾问覆盖率", 100)]
    assert metrics[0][4] == "行政机关负责人出庭应诉率(%) | 82.4"  # from the row's label, past its serial number


@pytest.mark.parametrize("text, expected", [
    # a change said before: the level after it is the changed label's
    ("全市行政诉讼败诉率较上年下降5.3个百分点,11.6%。", [("litigation_loss_rate", 11.6, 2023, False, "败诉率较上年下降5.3个百分点,11.6%")]),
    # the label before a colon
    ("全市行政机关负责人出庭应诉率:100%。",
     [("head_appearance_rate", 100, 2023, False, "行政机关负责人出庭应诉率:100%")]),
    # the label before a bracket
    ("全市行政复议纠错决定(撤销、变更)23件。",
     [("reconsideration_corrected", 23, 2023, False, "纠错决定(撤销、变更)23件")]),
    # a quota in its bracket, after a number that carries no label to it: cited from the words before the bracket, as
    # a count alone in its bracket is
    ("全市受理行政复议申请120件,召开会议3次,目标任务(300件)。",
     [("reconsideration_received", 120, 2023, False, "受理行政复议申请120件"),
      ("reconsideration_received", 300, 2023, True, "目标任务(300件")]),
])
def test_a_number_with_nothing_before_it_in_its_clause_takes_the_label_around_it(text, expected):
    assert read(text)[0] == expected


@pytest.mark.parametrize("text, expected", [
    # mediations and aid counted by the time (件次), as by the case
    ("全县各级调委会调处矛盾纠纷1200件次,成功1150件次。", [("mediation_cases", 1200), ("mediation_succeeded", 1150)]),
    ("全年办理法律援助案件320件次。", [("legal_aid_cases", 320)]),
    # consultations counted by the person are no cases
    ("全年接待法律援助咨询3200人次。", []),
])
def test_counts_by_the_time(text, expected):
    assert keys_values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # every dispute counted right before said settled: the successes are that count
    ("全年调解纠纷132件,均调解成功。", [("mediation_cases", 132), ("mediation_succeeded", 132)]),
    ("全年受理矛盾纠纷245件,全部调解成功。", [("mediation_cases", 245), ("mediation_succeeded", 245)]),
    ("全年受理矛盾纠纷245件,均已化解。", [("mediation_cases", 245), ("mediation_succeeded", 245)]),
    # …a screening's disputes, every one settled, are the caseload too
    ("全年共排查矛盾纠纷56起,全部化解。", [("mediation_cases", 56), ("mediation_succeeded", 56)]),
    # a part settled, a rate, or another figure between is no such statement
    ("全年受理矛盾纠纷245件,部分化解。", [("mediation_cases", 245)]),
    ("全年受理矛盾纠纷245件,其中婚姻纠纷30件,全部化解。", [("mediation_cases", 245)]),
])
def test_every_dispute_said_settled(text, expected):
    assert keys_values(text) == expected


def test_a_rate_of_settling_is_no_statement_that_all_were_settled():
    assert "mediation_succeeded" not in [k for k, _ in keys_values("全年共调解矛盾纠纷56起,全部化解率为98%。")]
