"""A heading in lenticular brackets run into its part's first line (【行政复议与应诉】全年收到行政复议申请85件, as a
yearbook's entries open): the heading's words are none of the first count's label, so a word of another topic in it
(应诉, 诉讼) rules out no count of the topic the clause itself names; the heading still names the topic of its part,
for a count said without one. A word of another topic in the count's own clause still rules it out.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text, expected", [
    ("【行政复议与应诉】全年收到行政复议申请85件。", [("reconsideration_received", 85, 2024, False)]),
    ("【行政复议与行政诉讼】全年收到行政复议申请85件,审结80件。",
     [("reconsideration_closed", 80, 2024, False), ("reconsideration_received", 85, 2024, False)]),
    ("【复议应诉】全县收到行政复议申请85件,办理行政应诉案件36件,败诉1件。",
     [("litigation_first_instance", 36, 2024, False), ("litigation_lost", 1, 2024, False),
      ("reconsideration_received", 85, 2024, False)]),
    # the heading names the topic of a count said without one
    ("【法律援助】全年办理案件386件。", [("legal_aid_cases", 386, 2024, False)]),
])
def test_a_run_in_headings_words_are_no_label_of_the_count(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "【行政复议】全年办理行政诉讼案件中撤回申请12件。",  # another topic in the count's own clause
    "【行政复议与应诉】全年收到信访件85件。",  # no label of the topic's counts
])
def test_the_counts_own_clause_still_decides(text):
    assert all(key.startswith("reconsideration") is False for key, *_ in facts(text))
