"""Shapes of a yearly statistics analysis of reconsideration and lawsuits: a column headed by a year before its label
(2023受理量 | 2024受理量), a kind counted by its class (征迁安置类新收6件), the parts of an intake said newly received
(新收…88件。其中,…新收6件), and a closing count under a heading naming both topics after a sentence on lawsuits.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest
from test_metric_families import facts


@pytest.mark.parametrize("heading", ["{}受理量", "{}年受理量", "{}年度受理数"])
def test_a_column_headed_by_a_year_before_its_label_is_that_years(heading):
    text = ("表一:2024年度行政复议案件受理情况统计表\n"
            f"单位 | {heading.format(2023)} | {heading.format(2024)}\n县公安局 | 20 | 31\n区政府 | 7 | 4\n合计 | 27 | 35")
    assert facts(text) == [("reconsideration_received", 27, 2023, False), ("reconsideration_received", 35, 2024, False)]


def test_a_column_headed_by_a_span_of_years_is_of_the_captions_year():
    text = "表一:2024年度行政复议案件受理情况统计表\n单位 | 2022-2023受理量\n县公安局 | 20\n区政府 | 7\n合计 | 27"
    assert facts(text) == []


@pytest.mark.parametrize("text", [
    "全年新收行政复议案件88件。征迁安置类新收6件。",
    "全年新收行政复议案件88件,其中治安管理类受理13件,投诉举报类受理21件。",
    "全年办理法律援助案件300件。婚姻家庭类办理案件45件。",
])
def test_a_kind_counted_by_its_class_is_a_part_of_the_whole(text):
    assert [f[1] for f in facts(text)] == [max(f[1] for f in facts(text))]


@pytest.mark.parametrize("text, expected", [
    # the kind alone is the one figure said
    ("全年征迁安置类新收行政复议案件6件。", [("reconsideration_received", 6, 2024, False)]),
    # 各类 names every kind: the whole
    ("全年新收行政复议案件88件。其中,受理各类案件88件。", [("reconsideration_received", 88, 2024, False)]),
])
def test_a_count_naming_no_one_class_stays(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the whole is itself the intake: its parts said newly received are parts
    ("全年新收行政复议案件88件。其中,其他各类案件新收19件。", [("reconsideration_received", 88, 2024, False)]),
    ("全年新收行政复议案件88件,其中新收涉企案件19件。", [("reconsideration_received", 88, 2024, False)]),
    # a whole holding the cases carried over gives way to the newly received part
    ("全年办理行政复议案件88件,其中新收79件。", [("reconsideration_received", 79, 2024, False)]),
])
def test_a_part_said_newly_received_displaces_only_a_whole_not_said_so(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # (no reconsideration closed: the lawsuits' cases heard and closed in court, their hearings)
    ("一、行政复议应诉案件基本情况\n全年提起行政诉讼的一审行政案件73件。其中开庭审结64件。",
     [("litigation_first_instance", 73, 2024, False), ("litigation_hearings", 64, 2024, False)]),
    # reconsideration named last on the line: its closing count
    ("一、行政复议应诉案件基本情况\n全年行政诉讼案件73件;新收行政复议案件88件。其中审结80件。",
     [("litigation_first_instance", 73, 2024, False), ("reconsideration_closed", 80, 2024, False),
      ("reconsideration_received", 88, 2024, False)]),
])
def test_the_topic_named_last_on_the_line_owns_a_closing_count(text, expected):
    assert facts(text) == expected
