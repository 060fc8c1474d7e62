"""A town whose name opens with a county's short name and two characters more (巴彦查干镇: 巴彦, then 查干镇) titles its
report by that name alone: where the body writes the short name nowhere but in the town's name, the town is named so and
lies where the body places it (来源:鄂托克前旗人民政府), in no county of that short name (巴彦县). Where the body writes
the short name apart (余杭区委, 巴彦县委), that place is the town's.

Every text below is written for these tests; the figures are made up; the counties are real divisions, the towns not.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

PLACED = [
    ("a town under its banner's source line",
     ("巴彦查干镇2022年法治政府建设工作报告\n来源:鄂托克前旗人民政府 发布时间:2023-03-01\n"
      "2022年,巴彦查干镇在旗委、旗政府领导下推进法治政府建设,全年调解纠纷31件。\n巴彦查干镇人民政府\n"),
     ("内蒙古自治区", "鄂尔多斯市", "鄂托克前旗")),
    ("a township, its name opening with a city's short name",
     "宁安林场乡2023年法治政府建设情况报告\n来源:陈巴尔虎旗人民政府\n2023年,宁安林场乡全面推进依法行政,开展普法宣传12场次。\n",
     ("内蒙古自治区", "呼伦贝尔市", "陈巴尔虎旗")),
    ("a street whose district the body names",
     "余杭良渚街道2023年法治政府建设情况报告\n2023年,街道在余杭区委、区政府领导下推进法治建设,调解纠纷40件。\n",
     ("浙江省", "杭州市", "余杭区")),
    ("a town whose county of that short name the body names",
     "巴彦塔拉镇2023年法治政府建设工作报告\n2023年,巴彦塔拉镇在巴彦县委、县政府领导下推进法治建设。\n",
     ("黑龙江省", "哈尔滨市", "巴彦县")),
    ("no town: a short name before 美丽乡村",
     "长兴美丽乡村法治建设情况报告\n2023年,各村扎实推进法治建设。\n", ("浙江省", "湖州市", "长兴县")),
]


@pytest.mark.parametrize(("case", "text", "region"), PLACED, ids=[c[0] for c in PLACED])
def test_a_town_opening_with_a_short_name(case, text, region):
    assert read(text, "region") == region
