"""Institutions: a county's or a city's departments named by words of their own (县粮食和物资储备局, 县畜牧兽医局,
市营商环境局, 县人民防空办公室, 县扶贫办 …: catalog [[institutions.body]] qualifiers of 局 and of 办) are bodies, after
their level word or place and by their words alone; not a phrase 局 opens (营商环境局面)."""

from __future__ import annotations

import pytest
from conftest import bodies

DANCHENG = "411625"  # 河南省周口市郸城县


@pytest.mark.parametrize("name, canonical", [
    ("县粮食和物资储备局", "郸城县粮食和物资储备局"),
    ("县畜牧兽医局", "郸城县畜牧兽医局"),
    ("县政务服务管理局", "郸城县政务服务管理局"),
    ("县行政审批和政务信息管理局", "郸城县行政审批和政务信息管理局"),
    ("县科学技术和工业信息化局", "郸城县科学技术和工业信息化局"),
    ("县营商环境局", "郸城县营商环境局"),
    ("县能源局", "郸城县能源局"),
    ("县地震局", "郸城县地震局"),
    ("县广播电视局", "郸城县广播电视局"),
    ("县新闻出版局", "郸城县新闻出版局"),
    ("市邮政管理局", "周口市邮政管理局"),
    ("县人民防空办公室", "郸城县人民防空办公室"),
    ("县国动办", "郸城县国动办"),
    ("县扶贫办", "郸城县扶贫办"),
])
def test_a_department_by_its_words(name, canonical):
    found = bodies(f"。{name}开展行政执法检查，", DANCHENG)
    assert set(found) == {name}
    assert (found[name].canonical, found[name].type) == (canonical, "government")


@pytest.mark.parametrize("sentence, name", [
    ("。由营商环境局牵头开展督查", "营商环境局"),
    ("。国家能源局印发通知", "国家能源局"),
])
def test_by_its_words_alone_or_national(sentence, name):
    assert set(bodies(sentence)) == {name}


def test_no_department_in_a_phrase():
    assert bodies("。优化营商环境局面持续向好") == {}
