"""An untitled excerpt opening inside a report's numbered parts, the part's heading a sentence of what the body did
((三)规范执法,提高行政执法效能。…): the yearly report, cut where its page was. A release's part naming the state of
its figures ((一)审查逮捕情况。…) or running into them after a colon is none."""

import pytest
from conftest import metadata_field as read

WORK = ("青禾镇持续规范行政执法行为,细化执法流程,明确执法环节,坚持文明执法,开展执法案卷评查两次。\n"
        "(四)广泛宣传,营造依法治镇浓厚氛围。\n"
        "青禾镇按照年初制定的普法计划,在辖区内开展群众性普法文化活动,扩大法治文化阵地。\n")
EXCERPTS = [
    ("a part's heading on its own line", "(三)规范执法,提高行政执法工作效能。\n" + WORK, True),
    ("a part's heading before its first point",
     "(五)强化制约监督,促进行政权力规范运行。一是推进政务公开,印发工作要点一份。\n" + WORK, True),
    ("a release's part naming the state of its figures",
     "(一)审查逮捕情况。全县检察机关共批准逮捕139人,不批准逮捕29人,不捕率为17.26%。\n" + WORK, False),
    ("a part running into its figures after a colon",
     "(二)调解工作:青禾镇各调委会全年调解纠纷120件,调解成功118件。\n" + WORK, False),
    ("the same account without the part's number", "规范执法,提高行政执法工作效能。\n" + WORK, False),
]


@pytest.mark.parametrize(("case", "text", "is_report"), EXCERPTS, ids=[c[0] for c in EXCERPTS])
def test_an_excerpt_opening_inside_a_reports_parts_is_the_report(case, text, is_report):
    assert (read(text, "kind") == "annual_report") is is_report
