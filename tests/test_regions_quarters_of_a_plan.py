"""A quarter of a town's plan (城北区块, 城东区片) is a word a name's last character opens, as 区域 is: no mention of the
district so named elsewhere (城北区, 城东区, 城西区 of 西宁), which would leave a report's own district contested.
A district named before a word that is none (城北区政府, 城北区的) stays a mention.

Every text here is written for the test.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

from lawreport.regions import find_mentions


@pytest.mark.parametrize("text", ["推进城北区块开发", "完成城东区片改造", "城西区块有机更新项目"])
def test_a_quarter_of_a_plan_names_no_district(text):
    assert find_mentions(text) == []


def test_a_district_before_another_word_stays_a_mention():
    assert find_mentions("城北区政府推进依法行政")


@pytest.mark.parametrize("text", [
    "白沙街道2023年度法治政府建设工作报告\n2023年,鄞州区白沙街道推进城北区块征迁,依法化解矛盾纠纷。\n",
    "白沙街道2023年度法治政府建设工作报告\n2023年,鄞州区白沙街道完成城西区片改造和城东区块开发。\n",
])
def test_a_town_report_keeps_its_district(text):
    assert read(text, "region") == ("浙江省", "宁波市", "鄞州区")
