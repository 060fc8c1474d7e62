"""A disclosure report's opening telling readers whom to ask about it (如对本报告有任何疑问,请与某局办公室联系) names its
author when nothing else does: the body, its desk (办公室, 党政办) dropped. A contact naming no body (我局办公室), or one
for anything but the report (如有疑问,请与…联系), names none.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = ("\n一、总体情况\n2023年,我局主动公开政府信息215条,收到政府信息公开申请3件,均按期答复。"
         "\n二、存在的主要问题及改进情况\n下一步,我局将进一步加强政务公开工作。\n")


def _report(contact: str) -> str:
    return ("本年度报告依据《中华人民共和国政府信息公开条例》编制,所列数据的统计期限为2023年1月1日至12月31日。"
            + contact + "联系电话:0000-1234567。" + _BODY)


CASES = [
    ("a bureau's branch and its office", _report("如对本报告有任何疑问,请与青禾市生态环境局石湾分局办公室联系,"),
     "青禾市生态环境局石湾分局"),
    ("a tax bureau's disclosure group's office",
     _report("如对本年度报告有疑问,请与国家税务总局青禾市税务局政务公开工作领导小组办公室联系,"), "国家税务总局青禾市税务局"),
    ("…asked through a mailbox or directly", _report("如对本报告有疑问,可通过网站留言或直接与青禾县人民政府办公室联系,"),
     "青禾县人民政府"),
    ("a bureau's general section", _report("如对本年报有任何疑问,请与青禾市石湾区司法局综合科联系,"), "青禾市石湾区司法局"),
    ("a contact naming no body", _report("如对本报告有任何疑问,请与我局办公室联系,"), None),
    ("a contact for anything else", _report("如有疑问,请与青禾县司法局联系,"), None),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_report_contact_names_its_author(case, text, expected):
    assert read(text, "issuer") == expected
