"""Region families of real pages: a bureau's report calls itself 我局 throughout and names itself in full only in the
title of a document it made (印发《某市交通运输局…工作规程》), as a department's reports do: that bureau's place is the
report's, and the last place its name holds (某市某区人力资源和社会保障局: the district).

Every text below is written for these tests; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

from lawreport.catalog import get_catalog

_BUREAU_REPORT = ("根据法治政府建设年度报告制度的要求,现将{call}2022年度法治政府建设工作情况报告如下:\n"
                  "一、加强组织领导\n局党组每季度开展中心组学法,研究部署法治政府部门建设工作重点,{again}\n"
                  "二、规范行政决策\n坚持规范性文件定期评估和动态清理,印发{titles},建立规范性文件台账。\n")
_AGAIN = "不断完善我局法治政府建设机制。"

CASES = [
    ("a bureau calling itself 我局 names itself in a title of its own",
     _BUREAU_REPORT.format(call="我局", again=_AGAIN, titles="《江门市交通运输局制定规范性文件工作规程》"),
     ("广东省", "江门市", None)),
    ("…by 本局 as well", _BUREAU_REPORT.format(call="本局", again=_AGAIN.replace("我局", "本局"),
                                              titles="《江门市交通运输局制定规范性文件工作规程》"),
     ("广东省", "江门市", None)),
    ("…its place the last its name holds",
     _BUREAU_REPORT.format(call="我局", again=_AGAIN, titles="《台州市路桥区人力资源和社会保障局合法性审查事项目录清单》"),
     ("浙江省", "台州市", "路桥区")),
    ("a text saying 我局 once is no bureau's report for it",
     _BUREAU_REPORT.format(call="我局", again="", titles="《江门市交通运输局制定规范性文件工作规程》"), (None, None, None)),
    ("bureaus of two places: either, only their province is said", _BUREAU_REPORT.format(
        call="我局", again=_AGAIN, titles="《江门市交通运输局制定规范性文件工作规程》《佛山市交通运输局行政执法公示办法》"),
     ("广东省", None, None)),
    ("a government's title is no bureau's",
     _BUREAU_REPORT.format(call="我局", again=_AGAIN, titles="《江门市人民政府重大行政决策程序规定》"), (None, None, None)),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_regions_of_bureaus_naming_themselves_in_titles(case, text, expected):
    assert read(text, "region") == expected


def test_the_calls_are_the_catalogs():
    assert get_catalog().lexicon.own_body_calls == ("我局", "本局")
