"""A page whose header keeps only the first line of a title its document repeats wrapped below the date line (东湖省2023
年度法治政府建设工作 / 【来源:… | 发布日期:…】 / 东湖省2023年度法治政府建设工作 / 情况报告): the title is the repetition with
its end; a header title that ends as a title does, or one repeated without an end below, stays as the header gives it.
A header title opening with 关于 names no body: its repetition under the document's letterhead (青禾区人民政府 / 关于2024年
度…的报告) is the title."""

import pytest
from conftest import metadata_field as read

HEAD = "当前位置: 首页 > 通知公告\n\n{header}\n\n【来源:东湖省司法厅 | 发布日期:2024-04-10 】\n\n"
BODY = "\n\n 按照有关规定要求,现将全省2023年度法治政府建设情况报告如下。\n\n 一、强化政治引领\n"
PAGES = [
    ("repeated with its end below", "东湖省2023年度法治政府建设工作", "东湖省2023年度法治政府建设工作\n\n情况报告",
     "东湖省2023年度法治政府建设工作情况报告"),
    ("a header title ending as one", "东湖省2023年度法治政府建设工作报告", "东湖省2023年度法治政府建设工作\n\n情况报告",
     "东湖省2023年度法治政府建设工作报告"),
    ("repeated without an end", "东湖省2023年度法治政府建设工作", "东湖省2023年度法治政府建设工作",
     "东湖省2023年度法治政府建设工作"),
    ("another line with an end", "东湖省2023年度法治政府建设工作", "东湖省法治政府建设工作\n\n情况报告",
     "东湖省2023年度法治政府建设工作"),
]


@pytest.mark.parametrize(("case", "header", "below", "expected"), PAGES, ids=[c[0] for c in PAGES])
def test_a_header_title_takes_its_wrapped_repetition(case, header, below, expected):
    assert read(HEAD.format(header=header) + below + BODY, "title") == expected


# A header title opening with 关于 names no body; the document repeats it under its letterhead below the date line.
LETTERED = ("当前位置: 首页 > 政务公开 > 区政府文件\n\n关于2024年度法治政府建设情况的报告\n\n"
            "来源:青禾区人民政府 发布时间:2025-03-12 10:05\n\n{below}\n\n区人大常委会:\n\n"
            " 2024年,区政府深入推进依法行政,现将有关情况报告如下。\n\n 一、加强组织领导\n")
LETTERED_PAGES = [
    ("under its government's letterhead", "青禾区人民政府\n关于2024年度法治政府建设情况的报告",
     "青禾区人民政府关于2024年度法治政府建设情况的报告"),
    ("under a joint letterhead", "中共青禾区委 青禾区人民政府\n\n关于2024年度法治政府建设情况的报告",
     "中共青禾区委 青禾区人民政府关于2024年度法治政府建设情况的报告"),
    ("repeated with no letterhead", "关于2024年度法治政府建设情况的报告", "关于2024年度法治政府建设情况的报告"),
    ("a letterhead over another title", "青禾区人民政府\n关于2024年度行政复议工作情况的报告",
     "关于2024年度法治政府建设情况的报告"),
]


@pytest.mark.parametrize(("case", "below", "expected"), LETTERED_PAGES, ids=[c[0] for c in LETTERED_PAGES])
def test_a_header_title_opening_with_guanyu_takes_its_letterhead_below(case, below, expected):
    assert read(LETTERED.format(below=below), "title") == expected
