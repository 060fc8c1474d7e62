"""Which counts a stated rate is checked against, and which spans a check cites."""

from __future__ import annotations

from lawreport import extract
from lawreport.checks import _by_sentence, _Numerators
from lawreport.metrics import Found

WRAPPER = "2023年，区司法局认真履行职责。\n一、主要工作成效\n{body}\n二、存在的不足\n基础薄弱。\n"


def _checks(body: str):
    text = WRAPPER.format(body=body)
    report = extract(text)
    return text, [(c.agrees, c.computed, [(s.text, s.start) for s in c.spans]) for c in report.checks]


def test_another_count_of_the_sentence_may_confirm_the_rate():
    text, checks = _checks("启动调解809件，受理纠纷900件，调解成功681件，调解成功率84.2%。")
    assert checks == [(True, 84.18, [("809件", text.index("809件")), ("调解成功681件", text.index("调解成功681件")),
                                      ("调解成功率84.2%", text.index("调解成功率"))])]


def test_of_counts_giving_the_rate_the_earliest_is_cited():
    text, checks = _checks("启动调解809件，另有809件待调解，受理纠纷900件，调解成功681件，调解成功率84.2%。")
    assert checks[0][0] and checks[0][2][0] == ("809件", text.index("809件"))


def test_another_count_confirms_only_the_rates_stated_after_it():
    # Both rates say the same over the same numerator: the count is tried once for both, and only the second, which
    # follows the count, is confirmed by it; the first has nothing to be checked against.
    text, checks = _checks("调解成功681件，调解成功率84.2%，启动调解809件，调解成功率84.2%。")
    assert checks == [(True, 84.18, [("809件", text.index("809件")), ("调解成功681件", text.index("调解成功681件")),
                                      ("调解成功率84.2%", text.rindex("调解成功率"))])]
    # A rate of another value is tried afresh: each is confirmed by the count it is computed over.
    text, checks = _checks("启动调解809件，另启动调解750件，调解成功681件，调解成功率84.2%，调解成功率90.8%。")
    assert [(agrees, spans[0]) for agrees, _, spans in checks] == [
        (True, ("809件", text.index("809件"))), (True, ("750件", text.index("750件")))]


def test_a_disagreeing_rate_cites_the_first_denominator():
    text, checks = _checks("受理纠纷900件，另受理纠纷700件，调解成功681件，调解成功率90%。")
    assert checks == [(False, 75.67, [("受理纠纷900件", text.index("受理纠纷900件")),
                                       ("调解成功681件", text.index("调解成功681件")),
                                       ("调解成功率90%", text.index("调解成功率"))])]


def test_approximate_counts_agree_with_any_rate_they_leave_open():
    # 1200余 and 1180余 stand for 1200-1300 and 1180-1190: 98.5% lies between 90.8% and 99.2%.
    _, checks = _checks("调解纠纷一千二百余件，调解成功一千一百八十余件，调解成功率达百分之九十八点五。")
    assert [(agrees, computed) for agrees, computed, _ in checks] == [(True, 98.33)]
    # Exact counts leave nothing open: 1180/1200 is 98.33%, not 98.5%.
    _, checks = _checks("调解纠纷1200件，调解成功1180件，调解成功率98.5%。")
    assert [(agrees, computed) for agrees, computed, _ in checks] == [(False, 98.33)]
    # Nor do approximate counts beyond their range: 1180余 of 1200余 is at most 99.2%.
    _, checks = _checks("调解纠纷1200余件，调解成功1180余件，调解成功率99.6%。")
    assert [(agrees, computed) for agrees, computed, _ in checks] == [(False, 98.33)]


def test_a_rate_written_with_a_middle_dot_is_checked_to_its_last_digit():
    # 681 of 900 is 75.67%: 75·67% agrees, 75·97% is off by 0.3, more than half its last digit's unit.
    _, checks = _checks("受理纠纷900件，调解成功681件，调解成功率75·67%。")
    assert [agrees for agrees, _, _ in checks] == [True]
    _, checks = _checks("受理纠纷900件，调解成功681件，调解成功率75·97%。")
    assert [agrees for agrees, _, _ in checks] == [False]


def _parts_flagged(body: str) -> bool:
    return "part_exceeds_total" in [f.kind for f in extract(WRAPPER.format(body=body)).findings]


def test_a_part_word_opening_a_clause_marks_a_part():
    assert _parts_flagged("受理咨询10件，包含来信咨询20件。")


def test_a_part_word_inside_a_clause_marks_no_part():
    assert not _parts_flagged("受理咨询10件，办结包含来信咨询在内的20件。")


def _numerator(start: int, value: float, qualifier: str | None = None) -> Found:
    return Found("mediation_succeeded", "调解成功", value, "count", qualifier, None, False, start, start + 4, 0, None)


def _before(metrics: list[Found], at: int) -> tuple[list[int], float | None]:
    """The starts of the numerators stated before a rate at `at` of their sentence, and their sum."""
    rate = Found("mediation_success_rate", "调解成功率", 90.0, "%", None, None, False, at, at + 6, 0, None)
    numerated = _Numerators(_by_sentence(metrics)).of("mediation_succeeded", rate)
    parts, whole = numerated.before(at), numerated.whole_before(at)
    return [m.start for m in parts], whole


def test_the_numerators_before_a_rate_are_those_stated_before_it_in_the_order_of_the_metrics():
    # In order of start (as a report states them) and out of it, the same parts and the same sum.
    in_order = [_numerator(10, 12.0), _numerator(20, 11.0), _numerator(30, 4.0)]
    assert _before(in_order, 25) == ([10, 20], 23.0)
    assert _before(in_order, 35) == ([10, 20, 30], 27.0)
    assert _before(in_order[2:] + in_order[:2], 25) == ([10, 20], 23.0)
    assert _before(in_order[2:] + in_order[:2], 35) == ([30, 10, 20], 27.0)
    # One part is no sum of parts, nor are parts one of which is approximate (11余件).
    assert _before(in_order, 15) == ([10], None)
    assert _before(in_order, 5) == ([], None)
    approximate = [_numerator(10, 12.0), _numerator(20, 11.0, "at_least"), _numerator(30, 4.0)]
    assert _before(approximate, 25) == ([10, 20], None)
    assert _before(approximate[2:] + approximate[:2], 35) == ([30, 10, 20], None)
