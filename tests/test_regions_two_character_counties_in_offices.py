"""Region families of real pages: a county whose full name is two characters (攸县, 沛县, 萧县) naming the county's office
of a city's or the state's bureau right after the bureau's name (某市公安局攸县分局, 国家税务总局萧县税务局), as a
department's or a tax office's yearly report titles itself: the office is the county's.

Every text below is written for these tests; the places are real, the figures made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

from lawreport.regions import find_mentions

_REPORT = "{title}\n2023年,我局坚持依法行政,全年办理行政处罚案件86件,现将有关情况报告如下:\n"

CASES = [
    ("a city bureau's branch in a two-character county", "徐州市公安局沛县分局2023年法治政府建设工作报告",
     ("江苏省", "徐州市", "沛县")),
    ("…an environment bureau's", "株洲市生态环境局攸县分局2023年度法治政府建设情况报告", ("湖南省", "株洲市", "攸县")),
    ("a tax office under the state's administration", "国家税务总局萧县税务局2023年法治政府建设工作报告",
     ("安徽省", "宿州市", "萧县")),
]


@pytest.mark.parametrize(("case", "title", "expected"), CASES, ids=[c[0] for c in CASES])
def test_regions_of_two_character_counties_offices(case, title, expected):
    assert read(_REPORT.format(title=title), "region") == expected


@pytest.mark.parametrize(("text", "named"), [
    ("徐州市公安局沛县分局开展执法检查。", ["徐州市", "沛县"]),
    ("县公安局和县民政局联合开展检查。", []),  # 和 joins two bodies by their level: no 和县 office
    ("市人社局萧县籍务工人员返乡。", []),  # no body's name after the two characters
])
def test_two_characters_after_a_bureau_name_a_county_only_opening_a_body(text, named):
    assert [mention.division.name for mention in find_mentions(text)] == named
