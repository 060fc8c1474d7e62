"""A notice issuing a plan whose name in 《》 holds its years in brackets (关于印发《某市法治政府建设实施方案(2026—2030年)》
的通知) is a plan, as one whose years follow the 《》 or whose name holds none is; it was read as no kind (other) where its
body did not say 印发给你们.

Every text here is written for the test.
"""

from __future__ import annotations

import pytest

from lawreport import extract

BODY = "\n发布日期:2026-05-12\n　　到2030年,行政机关负责人出庭应诉率保持100%,行政复议直接纠错率不低于12%。\n"


@pytest.mark.parametrize("title", [
    "青禾市人民政府办公室关于印发《青禾市法治政府建设实施方案（2026—2030年）》的通知",
    "青禾市人民政府关于印发《青禾市法治政府建设规划(2026-2030年)》的通知",
    "青禾市人民政府办公室关于印发《青禾市法治政府建设实施方案》（2026—2030年）的通知",
])
def test_a_notice_issuing_a_plan_named_with_its_years_is_a_plan(title):
    record = extract(title + BODY)
    assert (record.kind, record.report_year) == ("plan", None)


def test_a_notice_issuing_a_review_of_a_plan_is_no_plan():
    record = extract("青禾市人民政府办公室关于印发《青禾市法治政府建设实施方案（2026—2030年）》中期评估报告的通知" + BODY)
    assert record.kind != "plan"
