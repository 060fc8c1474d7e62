"""Metadata of three page shapes, each with a twin the rule must leave alone.

A portal's template naming its publisher's field otherwise than 来源 (发布者, 发布人, 来源单位, 信息提供单位, 稿源, 发布机关,
报送单位, 填报单位);
a prefecture's party committee by its short name (中共某某地委, 某某地委行署) heading a joint title with its administrative
office, and a joint title whose government's place opens with 和 (中共和静县委 和静县人民政府); a browser title naming
the columns the page is filed under between the title and the site. Every sentence below is written for these tests;
bodies and figures are made up (the places that must resolve are real: the region rules read the division list).
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_TITLE = "乾县2023年法治政府建设年度报告\n"
_BODY = "2023年，县政府坚持依法行政，全年办理行政复议案件二十件。\n"


def _labelled(label: str) -> str:
    return _TITLE + label + "  发布日期：2024-01-21\n" + _BODY


CASES = [
    # The publisher's field under other names: the body it names is the issuer, as under 来源.
    ("a 发布者 field", _labelled("发布者：乾县司法局"), "issuer", "乾县司法局"),
    ("a 发布人 field naming the body by its level", _labelled("发布人：县司法局"), "issuer", "乾县司法局"),
    ("a 来源单位 field", _labelled("来源单位：乾县司法局"), "issuer", "乾县司法局"),
    ("an 信息提供单位 field", _labelled("信息提供单位：乾县司法局"), "issuer", "乾县司法局"),
    ("a 稿源 field", _labelled("稿源：乾县司法局"), "issuer", "乾县司法局"),
    ("a 发布机关 field", _labelled("发布机关：乾县人民政府"), "issuer", "乾县人民政府"),
    ("a 报送单位 field, the body that submitted the report", _labelled("报送单位：乾县司法局"), "issuer", "乾县司法局"),
    ("a 填报单位 field, the body that filled a return in", _labelled("填报单位:县司法局"), "issuer", "乾县司法局"),
    # …a person or a site's account posting the page names no body.
    ("a 发布者 naming an account", _labelled("发布者：admin"), "issuer", None),
    ("a 发布人 naming a person", _labelled("发布人：王晓"), "issuer", None),
    ("a 报送单位 naming no body", _labelled("报送单位：见附件"), "issuer", None),
    # A prefecture's party committee by its short name before its administrative office: the office is the author.
    ("中共某某地委 before the 行政公署",
     "中共塔城地委 塔城地区行政公署关于2023年度法治政府建设情况的报告\n2023年，地委、行署坚持依法行政。\n",
     "issuer", "塔城地区行政公署"),
    ("…before the 行署, their offices too",
     "中共塔城地委办公室 塔城地区行署办公室关于2023年度法治政府建设情况的报告\n2023年，坚持依法行政。\n",
     "issuer", "塔城地区行署办公室"),
    ("地委行署 written together", "阿勒泰地委行署2023年法治政府建设情况报告\n2023年，地委、行署坚持依法行政。\n",
     "issuer", "阿勒泰地区行署"),
    ("…in an opening", "2023年，阿勒泰地委、行署坚持依法行政，扎实推进法治政府建设。\n", "issuer", "阿勒泰地区行署"),
    # …not a word ending in 地 before 委托 or 委派, nor a body whose 委员会 follows 地.
    ("当地委托 names no committee", "2023年，营地委托律师事务所开展法律服务，扎实推进法治政府建设。\n", "issuer", None),
    ("…nor 基地委员会 a place's", "2023年，基地委员会坚持依法办事，扎实推进法治政府建设。\n", "issuer", None),
    # A joint title whose government's place opens with 和: the place's name whole.
    ("a county opening with 和",
     "中共和静县委 和静县人民政府关于2023年法治政府建设工作情况的报告\n2023年，县委、县政府坚持依法行政。\n",
     "issuer", "和静县人民政府"),
    ("a prefecture opening with 和",
     "中共和田地区委员会 和田地区行政公署关于2023年法治政府建设工作情况的报告\n2023年，地委、行署坚持依法行政。\n",
     "issuer", "和田地区行政公署"),
    ("…while 和 joining the pair still joins them",
     "2023年，新疆维吾尔自治区党委和政府坚持依法行政，扎实推进法治政府建设。\n", "issuer", "新疆维吾尔自治区人民政府"),
    # A browser title: the columns between the title and the site are furniture, each parted by a spaced dash or bar.
    ("a column between title and site",
     "乾县2023年法治政府建设年度报告 - 政务公开 - 乾县人民政府\n" + _BODY, "title", "乾县2023年法治政府建设年度报告"),
    ("two columns parted by bars",
     "乾县2023年法治政府建设年度报告 | 政务公开 | 法治政府建设 | 乾县人民政府门户网站\n" + _BODY,
     "title", "乾县2023年法治政府建设年度报告"),
    ("…a dash between the title's words stays",
     "乾县2023年法治政府建设年度报告-解读 - 乾县人民政府\n" + _BODY, "title", "乾县2023年法治政府建设年度报告-解读"),
]


@pytest.mark.parametrize(("case", "text", "name", "expected"), CASES, ids=[c[0] for c in CASES])
def test_metadata_field(case, text, name, expected):
    assert read(text, name) == expected, case
