"""Issuers and genres of 2024 pages: town bodies, departments, officials' reports and reprinted items.

Every text below is written for these tests; the places are real, the bodies' sentences and figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as field

OPENING = "\n2024年，全镇坚持依法行政，扎实推进法治政府建设，各项工作取得新成效。现将有关情况报告如下：\n"
TITLE = "关于2024年度法治政府建设工作的报告"

CASES = [
    # --- a town whose name holds 和 heads the title on the line above it ------------------------------------------
    ("a town named with 和 above a 关于 title authors it", "仁和镇人民政府\n" + TITLE + OPENING, "issuer",
     "仁和镇人民政府"),
    ("…its title read across both lines", "仁和镇人民政府\n" + TITLE + OPENING, "title", "仁和镇人民政府" + TITLE),
    ("…和 opening the name", "和平镇人民政府\n" + TITLE + OPENING, "issuer", "和平镇人民政府"),
    ("…a street office", "中和街道办事处\n" + TITLE + OPENING, "issuer", "中和街道办事处"),
    ("…after its county", "临安区太和乡人民政府\n" + TITLE + OPENING, "issuer", "临安区太和乡人民政府"),
    ("two bodies joined by 和 above a title are no letterhead", "工会和镇人民政府\n" + TITLE + OPENING, "issuer",
     None),
    ("…nor a level and a street office", "市区和街道办事处\n" + TITLE + OPENING, "issuer", None),
]


@pytest.mark.parametrize("name, text, key, expected", CASES, ids=[c[0] for c in CASES])
def test_metadata_phrasing(name, text, key, expected):
    assert field(text, key) == expected
