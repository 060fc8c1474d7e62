"""A 分别 list of labels whose first opens the sentence after its year, with no pause between (2023年全区行政复议、
行政诉讼案件分别为156件、89件), or after its place then its year (我区2023年新收、审结…分别为…): the year is a date, no
figure, and the first value is the first label's, as where a comma parts the year from the list.

Every sentence here is written for the test, and read with the report's year given.
"""

from __future__ import annotations

import pytest
from test_metric_families import read


def facts(text: str):
    """(key, value, year, target) of each headline metric of `text`, read in a report on 2023."""
    return sorted((k, v, y, t) for k, v, y, t, _ in read(text)[0])


@pytest.mark.parametrize("text", [
    "2023年全区行政复议、行政诉讼案件分别为156件、89件。",
    "2023年度全区新收行政复议、一审行政诉讼案件分别为156件、89件。",
    "2023年,全区行政复议、行政诉讼案件分别为156件、89件。",  # (as it was read)
    "我区2023年行政复议、行政诉讼案件分别为156件、89件。",
    "全区2023年度新收行政复议、一审行政诉讼案件分别为156件、89件。",
])
def test_the_first_value_is_the_first_label_s(text):
    assert facts(text) == [("litigation_first_instance", 89, 2023, False), ("reconsideration_received", 156, 2023, False)]


def test_a_figure_in_the_first_piece_still_ends_the_list():
    # 收到…申请156件 is a value of its own: the list after it is the last two pieces
    assert ("reconsideration_received", 156, 2023, False) in facts(
        "2023年收到行政复议申请156件、行政诉讼案件89件。")


@pytest.mark.parametrize("text, expected", [
    ("本县2023年新收、审结行政复议案件分别为156件、142件。",
     [("reconsideration_closed", 142, 2023, False), ("reconsideration_received", 156, 2023, False)]),
    ("我区2023年刑事、民事、行政法律援助案件分别为230件、330件、12件。", [("legal_aid_cases", 572, 2023, False)]),
    # the years listed themselves: one value each
    ("全市2022年、2023年法律援助案件分别为412件、398件。",
     [("legal_aid_cases", 398, 2023, False), ("legal_aid_cases", 412, 2022, False)]),
])
def test_a_year_after_the_place_is_a_date_too(text, expected):
    assert facts(text) == expected
