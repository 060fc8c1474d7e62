"""全年 opening a count in a news item's lead (全年,某县共办理…; 全年共调解…) is the year just closed where the item is
dated in the season of annual reviews (January to March): the year before its date; in December the year itself; in
between, or said as a plan's (全年目标…) or after this year (今年全年, its own cue), it dates nothing so.

Every text below is written for these tests; the work and figures are made up.
"""

from __future__ import annotations

import pytest
from conftest import metadata_field as read

_HEADLINE = "青禾县复议为民成效明显 "

YEARS = [
    ("a count in January", "2025-01-16", "全年,青禾县共办理行政复议案件71件,纠错率13.2%。", 2024),
    ("共 after it in February", "2025-02-03", "全年共调解矛盾纠纷860件,调解成功率98.6%。", 2024),
    ("累计 after it in December", "2024-12-28", "全年累计调解矛盾纠纷860件,调解成功率98.6%。", 2024),
    ("a count in June", "2025-06-16", "全年共调解矛盾纠纷860件,调解成功率98.6%。", None),
    ("a plan's target", "2025-01-16", "全年目标是办理行政复议案件80件。", None),
    ("this year said before it", "2025-03-16", "今年全年,青禾县力争办理行政复议案件80件。", 2025),
]


@pytest.mark.parametrize(("case", "day", "lead", "expected"), YEARS, ids=[c[0] for c in YEARS])
def test_whole_year_dated_by_the_item(case, day, lead, expected):
    text = _HEADLINE + day + "\n" + lead + "\n"
    assert read(text, "kind") == "news"
    assert read(text, "report_year") == expected
