"""Issuers of a yearly report a state body's party group puts its name to (中共某局党组关于…的报告): the body reports its
year's work, not the party; a party committee's own title (中共某县委办公室关于…) keeps its name whole.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "\n一、主要做法和成效\n全年审查规范性文件六件,均按期办结。\n"

PARTY_GROUPS = [
    ("a bureau's party group after 中共 names the bureau",
     "中共石门县财政局党组关于2024年法治政府建设情况的报告\n2024年,局党组坚持依法理财,各项工作取得新成效。" + _BODY,
     "石门县财政局"),
    ("…its party committee (委员会) too", "中共石门县公安局委员会关于2024年法治政府建设情况的报告\n2024年,局党委坚持依法履职。"
     + _BODY, "石门县公安局"),
    ("…a commission's party group, whose name ends in 委", "中共石门县卫健委党组关于2024年度法治政府建设工作情况的报告\n"
     "2024年,委党组坚持依法履职。" + _BODY, "石门县卫健委"),
    ("a party committee's office keeps 中共", "中共石门县委办公室关于2024年度法治建设工作情况的报告\n2024年,县委办坚持依法履职。"
     + _BODY, "中共石门县委办公室"),
    ("a bureau's party group without 中共 names the bureau as ever",
     "石门县财政局党组关于2024年度法治政府建设工作情况的报告\n2024年,局党组坚持依法理财。" + _BODY, "石门县财政局"),
]


@pytest.mark.parametrize(("case", "text", "expected"), PARTY_GROUPS, ids=[c[0] for c in PARTY_GROUPS])
def test_a_party_groups_title_names_its_body(case, text, expected):
    assert read(text, "issuer") == expected
