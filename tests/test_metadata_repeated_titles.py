"""A page whose header keeps only the first line of a title its document repeats wrapped below the date line (东湖省2023
年度法治政府建设工作 / 【来源:… | 发布日期:…】 / 东湖省2023年度法治政府建设工作 / 情况报告): the title is the repetition with
its end; a header title that ends as a title does, or one repeated without an end below, stays as the header gives it."""

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
