"""Institutions: a congress's deputy or a CPPCC member (县人大代表, 市政协委员, 全国人大代表) is a person, not the body;
the bodies themselves, and the CPPCC's committee (县政协委员会), stay bodies."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence", [
    "。邀请县人大代表旁听行政复议听证",
    "。组织市政协委员视察公共法律服务中心",
    "。省人大代表和政协委员参与执法监督",
    "。全国人大代表走进基层司法所",
    "。认真办理全国政协委员提案",
])
def test_a_deputy_or_a_member_is_no_body(sentence):
    assert bodies(sentence) == {}


@pytest.mark.parametrize("sentence, name", [
    ("。主动向县人大报告法治政府建设情况", "县人大"),
    ("。自觉接受市政协民主监督", "市政协"),
    ("。配合县政协委员会开展调研", "县政协"),
    ("。认真贯彻全国人大常委会决定", "全国人大常委会"),
    ("。全国政协委员会召开会议", "全国政协"),
])
def test_the_body_stays(sentence, name):
    assert set(bodies(sentence)) == {name}
