"""A court's division credited as author by its short name (作者:行政庭, 民一庭, 立案庭) over the court's white paper is the
office that wrote it, as 作者:行政审判庭 is, no reporter: the page is the white paper. A person credited there (作者:张三) makes
it a news item, as does a headline telling of the paper whose text reports on it (白皮书显示…).

Every text below is written for these tests; the figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_HEAD = "榆林中院2023年度行政审判白皮书\n发布时间:2024-04-15 09:30:21　来源:榆林中院　{credit}　浏览次数:\n"
_BODY = "为全面反映全市法院行政审判工作情况,现将有关情况通报如下。\n一、收结案情况\n2023年,全市两级法院共受理一审行政案件1 520件。\n"

CASES = [
    ("the administrative division by its short name", _HEAD.format(credit="作者:行政庭") + _BODY, "white_paper"),
    ("…by its full name", _HEAD.format(credit="作者:行政审判庭") + _BODY, "white_paper"),
    ("a civil division by its number", _HEAD.format(credit="作者:民一庭") + _BODY, "white_paper"),
    ("a person", _HEAD.format(credit="作者:张三") + _BODY, "news"),
    ("the court's item telling of its paper",
     ("海淀法院发布2023年度行政审判白皮书\n2024-03-28　来源:海淀法院　作者:行政庭\n"
      "3月28日,海淀法院召开新闻发布会。白皮书显示,2023年该院共受理行政案件2 345件。\n"), "news"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_court_division_credits(case, text, expected):
    assert read(text, "kind") == expected
