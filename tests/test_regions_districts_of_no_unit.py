"""A title naming a district or a city the division list (current) does not hold, whose name before 区 or 市 is the
short name of a county or a city (白河区 of 白河县, 长丰区 and 长丰市 of 长丰县): no unit named, no region guessed from the
short name; no district is renamed back into a city or a county. A unit whose name ends in 区 keeps its short name
before 区 (浦东区 of 浦东新区, 广西区 of 广西壮族自治区), a county's or a city's old name before its district's (铜山县 of
铜山区, 吴江市 of 吴江区) still maps, and so does a short name before 市场 (长丰市场监管局).

Every text below is written for these tests; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_REPORT = "{title}\n　　2023年，{subject}坚持依法行政。全年办理行政复议案件21件。\n　　一、主要成效\n　　规范行政执法。\n"


@pytest.mark.parametrize(("title", "subject", "expected"), [
    ("白河区2023年法治政府建设工作报告", "白河区", (None, None, None)),
    ("2023年长丰区法治政府建设情况报告", "全区", (None, None, None)),
    ("长丰区司法局2023年法治政府建设工作报告", "我局", (None, None, None)),
    ("2023年度法治政府建设报告（德惠区）", "全区", (None, None, None)),
    # a district the list holds, or a unit whose name ends in 区 called short before it
    ("铜山区2023年法治政府建设工作报告", "全区", ("江苏省", "徐州市", "铜山区")),
    ("浦东区2023年法治政府建设工作报告", "全区", ("上海市", "上海市", "浦东新区")),
    ("广西区司法厅2023年法治政府建设工作报告", "区司法厅", ("广西壮族自治区", None, None)),
    ("长丰市2023年法治政府建设工作报告", "长丰市", (None, None, None)),
    ("青川市司法局2023年法治政府建设工作报告", "我局", (None, None, None)),
    # a county's or a city's name before its district's, and a county's short name before another word
    ("铜山县2009年依法行政工作报告", "铜山县", ("江苏省", "徐州市", "铜山区")),
    ("吴江市2010年依法行政工作报告", "全市", ("江苏省", "苏州市", "吴江区")),
    ("长丰市场监管局2023年法治政府建设工作报告", "我局", ("安徽省", "合肥市", "长丰县")),
    ("白河县2023年法治政府建设工作报告", "全县", ("陕西省", "安康市", "白河县")),
])
def test_a_district_or_a_city_the_list_does_not_hold(title, subject, expected):
    assert read(_REPORT.format(title=title, subject=subject), "region") == expected
