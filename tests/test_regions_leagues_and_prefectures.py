"""A league's (盟) or a prefecture's (地区) own text calls its place by its committee and its administrative office
(盟委、行署, 地委、行署), by its own level's share (盟本级) and its levels together (盟旗乡三级), not only by 全盟 or
全地区: with the one league or prefecture the text names (in its own plan's title), those calls place the text there
(words.level_calls).

Every text below is written for these tests; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

from lawreport.regions import resolve

_SECTIONED = "一、工作开展情况\n(一)坚持党的领导。{lead}\n(二)推进政府诚信建设。{plan},明确任务65项。\n"


@pytest.mark.parametrize(("case", "lead", "plan", "expected"), [
    ("a league's committee and office", "盟委、行署主要领导同志认真履行法治建设第一责任人职责,盟本级权责清单调整到位。",
     "印发《兴安盟诚信建设工程实施方案》", ("内蒙古自治区", "兴安盟", None)),
    ("its levels together and its rule-of-law committee", "依法治盟委员会召开会议2次,盟旗乡三级述法实现全覆盖。",
     "印发《锡林郭勒盟法治政府建设要点》", ("内蒙古自治区", "锡林郭勒盟", None)),
    ("a prefecture's committee and office, and 全地区", "地委、行署主要领导同志履行第一责任人职责,全地区各级政府落实述法制度。",
     "印发《喀什地区行政执法监督办法》", ("新疆维吾尔自治区", "喀什地区", None)),
])
def test_a_league_or_prefecture_calling_itself_by_its_bodies_is_placed_there(case, lead, plan, expected):
    assert read(_SECTIONED.format(lead=lead, plan=plan), "region") == expected


def test_a_league_s_calls_guess_no_league_the_text_does_not_name():
    """盟委 names no league: with only the region's law cited, the text has no place of its own."""
    text = _SECTIONED.format(lead="盟委召开专题会议研究法治政府建设。", plan="认真贯彻《内蒙古自治区行政执法监督条例》")
    assert read(text, "city") is None


def test_the_word_for_a_local_committee_is_no_prefecture_s_committee():
    """当地委托 holds 地委 and says nothing of a prefecture: one mention of it places nothing."""
    text = "当地委托律师开展法律服务,当地委员会予以支持。喀什地区有关部门参加。\n"
    region = resolve(text)
    assert (region.province, region.city) == (None, None)

