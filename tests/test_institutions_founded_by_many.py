"""Institutions: a body that many founded each (多个县都已成立…, 各乡镇均设立…, 已全部建立…) is a kind of body, none;
one a single body founded (县政府已成立…, 区司法局组建了…) stays a body."""

from __future__ import annotations

import pytest
from conftest import bodies


@pytest.mark.parametrize("sentence", [
    "。省内不少市县都已成立行政执法协调监督局",
    "。全县12个乡镇均设立了矛盾纠纷调处化解中心",
    "。各区已全部建立公共法律服务中心",
    "。各街道分别组建行政复议局",
    "。周边县区相继成立行政执法协调监督局",
])
def test_a_body_many_founded_is_none(sentence):
    assert bodies(sentence) == {}


@pytest.mark.parametrize("sentence, name", [
    ("。县政府已成立行政执法协调监督局", "行政执法协调监督局"),
    ("。今年组建了矛盾纠纷调处化解中心", "矛盾纠纷调处化解中心"),
    ("。年内建立了公共法律服务中心", "公共法律服务中心"),
])
def test_a_body_one_founded_stays(sentence, name):
    assert name in bodies(sentence)
