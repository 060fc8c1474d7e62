"""Institutions: a street named by three characters before its 路 or 街 (青山路街道, 人民街街道) is a long name, its first
character guarded as a three-character town's is: never the 度 of 2023年度, a word a name follows (到, 如) or a date."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence, name", [
    ("。现将2024年度青山路街道法治政府建设情况报告如下", "青山路街道"),
    ("。2023年度人民街街道办事处完成清理", "人民街街道办事处"),
    ("。2023年四平路街道推进普法", "四平路街道"),
    ("。银杏大街街道推进普法", "银杏大街街道"),
])
def test_a_street_named_before_its_road_opens_at_its_own_name(sentence, name):
    assert set(bodies(sentence)) == {name}


@pytest.mark.parametrize("sentence", ["。到青山路街道调研", "，如青山路街道开展普法"])
def test_a_word_before_a_street_is_no_part_of_its_name(sentence):
    assert not [name for name in bodies(sentence) if name[0] in "到如"]


def test_the_one_street_is_the_streets_committee_once_its_name_is_read_alone():
    found = bodies("。现将2024年度青山路街道工作报告如下。青山路街道推进普法，街道工委研究部署")
    assert found["街道工委"].canonical == "青山路街道党工委"
