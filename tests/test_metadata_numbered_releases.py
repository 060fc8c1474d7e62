"""A body's figures released bare under the numbered labels of the field and the figure each part opens (一、刑事检察工作 /
(一)审查逮捕工作 / 1.受案情况 / 2022年上半年,某区人民检察院共受理…): a statistics release, as one opening on the year
part and the body counting is; a heading that states the work done (…保障。) heads a report's part instead.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_REST = "2.审结情况\n2022年上半年,青禾区人民检察院共审结各类审查逮捕案件58件70人。\n"

CASES = [
    ("three labels above the first figure",
     "一、刑事检察工作\n(一)审查逮捕工作\n1.受案情况\n2022年上半年,青禾区人民检察院共受理各类审查逮捕案件61件75人。\n" + _REST,
     "statistics"),
    ("one label", "1.受案情况\n2022年上半年,青禾区人民检察院共受理各类审查逮捕案件61件75人。\n" + _REST, "statistics"),
    ("a heading stating the work",
     "(一)强化组织保障。2022年上半年,青禾区人民检察院共受理各类审查逮捕案件61件75人。\n" + _REST, "annual_report"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_numbered_release_kind(case, text, expected):
    assert read(text, "kind") == expected
