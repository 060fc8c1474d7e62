"""A report closing on its body's credit in parentheses with the date after the name ((某县司法局 2025年1月20日)) is
issued by that body, as one closing on the name alone in parentheses is; a reporter's credit so dated names no issuer.

Every text below is written for these tests; the work and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_REPORT = ("关于2024年度法治政府建设情况的报告\n2024年,我局坚持依法行政,全年办理行政复议案件41件,"
           "松阳县行政机关负责人出庭应诉率100%。\n")

ISSUERS = [
    ("a dated credit", _REPORT + "(松阳县司法局 2025年1月20日)\n", "松阳县司法局"),
    ("…in full-width brackets", _REPORT + "（松阳县司法局　2025年1月20日）\n", "松阳县司法局"),
    ("the name alone", _REPORT + "(松阳县司法局)\n", "松阳县司法局"),
]


@pytest.mark.parametrize(("case", "text", "expected"), ISSUERS, ids=[c[0] for c in ISSUERS])
def test_dated_credit_names_the_issuer(case, text, expected):
    assert read(text, "issuer") == expected


def test_dated_credit_dates_the_report():
    assert read(_REPORT + "(松阳县司法局 2025年1月20日)\n", "published") == "2025-01-20"


def test_reporters_dated_credit_names_no_issuer():
    text = ("松阳县去年化解行政争议41件\n本报讯 2024年,松阳县坚持依法行政,全年办理行政复议案件41件。\n"
            "(记者 王某 2025年1月20日)\n")
    assert read(text, "issuer") is None
