"""A district named once, in a section's first paragraph, whose report calls its own government by the level alone as a
party to its cases or as the approver (以区政府为被申请人, 经区政府同意): those calls are its own, as one opening a clause
is (区政府共收到…), and with it place the report in the district it names; the same words inside another body's name
(开发区政府) are no call of the text's own.

Every text below is written for these tests; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_REPORT = ("2024年是行政复议法实施的起航之年。\n一、行政复议案件情况\n一年来,顺义区坚持以群众满意为目标,全面提升办案质效。\n"
           "区政府共收到行政复议申请860件,已审结802件,其中直接纠错75件。\n{call}的行政诉讼案件共112件。\n"
           "二、主要做法\n一是案件繁简分流,提高工作效率。\n")


@pytest.mark.parametrize(("case", "call", "expected"), [
    ("以区政府为被告: the district's own government, a second call", "以区政府为被告", ("北京市", "北京市", "顺义区")),
    ("经区政府同意: the district's own government approving", "经区政府同意,本年度办理", ("北京市", "北京市", "顺义区")),
    ("以开发区政府为被告: another body's name, no call", "以开发区政府为被告", (None, None, None)),
    ("a body after another word (涉及区政府) counts no more than before", "涉及区政府", (None, None, None)),
])
def test_bodies_after_prepositions(case, call, expected):
    assert read(_REPORT.format(call=call), "region") == expected
