"""An untitled yearly report opening on a saying states its year in the next sentence (法治是安邦治国的基石。2022年,
在县委的领导下,全县…): that year is the one reported on; after a first sentence naming a span (近年来) or a year of
its own, the next sentence's year is not taken for it.

Every text below is written for these tests; the bodies and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_REST = ("在县委的坚强领导下,全县法治政府建设扎实推进,各项工作取得新成效。\n"
         "强化组织领导 压实法治建设责任\n全年召开专题会议四次,研究部署法治建设重点工作。\n")

CASES = [
    ("a saying, then the year", "法治是安邦治国的基石,也是发展的保障。2022年," + _REST, 2022),
    ("…the year written 年度", "法治是最好的营商环境。2023年度," + _REST, 2023),
    ("a span in the first sentence leaves the year open", "近年来,我县法治建设成效明显。2022年," + _REST, None),
    ("…and so does a year of its own there", "法治建设在2021年迈上新台阶。2022年," + _REST, None),
    ("a year later in the second sentence is none", "法治是安邦治国的基石。全县在2022年," + _REST, None),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_the_year_after_an_opening_saying(case, text, expected):
    assert read(text, "report_year") == expected
