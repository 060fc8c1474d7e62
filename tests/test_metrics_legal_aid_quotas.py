"""Legal aid against its quota: the quota's count said with what was done measured against it (完成目标任务数2800件
的125%, 完成年度目标任务400件的130%), said as a task after the count (超额完成市下达的400件任务, 超额完成了全年办案2420件
工作任务) or with the service between (…300件法律援助目标任务) is a target; the cases done (已完成案件数3511件) and
the cases handled said by 办案 alone are the paragraph's legal-aid count. A task clause with no count of its own
(圆满完成年度目标任务) makes no count before it a target.

A quota with no count before it in its paragraph is one of legal aid where legal aid is named before the task (下达法律
援助目标任务350件, 县法律援助中心年度目标任务为300件, 法律援助民生工程任务数为350件) or between its count and the task
(提前完成全年300件法律援助目标任务); what was done against it is said 实际… or 已… (已完成412件). A task of another
service, a quota a share done is measured against after a count of no key, and a task counted in units are none.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts

LA = "legal_aid_cases"


@pytest.mark.parametrize("text, expected", [
    ("区法律援助中心办理法律援助案件612件,完成市下达目标任务500件的122.4%。",
     [(LA, 500, 2024, True), (LA, 612, 2024, False)]),
    ("全县共完成法律援助案件数288件,完成年度目标任务数260件的110.8%。", [(LA, 260, 2024, True), (LA, 288, 2024, False)]),
    ("县法律援助中心紧扣民生工程要求开展工作。全年已完成案件数520件,完成目标任务数400件的130%。",
     [(LA, 400, 2024, True), (LA, 520, 2024, False)]),
    ("县法律援助中心办理法律援助案件520件,超额完成市下达的400件任务。", [(LA, 400, 2024, True), (LA, 520, 2024, False)]),
    ("2016年,市法律援助中心超额完成了全年办案2400件工作任务,全年受理法律援助案件2872件。",
     [(LA, 2400, 2016, True), (LA, 2872, 2016, False)]),
    ("县法律援助中心办理法律援助案件330件,完成全年300件法律援助目标任务。", [(LA, 300, 2024, True), (LA, 330, 2024, False)]),
])
def test_a_quota_of_legal_aid_is_a_target(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("县法律援助中心年度目标任务为300件,实际完成356件。", [(LA, 300, 2024, True), (LA, 356, 2024, False)]),
    ("县法援中心全年下达法援目标任务350件,已完成412件。", [(LA, 350, 2024, True), (LA, 412, 2024, False)]),
    ("全县法律援助民生工程任务数为350件。全年共办理法律援助案件412件。", [(LA, 350, 2024, True), (LA, 412, 2024, False)]),
    # the task after its count: a target said met names no year after its verb (全年), of none
    ("县法律援助中心提前完成全年300件法律援助目标任务。", [(LA, 300, None, True)]),
    # …and after a count said before it, the count's quota, 的 and the year's word between
    ("县法律援助中心全年受理法律援助案件412件,超额完成350件的年度目标任务。", [(LA, 350, 2024, True), (LA, 412, 2024, False)]),
])
def test_a_quota_with_no_count_before_it_is_of_the_service_named(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # another service's task named with legal aid
    ("县法律援助和人民调解目标任务为500件。", []),
    # a task counted in units (halls built), no cases
    ("县法律援助受理大厅建设年度目标任务2个,已完成1个。", []),
    # no legal aid named: no service's task
    ("县司法局年度目标任务为300件,实际完成356件。", []),
    # 已 after no quota: no achievement read against one
    ("县法律援助中心全年办理法律援助案件412件,已完成312件。", [(LA, 412, 2024, False)]),
])
def test_what_is_no_quota_of_legal_aid(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the task clause holds no count: the count before it is what was done
    ("全县法律援助中心全年办理法律援助案件300件,圆满完成年度目标任务。", [(LA, 300, 2024, False)]),
    ("全县办理法律援助案件288件,完成年度目标任务的110.8%。", [(LA, 288, 2024, False)]),
    # a quota measured against after a count of no key is that count's, none of legal aid's
    ("县法律援助中心已完成案件数351件,完成目标任务数280件的125%,已完成其他事项数1914件,完成目标任务数2940件的65%。",
     [(LA, 280, 2024, True), (LA, 351, 2024, False)]),
    # tasks counted (项) are no count's target; 完成 and 办案 count legal aid only where it is the topic
    ("县律师协会全年办案420件,完成各类案件调解任务。", []),
])
def test_what_is_no_quota(text, expected):
    assert facts(text) == expected
