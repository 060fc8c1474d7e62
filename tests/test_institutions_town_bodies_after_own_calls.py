"""Institutions: a town's body named by its level word right after the text's call of its own town (我镇司法所在县司法局的
指导下, 本乡派出所, 本街道司法所) is the text's own town's in a report naming no town, as one whose level word opens where
a town's name may (由镇司法所牵头); not after 全 (全镇综治中心实现全覆盖: all the villages' too), nor where the report names
several towns."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence, expected", [
    ("。全镇调解纠纷30件。我镇司法所在县司法局的指导下开展调解", {"镇司法所", "县司法局"}),
    ("。我镇司法所全年调解纠纷30件", {"镇司法所"}),
    ("。全镇调解纠纷30件。我镇综治中心在镇党委的领导下运行", {"镇综治中心", "镇党委"}),
    ("。全乡调解纠纷30件。本乡派出所在县公安局指导下开展巡逻", {"乡派出所", "县公安局"}),
    ("。本街道司法所在区司法局的指导下开展工作", {"街道司法所", "区司法局"}),
])
def test_a_body_after_the_call_of_the_own_town(sentence, expected):
    assert set(bodies(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("。全镇调解纠纷30件。全镇综治中心实现全覆盖", set()),
    ("。全镇调解纠纷30件。全镇派出所开展巡逻", set()),
    # several towns: which one's, the text does not say
    ("。白沙镇、青山镇开展排查。我镇司法所调解纠纷", {"白沙镇", "青山镇"}),
])
def test_no_body_of_the_own_town(sentence, expected):
    assert set(bodies(sentence)) == expected
