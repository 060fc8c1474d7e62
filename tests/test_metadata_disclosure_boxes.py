"""A disclosure page's box of fields (政府信息公开: 索引号, 发布机构, 成文日期 …) above the title: its rows, written with
their values after a space or a colon, or as labels set alone with the value on the line below, are no title, and a
date among them (成文日期 2025-03-21) does not close the header above the title the way the page's date line does. Its
class or topic (信息分类: 县区, 所属主题: 法治政府) is such a row, whatever its value reads like.

Every text below is written for these tests; the bodies, numbers and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_TITLE = "石门镇2024年度法治政府建设工作报告"
_BODY = ("2024年,石门镇坚持以习近平法治思想为指导,扎实推进法治政府建设。\n一、主要举措\n"
         "全年开展法治宣传活动四十场。\n")

_ROWS = ("信息索引号 001002003/2025-00001 文件编号\n责任部门 石门镇 公开形式 主动公开\n"
         "责任科室 石门镇 公开范围 面向社会\n成文日期 2025-03-20 公开时限 长期公开\n\n")
_LABELS_ALONE = ("首页\n>> 政务公开 >> 法治政府建设\n• 信息索引号:\n001002003/2025-00002\n• 审核程序:\n单位审核公开\n"
                 "• 发布机构:\n石门镇\n• 发文字号:\n• 发布日期:\n2025-01-31\n• 公开方式:\n主动公开\n\n")
_CLASSED = "索 引 号: 001002003/2025-00021\n信息分类: 县区\n发布机构: 石门镇人民政府\n发布日期: 2025-02-10 17:08\n标题: "
_DATE_LINE = "\n来源:党政办   发布时间: 2025-03-20 09:30\n\n"
_STACKED = "索引号\n\n001002003/2025-00031\n\n发布机构{issuer}\n\n发文日期\n\n2025-03-20\n\n"
_REPORT = "关于2024年法治政府建设情况的报告\n\n2024年,我县扎实推进法治政府建设,取得积极成效。现将有关情况报告如下。\n"

CASES = [
    ("rows with their values", _ROWS + _TITLE + _DATE_LINE + _BODY, "title", _TITLE),
    ("…whose title gives the year", _ROWS + _TITLE + _DATE_LINE + _BODY, "report_year", 2024),
    ("labels set alone, values below", _LABELS_ALONE + _TITLE + _DATE_LINE + _BODY, "title", _TITLE),
    ("…the value of the last no title", _LABELS_ALONE + "石门镇法治政府建设情况" + _DATE_LINE + _BODY, "title",
     "石门镇法治政府建设情况"),
    # the page's own date line under its title still closes the header
    ("a date line under the title", _TITLE + "\n发布日期:2025-03-20\n" + _BODY, "title", _TITLE),
    # Its class or topic, whatever its value reads like (县区, 法治政府建设): a field, no title; its 标题 row names the title.
    ("a class row above the title row", _CLASSED + _TITLE + "\n文号:\n\n" + _TITLE + "\n\n" + _BODY, "title", _TITLE),
    ("…its value naming the work", _CLASSED.replace("县区", "法治政府建设") + _TITLE + "\n\n" + _TITLE + "\n\n" + _BODY,
     "title", _TITLE),
    ("a topic row over the title alone", "所属主题: 法治政府\n发布日期: 2025-02-10\n\n" + _TITLE + "\n\n" + _BODY, "title",
     _TITLE),
    ("…its keywords", "主题词: 法治 年度报告\n信息类别: 工作报告\n\n" + _TITLE + "\n\n" + _BODY, "title", _TITLE),
    ("…a 组配分类 row, read before", "组配分类: 法治政府建设年报\n\n" + _TITLE + "\n\n" + _BODY, "title", _TITLE),
    ("a headline opening with a class's word", "信息分类管理办法修订情况\n" + _DATE_LINE + _BODY, "title", "信息分类管理办法修订情况"),
    # a box a label or a value a line: the publisher's value under its label, another label below it
    ("a publisher set below its label", _STACKED.format(issuer="\n\n青禾县司法局") + _REPORT, "issuer", "青禾县司法局"),
    ("…no blank lines between", _STACKED.format(issuer="\n青禾县司法局").replace("\n\n", "\n") + _REPORT, "issuer",
     "青禾县司法局"),
    ("…an empty one takes no label nor date below", _STACKED.format(issuer="") + _REPORT, "issuer", None),
    # a line opening with a field's word but no label of one
    ("a headline opening with a label's word", "文号清理工作通报\n" + _DATE_LINE + _BODY, "title", "文号清理工作通报"),
]


@pytest.mark.parametrize(("case", "text", "field", "expected"), CASES, ids=[c[0] for c in CASES])
def test_disclosure_boxes(case, text, field, expected):
    assert read(text, field) == expected
