"""An outlet's app named as a page's source (稿件来源:某省人大客户端) makes the page the outlet's item, as a paper or a news
site named so does: a congress's item on its standing committee hearing the government's report (…听取审议…报告) is
news, not the meeting's own page, which the headline alone would leave as kind other. The congress's site named by its
body alone (来源:白沙人大), a government's portal, or no source keep the page what its headline makes it.

Every text below is written for these tests; the places and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_HEARD = "省人大常委会听取审议省政府法治政府建设情况报告\n"
_LEAD = ("9月24日,青禾省十四届人大常委会第十一次会议听取和审议了省人民政府关于法治政府建设情况的报告。\n"
         "报告显示,2023年全省各级行政复议机关共收到行政复议申请12000件。\n")

CASES = [
    ("a congress's app as the source", _HEARD + "稿件来源:青禾省人大客户端 发布时间:2024-09-25 10:12\n" + _LEAD, "news"),
    ("…full-width, its lead the report's figures", _HEARD + ("稿件来源：青禾省人大客户端  发布时间：2024-09-25\n"
     "报告显示,2023年全省各级行政复议机关共收到行政复议申请12000件。\n"), "news"),
    ("a city's media app over its hearing", ("白沙市人大常委会听取审议市政府2023年度法治政府建设工作情况报告\n"
     "来源:白沙云客户端 发布时间:2024-06-12\n6月11日,市人大常委会听取审议了市政府关于2023年度法治政府建设工作情况的报告。\n"),
     "news"),
    # twins
    ("the congress's site by its body alone", ("白沙市人大常委会听取审议市政府2023年度法治政府建设工作情况报告\n"
     "来源:白沙人大 发布时间:2024-06-12\n6月11日,市人大常委会听取审议了市政府关于2023年度法治政府建设工作情况的报告。\n"),
     "other"),
    ("a government's portal", _HEARD + "来源:青禾省人民政府门户网 发布时间:2024-09-25\n" + _LEAD, "other"),
    ("no source", _HEARD + "发布时间:2024-09-25\n" + _LEAD, "other"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_an_outlets_app_as_source_makes_the_page_its_item(case, text, expected):
    assert read(text, "kind") == expected
