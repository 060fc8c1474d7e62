"""A writer's byline with the affiliation in brackets on its line (李 敏(某市司法局), 王某某（某县人民政府办公室）) heads an
article: it is never the title, the body it names is the writer's employer and no author of the text, and the text is
no body's yearly report however it tells the year's work, unless its title names one (2023年度述法报告). A title naming
its body in brackets (工作总结(某县司法局)) and a body's line under a title ((某县司法局)) are no byline.

Every text below is written for these tests; the names, bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_WORK = ("\n2023年,我市深入推进法治政府建设,全年办理行政复议案件120件。\n一、主要做法\n(一)健全制度。\n"
         "二、存在问题\n(一)基层力量薄弱。\n三、下一步打算\n(一)加强队伍建设。\n")
_PAPER = "\n摘要:法治政府建设是全面依法治国的重点任务。\n关键词:法治政府;行政复议\n一、问题的提出\n"

CASES = [
    ("a byline alone over the work: no title", "周 岚(青禾市司法局)" + _WORK, "title", None),
    ("…no issuer", "周 岚(青禾市司法局)" + _WORK, "issuer", None),
    ("…no yearly report", "周 岚(青禾市司法局)" + _WORK, "kind", "other"),
    ("a byline in full-width brackets, name unspaced", "欧阳晓峰（青禾县人民政府办公室）" + _WORK, "issuer", None),
    ("a byline under a headline: the headline is the title", "坚持依法行政 建设法治政府\n周岚（青禾县司法局）" + _WORK,
     "title", "坚持依法行政 建设法治政府"),
    ("…and the text no yearly report", "坚持依法行政 建设法治政府\n周岚（青禾县司法局）" + _WORK, "kind", "other"),
    ("a paper's byline with its address", "周 岚\n(青禾市司法局,青禾 青禾 410000)" + _PAPER, "issuer", None),
    ("a byline with its affiliation and address", "周岚（青禾市司法局，湖南 长沙 410000）" + _PAPER, "title", None),
    ("a byline after its label", "坚持依法行政 建设法治政府\n作者:周岚(青禾县司法局)" + _WORK, "kind", "other"),
    ("…after a paper's part", "坚持依法行政 建设法治政府\n文/周岚(青禾县司法局)" + _WORK, "kind", "other"),
    ("…after a paper's mark", "坚持依法行政 建设法治政府\n□ 周岚(青禾县司法局)" + _WORK, "kind", "other"),
    ("a body in the 作者 field is the author", "2023年法治工作总结\n作者:青禾县司法局" + _WORK, "issuer", "青禾县司法局"),
    # --- no byline ------------------------------------------------------------------------------------------------
    ("a head's report of their duty under its title stays a yearly report",
     "2023年度述法报告\n周岚（青禾县司法局局长）" + _WORK, "kind", "annual_report"),
    ("a title naming its body in brackets", "工作总结(青禾县司法局)" + _WORK, "issuer", "青禾县司法局"),
    ("…is the title", "工作总结(青禾县司法局)" + _WORK, "title", "工作总结(青禾县司法局)"),
    ("a bulletin's name over its issue", "法治快讯(第12期)" + _WORK, "title", "法治快讯(第12期)"),
    ("…over its year's issue", "青禾司法(2023年第4期)" + _WORK, "title", "青禾司法(2023年第4期)"),
    ("a body's line under a title", "2023年法治政府建设工作报告\n(青禾县司法局)" + _WORK, "issuer", "青禾县司法局"),
    ("…a yearly report", "2023年法治政府建设工作报告\n(青禾县司法局)" + _WORK, "kind", "annual_report"),
]


@pytest.mark.parametrize(("case", "text", "field_name", "expected"), CASES, ids=[c[0] for c in CASES])
def test_article_bylines(case, text, field_name, expected):
    assert read(text, field_name) == expected
