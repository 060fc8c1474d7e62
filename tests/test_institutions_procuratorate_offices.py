"""Institutions: a procuratorate's office in a town, named right after the procuratorate with 驻 (stationed at) or
without it (区检察院驻柳林镇检察室), is one body, the office, named canonically by its town as written; an office
stationed elsewhere (驻所检察室) or offices in general name no town's."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence, name, canonical", [
    ("。县检察院驻石坝镇检察室受理群众来访12件", "县检察院驻石坝镇检察室", "石坝镇检察室"),
    ("，市人民检察院驻东岭检察室开展法治宣传", "市人民检察院驻东岭检察室", "东岭检察室"),
    ("。区检察院桃花乡检察室参与矛盾调处", "区检察院桃花乡检察室", "桃花乡检察室"),
    ("，石坝镇检察室联合镇司法所开展普法", "石坝镇检察室", "石坝镇检察室"),
])
def test_a_procuratorates_office_in_a_town_is_the_office(sentence, name, canonical):
    found = bodies(sentence)
    assert name in found
    assert (found[name].canonical, found[name].type) == (canonical, "procuratorate")


@pytest.mark.parametrize("sentence, names", [
    ("。县检察院驻所检察室开展监督", {"县检察院"}),
    ("，县检察院派驻检察室实现全覆盖", {"县检察院"}),
    ("。全县设立乡镇检察室4个", set()),
])
def test_no_office_without_its_town(sentence, names):
    assert set(bodies(sentence)) == names
