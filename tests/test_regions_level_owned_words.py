"""A text's own level's character before the name of one of its offices or parts (镇平安建设办公室: the town's 平安建设
办公室; 镇安全生产委员会, 镇远程调解室, 市南部山区): a county's short name opening with that character (镇平, 镇安, 镇远,
市南) runs into the word there and names no place (catalog lexicon level_owned_words). The county by its full name, or
by its short name before anything else (镇平法院), stays the county.

Every text below is written for these tests; the places are real, the doings and figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_TITLE = "2024年度法治政府建设工作总结\n"


@pytest.mark.parametrize("opening", [
    "2024年,镇平安建设办公室牵头排查矛盾纠纷,调解成功率97.5%。",
    "2024年,镇安全生产委员会办公室开展隐患排查整治,全镇调解纠纷126件。",
    "2024年,镇远程视频调解室投入使用,全年调解纠纷88件。",
    "一年来,镇平安办、镇安置办和镇综治中心合力推进依法行政。",
    "2024年,市南部山区各镇推进依法行政,化解纠纷320件。",
    "2024年,镇康复中心开展法治宣传12场。",
])
def test_a_levels_own_office_names_no_county_its_character_opens(opening):
    assert read(_TITLE + opening + "\n", "region") == (None, None, None)


def test_a_town_titled_report_keeps_no_county_read_from_its_own_office():
    text = "青石镇2024年度法治政府建设工作总结\n一年来,镇平安建设办公室牵头开展矛盾纠纷排查化解,调解成功率98%。\n"
    assert read(text, "county") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("镇平县2024年度法治政府建设工作报告\n2024年,全县坚持依法行政,调解成功率98%。\n", ("河南省", "南阳市", "镇平县")),
    (_TITLE + "2024年,镇平法院坚持司法为民,审结案件1200件。\n", ("河南省", "南阳市", "镇平县")),
    (_TITLE + "2024年,镇安县人民政府坚持依法行政,全县调解纠纷560件。\n", ("陕西省", "商洛市", "镇安县")),
    # a verb the owned word's first two characters open (安排, 全面, 部署) leaves the county's short name
    ("镇平安排部署2024年法治政府建设工作\n近日,镇平召开会议,全县调解纠纷980件。\n", ("河南省", "南阳市", "镇平县")),
    ("镇安全面推进法治政府建设\n2024年,镇安全面推进依法行政,调解纠纷430件。\n", ("陕西省", "商洛市", "镇安县")),
    ("市南部署2024年度法治政府建设重点任务\n近日,市南召开会议,全区调解纠纷640件。\n", ("山东省", "青岛市", "市南区")),
])
def test_the_county_by_its_own_name_stays(text, expected):
    assert read(text, "region") == expected
