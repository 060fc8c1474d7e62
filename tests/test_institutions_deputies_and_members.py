"""Institutions: a congress's deputy or a CPPCC member (县人大代表, 市政协委员, 全国人大代表) is a person, not the body,
and so is a party committee's member (县委常委, 县纪委委员); the bodies themselves, and the CPPCC's committee (县政协委员会),
stay bodies."""

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


@pytest.mark.parametrize("sentence", [
    "。县纪委委员列席专题会议",
    "。区委常委、副区长带队督查",
    "，市卫健委委员参加评审",
])
def test_a_party_committees_member_is_no_body(sentence):
    assert bodies(sentence) == {}


@pytest.mark.parametrize("sentence, name", [
    ("。县委常委会专题研究法治工作", "县委常委会"),
    ("。区委常委扩大会议传达精神", "区委"),
    ("，县委常委班子带头述法", "县委"),
    ("。市委依法治市委委员单位报送材料", "市委依法治市委"),
    ("。县纪委委员会召开全体会议", "县纪委"),
])
def test_a_committee_before_its_own_bodies_meetings_or_members_stays(sentence, name):
    assert set(bodies(sentence)) == {name}
