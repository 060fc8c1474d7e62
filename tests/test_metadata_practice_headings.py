"""Untitled yearly reports whose first part is the year's practice (一、主要做法) under an opening with the one year, the
author named after the occasion the year brought and who led (2022年,在…之际,在区委…领导下,青禾镇紧紧围绕…): a yearly
report by that town; under an opening with a span (2022年以来,…), or opening the text, the practice is an account's."""

import pytest
from conftest import metadata_field as read

PARTS = "一、主要做法\n1、抢抓试点,打造便民政府。依托镇社会治理指挥中心,实现矛盾纠纷只进一扇门。\n"
YEARLY = ("2022年,在青禾县撤县设区十周年之际,在区委区政府的领导和依法治区领导小组的指导下,青禾镇紧紧围绕中心任务,"
          "把依法治镇作为第一保障,为建设美丽青禾提供法治保障。\n" + PARTS)
SPAN = "2022年以来,青禾镇紧紧围绕中心任务,把依法治镇作为第一保障,探索出矛盾纠纷化解新路子。\n" + PARTS
CASES = [
    ("the one year's practice", YEARLY, "kind", "annual_report"),
    ("…its town after the occasion and who led", YEARLY + "青禾镇人民政府严格落实法律顾问制度。\n", "issuer", "青禾镇人民政府"),
    ("…its heading with the results", YEARLY.replace("主要做法", "主要做法和成效"), "kind", "annual_report"),
    ("a span's practice", SPAN, "kind", "other"),
    ("practice opening the text", "一、主要做法\n2022年,青禾镇紧紧围绕中心任务,把依法治镇作为第一保障。\n", "kind", "other"),
]


@pytest.mark.parametrize(("case", "page", "name", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_years_practice_makes_a_yearly_report(case, page, name, expected):
    assert read(page, name) == expected
