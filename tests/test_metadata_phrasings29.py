"""Metadata of a body's item announcing its white paper, and of what a report speaking of itself says.

A headline or a lead telling that a court put out its white paper (某中院发布2025年行政审判白皮书) over text telling of
it in the third person (白皮书显示…) is news, as an item announcing a report is; the white paper itself, posted under
such a headline, keeps its kind, and so does a report speaking of itself (本报告显示…). Every sentence below is written
for these tests; bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_COURT_TITLE = "青禾市中级人民法院发布2025年行政审判白皮书"
_WHITE_TOLD = "\n6月1日,青禾市中级人民法院发布2025年行政审判白皮书。白皮书显示,全市受理行政案件220件。\n"
_WHITE_ITSELF = "\n前言\n2025年,全市两级法院受理行政案件220件,审结208件。\n"

WHITE_PAPERS = [
    ("a court's headline announcing its white paper", _COURT_TITLE + _WHITE_TOLD, "kind", "news"),
    ("…told by 据白皮书", _COURT_TITLE + "\n据白皮书,全市受理行政案件220件。\n", "kind", "news"),
    ("…its year is the white paper's", _COURT_TITLE + _WHITE_TOLD, "report_year", 2025),
    ("…the court it tells of is no issuer", _COURT_TITLE + _WHITE_TOLD, "issuer", None),
    ("…a lead opening with the day", _WHITE_TOLD.lstrip("\n"), "kind", "news"),
    ("…the white paper itself under such a headline", _COURT_TITLE + _WHITE_ITSELF, "kind", "white_paper"),
    ("…and names its author", _COURT_TITLE + _WHITE_ITSELF, "issuer", "青禾市中级人民法院"),
    ("…speaking of itself", _COURT_TITLE + _WHITE_ITSELF + "本白皮书显示,行政机关败诉率有所下降。\n", "kind", "white_paper"),
    ("…nor is the white paper under its own title", "青禾市中级人民法院2025年行政审判白皮书" + _WHITE_ITSELF, "kind", "white_paper"),
    # A report speaking of itself is the report, not an item telling of it.
    ("a report's 本报告显示", "青禾县司法局发布2025年行政复议工作报告\n本报告显示,2025年全县共收到行政复议申请120件。\n", "kind",
     "annual_report"),
    ("…报告显示 tells of one", "青禾县司法局发布2025年行政复议工作报告\n报告显示,2025年全县共收到行政复议申请120件。\n", "kind",
     "news"),
]


@pytest.mark.parametrize(("case", "text", "name", "expected"), WHITE_PAPERS, ids=[c[0] for c in WHITE_PAPERS])
def test_an_item_announcing_a_white_paper(case, text, name, expected):
    assert read(text, name) == expected
