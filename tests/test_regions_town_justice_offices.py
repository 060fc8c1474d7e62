"""Region families of real pages: a town's justice office is named by the town (建华司法所, of a 建华镇), so a county's
short name opening it (建华 of 齐齐哈尔市建华区) names no county; the county named before it (安塞区建华司法所) still does.

Every text below is written for these tests; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

from lawreport.catalog import get_catalog

CASES = [
    ("a justice office by its town's name alone", "2024年,建华司法所共调解矛盾纠纷48件,全部调解成功。\n",
     (None, None, None)),
    ("…under the county named before it", "2024年,安塞区建华司法所共调解矛盾纠纷48件,全部调解成功。\n",
     ("陕西省", "延安市", "安塞区")),
    ("a county's bureau by its short name still names it", "2024年,鄞州分局共办理行政处罚案件48件。\n",
     ("浙江省", "宁波市", "鄞州区")),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_regions_of_town_justice_offices(case, text, expected):
    assert read(text, "region") == expected


def test_the_justice_office_is_the_catalogs():
    assert "司法所" in get_catalog().lexicon.names_of_smaller_things
