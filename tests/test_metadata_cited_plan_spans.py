"""The span in a title the report cites (关于2017年贯彻落实《某纲要(2015-2020年)》情况的报告) is that title's name, not a
span the report covers: the report is the year's it names, and a year's account of carrying out the programme it cites
is a yearly report, its title closing on 情况 as on 的报告. A span of the title's own (关于2016-2018年贯彻落实《…》…,
近三年…) still dates none, and a meeting hearing such an account is no report.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "\n2017年,在市委、市政府的正确领导下,我县深入推进依法行政,全年受理行政复议案件23件。\n"
_PLAN = "《法治政府建设实施纲要(2015-2020年)》"

CASES = [
    ("the year before a cited plan's span", f"青禾县人民政府关于2017年贯彻落实{_PLAN}情况的报告" + _BODY,
     "report_year", 2017),
    ("…年度, a long dash in the span, the title closing on 情况",
     "青禾县司法局关于2016年度贯彻落实《法治政府建设实施纲要(2015—2020年)》情况\n一年来,我局认真落实纲要要求,全年办理法律援助案件120件。\n",
     "report_year", 2016),
    ("…which makes the title a yearly report's", f"青禾县司法局关于2017年贯彻落实{_PLAN}情况" + _BODY, "kind", "annual_report"),
    ("…as does 执行 without 贯彻", f"白沙区司法局关于2018年执行{_PLAN}工作开展情况" + _BODY, "kind", "annual_report"),
    ("a span of the title's own", f"青禾县人民政府关于2016-2018年贯彻落实{_PLAN}情况的报告\n三年来,我县受理行政复议案件63件。\n",
     "report_year", None),
    ("a count of years before the cited title", f"青禾县司法局近三年贯彻落实{_PLAN}情况\n三年来,我局办理法律援助案件360件。\n",
     "report_year", None),
    ("a meeting hearing the year's account", f"青禾县政府常务会议听取2017年贯彻落实{_PLAN}情况\n会议指出,各部门要认真落实纲要。\n",
     "kind", "other"),
]


@pytest.mark.parametrize(("case", "text", "field", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_cited_titles_span_is_no_span_of_the_report(case, text, field, expected):
    assert read(text, field) == expected
