"""Metadata phrasings: streets named after a province, articles' issuers, a committee office's own reports."""

import pytest
from conftest import metadata_field as read

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


# An article's opening reports on a party committee; a yearly report's opening names its author.
ARTICLE_OPENINGS = [
    ("an article on a province's committee and government", "近年来，青禾省委省政府持续推进基层法治建设，成效明显。\n",
     None),
    ("…on a county's committee alone", "近年来，中共青禾县委高度重视法治建设，多措并举抓落实。\n", None),
    ("…a bureau opening an article still writes it", "2024年，青禾县司法局围绕行政复议主渠道建设，推动争议化解。\n",
     "青禾县司法局"),
    ("…a yearly report opening on its committee is the committee's",
     "2023年，中共青禾县委坚持依法执政，法治建设取得新成效。现将有关情况报告如下。\n一、主要举措\n", "中共青禾县委"),
]


@pytest.mark.parametrize(("case", "text", "expected"), ARTICLE_OPENINGS, ids=[c[0] for c in ARTICLE_OPENINGS])
def test_an_articles_opening_committee_is_no_issuer(case, text, expected):
    assert read(text, "issuer") == expected


# A party committee's own organ heading a title authors the report, named in full.
_BODY = "\n2023年，全县坚持依法行政，推进法治建设。\n"
COMMITTEE_ORGANS = [
    ("the committee's rule-of-law committee's office", "青禾县委全面依法治县委员会办公室关于2023年度法治建设情况的报告",
     "青禾县委全面依法治县委员会办公室"),
    ("…its short name, before the year", "青禾县委依法治县办2023年度法治建设工作报告", "青禾县委依法治县办"),
    ("…the committee itself, under 中共", "中共青禾县委全面依法治县委员会关于2023年度法治建设情况的报告",
     "中共青禾县委全面依法治县委员会"),
    ("the committee's own title stays the committee's", "青禾县委关于2023年度法治建设情况的报告", "青禾县委"),
    ("…whatever its subject names", "青禾县委关于加强法治宣传委员会建设的报告", "青禾县委"),
    ("a joint title stays the government's", "中共青禾县委 青禾县人民政府关于2023年度法治政府建设情况的报告", "青禾县人民政府"),
]


@pytest.mark.parametrize(("case", "title", "expected"), COMMITTEE_ORGANS, ids=[c[0] for c in COMMITTEE_ORGANS])
def test_a_committees_organ_heading_a_title_is_the_issuer(case, title, expected):
    assert read(title + _BODY, "issuer") == expected


def test_a_committees_organ_is_placed_as_its_committee():
    text = "坪山区委全面依法治区委员会办公室关于2023年度法治建设情况的报告" + _BODY
    assert read(text, "issuer") == "坪山区委全面依法治区委员会办公室"
    assert read(text, "county") == "坪山区"
