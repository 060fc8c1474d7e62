"""Metadata phrasings: streets named after a province, articles' issuers, a committee office's own reports."""

import pytest

from lawreport.regions import resolve


@pytest.mark.parametrize("hint", [
    "北京东路街道办事处2023年法治政府建设工作报告",
    "山东中路街道2024年法治建设情况报告",
    "上海西街街道办事处工作报告",
])
def test_a_province_short_name_opening_a_street_with_a_direction_names_no_province(hint):
    assert resolve("坚持依法行政。", [hint]).code is None


def test_a_province_short_name_before_a_directional_street_in_the_body_is_no_mention():
    assert resolve("全省各地推进普法。在山东北路街道试点。山东北路街道再次试点。").code is None
    assert resolve("全省各地推进普法。在山东开展试点。山东再次试点。").province == "山东省"


def test_a_province_short_name_before_a_direction_word_that_opens_no_street_still_counts():
    assert resolve("坚持依法行政。", ["北京东城区2023年法治政府建设工作报告"]).province == "北京市"
