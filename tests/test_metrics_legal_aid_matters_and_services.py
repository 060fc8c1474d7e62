"""Legal-aid cases said as the matters handled or the service provided (办理各类法律援助事项N件, 提供法律援助服务N件),
and with 法律 left out where legal aid is named around them (法律援助中心受理援助申请N件, 工作站办理援助事项N件): the
year's legal_aid_cases, as 法律援助申请 and 援助案件 are. Not a consultation service nor another body's aid.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize(("text", "value"), [
    ("2023年,全区共办理各类法律援助事项1742件。", 1742),
    ("2023年,全区为低收入群体提供法律援助服务1,742件。", 1742),
    ("2023年,区法律援助中心受理援助申请1742件。", 1742),
    ("2023年,各镇法律援助工作站办理援助事项1742件。", 1742),
])
def test_legal_aid_matters_and_services_are_its_cases(text, value):
    assert facts(text, 2023) == [("legal_aid_cases", value, 2023, False)]


@pytest.mark.parametrize("text", [
    # a consultation service, counted by the matter
    "2023年,区法律援助中心提供法律咨询服务1742件。",
    # aid named by no legal aid: a judicial relief's, a disabled persons' federation's
    "2023年,区司法救助受理援助申请36件。",
    "2023年,区残联受理援助申请36件。",
])
def test_no_legal_aid_matters(text):
    assert [f for f in facts(text, 2023) if f[0] == "legal_aid_cases"] == []
