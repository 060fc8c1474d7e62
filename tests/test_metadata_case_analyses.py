"""A title naming an analysis of the cases handled (…行政复议和应诉工作分析报告, …行政调解工作情况分析报告): a statistical
release; an analysis and judgement of disputes (…人民调解分析研判报告) or of the rule-of-law work's state is a report."""

import pytest
from conftest import metadata_field as read

BODY = ("\n一、基本情况\n2019年机构改革至今,共收到行政复议申请31件,其中食品类案件25件,占案件总数的80.65%。\n"
        "二、存在的问题\n部分执法人员程序意识不强。\n三、下一步工作\n加强执法培训。\n")
TITLES = [
    ("reconsideration and suits", "青禾县市场监管局机构改革以来行政复议和应诉工作分析报告", "statistics"),
    ("a month's mediation", "青禾市司法局2025年1月行政调解工作情况分析报告", "statistics"),
    ("disputes judged", "青禾县上半年人民调解分析研判报告", "annual_report"),
    ("the work's state", "青禾县2024年法治政府建设形势分析报告", "annual_report"),
]


@pytest.mark.parametrize(("case", "title", "expected"), TITLES, ids=[c[0] for c in TITLES])
def test_an_analysis_of_cases_is_a_release(case, title, expected):
    assert read(title + BODY, "kind") == expected
