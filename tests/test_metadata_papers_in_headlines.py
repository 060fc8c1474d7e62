"""A newspaper's name in 《》 heading a title line: furniture before the headline, but the headline's subject before a
colon (《某某日报》报道:…)."""

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
