"""Lawsuits none of which were lost, said in words (as the dev gold reads 无一败诉, 零败诉, 败诉0件: litigation_lost 0):
未 alone right before 败诉 closing its clause (…32件,未败诉; 行政机关未败诉), and none counted by any measure word
(无一例败诉案件, 无一宗败诉). A count of the lawsuits not lost (其中未败诉28件) is none of the losses.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("text", [
    "2024年,全县行政机关一审行政诉讼案件27件,未败诉。",
    "2024年，青山区行政机关一审行政诉讼案件41件，行政机关未败诉。",
    "2024年,全县行政机关一审行政诉讼案件19件,无一例败诉案件。",
    "2024年,全县行政机关一审行政诉讼案件19件,无一宗败诉。",
])
def test_no_lawsuit_lost_said_in_words(text):
    assert ("litigation_lost", 0, 2024, False) in facts(text, 2024)


@pytest.mark.parametrize("text, expected", [
    # the lawsuits not lost, counted: none of the losses
    ("2024年,全县行政机关一审行政诉讼案件32件,审结30件,其中未败诉28件。",
     [("litigation_first_instance", 32, 2024, False)]),
    # the losses counted, the rest not lost: the count stands
    ("2024年,全县行政机关一审行政诉讼案件32件,败诉3件,其余未败诉。",
     [("litigation_first_instance", 32, 2024, False), ("litigation_lost", 3, 2024, False)]),
    # the lawsuits not lost counted with their noun (未败诉案件30件): no zero, no count of losses
    ("2024年,全县行政机关一审行政诉讼案件32件,其中未败诉案件30件。",
     [("litigation_first_instance", 32, 2024, False)]),
    # the rest not lost after one lost set apart (除1件败诉外,其余未败诉): no zero
    ("2024年,全县行政机关一审行政诉讼案件12件,除1件败诉外,其余未败诉。",
     [("litigation_first_instance", 12, 2024, False)]),
    # 未 of another word before the losses
    ("2024年,全县行政机关一审行政诉讼案件32件,败诉2件,尚未判决5件。",
     [("litigation_first_instance", 32, 2024, False), ("litigation_lost", 2, 2024, False)]),
])
def test_lawsuits_not_lost_counted_are_no_losses(text, expected):
    assert facts(text, 2024) == expected
