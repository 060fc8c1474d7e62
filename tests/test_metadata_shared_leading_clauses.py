"""Issuers of yearly reports opening under clauses of who led and who guided the work, the second sharing the first's 在
(在区委、区政府的坚强领导下,市生态环境局的精心指导下,某分局…): the body after them is the author, never the body that guided
it; a body acting after such a clause stays the author.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_PARTS = ("\n一、主要做法\n(一)全年召开法治专题会议三次,开展集中学法五次。\n二、存在的不足\n基层法治力量薄弱。\n"
          "三、下一步打算\n继续推进法治建设。\n")

OPENINGS = [
    ("the guide's clause sharing 在",
     "2023年,在区委、区政府的坚强领导下,市生态环境局的精心指导下,鸠江区生态环境分局扎实推进依法行政,取得新成效。",
     "鸠江区生态环境分局"),
    ("two guides sharing 在",
     "2022年,在县委县政府的正确领导下,省公安厅、市公安局的有力指导下,凤台县公安局全面推进法治公安建设。", "凤台县公安局"),
    ("the clauses before the year",
     "在市委、市政府的坚强领导下,省市场监管局的精心指导下,2023年淮南市市场监督管理局扎实推进法治建设。", "淮南市市场监督管理局"),
    ("one guide with its own 在", "2022年,在省生态环境厅的精心指导下,黄山市生态环境局深入推进依法行政。", "黄山市生态环境局"),
    ("a body acting after the clause, guiding others",
     "2023年,在区委、区政府的坚强领导下,青禾市生态环境局加强对各分局的业务指导,扎实推进依法行政。", "青禾市生态环境局"),
]


@pytest.mark.parametrize(("case", "opening", "expected"), OPENINGS, ids=[c[0] for c in OPENINGS])
def test_the_author_after_clauses_of_its_leaders_and_guides(case, opening, expected):
    assert read(opening + _PARTS, "issuer") == expected
