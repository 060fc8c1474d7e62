"""Bulleted items under a lead-in 其中 on a line of its own (…新收案件2.6万件。⏎其中,⏎·纠正…1800件) are parts of the
whole above them and keep its year, also where that year is said inside the sentence, not at the paragraph's
opening; an item's own year stays its own, and items under a lead-in that names no part take no year from above.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


def facts(text: str, report_year: int | None = None):
    """(key, value, year, target) of each headline metric of `text`."""
    return sorted((k, v, y, t) for k, v, y, t, _ in read(text, report_year)[0])


@pytest.mark.parametrize("lead_in", ["其中,", "其中:", "其中"])
def test_items_under_a_lead_in_part_marker_keep_the_year_of_the_whole(lead_in):
    text = (f"据省司法厅通报,2022年全省行政复议机构新收案件2.6万件,审结2.4万件。\n{lead_in}\n"
            "·涉及市场监管领域的案件1100件;\n·以撤销、确认违法等方式纠正违法或不当行政行为1800件;\n")
    assert facts(text) == [("reconsideration_closed", 24000, 2022, False),
                           ("reconsideration_corrected", 1800, 2022, False),
                           ("reconsideration_received", 26000, 2022, False)]


def test_an_items_own_year_stays_its_own():
    text = ("据省司法厅通报,2022年全省行政复议机构新收案件2.6万件,审结2.4万件。\n其中,\n"
            "·2021年纠正违法或不当行政行为1500件;\n")
    assert ("reconsideration_corrected", 1500, 2021, False) in facts(text)


def test_items_under_a_lead_in_naming_no_part_take_no_year_from_above():
    text = ("据省司法厅通报,2022年全省行政复议机构新收案件2.6万件,审结2.4万件。\n主要做法有:\n"
            "·以撤销、确认违法等方式纠正违法或不当行政行为1800件;\n")
    assert all(value != 1800 or year is None for _, value, year, _ in facts(text))
