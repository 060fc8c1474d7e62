"""A sentence for each [[institutions.body]] entry that no other institution test depended on.

Every sentence here is written for the test: the body it names is found, with its type, only with the entry
(test_institutions_catalog_deletions.py checks that each sentence depends on its entry).
"""

from __future__ import annotations

import pytest

from lawreport import regions
from lawreport.institutions import find_institutions
from lawreport.normalize import normalize

FOUND = [
    ("县医调委全年调处医疗纠纷45件。", "县医调委", "mediation"),  # 调委, by its qualifier
    ("市交调委调解交通事故纠纷200件。", "市交调委", "mediation"),
    ("浙江金诚律所律师为企业开展法治体检。", "浙江金诚律所", "law_firm"),  # 律所
    ("矛调中心全年受理群众诉求80件。", "矛调中心", "mediation"),  # 矛调中心 alone, no place before it
    ("群众诉求统一由诉调中心分流。", "诉调中心", "mediation"),
    ("市公安局交警支队开展交通安全宣传。", "市公安局交警支队", "government"),  # 交警支队 …
    ("县公安局治安大队开展整治行动。", "县公安局治安大队", "government"),
    ("城关派出所民警入户开展反诈宣传。", "城关派出所", "government"),  # 派出所 …
    ("县总工会联合县司法局开展普法活动。", "县总工会", "other"),  # 总工会 …
    ("县个体私营企业协会联合县司法局开展普法活动。", "县个体私营企业协会", "other"),  # 协会 …
    ("县人民医院设立医疗纠纷调解室。", "县人民医院", "other"),  # 医院
]


@pytest.mark.parametrize(("sentence", "name", "kind"), FOUND)
def test_the_entry_finds_its_body(sentence, name, kind):
    copy = normalize(sentence)
    assert (name, kind) in {(f.name, f.type) for f in find_institutions(copy, regions.resolve(copy))}
