"""Title lines: a newspaper's name in 《》 heading one, furniture before the headline but the headline's subject before
a colon (《某某日报》报道:…); a cover's year in brackets on the line under a white paper's title."""

import pytest
from conftest import metadata_field as read

BODY = "\n东山县司法局近日出台行政复议工作规范,复议纠错率明显提升。"
PAPER_TITLES = [
    ("a paper reporting, before the colon", "《东湖日报》报道:东山县推进行政复议规范化建设",
     "《东湖日报》报道:东山县推进行政复议规范化建设"),
    ("a paper focusing, before the colon", "《东湖法治报》聚焦:东山县行政复议纠错率提升",
     "《东湖法治报》聚焦:东山县行政复议纠错率提升"),
    ("a paper's name alone before the headline", "《东湖日报》东山县推进行政复议规范化建设", "东山县推进行政复议规范化建设"),
]


@pytest.mark.parametrize(("case", "title", "expected"), PAPER_TITLES, ids=[c[0] for c in PAPER_TITLES])
def test_a_paper_heading_the_title(case, title, expected):
    assert read(title + BODY, "title") == expected


# A white paper's cover sets its year in brackets on the line under its title: one title, dated by that year. A year in
# brackets closing a title's own line (an interpretation of a report named in its headline) dates no report of its own.
COVER = "东湖县行政检察工作白皮书\n(2024)\n东湖县人民检察院\n2025年3月\n一、基本情况\n全年共受理行政检察监督案件120件。\n"
READING = ("您所在的位置:首页 > 学术中心\n\n报告精读 | 东湖法治蓝皮书:东湖法治政府评估报告(2017)\n\n"
           "区域法治发展不平衡的状况亟待重视。评估显示,被评估城市的平均得分率为68.72%。\n")


COVERS = [
    ("the cover's year under the title", COVER, ("东湖县行政检察工作白皮书(2024)", 2024)),
    ("a year closing the headline's own line", READING, ("报告精读 | 东湖法治蓝皮书:东湖法治政府评估报告(2017)", None)),
]


@pytest.mark.parametrize(("case", "text", "expected"), COVERS, ids=[c[0] for c in COVERS])
def test_a_cover_year_under_a_title(case, text, expected):
    assert (read(text, "title"), read(text, "report_year")) == expected
