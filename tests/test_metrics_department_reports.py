"""Figures of department and study reports: the share of taxes paid a way as a rate, a level kept on, one year of a
span's total, and the year of the same period. Each case has a twin that must stay what it is.

Every text below is written for these tests; the places are real, the bodies' sentences and figures made up.
"""

from __future__ import annotations

from lawreport import extract


def _rates(sentence: str) -> list[tuple[str, float]]:
    return [(r.label, r.value) for r in extract(sentence).rates]


def test_the_share_of_taxes_paid_a_way_is_a_rate():
    assert _rates("2023年，全局“非接触式”办税率达93%。") == [("办税率", 93)]


def test_a_tax_rate_is_none():
    assert _rates("2023年，小规模纳税人增值税税率为3%。") == []


def test_a_rate_kept_on_is_read_at_its_level():
    assert _rates("2023年，全市行政机关负责人出庭应诉率连续保持100%。") == [("行政机关负责人出庭应诉率", 100)]


def _metrics(text: str) -> list[tuple[str, float, int | None]]:
    return [(m.key, m.value, m.year) for m in extract(text).metrics]


def test_one_year_of_a_span_s_total_gives_that_year_s_figures():
    text = "2021年至2023年，区行政复议机构共收到行政复议申请1582件。其中，2023年收到行政复议申请643件，审结571件。\n"
    assert ("reconsideration_received", 643, 2023) in _metrics(text)


def test_a_share_of_a_year_s_total_stays_a_part():
    text = "2023年，全县行政机关负责人出庭应诉171件次。其中，县长出庭应诉19件次。\n"
    assert _metrics(text) == [("head_appearances", 171, 2023)]


def test_the_cases_of_a_year_before_among_a_year_s_total_stay_a_part():
    text = "2023年，区行政复议机构共审结行政复议案件200件。其中，2022年受理的案件审结35件。\n"
    assert _metrics(text) == [("reconsideration_closed", 200, 2023)]



_SAME_PERIOD = "关于青田县行政复议工作的调研报告\n\n2021年至2023年，全县共收到行政复议申请1582件。{year}同期，全县一审行政诉讼案件221件。\n"


def test_the_same_period_is_the_year_the_sentence_before_says():
    text = _SAME_PERIOD.format(year="其中，2023年收到行政复议申请643件。")
    assert ("litigation_first_instance", 221, 2023) in _metrics(text)


def test_the_same_period_as_a_span_is_no_one_year():
    assert ("litigation_first_instance", 221, None) in _metrics(_SAME_PERIOD.format(year=""))

