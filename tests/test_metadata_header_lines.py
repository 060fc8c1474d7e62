"""Lines of a news page's header that are no headline: a dateline set alone on its line (青禾晚报全媒体讯), the
abstract under the headline ([摘要]…, 核心提示:…), the date/source line opening with its date (2023/01/16 19:16 来源:…),
the page's path written with spaces whose last step is the headline on the line below, and a path a scrape set as a
numbered list (1. 当前位置: / 2. 首页 > 政务公开 / 3. > 正文), whose numbers open no heading.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_LEAD = "记者昨天从县司法局了解到,全县去年共办理法律援助案件321件,群众满意率保持较高水平。\n"
_HEADLINE = "青禾县法律援助中心再获全国表彰"

CASES = [
    ("a paper's dateline alone above the lead", "青禾晚报全媒体讯\n" + _LEAD, None),
    ("…a site's", "青禾新闻网讯\n" + _LEAD, None),
    ("…under the headline", _HEADLINE + "\n青禾日报讯\n" + _LEAD, _HEADLINE),
    ("a headline's 喜讯 is no dateline", "青禾县法治建设再传喜讯\n" + _LEAD, "青禾县法治建设再传喜讯"),
    ("an outlet's report of a day alone above the lead", "青禾新闻网3月20日报道\n" + _LEAD, None),
    ("…its day written with dashes", "2026-03-20 09:12 来源:青禾新闻网\n青禾新闻网2026-03-20号报道\n" + _LEAD, None),
    ("…under the headline", _HEADLINE + "\n青禾新闻网3月20日报道\n" + _LEAD, _HEADLINE),
    ("a headline on what a paper reported is no dateline", "青禾日报连续报道法律援助工作\n" + _LEAD,
     "青禾日报连续报道法律援助工作"),
    ("a journal's site menu above the item", "采编系统入口\n期刊信息\n本刊声明\n编辑部公告\n" + _LEAD, None),
    ("…above its headline", "期刊信息\n本刊声明\n编辑部公告\n" + _HEADLINE + "\n" + _LEAD, _HEADLINE),
    ("a headline on a journal's notice is no menu", "青禾县司法局发布法律援助工作声明\n" + _LEAD,
     "青禾县司法局发布法律援助工作声明"),
    ("the abstract under the headline", _HEADLINE + "\n青禾晚报 2024-03-20 10:10\n[摘要]中心再获全国表彰\n" + _LEAD,
     _HEADLINE),
    ("…a key note", _HEADLINE + "\n核心提示:中心再获全国表彰\n" + _LEAD, _HEADLINE),
    ("a headline opening with 摘要 but no mark", "摘要公开助推政务提速\n" + _LEAD, "摘要公开助推政务提速"),
    ("the date line opening with its date", _HEADLINE + "\n2023/01/16/ 19:16 来源:青禾日报 记者张某\n" + _LEAD,
     _HEADLINE),
    ("…above the headline closes nothing", "2023/01/16 19:16 来源:青禾日报\n" + _HEADLINE + "\n" + _LEAD, _HEADLINE),
    ("a path with spaces ending in the headline below",
     "青禾县人民政府门户网站 青禾县司法局 工作动态 " + _HEADLINE + "\n" + _HEADLINE + "\n来源:青禾县司法局\n" + _LEAD,
     _HEADLINE),
    ("a title holding the line below's words with no space between",
     "青禾县司法局法治政府建设年度报告\n司法局法治政府建设年度报告\n" + _LEAD, "青禾县司法局法治政府建设年度报告"),
    ("a path set as a numbered list above the title",
     "1. 当前位置:\n2. 首页 > 政务公开 > 司法局\n3. > 正文\n青禾县司法局2025年1月行政调解工作情况分析报告\n" + _LEAD,
     "青禾县司法局2025年1月行政调解工作情况分析报告"),
    ("…without its numbers", "您的位置:\n首页 > 政务公开\n> 正文\n" + _HEADLINE + "\n" + _LEAD, _HEADLINE),
    ("a numbered heading above a line closes the header",
     "1. 基本情况\n青禾县司法局2024年法治政府建设工作总结\n" + _LEAD, None),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_header_lines_that_are_no_headline(case, text, expected):
    assert read(text, "title") == expected


def test_an_outlets_dated_report_line_leaves_the_year_to_the_figures():
    text = ("2026-01-30 09:12 来源:青禾新闻网 责任编辑:王五\n青禾新闻网2026-01-30号报道\n今天,省司法厅召开新闻发布会。"
            "2025年,全省人民调解组织调解纠纷12.6万件,调解成功率97.2%。\n")
    assert read(text, "title") is None
    assert read(text, "report_year") == 2025
