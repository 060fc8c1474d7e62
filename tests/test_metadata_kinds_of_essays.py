"""An essay on the work titled as one (…司法审查探究, …路径探究, as …浅析, …刍议) is no body's report, whatever the work it
names (司法审查, a white paper's word): its kind is other. A court's review named so (…行政案件司法审查报告) stays a white
paper.

Every text below is written for these tests; the places, names and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_ESSAY = ("行政裁量权作为行政机关依法选择处理方式的权力,日益成为行政法的核心内容。\n"
          "一、问题的提出\n近年来,法院受理的行政案件中涉及裁量的比例逐年上升。\n")
_REVIEW = ("一、基本情况\n2023年,全市法院共受理一审行政案件1320件,审结1288件,行政机关负责人出庭应诉率为96.4%。\n"
           "二、主要问题\n部分行政机关程序意识不强。\n")

CASES = [
    ("an essay on judicial review", "行政裁量合理性的司法审查探究\n" + _ESSAY, "other"),
    ("an essay on a path", "新时代行政复议化解行政争议的路径探究\n" + _ESSAY, "other"),
    ("a court's review named 司法审查报告 stays a white paper", "南江市2023年度行政案件司法审查报告\n" + _REVIEW, "white_paper"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_an_essay_titled_so_is_no_report(case, text, expected):
    assert read(text, "kind") == expected
