"""A body named by its place's short name (秀英法院, 铜梁公证处) opening the text's lead is the lead's subject, as its full
name would be (近日,井研县司法局…): a yearbook entry or a news item naming its court once so is about the court's district.
Not where the body is the source the news is had from (据秀英法院统计) nor after a verb.

Every text below is written for these tests; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest

from lawreport.regions import resolve


@pytest.mark.parametrize(("case", "text", "expected"), [
    ("a yearbook entry's court by its district's short name", ("【行政审判】2021年,秀英法院审结行政诉讼案件529件,"
     "法定审限内结案率100%。"), ("海南省", "海口市", "秀英区")),
    ("a notary office so named, opening the lead", "近日,铜梁公证处开展送法进社区活动,办理公证120件。",
     ("重庆市", "重庆市", "铜梁区")),
    ("the court the news is had from is the source, not the subject", "据秀英法院统计,全年审结行政诉讼案件529件。",
     (None, None, None)),
    ("a court named after a verb is no lead's subject", "全省法院召开行政审判工作会议,秀英法院作交流发言。",
     (None, None, None)),
])
def test_a_body_named_by_its_place_s_short_name_leads_as_its_full_name_would(case, text, expected):
    """The body alone (a one-line text is its own title, which places it whatever its lead says)."""
    region = resolve(text)
    assert (region.province, region.city, region.county) == expected
