"""A disclosure report's compiler and contact office.

- A site's path is parted by >, a title quoted inside a title (《…关于印发<…格式>的通知》) is not: an opening citing two
  such titles is read for its author (the office its contact sentence names).
- The compiler 由…编制 names is read past the rules it followed (由某县人民政府办公室根据《…条例》要求编制) and past the
  other names of its body in brackets (某局(某办公室)编制了…).

Every text below is written for these tests; the bodies, places and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as field

CONTACT = ("本年报根据《某办公室关于印发<政府信息公开工作年度报告格式>的通知》要求编制,内容包括总体情况等。"
           "如对本年度报告有疑问,请与白沙市生态环境局办公室联系(电话:0000-1234567)。 政府信息公开工作年度报告格式>\n"
           "一、总体情况\n2023年度,我局主动公开政府信息312条。\n")


def test_an_opening_citing_a_title_in_a_title_names_its_contact_office():
    assert field(CONTACT, "issuer") == "白沙市生态环境局"


def test_a_site_path_is_still_no_title():
    text = "首页 > 信息公开 > 年度报告\n" + CONTACT
    assert field(text, "title") is None


COMPILERS = [
    ("rules cited between the body and 编制",
     "本报告由青禾县人民政府办公室根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求编制。", "青禾县人民政府办公室"),
    ("two rules cited", "本报告由青禾县司法局依据《条例》和《某省政务公开办法》规定编制。", "青禾县司法局"),
    ("another name in brackets",
     "根据《条例》和部门职责,白沙市大数据发展局(白沙市政务服务办公室、白沙市信息中心)编制了《白沙市2023年政府信息公开工作年度报告》。",
     "白沙市大数据发展局"),
    ("no body named", "本报告根据《中华人民共和国政府信息公开条例》要求编制。", None),
    ("no body before the rules", "本报告由各部门根据《条例》要求编制。", None),
]


@pytest.mark.parametrize("name, opening, expected", COMPILERS, ids=[c[0] for c in COMPILERS])
def test_the_compiler_is_the_issuer(name, opening, expected):
    text = "2023年政府信息公开工作年度报告\n\n" + opening + "本年度报告中所列数据的统计期限自2023年1月1日起至12月31日止。\n"
    assert field(text, "issuer") == expected
