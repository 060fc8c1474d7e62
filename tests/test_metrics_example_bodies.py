"""An example of one body opened with 如 (如县公安局…, 如该市法院…), like one of a place (如城关镇…): its figures are a
part of the area's; 如 opening no body's name (如发现…, 如期) leaves them the area's.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text", [
    "全年受理矛盾纠纷4120件,化解4065件。如县公安局推行“警调联动”,成功化解纠纷1380件。",
    "全年受理矛盾纠纷4120件,化解4065件。如该市公安机关开展矛盾排查,成功化解1380件。",
])
def test_a_bodys_example_gives_way_to_the_areas_figure(text):
    assert facts(text) == [("mediation_cases", 4120, 2024, False), ("mediation_succeeded", 4065, 2024, False)]


@pytest.mark.parametrize("text, expected", [
    ("全年调解矛盾纠纷4120件。如发现苗头隐患,及时介入,成功化解纠纷1380件。",
     [("mediation_cases", 4120, 2024, False), ("mediation_succeeded", 1380, 2024, False)]),
    ("全年调解矛盾纠纷4120件。如遇疑难纠纷,由县调委会介入,成功化解纠纷1380件。",
     [("mediation_cases", 4120, 2024, False), ("mediation_succeeded", 1380, 2024, False)]),
])
def test_ru_opening_no_body_leaves_the_figure(text, expected):
    assert facts(text) == expected
