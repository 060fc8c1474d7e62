"""A report sent up whose page is put on one line: its title, the bodies it is sent to after a space and its first
paragraph run together (…建设的报告 中共青禾县委、青禾县人民政府: 2024年,…): the title is what comes before the bodies;
words before a colon that name no body (各位代表:), or a sentence under way, give none."""

import pytest
from conftest import metadata_field as read

LINE = "{title} {addressee}: 2024年,在县委县政府的坚强领导下,白沙镇扎实开展法治政府建设,深入贯彻习近平法治思想。一、主要举措\n"
TITLE = "中共白沙镇委员会白沙镇人民政府关于报送2024年度法治政府建设的报告"
PAGES = [
    ("sent to two bodies", LINE.format(title=TITLE, addressee="中共青禾县委、青禾县人民政府"), TITLE),
    ("sent to one body", LINE.format(title=TITLE, addressee="青禾县人民政府"), TITLE),
    ("words naming no body", LINE.format(title=TITLE, addressee="各位代表"), None),
    ("a sentence under way", LINE.format(title="根据要求,白沙镇报送了2024年度法治政府建设的报告", addressee="青禾县人民政府"),
     None),
]


@pytest.mark.parametrize(("case", "page", "expected"), PAGES, ids=[c[0] for c in PAGES])
def test_a_one_line_reports_title_before_its_addressee(case, page, expected):
    assert read(page, "title") == expected
