"""A release whose head says what was selected and that it is put out here (…遴选了第四批…典型案例,现予以发布。): the
body naming itself at the opening of a clause of that sentence before the verb issues it; a rule passed and put out
(…经某市人民政府同意,现予公布) was selected by none, and the body approving it is not its issuer.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_CASE = "案例一 某公司不服行政处罚决定申请行政复议案\n申请人某公司对处罚决定不服,经调解双方达成和解。\n"

CASES = [
    ("the body after the purpose",
     "为进一步加强行政复议调解工作,青禾市司法局从各地报送的案例中遴选了5个典型案例,现予以发布。\n" + _CASE, "青禾市司法局"),
    ("…opening the sentence", "青禾市司法局编选了第二批行政复议典型案例,现予发布。\n" + _CASE, "青禾市司法局"),
    ("a rule passed and put out", "《青禾市行政复议工作规定》已经2024年3月1日市政府常务会议通过,现予公布,自5月1日起施行。\n"
     + _CASE, None),
    ("…approved by a body", "根据有关规定,经青禾市人民政府同意,现予公布,自5月1日起施行。\n" + _CASE, None),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_releases_body(case, text, expected):
    assert read(text, "issuer") == expected
