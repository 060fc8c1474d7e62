"""Metadata of more page shapes, each with a twin the rule must leave alone.

A joint letterhead over three lines naming the government by its level alone; an opening stating its grounds without
a year, or a sentence on what the year was, before a yearly report's author; a portal's line naming its body beside
the page's date, bare or under its label (阳山县人民政府 发布时间:2024-03-07); a yearbook's 【topic】 on its own line over
an entry opening with 年内; a government's office named by its level. Every sentence below is written for these tests; bodies and figures are made up (the places that must
resolve are real: the region rules read the division list).
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_TITLE = "关于2023年度法治政府建设情况的报告"
_BODY = "\n2023年，全县坚持依法行政，推进法治政府建设取得新成效。现将有关情况报告如下。\n"
_REPORT = "白沙镇2023年法治政府建设工作情况报告\n"
_DONE = "取得新成效。现将有关情况报告如下。\n一、主要举措\n"
_NOTICE = ("关于推行说理式执法文书的通知\n各乡镇人民政府，县直各单位：\n"
           "根据上级有关要求，县政府决定在全县推行说理式执法文书，提升阳山县执法水平。\n")
_EXPLAINED = ("关于《阳山县人民政府关于2023年度法治政府建设工作的报告》的政策解读\n阳山县人民政府 2024年01月08日\n"
              "为便于公众理解该报告，现解读如下。\n")
_PLACE_TITLE = "阳山县2023年法治政府建设情况的报告\n\n"  # a title naming only its place
_ADDRESSED = "\n市政府:\n\n2023年,我县坚持依法行政,推进法治政府建设取得新成效。\n一、主要举措\n"
_ITEM = "阳山县召开行政复议工作推进会\n阳山县司法局 2024-01-05\n本网讯 1月4日，阳山县召开行政复议工作推进会，部署全年工作。\n"
_ENTRIES = "【法律援助】\n年内，县法律援助中心受理案件286件，办结271件。\n【人民调解】\n年内，全县调解纠纷1120件。\n"
_TOWN_GOVERNMENT = "白沙镇人民政府严格落实法律顾问制度。\n"  # the town, a place, is named by its government
_YEAR_WAS = "2024年是实施规划的关键之年，也是白沙镇发展的重要之年。白沙镇坚持依法行政，推进法治政府建设，" + _DONE
_OFFICE = "2025年，县政府办深入推进法治政府建设各项任务，为阳山县发展提供保障。现将本年度工作情况报告如下：\n"

CASES = [
    # A joint letterhead over three lines, the government by its level alone: the region completes the government.
    ("a committee's line over a government by its level, then the title", "中共阳山县委\n县人民政府\n" + _TITLE + _BODY,
     "title", "中共阳山县委县人民政府" + _TITLE),
    ("…the government issues it", "中共阳山县委\n县人民政府\n" + _TITLE + _BODY, "issuer", "阳山县人民政府"),
    ("…the committee's office over the government's", "中共阳山县委办公室\n县人民政府办公室\n" + _TITLE + _BODY, "issuer",
     "阳山县人民政府办公室"),
    ("…a committee's office over a government is no joint letterhead",
     "中共阳山县委办公室\n县人民政府\n" + _TITLE + _BODY, "title", _TITLE),
    ("…nor a committee over a department", "中共阳山县委\n县司法局\n" + _TITLE + _BODY, "title", _TITLE),
    # Grounds without a year before a yearly report's author: the author follows them.
    ("grounds ending in 要求 before a town", _REPORT.replace("白沙镇", "") + "根据县委依法治县办要求，白沙镇依法推进各项工作，" + _DONE
     + _TOWN_GOVERNMENT, "issuer", "白沙镇人民政府"),
    ("…grounds ending in 通知 before a bureau", "按照县委《关于做好年度报告工作的通知》，青禾县司法局坚持依法行政，" + _DONE,
     "issuer", "青禾县司法局"),
    ("…a clause of purpose is no grounds", "为推进法治政府建设，白沙镇坚持依法行政，" + _DONE, "issuer", None),
    ("…a notice's grounds lead to its decision, not its author", _NOTICE, "issuer", None),
    # A sentence saying what the year was before the one the author opens.
    ("the author after a sentence on the year", _YEAR_WAS + _TOWN_GOVERNMENT, "issuer", "白沙镇人民政府"),
    ("…a bare self-reference there names no one", _YEAR_WAS.replace("。白沙镇坚持", "。我镇坚持"), "issuer", None),
    ("…a sentence on the year run on with a comma is no lead", _YEAR_WAS.replace("之年。白沙镇", "之年，白沙镇"), "issuer", None),
    # A portal's line naming its body beside the page's date: the page's publisher.
    ("a body and a date under the title", _EXPLAINED, "issuer", "阳山县人民政府"),
    ("…the line still dates the page", _EXPLAINED, "published", "2024-01-08"),
    ("…a banner's date with its weekday names no publisher",
     _EXPLAINED.replace("2024年01月08日", "2024年01月08日 星期一"), "issuer", None),
    ("…nor a column's name beside a date", _EXPLAINED.replace("阳山县人民政府 2024", "政策解读 2024"), "issuer", None),
    ("…a news item's publisher", _ITEM, "issuer", "阳山县司法局"),
    ("…a paper beside the date is no body", _ITEM.replace("阳山县司法局 2024", "青禾日报 2024"), "issuer", None),
    # …its date under the page's date label, its time of day after it or not: the page's publisher all the same.
    ("a body beside a labelled date under a title naming a place", _PLACE_TITLE + "清远市阳山县人民政府 发布时间:2024-03-07\n"
     + _ADDRESSED, "issuer", "清远市阳山县人民政府"),
    ("…the time of day after the date", _PLACE_TITLE + "阳山县人民政府  发布日期:2024-03-07 09:00\n" + _ADDRESSED, "issuer",
     "阳山县人民政府"),
    ("…a portal's name beside it is no body", _PLACE_TITLE + "清远市人民政府网 发布时间:2024-03-07\n" + _ADDRESSED, "issuer",
     None),
    ("…nor a body beside more than a date", _PLACE_TITLE + "阳山县人民政府 发布时间:2024-03-07 浏览次数:12\n" + _ADDRESSED,
     "issuer", None),
    # A yearbook's 【topic】 on its own line over an entry opening with 年内.
    ("a topic over an entry opening with 年内", _ENTRIES, "kind", "yearbook"),
    ("…a report's heading over its year is none", "【基本情况】\n2023年，青禾县司法局推进法治政府建设，取得新成效。\n",
     "kind", "case_study"),
    ("…nor over 全年", _ENTRIES.replace("年内", "全年"), "kind", "other"),
    # A government's office by its level is the office, which the region completes.
    ("a government's office by its level in an opening", _OFFICE, "issuer", "阳山县政府办"),
    ("…in a title", "县人民政府办公室2023年度法治政府建设工作报告\n" + _OFFICE.replace("2025", "2023"), "issuer",
     "阳山县人民政府办公室"),
    # …but an opening's subject that is the government by its level alone names no body (the dev conventions: a text
    # saying only 县政府 has no issuer)
    ("…the government itself names no body", _OFFICE.replace("县政府办", "县政府"), "issuer", None),
    ("…nor the people's government by its level", _OFFICE.replace("县政府办", "区人民政府"), "issuer", None),
]


@pytest.mark.parametrize(("case", "text", "name", "expected"), CASES, ids=[c[0] for c in CASES])
def test_metadata_fields(case, text, name, expected):
    assert read(text, name) == expected
