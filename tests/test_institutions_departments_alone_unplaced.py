"""Institutions: a department named by its words alone (自然资源局, 市场监管局, 人社局) is the one the report names with its
level word or a place no division is pinned to (县自然资源局, 宝山区市场监管局 where the report's region is not known), as a
justice bureau by its word alone is (司法局: 县司法局), matched by the level word's tail in full words (县市场监管局 =
县市场监督管理局) or as written; where the report names several, or another department, it stays apart."""

from __future__ import annotations

import pytest
from conftest import bodies


def _entries(sentence: str) -> list[tuple[str, int]]:
    return [(name, len(f.mentions)) for name, f in bodies(sentence).items()]


@pytest.mark.parametrize("sentence, name", [
    ("。县自然资源局开展执法检查，由自然资源局牵头整改", "县自然资源局"),
    ("。青禾县市场监管局开展“双随机”抽查，市场监管局执法人员全程记录", "县市场监管局"),
    # a district's name several divisions bear: its own name as written, the words alone joined to it
    ("。宝山区市场监管局开展抽查,市场监管局全年立案80件", "宝山区市场监管局"),
    ("。区城管执法局查处违法建设，城管执法局全年处罚案件35件", "区城管执法局"),
    ("。县卫健委开展监督检查；卫健委查处案件12件", "县卫健委"),
    ("。市信访局接待来访群众，信访局办理信访事项", "市信访局"),
    # the words alone first
    ("。人社局受理劳动仲裁案件12件。县人社局开展培训", "人社局"),
])
def test_the_words_alone_are_the_department_named_with_its_level_word(sentence, name):
    assert _entries(sentence) == [(name, 2)]


@pytest.mark.parametrize("sentence, expected", [
    # two levels' bureaus: which one the words alone name, the text does not say
    ("。县公安局、市公安局联合行动，公安局破获案件3起", [("县公安局", 1), ("市公安局", 1), ("公安局", 1)]),
    ("。县人社局开展培训，市人社局到场指导，人社局办理仲裁案件",
     [("县人社局", 1), ("市人社局", 1), ("人社局", 1)]),
    # another department
    ("。县自然资源局开展执法，生态环境局配合", [("县自然资源局", 1), ("生态环境局", 1)]),
    ("。县市场监管局开展抽查，由司法局审核", [("县市场监管局", 1), ("司法局", 1)]),
])
def test_departments_that_are_not_one_stay_apart(sentence, expected):
    assert _entries(sentence) == expected
