"""The words of a party committee's departments listed right after the committee by its level word, before the last
one's, which they share (县委宣传、组织、统战部), are each the committee's department (县委宣传部, 县委组织部, 县委统战部),
mentioned by its own words, as 县委宣传部、组织部和统战部 are; not the county's (县组织部). A list whose last item is no
department (县委政法、宣传工作) leaves the committee alone.

Every sentence below is written for these tests; the banner is a real division, the figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import bodies

WENSU = "652922"  # 温宿县


@pytest.mark.parametrize(("sentence", "expected"), [
    ("。县委宣传、组织、统战部联合开展法治宣传月活动", {
        "县委宣传": "中共温宿县委宣传部", "组织": "中共温宿县委组织部", "统战部": "中共温宿县委统战部"}),
    ("2024年,联合县委组织、宣传部举办法治讲座3场。", {"县委组织": "中共温宿县委组织部", "宣传部": "中共温宿县委宣传部"}),
    ("。县委宣传、统战部和县司法局共同举办普法活动", {
        "县委宣传": "中共温宿县委宣传部", "统战部": "中共温宿县委统战部", "县司法局": "温宿县司法局"}),
    ("。县委宣传、组织、统战部、县司法局共同举办普法活动", {
        "县委宣传": "中共温宿县委宣传部", "组织": "中共温宿县委组织部", "统战部": "中共温宿县委统战部",
        "县司法局": "温宿县司法局"}),
])
def test_the_committees_departments_sharing_the_last_ones_word(sentence, expected):
    assert {name: found.canonical for name, found in bodies(sentence, WENSU).items()} == expected


@pytest.mark.parametrize("sentence", [
    "。县委政法、宣传工作会议召开",  # no department last
    "。县委书记、副书记带头讲法",
])
def test_a_list_ending_in_no_department_leaves_the_committee(sentence):
    assert {name: found.canonical for name, found in bodies(sentence, WENSU).items()} == {"县委": "中共温宿县委"}
