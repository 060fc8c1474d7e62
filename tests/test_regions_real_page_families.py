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
    ("a city its opening names by its short name outweighs its province's campaign",
     "2024年,全市司法行政系统稳步推进各项工作。沈阳在年度法治辽宁建设考核中位列第一。\n一、强化政治引领\n全市调解组织化解纠纷。\n",
     ("辽宁省", "沈阳市", None)),
    ("a province's campaign with no city named leaves the province",
     "2024年,全市司法行政系统稳步推进平安辽宁建设。\n一、强化政治引领\n全市调解组织化解纠纷。\n",
     ("辽宁省", None, None)),
    ("a province's text naming a city before the province's campaign stays the province's",
     "2024年,全省司法行政系统稳步推进各项工作。大连在年度平安辽宁建设考核中获评优秀。\n一、强化政治引领\n全省调解组织化解纠纷。\n",
     ("辽宁省", None, None)),
    ("a familiar phrase alone still places the text",
     "2024年,全市司法行政系统推进法治佛山建设。\n一、强化政治引领\n全市各级调解组织化解矛盾纠纷。\n",
     ("广东省", "佛山市", None)),
    ("a title naming the city keeps the city over a district of its body",
     "佛山市司法局2024年法治政府建设年度报告\n" + _DISTRICT_REPORT, ("广东省", "佛山市", None)),
]

_TOWN_REPORT = ("梧桐镇2023年法治政府建设工作总结\n\n来源:{source} 发布时间: 2024-01-10 09:30\n\n"
                "2023年,在县委、县政府的坚强领导下,梧桐镇坚持依法行政,全年化解矛盾纠纷。现将工作情况汇报如下:\n"
                "一、主要工作\n镇党委、政府定期研究法治建设工作。\n")
CASES += [
    ("a town's report takes the county its 来源 line names", _TOWN_REPORT.format(source="永泰县"),
     ("福建省", "福州市", "永泰县")),
    ("…or the body it names", _TOWN_REPORT.format(source="永泰县司法局"), ("福建省", "福州市", "永泰县")),
    ("a paper in the 来源 line names no place", _TOWN_REPORT.format(source="福建日报"), (None, None, None)),
    ("national news a county's body reposts is not the county's",
     "最高法发布行政审判典型案例\n来源:永泰县司法局\n本报讯 近日,最高人民法院发布一批行政审判典型案例。\n", (None, None, None)),
    ("a town's report takes the county its portal's banner names",
     "察隅县人民政府\n\n政府信息公开\n\n" + _TOWN_REPORT.format(source="本网"), ("西藏自治区", "林芝市", "察隅县")),
    ("a banner naming no body places nothing", "政府信息公开\n\n" + _TOWN_REPORT.format(source="本网"), (None, None, None)),
    ("a body's text naming its place keeps it over a reposting 来源",
     ("江苏省公证工作综述\n来源:陕西省司法厅\n2023年,江苏省公证机构办理公证事项。江苏省司法厅推进公证体制改革。\n"
      "江苏省公证协会开展行业培训。\n"), ("江苏省", None, None)),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_the_places_a_report_names_beside_its_own(case, text, expected):
    assert read(text, "region") == expected
