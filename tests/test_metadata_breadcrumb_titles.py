"""A page whose scrape kept its path but no title line of its own (当前位置:首页>政务公开>…>某县司法局2024年法治政府建设年度报告):
the path's last step names the document with its year, and is the title; a section's name without a year is none, nor is the
site's 首页 above the path, nor its last step repeated alone under it (…>法治建设 / 法治建设: the item's column). A path may go without its label (范文大全 > 工作总结, 法治动态 > 某县…工作总结).

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "2024年,县司法局坚持以习近平法治思想为指导,现将有关情况报告如下:\n一、主要举措和成效\n(一)加强组织领导。全年召开专题会议三次。\n"

CASES = [
    ("the path's last step names the report", "当前位置:首页>政务公开>法治政府建设>石门县司法局2024年法治政府建设年度报告\n" + _BODY,
     "title", "石门县司法局2024年法治政府建设年度报告"),
    ("…spaced, under the site's 首页", "首页\n当前位置: 首页 > 政务公开 > 石门县司法局2024年法治政府建设年度报告 \n" + _BODY,
     "title", "石门县司法局2024年法治政府建设年度报告"),
    ("…which names the author", "当前位置:首页>政务公开>石门县司法局2024年法治政府建设年度报告\n" + _BODY, "issuer", "石门县司法局"),
    ("a section's name without a year", "首页\n当前位置:首页>政务公开>法治政府建设年度报告\n" + _BODY, "title", None),
    ("a site's path without its label above the title", "范文大全 > 工作总结\n石门县司法局2024年法治政府建设工作总结\n" + _BODY,
     "title", "石门县司法局2024年法治政府建设工作总结"),
    ("…its last step naming the document", "法治动态 > 石门县司法局2024年法治政府建设工作总结\n" + _BODY,
     "title", "石门县司法局2024年法治政府建设工作总结"),
    ("a headline comparing a figure with > is no path", "全县调解成功率>98%\n" + _BODY, "title", "全县调解成功率>98%"),
    # The path's last step repeated alone under it is the column the item is filed in, over its headline: no title.
    ("the column repeated under the path", "当前位置: 首页>专题专栏>法治建设\n法治建设\n普法宣传 | 送法进乡村\n\n" + _BODY,
     "title", "普法宣传 | 送法进乡村"),
    ("…over a report's title", "当前位置:首页>政务公开>年度报告\n年度报告\n石门县司法局2024年法治政府建设年度报告\n" + _BODY,
     "title", "石门县司法局2024年法治政府建设年度报告"),
    ("…no column repeated: the title below the path", "当前位置:首页>政务公开\n石门县司法局2024年法治政府建设年度报告\n" + _BODY,
     "title", "石门县司法局2024年法治政府建设年度报告"),
    ("…the step repeated over the page's date line is the title",
     "当前位置:首页>政务公开>石门县司法局法治宣传工作总结\n石门县司法局法治宣传工作总结\n发布时间:2025-01-10\n" + _BODY, "title",
     "石门县司法局法治宣传工作总结"),
    ("…a line naming more than the last step", "当前位置:首页>专题专栏>法治建设\n法治建设新闻\n" + _BODY, "title", "法治建设新闻"),
    ("a headline's words cut at a pause", "当前位置:首页>工作动态>2024年,县司法局推进法治建设\n" + _BODY, "title", None),
]


@pytest.mark.parametrize(("case", "text", "field", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_paths_last_step_titles_an_untitled_page(case, text, field, expected):
    assert read(text, field) == expected
