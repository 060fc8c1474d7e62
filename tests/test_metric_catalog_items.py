"""A sentence for each context word and exclusion of a [[metric]] entry that no other metric test depends on.

Every sentence here is written for the test. READ holds a sentence whose figure of the key is read only with the
context word it names (the one word of the entry's context that the sentence says); NOT_READ one whose figure the
exclusion keeps from the key, which the sentence would take without it. test_metric_catalog_deletions.py checks
that each sentence depends on its item.
"""

from __future__ import annotations

import pytest
from test_metric_families import keys_values

# (sentence, key, value): the figure is read as the key (the item: a context word the sentence says)
READ = [
    # mediation_success_rate, a 化解率 (context: 调处, 民间纠纷)
    ("调处各类纠纷300件,化解率98%。", "mediation_success_rate", 98),  # 调处
    ("受理民间纠纷120件,化解率99%。", "mediation_success_rate", 99),  # 民间纠纷
    # litigation_first_instance, 一审案件 (context: 应诉)
    ("全县应诉一审案件30件。", "litigation_first_instance", 30),  # 应诉
    # legal_aid_cases, 援助案件 and 办理… (context: 法援)
    ("全年法援工作扎实,办理援助案件260件。", "legal_aid_cases", 260),  # 法援
    ("全年法援工作扎实,办理案件180件。", "legal_aid_cases", 180),  # 法援
    # mediation_succeeded, 达成协议 (context: 调处, 调委会)
    ("调处纠纷200件,达成协议190件。", "mediation_succeeded", 190),  # 调处
    ("村调委会受理纠纷200件,达成协议190件。", "mediation_succeeded", 190),  # 调委会
    # mediation_cases, 受理案件 after 年 (context: 调委会)
    ("村调委会全年受理案件80件。", "mediation_cases", 80),  # 调委会
]

# (sentence, key): no figure of the key (the item: an exclusion the sentence says)
NOT_READ = [
    # mediation_success_rate, a 化解率: shares of other kinds of resolution
    ("全年调解矛盾纠纷300件,信访化解率98%。", "mediation_success_rate"),  # 信访
    ("全年调解矛盾纠纷300件,诉源化解率98%。", "mediation_success_rate"),  # 诉源
    ("全年调解矛盾纠纷300件,积案化解率98%。", "mediation_success_rate"),  # 积案
    ("全年调解矛盾纠纷300件,基层化解率98%。", "mediation_success_rate"),  # 基层
    ("全年调解矛盾纠纷300件,实质化解率98%。", "mediation_success_rate"),  # 实质
    ("全年调解矛盾纠纷300件,协调化解率98%。", "mediation_success_rate"),  # 协调
    ("全年调解矛盾纠纷300件,消费争议化解率98%。", "mediation_success_rate"),  # 争议
    ("行政复议案件通过调解结案20件,纠纷化解率98%。", "mediation_success_rate"),  # 复议…调解
    ("办结上级交办的矛盾纠纷30件,化解率100%。", "mediation_success_rate"),  # 交办
    # litigation_first_instance, 一审案件 in a sentence on lawsuits: other courts' cases, outcomes, averages
    ("行政诉讼方面,商事一审案件12件。", "litigation_first_instance"),  # 商事
    ("行政诉讼中败诉一审案件3件。", "litigation_first_instance"),  # 败诉
    ("行政诉讼中调撤一审案件5件。", "litigation_first_instance"),  # 调撤
    ("行政诉讼中撤诉一审案件5件。", "litigation_first_instance"),  # 撤诉
    ("行政诉讼中年均一审案件12件。", "litigation_first_instance"),  # 年均
    ("审理民事案件之外,应诉一审案件12件。", "litigation_first_instance"),  # 民事 in the sentence
    ("审理刑事案件之外,应诉一审案件12件。", "litigation_first_instance"),  # 刑事 in the sentence
    ("办结应诉案件20件,其中一审案件12件。", "litigation_first_instance"),  # a closed count, then its parts
    ("结案的应诉案件中,一审案件12件。", "litigation_first_instance"),  # the closed ones, then a part of them
    # mediation_succeeded, 调处结案: in a sentence on reconsideration, administrative disputes or courts
    ("受理行政复议案件中的纠纷30件,调处结案12件。", "mediation_succeeded"),  # 复议
    ("化解行政争议30件,调处结案12件。", "mediation_succeeded"),  # 行政争议
    ("受理行政纠纷30件,调处结案12件。", "mediation_succeeded"),  # 行政纠纷
    ("法院受理纠纷30件,调处结案12件。", "mediation_succeeded"),  # 法院
    ("人民法庭受理纠纷30件,调处结案12件。", "mediation_succeeded"),  # 法庭
    ("审结纠纷30件,调处结案12件。", "mediation_succeeded"),  # 审结
    # mediation_succeeded, 达成协议 in litigation or arbitration
    ("调处纠纷200件,诉讼中达成协议50件。", "mediation_succeeded"),  # 诉讼
    ("调处纠纷200件,仲裁中达成协议50件。", "mediation_succeeded"),  # 仲裁
    # mediation_cases, 受理案件 after 年: each mediator's, or in a sentence on other mediation
    ("调委会每名调解员全年受理案件8件。", "mediation_cases"),  # 每
    ("调委会调解员人均全年受理案件8件。", "mediation_cases"),  # 人均
    ("行政复议调解工作中,全年受理案件80件。", "mediation_cases"),  # 复议…调解
    ("调委会纠错5件,全年受理案件80件。", "mediation_cases"),  # 纠错
    ("调委会驳回申请5件,全年受理案件80件。", "mediation_cases"),  # 驳回
    # mediation_cases, 调委会排查纠纷 of other bodies, or each body's
    ("每个调委会排查纠纷30件。", "mediation_cases"),  # 每
    ("调委会人均排查纠纷30件。", "mediation_cases"),  # 人均
    ("信访调解委员会排查纠纷30件。", "mediation_cases"),  # 信访
    ("仲裁调解委员会排查纠纷30件。", "mediation_cases"),  # 仲裁
    ("行政复议调解工作中,调委会排查纠纷30件。", "mediation_cases"),  # 复议…调解
    # litigation_first_instance, 行政应诉案件: outcomes, other courts' cases, averages
    ("审结行政应诉案件12件。", "litigation_first_instance"),  # 审结
    ("办结行政应诉案件12件。", "litigation_first_instance"),  # 办结
    ("败诉行政应诉案件3件。", "litigation_first_instance"),  # 败诉
    ("调撤行政应诉案件5件。", "litigation_first_instance"),  # 调撤
    ("撤诉行政应诉案件5件。", "litigation_first_instance"),  # 撤诉
    ("人均行政应诉案件5件。", "litigation_first_instance"),  # 人均
    ("涉民事行政应诉案件12件。", "litigation_first_instance"),  # 民事
    ("涉刑事行政应诉案件12件。", "litigation_first_instance"),  # 刑事
    ("涉商事行政应诉案件12件。", "litigation_first_instance"),  # 商事
    # litigation_first_instance, 行政诉讼案件: outcomes, other courts' cases, averages, retrials
    ("涉刑事行政诉讼案件12件。", "litigation_first_instance"),  # 刑事
    ("涉商事行政诉讼案件12件。", "litigation_first_instance"),  # 商事
    ("办结行政诉讼案件12件。", "litigation_first_instance"),  # 办结
    ("已结案行政诉讼案件12件。", "litigation_first_instance"),  # 结案
    ("败诉行政诉讼案件3件。", "litigation_first_instance"),  # 败诉
    ("胜诉行政诉讼案件9件。", "litigation_first_instance"),  # 胜诉
    ("调撤行政诉讼案件5件。", "litigation_first_instance"),  # 调撤
    ("撤诉行政诉讼案件5件。", "litigation_first_instance"),  # 撤诉
    ("人均行政诉讼案件5件。", "litigation_first_instance"),  # 人均
    ("再审审查中,行政诉讼案件12件。", "litigation_first_instance"),  # 再审
    ("申诉审查中,行政诉讼案件12件。", "litigation_first_instance"),  # 申诉
    # legal_aid_cases, 办理案件 in a sentence on legal aid: advice and duty services, or each one's
    ("全年法律援助工作扎实,咨询办理案件80件。", "legal_aid_cases"),  # 咨询
    ("全年法律援助工作扎实,值班办理案件80件。", "legal_aid_cases"),  # 值班
    ("全年法律援助工作扎实,人均办理案件8件。", "legal_aid_cases"),  # 人均
    ("法律援助中心每名律师办理法律援助案件20件。", "legal_aid_cases"),  # 每
    ("全年法律援助工作中,每人办理援助案件20件。", "legal_aid_cases"),  # 每
    # notarizations: matters refused or ended
    ("不予办理公证事项5件。", "notarizations"),  # 不予
    ("终止办理公证事项3件。", "notarizations"),  # 终止
    # reconsideration_closed: cases settled or withdrawn, decisions not made, made in a suit, or each one's
    ("行政复议案件中,和解办结案件5件。", "reconsideration_closed"),  # 和解
    ("行政复议案件中,撤回办结案件5件。", "reconsideration_closed"),  # 撤回
    ("复议机关人均作出复议决定12件。", "reconsideration_closed"),  # 人均
    ("尚未作出复议决定的案件12件。", "reconsideration_closed"),  # 未
    ("行政诉讼中作出复议决定的案件12件。", "reconsideration_closed"),  # 诉讼
    ("行政应诉中作出复议决定的案件12件。", "reconsideration_closed"),  # 应诉
    ("法院审查作出复议决定的案件12件。", "reconsideration_closed"),  # 法院
    # mediation_success_rate, a 化解率: a pre-suit share of a mediation centre, or a share where an agency's disputes
    # are the topic (the centre's 化解率 and its 诉前 one stand side by side in one sentence)
    ("全县受理矛盾纠纷3200件,诉前纠纷化解率35%。", "mediation_success_rate"),  # 诉前
    ("多元调解化解行政争议45件,化解率80%。", "mediation_success_rate"),  # 行政争议
    # mediation_succeeded, 成功调解… in a court's mediation, before a suit or in it
    ("诉前成功调解纠纷120件。", "mediation_succeeded"),  # 诉前
    ("诉讼中成功调解案件120件。", "mediation_succeeded"),  # 诉讼
    # mediation_succeeded, 成功 or 化解 alone after the mediation of reconsideration cases or agencies' disputes
    ("开展行政复议调解,调解案件30件,成功12件。", "mediation_succeeded"),  # 复议…调解
    ("多元调解化解行政争议30件,成功25件。", "mediation_succeeded"),  # 行政争议
    ("受理行政纠纷调解案件30件,化解25件。", "mediation_succeeded"),  # 行政纠纷
    # mediation_succeeded, 达成协议 where an agency's disputes are mediated
    ("多元调解化解行政争议30件,达成协议20件。", "mediation_succeeded"),  # 行政争议
    # mediation_cases, 调解纠纷 of a court's service centre, or disputes settled by coordination
    ("县法院诉讼服务中心调解纠纷500件。", "mediation_cases"),  # 诉讼
    ("县工商联协调化解涉企纠纷30件。", "mediation_cases"),  # 协调
    # mediation_cases, 受理 alone after a court's referral of disputes before a suit
    ("推行诉前委派调解,年内受理480件。", "mediation_cases"),  # 诉前
    # mediation_cases, 调解组织排查纠纷 of a court's invited mediators
    ("法院诉讼服务中心特邀调解组织排查纠纷30件。", "mediation_cases"),  # 诉讼
    # mediation_cases, 调委会排查纠纷 of the committees taking part in confirmations: a part of them
    ("参与司法确认衔接的调委会排查纠纷30件。", "mediation_cases"),  # 司法确认
    # the mediation keys beside the disputes of a reconsideration, a lawsuit or an agency said in another clause of the
    # sentence, or named as a task with no count: no count before the figure in its clause makes them its topic
    ("全年受理行政复议纠纷80件;调解成功率45%。", "mediation_success_rate"),  # (复议|诉讼)纠纷
    ("多元调解化解行政争议,化解率80%。", "mediation_success_rate"),  # 行政争议
    ("调解行政复议纠纷80件;纠纷化解率45%。", "mediation_success_rate"),  # (复议|诉讼)纠纷
    ("受理行政诉讼纠纷200件;调解成功案件90件。", "mediation_succeeded"),  # (复议|诉讼)纠纷
    ("开展多元调解化解行政争议,成功25件。", "mediation_succeeded"),  # 行政争议
    ("推动化解行政争议,调处结案12件。", "mediation_succeeded"),  # 行政争议
    ("多元调解化解行政争议,达成协议20件。", "mediation_succeeded"),  # 行政争议
    # reconsideration_closed, 结案 or 审结 of one way of closing, or of a court
    ("行政复议案件中,以其他方式结案7件。", "reconsideration_closed"),  # 方式
    ("复议后经法院审结的案件12件。", "reconsideration_closed"),  # 法院
    # reconsideration_closed, 作出复议决定 among the cases closed: a part of them
    ("已办结的行政复议案件中,作出复议决定38件。", "reconsideration_closed"),  # 办结
    ("已结案的行政复议案件中,作出复议决定38件。", "reconsideration_closed"),  # 结案
    # reconsideration_received, 行政复议案件 left open at the year's end: no intake
    ("截至年底尚未办结的行政复议案件5件。", "reconsideration_received"),  # 办结
    ("截至年底尚未审结的行政复议案件5件。", "reconsideration_received"),  # 审结
    ("截至年底尚未结案的行政复议案件5件。", "reconsideration_received"),  # 结案
    # reconsideration_received, 复议案件 whose decisions went to court: lawsuits answered, no intake
    ("全年办理应诉复议案件15件。", "reconsideration_received"),  # 应诉
    # litigation_first_instance, 行政诉讼案件 of a hearing's course, or answered by agents, not heads
    ("开庭前协调化解的行政诉讼案件12件。", "litigation_first_instance"),  # 开庭
    ("法律顾问出庭应诉的行政诉讼案件30件。", "litigation_first_instance"),  # 出庭 (and {AGENTS})
    ("机关工作人员出庭应诉的行政诉讼案件30件。", "litigation_first_instance"),  # 出庭
    # legal_aid_cases, 办理案件 of legal aid joined with another service, or of the firms that take part in it
    ("开展法律援助的律师事务所办理案件120件。", "legal_aid_cases"),  # 律师
    ("法律援助与公证联动办理案件120件。", "legal_aid_cases"),  # 公证
    ("法律援助调解工作室受理案件120件。", "legal_aid_cases"),  # 调解
    ("法律援助与行政复议衔接承办案件12件。", "legal_aid_cases"),  # 复议
    ("法律援助与诉讼服务衔接办理案件120件。", "legal_aid_cases"),  # 诉讼
    ("法律援助与法院联动办理案件120件。", "legal_aid_cases"),  # 法院
]


@pytest.mark.parametrize(("sentence", "key", "value"), READ)
def test_a_context_word_names_the_key(sentence, key, value):
    assert (key, value) in keys_values(sentence)


@pytest.mark.parametrize(("sentence", "key"), NOT_READ)
def test_an_exclusion_keeps_the_figure_from_the_key(sentence, key):
    assert key not in {k for k, _ in keys_values(sentence)}
