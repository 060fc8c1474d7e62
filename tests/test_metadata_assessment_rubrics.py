"""An assessment's rubric (某市2023年度法治政府建设考核评分标准, 制定本标准, items scored with 扣N分) is a body of rules, no
report on the year's work."""

import pytest
from conftest import metadata_field as read

_ITEMS = ("一、行政复议工作(10分)\n行政复议直接纠错率超过12%的,每超过1个百分点扣0.3分。\n"
          "二、行政应诉工作(10分)\n行政机关负责人出庭应诉率低于85%的,扣2分。\n")
_PREAMBLE = "为推进法治政府建设,根据有关规定,结合本市实际,制定本标准。\n"

# A rubric is of kind other, as a 考核办法 is: its title naming it (…考核评分标准, …考核细则(试行), …考评细则, …考核指标及
# 评分标准), whatever year it names, or its preamble under a title naming none (制定本标准。). A report on how the rubric's
# year went (…考核评分标准执行情况报告) is the year's report.
RUBRICS = [
    ("a yearly rubric's title", "青禾市2023年度法治政府建设考核评分标准\n" + _ITEMS, "other"),
    ("a trial set of rules in brackets", "青禾县2024年度法治政府建设考核细则（试行）\n" + _ITEMS, "other"),
    ("an evaluation's rules", "青禾市法治政府建设考评细则\n" + _ITEMS, "other"),
    ("indicators and the rubric", "青禾市2023年度法治政府建设考核指标及评分标准\n" + _ITEMS, "other"),
    ("the rubric's preamble under a yearly title", "青禾市2023年度法治政府建设工作\n" + _PREAMBLE + _ITEMS, "other"),
    ("a report on the rubric's year", ("青禾市2023年度法治政府建设考核评分标准执行情况报告\n"
                                       "2023年,全市对照考核评分标准推进法治政府建设,行政机关负责人出庭应诉率达98%。\n"),
     "annual_report"),
]


@pytest.mark.parametrize(("case", "text", "expected"), RUBRICS, ids=[c[0] for c in RUBRICS])
def test_a_rubric_is_no_report(case, text, expected):
    assert read(text, "kind") == expected
