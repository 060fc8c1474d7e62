"""A body's yearly report on its open government information, untitled on its page, opens on the rule it is made under
(本年度报告是根据《中华人民共和国政府信息公开条例》…编制): an annual_report; a text citing the rule for what it did is not.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

# Parts whose headings are not the template's part on requests ((二)依申请公开: see test_metadata_disclosure_reports),
# which would make the report whatever the opening says.
_PARTS = "一、总体情况\n(一)主动公开\n全年主动公开政府信息312条。\n(二)申请办理\n全年收到政府信息公开申请9件。\n"

CASES = [
    ("the report's opening on the rule",
     "本年度报告是根据《中华人民共和国政府信息公开条例》的要求,由青禾县司法局编制。全文包括总体情况等。\n" + _PARTS,
     "annual_report"),
    ("…the rule's short name", "本报告依据《政府信息公开条例》要求编制,所列数据的统计期限自1月1日起至12月31日止。\n" + _PARTS,
     "annual_report"),
    ("a text citing the rule for what it did",
     "根据《中华人民共和国政府信息公开条例》,青禾县司法局依法答复申请人,并告知其救济途径。\n" + _PARTS, "other"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_an_open_information_reports_kind(case, text, expected):
    assert read(text, "kind") == expected
