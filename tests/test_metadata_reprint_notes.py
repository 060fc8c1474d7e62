"""A reprint's note of the headline a piece ran under (原标题:…), which news sites keep over what they carry: the page is
a news item, whatever it tells. A line naming the words elsewhere (…的原标题是…) is no such note.

Every text below is written for these tests; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "青禾县全力推进公共法律服务体系建设,全年办理法律援助案件三百余件。\n"
_NOTED = "深耕法治田 青禾有“法”宝\n\n原标题:青禾县全力推进公共法律服务体系建设\n\n" + _BODY
_MENTIONED = "深耕法治田 青禾有“法”宝\n\n" + _BODY + "该文在报纸上的原标题是另一个。\n"

CASES = [
    ("a reprint's note of its headline", _NOTED, "kind", "news"),
    ("…the words not opening a line", _MENTIONED, "kind", "other"),
]


@pytest.mark.parametrize(("case", "text", "field", "expected"), CASES, ids=[c[0] for c in CASES])
def test_reprint_notes(case, text, field, expected):
    assert read(text, field) == expected
