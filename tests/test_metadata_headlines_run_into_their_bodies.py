"""A yearly report's headline with its author run onto its line after spaces (石门县2023年法治政府建设年度报告  县司法局), as
a page that set the byline beside the title copies it: the title is the headline alone, the body its author (by its
level alone, the title's place completes it). Words after the spaces that name no body stay in the title, and a
headline that ends no title keeps what follows it.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = ("2023年,全县坚持以习近平法治思想为指导,推进依法行政,全年办理行政复议案件36件。\n一、主要举措\n"
         "(一)完善依法决策机制。全年审查重大行政决策12件。\n")

CASES = [
    ("a body by its level", "石门县2023年法治政府建设年度报告 县司法局\n", "石门县2023年法治政府建设年度报告", "石门县司法局"),
    ("a body in full after a wide space", "石门县2023年法治政府建设年度报告　石门县司法局\n", "石门县2023年法治政府建设年度报告",
     "石门县司法局"),
    ("a summary's", "2023年法治政府建设工作总结　　青禾县司法局\n", "2023年法治政府建设工作总结", "青禾县司法局"),
    ("words naming no body", "石门县2023年法治政府建设年度报告 法治政府\n", "石门县2023年法治政府建设年度报告 法治政府", None),
    ("a headline ending no title", "深化行政复议改革 县司法局\n", "深化行政复议改革 县司法局", None),
]


@pytest.mark.parametrize(("case", "head", "title", "issuer"), CASES, ids=[c[0] for c in CASES])
def test_a_body_run_onto_the_headlines_line_is_its_author(case, head, title, issuer):
    assert read(head + _BODY, "title") == title
    assert read(head + _BODY, "issuer") == issuer
