"""A national body's report of the years before the 2018 reform names the body as it was then (国土资源部,
环境保护部, 国家工商总局…), and a later report speaking of those years calls it 原…: either way the body is the issuer,
as its present name would be; the State Council's legal-affairs office is that office, not the State Council; a
department of a body (农业部门) or a place opening with 原 (原阳县) is no former national body.

Every text below is written for these tests; the figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "现将有关情况报告如下。\n一、主要举措和成效\n(一)完善制度体系,全年审核规范性文件36件。\n"

CASES = [
    ("a ministry by its name of before", "2016年,国土资源部坚持依法行政,扎实推进法治政府建设。", "国土资源部"),
    ("…another", "2017年,农业部深入推进依法行政,法治政府建设取得新进展。", "农业部"),
    ("…a commission's short name", "2016年,国家卫生计生委认真贯彻落实《法治政府建设实施纲要》。", "国家卫生计生委"),
    ("…an administration's short name", "2017年,国家工商总局紧紧围绕中心工作推进依法行政。", "国家工商总局"),
    ("…its full name", "2016年,国家工商行政管理总局扎实推进法治工商建设。", "国家工商行政管理总局"),
    ("…a bureau", "2017年,国家林业局坚持以习近平新时代中国特色社会主义思想为指导。", "国家林业局"),
    ("…a safety administration", "2016年,国家安全监管总局深入推进安全生产领域依法行政。", "国家安全监管总局"),
    ("…a press administration", "2016年,国家新闻出版广电总局持续推进法治政府建设。", "国家新闻出版广电总局"),
    ("…a regulator", "2017年,中国银监会积极推进依法监管。", "中国银监会"),
    ("a ministry's short form", "2017年,住房城乡建设部扎实推进法治政府建设。", "住房城乡建设部"),
    ("an administration's short form", "2019年,国家广电总局认真落实法治政府建设各项任务。", "国家广电总局"),
    ("a former body said with 原", "2017年,原环境保护部深入学习宣传贯彻党的十九大精神。", "环境保护部"),
    ("…in a title", "国土资源部2016年法治政府建设情况报告\n2016年,全系统扎实推进依法行政。\n", "国土资源部"),
    ("the State Council's legal-affairs office", "2016年,国务院法制办深入推进依法行政。", "国务院法制办"),
    ("…in full", "2016年,国务院法制办公室扎实推进政府法制工作。", "国务院法制办公室"),
    ("a county opening with 原 is no former body", "2023年,原阳县农业农村局扎实推进依法行政。", "原阳县农业农村局"),
    ("a department of a body is none", "2017年,农业部门扎实推进依法行政。", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_national_body_by_its_former_name(case, text, expected):
    assert read(text + _BODY, "issuer") == expected
