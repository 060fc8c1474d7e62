"""Institutions: a county's bureau for supervising law enforcement by its newer name (县行政执法监督局, beside
行政执法协调监督局), its centre for settling administrative disputes (县行政争议协调化解中心) and its centre for social
governance by its newer name (县社会治理中心, 县社会治理综合服务中心, as 县综治中心): catalog [[institutions.body]]."""

from __future__ import annotations

import pytest
from conftest import bodies

DANCHENG = "411625"  # 河南省周口市郸城县


@pytest.mark.parametrize("sentence, name, kind, canonical", [
    ("。县行政执法监督局开展行政执法案卷评查", "县行政执法监督局", "government", "郸城县行政执法监督局"),
    ("。县司法局(县行政执法监督局)组织执法人员培训", "县行政执法监督局", "government", "郸城县行政执法监督局"),
    ("。县行政争议协调化解中心化解行政争议15件", "县行政争议协调化解中心", "mediation", "郸城县行政争议协调化解中心"),
    ("。县社会治理中心全年调处矛盾纠纷", "县社会治理中心", "mediation", "郸城县社会治理中心"),
    ("。县社会治理综合服务中心挂牌运行", "县社会治理综合服务中心", "mediation", "郸城县社会治理综合服务中心"),
])
def test_a_newer_bureau_or_centre_after_its_level_word(sentence, name, kind, canonical):
    found = bodies(sentence, DANCHENG)[name]
    assert (found.type, found.canonical) == (kind, canonical)


@pytest.mark.parametrize("sentence", [
    "。推进社会治理中心建设",  # the centres in general
    "。加强行政执法监督工作",
])
def test_no_centre_or_bureau_named_in_general(sentence):
    assert bodies(sentence) == {}
