"""Smaller metadata points of reprints and portal pages:
- a reprinted piece's note of where it first ran (本文首发于2017年8月23日总第818期《某周刊》, 本文首發於…) dates it when no date
  line does, and is no headline; a page's own 发布时间 still wins;
- a photo's caption among the first lines ((资料图片)某市新任公证员参加就职宣誓。摄影 | 本刊记者 某某) names where the picture was
  taken, not the piece's place; the same sentence as a plain line still places it;
- a culture bureau's short name of the 2010s (某县文广新局) is a body, though a 新局 is none (开创新局面);
- a column named 工作报告 over the report's own title line is the column, not the title.

Every text below is written for these tests; the bodies and figures are made up (the city in the captions is a real one,
as a place must be to be read).
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_NATIONAL = ("全国公证机构2016年办理公证事项1399万件。截至2016年底,全国共有公证员13145名。杭州、宁波等城市的公证处率先改制。\n")
_HEADLINE = "公证体制改革:“烂尾”17年\n"

CASES = [
    ("a first-run note dates a reprint",
     _HEADLINE + "《某某周刊》记者 | 李明\n本文首发于2017年8月23日总第818期《某某周刊》\n" + _NATIONAL, "published", "2017-08-23"),
    ("…and is no headline",
     _HEADLINE + "《某某周刊》记者 | 李明\n本文首发于2017年8月23日总第818期《某某周刊》\n" + _NATIONAL, "title",
     "公证体制改革:“烂尾”17年"),
    ("…in traditional characters", "公證體制改革:“爛尾”17年\n本文首發於2017年8月23日總第818期《某某週刊》\n" + _NATIONAL,
     "published", "2017-08-23"),
    ("…but the page's own date line dates it",
     _HEADLINE + "发布时间:2017-09-01 10:00\n本文首发于2017年8月23日总第818期《某某周刊》\n" + _NATIONAL, "published",
     "2017-09-01"),
    ("a photo's caption does not place a national piece",
     _HEADLINE + "(资料图片)杭州市新任公证员参加就职宣誓。摄影 | 本刊记者 李明\n" + _NATIONAL, "region", (None, None, None)),
    ("…the same sentence as a plain line does", _HEADLINE + "杭州市新任公证员参加就职宣誓。\n" + _NATIONAL, "region",
     ("浙江省", "杭州市", None)),
    ("a culture bureau's short name",
     "青禾县文广新局2014年度政府信息公开工作年度报告\n一、主动公开政府信息情况\n2014年度主动公开信息12条。\n", "issuer",
     "青禾县文广新局"),
    ("…not a 新局 of a phrase", "2023年,青禾县开创新局面,全县调解纠纷100件。\n", "issuer", None),
    ("a 工作报告 column over the report's title",
     ("当前位置:首页>>检务公开>>工作报告\n工作报告\n2021年青禾县人民检察院工作报告\n时间:2022-04-25  作者:  新闻来源:青禾县人民检察院\n"
     "  青禾县人民检察院工作报告\n  各位代表:现在,我代表县人民检察院向大会报告工作,请予审议。\n"), "title",
     "2021年青禾县人民检察院工作报告"),
]


@pytest.mark.parametrize(("case", "text", "field", "expected"), CASES, ids=[c[0] for c in CASES])
def test_first_runs_captions_and_short_bureaus(case, text, field, expected):
    assert read(text, field) == expected
