"""A town's offices its work is shared among by field, as its party and government office is (白沙镇党政综合办公室): the
town's office of comprehensive administrative enforcement (龙潭镇综合行政执法办公室, 镇综合执法办), of comprehensive
governance (镇综合治理办公室), of social affairs (街道社会事务办), after the town's name or its level word (the one town's the
report names). Not the office's words by themselves, the towns' in general, a list of levels, a method or a case
(综合执法办法, 综合执法办案); the committee's offices by their short names (综治办) stay the party committee's.

Every sentence below is written for these tests; the towns and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize(("sentence", "name", "canonical"), [
    ("。龙潭镇综合行政执法办公室查处违法案件17件", "龙潭镇综合行政执法办公室", "龙潭镇综合行政执法办公室"),
    ("。2024年,青竹乡综合执法办公室开展联合巡查6次", "青竹乡综合执法办公室", "青竹乡综合执法办公室"),
    ("。由石湾镇综合治理办公室牵头排查矛盾纠纷", "石湾镇综合治理办公室", "石湾镇综合治理办公室"),
    ("。柳林街道社会事务办开展普法宣传4场", "柳林街道社会事务办", "柳林街道社会事务办"),
    ("。松溪街道社会治理办公室组织调解", "松溪街道社会治理办公室", "松溪街道社会治理办公室"),
    ("。龙潭镇开展普法。镇综合执法办查处案件3件", "镇综合执法办", "龙潭镇综合执法办"),
])
def test_a_towns_office_by_field(sentence, name, canonical):
    found = bodies(sentence)
    assert found[name].canonical == canonical
    assert found[name].type == "government"


@pytest.mark.parametrize("sentence", [
    "。综合治理办公室开展工作",  # the office's words alone name no town's
    "。乡镇综合行政执法办公室实现全覆盖",  # the towns' in general
    "。各镇综合治理办公室开展排查",
    "。县、镇综合治理办公室联合排查",  # a list of levels
    "。龙潭镇综合执法办法已修订",  # a method
    "。龙潭镇综合执法办案12件",  # a verb
])
def test_no_towns_office_by_field(sentence):
    assert not [name for name in bodies(sentence) if "办" in name]


def test_the_committees_short_office_stays_the_partys():
    assert bodies("。县委政法委综治办开展督导")["综治办"].type == "party_committee"
