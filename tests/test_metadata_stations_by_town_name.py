"""A town's justice station named by the town's name without its level (花明楼司法所 for 花明楼镇司法所), opening a yearly
report's title before its year, signing it off or named in its 来源 line, is the report's author, as written; the
stations of a level or of many (基层司法所, 乡镇司法所, 全县司法所) and a headline on a station (…司法所规范化建设见成效)
name none.

Every text below is written for these tests; the towns and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_OPENING = "\n2023年,我所在县司法局的指导下扎实开展人民调解工作,全年调解纠纷86件。\n"


@pytest.mark.parametrize(("title", "expected"), [
    ("青杉司法所2023年工作总结", "青杉司法所"),
    ("枫岭坪司法所2023年度法治建设工作总结", "枫岭坪司法所"),
    ("湘潭市雨湖区青杉司法所2023年工作总结", "湘潭市雨湖区青杉司法所"),
    ("青杉司法所 2023年上半年工作总结", "青杉司法所"),
])
def test_a_station_by_its_towns_name_authors_its_report(title, expected):
    assert read(title + _OPENING, "issuer") == expected


@pytest.mark.parametrize("title", [
    "基层司法所2023年工作总结",
    "乡镇司法所2023年工作总结",
    "全县司法所2023年工作总结",
    "各司法所2023年工作总结",
    "青杉司法所规范化建设见成效",
])
def test_stations_of_a_level_or_a_headline_name_no_author(title):
    assert read(title + _OPENING, "issuer") is None


_UNTITLED_WORK = "2023年工作总结\n2023年,我所扎实开展人民调解工作,全年调解纠纷86件。\n一、主要工作\n二、存在问题\n"


@pytest.mark.parametrize(("text", "expected"), [
    (_UNTITLED_WORK + "青杉司法所\n2024年1月5日\n", "青杉司法所"),
    ("2023年工作总结\n来源:枫岭坪司法所\n2023年,我所扎实开展人民调解工作。\n一、主要工作\n", "枫岭坪司法所"),
    (_UNTITLED_WORK + "基层司法所\n2024年1月5日\n", None),
])
def test_a_station_by_its_towns_name_signing_off_or_in_the_source_line(text, expected):
    assert read(text, "issuer") == expected
