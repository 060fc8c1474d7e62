"""A sentence for each [[institutions.body]] entry that no other institution test depended on.

Every sentence here is written for the test: the body it names is found, with its type, only with the entry
(test_institutions_catalog_deletions.py checks that each sentence depends on its entry; the entries of 派出所 and
总工会 hold words the scanners need, so the catalog cannot do without them).
"""

from __future__ import annotations

import pytest

from lawreport import regions
from lawreport.institutions import find_institutions
from lawreport.normalize import normalize

FOUND = [
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
