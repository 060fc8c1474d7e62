"""Region families of real reports: what a report names of its place beside its own name (its superior's campaign,
its 来源 line, its district with the city and province, a short name in a phrase of its own).

Every text below is written for these tests; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_DISTRICT_REPORT = ("2024年以来,我局坚持以法治服务保障高质量发展。顺德区在2023年度法治佛山建设考评中获评优秀等次。\n"
                    "一、2024年度推进法治政府建设的主要举措\n顺德区深化公共法律服务体系建设,为顺德高质量发展提供法治保障。\n"
                    "顺德区人民调解委员会全年化解矛盾纠纷。\n")
_CITY_REPORT = ("2024年,全市司法行政系统坚持为法治佛山添彩。佛山在2023年度法治广东建设考评中排名第三。\n"
                "一、强化政治引领\n全市各级调解组织化解矛盾纠纷。\n")

CASES = [
    ("a district naming its city's campaign keeps the district", _DISTRICT_REPORT, ("广东省", "佛山市", "顺德区")),
    ("a city naming its province's campaign keeps the city", _CITY_REPORT, ("广东省", "佛山市", None)),
    ("a familiar phrase alone still places the text",
     "2024年,全市司法行政系统推进法治佛山建设。\n一、强化政治引领\n全市各级调解组织化解矛盾纠纷。\n",
     ("广东省", "佛山市", None)),
    ("a title naming the city keeps the city over a district of its body",
     "佛山市司法局2024年法治政府建设年度报告\n" + _DISTRICT_REPORT, ("广东省", "佛山市", None)),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_the_places_a_report_names_beside_its_own(case, text, expected):
    assert read(text, "region") == expected
