"""A body's site carrying another place's news under its own 来源 (来源:某省司法厅 over an item on a second province's
bodies, the first never named again) did not write it: the item has no issuer. An item on the source's own place, or
within it, or speaking as its own (我省), keeps the 来源 body.

Every text below is written for these tests; the events are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_SOURCE = "来源: 陕西省司法厅 发布时间:2023-07-30 作者:佚名\n"

CASES = [
    ("another province's news",
     "法治视野 | 江苏启动涉外公证一体联办\n" + _SOURCE
     + "7月18日,江苏省司法厅、省政务服务管理办公室联合启动涉外公证一体联办,南京市首份联办文书当日送达。\n", None),
    ("a city within the source's province",
     "西安启动涉外公证一体联办\n" + _SOURCE + "7月18日,西安市司法局联合启动涉外公证一体联办,首份联办文书当日送达。\n",
     "陕西省司法厅"),
    ("an item speaking as the source's own",
     "江苏启动涉外公证一体联办\n" + _SOURCE
     + "7月18日,江苏省司法厅联合启动涉外公证一体联办,首份联办文书当日送达,我省将学习借鉴。\n", "陕西省司法厅"),
    ("a county's own item naming no other place",
     "县司法局开展普法宣传\n来源: 青禾县司法局 发布时间:2023-07-30\n7月18日,县司法局在广场开展普法宣传。\n", "青禾县司法局"),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_reposted_items_source(case, text, expected):
    assert read(text, "issuer") == expected
