"""An untitled notice saying what it is (现就有关事项通知如下:, 现将…报告公开工作有关事项通知如下:) asks for the yearly
reports or sets a task: no report, whatever report it names; a report citing such a notice before saying what it is
(按照《…的通知》要求,现将…情况报告如下:) is the report.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_SIGNED = "\n青禾县司法局\n2025年1月6日\n"

CASES = [
    ("a notice on sending the reports",
     "各乡镇人民政府,县直各单位:\n为做好2024年度法治政府建设情况报告报送工作,现就有关事项通知如下:\n一、报送内容\n"
     "各单位报告应包括主要举措和成效等内容。\n二、报送时间\n请于2025年1月20日前报送县司法局。\n" + _SIGNED, "other"),
    ("a notice on publishing them",
     "各乡镇人民政府,县直各单位:\n根据有关规定,现将2024年度法治政府建设年度报告公开工作有关事项通知如下:\n一、公开时间\n"
     "各单位应于3月31日前公开。\n" + _SIGNED, "other"),
    ("a report citing the notice",
     "县委依法治县办:\n按照《关于做好2024年度法治政府建设年度报告工作的通知》要求,现将我局2024年法治政府建设情况报告如下:\n"
     "一、主要举措和成效\n全年办理行政复议案件12件。\n" + _SIGNED, "annual_report"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_an_untitled_notice_is_no_report(case, text, expected):
    assert read(text, "kind") == expected
