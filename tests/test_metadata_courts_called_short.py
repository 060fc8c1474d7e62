"""A court as it is called, by its place's short name or its place and a short court word (榆林中院, 海淀法院, 陕西高院,
榆林市中院), issues the white paper whose title opens with it, whose 来源 line or sign-off names it: the issuer is the
court in full (陕西省榆林市中级人民法院), as institutions names it in the places the report names. A 来源 or a sign-off
spelling the title's court out names it as the text writes it. A court called by its level alone (省高院, 区法院) is the
region's, and none where no place is said; an area's courts together (全市法院, 威海法院 in a 来源 line) are no issuer.

Every text below is written for these tests; the figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_BODY = "2023年,全市法院新收一审行政案件1 520件,审结1 498件,行政机关负责人出庭应诉率为97.6%。\n"
_OWN = "2023年,本院新收一审行政案件736件,审结712件,败诉率为4.1%。\n"

CASES = [
    ("a city's intermediate court opening the title", f"榆林中院2023年度行政审判白皮书\n{_BODY}",
     "陕西省榆林市中级人民法院"),
    ("…with its city's level", f"榆林市中院2023年行政审判白皮书\n{_BODY}", "陕西省榆林市中级人民法院"),
    ("a district's court by its short name", f"海淀法院2023年度行政审判工作白皮书\n{_OWN}", "北京市海淀区人民法院"),
    ("a province's high court", "陕西高院2023年度全省法院行政审判白皮书\n2023年,全省法院新收一审行政案件9 870件。\n",
     "陕西省高级人民法院"),
    ("a county court named by its district's short name, before a closing year", f"黄岩法院行政审判白皮书(2022)\n{_OWN}",
     "浙江省台州市黄岩区人民法院"),
    ("a municipality's numbered intermediate court", f"北京一中院2023年行政审判白皮书\n{_OWN}", "北京市第一中级人民法院"),
    ("…another's, before a closing year", f"重庆五中院行政审判白皮书(2023)\n{_OWN}", "重庆市第五中级人民法院"),
    ("in a 来源 line", f"行政审判白皮书\n来源:海淀法院　发布时间:2024-03-02\n{_OWN}", "北京市海淀区人民法院"),
    ("…of a court's item announcing it", ("西安中院发布2022年度行政审判白皮书\n2023-04-12 来源:西安中院\n"
     "4月12日,西安中院召开新闻发布会,白皮书显示,2022年全市法院新收一审行政案件3 260件。\n"), "陕西省西安市中级人民法院"),
    ("in a sign-off", f"2023年度行政审判白皮书\n{_OWN}榆林中院\n2024年4月1日\n", "陕西省榆林市中级人民法院"),
    ("a 来源 spelling the title's court out, as written", f"黄岩法院2022年度行政审判白皮书\n来源:台州市黄岩区人民法院\n{_OWN}",
     "台州市黄岩区人民法院"),
    ("a sign-off spelling it out", f"榆林中院2023年度行政审判白皮书\n{_BODY}榆林市中级人民法院\n2024年4月1日\n",
     "榆林市中级人民法院"),
    ("a city's court by its level, the city named", "市中院2023年行政审判白皮书\n2023年,榆林市两级法院新收一审行政案件1 520件。\n",
     "陕西省榆林市中级人民法院"),
    ("an autonomous region's high court by its level", "自治区高院2023年行政审判白皮书\n2023年,新疆法院新收一审行政案件3 500件。\n",
     "新疆维吾尔自治区高级人民法院"),
    ("a province's high court with its full name", f"陕西省高院2023年行政审判白皮书\n{_OWN}", "陕西省高级人民法院"),
    ("an opening naming the city's court by its level", "2023年,市中院坚持依法审判,榆林市两级法院新收一审行政案件1 520件。\n",
     "陕西省榆林市中级人民法院"),
    ("a district's court by its level, in full", "区法院2023年行政审判白皮书\n2023年,海淀区新收一审行政案件736件。\n",
     "北京市海淀区人民法院"),
    # none
    ("a high court by its level, no place said", f"省高院行政审判白皮书(2023)\n{_OWN}", None),
    ("…in a sign-off", f"2023年度行政审判白皮书\n{_OWN}省高院\n2024年4月1日\n", None),
    ("a city's courts together", f"全市法院2023年行政审判白皮书\n{_BODY}", None),
    ("a city's courts by its short name in a 来源 line", f"2022年度行政审判白皮书\n来源:威海法院\n{_BODY}", None),
    ("a paper in a 来源 line", f"2023年度行政审判白皮书\n来源:人民法院报\n{_OWN}", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_courts_called_short(case, text, expected):
    assert read(text, "issuer") == expected
