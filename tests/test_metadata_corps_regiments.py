"""A regiment of the 新疆生产建设兵团 by its number (一五二团, 106团) is a body of its own, as its division is: it issues its
yearly report, named alone or after its division (第八师一五二团), the corps (兵团第八师一五二团) or the division's city
(第十四师昆玉市二二五团), in the title before or after the year or opening the report before its predicate; never cut
to its division (兵团第八师). A number's 团 in a phrase (一团和气, 团体) is none, nor a regiment in a headline on an event.
The region: the corps' or the city's where the text names them, none for a regiment alone (no division of the tables).

Every text below is written for these tests; the regiments' numbers and figures are made up (the corps' city is real,
as the division list must know it).
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "现将有关情况报告如下。\n一、主要举措和成效\n(一)完善制度体系,全年审核合同协议36件。\n"
_LEAD = "坚持以习近平法治思想为指导,扎实推进法治团场建设。"

CASES = [
    ("a regiment alone in the title", "一三七团2023年法治政府建设情况报告\n2023年,团党委" + _LEAD + "\n", "一三七团",
     (None, None, None)),
    ("…in digits", "117团2024年法治政府建设年度报告\n2024年,团党委" + _LEAD + "\n", "117团", (None, None, None)),
    ("…after the title's year", "2022年九团法治政府建设工作报告\n2022年,团党委" + _LEAD + "\n", "九团", (None, None, None)),
    ("…opening the report", "2023年,一三七团" + _LEAD + "\n", "一三七团", (None, None, None)),
    ("after its division", "第九师一六八团2023年法治政府建设情况报告\n2023年,团党委" + _LEAD + "\n", "第九师一六八团",
     (None, None, None)),
    ("after the corps and its division: the regiment, not the division",
     "兵团第九师一六八团2023年法治政府建设情况报告\n2023年,团党委" + _LEAD + "\n", "兵团第九师一六八团",
     ("新疆维吾尔自治区", None, None)),
    ("after the division's city", "2023年,第十四师昆玉市二二七团" + _LEAD + "\n", "第十四师昆玉市二二七团",
     ("新疆维吾尔自治区", None, "昆玉市")),
]


@pytest.mark.parametrize(("case", "text", "issuer", "region"), CASES, ids=[c[0] for c in CASES])
def test_a_regiment_issues_its_report(case, text, issuer, region):
    assert read(text + _BODY, "issuer") == issuer
    assert read(text + _BODY, "region") == region


@pytest.mark.parametrize(("case", "text"), [
    ("a number's 团 in a phrase", "2023年,一团和气的干群关系逐步形成。" + _BODY),
    ("a headline on a regiment's event", "2023年一三七团开展普法宣传活动\n2023年,团党委组织干部学法。\n"),
])
def test_no_regiment(case, text):
    assert read(text, "issuer") is None
